//! Reading the CSV export of the TimelineJS3 Google Sheets template into a
//! [`Timeline`], collecting every error by row and column.

use super::*;

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
pub(super) fn read_csv(text: &str) -> Result<Timeline, Vec<DataError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut errors = Errors::new();

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
        return Err(errors.into_vec());
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
        let kind = row.get("Type").to_ascii_lowercase();
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
    errors.into_result(timeline)
}
