//! Every kind of data error is reported with its path and kind: each case
//! below is the valid base (`tests/fixtures/valid/minimal.json`) with one
//! mistake patched in, written where it is asserted, and must give exactly
//! that one error, explained in both languages.

use std::collections::BTreeSet;
use std::fs;

use departures::core::lang::Lang;
use departures::core::parse::{parse_dataset, DataError};
use serde_json::Value;

/// One change to the base: set the value (JSON text) at a JSON pointer,
/// adding the key if needed, or remove the key there.
enum Op {
    Set(&'static str, &'static str),
    Remove(&'static str),
}
use Op::{Remove, Set};

/// How a case differs from the base.
enum Patch {
    /// Changes to the parsed base.
    Json(&'static [Op]),
    /// A whole text in place of the base (for syntax errors).
    Text(&'static str),
    /// The base's text with the first `.0` replaced by `.1` (for what a
    /// parsed value cannot hold).
    Replace(&'static str, &'static str),
}

/// A file that is not JSON: no comma after `"id"` on line 3.
const MALFORMED: &str = "{\n  \"schema_version\": 1,\n  \"id\": \"example\"\n  \"title\": {\"zh\": \"示例\", \"en\": \"Example\"}\n}\n";

/// (case, patch, expected path, expected error code).
const CASES: [(&str, Patch, &str, &str); 45] = [
    (
        "malformed-json",
        Patch::Text(MALFORMED),
        "line 4, column 3",
        "syntax",
    ),
    (
        "duplicate-key",
        Patch::Replace(
            r#""url": "https://example.org/bob","#,
            r#""url": "https://example.org/bob", "url": "https://example.org/other","#,
        ),
        "events[0].sources[0].url",
        "duplicate-key",
    ),
    (
        "not-an-object",
        Patch::Json(&[Set("", r#"[1, 2, 3]"#)]),
        "(top level)",
        "wrong-type",
    ),
    (
        "wrong-type",
        Patch::Json(&[Set("/people/0/cofounder", r#""yes""#)]),
        "people[0].cofounder",
        "wrong-type",
    ),
    (
        "missing-field",
        Patch::Json(&[Remove("/events/0/summary")]),
        "events[0].summary",
        "missing-field",
    ),
    (
        "unknown-field",
        Patch::Json(&[Set("/events/0/reson", r#""safety""#)]),
        "events[0].reson",
        "unknown-field",
    ),
    (
        "unknown-variant",
        Patch::Json(&[Set("/events/0/kind", r#""quit""#)]),
        "events[0].kind",
        "unknown-variant",
    ),
    (
        "schema-version",
        Patch::Json(&[Set("/schema_version", r#"2"#)]),
        "schema_version",
        "schema-version",
    ),
    (
        "duplicate-person-id",
        Patch::Json(&[
            Set("/people/1/id", r#""alice-example""#),
            Remove("/people/1/roles/0/reports_to"),
            Set("/events/0/person", r#""alice-example""#),
        ]),
        "people[1].id",
        "duplicate-id",
    ),
    (
        "duplicate-event-id",
        Patch::Json(&[Set("/events/1/id", r#""bob-leaves""#)]),
        "events[1].id",
        "duplicate-id",
    ),
    (
        "duplicate-reason-id",
        Patch::Json(&[
            Set("/reasons/1/id", r#""safety""#),
            Set("/events/1/reasons/0", r#""safety""#),
        ]),
        "reasons[1].id",
        "duplicate-id",
    ),
    (
        "unknown-person",
        Patch::Json(&[Set("/events/0/person", r#""bob-exmaple""#)]),
        "events[0].person",
        "unknown-reference",
    ),
    (
        "unknown-reason",
        Patch::Json(&[Set("/events/0/reasons/0", r#""saftey""#)]),
        "events[0].reasons[0]",
        "unknown-reference",
    ),
    (
        "unknown-destination",
        Patch::Json(&[Set("/events/0/to", r#""nowhere""#)]),
        "events[0].to",
        "unknown-reference",
    ),
    (
        "unknown-main-organization",
        Patch::Json(&[Set("/organization", r#""acme-inc""#)]),
        "organization",
        "unknown-reference",
    ),
    (
        "unknown-role-org",
        Patch::Json(&[Set("/people/0/roles/0/org", r#""acme-inc""#)]),
        "people[0].roles[0].org",
        "unknown-reference",
    ),
    (
        "unknown-reports-to",
        Patch::Json(&[Set("/people/1/roles/0/reports_to", r#""carol-example""#)]),
        "people[1].roles[0].reports_to",
        "unknown-reference",
    ),
    (
        "unknown-era",
        Patch::Json(&[Set("/events/0/era", r#""crises""#)]),
        "events[0].era",
        "unknown-reference",
    ),
    (
        "reporting-cycle",
        Patch::Json(&[Set("/people/0/roles/0/reports_to", r#""bob-example""#)]),
        "people[1].roles[0].reports_to",
        "reporting-cycle",
    ),
    (
        "unknown-team",
        Patch::Json(&[Set("/people/1/roles/0/team", r#""reserch""#)]),
        "people[1].roles[0].team",
        "unknown-reference",
    ),
    (
        "step-unknown-person",
        Patch::Json(&[Set("/steps/0/person", r#""carol-example""#)]),
        "steps[0].person",
        "unknown-reference",
    ),
    (
        "step-date-outside-data",
        Patch::Json(&[Set("/steps/0/as_of", r#""2030-01-01""#)]),
        "steps[0].as_of",
        "date-outside-data",
    ),
    (
        "step-range-reversed",
        Patch::Json(&[Set(
            "/steps/0/range",
            r#"{"from": "2024-08", "to": "2024-01"}"#,
        )]),
        "steps[0].range.to",
        "end-before-start",
    ),
    (
        "step-view-unknown",
        Patch::Json(&[Set("/steps/0/view", r#""map""#)]),
        "steps[0].view",
        "unknown-variant",
    ),
    (
        "lead-without-team",
        Patch::Json(&[Remove("/people/1/roles/0/team")]),
        "people[1].roles[0].lead",
        "lead-without-team",
    ),
    (
        "team-of-another-organization",
        Patch::Json(&[Set("/teams/0/org", r#""rival""#)]),
        "people[1].roles[0].team",
        "team-of-another-organization",
    ),
    (
        "role-before-its-team",
        Patch::Json(&[Set("/teams/0/formed", r#""2017-03""#)]),
        "people[1].roles[0].team",
        "outside-team-dates",
    ),
    (
        "role-after-its-team",
        Patch::Json(&[Set("/teams/0/dissolved", r#""2023""#)]),
        "people[1].roles[0].team",
        "outside-team-dates",
    ),
    (
        "line-outside-dates",
        Patch::Json(&[Set("/people/0/roles/0/end", r#""2015-12""#)]),
        "people[1].roles[0].reports_to",
        "line-outside-dates",
    ),
    (
        "dotted-line-to-self",
        Patch::Json(&[Set(
            "/people/1/roles/0/dotted_line_to",
            r#"["bob-example"]"#,
        )]),
        "people[1].roles[0].dotted_line_to[0]",
        "line-to-self",
    ),
    (
        "team-dissolved-before-formed",
        Patch::Json(&[
            Set("/teams/0/dissolved", r#""2015""#),
            Remove("/people/1/roles/0/team"),
            Remove("/people/1/roles/0/lead"),
        ]),
        "teams[0].dissolved",
        "end-before-start",
    ),
    (
        "impossible-date",
        Patch::Json(&[Set("/events/0/date", r#""2024-02-30""#)]),
        "events[0].date",
        "impossible-date",
    ),
    (
        "date-format",
        Patch::Json(&[Set("/events/0/date", r#""14/05/2024""#)]),
        "events[0].date",
        "date-format",
    ),
    (
        "role-end-before-start",
        Patch::Json(&[Set("/people/1/roles/0/end", r#""2015""#)]),
        "people[1].roles[0].end",
        "end-before-start",
    ),
    (
        "era-end-before-start",
        Patch::Json(&[Set("/eras/0/end", r#""2024-04""#)]),
        "eras[0].end",
        "end-before-start",
    ),
    (
        "missing-zh-text",
        Patch::Json(&[Set("/title/zh", r#""  ""#)]),
        "title.zh",
        "missing-text",
    ),
    (
        "missing-en-text",
        Patch::Json(&[Remove("/events/0/summary/en")]),
        "events[0].summary.en",
        "missing-field",
    ),
    (
        "not-http-url",
        Patch::Json(&[Set("/events/0/sources/0/url", r#""javascript:alert(1)""#)]),
        "events[0].sources[0].url",
        "not-http-url",
    ),
    (
        "bad-color",
        Patch::Json(&[Set("/reasons/0/color", r#""orange""#)]),
        "reasons[0].color",
        "bad-color",
    ),
    (
        "duplicate-symbol",
        Patch::Json(&[Set("/reasons/1/symbol", r#""triangle""#)]),
        "reasons[1].symbol",
        "duplicate-symbol",
    ),
    (
        "bad-person-id",
        Patch::Json(&[
            Set("/people/1/id", r#""Bob Example""#),
            Set("/events/0/person", r#""Bob Example""#),
        ]),
        "people[1].id",
        "bad-person-id",
    ),
    (
        "no-source",
        Patch::Json(&[Set("/events/0/sources", r#"[]"#)]),
        "events[0].sources",
        "no-source",
    ),
    (
        "no-verification-note",
        Patch::Json(&[Remove("/events/1/verification_note")]),
        "events[1].verification_note",
        "no-verification-note",
    ),
    (
        "no-reason",
        Patch::Json(&[Set("/events/0/reasons", r#"[]"#)]),
        "events[0].reasons",
        "no-reason",
    ),
    (
        "reason-twice",
        Patch::Json(&[Set(
            "/events/0/reasons",
            r#"["safety", "unknown", "safety"]"#,
        )]),
        "events[0].reasons[2]",
        "reason-twice",
    ),
];

fn base_text() -> String {
    let path = format!(
        "{}/tests/fixtures/valid/minimal.json",
        env!("CARGO_MANIFEST_DIR")
    );
    fs::read_to_string(&path).unwrap()
}

fn base() -> Value {
    serde_json::from_str(&base_text()).unwrap()
}

/// The base with `patch` applied, as text.
fn patched(patch: &Patch) -> String {
    let ops = match patch {
        Patch::Text(text) => return text.to_string(),
        Patch::Replace(from, to) => {
            let base = base_text();
            assert!(base.contains(from), "{from}");
            return base.replacen(from, to, 1);
        }
        Patch::Json(ops) => ops,
    };
    let mut json = base();
    for op in ops.iter() {
        match op {
            Set("", value) => json = serde_json::from_str(value).unwrap(),
            Set(pointer, value) => {
                let (parent, key) = pointer.rsplit_once('/').unwrap();
                let value: Value = serde_json::from_str(value).unwrap();
                match json.pointer_mut(parent).unwrap() {
                    Value::Object(map) => {
                        map.insert(key.to_string(), value);
                    }
                    Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
                    other => panic!("{pointer}: cannot set inside {other}"),
                }
            }
            Remove(pointer) => {
                let (parent, key) = pointer.rsplit_once('/').unwrap();
                let parent = json.pointer_mut(parent).unwrap();
                parent.as_object_mut().unwrap().remove(key).unwrap();
            }
        }
    }
    serde_json::to_string_pretty(&json).unwrap()
}

fn errors_of(name: &str, patch: &Patch) -> Vec<DataError> {
    parse_dataset(&patched(patch))
        .err()
        .unwrap_or_else(|| panic!("{name} parsed without error"))
}

fn case(name: &str) -> &'static Patch {
    &CASES.iter().find(|(n, ..)| *n == name).unwrap().1
}

#[test]
fn the_base_of_every_case_is_valid() {
    parse_dataset(&patched(&Patch::Json(&[]))).expect("minimal.json is valid");
}

#[test]
fn each_case_reports_its_path_and_kind() {
    for (name, patch, path, code) in &CASES {
        let errors = errors_of(name, patch);
        assert!(
            errors.iter().any(|e| e.path == *path && e.code() == *code),
            "{name}: expected {code} at {path}, got {:#?}",
            errors
                .iter()
                .map(|e| format!("{} [{}] {e}", e.path, e.code()))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn each_case_has_exactly_one_error() {
    // One mistake per case, so one error: no cascade of follow-on errors.
    for (name, patch, _, _) in &CASES {
        let errors = errors_of(name, patch);
        assert_eq!(errors.len(), 1, "{name}: {errors:#?}");
    }
}

#[test]
fn a_file_with_several_mistakes_reports_every_one() {
    let errors = errors_of(
        "many-errors",
        &Patch::Json(&[
            Set("/reasons/0/color", r#""red""#),
            Set("/people/0/cofounder", r#""yes""#),
            Set("/events/0/date", r#""2024-13-01""#),
            Set("/events/1/person", r#""nobody""#),
        ]),
    );
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
    for (name, patch, _, _) in &CASES {
        for error in errors_of(name, patch) {
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
    let error = &errors_of("unknown-person", case("unknown-person"))[0];
    assert!(error.message(Lang::En).contains("bob-exmaple"));
    assert!(error.hint(Lang::En).contains("people"));
    let date = &errors_of("impossible-date", case("impossible-date"))[0];
    assert!(date.message(Lang::Zh).contains("2024-02-30"));
}
