//! The organisation on a given date: who was there, who had left (when, and
//! where to), the headline figures, the destinations, and the shape of the
//! org chart.
//!
//! Everything is derived from the data set's roles and events; nothing is
//! typed in by hand. Dates keep their precision: an event known only to its
//! month or year counts from the first day it may stand for.
//!
//! The chart's structure never invents a manager. A person hangs under the
//! manager their latest role in the organisation names (`reports_to`); a
//! person others report to but who names no manager is a root; everyone else
//! goes into a visible group: the co-founders, or "reporting line unknown".

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use super::date::PartialDate;
use super::model::{Dataset, EventKind, Person, Role};

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
fn reached(event_date: PartialDate, date: NaiveDate) -> bool {
    event_date.first_day() <= date
}

/// The person's roles in the data set's organisation, oldest first.
fn org_roles<'a>(data: &'a Dataset, person: &'a Person) -> impl Iterator<Item = &'a Role> + 'a {
    person
        .roles
        .iter()
        .filter(move |r| r.org == data.organization)
}

/// Whether some role in the organisation is still held on `date`.
fn holds_a_role(data: &Dataset, person: &Person, date: NaiveDate) -> bool {
    org_roles(data, person).any(|r| {
        r.start.is_none_or(|s| reached(s, date)) && r.end.is_none_or(|e| e.first_day() > date)
    })
}

/// The role in the organisation the person held on `date`, or else their
/// latest one there.
pub fn role_on<'a>(data: &'a Dataset, person: &'a Person, date: NaiveDate) -> Option<&'a Role> {
    let held = org_roles(data, person).filter(|r| {
        r.start.is_none_or(|s| reached(s, date)) && r.end.is_none_or(|e| e.first_day() > date)
    });
    held.last().or_else(|| org_roles(data, person).last())
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
    /// People of the organisation (with a role there).
    pub members: usize,
    /// Of them, those still there on the date (on leave counts).
    pub members_remaining: usize,
    /// Destinations by the date: organisation id and who went there (person
    /// indices), most people first, then by name of id.
    pub destinations: Vec<(String, Vec<usize>)>,
}

impl Snapshot {
    /// Everyone's status and the figures on `date`.
    pub fn on(data: &Dataset, timelines: &Timelines, date: NaiveDate) -> Snapshot {
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
        let members = data.people.iter().filter(|p| member(p)).count();
        let members_remaining = data
            .people
            .iter()
            .zip(&statuses)
            .filter(|(p, s)| member(p) && s.remains())
            .count();
        let mut by_org: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (p, &status) in statuses.iter().enumerate() {
            if let Some(to) = destination_of(data, timelines, p, status, date) {
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
            destinations,
        }
    }
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
    data.organization_by_id(&data.organization)
        .and_then(|o| o.founded)
        .map(|d| d.first_day())
}

/// A group node of the chart: people placed together because no reporting
/// line is known for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// The organisation's co-founders.
    Cofounders,
    /// People whose reporting line no source states.
    ReportingUnknown,
}

impl Group {
    /// The id used in the DOM.
    pub fn id(self) -> &'static str {
        match self {
            Group::Cofounders => "cofounders",
            Group::ReportingUnknown => "reporting-unknown",
        }
    }
}

/// What a node of the chart stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeKind {
    /// A group of people (see [`Group`]).
    Group(Group),
    /// A person, by index in the data set.
    Person(usize),
}

/// A node of the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgNode {
    /// What it stands for.
    pub kind: NodeKind,
    /// Index of its parent node.
    pub parent: Option<usize>,
    /// Indices of its children, in data order.
    pub children: Vec<usize>,
}

/// The chart's structure: people of the organisation and the groups that
/// hold those with no known manager. Roots first, children in data order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgChart {
    /// All nodes; parents before their children.
    pub nodes: Vec<OrgNode>,
    /// Node index by person index (people outside the organisation have none).
    pub node_of_person: Vec<Option<usize>>,
}

