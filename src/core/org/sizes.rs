//! The org chart's sizes in pixels, the widget's (`ui::org_node`) and the
//! exports' (`core::render`) alike: the layouts take them as options, so
//! these are the one place they are set.

use super::grid::GridOptions;
use super::layout::OrgLayoutOptions;
use super::lines::{Spacing, LANE};

/// Width of a person's node in a reporting tree, in pixels.
pub const PERSON_WIDTH: f64 = 244.0;
/// Width of a group's node in a tree, in pixels.
pub const GROUP_WIDTH: f64 = 132.0;
/// Height of a person's node or card, in pixels.
pub const NODE_HEIGHT: f64 = 58.0;
/// Height of a group's header, in pixels.
pub const HEADER_HEIGHT: f64 = 32.0;

/// The groups' grids: cards as tall as the tree's nodes, best 192 pixels
/// wide (two to a row on a phone, three in a 640 px column) and at least
/// 160, 8 pixels apart.
pub const GRID: GridOptions = GridOptions {
    card_width: 192.0,
    min_card_width: 160.0,
    card_height: NODE_HEIGHT,
    header_height: HEADER_HEIGHT,
    gap: 8.0,
};

/// The reporting trees' sizes: these nodes' sizes, 28 pixels between
/// columns and 8 between rows.
pub const LAYOUT: OrgLayoutOptions = OrgLayoutOptions {
    person_width: PERSON_WIDTH,
    group_width: GROUP_WIDTH,
    node_height: NODE_HEIGHT,
    column_gap: 28.0,
    row_step: NODE_HEIGHT + 8.0,
};

/// What dotted lines route through in a group's grid: the gaps between
/// cards, in their middle.
pub const GRID_LINES: Spacing = Spacing {
    node_height: GRID.card_height,
    row_gap: GRID.gap,
    column_gap: GRID.gap,
    offset: 0.0,
};

/// What dotted lines route through in a reporting tree: the gaps between
/// rows and columns, right of the solid connectors' turn.
pub const TREE_LINES: Spacing = Spacing {
    node_height: LAYOUT.node_height,
    row_gap: LAYOUT.row_step - LAYOUT.node_height,
    column_gap: LAYOUT.column_gap,
    offset: LANE,
};
