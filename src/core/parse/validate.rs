//! Checks everything the types cannot: unique ids, references, reasons listed
//! once per event, reporting-line cycles, date order, required text in both
//! languages, links and colours.

use std::collections::HashSet;

use std::collections::HashMap;

use super::error::{shorten, DataError, ErrorKind, Errors};
use super::steps::{validate_steps, StepIds};
use crate::core::calendar::NaiveDate;
use crate::core::date::PartialDate;
use crate::core::lang::Lang;
use crate::core::model::{Dataset, Localized, Role, Team, Verification};

/// Ids present in the raw data, including elements that failed to decode, so
/// that references to a broken element are not reported a second time.
#[derive(Clone, Debug, Default)]
pub struct KnownIds {
    /// Reason ids.
    pub reasons: Vec<String>,
    /// Organisation ids.
    pub organizations: Vec<String>,
    /// Person ids.
    pub people: Vec<String>,
    /// Event ids.
    pub events: Vec<String>,
    /// Era ids.
    pub eras: Vec<String>,
    /// Team ids.
    pub teams: Vec<String>,
    /// Story step ids.
    pub steps: Vec<String>,
}

/// Records every problem with a decoded data set in `errors`. `known` holds
/// the raw ids (see [`KnownIds`]); duplicates are reported from it too.
pub fn validate(data: &Dataset, known: &KnownIds, errors: &mut Errors) {
    let reasons = id_set("reasons", &known.reasons, errors);
    let organizations = id_set("organizations", &known.organizations, errors);
    let people = id_set("people", &known.people, errors);
    id_set("events", &known.events, errors);
    let eras = id_set("eras", &known.eras, errors);
    let teams = id_set("teams", &known.teams, errors);
    let reference = unknown_reference;

    text("title", &data.title, errors);
    text("subtitle", &data.subtitle, errors);
    if let Some(credit) = &data.credit {
        text("credit", credit, errors);
    }
    errors.extend(reference(
        "organization".into(),
        &data.organization,
        &organizations,
        "organizations",
    ));

    let mut symbols = HashSet::new();
    for (i, reason) in data.reasons.iter().enumerate() {
        text(&format!("reasons[{i}].label"), &reason.label, errors);
        if !is_hex_color(&reason.color) {
            errors.push(DataError::new(
                format!("reasons[{i}].color"),
                ErrorKind::BadColor {
                    value: reason.color.clone(),
                },
            ));
        }
        if !symbols.insert(reason.symbol) {
            errors.push(DataError::new(
                format!("reasons[{i}].symbol"),
                ErrorKind::DuplicateSymbol {
                    symbol: format!("{:?}", reason.symbol).to_ascii_lowercase(),
                },
            ));
        }
    }

    for (i, org) in data.organizations.iter().enumerate() {
        text(&format!("organizations[{i}].name"), &org.name, errors);
        if let Some(description) = &org.description {
            text(
                &format!("organizations[{i}].description"),
                description,
                errors,
            );
        }
        if let Some(url) = &org.url {
            link(format!("organizations[{i}].url"), url, errors);
        }
    }

    for (i, team) in data.teams.iter().enumerate() {
        let path = format!("teams[{i}]");
        text(&format!("{path}.name"), &team.name, errors);
        errors.extend(reference(
            format!("{path}.org"),
            &team.org,
            &organizations,
            "organizations",
        ));
        for (field, note) in [
            ("description", &team.description),
            ("dates_note", &team.dates_note),
        ] {
            if let Some(note) = note {
                text(&format!("{path}.{field}"), note, errors);
            }
        }
        for (s, source) in team.sources.iter().enumerate() {
            link(format!("{path}.sources[{s}].url"), &source.url, errors);
        }
        if let (Some(formed), Some(dissolved)) = (team.formed, team.dissolved) {
            if dissolved < formed {
                errors.push(DataError::new(
                    format!("{path}.dissolved"),
                    ErrorKind::EndBeforeStart {
                        start: formed.to_string(),
                        end: dissolved.to_string(),
                    },
                ));
            }
        }
    }
    let spans = Spans::new(data, &organizations);
    validate_steps(
        data,
        &StepIds {
            steps: &known.steps,
            reasons: &reasons,
            people: &people,
            teams: &teams,
            organization_known: organizations.contains(data.organization.as_str()),
        },
        errors,
    );

    for (p, person) in data.people.iter().enumerate() {
        if !is_person_id(&person.id) {
            errors.push(DataError::new(
                format!("people[{p}].id"),
                ErrorKind::BadPersonId {
                    id: person.id.clone(),
                },
            ));
        }
        text(&format!("people[{p}].name"), &person.name, errors);
        for (r, role) in person.roles.iter().enumerate() {
            let path = format!("people[{p}].roles[{r}]");
            text(&format!("{path}.title"), &role.title, errors);
            errors.extend(reference(
                format!("{path}.org"),
                &role.org,
                &organizations,
                "organizations",
            ));
            if let Some(manager) = &role.reports_to {
                let at = format!("{path}.reports_to");
                match reference(at.clone(), manager, &people, "people") {
                    Some(unknown) => errors.push(unknown),
                    None => spans.check_line(at, role, manager, errors),
                }
            }
            for (d, to) in role.dotted_line_to.iter().enumerate() {
                let at = format!("{path}.dotted_line_to[{d}]");
                if *to == person.id {
                    errors.push(DataError::new(at, ErrorKind::LineToSelf));
                    continue;
                }
                match reference(at.clone(), to, &people, "people") {
                    Some(unknown) => errors.push(unknown),
                    None => spans.check_line(at, role, to, errors),
                }
            }
            match (&role.team, data.teams.is_empty()) {
                (None, _) if role.lead => {
                    errors.push(DataError::new(
                        format!("{path}.lead"),
                        ErrorKind::LeadWithoutTeam,
                    ));
                }
                // Without a list of teams, a role's team is a free label.
                (None, _) | (Some(_), true) => {}
                (Some(id), false) => {
                    let at = format!("{path}.team");
                    match (reference(at.clone(), id, &teams, "teams"), data.team(id)) {
                        (Some(unknown), _) => errors.push(unknown),
                        (None, Some(team)) => team_membership(at, role, team, errors),
                        // A team that failed to decode: reported there.
                        (None, None) => {}
                    }
                }
            }
            if let Some(note) = &role.dates_note {
                text(&format!("{path}.dates_note"), note, errors);
            }
            for (s, source) in role.sources.iter().enumerate() {
                link(format!("{path}.sources[{s}].url"), &source.url, errors);
            }
            if let (Some(start), Some(end)) = (role.start.or(role.held_by), role.end) {
                if end < start {
                    errors.push(DataError::new(
                        format!("{path}.end"),
                        ErrorKind::EndBeforeStart {
                            start: start.to_string(),
                            end: end.to_string(),
                        },
                    ));
                }
            }
        }
    }
    reporting_cycles(data, errors);

    for (i, event) in data.events.iter().enumerate() {
        let path = format!("events[{i}]");
        errors.extend(reference(
            format!("{path}.person"),
            &event.person,
            &people,
            "people",
        ));
        text(&format!("{path}.summary"), &event.summary, errors);
        if event.reasons.is_empty() {
            errors.push(DataError::new(
                format!("{path}.reasons"),
                ErrorKind::NoReason,
            ));
        }
        let mut listed = HashSet::new();
        for (r, reason) in event.reasons.iter().enumerate() {
            let reason_path = format!("{path}.reasons[{r}]");
            if !listed.insert(reason.as_str()) {
                // Drawn once per repeat: one mark, row entry and chip each.
                errors.push(DataError::new(
                    reason_path,
                    ErrorKind::ReasonTwice { id: reason.clone() },
                ));
            } else {
                errors.extend(reference(reason_path, reason, &reasons, "reasons"));
            }
        }
        if let Some(to) = &event.to {
            errors.extend(reference(
                format!("{path}.to"),
                to,
                &organizations,
                "organizations",
            ));
        }
        if let Some(era) = &event.era {
            errors.extend(reference(format!("{path}.era"), era, &eras, "eras"));
        }
        if event.sources.is_empty() && event.verification == Verification::Confirmed {
            errors.push(DataError::new(
                format!("{path}.sources"),
                ErrorKind::NoSource,
            ));
        }
        for (s, source) in event.sources.iter().enumerate() {
            link(format!("{path}.sources[{s}].url"), &source.url, errors);
        }
        match &event.verification_note {
            None if event.verification != Verification::Confirmed => errors.push(DataError::new(
                format!("{path}.verification_note"),
                ErrorKind::NoVerificationNote,
            )),
            Some(note) => text(&format!("{path}.verification_note"), note, errors),
            None => {}
        }
    }

    for (i, era) in data.eras.iter().enumerate() {
        text(&format!("eras[{i}].label"), &era.label, errors);
        if era.end < era.start {
            errors.push(DataError::new(
                format!("eras[{i}].end"),
                ErrorKind::EndBeforeStart {
                    start: era.start.to_string(),
                    end: era.end.to_string(),
                },
            ));
        }
    }
}

