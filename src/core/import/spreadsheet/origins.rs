//! From JSON paths of validation errors back to the sheet cells they came from.

use super::*;

/// Where an organisation was defined.
#[derive(Clone, Copy, Debug)]
pub(super) enum OrgOrigin {
    /// The main organisation: `organization` and `organization_name` in `dataset.csv`.
    DatasetSheet,
    /// A destination first named on this row of `events.csv`.
    EventsSheet(usize),
}

/// The `dataset.csv` rows defining one era.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct EraOrigin {
    pub(super) label: Option<usize>,
    pub(super) start: Option<usize>,
    pub(super) end: Option<usize>,
}

/// For each element of the assembled data set, the sheet row it came from, so
/// that a validation error's JSON path can name a sheet, row and column.
#[derive(Debug, Default)]
pub(super) struct Origins {
    /// `dataset.csv` row per field key (`title`, `era.<id>.start`, …).
    pub(super) dataset_rows: HashMap<String, usize>,
    /// Per organisation, in data set order.
    pub(super) organizations: Vec<OrgOrigin>,
    /// First `people.csv` row per person.
    pub(super) people: Vec<usize>,
    /// `people.csv` row per role, per person.
    pub(super) roles: Vec<Vec<usize>>,
    /// `events.csv` row per event.
    pub(super) events: Vec<usize>,
    /// Per era, in data set order.
    pub(super) eras: Vec<EraOrigin>,
    /// Per team, in data set order, its id: its rows are the `team.<id>…`
    /// keys of `dataset_rows`.
    pub(super) teams: Vec<String>,
    /// `steps.csv` row per step.
    pub(super) steps: Vec<usize>,
}

/// A piece of a JSON path: a field name or a list index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// Splits `events[3].sources[0].url` into its keys and indices.
pub(super) fn segments(path: &str) -> Vec<Segment<'_>> {
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
    pub(super) fn locate(&self, path: &str) -> String {
        self.locate_segments(&segments(path))
            .unwrap_or_else(|| path.to_string())
    }

    pub(super) fn locate_segments(&self, path: &[Segment<'_>]) -> Option<String> {
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
            [Key("teams"), Index(t), rest @ ..] => {
                let id = self.teams.get(*t)?;
                let cell = |part: TeamPart, column: &str| dataset_cell(&team_key(id, part), column);
                match rest {
                    [Key("name"), Key(lang)] => cell(TeamPart::Name, lang),
                    // Without its own row, the team is of the main organisation.
                    [Key("org")]
                        if self.dataset_rows.contains_key(&team_key(id, TeamPart::Org)) =>
                    {
                        cell(TeamPart::Org, "en")
                    }
                    [Key("formed")] => cell(TeamPart::Formed, "en"),
                    [Key("dissolved")] => cell(TeamPart::Dissolved, "en"),
                    [Key("description"), Key(lang)] => cell(TeamPart::Description, lang),
                    [Key("dates_note"), Key(lang)] => cell(TeamPart::DatesNote, lang),
                    [Key("sources"), Index(_), Key("publisher")] => cell(TeamPart::Sources, "zh"),
                    [Key("sources"), ..] => cell(TeamPart::Sources, "en"),
                    _ => cell(TeamPart::Name, "field"),
                }
            }
            [Key("steps"), Index(i), rest @ ..] => {
                let row = *self.steps.get(*i)?;
                position(STEPS_SHEET, row, step_column(rest))
            }
            [Key(field @ ("id" | "as_of" | "organization"))] => dataset_cell(field, "en"),
            [Key(field @ ("title" | "subtitle" | "credit")), Key(lang)] => {
                dataset_cell(field, lang)
            }
            _ => return None,
        })
    }
}

/// The `steps.csv` column of a path within a step (`title.zh`,
/// `reasons[1]`, `range.to`, `sources[0].url`), or `None` for the step
/// as a whole.
fn step_column(rest: &[Segment<'_>]) -> Option<String> {
    use Segment::{Index, Key};
    match rest {
        [] | [Index(_), ..] => None,
        [Key(text @ ("title" | "caption")), Key(lang)] => Some(format!("{text}_{lang}")),
        [Key("range"), Key(end @ ("from" | "to"))] => Some(format!("range_{end}")),
        [Key("range"), ..] => Some("range_from".into()),
        [Key("sources"), Index(_), Key("publisher")] => Some("source_publishers".into()),
        [Key("sources"), ..] => Some("source_urls".into()),
        [Key(field), ..] => Some((*field).to_string()),
    }
}
