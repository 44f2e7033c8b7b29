//! `dataset.csv`: the data set's own fields, its eras and its teams.

use super::*;

/// The data set's own fields, with placeholders where a field is in error
/// (the error is recorded, so the placeholder never reaches a caller).
pub(super) struct DatasetSheet {
    pub(super) id: String,
    pub(super) title: Localized,
    pub(super) subtitle: Localized,
    /// `None` if the row is missing or its date in error (recorded).
    pub(super) as_of: Option<PartialDate>,
    pub(super) organization: Organization,
    pub(super) credit: Option<Localized>,
    pub(super) eras: Vec<Era>,
    pub(super) teams: Vec<Team>,
}

/// Which part of a team a `dataset.csv` row gives: `team.<id>` names it,
/// `team.<id>.<part>` gives the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TeamPart {
    Name,
    Org,
    Formed,
    Dissolved,
    Description,
    DatesNote,
    Sources,
}

impl TeamPart {
    /// The parts after the id, by their suffix.
    pub(super) const SUFFIXES: [(&'static str, TeamPart); 6] = [
        ("org", TeamPart::Org),
        ("formed", TeamPart::Formed),
        ("dissolved", TeamPart::Dissolved),
        ("description", TeamPart::Description),
        ("dates_note", TeamPart::DatesNote),
        ("sources", TeamPart::Sources),
    ];

    fn suffix(self) -> Option<&'static str> {
        Self::SUFFIXES
            .iter()
            .find(|(_, part)| *part == self)
            .map(|(suffix, _)| *suffix)
    }
}

/// Splits `team.<id>` or `team.<id>.<part>` (prefix and part in any case)
/// into the id and the part. `None`: not a team field; `Some(None)`: a team
/// field with no id or a part the form does not know (ids hold no dots).
pub(super) fn team_field(field: &str) -> Option<Option<(&str, TeamPart)>> {
    let prefix = field.get(..5)?;
    if !prefix.eq_ignore_ascii_case("team.") {
        return None;
    }
    let rest = &field[5..];
    let (id, part) = match rest.split_once('.') {
        None => (rest, Some(TeamPart::Name)),
        Some((id, suffix)) => (
            id,
            TeamPart::SUFFIXES
                .iter()
                .find(|(known, _)| known.eq_ignore_ascii_case(suffix))
                .map(|(_, part)| *part),
        ),
    };
    Some(part.filter(|_| !id.is_empty()).map(|part| (id, part)))
}

/// The canonical key of a team field, as stored in [`Origins::dataset_rows`].
pub(super) fn team_key(id: &str, part: TeamPart) -> String {
    match part.suffix() {
        Some(suffix) => format!("team.{id}.{suffix}"),
        None => format!("team.{id}"),
    }
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
    // Each team's id with the first row naming it, in sheet order.
    let mut team_ids: Vec<(String, usize)> = Vec::new();
    let mut seen_teams: HashSet<String> = HashSet::new();
    for row in rows {
        let Some(raw) = row.required("field", errors) else {
            continue;
        };
        let key = if let Some((id, part)) = era_field(&raw) {
            if seen_eras.insert(id.to_string()) {
                era_ids.push(id.to_string());
            }
            era_key(id, part)
        } else if let Some(team) = team_field(&raw) {
            let Some((id, part)) = team else {
                errors.push(DataError::new(
                    row.path("field"),
                    ErrorKind::UnknownField { field: raw },
                ));
                continue;
            };
            if seen_teams.insert(id.to_string()) {
                team_ids.push((id.to_string(), row.number));
            }
            team_key(id, part)
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
    let as_of = date("as_of", errors);
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

    let teams: Vec<Team> = team_ids
        .into_iter()
        .map(|(id, first_row)| read_team(id, first_row, &fields, &organization.id, errors))
        .collect();
    origins.teams = teams.iter().map(|team| team.id.clone()).collect();

    DatasetSheet {
        id,
        title: localized("title").unwrap_or_else(blank),
        subtitle: localized("subtitle").unwrap_or_else(blank),
        as_of,
        organization,
        credit,
        eras,
        teams,
    }
}

/// One team from its `team.<id>…` rows: the name is required, `org`
/// defaults to the main organisation, the rest is optional. `first_row`
/// is where a missing name is reported.
fn read_team(
    id: String,
    first_row: usize,
    fields: &HashMap<String, &Row>,
    main_organization: &str,
    errors: &mut Vec<DataError>,
) -> Team {
    let row = |part: TeamPart| fields.get(&team_key(&id, part)).copied();
    // A one-value part: the `en` cell of its row; a row left empty is a
    // value forgotten, not a value withheld.
    let single = |part: TeamPart, errors: &mut Vec<DataError>| -> Option<(String, &Row)> {
        let row = row(part)?;
        let text = row.optional("en");
        if text.is_none() {
            errors.push(DataError::new(
                row.path("en"),
                ErrorKind::MissingField {
                    field: team_key(&id, part),
                },
            ));
        }
        text.map(|text| (text, row))
    };
    let date = |part: TeamPart, errors: &mut Vec<DataError>| {
        let (text, row) = single(part, errors)?;
        parse_date(&text, row.path("en"), errors)
    };
    let text = |part: TeamPart| {
        row(part)
            .map(|row| Localized {
                zh: row.get("zh").to_string(),
                en: row.get("en").to_string(),
            })
            .filter(|text| !(text.en.is_empty() && text.zh.is_empty()))
    };
    // A name row with empty cells is left to validation, which names each
    // empty cell; with no name row at all, the rows the team has are
    // reported where they begin, and the id stands in for the name.
    let name = match row(TeamPart::Name) {
        Some(row) => Localized {
            zh: row.get("zh").to_string(),
            en: row.get("en").to_string(),
        },
        None => {
            errors.push(DataError::new(
                cell_path(DATASET_SHEET, first_row, "field"),
                ErrorKind::MissingField {
                    field: team_key(&id, TeamPart::Name),
                },
            ));
            Localized {
                zh: id.clone(),
                en: id.clone(),
            }
        }
    };
    let org =
        single(TeamPart::Org, errors).map_or_else(|| main_organization.to_string(), |(org, _)| org);
    let formed = date(TeamPart::Formed, errors);
    let dissolved = date(TeamPart::Dissolved, errors);
    // URLs in `en`, their publishers in `zh`, as `people.csv` pairs them.
    let sources = row(TeamPart::Sources).map_or_else(Vec::new, |row| {
        let key = team_key(&id, TeamPart::Sources);
        pair_sources(
            (row.get("en"), row.path("en"), &key),
            (row.get("zh"), row.path("zh"), &key),
            errors,
        )
    });
    Team {
        name,
        org,
        formed,
        dissolved,
        description: text(TeamPart::Description),
        dates_note: text(TeamPart::DatesNote),
        sources,
        id,
    }
}
