//! Where each visible node of the org chart goes: one block per root, each
//! block a tidy tree ([`crate::core::tree`]) drawn left to right (depth across,
//! siblings down), so long lists of names read down the page and the blocks
//! can sit side by side or stack on a phone.
//!
//! [`OrgLayout`] places nodes in abstract units (depth columns, breadth rows);
//! [`Block::geometry`] turns one block into pixels: column x positions, each
//! node's box, the block's size and the elbow connectors. The pixel sizes are
//! not the core's to choose: the view passes them in as [`OrgLayoutOptions`]
//! (d3's `nodeSize` approach), so the core draws nothing itself.

use std::collections::HashSet;

use super::chart::{NodeKind, OrgChart};
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

/// The pixel sizes a chart is drawn at, chosen by the view (its node
/// component knows how wide it draws a person or a group).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OrgLayoutOptions {
    /// Width of a person's node.
    pub person_width: f64,
    /// Width of a group's node.
    pub group_width: f64,
    /// Height of every node.
    pub node_height: f64,
    /// Space between a column's widest node and the next column; connectors
    /// turn halfway across it.
    pub column_gap: f64,
    /// From the top of one row to the top of the next: the node height plus
    /// the space between rows.
    pub row_step: f64,
}

impl OrgLayoutOptions {
    /// Width of a node of this kind.
    pub fn node_width(&self, kind: NodeKind) -> f64 {
        match kind {
            NodeKind::Group(_) => self.group_width,
            NodeKind::Person(_) => self.person_width,
        }
    }
}

/// A node's box inside its block, in pixels at zoom 1 (its height is
/// [`OrgLayoutOptions::node_height`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NodeBox {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
}

/// An elbow connector from a parent to a child: from the middle of the
/// parent's right edge across to `turn_x`, up or down to the child's row,
/// then across to the middle of the child's left edge.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Elbow {
    /// Start, on the parent's right edge.
    pub from: (f64, f64),
    /// Where the connector turns: halfway across the gap after the parent's
    /// column.
    pub turn_x: f64,
    /// End, on the child's left edge.
    pub to: (f64, f64),
}

/// One block in pixels at zoom 1.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockGeometry {
    /// Left edge of each column: each column is as wide as its widest node,
    /// followed by the column gap.
    pub columns: Vec<f64>,
    /// Each node's box, in the order of [`Block::nodes`].
    pub boxes: Vec<NodeBox>,
    /// One connector per node that has a parent in the block, in the order
    /// of [`Block::nodes`].
    pub links: Vec<Elbow>,
    /// Width: the right edge of the rightmost box.
    pub width: f64,
    /// Height: the last row's top plus a node's height.
    pub height: f64,
}

impl BlockGeometry {
    /// The width of the widest of `blocks`, at least 1 (so that fitting it to
    /// a width never divides by zero).
    pub fn widest(blocks: &[BlockGeometry]) -> f64 {
        blocks.iter().map(|b| b.width).fold(1.0, f64::max)
    }
}

