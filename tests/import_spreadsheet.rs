//! The spreadsheet form (`src/core/import/spreadsheet.rs`): the templates in
//! `data/templates/` convert to a valid data set, and mistakes are reported
//! with the sheet, row and column an editor sees, all of them at once.

use std::collections::BTreeSet;
use std::fs;

use departures::core::import::spreadsheet::{from_sheets, standard_reasons, PEOPLE_COLUMNS};
use departures::core::lang::Lang;
use departures::core::model::{Dataset, EventKind, Role, Source, Team, Verification};
use departures::core::parse::{parse_dataset, DataError};

mod sheets;

use sheets::{csv_text, joined, openai_steps_fixture, steps_as_read, steps_csv, without_details};

/// The sheets of a folder, relative to the crate root: three, and
/// `steps.csv` if the folder has one.
struct Sheets {
    dataset: String,
    people: String,
    events: String,
    steps: Option<String>,
}

fn sheets(folder: &str) -> Sheets {
    let path = |name: &str| format!("{}/{folder}/{name}", env!("CARGO_MANIFEST_DIR"));
    let read = |name: &str| {
        let path = path(name);
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    Sheets {
        dataset: read("dataset.csv"),
        people: read("people.csv"),
        events: read("events.csv"),
        steps: fs::read_to_string(path("steps.csv")).ok(),
    }
}

fn templates() -> Sheets {
    sheets("data/templates")
}

/// A made-up data set with teams (one of another organisation), leads and
/// dotted lines.
fn teams_fixture() -> Sheets {
    sheets("tests/fixtures/spreadsheet/teams")
}

/// The built-in OpenAI data set.
fn openai() -> Dataset {
    let path = format!("{}/data/openai.json", env!("CARGO_MANIFEST_DIR"));
    parse_dataset(&fs::read_to_string(path).unwrap()).unwrap()
}

/// Sources as the form carries them: address and publisher.
fn carried(sources: &[Source]) -> Vec<(String, String)> {
    sources
        .iter()
        .map(|s| (s.url.clone(), s.publisher.clone()))
        .collect()
}

fn convert(sheets: &Sheets) -> Result<Dataset, Vec<DataError>> {
    from_sheets(
        &sheets.dataset,
        &sheets.people,
        &sheets.events,
        sheets.steps.as_deref(),
    )
}

fn convert_ok(sheets: &Sheets) -> Dataset {
    convert(sheets).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("expected a valid data set:\n{}", list.join("\n"))
    })
}

fn convert_err(sheets: &Sheets) -> Vec<DataError> {
    match convert(sheets) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => errors,
    }
}

/// Every error as `(path, code)`, for comparing whole lists.
fn found(errors: &[DataError]) -> BTreeSet<(String, &'static str)> {
    errors.iter().map(|e| (e.path.clone(), e.code())).collect()
}

