//! JSON value → model types, collecting every error with its path.
//!
//! Each top-level field and each element of each list is decoded on its own,
//! so a data file with ten bad events reports ten errors, not one. Ids of
//! elements that failed to decode are still remembered, so that references to
//! them do not cascade into "unknown reference" errors.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::error::{DataError, ErrorKind};
use super::validate::{validate, KnownIds};
use crate::core::date::DateError;
use crate::core::model::{Dataset, Localized, SCHEMA_VERSION};

/// Marker the date deserialiser puts before its message so the decoder can
/// turn it back into a typed error.
pub(crate) const DATE_FORMAT_MARK: &str = "departures-date-format:";
/// As [`DATE_FORMAT_MARK`], for dates that do not exist.
pub(crate) const IMPOSSIBLE_DATE_MARK: &str = "departures-impossible-date:";

/// The serde error message for a date string that failed to parse.
pub(crate) fn date_error_message(text: &str, error: &DateError) -> String {
    match error {
        DateError::Format => format!("{DATE_FORMAT_MARK}{text}"),
        DateError::Impossible => format!("{IMPOSSIBLE_DATE_MARK}{text}"),
    }
}

/// Decodes and validates a whole data set.
pub fn decode_dataset(value: &Value) -> Result<Dataset, Vec<DataError>> {
    let Some(object) = value.as_object() else {
        return Err(vec![DataError::new(
            "(top level)",
            ErrorKind::WrongType {
                detail: "expected an object with the data set's fields".into(),
            },
        )]);
    };
    let mut errors = Vec::new();

    match object.get("schema_version") {
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {}
        Some(other) => errors.push(DataError::new(
            "schema_version",
            ErrorKind::SchemaVersion {
                found: other.to_string(),
            },
        )),
        None => errors.push(DataError::new(
            "schema_version",
            ErrorKind::MissingField {
                field: "schema_version".into(),
            },
        )),
    }

    const FIELDS: [&str; 12] = [
        "schema_version",
        "id",
        "title",
        "subtitle",
        "as_of",
        "organization",
        "reasons",
        "organizations",
        "people",
        "events",
        "eras",
        "credit",
    ];
    for key in object.keys() {
        if !FIELDS.contains(&key.as_str()) {
            errors.push(DataError::new(
                key.clone(),
                ErrorKind::UnknownField { field: key.clone() },
            ));
        }
    }

    let mut known = KnownIds::default();
    let id = field::<String>(object, "id", &mut errors);
    let title = field::<Localized>(object, "title", &mut errors);
    let subtitle = field::<Localized>(object, "subtitle", &mut errors);
    let as_of = field(object, "as_of", &mut errors);
    let organization = field::<String>(object, "organization", &mut errors);
    let mut positions = Vec::new();
    let reasons = list(object, "reasons", true, &mut known.reasons, &mut errors)
        .map(|l| l.keep_positions(&mut positions));
    let organizations = list(
        object,
        "organizations",
        true,
        &mut known.organizations,
        &mut errors,
    )
    .map(|l| l.keep_positions(&mut positions));
    let people = list(object, "people", true, &mut known.people, &mut errors)
        .map(|l| l.keep_positions(&mut positions));
    let events = list(object, "events", true, &mut known.events, &mut errors)
        .map(|l| l.keep_positions(&mut positions));
    let eras = list(object, "eras", false, &mut known.eras, &mut errors)
        .map(|l| l.keep_positions(&mut positions));
    let credit = match object.get("credit") {
        None | Some(Value::Null) => Some(None),
        Some(value) => decode_at::<Localized>(value, "credit", &mut errors).map(Some),
    };

    let (
        Some(id),
        Some(title),
        Some(subtitle),
        Some(as_of),
        Some(organization),
        Some(reasons),
        Some(organizations),
        Some(people),
        Some(events),
        Some(eras),
        Some(credit),
    ) = (
        id,
        title,
        subtitle,
        as_of,
        organization,
        reasons,
        organizations,
        people,
        events,
        eras,
        credit,
    )
    else {
        return Err(errors);
    };
    let dataset = Dataset {
        schema_version: SCHEMA_VERSION,
        id,
        title,
        subtitle,
        as_of,
        organization,
        reasons,
        organizations,
        people,
        events,
        eras,
        credit,
    };
    errors.extend(
        validate(&dataset, &known)
            .into_iter()
            .map(|error| restore_position(error, &positions)),
    );
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// The elements of one list that decoded, with their positions in the file.
struct DecodedList<T> {
    /// The list's key, e.g. `events`.
    key: String,
    /// The decoded elements.
    items: Vec<T>,
    /// `positions[i]` is the file position of `items[i]`.
    positions: Vec<usize>,
}

impl<T> DecodedList<T> {
    /// Stores the position map (if any element was left out) and returns the items.
    fn keep_positions(self, maps: &mut Vec<(String, Vec<usize>)>) -> Vec<T> {
        let shifted = self.positions.iter().enumerate().any(|(i, &p)| i != p);
        if shifted {
            maps.push((self.key, self.positions));
        }
        self.items
    }
}

/// Rewrites `events[3]…` to the element's position in the file when earlier
/// elements failed to decode, so validation errors point at the right line.
fn restore_position(mut error: DataError, maps: &[(String, Vec<usize>)]) -> DataError {
    for (key, positions) in maps {
        let Some(rest) = error.path.strip_prefix(key.as_str()) else {
            continue;
        };
        let Some((index, tail)) = rest.strip_prefix('[').and_then(|r| r.split_once(']')) else {
            continue;
        };
        if let Some(position) = index.parse::<usize>().ok().and_then(|i| positions.get(i)) {
            error.path = format!("{key}[{position}]{tail}");
        }
        break;
    }
    error
}

/// Decodes a required top-level field.
fn field<T: DeserializeOwned>(
    object: &serde_json::Map<String, Value>,
    key: &str,
    errors: &mut Vec<DataError>,
) -> Option<T> {
    match object.get(key) {
        Some(value) => decode_at(value, key, errors),
        None => {
            errors.push(DataError::new(
                key,
                ErrorKind::MissingField { field: key.into() },
            ));
            None
        }
    }
}

/// Decodes a list element by element. Returns `None` only if the list itself
/// is missing (when required) or not a list; failed elements are left out and
/// their errors recorded, but their ids are remembered in `known_ids`.
fn list<T: DeserializeOwned>(
    object: &serde_json::Map<String, Value>,
    key: &str,
    required: bool,
    known_ids: &mut Vec<String>,
    errors: &mut Vec<DataError>,
) -> Option<DecodedList<T>> {
    let items = match object.get(key) {
        None if !required => {
            return Some(DecodedList {
                key: key.into(),
                items: Vec::new(),
                positions: Vec::new(),
            })
        }
        None => {
            errors.push(DataError::new(
                key,
                ErrorKind::MissingField { field: key.into() },
            ));
            return None;
        }
        Some(Value::Array(items)) => items,
        Some(other) => {
            errors.push(DataError::new(
                key,
                ErrorKind::WrongType {
                    detail: format!("expected a list, found {}", describe(other)),
                },
            ));
            return None;
        }
    };
    let mut decoded = DecodedList {
        key: key.into(),
        items: Vec::with_capacity(items.len()),
        positions: Vec::with_capacity(items.len()),
    };
    for (i, item) in items.iter().enumerate() {
        if let Some(id) = item.get("id").and_then(Value::as_str) {
            known_ids.push(id.to_string());
        }
        if let Some(value) = decode_at(item, &format!("{key}[{i}]"), errors) {
            decoded.items.push(value);
            decoded.positions.push(i);
        }
    }
    Some(decoded)
}

/// Decodes one value, turning a serde error into a [`DataError`] whose path is
/// `prefix` followed by the path inside the value.
fn decode_at<T: DeserializeOwned>(
    value: &Value,
    prefix: &str,
    errors: &mut Vec<DataError>,
) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(decoded) => Some(decoded),
        Err(error) => {
            let inner = error.path().to_string();
            let path = join_path(prefix, &inner);
            errors.push(classify(path, &error.into_inner().to_string()));
            None
        }
    }
}

