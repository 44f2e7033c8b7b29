//! Tiny data sets written inline, for the core's unit tests.
//!
//! A unit test states a rule on the two to four people and events the rule
//! is about, the way d3-hierarchy's stratify tests use a few inline rows, so
//! that the test shows what it checks and does not break when a journalist
//! edits the story. Facts of the shipped story are checked in
//! `tests/data_sets.rs` instead.
//!
//! [`DatasetBuilder`] adds one thing per call, and what follows a person is
//! about that person: [`cofounder`](DatasetBuilder::cofounder) marks them,
//! [`role`](DatasetBuilder::role) and [`event`](DatasetBuilder::event) add
//! to them. Each modifier changes the latest thing of its kind:
//! [`start`](DatasetBuilder::start) the last role,
//! [`to`](DatasetBuilder::to) the last event. It builds the model's
//! structs directly, then [`build`](DatasetBuilder::build) sends them
//! through [`parse_dataset`] as JSON, so a test's data passes the same
//! validation as a data file (or the test panics listing what is wrong).
//!
//! ```ignore
//! let data = DatasetBuilder::new()
//!     .founded("2015-12-11")
//!     .person("Ada Lovelace", "阿达·洛夫莱斯").cofounder()
//!     .role("CEO", "首席执行官").start("2015-12")
//!     .event("ada-leaves", "2024-05-14", EventKind::Departure)
//!     .to("rival")
//!     .build();
//! ```

use super::date::PartialDate;
use super::model::{
    Dataset, DateRange, Dating, Event, EventKind, Localized, Organization, Person, Reason, Role,
    Source, Step, Symbol, Team, Verification, View, SCHEMA_VERSION,
};
use super::parse::parse_dataset;

/// The id of the organisation every built data set is about ("Org" / "机构").
pub(crate) const ORG: &str = "org";

/// The reason every built data set has, and every event has unless
/// [`DatasetBuilder::reasons`] gives others.
pub(crate) const UNKNOWN: &str = "unknown";

/// Text in both languages.
fn text(en: &str, zh: &str) -> Localized {
    Localized {
        zh: zh.to_string(),
        en: en.to_string(),
    }
}