impl OrgChart {
    /// Builds the chart of the data set's organisation.
    pub fn new(data: &Dataset) -> OrgChart {
        let members: Vec<usize> = (0..data.people.len())
            .filter(|&p| org_roles(data, &data.people[p]).next().is_some())
            .collect();
        let index: HashMap<&str, usize> = members
            .iter()
            .map(|&p| (data.people[p].id.as_str(), p))
            .collect();
        // The manager named by the latest role that names one (inside the organisation).
        let manager: HashMap<usize, usize> = members
            .iter()
            .filter_map(|&p| {
                org_roles(data, &data.people[p])
                    .filter_map(|r| r.reports_to.as_deref())
                    .last()
                    .and_then(|m| index.get(m).copied())
                    .filter(|&m| m != p)
                    .map(|m| (p, m))
            })
            .collect();
        let managers: HashSet<usize> = manager.values().copied().collect();

        let mut nodes: Vec<OrgNode> = Vec::new();
        let mut node_of_person = vec![None; data.people.len()];
        let add = |nodes: &mut Vec<OrgNode>, kind: NodeKind, parent: Option<usize>| {
            let at = nodes.len();
            nodes.push(OrgNode {
                kind,
                parent,
                children: Vec::new(),
            });
            if let Some(parent) = parent {
                nodes[parent].children.push(at);
            }
            at
        };
        // Roots: the co-founders group, people at the head of a reporting
        // tree, then the "reporting line unknown" group.
        let unplaced: Vec<usize> = members
            .iter()
            .copied()
            .filter(|p| !manager.contains_key(p) && !managers.contains(p))
            .collect();
        let mut pending: Vec<(usize, usize)> = Vec::new(); // (person, its node)
        let cofounders: Vec<usize> = unplaced
            .iter()
            .copied()
            .filter(|&p| data.people[p].cofounder)
            .collect();
        if !cofounders.is_empty() {
            let group = add(&mut nodes, NodeKind::Group(Group::Cofounders), None);
            for p in cofounders {
                let node = add(&mut nodes, NodeKind::Person(p), Some(group));
                pending.push((p, node));
            }
        }
        for &p in &members {
            if !manager.contains_key(&p) && managers.contains(&p) {
                let node = add(&mut nodes, NodeKind::Person(p), None);
                pending.push((p, node));
            }
        }
        let unknown: Vec<usize> = unplaced
            .iter()
            .copied()
            .filter(|&p| !data.people[p].cofounder)
            .collect();
        if !unknown.is_empty() {
            let group = add(&mut nodes, NodeKind::Group(Group::ReportingUnknown), None);
            for p in unknown {
                let node = add(&mut nodes, NodeKind::Person(p), Some(group));
                pending.push((p, node));
            }
        }
        // Reports under their managers, breadth first (validation rules out
        // cycles; a person caught in one would simply not be placed).
        let mut reports: HashMap<usize, Vec<usize>> = HashMap::new();
        for &p in &members {
            if let Some(&m) = manager.get(&p) {
                reports.entry(m).or_default().push(p);
            }
        }
        let mut at = 0;
        while at < pending.len() {
            let (person, node) = pending[at];
            node_of_person[person] = Some(node);
            for &report in reports.get(&person).map(Vec::as_slice).unwrap_or(&[]) {
                let child = add(&mut nodes, NodeKind::Person(report), Some(node));
                pending.push((report, child));
            }
            at += 1;
        }
        OrgChart {
            nodes,
            node_of_person,
        }
    }

