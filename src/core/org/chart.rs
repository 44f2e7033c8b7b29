//! The chart's structure. It never invents a manager: a person hangs under
//! the manager their latest role in the organisation names (`reports_to`); a
//! person others report to but who names no manager is a root; everyone else
//! goes into a visible group, the co-founders or "reporting line unknown".
//! Also which nodes are open, and opening them one level at a time.

use std::collections::{HashMap, HashSet};

use super::status::org_roles;
use crate::core::model::Dataset;

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
pub struct ChartNode {
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
    pub nodes: Vec<ChartNode>,
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
    /// in that list (the input [`crate::core::tree::tidy_layout`] takes).
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
    use crate::core::parse::parse_dataset;
    use crate::core::DEFAULT_DATA;

    fn openai() -> Dataset {
        parse_dataset(DEFAULT_DATA).unwrap()
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
    fn toggling_closes_an_open_node_and_opens_a_closed_one_a_level_at_a_time() {
        // A group (0) holding a manager (1) with a report (2).
        let chart = crate::core::org::testing::chart(&[
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
        let template = openai();
        let data = crate::core::synthetic::generate(2000, &template);
        let chart = OrgChart::new(&data);
        let collapsed = chart.initially_collapsed(60);
        let (shown, _) = chart.visible(&collapsed);
        assert!(shown.len() <= 60 || collapsed.is_empty(), "{}", shown.len());
        assert!(!shown.is_empty());
    }
}
