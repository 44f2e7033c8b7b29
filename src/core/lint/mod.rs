//! `departures lint`: the editorial checks a valid data set can still fail.
//!
//! Validation ([`crate::core::parse`]) decides whether a file can be read at
//! all. The lint reads a valid [`Dataset`] the way a fact-checker would and
//! reports what it would state falsely or below newsroom standard:
//!
//! - **errors** (the graphic would state something false): a destination
//!   named before it existed or before it was known; a coarse date that sorts
//!   an event before one it must follow; an event with no source at all; a
//!   role dated before its organisation existed, or a team formed before it;
//! - **warnings** (the editor should look): a confirmed event supported only
//!   by Wikipedia or a mirror; a quote without a translation; a role whose
//!   start is neither given nor explained; a story step whose caption has no
//!   source; Chinese typography (spaces around digits, ASCII colon, ellipsis
//!   or range dash).
//!
//! Every [`Finding`] has a JSON path, and its message and hint exist in both
//! languages ([`crate::core::i18n::lint`]).

use std::collections::HashMap;

use crate::core::date::PartialDate;
use crate::core::model::{Dataset, Event, EventKind, Verification};
use crate::core::org::EventsByPerson;

mod typography;

pub use typography::typography_problem;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The data set would state something false; `departures lint` fails.
    Error,
    /// Below standard; the editor should read it.
    Warning,
}

/// What a finding is about, with the values its message needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LintKind {
    /// `to` names an organisation founded after the event's date.
    DestinationNotFoundedYet {
        /// Organisation id.
        to: String,
        /// When it was founded (or first founded by someone in the data).
        founded: PartialDate,
    },
    /// A departure names a destination that the same person only joins or
    /// founds later, in another event.
    DestinationKnownOnlyLater {
        /// Organisation id.
        to: String,
        /// Id of the later event that names it.
        later: String,
    },
    /// A year- or month-precision date sorts this event before an event of
    /// the same person that it must follow.
    SortsBeforeEarlierEvent {
        /// Id of the event it must follow.
        follows: String,
    },
    /// An event with no source at all.
    NoSource,
    /// A confirmed event whose only sources are Wikipedia or known mirrors.
    WeakSourcesOnly {
        /// The hosts cited.
        hosts: String,
    },
    /// A quote with no translation into the other language.
    QuoteWithoutTranslation,
    /// A role with no start and no note saying why.
    RoleWithoutStart {
        /// The person's name (English).
        person: String,
    },
    /// A role that starts before its organisation was founded.
    RoleBeforeOrganization {
        /// Organisation id.
        org: String,
        /// When it was founded.
        founded: PartialDate,
    },
    /// A team formed before its organisation was founded.
    TeamBeforeOrganization {
        /// Organisation id.
        org: String,
        /// When it was founded.
        founded: PartialDate,
    },
    /// A story step with no source for what its caption says.
    StepWithoutSource {
        /// The step's id.
        step: String,
    },
    /// A Chinese text breaks the article's typography.
    ChineseTypography {
        /// Which rule.
        problem: TypographyProblem,
        /// The offending passage, a few characters either side.
        excerpt: String,
    },
}

/// The Chinese typography rules (the source article's house style).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypographyProblem {
    /// A space between a digit and a Chinese character ("2024 年").
    SpaceAroundDigit,
    /// An ASCII colon outside a time of day.
    AsciiColon,
    /// "..." or a single "…" instead of "……".
    Ellipsis,
    /// An en dash in a range ("2017–2022年") instead of "至" or "—".
    RangeDash,
}

/// One finding: where, what, how serious.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// JSON path, e.g. `events[21].to`.
    pub path: String,
    /// What is wrong.
    pub kind: LintKind,
}

impl Finding {
    fn new(path: impl Into<String>, kind: LintKind) -> Finding {
        Finding {
            path: path.into(),
            kind,
        }
    }

    /// Error or warning.
    pub fn severity(&self) -> Severity {
        match self.kind {
            LintKind::DestinationNotFoundedYet { .. }
            | LintKind::DestinationKnownOnlyLater { .. }
            | LintKind::SortsBeforeEarlierEvent { .. }
            | LintKind::NoSource
            | LintKind::RoleBeforeOrganization { .. }
            | LintKind::TeamBeforeOrganization { .. } => Severity::Error,
            LintKind::WeakSourcesOnly { .. }
            | LintKind::QuoteWithoutTranslation
            | LintKind::RoleWithoutStart { .. }
            | LintKind::StepWithoutSource { .. }
            | LintKind::ChineseTypography { .. } => Severity::Warning,
        }
    }

