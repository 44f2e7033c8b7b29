//! Input → a validated [`Dataset`], or the list of everything that is wrong with it.
//!
//! Parsing happens once, at the edge, in three steps:
//! 1. the text becomes a JSON value (syntax errors carry line and column; a
//!    key given twice in one object is an error at its path);
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
mod steps;
pub mod validate;

pub use error::{shorten, DataError, ErrorKind, Errors, MAX_ERRORS};
pub use validate::is_http_url;

use std::cell::RefCell;

use crate::core::model::Dataset;

/// Parses and validates a data set in the Departures JSON form.
pub fn parse_dataset(json: &str) -> Result<Dataset, Vec<DataError>> {
    let value = parse_json(json)?;
    decode::decode_dataset(&value)
}

/// Parses JSON text into a value, or a syntax error with its line and
/// column, or an error at every key given twice in one object.
pub fn parse_json(text: &str) -> Result<serde_json::Value, Vec<DataError>> {
    use serde::de::DeserializeSeed;
    let repeats = RefCell::new(Errors::new());
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let checked = Checked {
        place: Place::Root,
        repeats: &repeats,
    };
    let value = checked
        .deserialize(&mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value))
        .map_err(|e| {
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
        })?;
    repeats.into_inner().into_result(value)
}

/// Where a value is in the JSON text: the key or index that leads to it from
/// its parent. Kept on the stack; written out only for an error.
#[derive(Clone, Copy)]
enum Place<'a> {
    Root,
    Key(&'a Place<'a>, &'a str),
    Index(&'a Place<'a>, usize),
}

impl Place<'_> {
    /// The path as errors write it: `events[3].sources[0].url`.
    fn write(&self, path: &mut String) {
        match *self {
            Place::Root => {}
            Place::Key(parent, key) => {
                parent.write(path);
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&shorten(key));
            }
            Place::Index(parent, index) => {
                parent.write(path);
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
}

/// Reads a JSON value as `serde_json::Value` does, and records each key
/// that repeats one before it in the same object. serde_json keeps the last
/// silently, so a file could show a person checking it one `url` while the
/// widget links to another.
struct Checked<'p, 'e> {
    place: Place<'p>,
    repeats: &'e RefCell<Errors>,
}

impl<'de> serde::de::DeserializeSeed<'de> for Checked<'_, '_> {
    type Value = serde_json::Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Checked<'_, '_> {
    type Value = serde_json::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Self::Value, E> {
        Ok(value.into())
    }

    fn visit_i64<E>(self, value: i64) -> Result<Self::Value, E> {
        Ok(value.into())
    }

    fn visit_u64<E>(self, value: u64) -> Result<Self::Value, E> {
        Ok(value.into())
    }

    fn visit_f64<E>(self, value: f64) -> Result<Self::Value, E> {
        // As serde_json: a number too large for f64 is not JSON it writes.
        Ok(serde_json::Number::from_f64(value).map_or(serde_json::Value::Null, Into::into))
    }

    fn visit_str<E>(self, value: &str) -> Result<Self::Value, E> {
        Ok(value.into())
    }

    fn visit_string<E>(self, value: String) -> Result<Self::Value, E> {
        Ok(value.into())
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let item = Checked {
                place: Place::Index(&self.place, items.len()),
                repeats: self.repeats,
            };
            match seq.next_element_seed(item)? {
                Some(value) => items.push(value),
                None => return Ok(serde_json::Value::Array(items)),
            }
        }
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        use serde_json::map::Entry;
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(Checked {
                place: Place::Key(&self.place, &key),
                repeats: self.repeats,
            })?;
            match object.entry(key) {
                Entry::Vacant(slot) => {
                    slot.insert(value);
                }
                Entry::Occupied(slot) => self.repeats.borrow_mut().push_with(|| {
                    let mut path = String::new();
                    Place::Key(&self.place, slot.key()).write(&mut path);
                    DataError::new(
                        path,
                        ErrorKind::DuplicateKey {
                            key: slot.key().clone(),
                        },
                    )
                }),
            }
        }
        Ok(serde_json::Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repeats(text: &str) -> Vec<(String, String)> {
        parse_json(text)
            .unwrap_err()
            .into_iter()
            .map(|e| match e.kind {
                ErrorKind::DuplicateKey { key } => (e.path, key),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn a_key_given_twice_is_an_error_at_its_path() {
        let pair = |path: &str, key: &str| (path.to_string(), key.to_string());
        assert_eq!(repeats(r#"{"id": "a", "id": "b"}"#), vec![pair("id", "id")]);
        assert_eq!(
            repeats(r#"{"events": [{}, {"sources": [{"url": "https://a", "url": "https://b"}]}]}"#),
            vec![pair("events[1].sources[0].url", "url")]
        );
        // Every repeat, in every object; the same key in two objects is fine.
        assert_eq!(
            repeats(r#"[{"a": 1, "b": 2}, {"a": 1, "a": 2, "a": 3}, [{"x": {"y": 0, "y": 0}}]]"#),
            vec![
                pair("[1].a", "a"),
                pair("[1].a", "a"),
                pair("[2][0].x.y", "y")
            ]
        );
        // A syntax error wins: the value is not whole.
        let errors = parse_json(r#"{"a": 1, "a": 2"#).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].code(), "syntax");
        assert_eq!(parse_json(r#"{"a": 1} x"#).unwrap_err()[0].code(), "syntax");
    }

    #[test]
    fn the_message_says_which_key_and_what_to_do() {
        let error = &parse_json(r#"{"url": 1, "url": 2}"#).unwrap_err()[0];
        assert_eq!(
            error.to_string(),
            "url: \"url\" is given twice in the same object — keep one of the two and \
             delete the other, so that it is clear which value counts"
        );
        assert_eq!(
            error.explained(crate::core::lang::Lang::Zh),
            "同一对象中 \"url\" 出现了两次——请保留其中一个、删除另一个，否则无法确定哪个值有效"
        );
    }
}
