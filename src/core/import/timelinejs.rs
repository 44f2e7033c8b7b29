//! TimelineJS3 JSON and spreadsheet CSV → Dataset. (Being written.)

use serde_json::Value;

use crate::core::model::Dataset;
use crate::core::parse::{DataError, ErrorKind};

/// Whether a JSON value has the shape of a TimelineJS3 file.
pub fn looks_like_timelinejs(value: &Value) -> bool {
    value.get("events").is_some_and(Value::is_array) && value.get("schema_version").is_none()
}

/// Converts a parsed TimelineJS3 JSON value.
pub fn from_timelinejs_value(_value: &Value) -> Result<Dataset, Vec<DataError>> {
    Err(vec![DataError::new(
        "(top level)",
        ErrorKind::UnknownFormat,
    )])
}

/// Converts TimelineJS3 JSON text.
pub fn from_timelinejs_json(text: &str) -> Result<Dataset, Vec<DataError>> {
    from_timelinejs_value(&crate::core::parse::parse_json(text)?)
}

/// Converts a TimelineJS3 spreadsheet CSV export.
pub fn from_timelinejs_csv(_text: &str) -> Result<Dataset, Vec<DataError>> {
    Err(vec![DataError::new(
        "(top level)",
        ErrorKind::UnknownFormat,
    )])
}
