//! The compact chart, sized to fit a column: each group is a one-line header
//! over a grid of small cards, as many to a row as the width holds, and only
//! as many groups open at first as fit in about one screen. The first group
//! (the co-founders, whose statuses are the story's headline) always opens;
//! the others show their header and count until the reader opens them.
//!
//! A group's people are never managers ([`OrgChart`] puts only people with
//! no reporting line into groups), so a group's block is one level deep and
//! a grid shows all of it. Blocks headed by a person stay tidy trees
//! ([`super::layout`]). As there, the pixel sizes are the view's, passed in
//! as [`GridOptions`].

use std::collections::HashSet;

use super::chart::{NodeKind, OrgChart};
use super::layout::{Block, BlockGeometry, NodeBox};

/// The pixel sizes of the compact chart, chosen by the view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GridOptions {
    /// The width a card would best be: a row holds the number of cards that
    /// comes nearest to it, and they stretch or shrink to fill the row.
    pub card_width: f64,
    /// The narrowest a card may be. A row too narrow for its cards at this
    /// width is wider than the room; the chart's zoom then fits it.
    pub min_card_width: f64,
    /// Height of a card.
    pub card_height: f64,
    /// Height of a group's header.
    pub header_height: f64,
    /// Space between cards, and between the header and the first row.
    pub gap: f64,
}

impl GridOptions {
    /// How many cards a row `available` pixels wide holds, and how wide
    /// each is.
    pub fn columns(&self, available: f64) -> (usize, f64) {
        let across = (available + self.gap) / (self.card_width + self.gap);
        let count = across.round().max(1.0) as usize;
        let width = (available - self.gap * (count - 1) as f64) / count as f64;
        (count, width.max(self.min_card_width))
    }

    /// Height of a group of `people` drawn `available` pixels wide: its
    /// header, then a gap and a card per row.
    pub fn height(&self, available: f64, people: usize) -> f64 {
        let rows = people.div_ceil(self.columns(available).0);
        self.header_height + rows as f64 * (self.gap + self.card_height)
    }

    /// A group's block in pixels at zoom 1, `available` pixels wide: the
    /// header across the full row, then the people left to right, top to
    /// bottom, in reading order. No connectors: the header says the group.
    pub fn place(&self, block: &Block, available: f64) -> BlockGeometry {
        let (count, card) = self.columns(available);
        let width = count as f64 * (card + self.gap) - self.gap;
        let boxes: Vec<NodeBox> = (0..block.nodes.len())
            .map(|i| match i.checked_sub(1) {
                None => NodeBox {
                    x: 0.0,
                    y: 0.0,
                    width,
                },
                Some(k) => NodeBox {
                    x: (k % count) as f64 * (card + self.gap),
                    y: self.header_height
                        + self.gap
                        + (k / count) as f64 * (self.card_height + self.gap),
                    width: card,
                },
            })
            .collect();
        BlockGeometry {
            columns: Vec::new(),
            boxes,
            links: Vec::new(),
            width,
            height: self.height(available, block.nodes.len().saturating_sub(1)),
        }
    }

