//! The TimelineJS3 importer: a realistic timeline in both of its forms (JSON and
//! the Google Sheets CSV export, `tests/fixtures/timelinejs/`) converts to the
//! same valid data set, with exact dates, plain text, sources and reasons; bad
//! input is reported with paths; and HTML never survives into the text.
#![cfg(not(target_arch = "wasm32"))]

use departures::core::date::{PartialDate, Precision};
use departures::core::import::html_text::html_to_text;
use departures::core::import::timelinejs::{
    from_timelinejs_csv, from_timelinejs_json, looks_like_timelinejs, VERIFICATION_NOTE_EN,
    VERIFICATION_NOTE_ZH,
};
use departures::core::import::{parse_any_json, Format};
use departures::core::model::{Dataset, EventKind, Localized, Source, Symbol, Verification};
use departures::core::parse::{is_http_url, parse_dataset, DataError, ErrorKind};
use proptest::prelude::*;
use serde_json::{json, Value};

const JSON_FIXTURE: &str = include_str!("fixtures/timelinejs/openai-departures.json");
const CSV_FIXTURE: &str = include_str!("fixtures/timelinejs/openai-departures.csv");
const E2E_FIXTURE: &str = include_str!("e2e/fixtures/timelinejs.json");

fn same(text: &str) -> Localized {
    Localized {
        zh: text.into(),
        en: text.into(),
    }
}

fn date(text: &str) -> PartialDate {
    PartialDate::parse(text).unwrap()
}

fn source(url: &str, publisher: &str, title: Option<&str>) -> Source {
    Source {
        url: url.into(),
        publisher: publisher.into(),
        title: title.map(String::from),
        date: None,
    }
}

fn fixture_value() -> Value {
    serde_json::from_str(JSON_FIXTURE).unwrap()
}

fn from_value(value: &Value) -> Result<Dataset, Vec<DataError>> {
    from_timelinejs_json(&value.to_string())
}

fn paths(errors: &[DataError]) -> Vec<&str> {
    errors.iter().map(|e| e.path.as_str()).collect()
}

/// Every piece of reader-facing text in a data set.
fn all_text(data: &Dataset) -> Vec<String> {
    let mut localized: Vec<&Localized> = vec![&data.title, &data.subtitle];
    localized.extend(data.reasons.iter().map(|r| &r.label));
    localized.extend(data.organizations.iter().map(|o| &o.name));
    localized.extend(data.people.iter().map(|p| &p.name));
    localized.extend(data.eras.iter().map(|e| &e.label));
    localized.extend(data.events.iter().map(|e| &e.summary));
    let mut texts: Vec<String> = localized
        .iter()
        .flat_map(|l| [l.zh.clone(), l.en.clone()])
        .collect();
    for s in data.events.iter().flat_map(|e| &e.sources) {
        texts.push(s.publisher.clone());
        texts.extend(s.title.clone());
    }
    texts
}

#[test]
fn the_e2e_fixture_is_the_json_fixture() {
    assert_eq!(E2E_FIXTURE, JSON_FIXTURE);
}

#[test]
fn json_fixture_is_recognised_and_converted_by_parse_any_json() {
    assert!(looks_like_timelinejs(&fixture_value()));
    let (data, format) = parse_any_json(JSON_FIXTURE).unwrap();
    assert_eq!(format, Format::TimelineJsJson);
    assert_eq!(data, from_timelinejs_json(JSON_FIXTURE).unwrap());
}

#[test]
fn json_fixture_converts_title_organisation_and_counts() {
    let data = from_timelinejs_json(JSON_FIXTURE).unwrap();
    assert_eq!(data.id, "timelinejs-import");
    assert_eq!(data.title, same("Who left OpenAI"));
    assert_eq!(
        data.subtitle,
        same("Co-founders and senior staff who left OpenAI, 2017–2024 — a TimelineJS timeline.")
    );
    assert_eq!(data.organization, "organization");
    assert_eq!(data.organizations.len(), 1);
    assert_eq!(data.organizations[0].id, "organization");
    assert_eq!(data.organizations[0].name, same("Who left OpenAI"));
    assert_eq!(data.as_of, date("2024-08-05"));
    assert_eq!(data.events.len(), 7);
    assert_eq!(data.credit, None);

    let people: Vec<(&str, &str)> = data
        .people
        .iter()
        .map(|p| (p.id.as_str(), p.name.en.as_str()))
        .collect();
    assert_eq!(
        people,
        [
            ("andrej-karpathy", "Andrej Karpathy"),
            ("dario-amodei", "Dario Amodei"),
            ("sam-altman", "Sam Altman"),
            ("ilya-sutskever", "Ilya Sutskever"),
            ("jan-leike", "Jan Leike"),
            ("john-schulman", "John Schulman"),
        ]
    );
    for person in &data.people {
        assert_eq!(person.name.zh, person.name.en);
        assert!(!person.cofounder && person.roles.is_empty());
    }
}

