//! The Departures spreadsheet form: three CSV sheets → a validated [`Dataset`].
//!
//! For data journalists who do not write JSON. Each sheet is exported as CSV
//! from any spreadsheet program (templates in `data/templates/`, the form is
//! documented column by column in `docs/spreadsheet.md`):
//!
//! - `dataset.csv`: rows `field,en,zh` for `id`, `title`, `subtitle`, `as_of`,
//!   `organization`, `organization_name`, `credit`, and eras (`era.<id>`,
//!   `era.<id>.start`, `era.<id>.end`);
//! - `people.csv`: one row per role; rows repeating an id add roles to that person;
//! - `events.csv`: one row per event; destination organisations come from its
//!   `to` and `to_name_*` columns.
//!
//! Every problem becomes a [`DataError`] whose path names the sheet, the row as
//! the spreadsheet shows it (the header is row 1) and the column, e.g.
//! `events.csv row 5, column date`. All problems are collected, not just the
//! first. The assembled data set then goes through the same [`validate`] as
//! JSON, and the JSON paths of its errors are translated back to sheet
//! positions.

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;

use crate::core::date::{DateError, PartialDate};
use crate::core::i18n::Lang;
use crate::core::model::{
    Dataset, Era, Event, EventKind, Localized, MaybeLocalized, Organization, Person, Quote, Reason,
    Role, Source, Symbol, Verification, SCHEMA_VERSION,
};
use crate::core::parse::validate::{validate, KnownIds};
use crate::core::parse::{DataError, ErrorKind};

/// Name of the sheet with the data set's own fields, as used in error paths.
pub const DATASET_SHEET: &str = "dataset.csv";
/// Name of the sheet of people and their roles, as used in error paths.
pub const PEOPLE_SHEET: &str = "people.csv";
/// Name of the sheet of events, as used in error paths.
pub const EVENTS_SHEET: &str = "events.csv";

/// Columns of `dataset.csv`; all are required.
pub const DATASET_COLUMNS: [&str; 3] = ["field", "en", "zh"];

/// Columns of `people.csv`, in template order. `org` is optional (empty means
/// the main organisation).
pub const PEOPLE_COLUMNS: [&str; 11] = [
    "id",
    "name_en",
    "name_zh",
    "cofounder",
    "title_en",
    "title_zh",
    "team",
    "reports_to",
    "start",
    "end",
    "org",
];

/// Columns `people.csv` must have; the others may be left out.
pub const PEOPLE_REQUIRED_COLUMNS: [&str; 3] = ["id", "name_en", "name_zh"];

/// Columns of `events.csv`, in template order.
pub const EVENTS_COLUMNS: [&str; 20] = [
    "id",
    "date",
    "person",
    "kind",
    "reasons",
    "to",
    "to_name_en",
    "to_name_zh",
    "summary_en",
    "summary_zh",
    "quote",
    "quote_lang",
    "quote_translation_en",
    "quote_translation_zh",
    "source_urls",
    "source_publishers",
    "verification",
    "note_en",
    "note_zh",
    "era",
];

/// Columns `events.csv` must have; the others may be left out.
pub const EVENTS_REQUIRED_COLUMNS: [&str; 10] = [
    "id",
    "date",
    "person",
    "kind",
    "reasons",
    "summary_en",
    "summary_zh",
    "source_urls",
    "source_publishers",
    "verification",
];

/// Separates several values in one cell: reasons, source URLs, publishers.
pub const LIST_SEPARATOR: char = ';';

/// The `field` values `dataset.csv` must have.
const REQUIRED_DATASET_FIELDS: [&str; 6] = [
    "id",
    "title",
    "subtitle",
    "as_of",
    "organization",
    "organization_name",
];

/// The `cofounder` values accepted, for the error hint.
const COFOUNDER_VALUES: &str = "yes, no, true, false, 1, 0, 是, 否 (or empty)";

/// The standard set of eight departure reasons every spreadsheet data set gets:
/// ids, bilingual labels, colours and symbols exactly as in `data/openai.json`.
pub fn standard_reasons() -> Vec<Reason> {
    let reason = |id: &str, en: &str, zh: &str, color: &str, symbol: Symbol| Reason {
        id: id.into(),
        label: Localized {
            zh: zh.into(),
            en: en.into(),
        },
        color: color.into(),
        symbol,
    };
    vec![
        reason(
            "safety",
            "Safety & alignment",
            "安全与对齐",
            "#D55E00",
            Symbol::Triangle,
        ),
        reason(
            "governance",
            "Governance & board",
            "治理与董事会",
            "#0072B2",
            Symbol::Square,
        ),
        reason(
            "entrepreneurship",
            "Founded a company",
            "创业",
            "#009E73",
            Symbol::Star,
        ),
        reason(
            "competitor",
            "Joined a rival",
            "加入对手",
            "#E69F00",
            Symbol::Diamond,
        ),
        reason("dismissal", "Dismissal", "被解雇", "#CC79A7", Symbol::Cross),
        reason(
            "sabbatical",
            "Sabbatical & personal",
            "休假与个人原因",
            "#56B4E9",
            Symbol::Circle,
        ),
        reason(
            "reassignment",
            "Reassignment",
            "调岗",
            "#F0E442",
            Symbol::Hexagon,
        ),
        reason("unknown", "Unknown", "原因不明", "#8C8C8C", Symbol::Plus),
    ]
}

