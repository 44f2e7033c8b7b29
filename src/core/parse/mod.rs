//! Input → a validated [`Dataset`], or the list of everything that is wrong with it.
//!
//! Parsing happens once, at the edge, in three steps:
//! 1. the text becomes a JSON value (syntax errors carry line and column);
//! 2. [`decode`] turns each part of the value into model types separately, so
//!    that one bad event does not hide the errors in the next;
//! 3. [`validate`] checks what types cannot: ids, references, dates, text, links.
//!
//! Each [`DataError`] names the field path (`events[12].person`), the bad
//! value, and what to do about it. At most [`MAX_ERRORS`] are listed, then
//! one that counts the rest ([`Errors`]), so that a crafted file with
//! millions of problems is still reported in a few lines.

pub mod decode;
pub mod error;
pub mod validate;

pub use error::{shorten, DataError, ErrorKind, Errors, MAX_ERRORS};
pub use validate::is_http_url;

use crate::core::model::Dataset;

/// Parses and validates a data set in the Departures JSON form.
pub fn parse_dataset(json: &str) -> Result<Dataset, Vec<DataError>> {
    let value = parse_json(json)?;
    decode::decode_dataset(&value)
}

/// Parses JSON text into a value, or a syntax error with its line and column.
pub fn parse_json(text: &str) -> Result<serde_json::Value, Vec<DataError>> {
    serde_json::from_str(text).map_err(|e| {
        let detail = e.to_string();
        // serde_json appends " at line L column C"; the path says that already.
        let detail = detail
            .rsplit_once(" at line ")
            .map_or(detail.as_str(), |(head, _)| head)
            .to_string();
        vec![DataError::new(
            format!("line {}, column {}", e.line(), e.column()),
            ErrorKind::Syntax { detail },
        )]
    })
}
