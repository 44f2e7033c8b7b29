//! TimelineJS3 JSON and spreadsheet CSV → Dataset.
//!
//! Editors migrating a Knight Lab [TimelineJS3] timeline can load its JSON
//! (`{"title", "events", "eras"}`) or the CSV export of its Google Sheets
//! template (`Year, Month, Day, Time, End Year, …, Type, Group, Background`).
//! The conversion is faithful and says what it does not know:
//!
//! | TimelineJS | Departures |
//! |---|---|
//! | title slide (`title`, or the sheet row of type `title`) | `title` from its headline, `subtitle` from its text (or the headline again); the one organisation, id `organization`, is named after it |
//! | each event slide | one event of kind `departure`, and one person named by its headline (the same headline twice is the same person) |
//! | `start_date` `year`/`month`/`day` | the event's date, to exactly the precision given: a day is never invented, nor a month |
//! | `text.text` (HTML) | the summary, as plain text ([`super::html_text`]); the headline when there is no text |
//! | `<a href>` links in the text and headline, bare `http(s)://` addresses in the text, an `http(s)` `media.url` | `sources`, publisher = the address's host name, title = the link text (for media: publisher = the credit, title = the caption) |
//! | `group` | a reason: one per distinct group, in order of first appearance (see below) |
//! | `eras` (sheet rows of type `era`) | eras, ids slugged from their headline |
//! | — | verification `unconfirmed`, with a note that it was imported from TimelineJS and not recorded |
//!
//! Text is single-language in TimelineJS, so every [`Localized`] holds the same
//! text in `zh` and `en`. Ids are the headline in lowercase ASCII words joined by
//! hyphens (`jan-leike`); a headline with non-ASCII letters or digits is not
//! transliterated but numbered (`person-3`), and repeats get `-2`, `-3`. Event
//! ids are `<person>-<date>` (or the slug of `unique_id` where there is one).
//!
//! Reasons: each group gets a colour from the Okabe–Ito palette and a symbol from
//! [`Symbol::ALL`] in order, except `plus`, which marks the always-present
//! `unknown` reason (grey) for events without a group. There are seven symbols
//! besides `plus`: with up to seven groups each has its own reason; with more,
//! the first six do and the rest share `other-groups` ("Other groups"), so that
//! no two reasons are told apart by colour alone.
//!
//! Ignored, because Departures has no place for them: times, end dates of events,
//! `display_date`, backgrounds, thumbnails and media that are not web addresses
//! (embedded HTML, for example).
//!
//! The result is checked by [`validate`] like any other data set. Problems are
//! reported with JSON paths (`events[3].start_date.month`) or, for CSV, with the
//! row as a spreadsheet numbers it (the header is row 1) and the column
//! (`row 5, column Month`).
//!
//! [TimelineJS3]: https://timeline.knightlab.com/docs/json-format.html

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::html_text::html_to_text;
use crate::core::date::PartialDate;
use crate::core::model::{
    Dataset, Era, Event, EventKind, Localized, Organization, Person, Reason, Source, Symbol,
    Verification, SCHEMA_VERSION,
};
use crate::core::parse::decode::describe;
use crate::core::parse::validate::{validate, KnownIds};
use crate::core::parse::{is_http_url, DataError, ErrorKind, Errors};

mod build;
mod json;
mod sheet;

use build::build_dataset;
use json::read_json;
use sheet::read_csv;

/// The `id` of every imported data set.
pub const DATASET_ID: &str = "timelinejs-import";
/// The id of the one organisation, named after the timeline's title.
pub const ORGANIZATION_ID: &str = "organization";
/// The reason of events without a group; always present.
pub const UNKNOWN_REASON_ID: &str = "unknown";
/// The reason shared by groups beyond the sixth when there are more than seven.
pub const OTHER_GROUPS_REASON_ID: &str = "other-groups";
/// Colours for group reasons, in order: the Okabe–Ito palette without black.
pub const GROUP_COLORS: [&str; 7] = [
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
];
/// Colour of the `unknown` reason (as in the shipped data sets).
pub const UNKNOWN_COLOR: &str = "#8C8C8C";
/// Symbol of the `unknown` reason; groups take the other symbols in order.
pub const UNKNOWN_SYMBOL: Symbol = Symbol::Plus;
/// The verification note of every imported event.
pub const VERIFICATION_NOTE_ZH: &str = "由 TimelineJS 导入，未记录核实情况。";
/// The verification note of every imported event, in English.
pub const VERIFICATION_NOTE_EN: &str =
    "Imported from TimelineJS; its verification was not recorded.";

