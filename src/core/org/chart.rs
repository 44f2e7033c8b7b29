//! The chart's structure. It never invents a manager: a person hangs under
//! the manager their latest role in the organisation names (`reports_to`); a
//! person others report to but who names no manager is a root; everyone else
//! goes into a visible group, the co-founders or "reporting line unknown".
//! Solid lines alone make the tree. Each team of the organisation is a group
//! too, holding everyone who was ever in it a second time; the chart of one
//! date ([`OrgChart::on`]) keeps only the teams that exist then and the
//! people each shows, leads first. Also which nodes are open, and opening
//! them one level at a time.

use std::collections::{HashMap, HashSet};

use super::snapshot::Snapshot;
use super::status::org_roles;
use super::teams::team_roles;
use crate::core::model::Dataset;

/// A group node of the chart: people placed together because no reporting
/// line is known for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// The organisation's co-founders.
    Cofounders,
    /// People whose reporting line no source states.
    ReportingUnknown,
    /// A team of the organisation, by index in the data set's `teams`.
    Team(usize),
}

impl Group {
    /// The id used in the DOM.
    pub fn id(self) -> &'static str {
        match self {
            Group::Cofounders => "cofounders",
            Group::ReportingUnknown => "reporting-unknown",
            Group::Team(_) => "team",
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
pub struct ChartNode {
    /// What it stands for.
    pub kind: NodeKind,
    /// Index of its parent node.
    pub parent: Option<usize>,
    /// Indices of its children, in data order.
    pub children: Vec<usize>,
}

/// The chart's structure: people of the organisation and the groups that
/// hold those with no known manager, and its teams. Roots first, children
/// in data order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgChart {
    /// All nodes; parents before their children.
    pub nodes: Vec<ChartNode>,
    /// The roots shown, in order.
    pub roots: Vec<usize>,
    /// Node index by person index (people outside the organisation have
    /// none): their place in the tree or a group, never a team.
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

        let mut nodes: Vec<ChartNode> = Vec::new();
        let mut node_of_person = vec![None; data.people.len()];
        let add = |nodes: &mut Vec<ChartNode>, kind: NodeKind, parent: Option<usize>| {
            let at = nodes.len();
            nodes.push(ChartNode {
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
        // Each team holds everyone ever in it; they are placed elsewhere too.
        for (team, roles) in team_roles(data).into_iter().enumerate() {
            if data.teams[team].org != data.organization {
                continue;
            }
            let group = add(&mut nodes, NodeKind::Group(Group::Team(team)), None);
            let mut seen = HashSet::new();
            for (p, _) in roles {
                if seen.insert(p) {
                    add(&mut nodes, NodeKind::Person(p), Some(group));
                }
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
        let roots = (0..nodes.len())
            .filter(|&n| nodes[n].parent.is_none())
            .collect();
        OrgChart {
            nodes,
            roots,
            node_of_person,
        }
    }

    /// The chart on `snapshot`'s date: a team shows only once it exists,
    /// holding the people [`Snapshot::teams`] shows in it, in that order
    /// (leads first). Node indices stay those of the whole chart, so what
    /// the reader opened stays open as the date moves.
    pub fn on(&self, snapshot: &Snapshot) -> OrgChart {
        let mut chart = self.clone();
        chart.roots.retain(|&root| match self.nodes[root].kind {
            NodeKind::Group(Group::Team(team)) => {
                snapshot.teams.get(team).is_some_and(Option::is_some)
            }
            _ => true,
        });
        for (node, at) in self.nodes.iter().enumerate() {
            let NodeKind::Group(Group::Team(team)) = at.kind else {
                continue;
            };
            let shown = snapshot.teams.get(team).and_then(Option::as_ref);
            chart.nodes[node].children = shown
                .map(|team| {
                    team.members
                        .iter()
                        .filter_map(|m| {
                            at.children
                                .iter()
                                .copied()
                                .find(|&c| self.nodes[c].kind == NodeKind::Person(m.person))
                        })
                        .collect()
                })
                .unwrap_or_default();
        }
        chart
    }

    /// The nodes shown when the nodes in `collapsed` hide their subtrees:
    /// their indices in pre-order and, for each, the position of its parent
    /// in that list (the input [`crate::core::tree::tidy_layout`] takes).
    pub fn visible(&self, collapsed: &HashSet<usize>) -> (Vec<usize>, Vec<Option<usize>>) {
        let mut order = Vec::new();
        let mut parents = Vec::new();
        let mut stack: Vec<(usize, Option<usize>)> =
            self.roots.iter().map(|&root| (root, None)).collect();
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
        let mut shown: Vec<usize> = self.roots.clone();
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

    /// Opens `node` one level if it is closed ([`OrgChart::expand`]),
    /// otherwise closes it.
    pub fn toggle(&self, collapsed: &mut HashSet<usize>, node: usize) {
        if collapsed.contains(&node) {
            self.expand(collapsed, node);
        } else {
            collapsed.insert(node);
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
    use crate::core::org::testing::chart;
    use crate::core::testing::DatasetBuilder;

    /// Where each node hangs: its kind and its parent's kind.
    fn shape(chart: &OrgChart) -> Vec<(NodeKind, Option<NodeKind>)> {
        chart
            .nodes
            .iter()
            .map(|n| (n.kind, n.parent.map(|p| chart.nodes[p].kind)))
            .collect()
    }

    /// Two co-founders and a researcher, no reporting line stated.
    fn no_reporting_lines() -> Dataset {
        DatasetBuilder::new()
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .cofounder()
            .role("CEO", "首席执行官")
            .person("Bob Smith", "鲍勃·史密斯")
            .role("Researcher", "研究员")
            .person("Cal Jones", "卡尔·琼斯")
            .cofounder()
            .role("CTO", "首席技术官")
            .build()
    }

    /// A group (0) holding people 0 (node 1) and 1 (2); person 0 has
    /// reports 2 (3) and 3 (4), person 1 has report 6 (7); below person 2
    /// hang 4 (5) and, below that, 5 (6). Levels: 1, 2, 3, 1, 1.
    fn deep_chart() -> OrgChart {
        chart(&[
            (NodeKind::Group(Group::ReportingUnknown), None),
            (NodeKind::Person(0), Some(0)),
            (NodeKind::Person(1), Some(0)),
            (NodeKind::Person(2), Some(1)),
            (NodeKind::Person(3), Some(1)),
            (NodeKind::Person(4), Some(3)),
            (NodeKind::Person(5), Some(5)),
            (NodeKind::Person(6), Some(2)),
        ])
    }

    #[test]
    fn without_reporting_lines_people_are_grouped_never_given_a_manager() {
        let chart = OrgChart::new(&no_reporting_lines());
        let cofounders = NodeKind::Group(Group::Cofounders);
        let unknown = NodeKind::Group(Group::ReportingUnknown);
        assert_eq!(
            shape(&chart),
            [
                (cofounders, None),
                (NodeKind::Person(0), Some(cofounders)),
                (NodeKind::Person(2), Some(cofounders)),
                (unknown, None),
                (NodeKind::Person(1), Some(unknown)),
            ]
        );
        assert_eq!(chart.node_of_person, [Some(1), Some(4), Some(2)]);
    }

    #[test]
    fn stated_reporting_lines_become_the_tree() {
        // Ada heads the tree: Bob reports to her and Cal to Bob (his latest
        // role says so; an earlier one named Ada). Dee names nobody and
        // nobody names her.
        let data = DatasetBuilder::new()
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .role("CEO", "首席执行官")
            .person("Bob Smith", "鲍勃·史密斯")
            .role("Manager", "经理")
            .reports_to("ada-lovelace")
            .person("Cal Jones", "卡尔·琼斯")
            .role("Researcher", "研究员")
            .reports_to("ada-lovelace")
            .role("Senior researcher", "高级研究员")
            .reports_to("bob-smith")
            .person("Dee Park", "迪·朴")
            .role("Researcher", "研究员")
            .build();
        let chart = OrgChart::new(&data);
        let unknown = NodeKind::Group(Group::ReportingUnknown);
        assert_eq!(
            shape(&chart),
            [
                (NodeKind::Person(0), None),
                (unknown, None),
                (NodeKind::Person(3), Some(unknown)),
                (NodeKind::Person(1), Some(NodeKind::Person(0))),
                (NodeKind::Person(2), Some(NodeKind::Person(1))),
            ]
        );
    }

    #[test]
    fn collapsed_nodes_hide_their_subtrees() {
        let chart = OrgChart::new(&no_reporting_lines());
        let (all, parents) = chart.visible(&HashSet::new());
        assert_eq!(all, [0, 1, 2, 3, 4]);
        assert_eq!(parents, [None, Some(0), Some(0), None, Some(3)]);
        assert!(crate::core::tree::tidy_layout(&parents, &Default::default()).is_ok());
        let (shown, parents) = chart.visible(&HashSet::from([0]));
        assert_eq!(shown, [0, 3, 4], "the two co-founders are hidden");
        assert_eq!(parents, [None, None, Some(1)]);
    }

    #[test]
    fn expanding_opens_one_level_and_revealing_opens_the_path() {
        let chart = deep_chart();
        let mut collapsed = chart.initially_collapsed(3);
        assert_eq!(collapsed, HashSet::from([1, 2]));
        assert_eq!(chart.visible(&collapsed).0, [0, 1, 2]);
        chart.expand(&mut collapsed, 1);
        assert_eq!(chart.visible(&collapsed).0, [0, 1, 3, 4, 2]);
        assert_eq!(collapsed, HashSet::from([2, 3]), "node 3 shows, closed");
        // The deepest node becomes visible, with the path to it open and
        // the rest as it was.
        chart.reveal(&mut collapsed, 6);
        assert_eq!(chart.visible(&collapsed).0, [0, 1, 3, 5, 6, 4, 2]);
        assert_eq!(collapsed, HashSet::from([2]));
    }

    #[test]
    fn toggling_closes_an_open_node_and_opens_a_closed_one_a_level_at_a_time() {
        // A group (0) holding a manager (1) with a report (2).
        let chart = chart(&[
            (NodeKind::Group(Group::ReportingUnknown), None),
            (NodeKind::Person(0), Some(0)),
            (NodeKind::Person(1), Some(1)),
        ]);
        let mut collapsed = HashSet::new();
        chart.toggle(&mut collapsed, 0);
        assert_eq!(collapsed, HashSet::from([0]));
        chart.toggle(&mut collapsed, 0);
        assert_eq!(collapsed, HashSet::from([1]), "the manager shows, closed");
    }

    #[test]
    fn the_first_view_opens_levels_while_they_fit() {
        let chart = deep_chart();
        // Levels of 1, 2, 3, 1 and 1 nodes: 6 fit the first three.
        let collapsed = chart.initially_collapsed(6);
        assert_eq!(chart.visible(&collapsed).0.len(), 6);
        assert_eq!(collapsed, HashSet::from([3]));
        // One short of a level leaves it closed.
        let collapsed = chart.initially_collapsed(5);
        assert_eq!(chart.visible(&collapsed).0.len(), 3);
        // A small chart opens completely.
        assert!(chart.initially_collapsed(60).is_empty());
        // The roots always show.
        assert_eq!(chart.visible(&chart.initially_collapsed(0)).0, [0]);
    }
}