impl Block {
    /// The block in pixels, with the node sizes and spacing of `options`.
    pub fn geometry(&self, chart: &OrgChart, options: &OrgLayoutOptions) -> BlockGeometry {
        let width_of = |placed: &PlacedNode| options.node_width(chart.nodes[placed.node].kind);
        let mut widths = vec![0.0f64; self.depths];
        for placed in &self.nodes {
            widths[placed.depth] = widths[placed.depth].max(width_of(placed));
        }
        let mut columns = Vec::with_capacity(widths.len());
        let mut x = 0.0;
        for w in widths {
            columns.push(x);
            x += w + options.column_gap;
        }
        let boxes: Vec<NodeBox> = self
            .nodes
            .iter()
            .map(|placed| NodeBox {
                x: columns[placed.depth],
                y: placed.row * options.row_step,
                width: width_of(placed),
            })
            .collect();
        let middle = options.node_height / 2.0;
        let links = self
            .nodes
            .iter()
            .zip(&boxes)
            .filter_map(|(placed, child)| {
                let parent = boxes[placed.parent?];
                let from_x = parent.x + parent.width;
                Some(Elbow {
                    from: (from_x, parent.y + middle),
                    turn_x: from_x + options.column_gap / 2.0,
                    to: (child.x, child.y + middle),
                })
            })
            .collect();
        let width = boxes.iter().map(|b| b.x + b.width).fold(0.0, f64::max);
        let height = (self.rows - 1.0).max(0.0) * options.row_step + options.node_height;
        BlockGeometry {
            columns,
            boxes,
            links,
            width,
            height,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::org::testing::chart;
    use crate::core::org::Group;

    const GROUP: NodeKind = NodeKind::Group(Group::Cofounders);

    /// Round sizes, so the expected pixels can be worked out by hand.
    const OPTIONS: OrgLayoutOptions = OrgLayoutOptions {
        person_width: 100.0,
        group_width: 50.0,
        node_height: 20.0,
        column_gap: 10.0,
        row_step: 30.0,
    };

    /// The co-founders (node 0) holding three people, and the "reporting
    /// line unknown" group (4) holding one.
    fn three_and_one() -> OrgChart {
        chart(&[
            (GROUP, None),
            (NodeKind::Person(0), Some(0)),
            (NodeKind::Person(1), Some(0)),
            (NodeKind::Person(2), Some(0)),
            (NodeKind::Group(Group::ReportingUnknown), None),
            (NodeKind::Person(3), Some(4)),
        ])
    }

    /// A group holding two people: the group centred on row 0.5, the people
    /// on rows 0 and 1.
    fn group_of_two() -> OrgChart {
        chart(&[
            (GROUP, None),
            (NodeKind::Person(0), Some(0)),
            (NodeKind::Person(1), Some(0)),
        ])
    }

    #[test]
    fn each_root_gets_a_block_and_the_group_is_centred_on_its_people() {
        let chart = three_and_one();
        let layout = OrgLayout::new(&chart, &HashSet::new());
        assert_eq!(layout.blocks.len(), 2);
        let cofounders = &layout.blocks[0];
        assert_eq!(cofounders.nodes.len(), 4);
        assert_eq!(cofounders.depths, 2);
        assert_eq!(cofounders.rows, 3.0);
        assert_eq!(cofounders.nodes[0].row, 1.0, "centred over rows 0 to 2");
        assert_eq!(cofounders.nodes[0].level, 1);
        assert_eq!(cofounders.nodes[1].position_in_set, (1, 3));
        assert_eq!(cofounders.nodes[3].position_in_set, (3, 3));
        assert_eq!(cofounders.nodes[3].level, 2);
        assert_eq!(layout.blocks[1].nodes.len(), 2);
    }

    #[test]
    fn a_collapsed_group_is_a_one_node_block() {
        let chart = three_and_one();
        let layout = OrgLayout::new(&chart, &HashSet::from([0]));
        assert_eq!(layout.blocks[0].nodes.len(), 1);
        assert_eq!(layout.blocks[0].rows, 1.0);
        let order: Vec<usize> = layout.reading_order().map(|n| n.node).collect();
        assert_eq!(order, [0, 4, 5], "the three people are hidden");
    }

    #[test]
    fn each_column_is_as_wide_as_its_widest_node_plus_the_gap() {
        let chart = group_of_two();
        let layout = OrgLayout::new(&chart, &HashSet::new());
        let geometry = layout.blocks[0].geometry(&chart, &OPTIONS);
        assert_eq!(geometry.columns, [0.0, 60.0]);
        assert_eq!(geometry.width, 160.0, "the person column ends the block");
        assert_eq!(geometry.height, 50.0, "one row step and one node");
    }

    #[test]
    fn a_node_sits_at_its_column_and_its_row_times_the_row_step() {
        let chart = group_of_two();
        let layout = OrgLayout::new(&chart, &HashSet::new());
        let geometry = layout.blocks[0].geometry(&chart, &OPTIONS);
        let boxes = [
            NodeBox {
                x: 0.0,
                y: 15.0,
                width: 50.0,
            },
            NodeBox {
                x: 60.0,
                y: 0.0,
                width: 100.0,
            },
            NodeBox {
                x: 60.0,
                y: 30.0,
                width: 100.0,
            },
        ];
        assert_eq!(geometry.boxes, boxes);
    }

    #[test]
    fn an_elbow_runs_from_the_parents_right_edge_to_the_childs_left_edge() {
        let chart = group_of_two();
        let layout = OrgLayout::new(&chart, &HashSet::new());
        let geometry = layout.blocks[0].geometry(&chart, &OPTIONS);
        let to_first = Elbow {
            from: (50.0, 25.0),
            turn_x: 55.0,
            to: (60.0, 10.0),
        };
        let to_second = Elbow {
            from: (50.0, 25.0),
            turn_x: 55.0,
            to: (60.0, 40.0),
        };
        assert_eq!(geometry.links, [to_first, to_second]);
    }

    #[test]
    fn a_closed_group_is_a_block_the_size_of_one_node() {
        let chart = group_of_two();
        let layout = OrgLayout::new(&chart, &HashSet::from([0]));
        let geometry = layout.blocks[0].geometry(&chart, &OPTIONS);
        assert_eq!((geometry.width, geometry.height), (50.0, 20.0));
        assert!(geometry.links.is_empty());
    }

    #[test]
    fn the_widest_block_is_measured_and_never_narrower_than_one_pixel() {
        let chart = chart(&[(NodeKind::Person(0), None), (GROUP, None)]);
        let layout = OrgLayout::new(&chart, &HashSet::new());
        let blocks: Vec<BlockGeometry> = layout
            .blocks
            .iter()
            .map(|b| b.geometry(&chart, &OPTIONS))
            .collect();
        assert_eq!(BlockGeometry::widest(&blocks), 100.0);
        assert_eq!(BlockGeometry::widest(&[]), 1.0);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::core::org::testing::chart_and_collapsed;

    fn options() -> impl Strategy<Value = OrgLayoutOptions> {
        (
            1.0f64..300.0,
            1.0f64..300.0,
            1.0f64..80.0,
            0.0f64..40.0,
            0.0f64..20.0,
        )
            .prop_map(
                |(person_width, group_width, node_height, column_gap, row_space)| {
                    OrgLayoutOptions {
                        person_width,
                        group_width,
                        node_height,
                        column_gap,
                        row_step: node_height + row_space,
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn boxes_stay_inside_their_block_never_overlap_and_links_join_parent_to_child(
            (chart, collapsed) in chart_and_collapsed(),
            options in options(),
        ) {
            let layout = OrgLayout::new(&chart, &collapsed);
            let slack = 1e-6;
            for block in &layout.blocks {
                let geometry = block.geometry(&chart, &options);
                let h = options.node_height;
                for b in &geometry.boxes {
                    prop_assert!(b.x >= 0.0 && b.x + b.width <= geometry.width + slack);
                    prop_assert!(b.y >= 0.0 && b.y + h <= geometry.height + slack);
                }
                for (i, a) in geometry.boxes.iter().enumerate() {
                    for b in &geometry.boxes[i + 1..] {
                        let apart = a.x + a.width <= b.x + slack
                            || b.x + b.width <= a.x + slack
                            || a.y + h <= b.y + slack
                            || b.y + h <= a.y + slack;
                        prop_assert!(apart, "{a:?} overlaps {b:?}");
                    }
                }
                let children = block.nodes.iter().enumerate().filter(|(_, n)| n.parent.is_some());
                prop_assert_eq!(geometry.links.len(), children.clone().count());
                for ((child, placed), link) in children.zip(&geometry.links) {
                    let parent = geometry.boxes[placed.parent.unwrap()];
                    let child = geometry.boxes[child];
                    prop_assert_eq!(link.from, (parent.x + parent.width, parent.y + h / 2.0));
                    prop_assert_eq!(link.to, (child.x, child.y + h / 2.0));
                    prop_assert!(link.from.0 <= link.turn_x && link.turn_x <= link.to.0);
                }
            }
        }
    }
}
