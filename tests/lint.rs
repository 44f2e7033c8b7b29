//! `departures lint`: each rule fails its fixture in `tests/fixtures/lint/`
//! (a clean data set with one mistake) at the documented path and severity,
//! every shipped data set passes with no finding at all, and the mistakes
//! the fact-check found are caught when put back.

use std::fs;

use departures::core::i18n::{lint::hint, lint::message};
use departures::core::lang::Lang;
use departures::core::lint::{lint, Finding, Severity};
use departures::core::parse::parse_dataset;

fn findings_of(json: &str) -> Vec<Finding> {
    let data = parse_dataset(json).unwrap_or_else(|errors| panic!("{errors:?}"));
    lint(&data)
}

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/lint/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    fs::read_to_string(path).unwrap()
}

/// (fixture = rule code, path, severity).
const EXPECTED: [(&str, &str, Severity); 11] = [
    (
        "destination-not-founded-yet",
        "events[0].to",
        Severity::Error,
    ),
    (
        "destination-known-only-later",
        "events[0].to",
        Severity::Error,
    ),
    (
        "sorts-before-earlier-event",
        "events[2].date",
        Severity::Error,
    ),
    ("no-source", "events[1].sources", Severity::Error),
    (
        "role-before-organization",
        "people[1].roles[0].start",
        Severity::Error,
    ),
    (
        "team-before-organization",
        "teams[0].formed",
        Severity::Error,
    ),
    ("weak-sources-only", "events[0].sources", Severity::Warning),
    (
        "quote-without-translation",
        "events[0].quote.translation",
        Severity::Warning,
    ),
    (
        "role-without-start",
        "people[1].roles[0].start",
        Severity::Warning,
    ),
    ("step-without-source", "steps[0].sources", Severity::Warning),
    (
        "chinese-typography",
        "events[0].summary.zh",
        Severity::Warning,
    ),
];

#[test]
fn the_clean_fixture_has_no_finding() {
    assert_eq!(findings_of(&fixture("clean")), Vec::<Finding>::new());
}

#[test]
fn each_rule_fails_its_fixture_with_one_finding_at_its_path() {
    for (code, path, severity) in EXPECTED {
        let findings = findings_of(&fixture(code));
        assert_eq!(findings.len(), 1, "{code}: {findings:#?}");
        let finding = &findings[0];
        assert_eq!(finding.code(), code);
        assert_eq!(finding.path, path, "{code}");
        assert_eq!(finding.severity(), severity, "{code}");
        for lang in Lang::ALL {
            assert!(!message(finding, lang).is_empty(), "{code}");
            assert!(!hint(finding, lang).is_empty(), "{code}");
        }
        assert_ne!(message(finding, Lang::Zh), message(finding, Lang::En));
    }
}

#[test]
fn every_shipped_data_set_passes_without_a_finding() {
    for name in ["openai", "transformer-authors", "traitorous-eight"] {
        let path = format!("{}/data/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let findings = findings_of(&fs::read_to_string(path).unwrap());
        let lines: Vec<String> = findings
            .iter()
            .map(|f| format!("{}: {}", f.path, message(f, Lang::En)))
            .collect();
        assert!(lines.is_empty(), "{name}:\n{}", lines.join("\n"));
    }
}

#[test]
fn the_chinese_of_teams_is_held_to_the_house_style() {
    let mut json: serde_json::Value =
        serde_json::from_str(&fixture("team-before-organization")).unwrap();
    let team = &mut json["teams"][0];
    team["formed"] = "2016".into();
    team["description"] = serde_json::json!({"zh": "成立于 2016 年", "en": "Formed in 2016"});
    let findings = findings_of(&json.to_string());
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].code(), "chinese-typography");
    assert_eq!(findings[0].path, "teams[0].description.zh");
}

#[test]
fn a_sourced_step_passes_and_its_chinese_is_held_to_the_house_style() {
    let mut json: serde_json::Value =
        serde_json::from_str(&fixture("step-without-source")).unwrap();
    let step = &mut json["steps"][0];
    step["sources"] =
        serde_json::json!([{"url": "https://example.org/alice", "publisher": "Example News"}]);
    assert_eq!(findings_of(&json.to_string()), Vec::<Finding>::new());

    let step = &mut json["steps"][0];
    step["title"]["zh"] = "爱丽丝的传闻...".into();
    step["caption"]["zh"] = "2024 年7月传出爱丽丝将离开的消息。".into();
    let findings = findings_of(&json.to_string());
    let found: Vec<(&str, &str)> = findings
        .iter()
        .map(|f| (f.code(), f.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("chinese-typography", "steps[0].title.zh"),
            ("chinese-typography", "steps[0].caption.zh"),
        ]
    );
}

#[test]
fn the_step_without_a_source_is_named_in_both_languages() {
    let findings = findings_of(&fixture("step-without-source"));
    for lang in Lang::ALL {
        assert!(
            message(&findings[0], lang).contains("alice-rumour"),
            "{}",
            message(&findings[0], lang)
        );
    }
}

/// The OpenAI data set with one event's field changed.
fn openai_with(event: &str, field: &str, value: serde_json::Value) -> String {
    let path = format!("{}/data/openai.json", env!("CARGO_MANIFEST_DIR"));
    let mut json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    let events = json["events"].as_array_mut().unwrap();
    let target = events.iter_mut().find(|e| e["id"] == event).unwrap();
    target[field] = value;
    json.to_string()
}

#[test]
fn karpathy_leaving_for_eureka_labs_in_february_2024_is_an_error() {
    let findings = findings_of(&openai_with("karpathy-leaves", "to", "eureka-labs".into()));
    let errors: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity() == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{findings:#?}");
    assert_eq!(errors[0].code(), "destination-not-founded-yet");
    assert!(errors[0].path.ends_with(".to"));
    assert!(message(errors[0], Lang::En).contains("eureka-labs"));
}

#[test]
fn the_fact_checks_other_findings_are_caught_when_put_back() {
    // Leike named Anthropic only on 28 May.
    let leike = findings_of(&openai_with("leike-resigns", "to", "anthropic".into()));
    assert!(leike
        .iter()
        .any(|f| f.code() == "destination-known-only-later"));
    // Izmailov's hire dated only "2024" sorts before his April firing.
    let izmailov = findings_of(&openai_with(
        "izmailov-joins-anthropic",
        "date",
        "2024".into(),
    ));
    assert!(izmailov
        .iter()
        .any(|f| f.code() == "sorts-before-earlier-event"));
    // Bills with no source at all.
    let bills = findings_of(&openai_with(
        "bills-leaves",
        "sources",
        serde_json::json!([]),
    ));
    assert!(bills.iter().any(|f| f.code() == "no-source"));
}