#[test]
fn json_fixture_keeps_each_date_to_its_precision() {
    let data = from_timelinejs_json(JSON_FIXTURE).unwrap();
    let dates: Vec<(String, Precision)> = data
        .events
        .iter()
        .map(|e| (e.date.to_string(), e.date.precision()))
        .collect();
    assert_eq!(
        dates,
        [
            ("2017".to_string(), Precision::Year),
            ("2020-12-29".to_string(), Precision::Day),
            ("2023-11-17".to_string(), Precision::Day),
            ("2024-05-14".to_string(), Precision::Day),
            ("2024-05-14".to_string(), Precision::Day),
            ("2024-07".to_string(), Precision::Month),
            ("2024-08-05".to_string(), Precision::Day),
        ]
    );
}

#[test]
fn json_fixture_events_have_ids_people_kinds_and_verification() {
    let data = from_timelinejs_json(JSON_FIXTURE).unwrap();
    let ids: Vec<(&str, &str)> = data
        .events
        .iter()
        .map(|e| (e.id.as_str(), e.person.as_str()))
        .collect();
    assert_eq!(
        ids,
        [
            ("andrej-karpathy-2017", "andrej-karpathy"),
            ("dario-amodei-leaves", "dario-amodei"),
            ("sam-altman-2023-11-17", "sam-altman"),
            ("ilya-sutskever-2024-05-14", "ilya-sutskever"),
            ("jan-leike-2024-05-14", "jan-leike"),
            ("andrej-karpathy-2024-07", "andrej-karpathy"),
            ("john-schulman-2024-08-05", "john-schulman"),
        ]
    );
    for event in &data.events {
        assert_eq!(event.kind, EventKind::Departure);
        assert_eq!(event.verification, Verification::Unconfirmed);
        assert_eq!(
            event.verification_note,
            Some(Localized {
                zh: VERIFICATION_NOTE_ZH.into(),
                en: VERIFICATION_NOTE_EN.into(),
            })
        );
        assert_eq!(event.summary.zh, event.summary.en);
        assert_eq!((&event.to, &event.quote, &event.era), (&None, &None, &None));
    }
    assert_eq!(VERIFICATION_NOTE_ZH, "由 TimelineJS 导入，未记录核实情况。");
}

#[test]
fn json_fixture_text_becomes_plain_text() {
    let data = from_timelinejs_json(JSON_FIXTURE).unwrap();
    let summaries: Vec<&str> = data.events.iter().map(|e| e.summary.en.as_str()).collect();
    assert_eq!(
        summaries,
        [
            "Founding research scientist Andrej Karpathy leaves OpenAI for the first time, for Tesla.\nReported by DT Next.",
            "OpenAI announces the departure of VP of Research Dario Amodei & others, who go on to found Anthropic. Source: https://windowsforum.com/threads/427154/.",
            "OpenAI's board fires CEO Sam Altman, saying he was “not consistently candid” with it.\nHe returns on 21 November.",
            "Co-founder and chief scientist Ilya Sutskever leaves, per TechCrunch.\nShare this",
            "Head of Alignment Jan Leike resigns that night. He later wrote:\nsafety culture had taken a back seat\nhis team was \"sailing against the wind\"\nAxios",
            "Karpathy announces Eureka Labs, an AI-and-education start-up (exact day not confirmed).",
            // No text: the headline stands in.
            "John Schulman",
        ]
    );
    for text in all_text(&data) {
        assert!(!text.contains('<'), "{text:?}");
        assert!(!text.contains("&amp;") && !text.contains("&#"), "{text:?}");
        assert!(!text.trim().is_empty());
    }
}

