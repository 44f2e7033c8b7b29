//! The timeline's vertical layout, in pixels from the top of the drawing:
//! the axis with its tick labels above it, the rows of era labels under it
//! (as many as [`axis`](super::axis) fills, at most two), the label lanes, the row of cluster badges and the row of
//! the "as of" label. The horizontal layout is [`layout`](super::layout)'s.
//!
//! ```text
//!   2023        2024        ← tick labels
//! ──┼───────────┼───────    ← axis_y
//!   Era one  Era two        ← era_label_y(0), era_label_y(1)
//!   ● Jan Leike             ← lane_y(0) = top
//!   ● Ilya Sutskever        ← lane_y(1)
//!   (+3)                    ← cluster_y
//!          as of 19 Aug     ← cursor_label_y
//!                           ← height
//! ```

use super::TimelineLayout;

/// Rows for era labels.
pub const ERA_ROWS: usize = 2;

/// Where the axis line is drawn, leaving room for the tick labels above it.
const AXIS_Y: f64 = 28.0;
/// The height of one label lane: room for a 14 px label and a finger.
pub const LANE_HEIGHT: f64 = 30.0;
/// The height of one row of era labels.
const ERA_ROW_HEIGHT: f64 = 13.0;

/// Vertical positions of the timeline's rows, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimelineMetrics {
    /// The axis line; ticks and era bands start here.
    pub axis_y: f64,
    /// The first label lane.
    pub top: f64,
    /// The row of cluster badges, under the lanes in use.
    pub cluster_y: f64,
    /// The baseline of the "as of" label, on a row of its own under the
    /// cluster badges when there are any.
    pub cursor_label_y: f64,
    /// The height of the whole drawing; ticks, era bands and the cursor
    /// reach down to it.
    pub height: f64,
}

impl TimelineMetrics {
    /// The rows for `layout` (at least one lane, even when empty) under
    /// `era_rows` rows of era labels (at most [`ERA_ROWS`]).
    pub fn new(layout: &TimelineLayout, era_rows: usize) -> TimelineMetrics {
        let lanes = layout.lanes_used.max(1);
        let era_rows = era_rows.min(ERA_ROWS) as f64;
        let top = AXIS_Y + 18.0 + era_rows * ERA_ROW_HEIGHT;
        let cluster_y = top + lanes as f64 * LANE_HEIGHT + 6.0;
        let cursor_label_y = cluster_y
            + if layout.clusters.is_empty() {
                12.0
            } else {
                36.0
            };
        TimelineMetrics {
            axis_y: AXIS_Y,
            top,
            cluster_y,
            cursor_label_y,
            height: cursor_label_y + 6.0,
        }
    }

    /// Where a mark in `lane` (0 nearest the axis) is drawn.
    pub fn lane_y(&self, lane: usize) -> f64 {
        self.top + lane as f64 * LANE_HEIGHT
    }

    /// The baseline of the era labels in `row` (0 nearest the axis).
    pub fn era_label_y(&self, row: usize) -> f64 {
        self.axis_y + 12.0 + row as f64 * ERA_ROW_HEIGHT
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::timeline::{ClusterMark, EventMark};

    fn mark(lane: usize) -> EventMark {
        EventMark {
            event: lane,
            x0: 0.0,
            x1: 0.0,
            lane,
            label_x: 14.0,
            label_width: 40.0,
        }
    }

    fn laid_out(lanes_used: usize, clusters: usize) -> TimelineLayout {
        TimelineLayout {
            marks: (0..lanes_used).map(mark).collect(),
            clusters: (0..clusters)
                .map(|i| ClusterMark {
                    events: vec![100 + i],
                    x0: 0.0,
                    x1: 0.0,
                    badge_x: 0.0,
                    badge_width: 36.0,
                })
                .collect(),
            lanes_used,
        }
    }

    #[test]
    fn an_empty_timeline_keeps_one_lane_and_a_row_for_the_as_of_label() {
        let metrics = TimelineMetrics::new(&TimelineLayout::default(), 0);
        assert_eq!(metrics.top, 46.0);
        assert_eq!(metrics.cluster_y, 46.0 + LANE_HEIGHT + 6.0);
        assert_eq!(metrics.cursor_label_y, metrics.cluster_y + 12.0);
        assert_eq!(metrics.height, metrics.cursor_label_y + 6.0);
    }

    #[test]
    fn each_lane_in_use_adds_one_lane_height() {
        let two = TimelineMetrics::new(&laid_out(2, 0), 0);
        let three = TimelineMetrics::new(&laid_out(3, 0), 0);
        assert_eq!(three.height - two.height, LANE_HEIGHT);
        assert_eq!(three.lane_y(2), three.top + 2.0 * LANE_HEIGHT);
    }

    #[test]
    fn each_row_of_era_labels_takes_a_row_height_up_to_two() {
        let rows = |eras| TimelineMetrics::new(&laid_out(1, 0), eras).top;
        assert_eq!(rows(1) - rows(0), 13.0);
        assert_eq!(rows(2) - rows(0), 26.0);
        assert_eq!(rows(5), rows(2));
        let metrics = TimelineMetrics::new(&laid_out(1, 0), 2);
        assert_eq!(metrics.era_label_y(1) - metrics.era_label_y(0), 13.0);
        assert!(metrics.era_label_y(1) < metrics.top);
    }

    #[test]
    fn cluster_badges_push_the_as_of_label_onto_a_row_of_their_own() {
        let without = TimelineMetrics::new(&laid_out(2, 0), 0);
        let with = TimelineMetrics::new(&laid_out(2, 1), 0);
        assert_eq!(with.cluster_y, without.cluster_y);
        assert_eq!(with.cursor_label_y - without.cursor_label_y, 24.0);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::core::timeline::{ClusterMark, EventMark};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_rows_run_down_in_order_and_every_lane_sits_above_the_clusters(
            lanes_used in 0usize..12,
            clusters in 0usize..3,
            eras in 0usize..=ERA_ROWS,
        ) {
            let layout = TimelineLayout {
                marks: (0..lanes_used)
                    .map(|lane| EventMark { event: lane, x0: 0.0, x1: 0.0, lane, label_x: 0.0, label_width: 0.0 })
                    .collect(),
                clusters: (0..clusters)
                    .map(|i| ClusterMark { events: vec![i], x0: 0.0, x1: 0.0, badge_x: 0.0, badge_width: 36.0 })
                    .collect(),
                lanes_used,
            };
            let m = TimelineMetrics::new(&layout, eras);
            prop_assert!(m.axis_y < m.top);
            prop_assert!(m.top < m.cluster_y && m.cluster_y < m.cursor_label_y);
            prop_assert!(m.cursor_label_y < m.height);
            for index in 0..eras {
                prop_assert!(m.axis_y < m.era_label_y(index) && m.era_label_y(index) < m.top);
            }
            for mark in &layout.marks {
                prop_assert!(m.lane_y(mark.lane) + LANE_HEIGHT <= m.cluster_y);
            }
        }
    }
}
