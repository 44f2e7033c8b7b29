//! Every invalid fixture in `tests/fixtures/invalid/` yields its documented
//! error: the field path and the kind. One fixture per kind of mistake.

use std::collections::BTreeSet;
use std::fs;

use departures::core::lang::Lang;
use departures::core::parse::{parse_dataset, DataError};

/// (fixture name, expected path, expected error code).
const EXPECTED: [(&str, &str, &str); 31] = [
    ("malformed-json", "line 4, column 3", "syntax"),
    ("not-an-object", "(top level)", "wrong-type"),
    ("wrong-type", "people[0].cofounder", "wrong-type"),
    ("missing-field", "events[0].summary", "missing-field"),
    ("unknown-field", "events[0].reson", "unknown-field"),
    ("unknown-variant", "events[0].kind", "unknown-variant"),
    ("schema-version", "schema_version", "schema-version"),
    ("duplicate-person-id", "people[1].id", "duplicate-id"),
    ("duplicate-event-id", "events[1].id", "duplicate-id"),
    ("duplicate-reason-id", "reasons[1].id", "duplicate-id"),
    ("unknown-person", "events[0].person", "unknown-reference"),
    (
        "unknown-reason",
        "events[0].reasons[0]",
        "unknown-reference",
    ),
    ("unknown-destination", "events[0].to", "unknown-reference"),
    (
        "unknown-main-organization",
        "organization",
        "unknown-reference",
    ),
    (
        "unknown-role-org",
        "people[0].roles[0].org",
        "unknown-reference",
    ),
    (
        "unknown-reports-to",
        "people[1].roles[0].reports_to",
        "unknown-reference",
    ),
    ("unknown-era", "events[0].era", "unknown-reference"),
    (
        "reporting-cycle",
        "people[1].roles[0].reports_to",
        "reporting-cycle",
    ),
    ("impossible-date", "events[0].date", "impossible-date"),
    ("date-format", "events[0].date", "date-format"),
    (
        "role-end-before-start",
        "people[1].roles[0].end",
        "end-before-start",
    ),
    ("era-end-before-start", "eras[0].end", "end-before-start"),
    ("missing-zh-text", "title.zh", "missing-text"),
    ("missing-en-text", "events[0].summary.en", "missing-field"),
    ("not-http-url", "events[0].sources[0].url", "not-http-url"),
    ("bad-color", "reasons[0].color", "bad-color"),
    ("duplicate-symbol", "reasons[1].symbol", "duplicate-symbol"),
    ("bad-person-id", "people[1].id", "bad-person-id"),
    ("no-source", "events[0].sources", "no-source"),
    (
        "no-verification-note",
        "events[1].verification_note",
        "no-verification-note",
    ),
    ("no-reason", "events[0].reasons", "no-reason"),
];

fn fixture(dir: &str, name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/{dir}/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn errors_of(name: &str) -> Vec<DataError> {
    parse_dataset(&fixture("invalid", name))
        .err()
        .unwrap_or_else(|| panic!("{name}.json parsed without error"))
}

#[test]
fn the_base_of_every_fixture_is_valid() {
    parse_dataset(&fixture("valid", "minimal")).expect("minimal.json is valid");
}

#[test]
fn each_invalid_fixture_reports_its_path_and_kind() {
    for (name, path, code) in EXPECTED {
        let errors = errors_of(name);
        assert!(
            errors.iter().any(|e| e.path == path && e.code() == code),
            "{name}.json: expected {code} at {path}, got {:#?}",
            errors
                .iter()
                .map(|e| format!("{} [{}] {e}", e.path, e.code()))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn each_invalid_fixture_has_exactly_one_error() {
    // One mistake per fixture, so one error: no cascade of follow-on errors.
    for (name, _, _) in EXPECTED {
        let errors = errors_of(name);
        assert_eq!(errors.len(), 1, "{name}.json: {errors:#?}");
    }
}

#[test]
fn every_fixture_in_the_folder_is_documented_here() {
    let dir = format!("{}/tests/fixtures/invalid", env!("CARGO_MANIFEST_DIR"));
    let on_disk: BTreeSet<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .replace(".json", "")
        })
        .filter(|name| name != "many-errors")
        .collect();
    let documented: BTreeSet<String> = EXPECTED.iter().map(|(n, _, _)| n.to_string()).collect();
    assert_eq!(on_disk, documented);
    assert!(documented.len() >= 20);
}

#[test]
fn a_file_with_several_mistakes_reports_every_one() {
    let errors = errors_of("many-errors");
    let found: BTreeSet<(String, &str)> =
        errors.iter().map(|e| (e.path.clone(), e.code())).collect();
    for expected in [
        ("events[0].date".to_string(), "impossible-date"),
        ("events[1].person".to_string(), "unknown-reference"),
        ("reasons[0].color".to_string(), "bad-color"),
        ("people[0].cofounder".to_string(), "wrong-type"),
    ] {
        assert!(
            found.contains(&expected),
            "missing {expected:?} in {found:#?}"
        );
    }
}

#[test]
fn every_error_explains_itself_in_both_languages() {
    for (name, _, _) in EXPECTED {
        for error in errors_of(name) {
            for lang in Lang::ALL {
                assert!(!error.message(lang).is_empty(), "{name}");
                assert!(!error.hint(lang).is_empty(), "{name}");
            }
            assert_ne!(error.message(Lang::Zh), error.message(Lang::En), "{name}");
        }
    }
}

#[test]
fn messages_name_the_bad_value() {
    let error = &errors_of("unknown-person")[0];
    assert!(error.message(Lang::En).contains("bob-exmaple"));
    assert!(error.hint(Lang::En).contains("people"));
    let date = &errors_of("impossible-date")[0];
    assert!(date.message(Lang::Zh).contains("2024-02-30"));
}
