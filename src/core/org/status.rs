//! Each person's standing on a date: present, on leave, reassigned,
//! dismissed, left (when, and where to) or not yet joined, read from their
//! roles and events. Dates keep their precision: an event known only to its
//! month or year counts from the first day it may stand for.

use chrono::NaiveDate;

use crate::core::date::PartialDate;
use crate::core::model::{Dataset, EventKind, Person, Role};

/// A person's standing in the organisation on one date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Their first role starts later.
    NotYetJoined,
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
    /// Still part of the organisation (on leave and reassigned count).
    pub fn remains(self) -> bool {
        matches!(
            self,
            Status::Present | Status::OnLeave { .. } | Status::Reassigned { .. }
        )
    }

    /// Gone: left or dismissed.
    pub fn departed(self) -> bool {
        matches!(self, Status::Left { .. } | Status::Dismissed { .. })
    }

    /// The URL-safe id, also used as a CSS class suffix.
    pub fn id(self) -> &'static str {
        match self {
            Status::NotYetJoined => "not-yet-joined",
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
            Status::NotYetJoined | Status::Present => None,
        }
    }
}

/// Each person's events, in date order, for fast status look-ups.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timelines {
    /// By person index: indices of their events, earliest first.
    by_person: Vec<Vec<usize>>,
}

impl Timelines {
    /// Groups the data set's events by person.
    pub fn new(data: &Dataset) -> Timelines {
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
        Timelines { by_person }
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

/// Whether `role` is held on `date` (an unknown start counts as begun).
fn role_active(role: &Role, date: NaiveDate) -> bool {
    role.start.is_none_or(|s| reached(s, date)) && role.end.is_none_or(|e| e.first_day() > date)
}

/// Whether some role in the organisation is still held on `date`.
fn holds_a_role(data: &Dataset, person: &Person, date: NaiveDate) -> bool {
    org_roles(data, person).any(|r| role_active(r, date))
}

/// The role in the organisation the person held on `date`, or else their
/// latest one there.
pub fn role_on<'a>(data: &'a Dataset, person: &'a Person, date: NaiveDate) -> Option<&'a Role> {
    org_roles(data, person)
        .filter(|r| role_active(r, date))
        .last()
        .or_else(|| org_roles(data, person).last())
}

/// Person `person`'s status on `date`.
pub fn status_on(data: &Dataset, timelines: &Timelines, person: usize, date: NaiveDate) -> Status {
    let who = &data.people[person];
    // Not yet joined: only when the first role's start is known and later.
    if let Some(first) = org_roles(data, who).next() {
        if first.start.is_some_and(|s| !reached(s, date)) {
            return Status::NotYetJoined;
        }
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
    timelines: &Timelines,
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
    timelines: &Timelines,
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
    use crate::core::parse::parse_dataset;
    use crate::core::DEFAULT_DATA;

    fn openai() -> Dataset {
        parse_dataset(DEFAULT_DATA).unwrap()
    }

    fn day(text: &str) -> NaiveDate {
        crate::core::date::PartialDate::parse(text)
            .unwrap()
            .first_day()
    }

    fn status(data: &Dataset, person: &str, date: &str) -> Status {
        let p = data.people.iter().position(|p| p.id == person).unwrap();
        status_on(data, &Timelines::new(data), p, day(date))
    }

    #[test]
    fn a_sabbatical_counts_as_remaining_and_shows_as_leave() {
        let data = openai();
        let s = status(&data, "greg-brockman", "2024-08-19");
        assert!(matches!(s, Status::OnLeave { .. }));
        assert!(s.remains());
    }

    #[test]
    fn a_dismissal_then_a_return_is_present_again() {
        let data = openai();
        assert!(matches!(
            status(&data, "sam-altman", "2023-11-18"),
            Status::Dismissed { .. }
        ));
        assert_eq!(status(&data, "sam-altman", "2023-11-22"), Status::Present);
    }

    #[test]
    fn leaving_the_board_while_keeping_a_role_is_not_leaving() {
        let data = openai();
        assert_eq!(
            status(&data, "ilya-sutskever", "2023-12-01"),
            Status::Present
        );
        assert!(matches!(
            status(&data, "ilya-sutskever", "2024-05-14"),
            Status::Left { .. }
        ));
        // Musk held no other role, so leaving the board was leaving.
        assert!(matches!(
            status(&data, "elon-musk", "2018-03-01"),
            Status::Left { .. }
        ));
    }

    #[test]
    fn a_person_whose_first_role_starts_later_has_not_joined_yet() {
        let data = openai();
        assert_eq!(
            status(&data, "mira-murati", "2015-12-01"),
            Status::Present,
            "no start known for her first role"
        );
        assert_eq!(
            status(&data, "dario-amodei", "2015-12-31"),
            Status::NotYetJoined
        );
    }

    #[test]
    fn picking_a_person_shows_the_event_behind_their_status() {
        let data = openai();
        let timelines = Timelines::new(&data);
        let leike = data
            .people
            .iter()
            .position(|p| p.id == "jan-leike")
            .unwrap();
        let event = event_for_person(&data, &timelines, leike, day("2024-08-19")).unwrap();
        assert_eq!(data.events[event].id, "leike-resigns");
        // Before anything happened to him: his first event.
        let early = event_for_person(&data, &timelines, leike, day("2016-01-01")).unwrap();
        assert_eq!(data.events[early].person, "jan-leike");
    }
}