#[test]
fn json_fixture_links_and_media_become_sources() {
    let data = from_timelinejs_json(JSON_FIXTURE).unwrap();
    let sources: Vec<&[Source]> = data.events.iter().map(|e| e.sources.as_slice()).collect();
    assert_eq!(
        sources[0],
        [source(
            "https://www.dtnext.in/news/business/openai-founding-member-andrej-karpathy-leaves-company-767792",
            "dtnext.in",
            Some("DT Next"),
        )]
    );
    // A bare address in the text (TimelineJS autolinks it); the full stop is not part of it.
    assert_eq!(
        sources[1],
        [source(
            "https://windowsforum.com/threads/427154/",
            "windowsforum.com",
            None
        )]
    );
    // Media: the credit is the publisher, the caption the title.
    assert_eq!(
        sources[2],
        [source(
            "https://www.theverge.com/23966325/openai-sam-altman-fired-turmoil-chatgpt",
            "The Verge",
            Some("OpenAI’s board fires Sam Altman"),
        )]
    );
    // The javascript: link and the embedded-HTML media are not sources.
    assert_eq!(
        sources[3],
        [source(
            "https://techcrunch.com/2024/05/14/ilya-sutskever-openai-co-founder-and-longtime-chief-scientist-departs/",
            "techcrunch.com",
            Some("TechCrunch"),
        )]
    );
    assert_eq!(
        sources[4],
        [source(
            "https://www.axios.com/2024/05/17/openai-superalignment-risk-ilya-sutskever",
            "axios.com",
            Some("Axios"),
        )]
    );
    assert_eq!(
        sources[5],
        [source(
            "https://danmeyer.substack.com/p/andrej-karpathy-is-in-trouble",
            "Dan Meyer",
            None,
        )]
    );
    assert_eq!(
        sources[6],
        [source(
            "https://www.neowin.net/news/one-of-openais-co-founders-departs-company-president-is-taking-an-extended-leave/",
            "neowin.net",
            None,
        )]
    );
}

#[test]
fn json_fixture_groups_become_reasons_and_no_group_is_unknown() {
    let data = from_timelinejs_json(JSON_FIXTURE).unwrap();
    let reasons: Vec<(&str, &str, &str, Symbol)> = data
        .reasons
        .iter()
        .map(|r| {
            (
                r.id.as_str(),
                r.label.en.as_str(),
                r.color.as_str(),
                r.symbol,
            )
        })
        .collect();
    assert_eq!(
        reasons,
        [
            (
                "founded-a-company",
                "Founded a company",
                "#E69F00",
                Symbol::Circle
            ),
            ("governance", "Governance", "#56B4E9", Symbol::Square),
            ("safety", "Safety", "#009E73", Symbol::Triangle),
            (
                "joined-a-rival",
                "Joined a rival",
                "#F0E442",
                Symbol::Diamond
            ),
            ("unknown", "Unknown", "#8C8C8C", Symbol::Plus),
        ]
    );
    assert_eq!(data.reasons[0].label, same("Founded a company"));
    assert_eq!(data.reasons[4].label.zh, "原因不明");
    let event_reasons: Vec<&str> = data
        .events
        .iter()
        .map(|e| {
            assert_eq!(e.reasons.len(), 1);
            e.reasons[0].as_str()
        })
        .collect();
    assert_eq!(
        event_reasons,
        [
            "unknown",
            "founded-a-company",
            "governance",
            "safety",
            "safety",
            "founded-a-company",
            "joined-a-rival",
        ]
    );
}

#[test]
fn json_fixture_eras_are_converted() {
    let data = from_timelinejs_json(JSON_FIXTURE).unwrap();
    assert_eq!(data.eras.len(), 1);
    let era = &data.eras[0];
    assert_eq!(era.id, "superalignment-team");
    assert_eq!(era.label, same("Superalignment team"));
    assert_eq!(era.start, date("2023-07-05"));
    assert_eq!(era.end, date("2024-05"));
    assert_eq!(era.end.precision(), Precision::Month);
}