/// Converts the three sheets (CSV text) into a validated data set, or every
/// problem found in them, each with its sheet, row and column.
pub fn from_sheets(
    dataset_csv: &str,
    people_csv: &str,
    events_csv: &str,
) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();
    let dataset_rows = read_sheet(
        DATASET_SHEET,
        dataset_csv,
        &DATASET_COLUMNS,
        &DATASET_COLUMNS,
        &mut errors,
    );
    let people_rows = read_sheet(
        PEOPLE_SHEET,
        people_csv,
        &PEOPLE_COLUMNS,
        &PEOPLE_REQUIRED_COLUMNS,
        &mut errors,
    );
    let event_rows = read_sheet(
        EVENTS_SHEET,
        events_csv,
        &EVENTS_COLUMNS,
        &EVENTS_REQUIRED_COLUMNS,
        &mut errors,
    );

    let mut origins = Origins::default();
    let header = read_dataset_sheet(&dataset_rows, &mut origins, &mut errors);
    let mut organizations = vec![header.organization.clone()];
    origins.organizations.push(OrgOrigin::DatasetSheet);
    read_destinations(
        &event_rows,
        &header.organization.id,
        &mut organizations,
        &mut origins,
        &mut errors,
    );
    let people = read_people(
        &people_rows,
        &header.organization.id,
        &mut origins,
        &mut errors,
    );
    let events = read_events(&event_rows, &mut origins, &mut errors);

    let dataset = Dataset {
        schema_version: SCHEMA_VERSION,
        id: header.id,
        title: header.title,
        subtitle: header.subtitle,
        as_of: header.as_of,
        organization: header.organization.id,
        reasons: standard_reasons(),
        organizations,
        people,
        events,
        eras: header.eras,
        credit: header.credit,
    };
    let ids = |items: Vec<&String>| items.into_iter().cloned().collect::<Vec<_>>();
    let known = KnownIds {
        reasons: ids(dataset.reasons.iter().map(|r| &r.id).collect()),
        organizations: ids(dataset.organizations.iter().map(|o| &o.id).collect()),
        people: ids(dataset.people.iter().map(|p| &p.id).collect()),
        events: ids(dataset.events.iter().map(|e| &e.id).collect()),
        eras: ids(dataset.eras.iter().map(|e| &e.id).collect()),
    };

    // A cell that already has an error was filled with a placeholder; whatever
    // validation says about that same cell follows from the first error.
    let reported: HashSet<String> = errors.iter().map(|e| e.path.clone()).collect();
    for error in validate(&dataset, &known) {
        let path = origins.locate(&error.path);
        if !reported.contains(&path) {
            errors.push(DataError::new(path, error.kind));
        }
    }
    drop_cells_of_missing_columns(&mut errors);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// A missing column is reported once, at the header; drops the errors it
/// causes in every row (each cell of that column reads as empty).
fn drop_cells_of_missing_columns(errors: &mut Vec<DataError>) {
    let missing: Vec<(String, String)> = errors
        .iter()
        .filter_map(|error| match &error.kind {
            ErrorKind::MissingColumn { column } => {
                let sheet = error.path.split(' ').next().unwrap_or_default();
                Some((format!("{sheet} row "), format!(", column {column}")))
            }
            _ => None,
        })
        .collect();
    errors.retain(|error| {
        !missing
            .iter()
            .any(|(sheet, column)| error.path.starts_with(sheet) && error.path.ends_with(column))
    });
}

// ---------------------------------------------------------------------------
// Reading a sheet

/// One data row of a sheet, its cells keyed by canonical column name.
struct Row {
    /// The sheet's name, for error paths.
    sheet: &'static str,
    /// The row number as a spreadsheet shows it (header = 1).
    number: usize,
    /// Trimmed cell text by column; absent columns read as empty.
    cells: HashMap<&'static str, String>,
}

impl Row {
    /// The trimmed text in `column`, empty if the cell or the column is absent.
    fn get(&self, column: &str) -> &str {
        self.cells.get(column).map_or("", String::as_str)
    }

    /// The text in `column`, or `None` if it is empty.
    fn optional(&self, column: &str) -> Option<String> {
        let text = self.get(column);
        (!text.is_empty()).then(|| text.to_string())
    }

    /// The error path of the cell in `column`.
    fn path(&self, column: &str) -> String {
        cell_path(self.sheet, self.number, column)
    }

