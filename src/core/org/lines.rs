//! Dotted lines on the chart: which to draw on a date, and their routes.
//!
//! Solid lines make the tree; a dotted line (a role's `dotted_line_to`) is
//! an overlay between two people's own places. It is drawn when both are in
//! one block; between blocks it is said in words only (every line is, in
//! the node's accessible name). Its route runs only through space no node
//! takes: down into the gap under the first person, across their column to
//! the gap on its right, down that gap to a lane under the block (or
//! straight along it, when both share that gap), along the lane to the gap
//! right of the second person, up, and across into the gap under them.

use std::collections::HashMap;

use super::chart::{NodeKind, OrgChart};
use super::layout::{Block, NodeBox};
use super::status::{org_roles, role_active};
use crate::core::calendar::NaiveDate;
use crate::core::model::Dataset;

/// Space a line keeps from a node's edge, and between lanes under a block.
pub const LANE: f64 = 5.0;

/// The spacing of a block's nodes, which the routes run through.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spacing {
    /// Height of a node.
    pub node_height: f64,
    /// Space between a node and the one under it.
    pub row_gap: f64,
    /// Space between a column and the next.
    pub column_gap: f64,
    /// How far right of the middle of that space the line runs (clear of
    /// a tree's solid connectors, which turn in the middle).
    pub offset: f64,
}

/// The dotted lines of `block` on `date`: pairs of positions in
/// `block.nodes`, from the person whose role held on the date names the
/// other, both in their own places in the block.
pub fn dotted_lines(
    data: &Dataset,
    chart: &OrgChart,
    block: &Block,
    date: NaiveDate,
) -> Vec<(usize, usize)> {
    let own = |placed: &super::layout::PlacedNode| match chart.nodes[placed.node].kind {
        NodeKind::Person(p) if chart.node_of_person[p] == Some(placed.node) => Some(p),
        _ => None,
    };
    let at: HashMap<&str, usize> = block
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(i, placed)| Some((data.people[own(placed)?].id.as_str(), i)))
        .collect();
    let mut lines = Vec::new();
    for (i, placed) in block.nodes.iter().enumerate() {
        let Some(person) = own(placed) else { continue };
        for role in org_roles(data, &data.people[person]).filter(|r| role_active(r, date)) {
            for to in &role.dotted_line_to {
                if let Some(&j) = at.get(to.as_str()) {
                    if i != j && !lines.contains(&(i, j)) {
                        lines.push((i, j));
                    }
                }
            }
        }
    }
    lines
}

/// A route as SVG path data ("M1 2L3 2…"), each number written by `number`
/// (the widget's and the drawings' own rounding).
pub fn path_data(route: &[(f64, f64)], number: &dyn Fn(f64) -> String) -> String {
    let mut d = String::new();
    for (i, &(x, y)) in route.iter().enumerate() {
        d.push(if i == 0 { 'M' } else { 'L' });
        d.push_str(&number(x));
        d.push(' ');
        d.push_str(&number(y));
    }
    d
}

/// Whether any role of the data set has a dotted line (so the legend says
/// what one means).
pub fn has_dotted_lines(data: &Dataset) -> bool {
    data.people
        .iter()
        .any(|p| p.roles.iter().any(|r| !r.dotted_line_to.is_empty()))
}

