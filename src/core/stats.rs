//! Counts over a [`Dataset`]: events by reason, by kind and by year, and a few
//! totals (people, co-founders, sourced, unconfirmed and disputed events).
//!
//! Pure and cheap; used by the command-line tool's `stats` command and usable by
//! any view that wants a summary line.

use std::collections::BTreeMap;

use crate::core::model::{Dataset, EventKind, Verification};

/// Summary counts for one data set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Number of people.
    pub people: usize,
    /// Number of people marked as co-founders.
    pub cofounders: usize,
    /// Number of events.
    pub events: usize,
    /// Events with at least one source.
    pub sourced_events: usize,
    /// Events marked `unconfirmed`.
    pub unconfirmed: usize,
    /// Events marked `disputed`.
    pub disputed: usize,
    /// Events per reason id, in the data set's reason order (zero counts
    /// included), followed by any id an event uses that is not in `reasons`.
    /// An event with several reasons counts once for each.
    pub by_reason: Vec<(String, usize)>,
    /// Events per kind, in the order kinds are declared in [`EventKind`]; only
    /// kinds that occur.
    pub by_kind: Vec<(EventKind, usize)>,
    /// Events per year, earliest first; only years that occur.
    pub by_year: Vec<(i32, usize)>,
}

impl Stats {
    /// The count for reason `id` (0 if it has none).
    pub fn reason_count(&self, id: &str) -> usize {
        self.by_reason
            .iter()
            .find(|(reason, _)| reason == id)
            .map_or(0, |&(_, count)| count)
    }

    /// The count for `kind` (0 if it has none).
    pub fn kind_count(&self, kind: EventKind) -> usize {
        self.by_kind
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |&(_, count)| count)
    }

    /// The count for `year` (0 if it has none).
    pub fn year_count(&self, year: i32) -> usize {
        self.by_year
            .iter()
            .find(|(y, _)| *y == year)
            .map_or(0, |&(_, count)| count)
    }
}

/// Computes every count for `data`.
pub fn stats(data: &Dataset) -> Stats {
    let mut by_reason: Vec<(String, usize)> =
        data.reasons.iter().map(|r| (r.id.clone(), 0)).collect();
    let mut by_kind: Vec<(EventKind, usize)> = Vec::new();
    let mut by_year: BTreeMap<i32, usize> = BTreeMap::new();

    for event in &data.events {
        for reason in &event.reasons {
            match by_reason.iter_mut().find(|(id, _)| id == reason) {
                Some((_, count)) => *count += 1,
                None => by_reason.push((reason.clone(), 1)),
            }
        }
        match by_kind.iter_mut().find(|(kind, _)| *kind == event.kind) {
            Some((_, count)) => *count += 1,
            None => by_kind.push((event.kind, 1)),
        }
        *by_year.entry(event.date.year()).or_default() += 1;
    }
    by_kind.sort_by_key(|&(kind, _)| kind_rank(kind));

    let count_verification = |wanted: Verification| {
        data.events
            .iter()
            .filter(|e| e.verification == wanted)
            .count()
    };
    Stats {
        people: data.people.len(),
        cofounders: data.people.iter().filter(|p| p.cofounder).count(),
        events: data.events.len(),
        sourced_events: data.events.iter().filter(|e| !e.sources.is_empty()).count(),
        unconfirmed: count_verification(Verification::Unconfirmed),
        disputed: count_verification(Verification::Disputed),
        by_reason,
        by_kind,
        by_year: by_year.into_iter().collect(),
    }
}