    /// The text in `column`; if empty, records a missing field and returns `None`.
    fn required(&self, column: &str, errors: &mut Vec<DataError>) -> Option<String> {
        let text = self.optional(column);
        if text.is_none() {
            errors.push(DataError::new(
                self.path(column),
                ErrorKind::MissingField {
                    field: column.into(),
                },
            ));
        }
        text
    }

    /// The date in `column`, if the cell is filled and holds a real date; a
    /// filled cell that does not is recorded as an error.
    fn date(&self, column: &str, errors: &mut Vec<DataError>) -> Option<PartialDate> {
        let text = self.optional(column)?;
        parse_date(&text, self.path(column), errors)
    }

    /// Both languages of a bilingual text, from `<prefix>_en` and `<prefix>_zh`.
    fn localized(&self, prefix: &str) -> Localized {
        Localized {
            zh: self.get(&format!("{prefix}_zh")).to_string(),
            en: self.get(&format!("{prefix}_en")).to_string(),
        }
    }

    /// A value of a kebab-case enum such as [`EventKind`], read case-insensitively;
    /// empty cells and values outside the set are recorded as errors.
    fn variant<T: DeserializeOwned>(&self, column: &str, errors: &mut Vec<DataError>) -> Option<T> {
        let text = self.required(column, errors)?;
        let value = serde_json::Value::String(text.to_lowercase());
        match serde_json::from_value::<T>(value) {
            Ok(parsed) => Some(parsed),
            Err(error) => {
                let message = error.to_string();
                let allowed = message
                    .split_once("expected ")
                    .map(|(_, list)| list.replace('`', "").replace("one of ", ""))
                    .unwrap_or_default();
                errors.push(DataError::new(
                    self.path(column),
                    ErrorKind::UnknownVariant {
                        value: text,
                        allowed,
                    },
                ));
                None
            }
        }
    }
}

/// `sheet row N, column C`.
fn cell_path(sheet: &str, row: usize, column: &str) -> String {
    format!("{sheet} row {row}, column {column}")
}

/// `sheet row N`, for problems with a whole row.
fn row_path(sheet: &str, row: usize) -> String {
    format!("{sheet} row {row}")
}

/// Parses a date, recording a typed error at `path` if it is not one.
fn parse_date(text: &str, path: String, errors: &mut Vec<DataError>) -> Option<PartialDate> {
    match PartialDate::parse(text) {
        Ok(date) => Some(date),
        Err(error) => {
            let value = text.to_string();
            let kind = match error {
                DateError::Format => ErrorKind::DateFormat { value },
                DateError::Impossible => ErrorKind::ImpossibleDate { value },
            };
            errors.push(DataError::new(path, kind));
            None
        }
    }
}

/// What a header cell names.
#[derive(Clone, Copy)]
enum Header {
    /// One of the sheet's columns.
    Known(&'static str),
    /// A column already reported as unknown or repeated; its cells are ignored.
    Rejected,
    /// No header text.
    Blank,
}

/// The field delimiter of a sheet: a comma, unless the header line has none
/// and has tabs (pasted from a spreadsheet) or semicolons (exports in locales
/// that write decimal commas).
fn delimiter(text: &str) -> u8 {
    let first_line = text.lines().next().unwrap_or("");
    if first_line.contains(',') {
        b','
    } else if first_line.contains('\t') {
        b'\t'
    } else if first_line.contains(';') {
        b';'
    } else {
        b','
    }
}

/// Reads one sheet: checks its header against `columns` (matched
/// case-insensitively, in any order; `required` must be present) and returns
/// its non-blank data rows.
fn read_sheet(
    sheet: &'static str,
    text: &str,
    columns: &[&'static str],
    required: &[&'static str],
    errors: &mut Vec<DataError>,
) -> Vec<Row> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter(text))
        .from_reader(text.as_bytes());
    let mut header: Option<Vec<Header>> = None;
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let number = index + 1;
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                errors.push(DataError::new(
                    row_path(sheet, number),
                    ErrorKind::Syntax {
                        detail: error.to_string(),
                    },
                ));
                continue;
            }
        };
        let Some(header) = &header else {
            header = Some(read_header(sheet, &record, columns, required, errors));
            continue;
        };
        let cells: Vec<&str> = record.iter().map(str::trim).collect();
        if cells.iter().all(|cell| cell.is_empty()) {
            continue;
        }
        let mut row = Row {
            sheet,
            number,
            cells: HashMap::new(),
        };
        for (position, cell) in cells.into_iter().enumerate() {
            match header.get(position) {
                Some(Header::Known(column)) => {
                    row.cells.insert(column, cell.to_string());
                }
                Some(Header::Rejected) => {}
                Some(Header::Blank) | None if !cell.is_empty() => errors.push(DataError::new(
                    row_path(sheet, number),
                    ErrorKind::Syntax {
                        detail: format!(
                            "cell {} holds \"{cell}\" but its column has no header",
                            position + 1
                        ),
                    },
                )),
                Some(Header::Blank) | None => {}
            }
        }
        rows.push(row);
    }
    if header.is_none() {
        for column in required {
            errors.push(DataError::new(
                row_path(sheet, 1),
                ErrorKind::MissingColumn {
                    column: (*column).into(),
                },
            ));
        }
    }
    rows
}