/// A role's team must belong to the role's organisation, and the role must
/// fall within the team's life: not begun before it was formed, not ended
/// (or still held) after it was dissolved. Partial dates are read in the
/// role's favour ("2023" may be any day of 2023).
fn team_membership(path: String, role: &Role, team: &Team, errors: &mut Errors) {
    if role.org != team.org {
        errors.push(DataError::new(
            path,
            ErrorKind::TeamOfAnotherOrganization {
                team: team.id.clone(),
                org: team.org.clone(),
            },
        ));
        return;
    }
    let from = role.start.or(role.held_by);
    let before = matches!((from, team.formed), (Some(from), Some(formed)) if from.last_day() < formed.first_day());
    let after = team.dissolved.is_some_and(|dissolved| {
        role.end
            .is_none_or(|end| end.first_day() > dissolved.last_day())
    });
    if before || after {
        errors.push(DataError::new(
            path,
            ErrorKind::OutsideTeamDates {
                team: team.id.clone(),
                formed: team.formed.map(|d| d.to_string()),
                dissolved: team.dissolved.map(|d| d.to_string()),
            },
        ));
    }
}

/// From a day to a day; `None` where no date bounds it.
type Span = (Option<NaiveDate>, Option<NaiveDate>);

/// For each person and organisation, the widest span their roles there
/// could cover: from the earliest possible start to the latest possible
/// end (`None`: open-ended). Built once, so checking a line costs a lookup
/// however many roles and lines a file holds.
struct Spans<'a> {
    by_person: HashMap<(&'a str, &'a str), Span>,
    /// The people whose roles can be judged: they decoded, and each of
    /// their roles names a known organisation (else the error is theirs).
    judged: HashSet<&'a str>,
}