#[test]
fn converted_data_survives_the_departures_parser() {
    let data = from_timelinejs_json(JSON_FIXTURE).unwrap();
    let text = serde_json::to_string(&data).unwrap();
    assert_eq!(parse_dataset(&text).unwrap(), data);
}

#[test]
fn csv_export_converts_to_the_same_data_set() {
    let from_json = from_timelinejs_json(JSON_FIXTURE).unwrap();
    let mut from_csv = from_timelinejs_csv(CSV_FIXTURE).unwrap();
    // The sheet has no unique_id column, so that event's id comes from person and date.
    assert_eq!(from_csv.events[1].id, "dario-amodei-2020-12-29");
    from_csv.events[1].id = from_json.events[1].id.clone();
    assert_eq!(from_csv, from_json);
}

#[test]
fn csv_headers_match_in_any_case_and_order_with_extra_columns() {
    let csv = "\u{feff} headline ,YEAR,Notes,month,Day,group\n\
               Jan Leike,2024,ignored,5,14,Safety\n\
               Ilya Sutskever,2024,,5,,\n";
    let data = from_timelinejs_csv(csv).unwrap();
    assert_eq!(data.events.len(), 2);
    assert_eq!(data.events[0].date, date("2024-05-14"));
    assert_eq!(data.events[1].date, date("2024-05"));
    assert_eq!(data.events[0].reasons, ["safety"]);
    assert_eq!(data.events[1].reasons, ["unknown"]);
    // No title row.
    assert_eq!(data.title.en, "Imported timeline");
    assert_eq!(data.title.zh, "导入的时间线");
    assert_eq!(data.subtitle, data.title);
}

#[test]
fn csv_bad_dates_are_reported_by_row_and_column() {
    let csv = CSV_FIXTURE
        .replace("2024,05,14,", "2024,13,14,")
        .replace("2020,12,29,", "2021,2,29,")
        .replace("2024,7,,", "twenty,7,,")
        .replace("2024,8,5,", ",8,5,");
    let errors = from_timelinejs_csv(&csv).unwrap_err();
    assert_eq!(
        errors,
        [
            DataError::new(
                "row 4, column Day",
                ErrorKind::ImpossibleDate {
                    value: "2021-02-29".into()
                }
            ),
            DataError::new(
                "row 8, column Month",
                ErrorKind::ImpossibleDate {
                    value: "2024-13".into()
                }
            ),
            DataError::new(
                "row 9, column Year",
                ErrorKind::DateFormat {
                    value: "twenty".into()
                }
            ),
            DataError::new(
                "row 10, column Year",
                ErrorKind::MissingField {
                    field: "Year".into()
                }
            ),
        ]
    );
}

#[test]
fn csv_era_without_end_year_and_day_without_month_are_errors() {
    let csv = "Year,Month,Day,End Year,Headline,Type\n\
               2024,,14,,Jan Leike,\n\
               2023,7,5,,Superalignment,era\n";
    let errors = from_timelinejs_csv(csv).unwrap_err();
    assert_eq!(
        errors,
        [
            DataError::new(
                "row 2, column Month",
                ErrorKind::MissingField {
                    field: "Month".into()
                }
            ),
            DataError::new(
                "row 3, column End Year",
                ErrorKind::MissingField {
                    field: "End Year".into()
                }
            ),
        ]
    );
}

#[test]
fn csv_missing_columns_are_reported_on_row_1() {
    let errors = from_timelinejs_csv("Year,Day,Text\n2024,1,x\n").unwrap_err();
    assert_eq!(
        errors,
        [
            DataError::new(
                "row 1",
                ErrorKind::MissingColumn {
                    column: "Month".into()
                }
            ),
            DataError::new(
                "row 1",
                ErrorKind::MissingColumn {
                    column: "Headline".into()
                }
            ),
        ]
    );
    let empty = from_timelinejs_csv("").unwrap_err();
    assert_eq!(empty.len(), 4);
    assert!(empty
        .iter()
        .all(|e| e.path == "row 1" && e.code() == "missing-column"));
}

#[test]
fn csv_without_event_rows_is_an_error() {
    let errors = from_timelinejs_csv("Year,Month,Day,Headline,Type\n,,,Title,title\n").unwrap_err();
    assert_eq!(paths(&errors), ["row 2"]);
}

