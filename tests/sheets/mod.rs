//! Writing a data set out as the spreadsheet form's sheets, for the round
//! trips of `tests/import_spreadsheet.rs` and
//! `tests/import_spreadsheet_steps.rs`: what is written must read back.

use departures::core::import::spreadsheet::STEPS_COLUMNS;
use departures::core::model::{Source, Step};

/// Sources as two `;`-separated cells: addresses and publishers.
pub fn joined(sources: &[Source]) -> (String, String) {
    let list = |f: fn(&Source) -> &str| sources.iter().map(f).collect::<Vec<_>>().join("; ");
    (list(|s| &s.url), list(|s| &s.publisher))
}

/// Rows written as CSV.
pub fn csv_text(rows: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// `steps` as `steps.csv`: the header, then one row per step in
/// [`STEPS_COLUMNS`]' order, its sources as `events.csv` writes an event's.
pub fn steps_csv(steps: &[Step]) -> String {
    let mut rows = vec![STEPS_COLUMNS.iter().map(|c| c.to_string()).collect()];
    for step in steps {
        let date = |d: Option<departures::core::date::PartialDate>| {
            d.map(|d| d.to_string()).unwrap_or_default()
        };
        let (urls, publishers) = joined(&step.sources);
        let row: Vec<String> = vec![
            step.id.clone(),
            step.title.zh.clone(),
            step.title.en.clone(),
            step.caption.zh.clone(),
            step.caption.en.clone(),
            step.view.code().to_string(),
            date(step.as_of),
            step.reasons.join("; "),
            step.person.clone().unwrap_or_default(),
            step.team.clone().unwrap_or_default(),
            date(step.range.map(|r| r.from)),
            date(step.range.map(|r| r.to)),
            urls,
            publishers,
        ];
        assert_eq!(row.len(), STEPS_COLUMNS.len(), "one cell per column");
        rows.push(row);
    }
    csv_text(&rows)
}

/// Steps on the OpenAI data, for round trips while `data/openai.json` has
/// none: every column used, and one step with only what is required. Their
/// dates fall within the template's events, as the form gives no founding
/// date to reach back to.
pub fn openai_steps_fixture() -> Vec<Step> {
    let path = format!(
        "{}/tests/fixtures/spreadsheet/openai-steps.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// `sources` as the form carries them: without titles and dates.
pub fn without_details(sources: &[Source]) -> Vec<Source> {
    sources
        .iter()
        .map(|s| Source {
            title: None,
            date: None,
            ..s.clone()
        })
        .collect()
}

/// `steps` as `steps.csv` reads them back: their sources without details.
pub fn steps_as_read(steps: &[Step]) -> Vec<Step> {
    steps
        .iter()
        .map(|s| Step {
            sources: without_details(&s.sources),
            ..s.clone()
        })
        .collect()
}
