//! Small charts built inline for the org chart's unit tests, and random
//! ones for its property tests. (Data sets and people for tests are built
//! with [`crate::core::testing`].)

use super::chart::{ChartNode, NodeKind, OrgChart};
#[cfg(not(target_arch = "wasm32"))]
use {super::chart::Group, proptest::prelude::*, std::collections::HashSet};

/// A chart from its nodes, each with its kind and its parent's index
/// (parents before their children). People are numbered by their `Person`
/// index, which must be below `nodes.len()`.
pub(crate) fn chart(nodes: &[(NodeKind, Option<usize>)]) -> OrgChart {
    let mut chart = OrgChart {
        nodes: nodes
            .iter()
            .map(|&(kind, parent)| ChartNode {
                kind,
                parent,
                children: Vec::new(),
            })
            .collect(),
        roots: nodes
            .iter()
            .enumerate()
            .filter(|(_, (_, parent))| parent.is_none())
            .map(|(i, _)| i)
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

/// A chart of up to 60 nodes, people and groups mixed, parents before
/// their children; and which nodes are closed.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn chart_and_collapsed() -> impl Strategy<Value = (OrgChart, HashSet<usize>)> {
    proptest::collection::vec(
        (
            any::<bool>(),
            any::<bool>(),
            any::<prop::sample::Index>(),
            any::<bool>(),
        ),
        1..60,
    )
    .prop_map(|nodes| {
        let spec: Vec<(NodeKind, Option<usize>)> = nodes
            .iter()
            .enumerate()
            .map(|(i, &(group, root, parent, _))| {
                let kind = if group {
                    NodeKind::Group(Group::ReportingUnknown)
                } else {
                    NodeKind::Person(i)
                };
                (kind, (i > 0 && !root).then(|| parent.index(i)))
            })
            .collect();
        let collapsed = nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.3)
            .map(|(i, _)| i)
            .collect();
        (chart(&spec), collapsed)
    })
}