impl<'a> Spans<'a> {
    fn new(data: &'a Dataset, organizations: &HashSet<&str>) -> Self {
        let mut by_person: HashMap<(&str, &str), Span> = HashMap::new();
        for person in &data.people {
            for role in &person.roles {
                let (from, until) = widest(role);
                by_person
                    .entry((person.id.as_str(), role.org.as_str()))
                    .and_modify(|span| {
                        span.0 = span.0.zip(from).map(|(a, b)| a.min(b));
                        span.1 = span.1.zip(until).map(|(a, b)| a.max(b));
                    })
                    .or_insert((from, until));
            }
        }
        let judged = data
            .people
            .iter()
            .filter(|p| {
                p.roles
                    .iter()
                    .all(|r| organizations.contains(r.org.as_str()))
            })
            .map(|p| p.id.as_str())
            .collect();
        Spans { by_person, judged }
    }

    /// Reports a line from `role` to `to` when `to` held no role in the
    /// role's organisation at any time the role may have been held.
    fn check_line(&self, path: String, role: &Role, to: &str, errors: &mut Errors) {
        if !self.judged.contains(to) {
            return;
        }
        let (from, until) = widest(role);
        let meets = self.by_person.get(&(to, role.org.as_str())).is_some_and(
            |&(their_from, their_until)| {
                before_or_open(their_from, until) && before_or_open(from, their_until)
            },
        );
        if !meets {
            errors.push(DataError::new(
                path,
                ErrorKind::LineOutsideDates {
                    person: to.to_string(),
                    org: role.org.clone(),
                },
            ));
        }
    }
}

