//! Reading a crafted data file is bounded: time grows linearly with the
//! file, whatever it holds (each case here took hours or gigabytes when a
//! step was quadratic), and what the reader is told stays short.
//! `benches/import.rs` times the same shapes.

use std::fmt::Write;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use departures::core::compact::LoadOutcome;
use departures::core::import::{parse_any_json, read_data_file};
use departures::core::lang::Lang;
use departures::core::load::LoadFailure;
use departures::core::model::Dataset;
use departures::core::parse::{ErrorKind, MAX_ERRORS};

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
fn sheets_with_many_destinations_eras_teams_and_steps_convert_in_linear_time() {
    use departures::core::import::spreadsheet::from_sheets;
    let n = 100_000;
    let templates = format!("{}/data/templates", env!("CARGO_MANIFEST_DIR"));
    let read = |name: &str| std::fs::read_to_string(format!("{templates}/{name}")).unwrap();
    let mut dataset = read("dataset.csv");
    let mut events = read("events.csv").trim_end().to_string();
    let mut steps = read("steps.csv").trim_end().to_string();
    for i in 0..n {
        write!(
            dataset,
            "\nera.e{i},Era,时期\nera.e{i}.start,2020,\nera.e{i}.end,2021,\
             \nteam.t{i},Team,团队\nteam.t{i}.formed,2020,"
        )
        .unwrap();
        write!(
            events,
            "\ne{i},2024-05-14,jan-leike,departure,safety,d{i},D,丁,S,S,,,,,\
             https://example.org,Example,confirmed,,,,,,"
        )
        .unwrap();
        write!(
            steps,
            "\ns{i},步骤,Step,说明。,Caption.,org,2024-06,safety; competitor,jan-leike,\
             superalignment,2024-05,2024-08,https://example.org,Example"
        )
        .unwrap();
    }
    let people = read("people.csv");
    let (send, receive) = mpsc::channel();
    thread::spawn(move || {
        let _ = send.send(from_sheets(&dataset, &people, &events, Some(&steps)));
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
    assert!(data.teams.iter().any(|t| t.id == format!("t{}", n - 1)));
    assert_eq!(data.steps.len(), n + 1);
}

/// The minimal valid data set, as text.
fn minimal() -> String {
    let path = format!(
        "{}/tests/fixtures/valid/minimal.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn unknown_keys_past_a_hundred_are_counted_in_one_more_error() {
    let mut extra = String::new();
    for i in 0..200_000 {
        write!(extra, r#""x{i}": 0, "#).unwrap();
    }
    let text = minimal().replacen('{', &format!("{{{extra}"), 1);
    let errors = parse_any_json(&text).unwrap_err();
    assert_eq!(errors.len(), MAX_ERRORS + 1);
    assert!(errors[..MAX_ERRORS]
        .iter()
        .all(|e| e.code() == "unknown-field"));
    let more = &errors[MAX_ERRORS];
    assert_eq!(more.path, "(top level)");
    assert_eq!(
        more.message(Lang::En),
        "199900 more problems were found and are not listed"
    );
    assert_eq!(more.message(Lang::Zh), "另有199900处问题未列出");

    // The reader is told the whole count, with the list cut short.
    let LoadOutcome::Invalid { errors, total } = read_data_file(&text) else {
        panic!("the file is not valid");
    };
    assert_eq!((errors.len(), total), (MAX_ERRORS + 1, 200_000));
    let failure = LoadFailure::Invalid {
        url: "x.json".into(),
        errors,
        total,
    };
    assert_eq!(
        failure.summary(Lang::En),
        "The data in x.json has 200000 problems:"
    );
    assert_eq!(failure.problem().total, 200_000);
}

#[test]
fn a_reporting_chain_with_back_edges_gives_a_hundred_short_loops_and_a_count() {
    // p-0 → p-1 → … → p-{n-1}, each but p-0 also reporting back to p-0.
    let n = 10_000;
    let role = |manager: usize| {
        format!(
            r#"{{"org": "acme", "title": {{"zh": "职员", "en": "Staff"}}, "reports_to": "p-{manager}"}}"#
        )
    };
    let people: Vec<String> = (0..n)
        .map(|i| {
            let roles = match i {
                0 => role(1),
                _ if i + 1 == n => role(0),
                _ => format!("{},{}", role(i + 1), role(0)),
            };
            format!(
                r#"{{"id": "p-{i}", "name": {{"zh": "人", "en": "Person"}}, "roles": [{roles}]}}"#
            )
        })
        .collect();
    let mut data: serde_json::Value = serde_json::from_str(&minimal()).unwrap();
    data["people"] = serde_json::from_str(&format!("[{}]", people.join(","))).unwrap();
    // The base's story step names one of the people replaced.
    data.as_object_mut().unwrap().remove("steps");
    data["events"] = serde_json::json!([]);
    let errors = parse_any_json(&data.to_string()).unwrap_err();
    assert_eq!(errors.len(), MAX_ERRORS + 1);
    for error in &errors[..MAX_ERRORS] {
        assert_eq!(error.code(), "reporting-cycle");
        assert!(error.message(Lang::En).len() < 200, "{error}");
    }
    assert_eq!(
        errors[MAX_ERRORS].kind,
        ErrorKind::MoreProblems {
            count: n - 1 - MAX_ERRORS
        }
    );
}

#[test]
fn values_of_megabytes_are_quoted_in_eighty_characters() {
    let huge = "苏".repeat(5_000_000 / 3);
    let mut data: serde_json::Value = serde_json::from_str(&minimal()).unwrap();
    data["schema_version"] = huge.clone().into();
    for field in ["kind", "person", "date"] {
        data["events"][0][field] = huge.clone().into();
    }
    data["events"][0][huge.clone()] = 0.into();
    data["organizations"][0]["url"] = huge.clone().into();
    data["reasons"][0]["color"] = huge.clone().into();
    data["people"][1]["roles"][0]["reports_to"] = huge.clone().into();
    let month = format!(r#""month": "{huge}""#);
    let timeline = timeline(&slide("Jan Leike", "Left.").replace(r#""month": 5"#, &month));

    let mut errors = parse_any_json(&data.to_string()).unwrap_err();
    errors.extend(parse_any_json(&timeline).unwrap_err());
    let codes: Vec<&str> = errors.iter().map(|e| e.code()).collect();
    for code in [
        "schema-version",
        "unknown-variant",
        "unknown-reference",
        "date-format",
        "unknown-field",
        "not-http-url",
        "bad-color",
    ] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    for error in &errors {
        // The path quotes an unknown key, the message a value: each cut.
        assert!(error.path.chars().count() <= 100, "{}", error.path);
        for lang in Lang::ALL {
            let message = error.message(lang);
            let quoted = message.chars().filter(|&c| c == '苏').count();
            assert!(quoted <= 80 && message.chars().count() < 200, "{message}");
        }
    }
}

#[test]
fn a_reason_repeated_in_one_event_is_an_error_at_each_repeat() {
    let mut data: serde_json::Value = serde_json::from_str(&minimal()).unwrap();
    data["events"][0]["reasons"] = vec!["safety"; 50_000].into();
    let errors = parse_any_json(&data.to_string()).unwrap_err();
    assert_eq!(errors.len(), MAX_ERRORS + 1);
    assert_eq!(errors[0].path, "events[0].reasons[1]");
    assert_eq!(errors[0].code(), "reason-twice");
    assert_eq!(
        errors[0].to_string(),
        "events[0].reasons[1]: the reason \"safety\" is listed twice in this event \
         — list each reason once: remove the repeat"
    );
    assert_eq!(
        errors[MAX_ERRORS].kind,
        ErrorKind::MoreProblems {
            count: 50_000 - 1 - MAX_ERRORS
        }
    );
}

#[test]
fn keys_given_twice_are_errors_in_timelinejs_too_and_bounded() {
    let groups = r#""group": "Safety", "#.repeat(200_000);
    let text = timeline(&slide("Jan Leike", "Left.").replacen('{', &format!("{{{groups}"), 1));
    let errors = parse_any_json(&text).unwrap_err();
    assert_eq!(errors.len(), MAX_ERRORS + 1);
    assert_eq!(errors[0].path, "events[0].group");
    assert_eq!(errors[0].code(), "duplicate-key");
    assert_eq!(
        errors[MAX_ERRORS].kind,
        ErrorKind::MoreProblems {
            count: 200_000 - 1 - MAX_ERRORS
        }
    );
}
