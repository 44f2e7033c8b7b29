//! Ways in for editors: other formats converted to a validated [`Dataset`].
//!
//! - [`spreadsheet`]: the Departures spreadsheet form (CSV sheets exported from
//!   any spreadsheet program; templates in `data/templates/`).
//! - [`timelinejs`]: Knight Lab TimelineJS3 JSON and its spreadsheet CSV export,
//!   so existing timelines migrate. Their HTML text becomes plain text
//!   ([`html_text`]); data is never rendered as HTML.

pub mod html_text;
pub mod spreadsheet;
pub mod timelinejs;

use crate::core::compact::LoadOutcome;
use crate::core::model::Dataset;
use crate::core::parse::{decode, parse_json, DataError, ErrorKind};

/// A data format the widget and the command-line tool can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The Departures JSON form (`schema_version` at the top).
    Departures,
    /// TimelineJS3 JSON (`events` with `start_date` objects).
    TimelineJsJson,
}

/// What the widget is told about a data file in any supported format: the
/// data set, or its problems worded in both languages (see
/// [`crate::core::compact`]; the editor module sends this).
pub fn read_data_file(text: &str) -> LoadOutcome {
    match parse_any_json(text) {
        Ok((dataset, _format)) => LoadOutcome::Ready(Box::new(dataset)),
        Err(errors) => LoadOutcome::Invalid {
            total: errors.iter().map(DataError::count).sum(),
            errors: errors.iter().map(DataError::to_explained).collect(),
        },
    }
}

/// Reads JSON in any supported format, detecting which from its shape.
pub fn parse_any_json(text: &str) -> Result<(Dataset, Format), Vec<DataError>> {
    let value = parse_json(text)?;
    let object = value.as_object();
    let has = |key: &str| object.is_some_and(|o| o.contains_key(key));
    if has("schema_version") {
        decode::decode_dataset(&value).map(|d| (d, Format::Departures))
    } else if timelinejs::looks_like_timelinejs(&value) {
        timelinejs::from_timelinejs_value(&value).map(|d| (d, Format::TimelineJsJson))
    } else {
        Err(vec![DataError::new(
            "(top level)",
            ErrorKind::UnknownFormat,
        )])
    }
}