/// The earliest day a role may have begun and the latest it may have
/// ended; `None` where no date bounds it.
fn widest(role: &Role) -> Span {
    (
        role.start.or(role.held_by).map(|d| d.first_day()),
        role.end.map(|d: PartialDate| d.last_day()),
    )
}

/// Whether `a` is on or before `b`, an unknown bound being open.
fn before_or_open(a: Option<NaiveDate>, b: Option<NaiveDate>) -> bool {
    a.zip(b).is_none_or(|(a, b)| a <= b)
}

/// The set of ids in one list, reporting each repeat.
/// The error for `id` at `path` when it names nothing in `set` (the ids of
/// `collection`).
pub(super) fn unknown_reference(
    path: String,
    id: &str,
    set: &HashSet<&str>,
    collection: &str,
) -> Option<DataError> {
    (!set.contains(id)).then(|| {
        DataError::new(
            path,
            ErrorKind::UnknownReference {
                id: id.to_string(),
                collection: collection.to_string(),
            },
        )
    })
}

pub(super) fn id_set<'a>(
    collection: &str,
    ids: &'a [String],
    errors: &mut Errors,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, id) in ids.iter().enumerate() {
        if !seen.insert(id.as_str()) {
            errors.push(DataError::new(
                format!("{collection}[{i}].id"),
                ErrorKind::DuplicateId { id: id.clone() },
            ));
        }
    }
    seen
}

/// Reports a blank `zh` or `en` text.
pub(super) fn text(path: &str, value: &Localized, errors: &mut Errors) {
    for lang in Lang::ALL {
        if value.get(lang).trim().is_empty() {
            errors.push(DataError::new(
                format!("{path}.{}", lang.code()),
                ErrorKind::MissingText { lang },
            ));
        }
    }
}

pub(super) fn link(path: String, url: &str, errors: &mut Errors) {
    if !is_http_url(url) {
        errors.push(DataError::new(
            path,
            ErrorKind::NotHttpUrl {
                value: url.to_string(),
            },
        ));
    }
}

/// Most people a reporting-cycle message names before "…".
pub const MAX_CHAIN_IDS: usize = 10;

/// Every loop in the reporting lines, each reported once at the role that
/// closes it, naming at most [`MAX_CHAIN_IDS`] people. Linear in people and
/// roles: a crafted file can hold as many loops as roles, each as long as
/// the data set.
fn reporting_cycles(data: &Dataset, errors: &mut Errors) {
    let index = data.person_indices();
    let managers: Vec<Vec<(usize, usize)>> = data
        .people
        .iter()
        .map(|person| {
            person
                .roles
                .iter()
                .enumerate()
                .filter_map(|(r, role)| {
                    let manager = role.reports_to.as_deref()?;
                    Some((*index.get(manager)?, r))
                })
                .collect()
        })
        .collect();

    // Iterative depth-first search: 0 = unvisited, 1 = on the stack, 2 = done;
    // `depth` is where a person on the stack is on it.
    let mut state = vec![0u8; data.people.len()];
    let mut depth = vec![0usize; data.people.len()];
    let mut reported = HashSet::new();
    for start in 0..data.people.len() {
        if state[start] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        state[start] = 1;
        depth[start] = 0;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if let Some(&(manager, role)) = managers[node].get(*next) {
                *next += 1;
                match state[manager] {
                    0 => {
                        state[manager] = 1;
                        depth[manager] = stack.len();
                        stack.push((manager, 0));
                    }
                    // Two roles of one person under the same manager close
                    // the same loop: reported once.
                    1 if reported.insert((node, manager)) => {
                        let cycle = stack[depth[manager]..].iter().map(|&(n, _)| n);
                        errors.push(DataError::new(
                            format!("people[{node}].roles[{role}].reports_to"),
                            ErrorKind::ReportingCycle {
                                chain: cycle_chain(data, cycle),
                            },
                        ));
                    }
                    _ => {}
                }
            } else {
                state[node] = 2;
                stack.pop();
            }
        }
    }
}