/// The route of a dotted line from box `a` to box `b`, as the corners of an
/// orthogonal path; `lane_y` is the height of its lane under the block.
pub fn route(a: &NodeBox, b: &NodeBox, spacing: Spacing, lane_y: f64) -> Vec<(f64, f64)> {
    let bottom = |n: &NodeBox| n.y + spacing.node_height;
    let under = |n: &NodeBox| bottom(n) + spacing.row_gap / 2.0;
    let right = |n: &NodeBox| n.x + n.width + spacing.column_gap / 2.0 + spacing.offset;
    let middle = |n: &NodeBox| n.x + n.width / 2.0;
    let (ga, gb) = (right(a), right(b));
    let mut path = vec![
        (middle(a), bottom(a)),
        (middle(a), under(a)),
        (ga, under(a)),
    ];
    if ga != gb {
        path.push((ga, lane_y));
        path.push((gb, lane_y));
    }
    path.extend([
        (gb, under(b)),
        (middle(b), under(b)),
        (middle(b), bottom(b)),
    ]);
    path
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::core::date::PartialDate;
    use crate::core::org::layout::OrgLayout;
    use crate::core::testing::dotted_line_to_a_colleague;

    #[test]
    fn a_dotted_line_is_drawn_while_its_role_is_held_between_own_places() {
        let data = dotted_line_to_a_colleague();
        let chart = OrgChart::new(&data);
        let layout = OrgLayout::new(&chart, &HashSet::new());
        let block = &layout.blocks[0];
        let position = |p: usize| {
            block
                .nodes
                .iter()
                .position(|n| n.node == chart.node_of_person[p].unwrap())
                .unwrap()
        };
        let day = |d: &str| PartialDate::parse(d).unwrap().first_day();
        assert_eq!(
            dotted_lines(&data, &chart, block, day("2018-01-01")),
            [(position(2), position(1))]
        );
        assert!(dotted_lines(&data, &chart, block, day("2021-01-01")).is_empty());
    }

    #[test]
    fn between_two_columns_the_route_takes_the_lane_under_the_block() {
        let spacing = Spacing {
            node_height: 10.0,
            row_gap: 4.0,
            column_gap: 20.0,
            offset: 2.0,
        };
        let a = NodeBox {
            x: 0.0,
            y: 0.0,
            width: 30.0,
        };
        let b = NodeBox {
            x: 50.0,
            y: 14.0,
            width: 30.0,
        };
        assert_eq!(
            route(&a, &b, spacing, 40.0),
            [
                (15.0, 10.0),
                (15.0, 12.0),
                (42.0, 12.0),
                (42.0, 40.0),
                (92.0, 40.0),
                (92.0, 26.0),
                (65.0, 26.0),
                (65.0, 24.0),
            ]
        );
        // In one column: straight down the gap beside it.
        let c = NodeBox {
            x: 0.0,
            y: 28.0,
            width: 30.0,
        };
        assert_eq!(route(&a, &c, spacing, 40.0).len(), 6);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::core::org::layout::OrgLayout;
    use crate::core::org::sizes::{GRID, GRID_LINES, LAYOUT, TREE_LINES};
    use crate::core::org::testing::chart_and_collapsed;

    /// Whether the segment from `p` to `q` (level or upright) passes
    /// through the inside of `n`, `height` tall.
    fn crosses(p: (f64, f64), q: (f64, f64), n: &NodeBox, height: f64) -> bool {
        let (x0, x1) = (p.0.min(q.0), p.0.max(q.0));
        let (y0, y1) = (p.1.min(q.1), p.1.max(q.1));
        x0 < n.x + n.width && x1 > n.x && y0 < n.y + height && y1 > n.y
    }

    proptest! {
        #[test]
        fn a_dotted_line_never_crosses_a_node(
            (chart, collapsed) in chart_and_collapsed(),
            pairs in proptest::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>()), 1..6),
            grid in any::<bool>(),
        ) {
            let layout = OrgLayout::new(&chart, &collapsed);
            for block in &layout.blocks {
                let (geometry, spacing) = match grid {
                    // A group's grid: every node a card.
                    true => (GRID.place(block, 500.0), GRID_LINES),
                    false => (block.geometry(&chart, &LAYOUT), TREE_LINES),
                };
                // Lines join people (in a grid the first node is the header).
                let people: Vec<usize> = (usize::from(grid)..block.nodes.len())
                    .filter(|&i| matches!(chart.nodes[block.nodes[i].node].kind, NodeKind::Person(_)))
                    .collect();
                if people.len() < 2 {
                    continue;
                }
                for (k, (a, b)) in pairs.iter().enumerate() {
                    let (a, b) = (people[a.index(people.len())], people[b.index(people.len())]);
                    let lane = geometry.height + LANE * (k + 1) as f64;
                    let path = route(&geometry.boxes[a], &geometry.boxes[b], spacing, lane);
                    for segment in path.windows(2) {
                        prop_assert!(segment[0].0 == segment[1].0 || segment[0].1 == segment[1].1);
                        for (i, n) in geometry.boxes.iter().enumerate() {
                            let height = match (grid, i) {
                                (true, 0) => GRID.header_height,
                                _ => spacing.node_height,
                            };
                            prop_assert!(
                                !crosses(segment[0], segment[1], n, height),
                                "{:?} crosses node {i} {n:?}", segment
                            );
                        }
                    }
                }
            }
        }
    }
}