    /// A short stable code for the rule, e.g. `destination-not-founded-yet`.
    pub fn code(&self) -> &'static str {
        match self.kind {
            LintKind::DestinationNotFoundedYet { .. } => "destination-not-founded-yet",
            LintKind::DestinationKnownOnlyLater { .. } => "destination-known-only-later",
            LintKind::SortsBeforeEarlierEvent { .. } => "sorts-before-earlier-event",
            LintKind::NoSource => "no-source",
            LintKind::WeakSourcesOnly { .. } => "weak-sources-only",
            LintKind::QuoteWithoutTranslation => "quote-without-translation",
            LintKind::RoleWithoutStart { .. } => "role-without-start",
            LintKind::RoleBeforeOrganization { .. } => "role-before-organization",
            LintKind::TeamBeforeOrganization { .. } => "team-before-organization",
            LintKind::StepWithoutSource { .. } => "step-without-source",
            LintKind::ChineseTypography { .. } => "chinese-typography",
        }
    }
}

/// Hosts whose pages copy other outlets' or Wikipedia's text: never enough,
/// alone, to call an event confirmed.
pub const MIRROR_HOSTS: [&str; 14] = [
    "owiki.org",
    "memim.com",
    "g24.aizhi.co",
    "liquisearch.com",
    "wikivisually.com",
    "wikiwand.com",
    "en-wiki.fonk.bid",
    "histre.com",
    "iiab.me",
    "blog.e-arrabita.ma",
    "brilliancefinancials.com",
    "icloud.info",
    "dagospia.com",
    "windowsforum.com",
];

/// Every finding in `data`, errors first, each kind in data order.
pub fn lint(data: &Dataset) -> Vec<Finding> {
    let mut findings = Vec::new();
    // Each person's events, so the rules that compare a person's events look
    // only at theirs (linear in the data set, not quadratic).
    let by_person = EventsByPerson::new(data);
    destinations(data, &by_person, &mut findings);
    event_order(data, &by_person, &mut findings);
    sources(data, &mut findings);
    quotes(data, &mut findings);
    roles(data, &mut findings);
    teams(data, &mut findings);
    steps(data, &mut findings);
    typography::check(data, &mut findings);
    findings.sort_by_key(|f| f.severity());
    findings
}

/// When each destination came to exist: its `founded`, or else the earliest
/// event in which someone founds it.
fn existence(data: &Dataset) -> HashMap<&str, PartialDate> {
    let mut founded: HashMap<&str, PartialDate> = data
        .organizations
        .iter()
        .filter_map(|o| Some((o.id.as_str(), o.founded?)))
        .collect();
    for event in data.events.iter().filter(|e| e.kind == EventKind::Founded) {
        if let Some(to) = event.to.as_deref() {
            let first = founded.entry(to).or_insert(event.date);
            let known = data.organization(to).is_some_and(|o| o.founded.is_some());
            if !known && event.date.first_day() < first.first_day() {
                *first = event.date;
            }
        }
    }
    founded
}

/// Whether `a` certainly falls after `b` (every day `a` may stand for is
/// later than every day `b` may).
fn certainly_after(a: PartialDate, b: PartialDate) -> bool {
    a.first_day() > b.last_day()
}

fn destinations(data: &Dataset, by_person: &EventsByPerson, findings: &mut Vec<Finding>) {
    let existence = existence(data);
    let people = data.person_indices();
    for (i, event) in data.events.iter().enumerate() {
        let Some(to) = event.to.as_deref() else {
            continue;
        };
        let path = format!("events[{i}].to");
        if let Some(&founded) = existence
            .get(to)
            .filter(|f| certainly_after(**f, event.date))
        {
            findings.push(Finding::new(
                &path,
                LintKind::DestinationNotFoundedYet {
                    to: to.to_string(),
                    founded,
                },
            ));
            continue;
        }
        if !matches!(event.kind, EventKind::Departure | EventKind::Dismissal) {
            continue;
        }
        let theirs = people
            .get(event.person.as_str())
            .map_or(&[][..], |&p| by_person.of(p));
        let later = theirs.iter().map(|&e| &data.events[e]).find(|other| {
            matches!(other.kind, EventKind::Joined | EventKind::Founded)
                && other.to.as_deref() == Some(to)
                && certainly_after(other.date, event.date)
        });
        if let Some(later) = later {
            findings.push(Finding::new(
                path,
                LintKind::DestinationKnownOnlyLater {
                    to: to.to_string(),
                    later: later.id.clone(),
                },
            ));
        }
    }
}

/// Whether `later` must come after `earlier` when both happen to one person:
/// joining or founding elsewhere after leaving, a return after leaving.
fn must_follow(later: &Event, earlier: &Event, main: &str) -> bool {
    let left = matches!(
        earlier.kind,
        EventKind::Departure | EventKind::Dismissal | EventKind::Leave
    );
    let moves_on = matches!(later.kind, EventKind::Joined | EventKind::Founded)
        && later.to.as_deref() != Some(main)
        && earlier.kind != EventKind::Leave;
    left && (moves_on || later.kind == EventKind::Return)
}

