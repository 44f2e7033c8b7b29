//! Reading the TimelineJS3 JSON form into a [`Timeline`], collecting every error.

use super::*;

/// Reads the JSON form, collecting every error.
pub(super) fn read_json(value: &Value) -> Result<Timeline, Vec<DataError>> {
    let Some(object) = value.as_object() else {
        return Err(vec![DataError::new(
            "(top level)",
            ErrorKind::WrongType {
                detail: format!(
                    "expected an object with TimelineJS's \"events\", found {}",
                    describe(value)
                ),
            },
        )]);
    };
    let mut errors = Errors::new();
    let mut timeline = Timeline::default();

    match object.get("events") {
        None | Some(Value::Null) => errors.push(DataError::new(
            "events",
            ErrorKind::MissingField {
                field: "events".into(),
            },
        )),
        Some(Value::Array(events)) if events.is_empty() => errors.push(DataError::new(
            "events",
            ErrorKind::WrongType {
                detail: "expected at least one event, found an empty list".into(),
            },
        )),
        Some(Value::Array(events)) => {
            for (i, event) in events.iter().enumerate() {
                if let Some(slide) = json_event(event, &format!("events[{i}]"), &mut errors) {
                    timeline.events.push(slide);
                }
            }
        }
        Some(other) => errors.push(wrong_type("events", "a list", other)),
    }

    match object.get("title") {
        None | Some(Value::Null) => {}
        Some(title @ Value::Object(_)) => {
            let (headline, text) = json_text(title, "title", &mut errors);
            timeline.title = Some(TitleSlide { headline, text });
        }
        Some(other) => errors.push(wrong_type("title", "an object", other)),
    }

    match object.get("eras") {
        None | Some(Value::Null) => {}
        Some(Value::Array(eras)) => {
            for (i, era) in eras.iter().enumerate() {
                if let Some(era) = json_era(era, &format!("eras[{i}]"), &mut errors) {
                    timeline.eras.push(era);
                }
            }
        }
        Some(other) => errors.push(wrong_type("eras", "a list", other)),
    }

    errors.into_result(timeline)
}

fn json_event(value: &Value, path: &str, errors: &mut Errors) -> Option<EventSlide> {
    if !value.is_object() {
        errors.push(wrong_type(path, "an object", value));
        return None;
    }
    let date = json_date(value, "start_date", path, errors);
    let (headline, text) = json_text(value, path, errors);
    let headline_path = format!("{path}.text.headline");
    // A headline of the wrong type is reported as such by `json_text`.
    if headline_readable(value) {
        require_headline(&headline, &headline_path, errors);
    }
    let (mut media_url, mut media_caption, mut media_credit) = Default::default();
    match value.get("media") {
        None | Some(Value::Null) => {}
        Some(media @ Value::Object(_)) => {
            let media_path = format!("{path}.media");
            media_url = json_string(media, "url", &media_path, errors);
            media_caption = json_string(media, "caption", &media_path, errors);
            media_credit = json_string(media, "credit", &media_path, errors);
        }
        Some(other) => errors.push(wrong_type(&format!("{path}.media"), "an object", other)),
    }
    let group = json_string(value, "group", path, errors);
    let unique_id = json_string(value, "unique_id", path, errors);
    Some(EventSlide {
        headline,
        headline_path,
        text,
        date: date?,
        media_url,
        media_caption,
        media_credit,
        group,
        unique_id,
    })
}

fn json_era(value: &Value, path: &str, errors: &mut Errors) -> Option<EraSlide> {
    if !value.is_object() {
        errors.push(wrong_type(path, "an object", value));
        return None;
    }
    let start = json_date(value, "start_date", path, errors);
    let end = json_date(value, "end_date", path, errors);
    let (headline, _) = json_text(value, path, errors);
    Some(EraSlide {
        headline,
        start: start?,
        end: end?,
        end_path: format!("{path}.end_date"),
    })
}

/// Whether `json_text` reads the slide's headline without an error: its
/// `text` is absent or an object whose `headline` is absent, text or a number.
fn headline_readable(slide: &Value) -> bool {
    match slide.get("text") {
        None | Some(Value::Null) => true,
        Some(Value::Object(text)) => matches!(
            text.get("headline"),
            None | Some(Value::Null | Value::String(_) | Value::Number(_))
        ),
        Some(_) => false,
    }
}

/// The `text.headline` and `text.text` of a slide (empty where absent).
fn json_text(slide: &Value, path: &str, errors: &mut Errors) -> (String, String) {
    match slide.get("text") {
        None | Some(Value::Null) => Default::default(),
        Some(text @ Value::Object(_)) => {
            let text_path = format!("{path}.text");
            (
                json_string(text, "headline", &text_path, errors),
                json_string(text, "text", &text_path, errors),
            )
        }
        Some(other) => {
            errors.push(wrong_type(&format!("{path}.text"), "an object", other));
            Default::default()
        }
    }
}

/// A text field (a number is taken as its digits); empty if absent.
fn json_string(object: &Value, key: &str, path: &str, errors: &mut Errors) -> String {
    match object.get(key) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.trim().to_string(),
        Some(Value::Number(number)) => number.to_string(),
        Some(other) => {
            errors.push(wrong_type(&format!("{path}.{key}"), "text", other));
            String::new()
        }
    }
}

/// A date object such as `start_date`: `{"year": 2024, "month": "5", …}`.
fn json_date(slide: &Value, key: &str, path: &str, errors: &mut Errors) -> Option<PartialDate> {
    let date_path = format!("{path}.{key}");
    let date = match slide.get(key) {
        None | Some(Value::Null) => {
            errors.push(DataError::new(
                date_path,
                ErrorKind::MissingField { field: key.into() },
            ));
            return None;
        }
        Some(date @ Value::Object(_)) => date,
        Some(other) => {
            errors.push(wrong_type(&date_path, "an object", other));
            return None;
        }
    };
    let part = |field: &str| -> Result<DatePart, DataError> {
        let part_path = format!("{date_path}.{field}");
        let value = match date.get(field) {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => Some(text.trim().to_string()).filter(|t| !t.is_empty()),
            Some(Value::Number(number)) => Some(match number.as_f64() {
                Some(f) if number.as_i64().is_none() && f.fract() == 0.0 && f.abs() < 1e9 => {
                    // A whole number below 1e9: exact as an integer (and
                    // integer formatting keeps float formatting out of the wasm).
                    (f as i64).to_string()
                }
                _ => number.to_string(),
            }),
            Some(other) => return Err(wrong_type(&part_path, "a number or text", other)),
        };
        Ok(DatePart {
            value,
            path: part_path,
            field: field.into(),
        })
    };
    let built = part("year").and_then(|year| build_date(year, part("month")?, part("day")?));
    match built {
        Ok(date) => Some(date),
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

fn wrong_type(path: &str, expected: &str, found: &Value) -> DataError {
    DataError::new(
        path,
        ErrorKind::WrongType {
            detail: format!("expected {expected}, found {}", describe(found)),
        },
    )
}