    /// The nodes shown when the nodes in `collapsed` hide their subtrees:
    /// their indices in pre-order and, for each, the position of its parent
    /// in that list (the input [`super::tree::tidy_layout`] takes).
    pub fn visible(&self, collapsed: &HashSet<usize>) -> (Vec<usize>, Vec<Option<usize>>) {
        let mut order = Vec::new();
        let mut parents = Vec::new();
        let mut stack: Vec<(usize, Option<usize>)> = self
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.parent.is_none())
            .map(|(i, _)| (i, None))
            .collect();
        stack.reverse();
        while let Some((node, parent)) = stack.pop() {
            let position = order.len();
            order.push(node);
            parents.push(parent);
            if !collapsed.contains(&node) {
                for &child in self.nodes[node].children.iter().rev() {
                    stack.push((child, Some(position)));
                }
            }
        }
        (order, parents)
    }

    /// Nodes to collapse at first so that about `budget` nodes show: levels
    /// open breadth first while the next level still fits.
    pub fn initially_collapsed(&self, budget: usize) -> HashSet<usize> {
        let mut shown: Vec<usize> = self
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.parent.is_none())
            .map(|(i, _)| i)
            .collect();
        let mut count = shown.len();
        let mut frontier = shown.clone();
        loop {
            let next: Vec<usize> = frontier
                .iter()
                .flat_map(|&n| self.nodes[n].children.iter().copied())
                .collect();
            if next.is_empty() || count + next.len() > budget {
                break;
            }
            count += next.len();
            shown.extend(&next);
            frontier = next;
        }
        frontier
            .into_iter()
            .filter(|&n| !self.nodes[n].children.is_empty())
            .collect()
    }

    /// Opens `node` one level: its children show, and those with children
    /// of their own stay closed (so opening a node of a 10,000-person tree
    /// shows its reports, not everyone below them).
    pub fn expand(&self, collapsed: &mut HashSet<usize>, node: usize) {
        collapsed.remove(&node);
        for &child in &self.nodes[node].children {
            if !self.nodes[child].children.is_empty() {
                collapsed.insert(child);
            }
        }
    }

    /// Opens the closed ancestors of `node`, one level each, so it shows.
    pub fn reveal(&self, collapsed: &mut HashSet<usize>, node: usize) {
        let mut path = self.ancestors(node);
        path.reverse();
        for ancestor in path {
            if collapsed.contains(&ancestor) {
                self.expand(collapsed, ancestor);
            }
        }
    }

    /// The ancestors of `node`, nearest first.
    pub fn ancestors(&self, node: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut at = self.nodes[node].parent;
        while let Some(parent) = at {
            out.push(parent);
            at = self.nodes[parent].parent;
        }
        out
    }
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
        PartialDate::parse(text).unwrap().first_day()
    }

    fn status(data: &Dataset, person: &str, date: &str) -> Status {
        let p = data.people.iter().position(|p| p.id == person).unwrap();
        status_on(data, &Timelines::new(data), p, day(date))
    }

    #[test]
    fn three_of_eleven_cofounders_remain_on_the_articles_date() {
        let data = openai();
        let snapshot = Snapshot::on(&data, &Timelines::new(&data), day("2024-08-19"));
        assert_eq!(snapshot.cofounders, 11);
        assert_eq!(snapshot.cofounders_remaining, 3);
    }

    #[test]
    fn all_cofounders_remain_before_the_first_departure() {
        let data = openai();
        let snapshot = Snapshot::on(&data, &Timelines::new(&data), day("2016-06-01"));
        assert_eq!(snapshot.cofounders_remaining, 11);
        assert_eq!(snapshot.departed, 0);
    }

    #[test]
    fn the_count_never_rises_without_a_return() {
        let data = openai();
        let timelines = Timelines::new(&data);
        let counts: Vec<usize> = play_dates(&data)
            .into_iter()
            .map(|d| Snapshot::on(&data, &timelines, d).cofounders_remaining)
            .collect();
        assert_eq!(counts.first(), Some(&11));
        assert!(counts.iter().all(|&c| c <= 11));
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
    fn destinations_name_where_people_went_by_the_date() {
        let data = openai();
        let timelines = Timelines::new(&data);
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

    #[test]
    fn without_reporting_lines_people_are_grouped_never_given_a_manager() {
        let data = openai();
        let chart = OrgChart::new(&data);
        let roots: Vec<NodeKind> = chart
            .nodes
            .iter()
            .filter(|n| n.parent.is_none())
            .map(|n| n.kind)
            .collect();
        assert_eq!(
            roots,
            [
                NodeKind::Group(Group::Cofounders),
                NodeKind::Group(Group::ReportingUnknown)
            ]
        );
        assert_eq!(chart.nodes[0].children.len(), 11);
        // Every person of the organisation is placed exactly once, under a group.
        let people: Vec<usize> = chart
            .nodes
            .iter()
            .filter_map(|n| match n.kind {
                NodeKind::Person(p) => Some(p),
                NodeKind::Group(_) => None,
            })
            .collect();
        assert_eq!(people.len(), data.people.len());
        for node in &chart.nodes {
            if let (NodeKind::Person(_), Some(parent)) = (node.kind, node.parent) {
                assert!(matches!(chart.nodes[parent].kind, NodeKind::Group(_)));
            }
        }
    }

    #[test]
    fn stated_reporting_lines_become_the_tree() {
        let template = openai();
        let data = crate::core::synthetic::generate(200, &template);
        let chart = OrgChart::new(&data);
        // Person 0 heads the tree; everyone else hangs under their manager.
        for node in &chart.nodes {
            if let NodeKind::Person(p) = node.kind {
                let manager = data.people[p].roles[0].reports_to.as_deref();
                let parent = node.parent.map(|n| chart.nodes[n].kind);
                match (manager, parent) {
                    (Some(m), Some(NodeKind::Person(q))) => assert_eq!(data.people[q].id, m),
                    (None, None) => {}
                    other => panic!("person {p}: {other:?}"),
                }
            }
        }
    }

    #[test]
    fn collapsed_nodes_hide_their_subtrees() {
        let data = openai();
        let chart = OrgChart::new(&data);
        let (all, parents) = chart.visible(&HashSet::new());
        assert_eq!(all.len(), chart.nodes.len());
        assert!(crate::core::tree::tidy_layout(&parents, &Default::default()).is_ok());
        let (shown, _) = chart.visible(&HashSet::from([0]));
        assert_eq!(shown.len(), chart.nodes.len() - 11);
    }

    #[test]
    fn expanding_opens_one_level_and_revealing_opens_the_path() {
        let template = openai();
        let data = crate::core::synthetic::generate(2000, &template);
        let chart = OrgChart::new(&data);
        let mut collapsed = chart.initially_collapsed(20);
        let before = chart.visible(&collapsed).0.len();
        let closed = *collapsed.iter().min().unwrap();
        chart.expand(&mut collapsed, closed);
        let after = chart.visible(&collapsed).0.len();
        assert_eq!(after - before, chart.nodes[closed].children.len());
        // A deep node becomes visible, with the path to it open.
        let deepest = (0..chart.nodes.len())
            .max_by_key(|&n| chart.ancestors(n).len())
            .unwrap();
        chart.reveal(&mut collapsed, deepest);
        assert!(chart.visible(&collapsed).0.contains(&deepest));
        assert!(chart.visible(&collapsed).0.len() < chart.nodes.len());
    }

    #[test]
    fn the_first_view_opens_levels_while_they_fit() {
        let template = openai();
        let data = crate::core::synthetic::generate(2000, &template);
        let chart = OrgChart::new(&data);
        let collapsed = chart.initially_collapsed(60);
        let (shown, _) = chart.visible(&collapsed);
        assert!(shown.len() <= 60 || collapsed.is_empty(), "{}", shown.len());
        assert!(!shown.is_empty());
        // The small OpenAI chart opens completely.
        assert!(OrgChart::new(&openai()).initially_collapsed(60).is_empty());
    }
}
