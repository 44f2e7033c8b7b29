//! Each person's standing on a date: present, on leave, reassigned,
//! dismissed, left (when, and where to), not yet joined, or no record yet,
//! read from their roles and events. Dates keep their precision: an event
//! known only to its month or year counts from the first day it may stand for.
//!
//! "Unknown" never reads as "always": a role whose start no source gives is
//! held only from the earliest date a source shows it (`held_by`), and before
//! the earliest evidence of any kind a person has "no record yet". Only a
//! known start makes "not yet joined"; co-founders are there from the founding.

use crate::core::calendar::NaiveDate;
use crate::core::date::PartialDate;
use crate::core::model::{Dataset, EventKind, Person, Role};

/// A person's standing in the organisation on one date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Their first role starts later, on a date a source gives.
    NotYetJoined,
    /// No source places them in the organisation yet; the earliest date one
    /// does, if any ("at OpenAI by 2021; earlier unknown").
    NoRecordYet {
        /// The first date a source shows them there.
        by: Option<PartialDate>,
    },
    /// There, in their role.
    Present,
    /// On leave or sabbatical since the event's date.
    OnLeave {
        /// Index of the event.
        event: usize,
    },
    /// Moved to another role inside the organisation.
    Reassigned {
        /// Index of the event.
        event: usize,
    },
    /// Fired or removed.
    Dismissed {
        /// Index of the event.
        event: usize,
    },
    /// Left (resigned, left the board with no other role, or every role ended).
    Left {
        /// Index of the event, if one records it (otherwise the roles ended).
        event: Option<usize>,
    },
}

impl Status {
    /// One of each kind of status, in the order a legend lists them.
    pub const LEGEND: [Status; 7] = [
        Status::Present,
        Status::OnLeave { event: 0 },
        Status::Reassigned { event: 0 },
        Status::Dismissed { event: 0 },
        Status::Left { event: None },
        Status::NotYetJoined,
        Status::NoRecordYet { by: None },
    ];

    /// Still part of the organisation (on leave and reassigned count).
    pub fn remains(self) -> bool {
        matches!(
            self,
            Status::Present | Status::OnLeave { .. } | Status::Reassigned { .. }
        )
    }

    /// Known to have been in the organisation by the date (joined, and not
    /// "no record yet").
    pub fn on_record(self) -> bool {
        !matches!(self, Status::NotYetJoined | Status::NoRecordYet { .. })
    }

    /// Gone: left or dismissed.
    pub fn departed(self) -> bool {
        matches!(self, Status::Left { .. } | Status::Dismissed { .. })
    }

    /// The URL-safe id, also used as a CSS class suffix.
    pub fn id(self) -> &'static str {
        match self {
            Status::NotYetJoined => "not-yet-joined",
            Status::NoRecordYet { .. } => "no-record-yet",
            Status::Present => "present",
            Status::OnLeave { .. } => "on-leave",
            Status::Reassigned { .. } => "reassigned",
            Status::Dismissed { .. } => "dismissed",
            Status::Left { .. } => "left",
        }
    }

    /// The event that set the status, if any.
    pub fn event(self) -> Option<usize> {
        match self {
            Status::OnLeave { event }
            | Status::Reassigned { event }
            | Status::Dismissed { event } => Some(event),
            Status::Left { event } => event,
            Status::NotYetJoined | Status::NoRecordYet { .. } | Status::Present => None,
        }
    }
}

/// Each person's events, in date order, for fast status look-ups.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventsByPerson {
    /// By person index: indices of their events, earliest first.
    by_person: Vec<Vec<usize>>,
}

impl EventsByPerson {
    /// Groups the data set's events by person.
    pub fn new(data: &Dataset) -> EventsByPerson {
        let index = data.person_indices();
        let mut by_person = vec![Vec::new(); data.people.len()];
        for (e, event) in data.events.iter().enumerate() {
            if let Some(&p) = index.get(event.person.as_str()) {
                by_person[p].push(e);
            }
        }
        for events in &mut by_person {
            events.sort_by_key(|&e| (data.events[e].date.first_day(), e));
        }
        EventsByPerson { by_person }
    }