fn expected(pairs: &[(&str, &'static str)]) -> BTreeSet<(String, &'static str)> {
    pairs.iter().map(|&(p, c)| (p.to_string(), c)).collect()
}

#[test]
fn templates_convert_to_a_valid_data_set() {
    let data = convert_ok(&templates());
    assert_eq!(data.id, "openai-exodus");
    assert_eq!(data.organization, "openai");
    assert_eq!(data.as_of.to_string(), "2024-08-19");
    assert_eq!(data.reasons, standard_reasons());
    let org_ids: Vec<&str> = data.organizations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(org_ids, ["openai", "anthropic", "ssi"]);
    assert_eq!(data.people.len(), 2);
    assert_eq!(data.events.len(), 4);
    assert_eq!(data.eras.len(), 1);
    assert!(data.credit.is_some());
    assert_eq!(data.steps.len(), 1, "steps.csv beside the others");

    let sutskever = data.person("ilya-sutskever").unwrap();
    assert!(sutskever.cofounder);
    assert_eq!(sutskever.roles.len(), 4, "repeated id rows add roles");
    assert_eq!(sutskever.roles[3].org, "ssi");
    assert_eq!(
        sutskever.roles[0].org, "openai",
        "empty org means the main one"
    );
    assert!(!data.person("jan-leike").unwrap().cofounder);

    let leike = data
        .events
        .iter()
        .find(|e| e.id == "leike-resigns")
        .unwrap();
    assert_eq!(leike.kind, EventKind::Departure);
    assert_eq!(leike.reasons, ["safety"]);
    assert_eq!(leike.to, None, "not known on the day he resigned");
    assert_eq!(leike.sources.len(), 3, "sources are split on ';'");
    assert_eq!(leike.sources[0].publisher, "Axios", "paired by position");
    assert_eq!(leike.sources[2].publisher, "Benzinga");
    assert_eq!(leike.verification, Verification::Confirmed);
    let quote = leike.quote.as_ref().unwrap();
    assert_eq!(quote.lang, Lang::En);
    assert!(quote.translation.as_ref().unwrap().zh.is_some());

    let sutskever_leaves = data
        .events
        .iter()
        .find(|e| e.id == "sutskever-leaves")
        .unwrap();
    assert_eq!(sutskever_leaves.reasons, ["entrepreneurship"]);
}

#[test]
fn templates_agree_with_the_openai_data_set() {
    let data = convert_ok(&templates());
    let path = format!("{}/data/openai.json", env!("CARGO_MANIFEST_DIR"));
    let openai = parse_dataset(&fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(data.title, openai.title);
    assert_eq!(data.reasons, openai.reasons);
    for event in &data.events {
        let original = openai.events.iter().find(|e| e.id == event.id).unwrap();
        assert_eq!(event.summary, original.summary, "{}", event.id);
        assert_eq!(event.reasons, original.reasons, "{}", event.id);
        assert_eq!(event.quote, original.quote, "{}", event.id);
        let urls = |e: &departures::core::model::Event| -> Vec<String> {
            e.sources.iter().map(|s| s.url.clone()).collect()
        };
        assert_eq!(urls(event), urls(original), "{}", event.id);
    }
    for person in &data.people {
        let original = openai.person(&person.id).unwrap();
        assert_eq!(person.name, original.name);
        assert_eq!(person.cofounder, original.cofounder);
        for role in &person.roles {
            let same = original
                .roles
                .iter()
                .find(|r| r.title == role.title)
                .unwrap_or_else(|| panic!("{}: {}", person.id, role.title.en));
            assert_eq!(
                (&role.team, role.lead),
                (&same.team, same.lead),
                "{}",
                role.title.en
            );
        }
    }
    assert!(!data.teams.is_empty());
    for team in &data.teams {
        let original = openai.team(&team.id).unwrap();
        assert_eq!(
            without_source_details(team),
            without_source_details(original)
        );
    }
}

/// A team as the form carries it: its sources without titles and dates.
fn without_source_details(team: &Team) -> Team {
    Team {
        sources: without_details(&team.sources),
        ..team.clone()
    }
}

#[test]
fn converted_templates_survive_the_json_round_trip() {
    let data = convert_ok(&templates());
    let json = serde_json::to_string_pretty(&data).unwrap();
    let parsed = parse_dataset(&json).unwrap_or_else(|errors| panic!("{errors:?}"));
    assert_eq!(parsed, data);
}

#[test]
fn the_person_name_columns_of_the_csv_download_are_accepted_and_left_unread() {
    // The widget's "Get the data" CSV is events.csv with the person's names
    // after the id; with the other two sheets it converts to the same data,
    // whatever the names say.
    let mut with_names = templates();
    with_names.events = add_person_name_columns(&with_names.events, "Someone", "某人");
    assert_eq!(convert_ok(&with_names), convert_ok(&templates()));
}

#[test]
fn bad_date_unknown_kind_missing_column_and_unknown_person_are_all_reported() {
    let errors = convert_err(&sheets("tests/fixtures/spreadsheet/broken"));
    assert_eq!(
        found(&errors),
        expected(&[
            ("people.csv row 1", "missing-column"),
            ("events.csv row 3, column date", "impossible-date"),
            ("events.csv row 5, column date", "date-format"),
            ("events.csv row 6, column kind", "unknown-variant"),
            ("events.csv row 7, column person", "unknown-reference"),
        ]),
        "{errors:#?}"
    );
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(
        text.iter().any(|t| t.contains("\"name_zh\"")),
        "the missing column is named: {text:?}"
    );
    assert!(
        text.iter().any(|t| t.contains("board-exit")),
        "the allowed kinds are listed: {text:?}"
    );
}

#[test]
fn a_missing_column_is_reported_once_not_on_every_row() {
    let mut sheets = templates();
    sheets.events = drop_column(&sheets.events, "summary_zh");
    let errors = convert_err(&sheets);
    assert_eq!(
        found(&errors),
        expected(&[("events.csv row 1", "missing-column")]),
        "{errors:#?}"
    );
}

#[test]
fn an_unknown_column_is_reported_at_the_header() {
    let mut sheets = templates();
    sheets.people = sheets.people.replacen("reports_to", "report_to", 1);
    let errors = convert_err(&sheets);
    assert_eq!(
        found(&errors),
        expected(&[("people.csv row 1, column report_to", "unknown-field")]),
        "{errors:#?}"
    );
}

#[test]
fn headers_match_in_any_case_and_any_order() {
    let mut sheets = templates();
    sheets.people = move_first_column_last(&sheets.people).replacen("name_en", " Name_EN ", 1);
    sheets.events = move_first_column_last(&sheets.events).replacen("summary_zh", "SUMMARY_ZH", 1);
    assert_eq!(convert_ok(&sheets), convert_ok(&templates()));
}

#[test]
fn windows_line_ends_and_a_byte_order_mark_are_accepted() {
    let sheets = templates();
    let windows = |text: &str| format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let converted = Sheets {
        dataset: windows(&sheets.dataset),
        people: windows(&sheets.people),
        events: windows(&sheets.events),
        steps: sheets.steps.as_deref().map(windows),
    };
    assert_eq!(convert_ok(&converted), convert_ok(&templates()));
}

#[test]
fn sources_and_publishers_must_pair_up() {
    let mut sheets = templates();
    sheets.events = sheets.events.replacen(
        "Axios; The Daily Caller; Benzinga",
        "Axios; The Daily Caller",
        1,
    );
    let errors = convert_err(&sheets);
    assert_eq!(
        found(&errors),
        expected(&[(
            "events.csv row 3, column source_publishers",
            "missing-field"
        )]),
        "{errors:#?}"
    );
}

#[test]
fn cofounder_takes_yes_or_no() {
    let mut sheets = templates();
    sheets.people = sheets.people.replacen(",yes,", ",perhaps,", 1);
    let errors = convert_err(&sheets);
    assert_eq!(
        found(&errors),
        expected(&[("people.csv row 2, column cofounder", "unknown-variant")]),
        "{errors:#?}"
    );
}

#[test]
fn missing_dataset_rows_are_named() {
    let mut sheets = templates();
    sheets.dataset = sheets
        .dataset
        .lines()
        .filter(|line| !line.starts_with("as_of,") && !line.starts_with("title,"))
        .collect::<Vec<_>>()
        .join("\n");
    let errors = convert_err(&sheets);
    let fields: BTreeSet<String> = errors
        .iter()
        .map(|e| {
            assert_eq!(
                (e.path.as_str(), e.code()),
                ("dataset.csv", "missing-field")
            );
            e.to_string()
        })
        .collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(fields.iter().any(|f| f.contains("\"as_of\"")), "{fields:?}");
    assert!(fields.iter().any(|f| f.contains("\"title\"")), "{fields:?}");
}

#[test]
fn validation_errors_point_at_sheet_cells() {
    let mut sheets = templates();
    // Unknown reason, a non-http link, an unconfirmed event without a note,
    // a blank Chinese title, and a manager nobody has heard of.
    sheets.events = sheets
        .events
        .replacen(
            "departure,entrepreneurship,",
            "departure,entrepreneurship; govrnance,",
            1,
        )
        .replacen("https://www.axios.com/", "ftp://www.axios.com/", 1)
        .replacen(",confirmed,", ",unconfirmed,", 1);
    sheets.people = sheets.people.replacen(
        "Board member,董事会成员,board,",
        "Board member,,board,sam-altman",
        1,
    );
    let errors = convert_err(&sheets);
    assert_eq!(
        found(&errors),
        expected(&[
            ("events.csv row 2, column reasons", "unknown-reference"),
            ("events.csv row 2, column note_en", "no-verification-note"),
            ("events.csv row 3, column source_urls", "not-http-url"),
            ("people.csv row 3, column title_zh", "missing-text"),
            ("people.csv row 3, column reports_to", "unknown-reference"),
        ]),
        "{errors:#?}"
    );
}

#[test]
fn a_destination_needs_its_names_once() {
    let mut sheets = templates();
    sheets.events = sheets.events.replacen(
        ",ssi,Safe Superintelligence Inc. (SSI),安全超级智能公司（SSI）,",
        ",ssi,,,",
        1,
    );
    let errors = convert_err(&sheets);
    assert_eq!(
        found(&errors),
        expected(&[
            ("events.csv row 5, column to_name_en", "missing-text"),
            ("events.csv row 5, column to_name_zh", "missing-text"),
        ]),
        "{errors:#?}"
    );
}

#[test]
fn blank_rows_are_skipped_but_counted() {
    let mut sheets = templates();
    let mut lines: Vec<&str> = sheets.events.lines().collect();
    lines.insert(1, ",,,,");
    sheets.events = lines.join("\n").replacen("2024-05-28", "2024-05-32", 1);
    let errors = convert_err(&sheets);
    assert_eq!(
        found(&errors),
        expected(&[("events.csv row 5, column date", "impossible-date")]),
        "{errors:#?}"
    );
}

#[test]
fn empty_sheets_name_every_required_column() {
    let errors = convert_err(&Sheets {
        dataset: String::new(),
        people: String::new(),
        events: String::new(),
        steps: None,
    });
    let columns = errors
        .iter()
        .filter(|e| e.code() == "missing-column")
        .count();
    assert_eq!(columns, 3 + 3 + 10, "{errors:#?}");
}

#[test]
fn teams_leads_and_dotted_lines_are_read() {
    let data = convert_ok(&teams_fixture());
    let ids: Vec<&str> = data.teams.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        ["safety", "research", "rival-alignment"],
        "sheet order"
    );

    let safety = data.team("safety").unwrap();
    assert_eq!(safety.org, "lab", "no org row: the main organisation");
    assert_eq!(safety.name.zh, "安全团队");
    assert_eq!(safety.formed.unwrap().to_string(), "2020-03");
    assert_eq!(safety.dissolved.unwrap().to_string(), "2024-06");
    assert_eq!(
        safety.description.as_ref().unwrap().en,
        "Studied the risks of the lab's models."
    );
    assert!(safety.dates_note.as_ref().unwrap().zh.contains("解散"));
    assert_eq!(
        carried(&safety.sources),
        [
            (
                "https://example.org/safety-team".to_string(),
                "Example News".to_string()
            ),
            (
                "https://example.com/safety-closed".to_string(),
                "Example Daily".to_string()
            ),
        ],
        "URLs in en, publishers in zh, paired by position"
    );
    let research = data.team("research").unwrap();
    assert_eq!(
        (
            research.formed,
            &research.description,
            research.sources.len()
        ),
        (None, &None, 0),
        "a name is all a team needs"
    );
    assert_eq!(data.team("rival-alignment").unwrap().org, "rival");

    let roles = |id: &str| -> Vec<Role> { data.person(id).unwrap().roles.clone() };
    let ada = roles("ada-lovelace");
    assert!(ada[0].lead, "是 is yes");
    assert!(ada[0].dotted_line_to.is_empty());
    let turing = roles("alan-turing");
    assert!(turing[0].lead && turing[1].lead);
    assert_eq!(turing[1].team.as_deref(), Some("rival-alignment"));
    let hopper = roles("grace-hopper");
    assert!(
        hopper[0].lead,
        "TRUE is yes: Hopper and Turing are co-leads"
    );
    assert_eq!(hopper[0].dotted_line_to, ["alan-turing"]);
    assert!(!hopper[1].lead, "no");
    assert_eq!(
        hopper[1].dotted_line_to,
        ["ada-lovelace", "alan-turing"],
        "split on ';'"
    );

    let json = serde_json::to_string_pretty(&data).unwrap();
    assert_eq!(parse_dataset(&json).unwrap(), data, "JSON round trip");
}

#[test]
fn sheets_made_before_teams_still_read() {
    // No team rows and no lead or dotted_line_to columns: `team` is a free
    // label, as it was. Nor steps, which came later still.
    let mut sheets = templates();
    sheets.steps = None;
    sheets.dataset = sheets
        .dataset
        .lines()
        .filter(|line| !line.starts_with("team."))
        .collect::<Vec<_>>()
        .join("\n");
    sheets.people = drop_column(&drop_column(&sheets.people, "lead"), "dotted_line_to");
    let data = convert_ok(&sheets);
    assert!(data.teams.is_empty());
    let leike = data.person("jan-leike").unwrap();
    assert_eq!(leike.roles[0].team.as_deref(), Some("alignment"));
    assert!(leike.roles.iter().all(|r| !r.lead));
}

#[test]
fn an_unknown_part_of_a_team_field_is_reported_at_its_row() {
    let mut sheets = teams_fixture();
    sheets.dataset = sheets
        .dataset
        .replacen("team.safety.formed,", "team.safety.founded,", 1)
        .replacen("team.research,", "team.research.name,", 1);
    let errors = convert_err(&sheets);
    assert_eq!(
        found(&errors),
        expected(&[
            ("dataset.csv row 9, column field", "unknown-field"),
            ("dataset.csv row 14, column field", "unknown-field"),
            // With its one row rejected, the team is unknown to its roles.
            ("people.csv row 2, column team", "unknown-reference"),
            ("people.csv row 5, column team", "unknown-reference"),
        ]),
        "{errors:#?}"
    );
    assert!(
        errors[0].to_string().contains("team.safety.founded"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_team_needs_a_name() {
    let mut sheets = teams_fixture();
    sheets.dataset = sheets
        .dataset
        .replacen(
            "team.research,Research,研究团队",
            "team.research.formed,2019,",
            1,
        )
        .replacen("team.safety,Safety,安全团队", "team.safety,,", 1);
    let errors = convert_err(&sheets);
    assert_eq!(
        found(&errors),
        expected(&[
            ("dataset.csv row 8, column en", "missing-text"),
            ("dataset.csv row 8, column zh", "missing-text"),
            ("dataset.csv row 14, column field", "missing-field"),
        ]),
        "{errors:#?}"
    );
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(
        text.iter().any(|t| t.contains("\"team.research\"")),
        "{text:?}"
    );
}

#[test]
fn lead_takes_yes_or_no() {
    let mut sheets = teams_fixture();
    sheets.people = sheets.people.replacen(",TRUE,", ",co-lead,", 1);
    let errors = convert_err(&sheets);
    assert_eq!(
        found(&errors),
        expected(&[("people.csv row 4, column lead", "unknown-variant")]),
        "{errors:#?}"
    );
    assert!(errors[0].to_string().contains("yes, no"), "{}", errors[0]);
}

#[test]
fn team_errors_point_at_dataset_rows_and_role_cells() {
    let mut sheets = teams_fixture();
    // Dissolved before it was formed, so both roles in it outlive it;
    // publishers one short; a team of an organisation nobody names, so
    // not the organisation of the role in it.
    sheets.dataset = sheets
        .dataset
        .replacen(
            "team.safety.dissolved,2024-06,",
            "team.safety.dissolved,2020-01,",
            1,
        )
        .replacen(
            "team.rival-alignment.org,rival,",
            "team.rival-alignment.org,rivall,",
            1,
        )
        .replacen("Example News; Example Daily", "Example News", 1);
    let errors = convert_err(&sheets);
    assert_eq!(
        found(&errors),
        expected(&[
            ("dataset.csv row 10, column en", "end-before-start"),
            ("dataset.csv row 13, column zh", "missing-field"),
            ("dataset.csv row 16, column en", "unknown-reference"),
            ("people.csv row 3, column team", "outside-team-dates"),
            ("people.csv row 4, column team", "outside-team-dates"),
            (
                "people.csv row 6, column team",
                "team-of-another-organization"
            ),
        ]),
        "{errors:#?}"
    );
}

#[test]
fn lead_and_dotted_line_errors_point_at_their_cells() {
    let mut sheets = teams_fixture();
    // A lead with no team; a dotted line to oneself and one to nobody.
    sheets.people = sheets
        .people
        .replacen(",research,,2019,", ",,,2019,", 1)
        .replacen(
            ",no,ada-lovelace; alan-turing",
            ",no,grace-hopper; alan-turin",
            1,
        );
    let errors = convert_err(&sheets);
    assert_eq!(
        found(&errors),
        expected(&[
            ("people.csv row 2, column lead", "lead-without-team"),
            ("people.csv row 5, column dotted_line_to", "line-to-self"),
            (
                "people.csv row 5, column dotted_line_to",
                "unknown-reference"
            ),
        ]),
        "{errors:#?}"
    );
}

#[test]
fn a_dotted_line_to_someone_gone_is_reported_at_its_cell() {
    let mut sheets = teams_fixture();
    // Hopper's research role starts after Lovelace has left the lab.
    sheets.people = sheets
        .people
        .replacen(
            ",research,,2024-05,2024-09,",
            ",research,,2024-09,2024-10,",
            1,
        )
        .replacen("ada-lovelace; alan-turing", "ada-lovelace", 1);
    let errors = convert_err(&sheets);
    assert_eq!(
        found(&errors),
        expected(&[(
            "people.csv row 5, column dotted_line_to",
            "line-outside-dates"
        )]),
        "{errors:#?}"
    );
}

#[test]
fn the_openai_teams_roles_and_steps_survive_the_spreadsheet_form() {
    // data/openai.json's teams, written as dataset.csv rows, its people
    // with their roles at the organisations the template's events name,
    // written as people.csv, and steps on the template's events (a
    // fixture's: OpenAI's own reach back to the founding, before the
    // template's events), written as steps.csv, read back as they were:
    // all but the sources' titles and dates, which the form leaves out.
    let openai = openai();
    let steps = openai_steps_fixture();
    let template = templates();
    let mut dataset: Vec<Vec<String>> = csv_rows(&template.dataset)
        .into_iter()
        .filter(|row| !row[0].starts_with("team."))
        .collect();
    for team in &openai.teams {
        let key = |part: &str| format!("team.{}{part}", team.id);
        let row = |field: String, en: &str, zh: &str| vec![field, en.to_string(), zh.to_string()];
        dataset.push(row(key(""), &team.name.en, &team.name.zh));
        dataset.push(row(key(".org"), &team.org, ""));
        for (part, date) in [(".formed", team.formed), (".dissolved", team.dissolved)] {
            if let Some(date) = date {
                dataset.push(row(key(part), &date.to_string(), ""));
            }
        }
        for (part, text) in [
            (".description", &team.description),
            (".dates_note", &team.dates_note),
        ] {
            if let Some(text) = text {
                dataset.push(row(key(part), &text.en, &text.zh));
            }
        }
        let (urls, publishers) = joined(&team.sources);
        dataset.push(row(key(".sources"), &urls, &publishers));
    }

    let named = ["openai", "anthropic", "ssi"];
    let mut people = vec![PEOPLE_COLUMNS
        .iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()];
    for person in &openai.people {
        let mut name = vec![
            person.id.clone(),
            person.name.en.clone(),
            person.name.zh.clone(),
            if person.cofounder { "yes" } else { "no" }.to_string(),
        ];
        let roles: Vec<&Role> = person
            .roles
            .iter()
            .filter(|r| named.contains(&r.org.as_str()))
            .collect();
        if roles.is_empty() {
            people.push(std::mem::take(&mut name));
        }
        for role in roles {
            let text = |t: &Option<departures::core::model::Localized>| {
                t.as_ref()
                    .map(|t| (t.en.clone(), t.zh.clone()))
                    .unwrap_or_default()
            };
            let date = |d: Option<departures::core::date::PartialDate>| {
                d.map(|d| d.to_string()).unwrap_or_default()
            };
            let (note_en, note_zh) = text(&role.dates_note);
            let (urls, publishers) = joined(&role.sources);
            let mut row = std::mem::take(&mut name);
            row.resize(4, String::new());
            row[0] = person.id.clone();
            row.extend([
                role.title.en.clone(),
                role.title.zh.clone(),
                role.team.clone().unwrap_or_default(),
                role.reports_to.clone().unwrap_or_default(),
                date(role.start),
                date(role.end),
                role.org.clone(),
                date(role.held_by),
                note_en,
                note_zh,
                urls,
                publishers,
                if role.lead { "yes" } else { "" }.to_string(),
                role.dotted_line_to.join("; "),
            ]);
            people.push(row);
        }
    }
    let data = convert_ok(&Sheets {
        dataset: csv_text(&dataset),
        people: csv_text(&people),
        events: template.events,
        steps: Some(steps_csv(&steps)),
    });

    assert_eq!(data.teams.len(), openai.teams.len());
    for (read, original) in data.teams.iter().zip(&openai.teams) {
        assert_eq!(read, &without_source_details(original));
    }
    assert_eq!(data.people.len(), openai.people.len());
    for (read, original) in data.people.iter().zip(&openai.people) {
        let kept: Vec<Role> = original
            .roles
            .iter()
            .filter(|r| named.contains(&r.org.as_str()))
            .map(|r| Role {
                sources: without_details(&r.sources),
                ..r.clone()
            })
            .collect();
        assert_eq!(read.roles, kept, "{}", read.id);
    }
    assert!(data.people.iter().flat_map(|p| &p.roles).any(|r| r.lead));

    assert!(!steps.is_empty());
    assert_eq!(data.steps, steps_as_read(&steps));
}

/// The rows of a CSV, header included.
fn csv_rows(csv: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// Moves the first column of every line of a simple CSV (no quoted commas in
/// the first column) to the end.
fn move_first_column_last(csv: &str) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in reader.records() {
        let record = record.unwrap();
        let mut cells: Vec<&str> = record.iter().skip(1).collect();
        cells.push(&record[0]);
        writer.write_record(cells).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// Adds `person_name_en` and `person_name_zh` after the `person` column of
/// an events sheet, filled with `en` and `zh` on every row.
fn add_person_name_columns(csv: &str, en: &str, zh: &str) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut at = None;
    for record in reader.records() {
        let record = record.unwrap();
        let mut cells: Vec<&str> = record.iter().collect();
        match at {
            None => {
                let person = cells.iter().position(|&c| c == "person").unwrap() + 1;
                cells.splice(person..person, ["person_name_en", "person_name_zh"]);
                at = Some(person);
            }
            Some(person) => {
                cells.splice(person..person, [en, zh]);
            }
        }
        writer.write_record(cells).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// Removes the column headed `name` from a CSV.
fn drop_column(csv: &str, name: &str) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut drop_at = None;
    for record in reader.records() {
        let record = record.unwrap();
        let at = *drop_at.get_or_insert_with(|| record.iter().position(|c| c == name).unwrap());
        let cells: Vec<&str> = record
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != at)
            .map(|(_, c)| c)
            .collect();
        writer.write_record(cells).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}
