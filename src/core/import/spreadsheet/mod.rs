//! The Departures spreadsheet form: three CSV sheets, and an optional
//! fourth for the story's steps → a validated [`Dataset`].
//!
//! For data journalists who do not write JSON. Each sheet is exported as CSV
//! from any spreadsheet program (templates in `data/templates/`, the form is
//! documented column by column in `docs/spreadsheet.md`):
//!
//! - `dataset.csv`: rows `field,en,zh` for `id`, `title`, `subtitle`, `as_of`,
//!   `organization`, `organization_name`, `credit`, eras (`era.<id>`,
//!   `era.<id>.start`, `era.<id>.end`) and teams (`team.<id>` for the name,
//!   `team.<id>.org`, `.formed`, `.dissolved`, `.description`,
//!   `.dates_note`, `.sources`);
//! - `people.csv`: one row per role; rows repeating an id add roles to that
//!   person; a role may lead its team (`lead`) and have dotted lines
//!   (`dotted_line_to`);
//! - `events.csv`: one row per event; destination organisations come from its
//!   `to` and `to_name_*` columns;
//! - `steps.csv` (optional): one row per step of the story, with the view,
//!   date, reasons, person, team and range it shows, and its sources written
//!   as `events.csv` writes an event's.
//!
//! Every problem becomes a [`DataError`] whose path names the sheet, the row as
//! the spreadsheet shows it (the header is row 1) and the column, e.g.
//! `events.csv row 5, column date`. All problems are collected, not just the
//! first. The assembled data set then goes through the same [`validate`] as
//! JSON, and the JSON paths of its errors are translated back to sheet
//! positions. Past [`MAX_ERRORS`](crate::core::parse::MAX_ERRORS) problems,
//! one more says how many others there are.

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;

use crate::core::date::{DateError, PartialDate};
use crate::core::lang::Lang;
use crate::core::model::{
    Dataset, DateRange, Dating, Era, Event, EventKind, Localized, MaybeLocalized, Organization,
    Person, Quote, Reason, Role, Source, Step, Symbol, Team, Verification, View, SCHEMA_VERSION,
};
use crate::core::parse::validate::{validate, KnownIds};
use crate::core::parse::{shorten, DataError, ErrorKind, Errors};

mod dataset_sheet;
mod origins;
mod rows;
mod sheet;
mod steps_sheet;

use dataset_sheet::*;
use origins::*;
use rows::*;
use sheet::*;
use steps_sheet::*;

/// Name of the sheet with the data set's own fields, as used in error paths.
pub const DATASET_SHEET: &str = "dataset.csv";
/// Name of the sheet of people and their roles, as used in error paths.
pub const PEOPLE_SHEET: &str = "people.csv";
/// Name of the sheet of events, as used in error paths.
pub const EVENTS_SHEET: &str = "events.csv";
/// Name of the optional sheet of the story's steps, as used in error paths.
pub const STEPS_SHEET: &str = "steps.csv";

/// Columns of `dataset.csv`; all are required.
pub const DATASET_COLUMNS: [&str; 3] = ["field", "en", "zh"];

/// Columns of `people.csv`, in template order. `org` is optional (empty means
/// the main organisation); `held_by`, `dates_note_*` and the role's sources
/// say what is known about a role whose start no source gives; `lead` and
/// `dotted_line_to` come last, so that sheets made before them still read.
pub const PEOPLE_COLUMNS: [&str; 18] = [
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
    "held_by",
    "dates_note_en",
    "dates_note_zh",
    "source_urls",
    "source_publishers",
    "lead",
    "dotted_line_to",
];

/// Where the role columns (`title_en` to the last) start in [`PEOPLE_COLUMNS`].
pub(super) const FIRST_ROLE_COLUMN: usize = 4;

/// Columns `people.csv` must have; the others may be left out.
pub const PEOPLE_REQUIRED_COLUMNS: [&str; 3] = ["id", "name_en", "name_zh"];

