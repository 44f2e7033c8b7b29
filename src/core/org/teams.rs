//! The organisation's teams on a date: whether each exists yet, whether it
//! has been dissolved, and who is shown in it, leads first. Everything comes
//! from the data set's `teams` and the roles that name them; a team with no
//! known formation date appears once a role in it is on record.

use super::status::{reached, role_active, role_begun};
use crate::core::calendar::NaiveDate;
use crate::core::date::PartialDate;
use crate::core::model::Dataset;

/// What a team is on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamState {
    /// Someone holds a role in it on the date.
    Active,
    /// Dissolved by the date (on the day given); the people in it when it
    /// was dissolved are shown, with where they went.
    Dissolved(PartialDate),
}

/// One person as the team shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Member {
    /// Person index.
    pub person: usize,
    /// Index, in the person's roles, of the role shown.
    pub role: usize,
    /// Whether that role leads the team.
    pub lead: bool,
}

/// A team on a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamOn {
    /// Index of the team in the data set.
    pub team: usize,
    /// Whether it is staffed, unstaffed or dissolved.
    pub state: TeamState,
    /// Who is shown: leads first, each group in data order.
    pub members: Vec<Member>,
}

impl TeamOn {
    /// How many of the people shown lead the team (two or more are co-leads).
    pub fn leads(&self) -> usize {
        self.members.iter().filter(|m| m.lead).count()
    }

    /// Whether the people shown are in the team on the date (rather than
    /// those in it when it was dissolved).
    pub fn current(&self) -> bool {
        self.state == TeamState::Active
    }
}

/// The roles in each team of the data set's organisation: by team index,
/// `(person, role)` pairs in data order. Teams of other organisations have
/// none.
pub fn team_roles(data: &Dataset) -> Vec<Vec<(usize, usize)>> {
    let mut by_team = vec![Vec::new(); data.teams.len()];
    let index: std::collections::HashMap<&str, usize> = data
        .teams
        .iter()
        .enumerate()
        .filter(|(_, t)| t.org == data.organization)
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    for (p, person) in data.people.iter().enumerate() {
        for (r, role) in person.roles.iter().enumerate() {
            let team = role.team.as_deref().and_then(|id| index.get(id));
            if let (Some(&team), true) = (team, role.org == data.organization) {
                by_team[team].push((p, r));
            }
        }
    }
    by_team
}