/// Matches the header row against the sheet's columns, reporting unknown,
/// repeated and missing columns.
fn read_header(
    sheet: &'static str,
    record: &csv::StringRecord,
    columns: &[&'static str],
    required: &[&'static str],
    errors: &mut Vec<DataError>,
) -> Vec<Header> {
    let mut seen: HashSet<&'static str> = HashSet::new();
    let mut header = Vec::with_capacity(record.len());
    for raw in record.iter() {
        let name = raw.trim();
        if name.is_empty() {
            header.push(Header::Blank);
            continue;
        }
        let lower = name.to_lowercase();
        let path = cell_path(sheet, 1, name);
        match columns.iter().find(|column| **column == lower) {
            Some(column) if !seen.insert(column) => {
                errors.push(DataError::new(
                    path,
                    ErrorKind::DuplicateId {
                        id: (*column).into(),
                    },
                ));
                header.push(Header::Rejected);
            }
            Some(column) => header.push(Header::Known(column)),
            None => {
                errors.push(DataError::new(
                    path,
                    ErrorKind::UnknownField { field: name.into() },
                ));
                header.push(Header::Rejected);
            }
        }
    }
    for column in required {
        if !seen.contains(column) {
            errors.push(DataError::new(
                row_path(sheet, 1),
                ErrorKind::MissingColumn {
                    column: (*column).into(),
                },
            ));
        }
    }
    header
}

/// Splits a cell holding several values separated by [`LIST_SEPARATOR`],
/// dropping empty ones.
fn split_list(text: &str) -> Vec<String> {
    text.split(LIST_SEPARATOR)
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(str::to_string)
        .collect()
}

// ---------------------------------------------------------------------------
// dataset.csv

/// The data set's own fields, with placeholders where a field is in error
/// (the error is recorded, so the placeholder never reaches a caller).
struct DatasetSheet {
    id: String,
    title: Localized,
    subtitle: Localized,
    as_of: PartialDate,
    organization: Organization,
    credit: Option<Localized>,
    eras: Vec<Era>,
}

/// Which part of an era a `dataset.csv` row gives.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EraPart {
    Label,
    Start,
    End,
}

/// Splits `era.<id>`, `era.<id>.start` or `era.<id>.end` (prefix and suffix in
/// any case) into the id and the part.
fn era_field(field: &str) -> Option<(&str, EraPart)> {
    let prefix = field.get(..4)?;
    if !prefix.eq_ignore_ascii_case("era.") {
        return None;
    }
    let rest = &field[4..];
    let (id, part) = match rest.rsplit_once('.') {
        Some((id, suffix)) if suffix.eq_ignore_ascii_case("start") => (id, EraPart::Start),
        Some((id, suffix)) if suffix.eq_ignore_ascii_case("end") => (id, EraPart::End),
        _ => (rest, EraPart::Label),
    };
    (!id.is_empty()).then_some((id, part))
}

/// The canonical key of an era field, as stored in [`Origins::dataset_rows`].
fn era_key(id: &str, part: EraPart) -> String {
    match part {
        EraPart::Label => format!("era.{id}"),
        EraPart::Start => format!("era.{id}.start"),
        EraPart::End => format!("era.{id}.end"),
    }
}

fn read_dataset_sheet(
    rows: &[Row],
    origins: &mut Origins,
    errors: &mut Vec<DataError>,
) -> DatasetSheet {
    const SINGLE_FIELDS: [&str; 7] = [
        "id",
        "title",
        "subtitle",
        "as_of",
        "organization",
        "organization_name",
        "credit",
    ];
    let mut fields: HashMap<String, &Row> = HashMap::new();
    let mut era_ids: Vec<String> = Vec::new();
    for row in rows {
        let Some(raw) = row.required("field", errors) else {
            continue;
        };
        let key = if let Some((id, part)) = era_field(&raw) {
            if !era_ids.iter().any(|known| known == id) {
                era_ids.push(id.to_string());
            }
            era_key(id, part)
        } else {
            let lower = raw.to_lowercase();
            if !SINGLE_FIELDS.contains(&lower.as_str()) {
                errors.push(DataError::new(
                    row.path("field"),
                    ErrorKind::UnknownField { field: raw },
                ));
                continue;
            }
            lower
        };
        if fields.contains_key(&key) {
            errors.push(DataError::new(
                row.path("field"),
                ErrorKind::DuplicateId { id: raw },
            ));
            continue;
        }
        origins.dataset_rows.insert(key.clone(), row.number);
        fields.insert(key, row);
    }
    for field in REQUIRED_DATASET_FIELDS {
        if !fields.contains_key(field) {
            errors.push(DataError::new(
                DATASET_SHEET,
                ErrorKind::MissingField {
                    field: field.into(),
                },
            ));
        }
    }

    // A one-value field: the `en` cell of its row.
    let single = |field: &str, errors: &mut Vec<DataError>| -> Option<String> {
        let row = fields.get(field)?;
        let text = row.optional("en");
        if text.is_none() {
            errors.push(DataError::new(
                row.path("en"),
                ErrorKind::MissingField {
                    field: field.into(),
                },
            ));
        }
        text
    };
    let date = |field: &str, errors: &mut Vec<DataError>| -> Option<PartialDate> {
        let text = single(field, errors)?;
        parse_date(&text, fields[field].path("en"), errors)
    };
    let localized = |field: &str| -> Option<Localized> {
        fields.get(field).map(|row| Localized {
            zh: row.get("zh").to_string(),
            en: row.get("en").to_string(),
        })
    };
    let blank = || Localized {
        zh: String::new(),
        en: String::new(),
    };
    let placeholder_date = || PartialDate::from_year(1).expect("year 1 is a date");

    let id = single("id", errors).unwrap_or_default();
    let as_of = date("as_of", errors).unwrap_or_else(placeholder_date);
    let organization = Organization {
        id: single("organization", errors).unwrap_or_else(|| "(organization)".into()),
        name: localized("organization_name").unwrap_or_else(blank),
        founded: None,
        description: None,
        url: None,
    };
    let credit = localized("credit").filter(|c| !(c.en.is_empty() && c.zh.is_empty()));

    let mut eras = Vec::new();
    for id in era_ids {
        let mut era_origin = EraOrigin::default();
        let mut part_date = |part: EraPart, errors: &mut Vec<DataError>| {
            let key = era_key(&id, part);
            let Some(row) = fields.get(&key) else {
                errors.push(DataError::new(
                    DATASET_SHEET,
                    ErrorKind::MissingField { field: key },
                ));
                return None;
            };
            match part {
                EraPart::Start => era_origin.start = Some(row.number),
                _ => era_origin.end = Some(row.number),
            }
            let text = row.required("en", errors)?;
            parse_date(&text, row.path("en"), errors)
        };
        let start = part_date(EraPart::Start, errors);
        let end = part_date(EraPart::End, errors);
        let label_key = era_key(&id, EraPart::Label);
        let label = localized(&label_key).unwrap_or_else(|| {
            errors.push(DataError::new(
                DATASET_SHEET,
                ErrorKind::MissingField { field: label_key },
            ));
            blank()
        });
        era_origin.label = fields.get(&era_key(&id, EraPart::Label)).map(|r| r.number);
        let start_or_end = start.or(end).unwrap_or_else(placeholder_date);
        eras.push(Era {
            id,
            label,
            start: start_or_end,
            end: end.unwrap_or(start_or_end),
        });
        origins.eras.push(era_origin);
    }

    DatasetSheet {
        id,
        title: localized("title").unwrap_or_else(blank),
        subtitle: localized("subtitle").unwrap_or_else(blank),
        as_of,
        organization,
        credit,
        eras,
    }
}

// ---------------------------------------------------------------------------
// Destinations, people and events

/// Adds every destination named in `events.csv` (`to` + `to_name_*`) to
/// `organizations`, once per id; the first row naming it wins, later rows may
/// leave the names empty.
fn read_destinations(
    rows: &[Row],
    main_organization: &str,
    organizations: &mut Vec<Organization>,
    origins: &mut Origins,
    errors: &mut Vec<DataError>,
) {
    for row in rows {
        let names = row.localized("to_name");
        let Some(id) = row.optional("to") else {
            if !(names.en.is_empty() && names.zh.is_empty()) {
                errors.push(DataError::new(
                    row.path("to"),
                    ErrorKind::MissingField { field: "to".into() },
                ));
            }
            continue;
        };
        if id == main_organization {
            continue;
        }
        match organizations.iter_mut().find(|o| o.id == id) {
            Some(known) => {
                if known.name.en.is_empty() {
                    known.name.en = names.en;
                }
                if known.name.zh.is_empty() {
                    known.name.zh = names.zh;
                }
            }
            None => {
                organizations.push(Organization {
                    id,
                    name: names,
                    founded: None,
                    description: None,
                    url: None,
                });
                origins
                    .organizations
                    .push(OrgOrigin::EventsSheet(row.number));
            }
        }
    }
}

/// Reads `cofounder`: yes/no, true/false, 1/0, 是/否 in any case, or empty.
fn parse_cofounder(text: &str) -> Result<Option<bool>, ()> {
    match text.trim().to_lowercase().as_str() {
        "" => Ok(None),
        "yes" | "y" | "true" | "1" | "是" => Ok(Some(true)),
        "no" | "n" | "false" | "0" | "否" => Ok(Some(false)),
        _ => Err(()),
    }
}

fn read_people(
    rows: &[Row],
    main_organization: &str,
    origins: &mut Origins,
    errors: &mut Vec<DataError>,
) -> Vec<Person> {
    const ROLE_COLUMNS: [&str; 7] = [
        "title_en",
        "title_zh",
        "team",
        "reports_to",
        "start",
        "end",
        "org",
    ];
    let mut people: Vec<Person> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for row in rows {
        let Some(id) = row.required("id", errors) else {
            continue;
        };
        let cofounder = match parse_cofounder(row.get("cofounder")) {
            Ok(value) => value,
            Err(()) => {
                errors.push(DataError::new(
                    row.path("cofounder"),
                    ErrorKind::UnknownVariant {
                        value: row.get("cofounder").into(),
                        allowed: COFOUNDER_VALUES.into(),
                    },
                ));
                None
            }
        };
        let names = row.localized("name");
        let p = match index.get(&id) {
            Some(&p) => {
                let person = &mut people[p];
                for (column, given, known) in [
                    ("name_en", names.en, &mut person.name.en),
                    ("name_zh", names.zh, &mut person.name.zh),
                ] {
                    if given.is_empty() {
                        continue;
                    }
                    if known.is_empty() {
                        *known = given;
                    } else if *known != given {
                        // Same id, another name: two people share an id.
                        errors.push(DataError::new(
                            row.path(column),
                            ErrorKind::DuplicateId { id: id.clone() },
                        ));
                    }
                }
                p
            }
            None => {
                index.insert(id.clone(), people.len());
                people.push(Person {
                    id,
                    name: names,
                    cofounder: false,
                    roles: Vec::new(),
                });
                origins.people.push(row.number);
                origins.roles.push(Vec::new());
                people.len() - 1
            }
        };
        if cofounder == Some(true) {
            people[p].cofounder = true;
        }
        if ROLE_COLUMNS.iter().all(|column| row.get(column).is_empty()) {
            continue;
        }
        people[p].roles.push(Role {
            org: row
                .optional("org")
                .unwrap_or_else(|| main_organization.to_string()),
            title: row.localized("title"),
            team: row.optional("team"),
            reports_to: row.optional("reports_to"),
            start: row.date("start", errors),
            end: row.date("end", errors),
        });
        origins.roles[p].push(row.number);
    }
    people
}

fn read_events(rows: &[Row], origins: &mut Origins, errors: &mut Vec<DataError>) -> Vec<Event> {
    let mut events = Vec::with_capacity(rows.len());
    for row in rows {
        let id = row
            .required("id", errors)
            .unwrap_or_else(|| format!("(row {})", row.number));
        let date = match row.required("date", errors) {
            Some(text) => parse_date(&text, row.path("date"), errors),
            None => None,
        };
        let person = row.required("person", errors).unwrap_or_default();
        let kind = row.variant::<EventKind>("kind", errors);
        let verification = row.variant::<Verification>("verification", errors);

        let urls = split_list(row.get("source_urls"));
        let publishers = split_list(row.get("source_publishers"));
        if publishers.len() < urls.len() {
            errors.push(DataError::new(
                row.path("source_publishers"),
                ErrorKind::MissingField {
                    field: "source_publishers".into(),
                },
            ));
        } else if urls.len() < publishers.len() {
            errors.push(DataError::new(
                row.path("source_urls"),
                ErrorKind::MissingField {
                    field: "source_urls".into(),
                },
            ));
        }
        let sources: Vec<Source> = urls
            .into_iter()
            .enumerate()
            .map(|(i, url)| Source {
                url,
                publisher: publishers.get(i).cloned().unwrap_or_default(),
                title: None,
                date: None,
            })
            .collect();

        let note = row.localized("note");
        let verification_note = (!(note.en.is_empty() && note.zh.is_empty())).then_some(note);
        // Where the value is in error, pick the one that adds no second error:
        // with sources, `confirmed` needs nothing more; without, every value
        // needs what `unconfirmed` needs (a note).
        let verification = verification.unwrap_or(if sources.is_empty() {
            Verification::Unconfirmed
        } else {
            Verification::Confirmed
        });

        events.push(Event {
            id,
            date: date.unwrap_or_else(|| PartialDate::from_year(1).expect("year 1 is a date")),
            person,
            kind: kind.unwrap_or(EventKind::Departure),
            reasons: split_list(row.get("reasons")),
            to: row.optional("to"),
            summary: row.localized("summary"),
            quote: read_quote(row, errors),
            sources,
            verification,
            verification_note,
            era: row.optional("era"),
        });
        origins.events.push(row.number);
    }
    events
}

/// The quote columns of an event row: none if all are empty.
fn read_quote(row: &Row, errors: &mut Vec<DataError>) -> Option<Quote> {
    let translation = MaybeLocalized {
        zh: row.optional("quote_translation_zh"),
        en: row.optional("quote_translation_en"),
    };
    let has_translation = translation.zh.is_some() || translation.en.is_some();
    let Some(text) = row.optional("quote") else {
        if has_translation || !row.get("quote_lang").is_empty() {
            errors.push(DataError::new(
                row.path("quote"),
                ErrorKind::MissingField {
                    field: "quote".into(),
                },
            ));
        }
        return None;
    };
    let lang = match row.required("quote_lang", errors) {
        Some(code) => Lang::from_code(&code).or_else(|| {
            errors.push(DataError::new(
                row.path("quote_lang"),
                ErrorKind::UnknownVariant {
                    value: code,
                    allowed: "zh, en".into(),
                },
            ));
            None
        }),
        None => None,
    };
    Some(Quote {
        text,
        lang: lang.unwrap_or(Lang::En),
        speaker: None,
        translation: has_translation.then_some(translation),
    })
}

// ---------------------------------------------------------------------------
// From JSON paths back to sheet positions

/// Where an organisation was defined.
#[derive(Clone, Copy, Debug)]
enum OrgOrigin {
    /// The main organisation: `organization` and `organization_name` in `dataset.csv`.
    DatasetSheet,
    /// A destination first named on this row of `events.csv`.
    EventsSheet(usize),
}

/// The `dataset.csv` rows defining one era.
#[derive(Clone, Copy, Debug, Default)]
struct EraOrigin {
    label: Option<usize>,
    start: Option<usize>,
    end: Option<usize>,
}

/// For each element of the assembled data set, the sheet row it came from, so
/// that a validation error's JSON path can name a sheet, row and column.
#[derive(Debug, Default)]
struct Origins {
    /// `dataset.csv` row per field key (`title`, `era.<id>.start`, …).
    dataset_rows: HashMap<String, usize>,
    /// Per organisation, in data set order.
    organizations: Vec<OrgOrigin>,
    /// First `people.csv` row per person.
    people: Vec<usize>,
    /// `people.csv` row per role, per person.
    roles: Vec<Vec<usize>>,
    /// `events.csv` row per event.
    events: Vec<usize>,
    /// Per era, in data set order.
    eras: Vec<EraOrigin>,
}

/// A piece of a JSON path: a field name or a list index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// Splits `events[3].sources[0].url` into its keys and indices.
fn segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let mut pieces = part.split('[');
        if let Some(key) = pieces.next().filter(|key| !key.is_empty()) {
            out.push(Segment::Key(key));
        }
        for piece in pieces {
            let inner = piece.trim_end_matches(']');
            match inner.parse() {
                Ok(index) => out.push(Segment::Index(index)),
                Err(_) => out.push(Segment::Key(inner)),
            }
        }
    }
    out
}