fn join_path(prefix: &str, inner: &str) -> String {
    match inner {
        "" | "." => prefix.to_string(),
        _ if inner.starts_with('[') => format!("{prefix}{inner}"),
        _ => format!("{prefix}.{inner}"),
    }
}

/// Turns serde's message into a typed error kind.
fn classify(path: String, message: &str) -> DataError {
    let quoted = |text: &str| -> String { text.split('`').nth(1).unwrap_or(text).to_string() };
    if let Some(rest) = message.strip_prefix("missing field ") {
        let field = quoted(rest);
        let path = join_path(&path, &field);
        return DataError::new(path, ErrorKind::MissingField { field });
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        // The path already ends at the unknown field.
        let field = quoted(rest);
        return DataError::new(path, ErrorKind::UnknownField { field });
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let allowed = rest
            .split_once("expected ")
            .map(|(_, list)| list.replace('`', "").replace("one of ", ""))
            .unwrap_or_default();
        return DataError::new(
            path,
            ErrorKind::UnknownVariant {
                value: quoted(rest),
                allowed,
            },
        );
    }
    if let Some(value) = message.strip_prefix(DATE_FORMAT_MARK) {
        return DataError::new(
            path,
            ErrorKind::DateFormat {
                value: value.into(),
            },
        );
    }
    if let Some(value) = message.strip_prefix(IMPOSSIBLE_DATE_MARK) {
        return DataError::new(
            path,
            ErrorKind::ImpossibleDate {
                value: value.into(),
            },
        );
    }
    DataError::new(
        path,
        ErrorKind::WrongType {
            detail: message.to_string(),
        },
    )
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