/// Team `team` on `date`, from its roles ([`team_roles`]); `None` while it
/// does not exist yet (before it was formed or, with no formation date,
/// before any of its roles is on record), and while nobody in the data is
/// in it (unless it was dissolved: then it shows who was in it at the end).
pub fn team_on(
    data: &Dataset,
    team: usize,
    roles: &[(usize, usize)],
    date: NaiveDate,
) -> Option<TeamOn> {
    let about = &data.teams[team];
    let role = |&(p, r): &(usize, usize)| &data.people[p].roles[r];
    let exists = match about.formed {
        Some(formed) => reached(formed, date),
        None => roles.iter().any(|m| role_begun(role(m), date)),
    };
    if !exists {
        return None;
    }
    let active: Vec<(usize, usize)> = roles
        .iter()
        .copied()
        .filter(|m| role_active(role(m), date))
        .collect();
    let (state, mut shown) = match about.dissolved {
        _ if !active.is_empty() => (TeamState::Active, active),
        // The people in it when it went: roles still held in the period
        // its dissolution date stands for.
        Some(dissolved) if reached(dissolved, date) => (
            TeamState::Dissolved(dissolved),
            roles
                .iter()
                .copied()
                .filter(|m| {
                    role(m)
                        .end
                        .is_none_or(|end| end.last_day() >= dissolved.first_day())
                })
                .collect(),
        ),
        // Nobody in it on the date: nothing to show.
        _ => return None,
    };
    // One entry per person (their leading role if any), in data order
    // (people are indexed in it), then leads first.
    shown.sort_by_key(|m| (m.0, !role(m).lead));
    shown.dedup_by_key(|m| m.0);
    let mut members: Vec<Member> = shown
        .into_iter()
        .map(|m| Member {
            person: m.0,
            role: m.1,
            lead: role(&m).lead,
        })
        .collect();
    members.sort_by_key(|m| !m.lead);
    Some(TeamOn {
        team,
        state,
        members,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::parse_dataset;
    use crate::core::DEFAULT_DATA;

    fn day(text: &str) -> NaiveDate {
        PartialDate::parse(text).unwrap().first_day()
    }

    /// The team with this id in the built-in data, on `date`, and the ids
    /// of the people it shows with whether each leads.
    fn on(id: &str, date: &str) -> Option<(TeamState, Vec<(String, bool)>)> {
        let data = parse_dataset(DEFAULT_DATA).unwrap();
        let team = data.teams.iter().position(|t| t.id == id).unwrap();
        let roles = team_roles(&data);
        team_on(&data, team, &roles[team], day(date)).map(|t| {
            let people = t
                .members
                .iter()
                .map(|m| (data.people[m.person].id.clone(), m.lead))
                .collect();
            (t.state, people)
        })
    }

    fn lead(id: &str) -> (String, bool) {
        (id.to_string(), true)
    }

    #[test]
    fn an_undated_team_appears_with_its_first_role_and_goes_when_nobody_is_left() {
        let data = crate::core::testing::DatasetBuilder::new()
            .team("lab", None, None)
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .role("Head of the lab", "实验室负责人")
            .start("2016")
            .end("2019")
            .in_team("lab", true)
            .person("Bob Smith", "鲍勃·史密斯")
            .role("Researcher", "研究员")
            .start("2017")
            .end("2018")
            .in_team("lab", false)
            .build();
        let roles = team_roles(&data);
        let on = |date: &str| team_on(&data, 0, &roles[0], day(date));
        assert_eq!(on("2015-06-01"), None);
        let team = on("2017-06-01").unwrap();
        assert_eq!((team.state, team.leads()), (TeamState::Active, 1));
        assert_eq!(
            team.members.iter().map(|m| m.person).collect::<Vec<_>>(),
            [0, 1]
        );
        assert_eq!(on("2018-06-01").unwrap().members.len(), 1);
        assert_eq!(on("2020-01-01"), None, "nobody in it, and not dissolved");
    }

    #[test]
    fn superalignment_is_absent_before_it_was_formed() {
        assert_eq!(on("superalignment", "2023-07-04"), None);
    }

    #[test]
    fn superalignment_is_co_led_by_sutskever_and_leike() {
        let (state, people) = on("superalignment", "2024-01-01").unwrap();
        assert_eq!(state, TeamState::Active);
        assert_eq!(people[..2], [lead("ilya-sutskever"), lead("jan-leike")]);
        assert!(people[2..].iter().all(|(_, lead)| !lead));
    }

    #[test]
    fn after_its_dissolution_superalignment_shows_its_last_leads() {
        let (state, people) = on("superalignment", "2024-06-01").unwrap();
        assert_eq!(
            state,
            TeamState::Dissolved(PartialDate::parse("2024-05").unwrap())
        );
        assert_eq!(people, [lead("ilya-sutskever"), lead("jan-leike")]);
    }

    #[test]
    fn preparedness_passes_from_madry_to_two_co_leads() {
        let (_, before) = on("preparedness", "2024-01-01").unwrap();
        assert_eq!(before, [lead("aleksander-madry")]);
        let (state, after) = on("preparedness", "2024-08-01").unwrap();
        assert_eq!(state, TeamState::Active);
        assert_eq!(
            after,
            [lead("joaquin-quinonero-candela"), lead("lilian-weng")]
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use std::collections::HashSet;

    use proptest::prelude::*;

    use super::*;
    use crate::core::org::layout::OrgLayout;
    use crate::core::org::{EventsByPerson, Group, NodeKind, OrgChart, Snapshot};
    use crate::core::testing::DatasetBuilder;

    /// Up to two teams (formed and dissolved in some year of 2000–2012, or
    /// never said) and up to 12 people, each with a role inside one team's
    /// life, perhaps leading it; then a date.
    fn teams_and_a_date() -> impl Strategy<Value = (Dataset, NaiveDate)> {
        let team = (proptest::option::of(0i32..6), proptest::option::of(1i32..7));
        let person = (
            0usize..2,
            0i32..6,
            proptest::option::of(0i32..6),
            any::<bool>(),
        );
        (
            proptest::collection::vec(team, 2),
            proptest::collection::vec(person, 0..12),
            1998i32..2016,
        )
            .prop_map(|(teams, people, year)| {
                let mut data = DatasetBuilder::new();
                // Each team's life: from `formed` to `formed + length`.
                let lives: Vec<(i32, Option<i32>)> = teams
                    .iter()
                    .map(|&(formed, length)| {
                        let from = 2000 + formed.unwrap_or(0);
                        (from, length.map(|l| from + l))
                    })
                    .collect();
                for (t, &(formed, _)) in teams.iter().enumerate() {
                    let (from, until) = lives[t];
                    data = data.team(
                        &format!("team-{t}"),
                        formed.map(|_| from.to_string()).as_deref(),
                        until.map(|y| y.to_string()).as_deref(),
                    );
                }
                for (i, &(t, start, length, lead)) in people.iter().enumerate() {
                    let (from, until) = lives[t];
                    let start = (from + start).min(until.unwrap_or(i32::MAX));
                    let end = match (length, until) {
                        (Some(l), Some(u)) => Some((start + l).min(u)),
                        (None, Some(u)) => Some(u),
                        (l, None) => l.map(|l| start + l),
                    };
                    data = data
                        .person(&format!("Person {i}"), &format!("人{i}"))
                        .role("Researcher", "研究员")
                        .start(&start.to_string())
                        .in_team(&format!("team-{t}"), lead);
                    if let Some(end) = end {
                        data = data.end(&end.to_string());
                    }
                }
                let day = NaiveDate::from_ymd_opt(year, 7, 1).expect("a day");
                (data.build(), day)
            })
    }

    proptest! {
        #[test]
        fn teams_overlay_the_tree_and_show_only_their_own_people_leads_first(
            (data, date) in teams_and_a_date()
        ) {
            let timelines = EventsByPerson::new(&data);
            let snapshot = Snapshot::on(&data, &timelines, date);
            let whole = OrgChart::new(&data);
            let chart = whole.on(&snapshot);
            // Solid lines alone make the tree: a person's own place is the
            // same on every date, and the visible chart is a forest.
            prop_assert_eq!(&chart.node_of_person, &whole.node_of_person);
            let layout = OrgLayout::new(&chart, &HashSet::new());
            let placed: usize = layout.blocks.iter().map(|b| b.nodes.len()).sum();
            prop_assert_eq!(placed, chart.visible(&HashSet::new()).0.len());
            for &root in &chart.roots {
                let NodeKind::Group(Group::Team(t)) = chart.nodes[root].kind else { continue };
                let team = snapshot.teams[t].as_ref().expect("a team shown exists");
                let about = &data.teams[t];
                // Not before it was formed.
                if let Some(formed) = about.formed {
                    prop_assert!(formed.first_day() <= date);
                }
                let mut leads_done = false;
                for (&node, member) in chart.nodes[root].children.iter().zip(&team.members) {
                    prop_assert_eq!(chart.nodes[node].kind, NodeKind::Person(member.person));
                    let role = &data.people[member.person].roles[member.role];
                    prop_assert_eq!(role.team.as_deref(), Some(about.id.as_str()));
                    prop_assert!(!(leads_done && member.lead), "leads come first");
                    leads_done |= !member.lead;
                    match team.state {
                        TeamState::Active => prop_assert!(role_active(role, date)),
                        TeamState::Dissolved(when) => prop_assert!(
                            role.end.is_none_or(|end| end.last_day() >= when.first_day())
                        ),
                    }
                }
                prop_assert_eq!(chart.nodes[root].children.len(), team.members.len());
            }
        }
    }
}
