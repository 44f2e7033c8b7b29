//! The spreadsheet form's optional `steps.csv`: the template's step reads
//! as written, sheets without it still read, and every mistake in a step
//! is reported at its sheet, row and column, as the other sheets' are.

use std::collections::BTreeSet;
use std::fs;

use departures::core::import::spreadsheet::{from_sheets, STEPS_COLUMNS};
use departures::core::model::{Dataset, Step, View};
use departures::core::parse::DataError;

mod sheets;

use sheets::{csv_text, openai_steps_fixture, steps_as_read, steps_csv};

/// A template sheet, from `data/templates/`.
fn template(name: &str) -> String {
    let path = format!("{}/data/templates/{name}", env!("CARGO_MANIFEST_DIR"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The template's other three sheets with `steps` as `steps.csv` (none
/// when `None`).
fn convert(steps: Option<&str>) -> Result<Dataset, Vec<DataError>> {
    from_sheets(
        &template("dataset.csv"),
        &template("people.csv"),
        &template("events.csv"),
        steps,
    )
}

fn convert_ok(steps: Option<&str>) -> Dataset {
    convert(steps).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("expected a valid data set:\n{}", list.join("\n"))
    })
}

/// Every error as `(path, code)`.
fn found(steps: &str) -> BTreeSet<(String, &'static str)> {
    match convert(Some(steps)) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => errors.iter().map(|e| (e.path.clone(), e.code())).collect(),
    }
}

