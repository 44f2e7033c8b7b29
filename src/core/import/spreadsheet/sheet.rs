//! Reading one CSV sheet: header checks, rows, cells with their paths.

use super::*;

/// One data row of a sheet, its cells keyed by canonical column name.
pub(super) struct Row {
    /// The sheet's name, for error paths.
    pub(super) sheet: &'static str,
    /// The row number as a spreadsheet shows it (header = 1).
    pub(super) number: usize,
    /// Trimmed cell text by column; absent columns read as empty.
    pub(super) cells: HashMap<&'static str, String>,
}

impl Row {
    /// The trimmed text in `column`, empty if the cell or the column is absent.
    pub(super) fn get(&self, column: &str) -> &str {
        self.cells.get(column).map_or("", String::as_str)
    }

    /// The text in `column`, or `None` if it is empty.
    pub(super) fn optional(&self, column: &str) -> Option<String> {
        let text = self.get(column);
        (!text.is_empty()).then(|| text.to_string())
    }

    /// The error path of the cell in `column`.
    pub(super) fn path(&self, column: &str) -> String {
        cell_path(self.sheet, self.number, column)
    }

    /// The text in `column`; if empty, records a missing field and returns `None`.
    pub(super) fn required(&self, column: &str, errors: &mut Vec<DataError>) -> Option<String> {
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
    pub(super) fn date(&self, column: &str, errors: &mut Vec<DataError>) -> Option<PartialDate> {
        let text = self.optional(column)?;
        parse_date(&text, self.path(column), errors)
    }

    /// Both languages of a bilingual text, from `<prefix>_en` and `<prefix>_zh`.
    pub(super) fn localized(&self, prefix: &str) -> Localized {
        Localized {
            zh: self.get(&format!("{prefix}_zh")).to_string(),
            en: self.get(&format!("{prefix}_en")).to_string(),
        }
    }

    /// A value of a kebab-case enum such as [`EventKind`], read case-insensitively;
    /// empty cells and values outside the set are recorded as errors.
    pub(super) fn variant<T: DeserializeOwned>(
        &self,
        column: &str,
        errors: &mut Vec<DataError>,
    ) -> Option<T> {
        let text = self.required(column, errors)?;
        let value = serde_json::Value::String(text.to_ascii_lowercase());
        match serde_json::from_value::<T>(value) {
            Ok(parsed) => Some(parsed),
            Err(error) => {
                let message = error.to_string();
                // After the value, which may itself hold "expected ".
                let allowed = message
                    .rsplit_once("expected ")
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
pub(super) fn cell_path(sheet: &str, row: usize, column: &str) -> String {
    format!("{sheet} row {row}, column {column}")
}

/// `sheet row N`, for problems with a whole row.
pub(super) fn row_path(sheet: &str, row: usize) -> String {
    format!("{sheet} row {row}")
}

/// Parses a date, recording a typed error at `path` if it is not one.
pub(super) fn parse_date(
    text: &str,
    path: String,
    errors: &mut Vec<DataError>,
) -> Option<PartialDate> {
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
pub(super) enum Header {
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
pub(super) fn delimiter(text: &str) -> u8 {
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
pub(super) fn read_sheet(
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
                            "cell {} holds \"{}\" but its column has no header",
                            position + 1,
                            shorten(cell)
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
pub(super) fn read_header(
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
        let lower = name.to_ascii_lowercase();
        let path = cell_path(sheet, 1, &shorten(name));
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
pub(super) fn split_list(text: &str) -> Vec<String> {
    text.split(LIST_SEPARATOR)
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(str::to_string)
        .collect()
}