    /// The events of person `person`, earliest first.
    pub fn of(&self, person: usize) -> &[usize] {
        &self.by_person[person]
    }
}

/// Whether `date` is on or after the first day `event_date` may stand for.
pub(super) fn reached(event_date: PartialDate, date: NaiveDate) -> bool {
    event_date.first_day() <= date
}

/// The person's roles in the data set's organisation, oldest first.
pub(super) fn org_roles<'a>(
    data: &'a Dataset,
    person: &'a Person,
) -> impl Iterator<Item = &'a Role> + 'a {
    person
        .roles
        .iter()
        .filter(move |r| r.org == data.organization)
}

/// The earliest date a source shows `role` held: its start, or else its
/// `held_by`; `None` when no source dates it.
fn role_from(role: &Role) -> Option<PartialDate> {
    role.start.or(role.held_by)
}

/// Whether `role` is held on `date`: from its start (or, with no known start,
/// from the first date a source shows it held) until its end. A role no source
/// dates is never shown as held.
pub(super) fn role_active(role: &Role, date: NaiveDate) -> bool {
    role_from(role).is_some_and(|s| reached(s, date))
        && role.end.is_none_or(|e| e.first_day() > date)
}

/// Whether `role` had been held by `date` (begun, or already ended).
pub(super) fn role_begun(role: &Role, date: NaiveDate) -> bool {
    role_from(role).is_some_and(|s| reached(s, date)) || role.end.is_some_and(|e| reached(e, date))
}

/// The earliest evidence of a person in the organisation: the date, and
/// whether it is when they joined (a known start, or a co-founder's founding)
/// rather than only a date by which a source shows them there.
fn first_record(
    data: &Dataset,
    timelines: &EventsByPerson,
    person: usize,
) -> Option<(PartialDate, bool)> {
    let who = &data.people[person];
    let starts = org_roles(data, who)
        .filter_map(|r| r.start)
        .map(|d| (d, true));
    let held = org_roles(data, who)
        .filter_map(|r| r.held_by)
        .map(|d| (d, false));
    let founding = who
        .cofounder
        .then(|| {
            data.organization(&data.organization)
                .and_then(|o| o.founded)
        })
        .flatten()
        .map(|d| (d, true));
    // Events that can only happen to someone in the organisation.
    let events = timelines
        .of(person)
        .iter()
        .map(|&e| &data.events[e])
        .filter(|e| {
            matches!(
                e.kind,
                EventKind::Departure
                    | EventKind::Dismissal
                    | EventKind::Leave
                    | EventKind::Reassignment
                    | EventKind::BoardExit
            )
        })
        .map(|e| (e.date, false));
    starts
        .chain(held)
        .chain(founding)
        .chain(events)
        .min_by_key(|&(d, joined)| (d.first_day(), !joined))
}

/// Whether some role in the organisation is still held on `date`.
fn holds_a_role(data: &Dataset, person: &Person, date: NaiveDate) -> bool {
    org_roles(data, person).any(|r| role_active(r, date))
}

/// The role in the organisation the person held on `date`, or else the
/// latest one they had held by then; `None` before any (so no title is shown
/// on a date when it did not exist yet).
pub fn role_on<'a>(data: &'a Dataset, person: &'a Person, date: NaiveDate) -> Option<&'a Role> {
    org_roles(data, person)
        .filter(|r| role_active(r, date))
        .last()
        .or_else(|| {
            org_roles(data, person)
                .filter(|r| role_begun(r, date))
                .last()
        })
}