/// `a → b → a`: the people of a loop in order, back to the first; after
/// [`MAX_CHAIN_IDS`] people, `…` stands for the rest. Ids are [`shorten`]ed.
fn cycle_chain(data: &Dataset, mut cycle: impl ExactSizeIterator<Item = usize>) -> String {
    let length = cycle.len();
    let first = cycle
        .next()
        .map_or(String::new(), |n| shorten(&data.people[n].id));
    let mut chain = first.clone();
    for n in cycle.take(MAX_CHAIN_IDS - 1) {
        chain.push_str(" → ");
        chain.push_str(&shorten(&data.people[n].id));
    }
    if length > MAX_CHAIN_IDS {
        chain.push_str(" → …");
    }
    chain.push_str(" → ");
    chain.push_str(&first);
    chain
}

/// Whether `id` is lowercase ASCII letters and digits in words joined by single hyphens.
pub fn is_person_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn is_hex_color(color: &str) -> bool {
    color.len() == 7 && color.starts_with('#') && color[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether `url` is an absolute `http:` or `https:` address.
pub fn is_http_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    matches!(rest, Some(host) if !host.is_empty() && !host.starts_with('/') && !host.contains(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_urls_are_links() {
        assert!(is_http_url("https://techcrunch.com/2024/05/14/x"));
        assert!(is_http_url("HTTP://example.org"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url("ftp://example.org"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("//example.org"));
    }

    /// A data set whose people report in a chain, `p-0` → `p-1` → … →
    /// `p-{n-1}`, each but the first also back to `p-0`: `n - 1` loops, the
    /// longest `n` people long.
    pub(crate) fn reporting_chain(n: usize) -> serde_json::Value {
        let role = |manager: usize| {
            serde_json::json!({"org": "acme", "title": {"zh": "职员", "en": "Staff"},
                "reports_to": format!("p-{manager}")})
        };
        let people: Vec<_> = (0..n)
            .map(|i| {
                let roles = match i {
                    0 => vec![role(1)],
                    _ if i + 1 == n => vec![role(0)],
                    _ => vec![role(i + 1), role(0)],
                };
                serde_json::json!({"id": format!("p-{i}"),
                    "name": {"zh": "人", "en": "Person"}, "roles": roles})
            })
            .collect();
        serde_json::json!({
            "schema_version": 1, "id": "chain",
            "title": {"zh": "链", "en": "Chain"}, "subtitle": {"zh": "链", "en": "Chain"},
            "as_of": "2024", "organization": "acme",
            "reasons": [{"id": "unknown", "label": {"zh": "原因不明", "en": "Unknown"},
                "color": "#8C8C8C", "symbol": "plus"}],
            "organizations": [{"id": "acme", "name": {"zh": "某公司", "en": "Acme"}}],
            "people": people, "events": []
        })
    }

    #[test]
    fn each_reporting_loop_is_reported_once_naming_at_most_ten_people() {
        let errors = crate::core::parse::decode::decode_dataset(&reporting_chain(30)).unwrap_err();
        let chains: Vec<&str> = errors
            .iter()
            .map(|e| match &e.kind {
                ErrorKind::ReportingCycle { chain } => chain.as_str(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(chains.len(), 29);
        assert!(chains.contains(&"p-0 → p-1 → p-0"));
        assert!(chains.contains(&"p-0 → p-1 → p-2 → p-3 → p-4 → p-5 → p-6 → p-7 → p-8 → p-9 → p-0"));
        assert!(
            chains.contains(&"p-0 → p-1 → p-2 → p-3 → p-4 → p-5 → p-6 → p-7 → p-8 → p-9 → … → p-0")
        );
        for chain in chains {
            assert!(chain.split(" → ").count() <= MAX_CHAIN_IDS + 2, "{chain}");
        }
    }

    #[test]
    fn person_ids_are_lowercase_words_joined_by_hyphens() {
        assert!(is_person_id("jan-leike"));
        assert!(is_person_id("r2-d2"));
        for bad in [
            "Jan-Leike",
            "jan leike",
            "jan--leike",
            "-jan",
            "jan-",
            "",
            "苏",
        ] {
            assert!(!is_person_id(bad), "{bad}");
        }
    }
}