/// A date written as in the data files: `2024`, `2024-05` or `2024-05-14`.
pub(crate) fn date(text: &str) -> PartialDate {
    PartialDate::parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

/// A person with a name in both scripts, no roles, not a co-founder. The id
/// is the English name in lowercase with hyphens ("Jan Leike" →
/// `jan-leike`).
pub(crate) fn person(en: &str, zh: &str) -> Person {
    Person {
        id: en.to_ascii_lowercase().replace(' ', "-"),
        name: text(en, zh),
        cofounder: false,
        roles: Vec::new(),
    }
}

/// A small data set, built one person, role and event at a time (see the
/// module's documentation).
pub(crate) struct DatasetBuilder {
    data: Dataset,
}

impl DatasetBuilder {
    /// A data set about [`ORG`], founding unknown, data as of 31 December
    /// 2024, with the one reason [`UNKNOWN`] and nobody in it yet.
    pub(crate) fn new() -> DatasetBuilder {
        DatasetBuilder {
            data: Dataset {
                schema_version: SCHEMA_VERSION,
                id: "test".to_string(),
                title: text("Title", "标题"),
                subtitle: text("Subtitle", "副标题"),
                as_of: date("2024-12-31"),
                organization: ORG.to_string(),
                reasons: Vec::new(),
                organizations: vec![Organization {
                    id: ORG.to_string(),
                    name: text("Org", "机构"),
                    founded: None,
                    description: None,
                    url: None,
                }],
                people: Vec::new(),
                events: Vec::new(),
                eras: Vec::new(),
                teams: Vec::new(),
                credit: None,
                steps: Vec::new(),
            },
        }
        .reason(UNKNOWN, "Unknown", "原因不明")
    }

    /// [`ORG`] was founded on `day`.
    pub(crate) fn founded(mut self, day: &str) -> DatasetBuilder {
        self.data.organizations[0].founded = Some(date(day));
        self
    }

    /// Adds a reason, marked with the next of [`Symbol::ALL`] (so a data set
    /// holds at most eight).
    pub(crate) fn reason(mut self, id: &str, en: &str, zh: &str) -> DatasetBuilder {
        self.data.reasons.push(Reason {
            id: id.to_string(),
            label: text(en, zh),
            color: "#000000".to_string(),
            symbol: Symbol::ALL[self.data.reasons.len()],
        });
        self
    }

    /// Adds another organisation, for events to go [`to`](Self::to).
    pub(crate) fn organization(mut self, id: &str, en: &str, zh: &str) -> DatasetBuilder {
        self.data.organizations.push(Organization {
            id: id.to_string(),
            name: text(en, zh),
            founded: None,
            description: None,
            url: None,
        });
        self
    }

    /// Adds a [`person`].
    pub(crate) fn person(mut self, en: &str, zh: &str) -> DatasetBuilder {
        self.data.people.push(person(en, zh));
        self
    }

    /// The last person is a co-founder of [`ORG`].
    pub(crate) fn cofounder(mut self) -> DatasetBuilder {
        self.last_person().cofounder = true;
        self
    }

    /// The last person holds a role at [`ORG`], with no dates yet.
    pub(crate) fn role(mut self, en: &str, zh: &str) -> DatasetBuilder {
        self.last_person().roles.push(Role {
            org: ORG.to_string(),
            title: text(en, zh),
            team: None,
            lead: false,
            reports_to: None,
            dotted_line_to: Vec::new(),
            start: None,
            end: None,
            held_by: None,
            dates_note: None,
            sources: Vec::new(),
        });
        self
    }

    /// The last role starts on `day`.
    pub(crate) fn start(mut self, day: &str) -> DatasetBuilder {
        self.last_role().start = Some(date(day));
        self
    }

    /// The last role ends on `day`.
    pub(crate) fn end(mut self, day: &str) -> DatasetBuilder {
        self.last_role().end = Some(date(day));
        self
    }

    /// No source gives the last role's start, but one shows it held by `day`.
    pub(crate) fn held_by(mut self, day: &str) -> DatasetBuilder {
        self.last_role().held_by = Some(date(day));
        self
    }

    /// In the last role, the person reports to person `manager` (an id).
    pub(crate) fn reports_to(mut self, manager: &str) -> DatasetBuilder {
        self.last_role().reports_to = Some(manager.to_string());
        self
    }

    /// Adds an event of `kind` on `day` to the last person, for the reason
    /// [`UNKNOWN`], with one source, confirmed.
    pub(crate) fn event(mut self, id: &str, day: &str, kind: EventKind) -> DatasetBuilder {
        let person = self.last_person().id.clone();
        self.data.events.push(Event {
            id: id.to_string(),
            date: date(day),
            dating: None,
            person,
            kind,
            reasons: vec![UNKNOWN.to_string()],
            to: None,
            summary: text("What happened.", "发生了什么。"),
            quote: None,
            sources: vec![Source {
                url: format!("https://example.org/{id}"),
                publisher: "Example".to_string(),
                title: None,
                date: None,
            }],
            verification: Verification::Confirmed,
            verification_note: None,
            era: None,
        });
        self
    }

    /// The last event's reasons are `ids` instead.
    pub(crate) fn reasons(mut self, ids: &[&str]) -> DatasetBuilder {
        self.last_event().reasons = ids.iter().map(|id| id.to_string()).collect();
        self
    }

    /// The last event took its person to organisation `org` (an id).
    pub(crate) fn to(mut self, org: &str) -> DatasetBuilder {
        self.last_event().to = Some(org.to_string());
        self
    }

    /// The last event's date is an estimate or a report date.
    pub(crate) fn dating(mut self, dating: Dating) -> DatasetBuilder {
        self.last_event().dating = Some(dating);
        self
    }

    /// The last event is `verification`, for the reason the note gives.
    pub(crate) fn verification(
        mut self,
        verification: Verification,
        note_en: &str,
        note_zh: &str,
    ) -> DatasetBuilder {
        let event = self.last_event();
        event.verification = verification;
        event.verification_note = Some(text(note_en, note_zh));
        self
    }

    /// The data set, validated as a data file would be.
    ///
    /// # Panics
    ///
    /// Adds a team of [`ORG`], formed and dissolved on the dates given.
    pub(crate) fn team(
        mut self,
        id: &str,
        formed: Option<&str>,
        dissolved: Option<&str>,
    ) -> DatasetBuilder {
        self.data.teams.push(Team {
            id: id.to_string(),
            org: ORG.to_string(),
            name: text(id, id),
            formed: formed.map(date),
            dissolved: dissolved.map(date),
            description: None,
            dates_note: None,
            sources: Vec::new(),
        });
        self
    }

    /// The last role also answers to `person` by a dotted line.
    pub(crate) fn dotted_line_to(mut self, person: &str) -> DatasetBuilder {
        self.last_role().dotted_line_to.push(person.to_string());
        self
    }

    /// The last role is in team `id`, leading it if `lead`.
    pub(crate) fn in_team(mut self, id: &str, lead: bool) -> DatasetBuilder {
        let role = self.last_role();
        role.team = Some(id.to_string());
        role.lead = lead;
        self
    }

    /// If the data set is invalid, listing every problem.
    pub(crate) fn build(self) -> Dataset {
        let json = serde_json::to_string(&self.data).expect("a data set serialises");
        parse_dataset(&json).unwrap_or_else(|errors| {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("the test's data set is invalid:\n{}", list.join("\n"))
        })
    }

    fn last_person(&mut self) -> &mut Person {
        self.data.people.last_mut().expect("add a person first")
    }

    fn last_role(&mut self) -> &mut Role {
        self.last_person()
            .roles
            .last_mut()
            .expect("add a role to the person first")
    }

    fn last_event(&mut self) -> &mut Event {
        self.data.events.last_mut().expect("add an event first")
    }
}

/// Ada heads the tree; Bob and Cal report to her; Cal's role, from 2017
/// until 2020, also answers to Bob by a dotted line.
pub(crate) fn dotted_line_to_a_colleague() -> Dataset {
    DatasetBuilder::new()
        .person("Ada Lovelace", "阿达·洛夫莱斯")
        .role("CEO", "首席执行官")
        .start("2015")
        .person("Bob Smith", "鲍勃·史密斯")
        .role("Manager", "经理")
        .start("2016")
        .reports_to("ada-lovelace")
        .person("Cal Jones", "卡尔·琼斯")
        .role("Researcher", "研究员")
        .start("2017")
        .end("2020")
        .reports_to("ada-lovelace")
        .dotted_line_to("bob-smith")
        .build()
}

/// A story step named `id`: the org chart on 2018-02-20, with two reasons,
/// a person, a team and the timeline from 2016 to 2019, without sources.
pub(crate) fn step(id: &str) -> Step {
    Step {
        id: id.to_string(),
        title: text("Title", "标题"),
        caption: text("Caption", "说明"),
        view: View::Org,
        as_of: Some(date("2018-02-20")),
        reasons: vec!["safety".into(), "governance".into()],
        person: Some("ada-lovelace".into()),
        team: Some("board".into()),
        range: Some(DateRange {
            from: date("2016"),
            to: date("2019"),
        }),
        sources: Vec::new(),
    }
}

/// The snapshot of `data` on `date` (`YYYY-MM-DD`).
pub(crate) fn snapshot_on(data: &Dataset, date: &str) -> crate::core::org::Snapshot {
    let timelines = crate::core::org::EventsByPerson::new(data);
    crate::core::org::Snapshot::on(
        data,
        &timelines,
        PartialDate::parse(date).unwrap().first_day(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_built_data_set_holds_what_was_added_in_order() {
        let data = DatasetBuilder::new()
            .founded("2015-12")
            .reason("safety", "Safety", "安全")
            .organization("rival", "Rival", "对手")
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .cofounder()
            .role("CEO", "首席执行官")
            .start("2015-12")
            .person("Bob Smith", "鲍勃·史密斯")
            .role("Researcher", "研究员")
            .held_by("2016")
            .end("2024-05-14")
            .reports_to("ada-lovelace")
            .event("bob-leaves", "2024-05-14", EventKind::Departure)
            .reasons(&["safety"])
            .to("rival")
            .build();
        assert_eq!(data.founded(), Some(date("2015-12")));
        let reasons: Vec<&str> = data.reasons.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(reasons, [UNKNOWN, "safety"]);
        let people: Vec<(&str, bool)> = data
            .people
            .iter()
            .map(|p| (p.id.as_str(), p.cofounder))
            .collect();
        assert_eq!(people, [("ada-lovelace", true), ("bob-smith", false)]);
        let bob = &data.people[1].roles[0];
        assert_eq!(
            (bob.start, bob.held_by, bob.end),
            (None, Some(date("2016")), Some(date("2024-05-14")))
        );
        assert_eq!(bob.reports_to.as_deref(), Some("ada-lovelace"));
        assert_eq!(data.events[0].person, "bob-smith");
        assert_eq!(data.events[0].reasons, ["safety"]);
        assert_eq!(data.events[0].to.as_deref(), Some("rival"));
    }

    #[test]
    #[should_panic(expected = "the test's data set is invalid")]
    fn an_invalid_data_set_is_refused() {
        DatasetBuilder::new()
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .role("CEO", "首席执行官")
            .reports_to("nobody")
            .build();
    }
}
