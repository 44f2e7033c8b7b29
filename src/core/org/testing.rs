//! Small charts built inline for the org chart's unit tests.

use super::chart::{NodeKind, OrgChart, OrgNode};

/// A chart from its nodes, each with its kind and its parent's index
/// (parents before their children). People are numbered by their `Person`
/// index, which must be below `nodes.len()`.
pub(crate) fn chart(nodes: &[(NodeKind, Option<usize>)]) -> OrgChart {
    let mut chart = OrgChart {
        nodes: nodes
            .iter()
            .map(|&(kind, parent)| OrgNode {
                kind,
                parent,
                children: Vec::new(),
            })
            .collect(),
        node_of_person: vec![None; nodes.len()],
    };
    for (i, &(kind, parent)) in nodes.iter().enumerate() {
        if let Some(parent) = parent {
            chart.nodes[parent].children.push(i);
        }
        if let NodeKind::Person(p) = kind {
            chart.node_of_person[p] = Some(i);
        }
    }
    chart
}