/// Person `person`'s status on `date`.
pub fn status_on(
    data: &Dataset,
    timelines: &EventsByPerson,
    person: usize,
    date: NaiveDate,
) -> Status {
    let who = &data.people[person];
    match first_record(data, timelines, person) {
        Some((first, true)) if !reached(first, date) => return Status::NotYetJoined,
        Some((first, false)) if !reached(first, date) => {
            return Status::NoRecordYet { by: Some(first) }
        }
        Some(_) => {}
        // In the organisation, but no source dates any of it.
        None if org_roles(data, who).next().is_some() => {
            let ended = org_roles(data, who).all(|r| r.end.is_some_and(|e| reached(e, date)));
            return if ended {
                Status::Left { event: None }
            } else {
                Status::NoRecordYet { by: None }
            };
        }
        None => {}
    }
    let mut status = Status::Present;
    let mut changed = false;
    for &e in timelines.of(person) {
        let event = &data.events[e];
        if !reached(event.date, date) {
            break;
        }
        let next = match event.kind {
            EventKind::Departure => Status::Left { event: Some(e) },
            EventKind::Dismissal => Status::Dismissed { event: e },
            EventKind::Return => Status::Present,
            EventKind::Leave => Status::OnLeave { event: e },
            EventKind::Reassignment => Status::Reassigned { event: e },
            // Leaving the board is leaving only when no other role remains.
            EventKind::BoardExit if !holds_a_role(data, who, date) => {
                Status::Left { event: Some(e) }
            }
            EventKind::BoardExit | EventKind::Joined | EventKind::Founded | EventKind::Lawsuit => {
                continue
            }
        };
        status = next;
        changed = true;
    }
    // No event says so, but every role in the organisation has ended.
    if !changed && org_roles(data, who).next().is_some() && !holds_a_role(data, who, date) {
        let all_ended = org_roles(data, who).all(|r| r.end.is_some());
        if all_ended {
            return Status::Left { event: None };
        }
    }
    status
}

/// When a departed person left: the date of the event that says so, or else
/// the end of their last role in the organisation.
pub fn departure_date(data: &Dataset, person: usize, status: Status) -> Option<PartialDate> {
    if !status.departed() {
        return status.event().map(|e| data.events[e].date);
    }
    match status.event() {
        Some(e) => Some(data.events[e].date),
        None => org_roles(data, &data.people[person])
            .filter_map(|r| r.end)
            .max_by_key(|d| d.last_day()),
    }
}

/// Where a person went after leaving: the departure or dismissal event's
/// `to`, or else the first organisation they joined or founded afterwards,
/// by `date`.
pub fn destination_of<'a>(
    data: &'a Dataset,
    timelines: &EventsByPerson,
    person: usize,
    status: Status,
    date: NaiveDate,
) -> Option<&'a str> {
    if !status.departed() {
        return None;
    }
    if let Some(to) = status.event().and_then(|e| data.events[e].to.as_deref()) {
        return Some(to);
    }
    let left = departure_date(data, person, status)?.first_day();
    timelines
        .of(person)
        .iter()
        .map(|&e| &data.events[e])
        .filter(|e| e.date.last_day() >= left)
        .filter(|e| reached(e.date, date))
        .filter(|e| matches!(e.kind, EventKind::Joined | EventKind::Founded))
        .find_map(|e| e.to.as_deref())
}

