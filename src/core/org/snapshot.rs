//! The organisation on one date: everyone's status, the figures a headline
//! quotes (co-founders remaining, departures so far) and where people went;
//! and the dates "play" steps through.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::status::{destination_of, org_roles, status_on, EventsByPerson, Status};
use crate::core::model::{Dataset, Person};

/// The organisation on one date: every person's status and the figures a
/// headline quotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// The date.
    pub date: NaiveDate,
    /// By person index.
    pub statuses: Vec<Status>,
    /// Co-founders in the data set.
    pub cofounders: usize,
    /// Co-founders still in the organisation (on leave counts).
    pub cofounders_remaining: usize,
    /// People who had left or been dismissed by the date.
    pub departed: usize,
    /// People of the organisation (with a role there) on record by the date:
    /// those not yet joined, or with no record yet, are not counted.
    pub members: usize,
    /// Of them, those still there on the date (on leave counts).
    pub members_remaining: usize,
    /// By person index: the organisation they had gone to by the date.
    pub destination: Vec<Option<String>>,
    /// Destinations by the date: organisation id and who went there (person
    /// indices), most people first, then by name of id.
    pub destinations: Vec<(String, Vec<usize>)>,
}

impl Snapshot {
    /// Everyone's status and the figures on `date`.
    pub fn on(data: &Dataset, timelines: &EventsByPerson, date: NaiveDate) -> Snapshot {
        let statuses: Vec<Status> = (0..data.people.len())
            .map(|p| status_on(data, timelines, p, date))
            .collect();
        let cofounders = data.people.iter().filter(|p| p.cofounder).count();
        let cofounders_remaining = data
            .people
            .iter()
            .zip(&statuses)
            .filter(|(p, s)| p.cofounder && s.remains())
            .count();
        let departed = statuses.iter().filter(|s| s.departed()).count();
        let member = |p: &Person| org_roles(data, p).next().is_some();
        let members = data
            .people
            .iter()
            .zip(&statuses)
            .filter(|(p, s)| member(p) && s.on_record())
            .count();
        let members_remaining = data
            .people
            .iter()
            .zip(&statuses)
            .filter(|(p, s)| member(p) && s.remains())
            .count();
        let destination: Vec<Option<String>> = statuses
            .iter()
            .enumerate()
            .map(|(p, &status)| destination_of(data, timelines, p, status, date).map(String::from))
            .collect();
        let mut by_org: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (p, to) in destination.iter().enumerate() {
            if let Some(to) = to {
                by_org.entry(to).or_default().push(p);
            }
        }
        let mut destinations: Vec<(String, Vec<usize>)> = by_org
            .into_iter()
            .map(|(org, people)| (org.to_string(), people))
            .collect();
        destinations.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        Snapshot {
            date,
            statuses,
            cofounders,
            cofounders_remaining,
            departed,
            members,
            members_remaining,
            destination,
            destinations,
        }
    }
}

/// The dates a "play" steps through: the organisation's founding (or the
/// first event), then each distinct event date, in order.
pub fn play_dates(data: &Dataset) -> Vec<NaiveDate> {
    let mut dates: Vec<NaiveDate> = data.events.iter().map(|e| e.date.first_day()).collect();
    if let Some(founded) = founding(data) {
        dates.push(founded);
    }
    dates.sort_unstable();
    dates.dedup();
    dates
}

/// The organisation's founding date, if the data gives one.
pub fn founding(data: &Dataset) -> Option<NaiveDate> {
    data.founded().map(|d| d.first_day())
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

    #[test]
    fn all_cofounders_remain_before_the_first_departure() {
        let data = openai();
        let snapshot = Snapshot::on(&data, &EventsByPerson::new(&data), day("2016-06-01"));
        assert_eq!(snapshot.cofounders_remaining, 11);
        assert_eq!(snapshot.departed, 0);
    }

    #[test]
    fn the_count_never_rises_without_a_return() {
        let data = openai();
        let timelines = EventsByPerson::new(&data);
        let counts: Vec<usize> = play_dates(&data)
            .into_iter()
            .map(|d| Snapshot::on(&data, &timelines, d).cofounders_remaining)
            .collect();
        assert_eq!(counts.first(), Some(&11));
        assert!(counts.iter().all(|&c| c <= 11));
    }

    #[test]
    fn destinations_name_where_people_went_by_the_date() {
        let data = openai();
        let timelines = EventsByPerson::new(&data);
        let snapshot = Snapshot::on(&data, &timelines, day("2024-08-19"));
        let anthropic = snapshot
            .destinations
            .iter()
            .find(|(org, _)| org == "anthropic")
            .expect("Anthropic is a destination");
        let names: Vec<&str> = anthropic
            .1
            .iter()
            .map(|&p| data.people[p].id.as_str())
            .collect();
        assert!(names.contains(&"john-schulman"), "{names:?}");
        assert!(names.contains(&"jan-leike"), "{names:?}");
        assert!(snapshot.destinations.iter().any(|(org, _)| org == "ssi"));
        // Earlier, Schulman had not gone anywhere yet.
        let before = Snapshot::on(&data, &timelines, day("2024-08-04"));
        assert!(!before
            .destinations
            .iter()
            .any(|(_, people)| people.iter().any(|&p| data.people[p].id == "john-schulman")));
        // A departure known only from a role's end still finds where they went.
        let perplexity = snapshot
            .destinations
            .iter()
            .find(|(org, _)| org == "perplexity");
        assert!(perplexity.is_some_and(|(_, people)| people
            .iter()
            .any(|&p| data.people[p].id == "aravind-srinivas")));
        // Most people first.
        let counts: Vec<usize> = snapshot.destinations.iter().map(|d| d.1.len()).collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    }
}