/// The title used when the timeline has no title slide, in Chinese.
const UNTITLED_ZH: &str = "导入的时间线";
/// The title used when the timeline has no title slide, in English.
const UNTITLED_EN: &str = "Imported timeline";
/// Longest id made from a headline, in bytes (cut at a word boundary).
const MAX_SLUG_LEN: usize = 60;

/// Whether a JSON value has the shape of a TimelineJS3 file: an object without
/// `schema_version` whose `events` list has an element with a `start_date`.
pub fn looks_like_timelinejs(value: &Value) -> bool {
    value.is_object()
        && value.get("schema_version").is_none()
        && value
            .get("events")
            .and_then(Value::as_array)
            .is_some_and(|events| events.iter().any(|e| e.get("start_date").is_some()))
}

/// Converts a parsed TimelineJS3 JSON value.
pub fn from_timelinejs_value(value: &Value) -> Result<Dataset, Vec<DataError>> {
    build_dataset(read_json(value)?)
}

/// Converts TimelineJS3 JSON text.
pub fn from_timelinejs_json(text: &str) -> Result<Dataset, Vec<DataError>> {
    from_timelinejs_value(&crate::core::parse::parse_json(text)?)
}

/// Converts a TimelineJS3 spreadsheet CSV export.
pub fn from_timelinejs_csv(text: &str) -> Result<Dataset, Vec<DataError>> {
    build_dataset(read_csv(text)?)
}

// ---------------------------------------------------------------------------
// The timeline as read, before conversion.

/// A timeline read from either format: HTML text still as written, dates parsed.
#[derive(Default)]
struct Timeline {
    title: Option<TitleSlide>,
    events: Vec<EventSlide>,
    eras: Vec<EraSlide>,
}

/// The title slide.
struct TitleSlide {
    headline: String,
    text: String,
}

/// An event slide.
struct EventSlide {
    /// HTML.
    headline: String,
    /// Where the headline is, for the error when it is blank.
    headline_path: String,
    /// HTML.
    text: String,
    date: PartialDate,
    media_url: String,
    /// HTML.
    media_caption: String,
    /// HTML.
    media_credit: String,
    group: String,
    unique_id: String,
}

/// An era.
struct EraSlide {
    /// HTML.
    headline: String,
    start: PartialDate,
    end: PartialDate,
    /// Where the end date is, for the error when it is before the start.
    end_path: String,
}

/// One part of a date as written, with where it is.
struct DatePart {
    /// The text, trimmed; `None` if absent or blank.
    value: Option<String>,
    /// Where it is: `events[3].start_date.month` or `row 5, column Month`.
    path: String,
    /// The field or column name: `month` or `Month`.
    field: String,
}

/// Builds a date from its parts, to exactly the precision given.
fn build_date(year: DatePart, month: DatePart, day: DatePart) -> Result<PartialDate, DataError> {
    let number = |part: &DatePart| -> Result<Option<i64>, DataError> {
        let Some(text) = &part.value else {
            return Ok(None);
        };
        // As TimelineJS does: "2,024" and "2 024" are 2024.
        let cleaned: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != ',')
            .collect();
        cleaned.parse::<i64>().map(Some).map_err(|_| {
            DataError::new(
                part.path.clone(),
                ErrorKind::DateFormat {
                    value: text.clone(),
                },
            )
        })
    };
    let missing = |part: &DatePart| {
        DataError::new(
            part.path.clone(),
            ErrorKind::MissingField {
                field: part.field.clone(),
            },
        )
    };
    let impossible = |part: &DatePart, value: String| {
        DataError::new(part.path.clone(), ErrorKind::ImpossibleDate { value })
    };
    let y = number(&year)?.ok_or_else(|| missing(&year))?;
    let m = number(&month)?;
    let d = number(&day)?;
    let year_number = i32::try_from(y)
        .ok()
        .filter(|y| (1..=9999).contains(y))
        .ok_or_else(|| impossible(&year, y.to_string()))?;
    let Some(m) = m else {
        if d.is_some() {
            // A day without a month: the month is not invented.
            return Err(missing(&month));
        }
        return PartialDate::from_year(year_number).map_err(|_| impossible(&year, y.to_string()));
    };
    let month_number = u32::try_from(m)
        .ok()
        .filter(|m| (1..=12).contains(m))
        .ok_or_else(|| impossible(&month, format!("{y:04}-{m:02}")))?;
    let Some(d) = d else {
        return PartialDate::from_month(year_number, month_number)
            .map_err(|_| impossible(&month, format!("{y:04}-{m:02}")));
    };
    u32::try_from(d)
        .ok()
        .and_then(|d| PartialDate::from_ymd(year_number, month_number, d).ok())
        .ok_or_else(|| impossible(&day, format!("{y:04}-{m:02}-{d:02}")))
}

