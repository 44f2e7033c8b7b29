//! `people.csv` and `events.csv`: destinations, people with their roles, events.

use super::*;

/// Adds every destination named in `events.csv` (`to` + `to_name_*`) to
/// `organizations`, once per id; the first row naming it wins, later rows may
/// leave the names empty.
pub(super) fn read_destinations(
    rows: &[Row],
    main_organization: &str,
    organizations: &mut Vec<Organization>,
    origins: &mut Origins,
    errors: &mut Vec<DataError>,
) {
    let mut index: HashMap<String, usize> = organizations
        .iter()
        .enumerate()
        .map(|(k, organization)| (organization.id.clone(), k))
        .collect();
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
        match index.get(&id) {
            Some(&k) => {
                let known = &mut organizations[k];
                if known.name.en.is_empty() {
                    known.name.en = names.en;
                }
                if known.name.zh.is_empty() {
                    known.name.zh = names.zh;
                }
            }
            None => {
                index.insert(id.clone(), organizations.len());
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

/// Reads a yes/no cell (`cofounder`, `lead`): yes/no, true/false, 1/0,
/// 是/否 in any case, or empty.
pub(super) fn parse_yes_no(text: &str) -> Result<Option<bool>, ()> {
    match text.trim().to_ascii_lowercase().as_str() {
        "" => Ok(None),
        "yes" | "y" | "true" | "1" | "是" => Ok(Some(true)),
        "no" | "n" | "false" | "0" | "否" => Ok(Some(false)),
        _ => Err(()),
    }
}

/// The yes/no cell in `column`; a value outside [`YES_NO_VALUES`] is
/// recorded as an error and read as empty.
fn yes_no(row: &Row, column: &str, errors: &mut Vec<DataError>) -> Option<bool> {
    parse_yes_no(row.get(column)).unwrap_or_else(|()| {
        errors.push(DataError::new(
            row.path(column),
            ErrorKind::UnknownVariant {
                value: row.get(column).into(),
                allowed: YES_NO_VALUES.into(),
            },
        ));
        None
    })
}

pub(super) fn read_people(
    rows: &[Row],
    main_organization: &str,
    origins: &mut Origins,
    errors: &mut Vec<DataError>,
) -> Vec<Person> {
    let role_columns = &PEOPLE_COLUMNS[FIRST_ROLE_COLUMN..];
    let mut people: Vec<Person> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for row in rows {
        let Some(id) = row.required("id", errors) else {
            continue;
        };
        let cofounder = yes_no(row, "cofounder", errors);
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
        if role_columns.iter().all(|column| row.get(column).is_empty()) {
            continue;
        }
        people[p].roles.push(Role {
            org: row
                .optional("org")
                .unwrap_or_else(|| main_organization.to_string()),
            title: row.localized("title"),
            team: row.optional("team"),
            lead: yes_no(row, "lead", errors) == Some(true),
            reports_to: row.optional("reports_to"),
            dotted_line_to: split_list(row.get("dotted_line_to")),
            start: row.date("start", errors),
            end: row.date("end", errors),
            held_by: row.date("held_by", errors),
            dates_note: optional_localized(row, "dates_note"),
            sources: read_sources(row, errors),
        });
        origins.roles[p].push(row.number);
    }
    people
}

pub(super) fn read_events(
    rows: &[Row],
    origins: &mut Origins,
    errors: &mut Vec<DataError>,
) -> Vec<Event> {
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

        let sources = read_sources(row, errors);
        let verification_note = optional_localized(row, "note");
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
            dating: row
                .optional("dating")
                .and_then(|_| row.variant::<Dating>("dating", errors)),
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
pub(super) fn read_quote(row: &Row, errors: &mut Vec<DataError>) -> Option<Quote> {
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
        speaker: optional_localized(row, "quote_speaker"),
        translation: has_translation.then_some(translation),
    })
}

/// A bilingual text from `<prefix>_en` and `<prefix>_zh`, or `None` when both
/// are empty.
fn optional_localized(row: &Row, prefix: &str) -> Option<Localized> {
    let text = row.localized(prefix);
    (!(text.en.is_empty() && text.zh.is_empty())).then_some(text)
}

/// The sources of a row (an event's, a role's, a step's): `source_urls` and
/// `source_publishers`, two lists of the same length separated by semicolons.
pub(super) fn read_sources(row: &Row, errors: &mut Vec<DataError>) -> Vec<Source> {
    pair_sources(
        (
            row.get("source_urls"),
            row.path("source_urls"),
            "source_urls",
        ),
        (
            row.get("source_publishers"),
            row.path("source_publishers"),
            "source_publishers",
        ),
        errors,
    )
}

/// Sources from a cell of URLs and a cell of publishers, each given with
/// its error path and the field name its error says is missing: two lists
/// separated by semicolons, paired by position. A list shorter than the
/// other is reported at its own cell.
pub(super) fn pair_sources(
    (urls, urls_at, urls_field): (&str, String, &str),
    (publishers, publishers_at, publishers_field): (&str, String, &str),
    errors: &mut Vec<DataError>,
) -> Vec<Source> {
    let urls = split_list(urls);
    let publishers = split_list(publishers);
    let short = if publishers.len() < urls.len() {
        Some((publishers_at, publishers_field))
    } else if urls.len() < publishers.len() {
        Some((urls_at, urls_field))
    } else {
        None
    };
    if let Some((path, field)) = short {
        errors.push(DataError::new(
            path,
            ErrorKind::MissingField {
                field: field.into(),
            },
        ));
    }
    urls.into_iter()
        .enumerate()
        .map(|(i, url)| Source {
            url,
            publisher: publishers.get(i).cloned().unwrap_or_default(),
            title: None,
            date: None,
        })
        .collect()
}
