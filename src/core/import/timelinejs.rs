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
use crate::core::parse::validate::{validate, KnownIds};
use crate::core::parse::{is_http_url, DataError, ErrorKind};

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

// ---------------------------------------------------------------------------
// JSON.

/// Reads the JSON form, collecting every error.
fn read_json(value: &Value) -> Result<Timeline, Vec<DataError>> {
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
    let mut errors = Vec::new();
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

    if errors.is_empty() {
        Ok(timeline)
    } else {
        Err(errors)
    }
}

fn json_event(value: &Value, path: &str, errors: &mut Vec<DataError>) -> Option<EventSlide> {
    if !value.is_object() {
        errors.push(wrong_type(path, "an object", value));
        return None;
    }
    let date = json_date(value, "start_date", path, errors);
    let errors_before = errors.len();
    let (headline, text) = json_text(value, path, errors);
    let headline_path = format!("{path}.text.headline");
    let text_path = format!("{path}.text");
    let headline_unreadable = errors[errors_before..]
        .iter()
        .any(|e| e.path == headline_path || e.path == text_path);
    if !headline_unreadable {
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

fn json_era(value: &Value, path: &str, errors: &mut Vec<DataError>) -> Option<EraSlide> {
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

/// The `text.headline` and `text.text` of a slide (empty where absent).
fn json_text(slide: &Value, path: &str, errors: &mut Vec<DataError>) -> (String, String) {
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
fn json_string(object: &Value, key: &str, path: &str, errors: &mut Vec<DataError>) -> String {
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
fn json_date(
    slide: &Value,
    key: &str,
    path: &str,
    errors: &mut Vec<DataError>,
) -> Option<PartialDate> {
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
                    format!("{f:.0}")
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

/// Reports a headline that is blank once its HTML is removed: it names the
/// event's person, so it is required.
fn require_headline(headline: &str, path: &str, errors: &mut Vec<DataError>) {
    if one_line(&html_to_text(headline).text).is_empty() {
        errors.push(DataError::new(
            path,
            ErrorKind::MissingField {
                field: "headline".into(),
            },
        ));
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

// ---------------------------------------------------------------------------
// CSV.

/// The columns of the TimelineJS Google Sheets template, in its order.
pub const CSV_COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// The columns without which a sheet cannot be converted faithfully; any other
/// missing column is read as empty, and columns not in [`CSV_COLUMNS`] are ignored.
pub const CSV_REQUIRED_COLUMNS: [&str; 4] = ["Year", "Month", "Day", "Headline"];

/// One data row of the sheet.
struct CsvRow<'a> {
    /// As a spreadsheet numbers it: the header is row 1.
    number: usize,
    record: &'a csv::StringRecord,
    columns: &'a HashMap<&'static str, usize>,
}

impl CsvRow<'_> {
    /// The trimmed cell in `column` (empty if the column or cell is absent).
    fn get(&self, column: &str) -> &str {
        self.columns
            .get(column)
            .and_then(|&i| self.record.get(i))
            .map_or("", str::trim)
    }

    fn path(&self, column: &str) -> String {
        format!("row {}, column {column}", self.number)
    }

    fn date_part(&self, column: &str) -> DatePart {
        let value = self.get(column);
        DatePart {
            value: (!value.is_empty()).then(|| value.to_string()),
            path: self.path(column),
            field: column.into(),
        }
    }

    fn date(&self, year: &str, month: &str, day: &str) -> Result<PartialDate, DataError> {
        build_date(
            self.date_part(year),
            self.date_part(month),
            self.date_part(day),
        )
    }
}

/// Reads the CSV form, collecting every error.
fn read_csv(text: &str) -> Result<Timeline, Vec<DataError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut errors = Vec::new();

    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(error)) => {
            return Err(vec![DataError::new(
                "row 1",
                ErrorKind::Syntax {
                    detail: error.to_string(),
                },
            )])
        }
        None => csv::StringRecord::new(),
    };
    let mut columns: HashMap<&'static str, usize> = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        let name = name.trim();
        if let Some(column) = CSV_COLUMNS.iter().find(|c| c.eq_ignore_ascii_case(name)) {
            columns.entry(column).or_insert(i);
        }
    }
    for column in CSV_REQUIRED_COLUMNS {
        if !columns.contains_key(column) {
            errors.push(DataError::new(
                "row 1",
                ErrorKind::MissingColumn {
                    column: column.into(),
                },
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut timeline = Timeline::default();
    for (index, record) in records.enumerate() {
        let number = index + 2;
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                errors.push(DataError::new(
                    format!("row {number}"),
                    ErrorKind::Syntax {
                        detail: error.to_string(),
                    },
                ));
                continue;
            }
        };
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let row = CsvRow {
            number,
            record: &record,
            columns: &columns,
        };
        let kind = row.get("Type").to_lowercase();
        if kind == "title" && timeline.title.is_none() {
            timeline.title = Some(TitleSlide {
                headline: row.get("Headline").into(),
                text: row.get("Text").into(),
            });
        } else if kind == "era" {
            let start = row.date("Year", "Month", "Day");
            let end = row.date("End Year", "End Month", "End Day");
            match (start, end) {
                (Ok(start), Ok(end)) => timeline.eras.push(EraSlide {
                    headline: row.get("Headline").into(),
                    start,
                    end,
                    end_path: row.path("End Year"),
                }),
                (start, end) => errors.extend(start.err().into_iter().chain(end.err())),
            }
        } else {
            // As in TimelineJS, a second title row is shown as an event.
            require_headline(row.get("Headline"), &row.path("Headline"), &mut errors);
            match row.date("Year", "Month", "Day") {
                Ok(date) => timeline.events.push(EventSlide {
                    headline: row.get("Headline").into(),
                    headline_path: row.path("Headline"),
                    text: row.get("Text").into(),
                    date,
                    media_url: row.get("Media").into(),
                    media_caption: row.get("Media Caption").into(),
                    media_credit: row.get("Media Credit").into(),
                    group: row.get("Group").into(),
                    unique_id: String::new(),
                }),
                Err(error) => errors.push(error),
            }
        }
    }
    if timeline.events.is_empty() && errors.is_empty() {
        errors.push(DataError::new(
            "row 2",
            ErrorKind::WrongType {
                detail: "expected at least one event row, found none".into(),
            },
        ));
    }
    if errors.is_empty() {
        Ok(timeline)
    } else {
        Err(errors)
    }
}

// ---------------------------------------------------------------------------
// Conversion.

/// Converts a timeline read from either format, and validates the result.
fn build_dataset(timeline: Timeline) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();

    let title_text = timeline
        .title
        .as_ref()
        .map(|t| one_line(&html_to_text(&t.headline).text))
        .unwrap_or_default();
    let title = if title_text.is_empty() {
        Localized {
            zh: UNTITLED_ZH.into(),
            en: UNTITLED_EN.into(),
        }
    } else {
        same(&title_text)
    };
    let subtitle_text = timeline
        .title
        .as_ref()
        .map(|t| one_line(&html_to_text(&t.text).text))
        .unwrap_or_default();
    let subtitle = if subtitle_text.is_empty() {
        title.clone()
    } else {
        same(&subtitle_text)
    };

    let (reasons, reason_of_group) = group_reasons(&timeline.events);

    let mut people: Vec<Person> = Vec::new();
    let mut person_of_name: HashMap<String, String> = HashMap::new();
    let mut person_ids = HashSet::new();
    let mut event_ids = HashSet::new();
    let mut events = Vec::new();
    for slide in &timeline.events {
        let headline = html_to_text(&slide.headline);
        let name = one_line(&headline.text);
        if name.is_empty() {
            errors.push(DataError::new(
                slide.headline_path.clone(),
                ErrorKind::MissingField {
                    field: "headline".into(),
                },
            ));
            continue;
        }
        let person = match person_of_name.get(&name) {
            Some(id) => id.clone(),
            None => {
                let base = slug(&name).unwrap_or_else(|| format!("person-{}", people.len() + 1));
                let id = unique(base, &mut person_ids);
                people.push(Person {
                    id: id.clone(),
                    name: same(&name),
                    cofounder: false,
                    roles: Vec::new(),
                });
                person_of_name.insert(name.clone(), id.clone());
                id
            }
        };

        let text = html_to_text(&slide.text);
        let summary = text.text.trim();
        let summary = if summary.is_empty() { &name } else { summary };

        let mut sources = Vec::new();
        for link in headline.links.iter().chain(&text.links) {
            add_source(&mut sources, &link.url, host(&link.url), &link.text);
        }
        for url in bare_urls(&text.text) {
            add_source(&mut sources, &url, host(&url), "");
        }
        if is_http_url(&slide.media_url) {
            let credit = one_line(&html_to_text(&slide.media_credit).text);
            let caption = one_line(&html_to_text(&slide.media_caption).text);
            let publisher = if credit.is_empty() {
                host(&slide.media_url)
            } else {
                credit
            };
            add_source(&mut sources, &slide.media_url, publisher, &caption);
        }

        let base = slug(&slide.unique_id).unwrap_or_else(|| format!("{person}-{}", slide.date));
        let reason = reason_of_group
            .get(&group_label(&slide.group))
            .map_or(UNKNOWN_REASON_ID, String::as_str);
        events.push(Event {
            id: unique(base, &mut event_ids),
            date: slide.date,
            person,
            kind: EventKind::Departure,
            reasons: vec![reason.to_string()],
            to: None,
            summary: same(summary),
            quote: None,
            sources,
            verification: Verification::Unconfirmed,
            verification_note: Some(Localized {
                zh: VERIFICATION_NOTE_ZH.into(),
                en: VERIFICATION_NOTE_EN.into(),
            }),
            era: None,
        });
    }

    for era in &timeline.eras {
        if era.end < era.start {
            errors.push(DataError::new(
                era.end_path.clone(),
                ErrorKind::EndBeforeStart {
                    start: era.start.to_string(),
                    end: era.end.to_string(),
                },
            ));
        }
    }
    let mut era_ids = HashSet::new();
    let eras: Vec<Era> = timeline
        .eras
        .iter()
        .enumerate()
        .map(|(i, era)| {
            let label_text = one_line(&html_to_text(&era.headline).text);
            let label = if label_text.is_empty() {
                Localized {
                    zh: format!("时期 {}", i + 1),
                    en: format!("Era {}", i + 1),
                }
            } else {
                same(&label_text)
            };
            let base = slug(&label_text).unwrap_or_else(|| format!("era-{}", i + 1));
            Era {
                id: unique(base, &mut era_ids),
                label,
                start: era.start,
                end: era.end,
            }
        })
        .collect();

    let Some(as_of) = events.iter().map(|e| e.date).max() else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }

    let dataset = Dataset {
        schema_version: SCHEMA_VERSION,
        id: DATASET_ID.into(),
        organization: ORGANIZATION_ID.into(),
        organizations: vec![Organization {
            id: ORGANIZATION_ID.into(),
            name: title.clone(),
            founded: None,
            description: None,
            url: None,
        }],
        title,
        subtitle,
        as_of,
        reasons,
        people,
        events,
        eras,
        credit: None,
    };
    let known = KnownIds {
        reasons: dataset.reasons.iter().map(|r| r.id.clone()).collect(),
        organizations: dataset.organizations.iter().map(|o| o.id.clone()).collect(),
        people: dataset.people.iter().map(|p| p.id.clone()).collect(),
        events: dataset.events.iter().map(|e| e.id.clone()).collect(),
        eras: dataset.eras.iter().map(|e| e.id.clone()).collect(),
    };
    let errors = validate(&dataset, &known);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// The reasons for the events' groups, and the reason id of each group label.
fn group_reasons(events: &[EventSlide]) -> (Vec<Reason>, HashMap<String, String>) {
    let mut labels: Vec<String> = Vec::new();
    for slide in events {
        let label = group_label(&slide.group);
        if !label.is_empty() && !labels.contains(&label) {
            labels.push(label);
        }
    }
    let symbols: Vec<Symbol> = Symbol::ALL
        .into_iter()
        .filter(|&s| s != UNKNOWN_SYMBOL)
        .collect();
    let own = if labels.len() <= GROUP_COLORS.len() {
        labels.len()
    } else {
        GROUP_COLORS.len() - 1
    };
    let mut taken: HashSet<String> = [UNKNOWN_REASON_ID, OTHER_GROUPS_REASON_ID]
        .into_iter()
        .map(String::from)
        .collect();
    let mut reasons = Vec::new();
    let mut reason_of_group = HashMap::new();
    for (i, label) in labels.iter().enumerate() {
        if i < own {
            let base = slug(label).unwrap_or_else(|| format!("group-{}", i + 1));
            let id = unique(base, &mut taken);
            reasons.push(Reason {
                id: id.clone(),
                label: same(label),
                color: GROUP_COLORS[i].into(),
                symbol: symbols[i],
            });
            reason_of_group.insert(label.clone(), id);
        } else {
            reason_of_group.insert(label.clone(), OTHER_GROUPS_REASON_ID.into());
        }
    }
    if own < labels.len() {
        reasons.push(Reason {
            id: OTHER_GROUPS_REASON_ID.into(),
            label: Localized {
                zh: "其他分组".into(),
                en: "Other groups".into(),
            },
            color: GROUP_COLORS[own].into(),
            symbol: symbols[own],
        });
    }
    reasons.push(Reason {
        id: UNKNOWN_REASON_ID.into(),
        label: Localized {
            zh: "原因不明".into(),
            en: "Unknown".into(),
        },
        color: UNKNOWN_COLOR.into(),
        symbol: UNKNOWN_SYMBOL,
    });
    (reasons, reason_of_group)
}

/// A group as plain, one-line text (empty for no group).
fn group_label(group: &str) -> String {
    one_line(&html_to_text(group).text)
}

/// Adds a source unless its address is already listed.
fn add_source(sources: &mut Vec<Source>, url: &str, publisher: String, title: &str) {
    if sources.iter().any(|s| s.url == url) {
        return;
    }
    let title = title.trim();
    sources.push(Source {
        url: url.to_string(),
        publisher,
        title: (!title.is_empty() && title != url).then(|| title.to_string()),
        date: None,
    });
}

/// The host name of an `http(s)` address, without `www.`: the publisher when
/// nothing better is known.
fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    match host.strip_prefix("www.") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => host,
    }
}

/// Bare `http(s)://` addresses in plain text, which TimelineJS makes into
/// links by default ("autolink").
fn bare_urls(text: &str) -> Vec<String> {
    const STOPS: &[char] = &[
        '<', '>', '"', '\'', '“', '”', '‘', '’', '「', '」', '（', '）', '，', '。', '、', '；',
    ];
    let mut urls = Vec::new();
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = ["http://", "https://"]
        .iter()
        .filter_map(|scheme| lower[from..].find(scheme))
        .min()
    {
        let start = from + at;
        let rest = &text[start..];
        let end = rest
            .find(|c: char| c.is_whitespace() || STOPS.contains(&c))
            .unwrap_or(rest.len());
        let mut url = &rest[..end];
        loop {
            let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', ']', '}']);
            let unbalanced = trimmed.ends_with(')')
                && trimmed.matches(')').count() > trimmed.matches('(').count();
            let trimmed = if unbalanced {
                &trimmed[..trimmed.len() - 1]
            } else {
                trimmed
            };
            if trimmed.len() == url.len() {
                break;
            }
            url = trimmed;
        }
        if is_http_url(url) {
            urls.push(url.to_string());
        }
        from = start + end.max(1);
    }
    urls
}

