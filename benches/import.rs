//! How long reading a crafted data file takes (native), at 10,000 and
//! 100,000 elements: every step from the text to a data set or its errors
//! must grow linearly (or as n log n), whatever the file holds.
//!
//! Run with `cargo bench --bench import`. The files, generated here:
//! - `same_slides`: TimelineJS JSON, n slides with the same headline and
//!   date (n events of one person, each needing its own id);
//! - `reporting_chain`: n people, each reporting to the next and back to the
//!   first (n reporting cycles, the longest n people long);
//! - `links`: TimelineJS JSON, one slide whose text holds n bare `http://`
//!   addresses;
//! - `parentheses`: TimelineJS JSON, one slide whose text is an address
//!   followed by n `)`;
//! - `unknown_keys`: a Departures data set with 2n keys it does not know.
#![allow(missing_docs)] // criterion_group! defines an undocumented function

use std::fmt::Write;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use departures::core::import::parse_any_json;

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

fn same_slides(n: usize) -> String {
    let one = slide("Jan Leike", "Left.");
    timeline(&vec![one; n].join(","))
}

fn links(n: usize) -> String {
    let mut text = String::new();
    for i in 0..n {
        write!(text, "http://example.org/{i} ").unwrap();
    }
    timeline(&slide("Jan Leike", &text))
}

fn parentheses(n: usize) -> String {
    let text = format!("https://example.org/a{}", ")".repeat(n));
    timeline(&slide("Jan Leike", &text))
}

/// A Departures data set with these people and these extra top-level fields.
fn dataset(people: &str, extra: &str) -> String {
    format!(
        r##"{{"schema_version": 1, "id": "crafted", {extra}
        "title": {{"zh": "构造", "en": "Crafted"}},
        "subtitle": {{"zh": "构造", "en": "Crafted"}},
        "as_of": "2024-08-19", "organization": "acme",
        "reasons": [{{"id": "unknown", "label": {{"zh": "原因不明", "en": "Unknown"}},
            "color": "#8C8C8C", "symbol": "plus"}}],
        "organizations": [{{"id": "acme", "name": {{"zh": "某公司", "en": "Acme"}}}}],
        "people": [{people}], "events": []}}"##
    )
}

/// A person whose roles report to these people.
fn person(id: usize, managers: &[usize]) -> String {
    let roles: Vec<String> = managers
        .iter()
        .map(|m| {
            format!(r#"{{"org": "acme", "title": {{"zh": "职员", "en": "Staff"}}, "reports_to": "p-{m}"}}"#)
        })
        .collect();
    format!(
        r#"{{"id": "p-{id}", "name": {{"zh": "人", "en": "Person"}}, "roles": [{}]}}"#,
        roles.join(",")
    )
}

fn reporting_chain(n: usize) -> String {
    let people: Vec<String> = (0..n)
        .map(|i| match i {
            0 => person(0, &[1]),
            _ if i + 1 == n => person(i, &[0]),
            _ => person(i, &[i + 1, 0]),
        })
        .collect();
    dataset(&people.join(","), "")
}

fn unknown_keys(n: usize) -> String {
    let mut extra = String::new();
    for i in 0..2 * n {
        write!(extra, r#""x{i}": 0, "#).unwrap();
    }
    dataset(&person(0, &[]), &extra)
}

/// Writes a crafted file of size n.
type File = fn(usize) -> String;

fn import(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    let files: [(&str, File); 5] = [
        ("same_slides", same_slides),
        ("reporting_chain", reporting_chain),
        ("links", links),
        ("parentheses", parentheses),
        ("unknown_keys", unknown_keys),
    ];
    for size in [10_000usize, 100_000] {
        for (name, file) in files {
            let text = file(size);
            group.bench_with_input(BenchmarkId::new(name, size), &text, |b, text| {
                b.iter(|| parse_any_json(black_box(text)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