impl Origins {
    /// The sheet position of a JSON path from validation, or the path itself
    /// if it names nothing that came from a sheet.
    fn locate(&self, path: &str) -> String {
        self.locate_segments(&segments(path))
            .unwrap_or_else(|| path.to_string())
    }

    fn locate_segments(&self, path: &[Segment<'_>]) -> Option<String> {
        use Segment::{Index, Key};
        let position = |sheet: &str, row: usize, column: Option<String>| match column {
            Some(column) => cell_path(sheet, row, &column),
            None => row_path(sheet, row),
        };
        let dataset_cell = |field: &str, column: &str| match self.dataset_rows.get(field) {
            Some(&row) => cell_path(DATASET_SHEET, row, column),
            None => DATASET_SHEET.to_string(),
        };
        Some(match path {
            [Key("events"), Index(i), rest @ ..] => {
                let row = *self.events.get(*i)?;
                let column = match rest {
                    [] => None,
                    [Key("summary"), Key(lang)] => Some(format!("summary_{lang}")),
                    [Key("verification_note")] => Some("note_en".into()),
                    [Key("verification_note"), Key(lang)] => Some(format!("note_{lang}")),
                    [Key("sources"), ..] => Some("source_urls".into()),
                    [Key(field), ..] => Some((*field).to_string()),
                    [Index(_), ..] => None,
                };
                position(EVENTS_SHEET, row, column)
            }
            [Key("people"), Index(p), Key("roles"), Index(r), rest @ ..] => {
                let row = *self.roles.get(*p)?.get(*r)?;
                let column = match rest {
                    [Key("title"), Key(lang)] => Some(format!("title_{lang}")),
                    [Key(field), ..] => Some((*field).to_string()),
                    _ => None,
                };
                position(PEOPLE_SHEET, row, column)
            }
            [Key("people"), Index(p), rest @ ..] => {
                let row = *self.people.get(*p)?;
                let column = match rest {
                    [Key("name"), Key(lang)] => Some(format!("name_{lang}")),
                    [Key(field), ..] => Some((*field).to_string()),
                    _ => None,
                };
                position(PEOPLE_SHEET, row, column)
            }
            [Key("organizations"), Index(k), rest @ ..] => {
                match (self.organizations.get(*k)?, rest) {
                    (OrgOrigin::DatasetSheet, [Key("name"), Key(lang)]) => {
                        dataset_cell("organization_name", lang)
                    }
                    (OrgOrigin::DatasetSheet, _) => dataset_cell("organization", "en"),
                    (OrgOrigin::EventsSheet(row), [Key("name"), Key(lang)]) => {
                        cell_path(EVENTS_SHEET, *row, &format!("to_name_{lang}"))
                    }
                    (OrgOrigin::EventsSheet(row), _) => cell_path(EVENTS_SHEET, *row, "to"),
                }
            }
            [Key("eras"), Index(e), rest @ ..] => {
                let origin = self.eras.get(*e)?;
                let (row, column) = match rest {
                    [Key("label"), Key(lang)] => (origin.label, *lang),
                    [Key("start")] => (origin.start, "en"),
                    [Key("end")] => (origin.end, "en"),
                    _ => (origin.label, "field"),
                };
                match row {
                    Some(row) => cell_path(DATASET_SHEET, row, column),
                    None => DATASET_SHEET.to_string(),
                }
            }
            [Key(field @ ("id" | "as_of" | "organization"))] => dataset_cell(field, "en"),
            [Key(field @ ("title" | "subtitle" | "credit")), Key(lang)] => {
                dataset_cell(field, lang)
            }
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_reasons_match_the_openai_data_set() {
        let data = crate::core::parse::parse_dataset(include_str!("../../../data/openai.json"))
            .expect("openai.json is valid");
        assert_eq!(standard_reasons(), data.reasons);
    }

    #[test]
    fn json_paths_split_into_keys_and_indices() {
        use Segment::{Index, Key};
        assert_eq!(
            segments("events[3].sources[0].url"),
            vec![
                Key("events"),
                Index(3),
                Key("sources"),
                Index(0),
                Key("url")
            ]
        );
        assert_eq!(segments("title.en"), vec![Key("title"), Key("en")]);
    }

    #[test]
    fn json_paths_map_back_to_sheet_cells() {
        let origins = Origins {
            dataset_rows: HashMap::from([("title".to_string(), 3)]),
            organizations: vec![OrgOrigin::DatasetSheet, OrgOrigin::EventsSheet(4)],
            people: vec![2],
            roles: vec![vec![2, 3]],
            events: vec![2, 5],
            eras: Vec::new(),
        };
        let cases = [
            ("events[1].person", "events.csv row 5, column person"),
            (
                "events[1].summary.zh",
                "events.csv row 5, column summary_zh",
            ),
            (
                "events[0].sources[1].url",
                "events.csv row 2, column source_urls",
            ),
            ("events[0].reasons[0]", "events.csv row 2, column reasons"),
            (
                "events[0].verification_note",
                "events.csv row 2, column note_en",
            ),
            (
                "people[0].roles[1].reports_to",
                "people.csv row 3, column reports_to",
            ),
            ("people[0].name.en", "people.csv row 2, column name_en"),
            (
                "organizations[1].name.zh",
                "events.csv row 4, column to_name_zh",
            ),
            ("title.en", "dataset.csv row 3, column en"),
            ("subtitle.en", "dataset.csv"),
            ("events[9].person", "events[9].person"),
        ];
        for (json, sheet) in cases {
            assert_eq!(origins.locate(json), sheet, "{json}");
        }
    }

    #[test]
    fn cofounder_accepts_yes_no_true_false_one_zero() {
        for yes in ["yes", "YES", "true", "1", "是", " Yes "] {
            assert_eq!(parse_cofounder(yes), Ok(Some(true)), "{yes}");
        }
        for no in ["no", "false", "0", "否"] {
            assert_eq!(parse_cofounder(no), Ok(Some(false)), "{no}");
        }
        assert_eq!(parse_cofounder(""), Ok(None));
        assert_eq!(parse_cofounder("maybe"), Err(()));
    }

    #[test]
    fn era_fields_name_the_era_and_the_part() {
        assert!(matches!(
            era_field("era.board-crisis"),
            Some(("board-crisis", EraPart::Label))
        ));
        assert!(matches!(
            era_field("ERA.board-crisis.Start"),
            Some(("board-crisis", EraPart::Start))
        ));
        assert!(matches!(era_field("era.x.end"), Some(("x", EraPart::End))));
        assert!(era_field("era.").is_none());
        assert!(era_field("title").is_none());
    }

    #[test]
    fn the_delimiter_follows_the_header_line() {
        assert_eq!(delimiter("id,date\n1;2,3"), b',');
        assert_eq!(delimiter("id\tdate\n"), b'\t');
        assert_eq!(delimiter("id;date\n"), b';');
        assert_eq!(delimiter(""), b',');
    }

    #[test]
    fn lists_split_on_semicolons() {
        assert_eq!(
            split_list(" safety ; competitor;"),
            vec!["safety".to_string(), "competitor".to_string()]
        );
        assert!(split_list("").is_empty());
    }
}
