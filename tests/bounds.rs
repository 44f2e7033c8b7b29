//! Reading a crafted data file is bounded: time grows linearly with the
//! file, whatever it holds (each case here took hours or gigabytes when a
//! step was quadratic), and what the reader is told stays short.
//! `benches/import.rs` times the same shapes.

use std::fmt::Write;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use departures::core::import::parse_any_json;
use departures::core::model::Dataset;

/// Reads `text` on another thread, failing if that takes longer than
/// `seconds` (unoptimised, on a busy machine: far more than linear needs).
fn read_within(seconds: u64, text: String) -> Dataset {
    let (send, receive) = mpsc::channel();
    thread::spawn(move || {
        let _ = send.send(parse_any_json(&text));
    });
    match receive.recv_timeout(Duration::from_secs(seconds)) {
        Ok(Ok((dataset, _))) => dataset,
        Ok(Err(errors)) => panic!("{errors:#?}"),
        Err(_) => panic!("not read within {seconds} s: is a step quadratic?"),
    }
}

/// A TimelineJS file with these slides (JSON objects, comma-separated).
fn timeline(slides: &str) -> String {
    format!(r#"{{"title": {{"text": {{"headline": "Crafted"}}}}, "events": [{slides}]}}"#)
}

/// A TimelineJS slide dated 14 May 2024.
fn slide(headline: &str, text: &str) -> String {
    format!(
        r#"{{"start_date": {{"year": 2024, "month": 5, "day": 14}}, "text": {{"headline": "{headline}", "text": "{text}"}}}}"#
    )
}

#[test]
fn identical_slides_get_distinct_ids_in_linear_time() {
    let n = 100_000;
    let one = slide("Jan Leike", "Left.");
    let data = read_within(60, timeline(&vec![one; n].join(",")));
    assert_eq!(data.people.len(), 1);
    assert_eq!(data.events.len(), n);
    assert_eq!(data.events[0].id, "jan-leike-2024-05-14");
    assert_eq!(data.events[1].id, "jan-leike-2024-05-14-2");
    assert_eq!(data.events[n - 1].id, format!("jan-leike-2024-05-14-{n}"));
}

#[test]
fn a_slide_with_many_links_reads_in_linear_time() {
    let n = 100_000;
    let mut text = String::new();
    for i in 0..n {
        // Each address twice: the second is a repeat, not a second source.
        write!(text, "http://example.org/{i} (http://example.org/{i}) ").unwrap();
    }
    let data = read_within(60, timeline(&slide("Jan Leike", &text)));
    let sources = &data.events[0].sources;
    assert_eq!(sources.len(), n);
    assert_eq!(sources[n - 1].url, format!("http://example.org/{}", n - 1));
}

#[test]
fn closing_parentheses_after_an_address_are_dropped_in_linear_time() {
    let text = format!("https://example.org/a_(b){}", ")".repeat(100_000));
    let data = read_within(60, timeline(&slide("Jan Leike", &text)));
    assert_eq!(data.events[0].sources[0].url, "https://example.org/a_(b)");
}

#[test]
fn sheets_with_many_destinations_and_eras_convert_in_linear_time() {
    use departures::core::import::spreadsheet::from_sheets;
    let n = 100_000;
    let templates = format!("{}/data/templates", env!("CARGO_MANIFEST_DIR"));
    let read = |name: &str| std::fs::read_to_string(format!("{templates}/{name}")).unwrap();
    let mut dataset = read("dataset.csv");
    let mut events = read("events.csv").trim_end().to_string();
    for i in 0..n {
        write!(
            dataset,
            "\nera.e{i},Era,时期\nera.e{i}.start,2020,\nera.e{i}.end,2021,"
        )
        .unwrap();
        write!(
            events,
            "\ne{i},2024-05-14,jan-leike,departure,safety,d{i},D,丁,S,S,,,,,\
             https://example.org,Example,confirmed,,,,,,"
        )
        .unwrap();
    }
    let people = read("people.csv");
    let (send, receive) = mpsc::channel();
    thread::spawn(move || {
        let _ = send.send(from_sheets(&dataset, &people, &events));
    });
    let data = receive
        .recv_timeout(Duration::from_secs(60))
        .expect("not converted within 60 s: is a step quadratic?")
        .unwrap_or_else(|errors| panic!("{:#?}", &errors[..errors.len().min(5)]));
    assert!(data
        .organizations
        .iter()
        .any(|o| o.id == format!("d{}", n - 1)));
    assert!(data.eras.iter().any(|e| e.id == format!("e{}", n - 1)));
}