/// The event to show when a person is picked on `date`: the one that set
/// their status, else their latest event by then, else their first.
pub fn event_for_person(
    data: &Dataset,
    timelines: &EventsByPerson,
    person: usize,
    date: NaiveDate,
) -> Option<usize> {
    let events = timelines.of(person);
    status_on(data, timelines, person, date)
        .event()
        .or_else(|| {
            events
                .iter()
                .rev()
                .find(|&&e| reached(data.events[e].date, date))
                .copied()
        })
        .or_else(|| events.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::testing::DatasetBuilder;

    fn day(text: &str) -> NaiveDate {
        PartialDate::parse(text).unwrap().first_day()
    }

    fn status(data: &Dataset, person: &str, date: &str) -> Status {
        let p = data.people.iter().position(|p| p.id == person).unwrap();
        status_on(data, &EventsByPerson::new(data), p, day(date))
    }

    #[test]
    fn a_sabbatical_counts_as_remaining_and_shows_as_leave() {
        let data = DatasetBuilder::new()
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .role("President", "总裁")
            .start("2015-12")
            .event("ada-sabbatical", "2024-08-05", EventKind::Leave)
            .build();
        assert_eq!(status(&data, "ada-lovelace", "2024-08-04"), Status::Present);
        let s = status(&data, "ada-lovelace", "2024-08-19");
        assert_eq!(s, Status::OnLeave { event: 0 });
        assert!(s.remains());
    }

    #[test]
    fn a_dismissal_then_a_return_is_present_again() {
        let data = DatasetBuilder::new()
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .role("CEO", "首席执行官")
            .start("2015-12")
            .event("ada-fired", "2023-11-17", EventKind::Dismissal)
            .event("ada-returns", "2023-11-21", EventKind::Return)
            .build();
        assert_eq!(
            status(&data, "ada-lovelace", "2023-11-18"),
            Status::Dismissed { event: 0 }
        );
        assert_eq!(status(&data, "ada-lovelace", "2023-11-22"), Status::Present);
    }

    #[test]
    fn leaving_the_board_while_keeping_a_role_is_not_leaving() {
        // Ada leaves the board but stays a scientist until she leaves;
        // Bob held no other role, so leaving the board was leaving.
        let data = DatasetBuilder::new()
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .role("Chief Scientist", "首席科学家")
            .start("2015-12")
            .end("2024-05-14")
            .role("Board member", "董事")
            .start("2017")
            .end("2023-11-21")
            .event("ada-leaves-board", "2023-11-21", EventKind::BoardExit)
            .event("ada-leaves", "2024-05-14", EventKind::Departure)
            .person("Bob Smith", "鲍勃·史密斯")
            .role("Board member", "董事")
            .start("2015-12")
            .end("2018-02-20")
            .event("bob-leaves-board", "2018-02-20", EventKind::BoardExit)
            .build();
        assert_eq!(status(&data, "ada-lovelace", "2023-12-01"), Status::Present);
        assert_eq!(
            status(&data, "ada-lovelace", "2024-05-14"),
            Status::Left { event: Some(1) }
        );
        assert_eq!(
            status(&data, "bob-smith", "2018-03-01"),
            Status::Left { event: Some(2) }
        );
    }

    #[test]
    fn a_person_whose_first_role_starts_later_has_not_joined_yet() {
        let data = DatasetBuilder::new()
            .founded("2015-12-11")
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .role("Researcher", "研究员")
            .start("2016")
            .build();
        assert_eq!(
            status(&data, "ada-lovelace", "2015-12-31"),
            Status::NotYetJoined
        );
        assert_eq!(status(&data, "ada-lovelace", "2016-06-01"), Status::Present);
    }

    #[test]
    fn picking_a_person_shows_the_event_behind_their_status() {
        // Ada resigns, then joins a rival: her status is the resignation.
        let data = DatasetBuilder::new()
            .organization("rival", "Rival", "对手")
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .role("Head of Alignment", "对齐负责人")
            .start("2021")
            .end("2024-05-14")
            .event("ada-joins-rival", "2024-05-28", EventKind::Joined)
            .to("rival")
            .event("ada-resigns", "2024-05-14", EventKind::Departure)
            .build();
        let timelines = EventsByPerson::new(&data);
        let event = event_for_person(&data, &timelines, 0, day("2024-08-19")).unwrap();
        assert_eq!(data.events[event].id, "ada-resigns");
        // Before anything happened to her: her first event.
        let early = event_for_person(&data, &timelines, 0, day("2016-01-01")).unwrap();
        assert_eq!(data.events[early].id, "ada-resigns");
    }
}

#[cfg(test)]
mod record_tests {
    //! The status rule on small hand-made data sets, one per case: a known
    //! start, a year-only start, an unknown start with a later known date, no
    //! dated evidence at all, and a co-founder.
    use super::*;
    use crate::core::testing::DatasetBuilder;

    /// An organisation founded 2015-12-11 and one person, Ada, with a role
    /// there (its dates still to be given).
    fn ada() -> DatasetBuilder {
        DatasetBuilder::new()
            .founded("2015-12-11")
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .role("Role", "职务")
    }

    /// Ada leaves on 14 May 2024.
    fn leaves_2024_05(data: DatasetBuilder) -> DatasetBuilder {
        data.event("e", "2024-05-14", EventKind::Departure)
    }

    fn on(data: &Dataset, date: &str) -> Status {
        let day = PartialDate::parse(date).unwrap().first_day();
        status_on(data, &EventsByPerson::new(data), 0, day)
    }

    #[test]
    fn a_known_start_means_not_yet_joined_before_it_and_present_from_it() {
        let data = ada().start("2021-01-15").build();
        assert_eq!(on(&data, "2021-01-14"), Status::NotYetJoined);
        assert_eq!(on(&data, "2021-01-15"), Status::Present);
    }

    #[test]
    fn a_year_only_start_counts_from_the_first_of_january() {
        let data = ada().start("2021").build();
        assert_eq!(on(&data, "2020-12-31"), Status::NotYetJoined);
        assert_eq!(on(&data, "2021-01-01"), Status::Present);
    }

    #[test]
    fn an_unknown_start_with_a_later_known_date_is_no_record_until_then() {
        let data = leaves_2024_05(ada().held_by("2021")).build();
        let by = Some(PartialDate::parse("2021").unwrap());
        assert_eq!(on(&data, "2016-06-01"), Status::NoRecordYet { by });
        assert!(!on(&data, "2016-06-01").remains());
        assert!(!on(&data, "2016-06-01").departed());
        assert_eq!(on(&data, "2022-01-01"), Status::Present);
        assert!(on(&data, "2024-08-19").departed());
    }

    #[test]
    fn an_event_is_evidence_when_no_role_is_dated() {
        let data = leaves_2024_05(ada()).build();
        let by = Some(PartialDate::parse("2024-05-14").unwrap());
        assert_eq!(on(&data, "2020-01-01"), Status::NoRecordYet { by });
        assert!(on(&data, "2024-05-14").departed());
    }

    #[test]
    fn with_no_dated_evidence_at_all_there_is_never_a_record_until_the_role_ends() {
        let data = ada().end("2022-08").build();
        assert_eq!(on(&data, "2019-01-01"), Status::NoRecordYet { by: None });
        assert_eq!(on(&data, "2022-09-01"), Status::Left { event: None });
        // And no title is shown before it.
        let day = PartialDate::parse("2019-01-01").unwrap().first_day();
        assert!(role_on(&data, &data.people[0], day).is_none());
    }

    #[test]
    fn a_cofounder_is_present_from_the_founding_even_with_an_undated_role() {
        let data = ada().cofounder().build();
        assert_eq!(on(&data, "2015-12-10"), Status::NotYetJoined);
        assert_eq!(on(&data, "2015-12-11"), Status::Present);
    }

    #[test]
    fn a_title_is_shown_only_from_the_date_the_role_was_held() {
        let data = DatasetBuilder::new()
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .role("Researcher", "研究员")
            .start("2023")
            .end("2023-10-26")
            .role("Head", "负责人")
            .start("2023-10-26")
            .build();
        let title = |date: &str| {
            let day = PartialDate::parse(date).unwrap().first_day();
            role_on(&data, &data.people[0], day).map(|r| r.title.en.clone())
        };
        assert_eq!(title("2016-06-01"), None);
        assert_eq!(title("2023-06-01").as_deref(), Some("Researcher"));
        assert_eq!(title("2024-01-01").as_deref(), Some("Head"));
    }
}