fn event_order(data: &Dataset, by_person: &EventsByPerson, findings: &mut Vec<Finding>) {
    let people = data.person_indices();
    for (i, later) in data.events.iter().enumerate() {
        let theirs = people
            .get(later.person.as_str())
            .map_or(&[][..], |&p| by_person.of(p));
        let must_follow_one = theirs.iter().map(|&e| &data.events[e]).find(|earlier| {
            must_follow(later, earlier, &data.organization)
                && later.date.first_day() < earlier.date.first_day()
                && later.date.last_day() >= earlier.date.first_day()
        });
        if let Some(earlier) = must_follow_one {
            findings.push(Finding::new(
                format!("events[{i}].date"),
                LintKind::SortsBeforeEarlierEvent {
                    follows: earlier.id.clone(),
                },
            ));
        }
    }
}

/// The host of an address, without `www.`.
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// Whether a source's address is Wikipedia or a known mirror.
pub fn is_weak_source(url: &str) -> bool {
    let host = host(url).to_ascii_lowercase();
    let matches = |known: &str| host == known || host.ends_with(&format!(".{known}"));
    matches("wikipedia.org") || MIRROR_HOSTS.iter().any(|known| matches(known))
}

fn sources(data: &Dataset, findings: &mut Vec<Finding>) {
    for (i, event) in data.events.iter().enumerate() {
        let path = format!("events[{i}].sources");
        if event.sources.is_empty() {
            findings.push(Finding::new(path, LintKind::NoSource));
        } else if event.verification == Verification::Confirmed
            && event.sources.iter().all(|s| is_weak_source(&s.url))
        {
            let mut hosts: Vec<&str> = event.sources.iter().map(|s| host(&s.url)).collect();
            hosts.dedup();
            findings.push(Finding::new(
                path,
                LintKind::WeakSourcesOnly {
                    hosts: hosts.join(", "),
                },
            ));
        }
    }
}

fn quotes(data: &Dataset, findings: &mut Vec<Finding>) {
    for (i, event) in data.events.iter().enumerate() {
        if let Some(quote) = &event.quote {
            let translated = quote
                .translation
                .as_ref()
                .and_then(|t| t.get(quote.lang.other()))
                .is_some_and(|t| !t.trim().is_empty());
            if !translated {
                findings.push(Finding::new(
                    format!("events[{i}].quote.translation"),
                    LintKind::QuoteWithoutTranslation,
                ));
            }
        }
    }
}

fn roles(data: &Dataset, findings: &mut Vec<Finding>) {
    for (p, person) in data.people.iter().enumerate() {
        for (r, role) in person.roles.iter().enumerate() {
            let path = format!("people[{p}].roles[{r}]");
            if role.start.is_none() && role.dates_note.is_none() {
                findings.push(Finding::new(
                    format!("{path}.start"),
                    LintKind::RoleWithoutStart {
                        person: person.name.en.clone(),
                    },
                ));
            }
            let Some(from) = role.start.or(role.held_by) else {
                continue;
            };
            let founded = data.organization(&role.org).and_then(|o| o.founded);
            if let Some(founded) = founded.filter(|f| certainly_after(*f, from)) {
                let field = if role.start.is_some() {
                    "start"
                } else {
                    "held_by"
                };
                findings.push(Finding::new(
                    format!("{path}.{field}"),
                    LintKind::RoleBeforeOrganization {
                        org: role.org.clone(),
                        founded,
                    },
                ));
            }
        }
    }
}

/// A team cannot be formed before its organisation was: the same check
/// as a role's start.
fn teams(data: &Dataset, findings: &mut Vec<Finding>) {
    for (i, team) in data.teams.iter().enumerate() {
        let Some(formed) = team.formed else {
            continue;
        };
        let founded = data.organization(&team.org).and_then(|o| o.founded);
        if let Some(founded) = founded.filter(|f| certainly_after(*f, formed)) {
            findings.push(Finding::new(
                format!("teams[{i}].formed"),
                LintKind::TeamBeforeOrganization {
                    org: team.org.clone(),
                    founded,
                },
            ));
        }
    }
}

/// A step's caption is what the reader is told at that step, in words of
/// the editor's own: the claims in it need their sources, as an event's
/// summary does. A warning, not an error: the events the step shows may
/// carry those sources already.
fn steps(data: &Dataset, findings: &mut Vec<Finding>) {
    for (i, step) in data.steps.iter().enumerate() {
        let claims = !(step.caption.en.trim().is_empty() && step.caption.zh.trim().is_empty());
        if claims && step.sources.is_empty() {
            findings.push(Finding::new(
                format!("steps[{i}].sources"),
                LintKind::StepWithoutSource {
                    step: step.id.clone(),
                },
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_read_without_www_and_path() {
        assert_eq!(host("https://www.example.org/a?b"), "example.org");
        assert_eq!(host("http://owiki.org"), "owiki.org");
        assert!(is_weak_source("https://en.wikipedia.org/wiki/X"));
        assert!(is_weak_source("https://www.dagospia.com/x"));
        assert!(!is_weak_source("https://techcrunch.com/2017/06/20/x"));
        assert!(!is_weak_source("https://notwikipedia.org/x"));
    }
}