fn expected(pairs: &[(&str, &'static str)]) -> BTreeSet<(String, &'static str)> {
    pairs.iter().map(|&(p, c)| (p.to_string(), c)).collect()
}

/// The template's step row with some cells changed, by column.
fn step_row(changes: &[(&str, &str)]) -> Vec<String> {
    let text = template("steps.csv");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let record = reader.records().next().unwrap().unwrap();
    let mut row: Vec<String> = record.iter().map(str::to_string).collect();
    for (column, value) in changes {
        let at = headers.iter().position(|h| h == *column).unwrap();
        row[at] = value.to_string();
    }
    row
}

/// `steps.csv` with the template's header and these rows.
fn steps_sheet(rows: &[Vec<String>]) -> String {
    let mut all = vec![STEPS_COLUMNS.iter().map(|c| c.to_string()).collect()];
    all.extend(rows.iter().cloned());
    csv_text(&all)
}

#[test]
fn the_templates_step_reads_as_written() {
    let data = convert_ok(Some(&template("steps.csv")));
    assert_eq!(data.steps.len(), 1);
    let step = &data.steps[0];
    assert_eq!(step.id, "superalignment-ends");
    assert_eq!(step.title.zh, "超级对齐团队解散");
    assert_eq!(step.title.en, "Superalignment ends");
    assert!(step.caption.zh.contains("雷克"));
    assert!(step.caption.en.contains("Jan Leike"));
    assert_eq!(step.view, View::Both);
    assert_eq!(step.as_of.unwrap().to_string(), "2024-05-17");
    assert_eq!(step.reasons, ["safety"]);
    assert_eq!(step.person.as_deref(), Some("jan-leike"));
    assert_eq!(step.team.as_deref(), Some("superalignment"));
    let range = step.range.unwrap();
    assert_eq!(
        (range.from.to_string(), range.to.to_string()),
        ("2024-05".to_string(), "2024-08".to_string())
    );
    assert_eq!(step.sources.len(), 2, "split on ';'");
    assert_eq!(step.sources[1].publisher, "The Daily Caller", "paired");
}

#[test]
fn sheets_without_steps_csv_still_read() {
    let without = convert_ok(None);
    assert!(without.steps.is_empty());
    let with = convert_ok(Some(&template("steps.csv")));
    assert_eq!(
        Dataset {
            steps: Vec::new(),
            ..with
        },
        without
    );
    assert!(convert_ok(Some(&steps_sheet(&[]))).steps.is_empty());
}

#[test]
fn only_the_id_title_and_caption_are_needed() {
    let row = |id: &str| {
        let mut row = vec![String::new(); STEPS_COLUMNS.len()];
        row[..5].clone_from_slice(&[
            id.to_string(),
            "标题".into(),
            "Title".into(),
            "说明。".into(),
            "Caption.".into(),
        ]);
        row
    };
    let data = convert_ok(Some(&steps_sheet(&[row("first"), row("second")])));
    let first = &data.steps[0];
    assert_eq!(first.view, View::Timeline, "empty means the timeline");
    assert_eq!(
        (&first.as_of, &first.person, &first.team, &first.range),
        (&None, &None, &None, &None)
    );
    assert!(first.reasons.is_empty() && first.sources.is_empty());
    assert_eq!(data.steps[1].id, "second", "sheet order");

    // The required columns alone make a sheet.
    let short = "id,title_zh,title_en,caption_zh,caption_en\nonly,标题,Title,说明。,Caption.\n";
    assert_eq!(convert_ok(Some(short)).steps[0].id, "only");
}

#[test]
fn a_view_is_read_in_any_case_and_an_unknown_one_is_named() {
    let sheet = steps_sheet(&[step_row(&[("view", " ORG ")])]);
    assert_eq!(convert_ok(Some(&sheet)).steps[0].view, View::Org);

    let sheet = steps_sheet(&[step_row(&[("view", "chart")])]);
    let errors = convert(Some(&sheet)).unwrap_err();
    assert_eq!(
        found(&sheet),
        expected(&[("steps.csv row 2, column view", "unknown-variant")])
    );
    let text = errors[0].to_string();
    assert!(text.contains("timeline, org, both, table"), "{text}");
}

#[test]
fn a_range_needs_both_ends() {
    let sheet = steps_sheet(&[
        step_row(&[("range_to", "")]),
        step_row(&[("id", "second"), ("range_from", "")]),
        step_row(&[
            ("id", "third"),
            ("range_from", "2024-02-30"),
            ("range_to", ""),
        ]),
    ]);
    assert_eq!(
        found(&sheet),
        expected(&[
            ("steps.csv row 2, column range_to", "missing-field"),
            ("steps.csv row 3, column range_from", "missing-field"),
            ("steps.csv row 4, column range_from", "impossible-date"),
            ("steps.csv row 4, column range_to", "missing-field"),
        ])
    );
}

#[test]
fn validation_errors_point_at_steps_csv_cells() {
    let sheet = steps_sheet(&[
        // Unknown person and team, a reason unknown and one repeated, a
        // non-http link, no Chinese caption.
        step_row(&[
            ("person", "jan-leik"),
            ("team", "superalign"),
            ("reasons", "safety; safty; safety"),
            (
                "source_urls",
                "ftp://www.axios.com/; https://dailycaller.com/",
            ),
            ("caption_zh", ""),
        ]),
        // A date after the data, a range that ends before it starts, and
        // one publisher short.
        step_row(&[
            ("id", "later"),
            ("as_of", "2025-01"),
            ("range_from", "2024-08"),
            ("range_to", "2024-06"),
            ("source_publishers", "Axios"),
        ]),
        // The first step's id again.
        step_row(&[]),
    ]);
    assert_eq!(
        found(&sheet),
        expected(&[
            ("steps.csv row 2, column caption_zh", "missing-text"),
            ("steps.csv row 2, column reasons", "unknown-reference"),
            ("steps.csv row 2, column reasons", "reason-twice"),
            ("steps.csv row 2, column person", "unknown-reference"),
            ("steps.csv row 2, column team", "unknown-reference"),
            ("steps.csv row 2, column source_urls", "not-http-url"),
            ("steps.csv row 3, column as_of", "date-outside-data"),
            ("steps.csv row 3, column range_to", "end-before-start"),
            ("steps.csv row 3, column source_publishers", "missing-field"),
            ("steps.csv row 4, column id", "duplicate-id"),
        ])
    );
}

#[test]
fn header_problems_are_reported_once_at_the_header() {
    let sheet = template("steps.csv")
        .replacen("caption_zh,", "", 1)
        .replacen("超级对齐团队联合负责人雷克于2024年5月14日辞职，称安全已让位于闪亮的产品；数日后团队解散。,", "", 1)
        .replacen("range_to", "range_end", 1);
    assert_eq!(
        found(&sheet),
        expected(&[
            ("steps.csv row 1", "missing-column"),
            ("steps.csv row 1, column range_end", "unknown-field"),
            // Without its column, the range has one end.
            ("steps.csv row 2, column range_to", "missing-field"),
        ])
    );
    assert_eq!(
        found(""),
        expected(&[("steps.csv row 1", "missing-column")]),
        "an empty sheet lacks every required column"
    );
}

#[test]
fn steps_written_as_steps_csv_read_back_unchanged() {
    // The template's step, the fixture's (one of each view but the
    // table's), and one in the table without a range or sources.
    let mut steps = convert_ok(Some(&template("steps.csv"))).steps;
    steps.extend(openai_steps_fixture().into_iter().map(|step| Step {
        id: format!("fixture-{}", step.id),
        ..step
    }));
    steps.push(Step {
        id: "quiet".into(),
        view: View::Table,
        range: None,
        sources: Vec::new(),
        ..steps[0].clone()
    });
    let read = convert_ok(Some(&steps_csv(&steps)));
    assert_eq!(read.steps, steps_as_read(&steps));
}