    /// The nodes closed in the compact chart's first view, `available`
    /// pixels wide: those [`OrgChart::initially_collapsed`] closes to show
    /// about `nodes` nodes, and each group after the first that would take
    /// the groups' height, stacked, past `height` pixels. Groups open in
    /// chart order while they fit; a closed one counts its header.
    pub fn first_view(
        &self,
        chart: &OrgChart,
        available: f64,
        nodes: usize,
        height: f64,
    ) -> HashSet<usize> {
        let mut closed = chart.initially_collapsed(nodes);
        let groups: Vec<usize> = chart
            .roots
            .iter()
            .copied()
            .filter(|&n| matches!(chart.nodes[n].kind, NodeKind::Group(_)))
            .collect();
        let mut total = groups.len() as f64 * self.header_height;
        for (i, &group) in groups.iter().enumerate() {
            let people = chart.nodes[group].children.len();
            let extra = self.height(available, people) - self.header_height;
            if closed.contains(&group) {
                continue;
            }
            if i == 0 || total + extra <= height {
                total += extra;
            } else {
                closed.insert(group);
            }
        }
        closed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::org::layout::OrgLayout;
    use crate::core::org::testing::chart;
    use crate::core::org::Group;
    use crate::core::parse::parse_dataset;
    use crate::core::DEFAULT_DATA;

    /// Round sizes, so the expected pixels can be worked out by hand.
    const OPTIONS: GridOptions = GridOptions {
        card_width: 120.0,
        min_card_width: 100.0,
        card_height: 40.0,
        header_height: 20.0,
        gap: 10.0,
    };

    /// A group (node 0) of `people` people.
    fn group_of(people: usize) -> OrgChart {
        let mut nodes = vec![(NodeKind::Group(Group::Cofounders), None)];
        nodes.extend((0..people).map(|p| (NodeKind::Person(p), Some(0))));
        chart(&nodes)
    }

    #[test]
    fn a_row_holds_the_number_of_cards_nearest_their_best_width() {
        // 3.2 cards of 120 px: three, widened to fill the row.
        assert_eq!(OPTIONS.columns(410.0), (3, 130.0));
        // 3.7 cards: four, narrowed.
        assert_eq!(OPTIONS.columns(470.0), (4, 110.0));
        assert_eq!(OPTIONS.columns(1000.0).0, 8);
    }

    #[test]
    fn cards_are_never_narrower_than_the_minimum() {
        // 1.6 cards of 120 px: two, at 100 px not 95 (the zoom fits the row).
        assert_eq!(OPTIONS.columns(200.0), (2, 100.0));
        // 1.4 cards: one, as wide as the row.
        assert_eq!(OPTIONS.columns(170.0), (1, 170.0));
        // No room even for one: one at its narrowest.
        assert_eq!(OPTIONS.columns(60.0), (1, 100.0));
        assert_eq!(OPTIONS.columns(0.0), (1, 100.0));
    }

    #[test]
    fn the_header_spans_the_row_and_the_people_fill_it_in_reading_order() {
        let chart = group_of(5);
        let layout = OrgLayout::new(&chart, &HashSet::new());
        let geometry = OPTIONS.place(&layout.blocks[0], 320.0);
        let at = |x: f64, y: f64, width: f64| NodeBox { x, y, width };
        assert_eq!(
            geometry.boxes,
            [
                at(0.0, 0.0, 320.0),
                at(0.0, 30.0, 100.0),
                at(110.0, 30.0, 100.0),
                at(220.0, 30.0, 100.0),
                at(0.0, 80.0, 100.0),
                at(110.0, 80.0, 100.0),
            ]
        );
        assert!(geometry.links.is_empty());
        assert_eq!((geometry.width, geometry.height), (320.0, 120.0));
    }

    #[test]
    fn a_closed_group_is_its_header() {
        let chart = group_of(5);
        let layout = OrgLayout::new(&chart, &HashSet::from([0]));
        let geometry = OPTIONS.place(&layout.blocks[0], 320.0);
        assert_eq!(geometry.boxes.len(), 1);
        assert_eq!((geometry.width, geometry.height), (320.0, 20.0));
        assert_eq!(OPTIONS.height(320.0, 0), 20.0);
    }

    #[test]
    fn the_co_founders_open_first_and_the_others_only_if_they_fit() {
        // The two groups alone (teams are groups too, after the co-founders).
        let mut data = parse_dataset(DEFAULT_DATA).unwrap();
        data.teams.clear();
        let chart = OrgChart::new(&data);
        // Three to a row: 11 co-founders take 4 rows (200 px), the 17 others
        // 6 rows (300 px), under two 20 px headers.
        assert_eq!(OPTIONS.columns(320.0), (3, 100.0));
        assert_eq!(OPTIONS.height(320.0, 11), 220.0);
        assert_eq!(OPTIONS.height(320.0, 17), 320.0);
        let unknown = chart
            .nodes
            .iter()
            .position(|n| n.kind == NodeKind::Group(Group::ReportingUnknown))
            .unwrap();
        assert_eq!(
            OPTIONS.first_view(&chart, 320.0, 60, 500.0),
            HashSet::from([unknown])
        );
        assert!(OPTIONS.first_view(&chart, 320.0, 60, 540.0).is_empty());
        // Wider rows are shorter: nine to a row, both fit in 240 px.
        assert!(!OPTIONS.first_view(&chart, 320.0, 60, 240.0).is_empty());
        assert!(OPTIONS.first_view(&chart, 1200.0, 60, 240.0).is_empty());
        // The co-founders open even when nothing fits.
        assert_eq!(
            OPTIONS.first_view(&chart, 320.0, 60, 0.0),
            HashSet::from([unknown])
        );
    }

    #[test]
    fn a_large_chart_keeps_the_trees_first_view() {
        let template = parse_dataset(DEFAULT_DATA).unwrap();
        let data = crate::core::synthetic::generate(2000, &template);
        let chart = OrgChart::new(&data);
        let closed = OPTIONS.first_view(&chart, 320.0, 60, 10_000.0);
        assert!(chart.initially_collapsed(60).is_subset(&closed));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::core::org::layout::OrgLayout;
    use crate::core::org::testing::chart;
    use crate::core::org::Group;

    proptest! {
        #[test]
        fn cards_stay_in_their_block_never_overlap_and_the_row_fills_the_room(
            people in 0usize..40,
            available in 0.0f64..2000.0,
            min_card_width in 20.0f64..300.0,
            extra in 0.0f64..200.0,
            card_height in 1.0f64..80.0,
            header_height in 1.0f64..60.0,
            gap in 0.0f64..20.0,
        ) {
            let options = GridOptions {
                card_width: min_card_width + extra,
                min_card_width,
                card_height,
                header_height,
                gap,
            };
            let mut nodes = vec![(NodeKind::Group(Group::Cofounders), None)];
            nodes.extend((0..people).map(|p| (NodeKind::Person(p), Some(0))));
            let chart = chart(&nodes);
            let layout = OrgLayout::new(&chart, &HashSet::new());
            let geometry = options.place(&layout.blocks[0], available);
            let slack = 1e-6;
            // The row fills the room, or is wider only with cards at their
            // narrowest (then the chart's zoom fits it).
            let (_, card) = options.columns(available);
            prop_assert!(card >= min_card_width);
            if geometry.width > available + slack {
                prop_assert_eq!(card, min_card_width);
            } else {
                prop_assert!((geometry.width - available).abs() < slack);
            }
            let cards = &geometry.boxes[1..];
            for b in cards {
                prop_assert!(b.x >= 0.0 && b.x + b.width <= geometry.width + slack);
                prop_assert!(b.y >= header_height && b.y + card_height <= geometry.height + slack);
            }
            for (i, a) in cards.iter().enumerate() {
                for b in &cards[i + 1..] {
                    let apart = a.x + a.width <= b.x + slack
                        || a.y + card_height <= b.y + slack;
                    prop_assert!(apart, "{a:?} overlaps {b:?}");
                }
            }
        }
    }
}
