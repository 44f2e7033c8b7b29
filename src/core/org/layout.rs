//! Where each visible node of the org chart goes: one block per root, each
//! block a tidy tree ([`crate::core::tree`]) drawn left to right (depth across,
//! siblings down), so long lists of names read down the page and the blocks
//! can sit side by side or stack on a phone.
//!
//! Positions are in abstract units (depth columns, breadth rows); the view
//! scales them to pixels.

use std::collections::HashSet;

use super::chart::OrgChart;
use crate::core::tree::{tidy_layout, TreeOptions};

/// A visible node and its place inside its block.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedNode {
    /// Index of the node in the chart.
    pub node: usize,
    /// Column: levels below the block's root.
    pub depth: usize,
    /// Row: breadth position from the tidy tree (0 at the top).
    pub row: f64,
    /// Position of its parent in the block's `nodes`, if any.
    pub parent: Option<usize>,
    /// Nesting level for assistive technology (1 for a root).
    pub level: usize,
    /// Position among its siblings (1-based) and their number.
    pub position_in_set: (usize, usize),
}

/// One root and its visible subtree.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// The nodes, in pre-order (the reading order).
    pub nodes: Vec<PlacedNode>,
    /// Columns used.
    pub depths: usize,
    /// Rows used (the last row plus one).
    pub rows: f64,
}

/// The whole visible chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OrgLayout {
    /// Blocks, one per root, in chart order.
    pub blocks: Vec<Block>,
}

impl OrgLayout {
    /// Lays out the nodes of `chart` that `collapsed` leaves visible.
    pub fn new(chart: &OrgChart, collapsed: &HashSet<usize>) -> OrgLayout {
        let (order, parents) = chart.visible(collapsed);
        // Split the pre-order list at each root.
        let mut blocks = Vec::new();
        let mut start = 0;
        while start < order.len() {
            let end = (start + 1..order.len())
                .find(|&i| parents[i].is_none())
                .unwrap_or(order.len());
            let local: Vec<Option<usize>> = parents[start..end]
                .iter()
                .map(|p| p.map(|p| p - start))
                .collect();
            let positions = tidy_layout(&local, &TreeOptions::default())
                .expect("visible nodes of a chart form a tree");
            // Sibling counts for aria-setsize / aria-posinset.
            let mut children_seen = vec![0usize; local.len()];
            let mut children_total = vec![0usize; local.len()];
            for p in local.iter().flatten() {
                children_total[*p] += 1;
            }
            let nodes: Vec<PlacedNode> = (0..local.len())
                .map(|i| {
                    let position_in_set = match local[i] {
                        Some(p) => {
                            children_seen[p] += 1;
                            (children_seen[p], children_total[p])
                        }
                        None => (1, 1),
                    };
                    PlacedNode {
                        node: order[start + i],
                        depth: positions[i].depth,
                        row: positions[i].breadth,
                        parent: local[i],
                        level: positions[i].depth + 1,
                        position_in_set,
                    }
                })
                .collect();
            let depths = nodes.iter().map(|n| n.depth + 1).max().unwrap_or(0);
            let rows = nodes.iter().map(|n| n.row + 1.0).fold(0.0, f64::max);
            blocks.push(Block {
                nodes,
                depths,
                rows,
            });
            start = end;
        }
        OrgLayout { blocks }
    }

    /// Every visible node in reading order (block by block, pre-order).
    pub fn reading_order(&self) -> impl Iterator<Item = &PlacedNode> {
        self.blocks.iter().flat_map(|b| b.nodes.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::parse_dataset;
    use crate::core::DEFAULT_DATA;

    #[test]
    fn each_root_gets_a_block_and_the_group_is_centred_on_its_people() {
        let data = parse_dataset(DEFAULT_DATA).unwrap();
        let chart = OrgChart::new(&data);
        let layout = OrgLayout::new(&chart, &HashSet::new());
        assert_eq!(layout.blocks.len(), 2);
        let cofounders = &layout.blocks[0];
        assert_eq!(cofounders.nodes.len(), 12);
        assert_eq!(cofounders.depths, 2);
        assert_eq!(cofounders.rows, 11.0);
        assert_eq!(cofounders.nodes[0].row, 5.0, "centred over rows 0 to 10");
        assert_eq!(cofounders.nodes[1].position_in_set, (1, 11));
        assert_eq!(cofounders.nodes[11].position_in_set, (11, 11));
        assert_eq!(cofounders.nodes[11].level, 2);
    }

    #[test]
    fn a_collapsed_group_is_a_one_node_block() {
        let data = parse_dataset(DEFAULT_DATA).unwrap();
        let chart = OrgChart::new(&data);
        let layout = OrgLayout::new(&chart, &HashSet::from([0]));
        assert_eq!(layout.blocks[0].nodes.len(), 1);
        assert_eq!(layout.reading_order().count(), chart.nodes.len() - 11);
    }
}