/// Columns of `events.csv`, in template order, and the person's names
/// (`person_name_en`, `person_name_zh`) that the widget's CSV download adds
/// for its readers: they are accepted and left unread, since `people.csv`
/// names each person.
pub const EVENTS_COLUMNS: [&str; 25] = [
    "id",
    "date",
    "person",
    "person_name_en",
    "person_name_zh",
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
    "dating",
    "quote_speaker_en",
    "quote_speaker_zh",
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

/// Columns of `steps.csv`, in template order. The sources are written as
/// `events.csv` writes an event's: `source_urls` and `source_publishers`.
pub const STEPS_COLUMNS: [&str; 14] = [
    "id",
    "title_zh",
    "title_en",
    "caption_zh",
    "caption_en",
    "view",
    "as_of",
    "reasons",
    "person",
    "team",
    "range_from",
    "range_to",
    "source_urls",
    "source_publishers",
];

/// Columns `steps.csv` must have; the others may be left out.
pub const STEPS_REQUIRED_COLUMNS: [&str; 5] =
    ["id", "title_zh", "title_en", "caption_zh", "caption_en"];

/// Separates several values in one cell: reasons, source URLs, publishers,
/// dotted lines.
pub const LIST_SEPARATOR: char = ';';

/// The `field` values `dataset.csv` must have.
pub(super) const REQUIRED_DATASET_FIELDS: [&str; 6] = [
    "id",
    "title",
    "subtitle",
    "as_of",
    "organization",
    "organization_name",
];

/// The values of a yes/no column (`cofounder`, `lead`), for the error hint.
const YES_NO_VALUES: &str = "yes, no, true, false, 1, 0, 是, 否 (or empty)";

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

/// Converts the three sheets (CSV text), and `steps.csv` if there is one,
/// into a validated data set, or every problem found in them, each with its
/// sheet, row and column.
pub fn from_sheets(
    dataset_csv: &str,
    people_csv: &str,
    events_csv: &str,
    steps_csv: Option<&str>,
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
    let step_rows = steps_csv.map_or_else(Vec::new, |text| {
        read_sheet(
            STEPS_SHEET,
            text,
            &STEPS_COLUMNS,
            &STEPS_REQUIRED_COLUMNS,
            &mut errors,
        )
    });

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
    let steps = read_steps(&step_rows, &mut origins, &mut errors);

    let dataset = Dataset {
        schema_version: SCHEMA_VERSION,
        id: header.id,
        title: header.title,
        subtitle: header.subtitle,
        as_of: header
            .as_of
            .unwrap_or_else(|| PartialDate::from_year(1).expect("year 1 is a date")),
        organization: header.organization.id,
        reasons: standard_reasons(),
        organizations,
        people,
        events,
        eras: header.eras,
        teams: header.teams,
        credit: header.credit,
        steps,
    };
    let ids = |items: Vec<&String>| items.into_iter().cloned().collect::<Vec<_>>();
    let known = KnownIds {
        reasons: ids(dataset.reasons.iter().map(|r| &r.id).collect()),
        organizations: ids(dataset.organizations.iter().map(|o| &o.id).collect()),
        people: ids(dataset.people.iter().map(|p| &p.id).collect()),
        events: ids(dataset.events.iter().map(|e| &e.id).collect()),
        eras: ids(dataset.eras.iter().map(|e| &e.id).collect()),
        teams: ids(dataset.teams.iter().map(|t| &t.id).collect()),
        steps: ids(dataset.steps.iter().map(|s| &s.id).collect()),
    };

    // A cell that already has an error was filled with a placeholder; whatever
    // validation says about that same cell follows from the first error.
    let reported: HashSet<String> = errors.iter().map(|e| e.path.clone()).collect();
    // Without the data set's date, the span a step's dates are held to is
    // not known: its error is the date's.
    let span_known = header.as_of.is_some();
    let mut found = Errors::unbounded();
    validate(&dataset, &known, &mut found);
    for error in found.into_vec() {
        let follows = !span_known && matches!(error.kind, ErrorKind::DateOutsideData { .. });
        let path = origins.locate(&error.path);
        if !reported.contains(&path) && !follows {
            errors.push(DataError::new(path, error.kind));
        }
    }
    drop_cells_of_missing_columns(&mut errors);
    // Listed in full until here, so that the drops above are exact.
    errors.into_iter().collect::<Errors>().into_result(dataset)
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_role_columns_start_at_title_en() {
        assert_eq!(super::PEOPLE_COLUMNS[super::FIRST_ROLE_COLUMN], "title_en");
        assert_eq!(super::PEOPLE_COLUMNS.last(), Some(&"dotted_line_to"));
    }

    use super::*;

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
            teams: Vec::new(),
            steps: Vec::new(),
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
            ("people[0].roles[0].lead", "people.csv row 2, column lead"),
            (
                "people[0].roles[1].dotted_line_to[1]",
                "people.csv row 3, column dotted_line_to",
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
    fn yes_no_cells_accept_yes_no_true_false_one_zero() {
        for yes in ["yes", "YES", "true", "1", "是", " Yes "] {
            assert_eq!(parse_yes_no(yes), Ok(Some(true)), "{yes}");
        }
        for no in ["no", "false", "0", "否"] {
            assert_eq!(parse_yes_no(no), Ok(Some(false)), "{no}");
        }
        assert_eq!(parse_yes_no(""), Ok(None));
        assert_eq!(parse_yes_no("maybe"), Err(()));
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
    fn team_fields_name_the_team_and_the_part() {
        assert_eq!(
            team_field("team.superalignment"),
            Some(Some(("superalignment", TeamPart::Name)))
        );
        assert_eq!(
            team_field("TEAM.board.Formed"),
            Some(Some(("board", TeamPart::Formed)))
        );
        assert_eq!(
            team_field("team.x.dates_note"),
            Some(Some(("x", TeamPart::DatesNote)))
        );
        assert_eq!(team_field("team.x.founded"), Some(None), "unknown part");
        assert_eq!(
            team_field("team.x.formed.en"),
            Some(None),
            "ids hold no dots"
        );
        assert_eq!(team_field("team."), Some(None), "no id");
        assert_eq!(team_field("team.x."), Some(None), "empty part");
        assert_eq!(team_field("teams"), None);
        assert_eq!(team_field("title"), None);
        assert_eq!(team_key("x", TeamPart::Name), "team.x");
        assert_eq!(team_key("x", TeamPart::Sources), "team.x.sources");
    }

    #[test]
    fn team_paths_map_back_to_their_dataset_rows() {
        let origins = Origins {
            dataset_rows: HashMap::from([
                ("team.board".to_string(), 10),
                ("team.board.formed".to_string(), 11),
                ("team.board.dissolved".to_string(), 12),
                ("team.board.sources".to_string(), 13),
                ("team.board.description".to_string(), 14),
            ]),
            teams: vec!["board".into()],
            ..Origins::default()
        };
        let cases = [
            ("teams[0].name.zh", "dataset.csv row 10, column zh"),
            ("teams[0].dissolved", "dataset.csv row 12, column en"),
            ("teams[0].formed", "dataset.csv row 11, column en"),
            ("teams[0].sources[1].url", "dataset.csv row 13, column en"),
            (
                "teams[0].sources[0].publisher",
                "dataset.csv row 13, column zh",
            ),
            ("teams[0].description.en", "dataset.csv row 14, column en"),
            ("teams[0].org", "dataset.csv row 10, column field"),
            ("teams[0].id", "dataset.csv row 10, column field"),
            ("teams[0].dates_note.zh", "dataset.csv"),
            ("teams[1].name.en", "teams[1].name.en"),
        ];
        for (json, sheet) in cases {
            assert_eq!(origins.locate(json), sheet, "{json}");
        }
    }

    #[test]
    fn step_paths_map_back_to_their_steps_csv_cells() {
        let origins = Origins {
            steps: vec![2, 4],
            ..Origins::default()
        };
        let cases = [
            ("steps[1].person", "steps.csv row 4, column person"),
            ("steps[0].id", "steps.csv row 2, column id"),
            ("steps[0].title.zh", "steps.csv row 2, column title_zh"),
            ("steps[1].caption.en", "steps.csv row 4, column caption_en"),
            ("steps[0].reasons[2]", "steps.csv row 2, column reasons"),
            ("steps[0].as_of", "steps.csv row 2, column as_of"),
            ("steps[1].range.to", "steps.csv row 4, column range_to"),
            ("steps[1].range.from", "steps.csv row 4, column range_from"),
            (
                "steps[0].sources[1].url",
                "steps.csv row 2, column source_urls",
            ),
            (
                "steps[0].sources[0].publisher",
                "steps.csv row 2, column source_publishers",
            ),
            ("steps[1]", "steps.csv row 4"),
            ("steps[2].person", "steps[2].person"),
        ];
        for (json, sheet) in cases {
            assert_eq!(origins.locate(json), sheet, "{json}");
        }
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
