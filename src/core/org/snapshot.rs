//! The organisation on one date: everyone's status, the figures a headline
//! quotes (co-founders remaining, departures so far) and where people went;
//! and the dates "play" steps through.

use std::collections::HashMap;

use super::status::{destination_of, org_roles, status_on, EventsByPerson, Status};
use super::teams::{team_on, team_roles, TeamOn};
use crate::core::calendar::NaiveDate;
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
    /// By team index: the team on the date, or `None` while it does not
    /// exist yet (and for teams of other organisations).
    pub teams: Vec<Option<TeamOn>>,
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
        // Grouped through the id map the rest of the core uses; the sort
        // below fixes the order.
        let mut at: HashMap<&str, usize> = HashMap::new();
        let mut destinations: Vec<(String, Vec<usize>)> = Vec::new();
        for (p, to) in destination.iter().enumerate() {
            let Some(to) = to.as_deref() else { continue };
            let i = match at.get(to) {
                Some(&i) => i,
                None => {
                    at.insert(to, destinations.len());
                    destinations.push((to.to_string(), Vec::new()));
                    destinations.len() - 1
                }
            };
            destinations[i].1.push(p);
        }
        destinations.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        let teams = team_roles(data)
            .iter()
            .enumerate()
            .map(
                |(t, roles)| match roles.is_empty() && data.teams[t].org != data.organization {
                    true => None,
                    false => team_on(data, t, roles, date),
                },
            )
            .collect();
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
            teams,
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

/// The dates the graphic shows, the as-of slider's ends: from the founding
/// (or else the first of the [`play_dates`]) to the last of them or the
/// data set's `as_of`, whichever is later.
pub fn date_span(data: &Dataset) -> (NaiveDate, NaiveDate) {
    span_of(data, &play_dates(data))
}

/// [`date_span`], given the data set's [`play_dates`].
pub fn span_of(data: &Dataset, stops: &[NaiveDate]) -> (NaiveDate, NaiveDate) {
    let end = data.as_of.last_day();
    let first = founding(data)
        .or_else(|| stops.first().copied())
        .unwrap_or(end);
    let last = stops.last().copied().unwrap_or(end).max(end);
    (first, last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::PartialDate;
    use crate::core::model::EventKind;
    use crate::core::testing::DatasetBuilder;

    fn day(text: &str) -> NaiveDate {
        PartialDate::parse(text).unwrap().first_day()
    }

    fn snapshot(data: &Dataset, date: &str) -> Snapshot {
        Snapshot::on(data, &EventsByPerson::new(data), day(date))
    }

    /// Three co-founders from the founding on 11 December 2015: Ada leaves
    /// in 2018; Bob is dismissed on 17 November 2023 and returns on the
    /// 21st; Cal stays.
    fn three_cofounders() -> Dataset {
        DatasetBuilder::new()
            .founded("2015-12-11")
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .cofounder()
            .role("Co-chair", "联合主席")
            .start("2015-12")
            .event("ada-leaves", "2018-02-20", EventKind::Departure)
            .person("Bob Smith", "鲍勃·史密斯")
            .cofounder()
            .role("CEO", "首席执行官")
            .start("2015-12")
            .event("bob-fired", "2023-11-17", EventKind::Dismissal)
            .event("bob-returns", "2023-11-21", EventKind::Return)
            .person("Cal Jones", "卡尔·琼斯")
            .cofounder()
            .role("Researcher", "研究员")
            .start("2015-12")
            .build()
    }

    #[test]
    fn all_cofounders_remain_before_the_first_departure() {
        let data = three_cofounders();
        let before = snapshot(&data, "2016-06-01");
        assert_eq!((before.cofounders, before.cofounders_remaining), (3, 3));
        assert_eq!(before.departed, 0);
        let on_the_day = snapshot(&data, "2018-02-20");
        assert_eq!(on_the_day.cofounders_remaining, 2);
        assert_eq!(on_the_day.departed, 1);
    }

    #[test]
    fn the_count_never_rises_without_a_return() {
        let data = three_cofounders();
        let timelines = EventsByPerson::new(&data);
        let dates = play_dates(&data);
        let counts: Vec<usize> = dates
            .iter()
            .map(|&d| Snapshot::on(&data, &timelines, d).cofounders_remaining)
            .collect();
        assert_eq!(counts, [3, 2, 1, 2]);
        let returns: Vec<NaiveDate> = data
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Return)
            .map(|e| e.date.first_day())
            .collect();
        for (pair, date) in counts.windows(2).zip(&dates[1..]) {
            if pair[1] > pair[0] {
                assert!(returns.contains(date), "rose on {date} without a return");
            }
        }
    }

    #[test]
    fn destinations_name_where_people_went_by_the_date() {
        // Ann leaves, then joins a rival two weeks later; Ben leaves for the
        // rival; Cal's role ends and he founds a lab the same month.
        let data = DatasetBuilder::new()
            .organization("rival", "Rival", "对手")
            .organization("lab", "Lab", "实验室")
            .person("Ann Lee", "安·李")
            .role("Researcher", "研究员")
            .start("2016")
            .event("ann-leaves", "2024-05-14", EventKind::Departure)
            .event("ann-joins-rival", "2024-05-28", EventKind::Joined)
            .to("rival")
            .person("Ben Ames", "本·艾姆斯")
            .role("Researcher", "研究员")
            .start("2016")
            .event("ben-leaves", "2024-08-05", EventKind::Departure)
            .to("rival")
            .person("Cal Jones", "卡尔·琼斯")
            .role("Researcher", "研究员")
            .start("2019")
            .end("2022-08")
            .event("cal-founds", "2022-08", EventKind::Founded)
            .to("lab")
            .build();
        let went = |date: &str| snapshot(&data, date).destinations;
        let (ann, ben, cal) = (0, 1, 2);
        // Known only from a role's end, Cal still has a destination; Ann has
        // left but not yet joined anyone.
        assert_eq!(went("2024-05-20"), [("lab".to_string(), vec![cal])]);
        // Ben has not left yet; a tie goes by id.
        assert_eq!(
            went("2024-08-04"),
            [
                ("lab".to_string(), vec![cal]),
                ("rival".to_string(), vec![ann])
            ]
        );
        // Most people first.
        assert_eq!(
            went("2024-08-19"),
            [
                ("rival".to_string(), vec![ann, ben]),
                ("lab".to_string(), vec![cal])
            ]
        );
        assert_eq!(
            snapshot(&data, "2024-08-19").destination[ben].as_deref(),
            Some("rival")
        );
    }
}