/// The same text in both languages (TimelineJS text has one language).
fn same(text: &str) -> Localized {
    Localized {
        zh: text.to_string(),
        en: text.to_string(),
    }
}

/// Text on one line, whitespace collapsed.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An id from text: its ASCII words in lowercase joined by hyphens, at most
/// [`MAX_SLUG_LEN`] bytes (cut between words). `None` if the text has no ASCII
/// word or has letters or digits outside ASCII (nothing is transliterated).
fn slug(text: &str) -> Option<String> {
    if text
        .chars()
        .any(|c| c.is_alphanumeric() && !c.is_ascii_alphanumeric())
    {
        return None;
    }
    let mut id = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !id.is_empty() && id.len() + 1 + word.len() > MAX_SLUG_LEN {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(&word.to_ascii_lowercase());
    }
    (!id.is_empty()).then_some(id)
}

/// `base`, or `base-2`, `base-3`, … whichever is not yet taken; marks it taken.
fn unique(base: String, taken: &mut HashSet<String>) -> String {
    if taken.insert(base.clone()) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| taken.insert(candidate.clone()))
        .expect("an unused suffix exists")
}

#[cfg(test)]
mod tests {
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
        let mut taken = HashSet::new();
        assert_eq!(unique("a".into(), &mut taken), "a");
        assert_eq!(unique("a".into(), &mut taken), "a-2");
        assert_eq!(unique("a".into(), &mut taken), "a-3");
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
