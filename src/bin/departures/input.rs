//! Reading what the commands are given: a spreadsheet folder, a TimelineJS3
//! CSV export, or JSON (Departures or TimelineJS3), and saying why it could
//! not be read.

use std::path::Path;

use departures::core::import::{parse_any_json, spreadsheet, timelinejs};
use departures::core::model::Dataset;
use departures::core::parse::DataError;

/// Why an input could not be turned into a data set.
pub(crate) enum LoadError {
    /// A file could not be read.
    Io(String),
    /// The data has errors.
    Data(Vec<DataError>),
}

/// What an input was read as, for the convert summary.
pub(crate) fn describe_input(path: &Path) -> &'static str {
    if path.is_dir() {
        "spreadsheet form"
    } else if has_extension(path, "csv") {
        "TimelineJS3 CSV"
    } else {
        "JSON"
    }
}

fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
}

pub(crate) fn read(path: &Path) -> Result<String, LoadError> {
    std::fs::read_to_string(path)
        .map_err(|error| LoadError::Io(format!("cannot read {}: {error}", path.display())))
}

/// Reads any supported input: a spreadsheet folder (with or without
/// `steps.csv`), a TimelineJS3 CSV export, or JSON (Departures or
/// TimelineJS3).
pub(crate) fn load(input: &str) -> Result<Dataset, LoadError> {
    let path = Path::new(input);
    if path.is_dir() {
        let dataset = read(&path.join("dataset.csv"))?;
        let people = read(&path.join("people.csv"))?;
        let events = read(&path.join("events.csv"))?;
        // The story's steps are optional: without the sheet, there are none.
        let steps_path = path.join(spreadsheet::STEPS_SHEET);
        let steps = if steps_path.exists() {
            Some(read(&steps_path)?)
        } else {
            None
        };
        spreadsheet::from_sheets(&dataset, &people, &events, steps.as_deref())
            .map_err(LoadError::Data)
    } else if has_extension(path, "csv") {
        timelinejs::from_timelinejs_csv(&read(path)?).map_err(LoadError::Data)
    } else {
        parse_any_json(&read(path)?)
            .map(|(dataset, _format)| dataset)
            .map_err(LoadError::Data)
    }
}

/// The problems of a failed load, one line each, prefixed with the input.
pub(crate) fn failure_lines(input: &str, error: &LoadError) -> Vec<String> {
    match error {
        LoadError::Io(message) => vec![format!("{input}: {message}")],
        LoadError::Data(errors) => errors.iter().map(|e| format!("{input}: {e}")).collect(),
    }
}