#[test]
fn csv_blank_headline_is_reported_at_its_cell_with_other_errors() {
    let csv =
        "Year,Month,Day,Headline,Text\n2024,5,14,,<p>Someone left</p>\n2024,5,32,Jan Leike,\n";
    let errors = from_timelinejs_csv(csv).unwrap_err();
    assert_eq!(
        errors,
        [
            DataError::new(
                "row 2, column Headline",
                ErrorKind::MissingField {
                    field: "headline".into()
                }
            ),
            DataError::new(
                "row 3, column Day",
                ErrorKind::ImpossibleDate {
                    value: "2024-05-32".into()
                }
            ),
        ]
    );
}

#[test]
fn json_bad_dates_are_reported_with_paths() {
    let mut value = fixture_value();
    value["events"][3]["start_date"]["month"] = json!(13);
    value["events"][1]["start_date"] = json!({"year": 2021, "month": "2", "day": "29"});
    value["events"][2]["start_date"]["year"] = json!("MMXXIII");
    value["events"][4]["start_date"] = json!({"year": 2024, "day": 14});
    value["events"][5]
        .as_object_mut()
        .unwrap()
        .remove("start_date");
    value["events"][6]["start_date"]["day"] = json!(true);
    value["eras"][0]["end_date"]["month"] = json!("0");
    let errors = from_value(&value).unwrap_err();
    assert_eq!(
        errors,
        [
            DataError::new(
                "events[1].start_date.day",
                ErrorKind::ImpossibleDate {
                    value: "2021-02-29".into()
                }
            ),
            DataError::new(
                "events[2].start_date.year",
                ErrorKind::DateFormat {
                    value: "MMXXIII".into()
                }
            ),
            DataError::new(
                "events[3].start_date.month",
                ErrorKind::ImpossibleDate {
                    value: "2024-13".into()
                }
            ),
            DataError::new(
                "events[4].start_date.month",
                ErrorKind::MissingField {
                    field: "month".into()
                }
            ),
            DataError::new(
                "events[5].start_date",
                ErrorKind::MissingField {
                    field: "start_date".into()
                }
            ),
            DataError::new(
                "events[6].start_date.day",
                ErrorKind::WrongType {
                    detail: "expected a number or text, found true or false".into()
                }
            ),
            DataError::new(
                "eras[0].end_date.month",
                ErrorKind::ImpossibleDate {
                    value: "2024-00".into()
                }
            ),
        ]
    );
    // Every message renders in both languages.
    for error in &errors {
        assert!(!error.to_string().is_empty());
    }
}

#[test]
fn json_dates_accept_numbers_strings_and_blank_parts() {
    let value = json!({"events": [
        {"start_date": {"year": 2024.0, "month": "", "day": null}, "text": {"headline": "A"}},
        {"start_date": {"year": " 2024 ", "month": 5, "day": ""}, "text": {"headline": "B"}},
        {"start_date": {"year": "2,024", "month": "05", "day": "01"}, "text": {"headline": "C"}},
    ]});
    let data = from_value(&value).unwrap();
    let dates: Vec<String> = data.events.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(dates, ["2024", "2024-05", "2024-05-01"]);
}

#[test]
fn json_structure_errors_have_paths() {
    let errors = from_value(&json!({"events": []})).unwrap_err();
    assert_eq!(paths(&errors), ["events"]);
    let errors = from_value(&json!({"title": {}})).unwrap_err();
    assert_eq!(
        errors,
        [DataError::new(
            "events",
            ErrorKind::MissingField {
                field: "events".into()
            }
        )]
    );
    let errors = from_value(&json!({
        "events": [
            "not an event",
            {"start_date": {"year": 2024}, "text": "plain"},
            {"start_date": {"year": 2024}, "text": {"headline": ["x"]}},
            {"start_date": {"year": 2024}, "media": []},
            {"start_date": {"year": 2024}, "text": {"headline": "  <p> </p> "}},
        ],
        "eras": {},
    }))
    .unwrap_err();
    assert_eq!(
        paths(&errors),
        [
            "events[0]",
            "events[1].text",
            "events[2].text.headline",
            "events[3].text.headline",
            "events[3].media",
            "events[4].text.headline",
            "eras"
        ]
    );
    let errors = from_value(&json!({
        "events": [{"start_date": {"year": 2024}, "text": {"headline": "  <p> </p> "}}],
    }))
    .unwrap_err();
    assert_eq!(
        errors,
        [DataError::new(
            "events[0].text.headline",
            ErrorKind::MissingField {
                field: "headline".into()
            }
        )]
    );
    assert_eq!(
        paths(&from_timelinejs_json("[1]").unwrap_err()),
        ["(top level)"]
    );
    assert_eq!(
        from_timelinejs_json("{").unwrap_err()[0].code(),
        "syntax",
        "JSON syntax errors keep their line and column"
    );
}