/// Reports a headline that is blank once its HTML is removed: it names the
/// event's person, so it is required.
fn require_headline(headline: &str, path: &str, errors: &mut Errors) {
    if one_line(&html_to_text(headline).text).is_empty() {
        errors.push(DataError::new(
            path,
            ErrorKind::MissingField {
                field: "headline".into(),
            },
        ));
    }
}

/// Text on one line, whitespace collapsed.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::build::{bare_urls, host, slug, Ids};
    use super::*;
    use crate::core::parse::validate::is_person_id;

    #[test]
    fn slugs_are_person_ids_or_nothing() {
        assert_eq!(slug("Jan Leike").as_deref(), Some("jan-leike"));
        assert_eq!(
            slug("  Sam Altman’s return!! ").as_deref(),
            Some("sam-altman-s-return")
        );
        assert_eq!(slug("R2-D2").as_deref(), Some("r2-d2"));
        assert_eq!(slug("Rózsa Péter"), None);
        assert_eq!(slug("苏茨克维"), None);
        assert_eq!(slug("—"), None);
        let long = slug(&"word ".repeat(40)).unwrap();
        assert!(long.len() <= MAX_SLUG_LEN && is_person_id(&long), "{long}");
    }

    #[test]
    fn unique_ids_get_numbered_suffixes() {
        let mut ids = Ids::default();
        assert_eq!(ids.unique("a".into()), "a");
        assert_eq!(ids.unique("a".into()), "a-2");
        assert_eq!(ids.unique("a-3".into()), "a-3");
        assert_eq!(ids.unique("a".into()), "a-4");
        assert_eq!(ids.unique("a-2".into()), "a-2-2");
    }

    #[test]
    fn hosts_drop_scheme_www_port_and_user() {
        assert_eq!(host("https://www.theverge.com/x/y"), "theverge.com");
        assert_eq!(host("http://user@Example.org:8080?q"), "example.org");
        assert_eq!(host("https://www."), "www.");
    }

    #[test]
    fn bare_urls_stop_at_punctuation() {
        assert_eq!(
            bare_urls("See https://example.org/a. And (http://example.com/b_(c)), “https://x.example/y”。"),
            vec![
                "https://example.org/a",
                "http://example.com/b_(c)",
                "https://x.example/y"
            ]
        );
        assert!(bare_urls("https:// nothing http").is_empty());
        assert_eq!(
            bare_urls("(https://x.example/a_(b)).) httpx://no http://y.example/c)!"),
            vec!["https://x.example/a_(b)", "http://y.example/c"]
        );
    }

    #[test]
    fn dates_keep_their_precision_and_name_the_bad_part() {
        let part = |value: &str, field: &str| DatePart {
            value: (!value.is_empty()).then(|| value.to_string()),
            path: field.to_string(),
            field: field.to_string(),
        };
        let date = |y: &str, m: &str, d: &str| {
            build_date(part(y, "year"), part(m, "month"), part(d, "day"))
        };
        assert_eq!(date("2024", "", "").unwrap().to_string(), "2024");
        assert_eq!(date("2024", "5", "").unwrap().to_string(), "2024-05");
        assert_eq!(
            date(" 2,024 ", "05", "14").unwrap().to_string(),
            "2024-05-14"
        );
        let error = |y, m, d| date(y, m, d).unwrap_err();
        assert_eq!(error("", "5", "1").path, "year");
        assert_eq!(
            error("2024", "", "14").kind,
            ErrorKind::MissingField {
                field: "month".into()
            }
        );
        assert_eq!(
            error("2024", "May", "").kind,
            ErrorKind::DateFormat {
                value: "May".into()
            }
        );
        assert_eq!(
            error("2024", "13", "").kind,
            ErrorKind::ImpossibleDate {
                value: "2024-13".into()
            }
        );
        let impossible = error("2023", "2", "29");
        assert_eq!(impossible.path, "day");
        assert_eq!(
            impossible.kind,
            ErrorKind::ImpossibleDate {
                value: "2023-02-29".into()
            }
        );
        assert_eq!(error("-44", "3", "15").path, "year");
    }
}
