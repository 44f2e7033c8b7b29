//! `dataset.csv`: the data set's own fields and its eras.

use super::*;

/// The data set's own fields, with placeholders where a field is in error
/// (the error is recorded, so the placeholder never reaches a caller).
pub(super) struct DatasetSheet {
    pub(super) id: String,
    pub(super) title: Localized,
    pub(super) subtitle: Localized,
    pub(super) as_of: PartialDate,
    pub(super) organization: Organization,
    pub(super) credit: Option<Localized>,
    pub(super) eras: Vec<Era>,
}

/// Which part of an era a `dataset.csv` row gives.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum EraPart {
    Label,
    Start,
    End,
}

/// Splits `era.<id>`, `era.<id>.start` or `era.<id>.end` (prefix and suffix in
/// any case) into the id and the part.
pub(super) fn era_field(field: &str) -> Option<(&str, EraPart)> {
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
pub(super) fn era_key(id: &str, part: EraPart) -> String {
    match part {
        EraPart::Label => format!("era.{id}"),
        EraPart::Start => format!("era.{id}.start"),
        EraPart::End => format!("era.{id}.end"),
    }
}

pub(super) fn read_dataset_sheet(
    rows: &[Row],
    origins: &mut Origins,
    errors: &mut Vec<DataError>,
) -> DatasetSheet {
    // The one-row fields: the required ones and the optional credit line.
    let single_field = |field: &str| REQUIRED_DATASET_FIELDS.contains(&field) || field == "credit";
    let mut fields: HashMap<String, &Row> = HashMap::new();
    let mut era_ids: Vec<String> = Vec::new();
    let mut seen_eras: HashSet<String> = HashSet::new();
    for row in rows {
        let Some(raw) = row.required("field", errors) else {
            continue;
        };
        let key = if let Some((id, part)) = era_field(&raw) {
            if seen_eras.insert(id.to_string()) {
                era_ids.push(id.to_string());
            }
            era_key(id, part)
        } else {
            let lower = raw.to_ascii_lowercase();
            if !single_field(&lower) {
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