#[test]
fn only_timelinejs_shapes_are_recognised() {
    assert!(looks_like_timelinejs(
        &json!({"events": [{"start_date": {"year": 2024}}]})
    ));
    assert!(!looks_like_timelinejs(&json!({"events": []})));
    assert!(!looks_like_timelinejs(
        &json!({"events": [{"date": "2024"}]})
    ));
    assert!(!looks_like_timelinejs(
        &json!({"schema_version": 1, "events": [{"start_date": {"year": 2024}}]})
    ));
    assert!(!looks_like_timelinejs(&json!([{"start_date": {}}])));
    assert!(!looks_like_timelinejs(
        &json!({"events": {"start_date": {}}})
    ));
    let departures_data = include_str!("../data/openai.json");
    assert!(!looks_like_timelinejs(
        &serde_json::from_str(departures_data).unwrap()
    ));
}

#[test]
fn same_headline_is_one_person_and_ids_are_deduplicated() {
    let value = json!({"events": [
        {"start_date": {"year": 2020}, "text": {"headline": "Jan Leike"}},
        {"start_date": {"year": 2020}, "text": {"headline": "<b>Jan</b>  Leike"}},
        {"start_date": {"year": 2021}, "text": {"headline": "Jan-Leike"}},
        {"start_date": {"year": 2022}, "text": {"headline": "苏茨克维"}},
        {"start_date": {"year": 2023}, "text": {"headline": "Rózsa Péter"}},
        {"start_date": {"year": 2023}, "text": {"headline": "Person 4"}},
        {"start_date": {"year": 2024}, "text": {"headline": "苏茨克维"}},
    ]});
    let data = from_value(&value).unwrap();
    let people: Vec<(&str, &str)> = data
        .people
        .iter()
        .map(|p| (p.id.as_str(), p.name.zh.as_str()))
        .collect();
    assert_eq!(
        people,
        [
            ("jan-leike", "Jan Leike"),
            ("jan-leike-2", "Jan-Leike"),
            ("person-3", "苏茨克维"),
            ("person-4", "Rózsa Péter"),
            ("person-4-2", "Person 4"),
        ]
    );
    let events: Vec<(&str, &str)> = data
        .events
        .iter()
        .map(|e| (e.id.as_str(), e.person.as_str()))
        .collect();
    assert_eq!(
        events,
        [
            ("jan-leike-2020", "jan-leike"),
            ("jan-leike-2020-2", "jan-leike"),
            ("jan-leike-2-2021", "jan-leike-2"),
            ("person-3-2022", "person-3"),
            ("person-4-2023", "person-4"),
            ("person-4-2-2023", "person-4-2"),
            ("person-3-2024", "person-3"),
        ]
    );
}

#[test]
fn more_than_seven_groups_share_other_groups() {
    let groups = [
        "A", "B", "C", "D", "E", "F", "G", "H", "Unknown", "安全", "A",
    ];
    let events: Vec<Value> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| json!({"start_date": {"year": 2000 + i}, "text": {"headline": format!("P {i}")}, "group": g}))
        .collect();
    let data = from_value(&json!({ "events": events })).unwrap();
    let reasons: Vec<(&str, &str)> = data
        .reasons
        .iter()
        .map(|r| (r.id.as_str(), r.label.en.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            ("a", "A"),
            ("b", "B"),
            ("c", "C"),
            ("d", "D"),
            ("e", "E"),
            ("f", "F"),
            ("other-groups", "Other groups"),
            ("unknown", "Unknown"),
        ]
    );
    let symbols: std::collections::HashSet<Symbol> =
        data.reasons.iter().map(|r| r.symbol).collect();
    assert_eq!(symbols.len(), 8);
    let event_reasons: Vec<&str> = data.events.iter().map(|e| e.reasons[0].as_str()).collect();
    assert_eq!(
        event_reasons,
        [
            "a",
            "b",
            "c",
            "d",
            "e",
            "f",
            "other-groups",
            "other-groups",
            "other-groups",
            "other-groups",
            "a"
        ]
    );
}