/// The position of `kind` in [`EventKind`]'s declaration; the exhaustive match
/// makes a new kind a compile error here until it is given a place.
fn kind_rank(kind: EventKind) -> usize {
    match kind {
        EventKind::Departure => 0,
        EventKind::Dismissal => 1,
        EventKind::Return => 2,
        EventKind::Leave => 3,
        EventKind::Reassignment => 4,
        EventKind::Joined => 5,
        EventKind::Founded => 6,
        EventKind::BoardExit => 7,
        EventKind::Lawsuit => 8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::PartialDate;
    use crate::core::model::{
        Event, Localized, Person, Reason, Source, Symbol, Verification, SCHEMA_VERSION,
    };

    fn text(s: &str) -> Localized {
        Localized {
            zh: s.into(),
            en: s.into(),
        }
    }

    fn reason(id: &str, symbol: Symbol) -> Reason {
        Reason {
            id: id.into(),
            label: text(id),
            color: "#000000".into(),
            symbol,
        }
    }

    fn person(id: &str, cofounder: bool) -> Person {
        Person {
            id: id.into(),
            name: text(id),
            cofounder,
            roles: Vec::new(),
        }
    }

    fn event(
        id: &str,
        date: &str,
        kind: EventKind,
        reasons: &[&str],
        sourced: bool,
        verification: Verification,
    ) -> Event {
        Event {
            id: id.into(),
            date: PartialDate::parse(date).unwrap(),
            dating: None,
            person: "a".into(),
            kind,
            reasons: reasons.iter().map(|r| r.to_string()).collect(),
            to: None,
            summary: text(id),
            quote: None,
            sources: if sourced {
                vec![Source {
                    url: "https://example.org".into(),
                    publisher: "Example".into(),
                    title: None,
                    date: None,
                }]
            } else {
                Vec::new()
            },
            verification,
            verification_note: None,
            era: None,
        }
    }

    fn sample() -> Dataset {
        Dataset {
            schema_version: SCHEMA_VERSION,
            id: "sample".into(),
            title: text("t"),
            subtitle: text("s"),
            as_of: PartialDate::parse("2024").unwrap(),
            organization: "org".into(),
            reasons: vec![
                reason("safety", Symbol::Triangle),
                reason("competitor", Symbol::Diamond),
                reason("unknown", Symbol::Plus),
            ],
            organizations: Vec::new(),
            people: vec![person("a", true), person("b", false), person("c", true)],
            events: vec![
                event(
                    "e1",
                    "2024-05-14",
                    EventKind::Joined,
                    &["safety", "competitor"],
                    true,
                    Verification::Confirmed,
                ),
                event(
                    "e2",
                    "2024",
                    EventKind::Departure,
                    &["safety"],
                    false,
                    Verification::Unconfirmed,
                ),
                event(
                    "e3",
                    "2020-12",
                    EventKind::Departure,
                    &["competitor"],
                    true,
                    Verification::Disputed,
                ),
            ],
            eras: Vec::new(),
            teams: Vec::new(),
            credit: None,
            steps: Vec::new(),
        }
    }

    #[test]
    fn an_event_counts_once_for_each_of_its_reasons() {
        let stats = stats(&sample());
        assert_eq!(
            stats.by_reason,
            vec![
                ("safety".to_string(), 2),
                ("competitor".to_string(), 2),
                ("unknown".to_string(), 0),
            ]
        );
        assert_eq!(stats.reason_count("safety"), 2);
        assert_eq!(stats.reason_count("nonexistent"), 0);
    }

    #[test]
    fn kinds_follow_declaration_order_and_years_ascend() {
        let stats = stats(&sample());
        assert_eq!(
            stats.by_kind,
            vec![(EventKind::Departure, 2), (EventKind::Joined, 1)]
        );
        assert_eq!(stats.kind_count(EventKind::Lawsuit), 0);
        assert_eq!(stats.by_year, vec![(2020, 1), (2024, 2)]);
        assert_eq!(stats.year_count(2024), 2);
    }

    #[test]
    fn totals_count_people_cofounders_sources_and_verification() {
        let stats = stats(&sample());
        assert_eq!(stats.people, 3);
        assert_eq!(stats.cofounders, 2);
        assert_eq!(stats.events, 3);
        assert_eq!(stats.sourced_events, 2);
        assert_eq!(stats.unconfirmed, 1);
        assert_eq!(stats.disputed, 1);
    }

    #[test]
    fn reason_ids_outside_the_list_are_still_counted() {
        let mut data = sample();
        data.events[0].reasons.push("mystery".into());
        let stats = stats(&data);
        assert_eq!(stats.by_reason.last(), Some(&("mystery".to_string(), 1)));
    }

    #[test]
    fn an_empty_data_set_has_zero_counts() {
        let mut data = sample();
        data.people.clear();
        data.events.clear();
        let stats = stats(&data);
        assert_eq!(stats.events, 0);
        assert_eq!(stats.people, 0);
        assert!(stats.by_kind.is_empty());
        assert!(stats.by_year.is_empty());
        assert!(stats.by_reason.iter().all(|&(_, count)| count == 0));
    }
}