#[test]
fn group_ids_avoid_the_reserved_ones_and_non_ascii_groups_are_numbered() {
    let data = from_value(&json!({"events": [
        {"start_date": {"year": 2020}, "text": {"headline": "P"}, "group": "Unknown"},
        {"start_date": {"year": 2021}, "text": {"headline": "Q"}, "group": "安全"},
        {"start_date": {"year": 2022}, "text": {"headline": "R"}},
    ]}))
    .unwrap();
    let reasons: Vec<(&str, &str, &str)> = data
        .reasons
        .iter()
        .map(|r| (r.id.as_str(), r.label.zh.as_str(), r.label.en.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            ("unknown-2", "Unknown", "Unknown"),
            ("group-2", "安全", "安全"),
            ("unknown", "原因不明", "Unknown"),
        ]
    );
}

#[test]
fn eras_without_headline_are_numbered_and_bad_order_is_reported() {
    let data = from_value(&json!({
        "events": [{"start_date": {"year": 2020}, "text": {"headline": "P"}}],
        "eras": [{"start_date": {"year": 2019}, "end_date": {"year": 2020}}],
    }))
    .unwrap();
    assert_eq!(data.eras[0].id, "era-1");
    assert_eq!(data.eras[0].label.en, "Era 1");
    assert_eq!(data.eras[0].label.zh, "时期 1");
    let errors = from_value(&json!({
        "events": [{"start_date": {"year": 2020}, "text": {"headline": "P"}}],
        "eras": [{"start_date": {"year": 2021}, "end_date": {"year": 2020}, "text": {"headline": "x"}}],
    }))
    .unwrap_err();
    assert_eq!(paths(&errors), ["eras[0].end_date"]);
    assert_eq!(errors[0].code(), "end-before-start");
}

#[test]
fn title_without_text_is_its_own_subtitle() {
    let data = from_value(&json!({
        "title": {"text": {"headline": "Exits &amp; returns"}},
        "events": [{"start_date": {"year": 2020}, "text": {"headline": "P"}}],
    }))
    .unwrap();
    assert_eq!(data.title, same("Exits & returns"));
    assert_eq!(data.subtitle, data.title);
    assert_eq!(data.organizations[0].name, data.title);
}

proptest! {
    #[test]
    fn html_to_text_never_panics_or_returns_markup(html in any::<String>()) {
        assert_no_markup(&html);
    }

    #[test]
    fn html_like_input_never_returns_markup(
        html in "([<>&#;/=!?\"' ]|[a-zA-Z]{1,3}|&lt;|&#60;|&#x3c;|<a href=\"https://e.x/\">|</a>|<br>|<p>|<!--|-->|<script>|é|苏){0,24}"
    ) {
        assert_no_markup(&html);
    }
}

fn assert_no_markup(html: &str) {
    let plain = html_to_text(html);
    let texts = std::iter::once(&plain.text).chain(plain.links.iter().map(|l| &l.text));
    for text in texts {
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '<' {
                let next = chars.peek().copied();
                assert!(
                    !next.is_some_and(char::is_alphabetic),
                    "{html:?} → {text:?}"
                );
            }
        }
    }
    for link in &plain.links {
        assert!(is_http_url(&link.url), "{link:?}");
    }
}

#[test]
fn csv_era_ending_before_it_starts_is_reported_at_its_end_year() {
    let csv = "Year,Month,Day,End Year,End Month,Headline,Type\n\
               2024,1,1,,,Jan Leike,\n\
               2023,7,5,2023,6,Superalignment,era\n";
    let errors = from_timelinejs_csv(csv).unwrap_err();
    assert_eq!(
        errors,
        [DataError::new(
            "row 3, column End Year",
            ErrorKind::EndBeforeStart {
                start: "2023-07-05".into(),
                end: "2023-06".into()
            }
        )]
    );
}
