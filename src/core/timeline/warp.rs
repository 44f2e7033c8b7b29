//! The timeline's time scale: a piecewise-linear warp of time that gives
//! crowded stretches the room their labels need and squeezes empty ones.
//!
//! A linear scale spreads ten years evenly, so a year holding half of the
//! story's events folds into one cluster while empty years take as much room
//! as full ones. [`Warp::fit`] instead places the events the way
//! [`layout`](super::layout) will pack them: it sweeps the distinct days on
//! which dates start, in time order, and puts each at the larger of
//! - where a common `rate` (pixels per day) takes it from the day before, and
//! - the first position at which enough lanes are free for every event that
//!   starts on that day (lanes in use by earlier labels, or by the spans of
//!   month- or year-precise dates, are not).
//!
//! It then looks (by bisection) for the largest `rate`, at most the linear
//! one, at which everything fits the width, labels included. So the scale is
//! as close to linear as it can be while every event keeps its label, and a
//! stretch of time is only ever stretched for the labels in it. The rate
//! never goes below [`FLOOR`] of the linear rate, so empty years keep room.
//! Needing more lanes than asked for, it tries up to [`MAX_LANES`]; when even
//! those cannot label every event (thousands of them), the positions at the
//! floor rate are shrunk to the width and the layout clusters what does not
//! fit, as it always has.
//!
//! Positions along the warp are "warped days": the x of a day, in pixels, on
//! the view the warp was fitted for (its [`home`](Warp::home)). A
//! [`Viewport`] stays in days and becomes a linear [`TimeScale`] over warped
//! days, so zooming and panning are linear in warped units, and the warp can
//! be fitted again (another width, filter or language) without moving the
//! days a reader is looking at.

use super::Viewport;
use super::{in_order, LayoutOptions, TimelineInput};
use crate::core::scale::TimeScale;

/// The most label lanes [`Warp::fit`] may ask for.
pub const MAX_LANES: usize = 10;

/// The lowest rate of time, as a share of the linear rate: an empty year
/// keeps at least this share of the width it would have on a linear scale.
pub const FLOOR: f64 = 0.25;

/// Kept beyond the gap when a day is pushed right to free a lane, so that
/// rounding in the scale never takes the lane away again.
const SLACK: f64 = 0.01;

/// A monotone piecewise-linear map from days to warped days, and the number
/// of label lanes it was fitted with.
#[derive(Clone, Debug, PartialEq)]
pub struct Warp {
    /// Days of the knots, strictly increasing.
    days: Vec<f64>,
    /// Their warped positions, strictly increasing.
    xs: Vec<f64>,
    /// Warped days per day before the first knot and after the last: the
    /// linear rate, as outside the data's domain nothing needs room.
    rate: f64,
    /// The width of the home view, in warped days (pixels).
    width: f64,
    /// The label lanes the layout should use.
    pub lanes: usize,
    /// Whether every event has its label on the home view (with too many
    /// events for the width, some are clustered).
    pub fits: bool,
}

/// One sweep of [`Warp::fit`] at one rate.
struct Sweep {
    /// The position of each knot.
    xs: Vec<f64>,
    /// The right end of everything placed: last day and labels.
    right: f64,
    /// Whether every event found a lane.
    placed: bool,
}

impl Warp {
    /// The linear scale that shows `view` over `width` pixels, with `lanes`
    /// lanes.
    pub fn linear(view: Viewport, width: f64, lanes: usize) -> Warp {
        let width = width.max(1.0);
        Warp {
            days: vec![view.start, view.end],
            xs: vec![0.0, width],
            rate: width / view.span(),
            width,
            lanes,
            fits: true,
        }
    }

    /// The warp that shows every event of `inputs` (in days) from the start
    /// of `full` over `width` pixels with its label, as described in the
    /// [module documentation](self). `options.lanes` is the fewest lanes to
    /// try.
    pub fn fit(
        inputs: &[TimelineInput],
        full: Viewport,
        width: f64,
        options: &LayoutOptions,
    ) -> Warp {
        let width = width.max(1.0);
        let order = in_order(inputs, usize::MAX);
        // The knots: the start of the domain, every day an event starts on,
        // and the end of the domain (dates' spans end between them).
        let mut days = vec![full.start];
        days.extend(
            order
                .iter()
                .map(|i| i.first_day)
                .filter(|&d| d > full.start),
        );
        days.push(full.end.max(days[days.len() - 1] + 1.0));
        days.dedup();
        let linear = width / full.span();
        let sweep = |rate, lanes, limit| sweep(&order, &days, rate, lanes, options, limit);
        let fits = |rate: f64, lanes: usize| {
            let s = sweep(rate, lanes, width);
            s.placed && s.right <= width
        };
        let most = MAX_LANES.max(options.lanes);
        let lanes = (options.lanes..=most)
            .find(|&lanes| fits(FLOOR * linear, lanes))
            .unwrap_or(most);
        let (mut rate, mut above) = (FLOOR * linear, linear);
        // The largest rate that fits, or the floor if none does.
        if fits(linear, lanes) {
            rate = linear;
        } else if fits(rate, lanes) {
            for _ in 0..24 {
                let middle = (rate + above) / 2.0;
                if fits(middle, lanes) {
                    rate = middle;
                } else {
                    above = middle;
                }
            }
        }
        let mut s = sweep(rate, lanes, f64::INFINITY);
        // Labels that run past the end of the domain widen its last stretch,
        // so that the home view ends where the domain does.
        let last = s.xs.len() - 1;
        s.xs[last] = s.right;
        let shrink = width / s.right.max(width);
        Warp {
            days,
            xs: s.xs.iter().map(|x| x * shrink).collect(),
            rate: linear * shrink,
            width,
            lanes,
            fits: s.placed && shrink == 1.0,
        }
    }

    /// The warped day of a day.
    pub fn at(&self, day: f64) -> f64 {
        map(day, &self.days, &self.xs, self.rate)
    }

    /// The day of a warped day (the inverse of [`at`](Self::at)).
    pub fn day_at(&self, x: f64) -> f64 {
        map(x, &self.xs, &self.days, 1.0 / self.rate)
    }

    /// The width of the home view, in pixels.
    pub fn width(&self) -> f64 {
        self.width
    }

    /// The days of the home view: every event with its label, over the
    /// width the warp was fitted to.
    pub fn home(&self) -> Viewport {
        Viewport::new(self.day_at(0.0), self.day_at(self.width))
    }

    /// Where `day` is drawn on `scale`, a scale over warped days.
    pub fn x(&self, scale: &TimeScale, day: f64) -> f64 {
        scale.x_of_day(self.at(day))
    }

    /// `inputs` with their days turned into warped days, ready for
    /// [`layout`](super::layout) on a scale over warped days.
    pub fn apply(&self, inputs: &[TimelineInput]) -> Vec<TimelineInput> {
        inputs
            .iter()
            .map(|input| TimelineInput {
                first_day: self.at(input.first_day),
                end_day: self.at(input.end_day),
                ..input.clone()
            })
            .collect()
    }
}

/// `value` mapped from the knots `from` to the knots `to` (both increasing),
/// with `slope` outside them.
fn map(value: f64, from: &[f64], to: &[f64], slope: f64) -> f64 {
    let i = from.partition_point(|&k| k <= value);
    let a = i.saturating_sub(1);
    match (i, from.get(i)) {
        (1.., Some(&next)) => to[a] + (value - from[a]) / (next - from[a]) * (to[i] - to[a]),
        _ => to[a] + (value - from[a]) * slope,
    }
}

/// Places `days` (sorted, distinct) at `rate`, pushing each day right as far
/// as the events starting on it need for a free lane, exactly as the greedy
/// layout will assign them (`order` is in its order). With a finite
/// `limit`, stops early (not `placed`) once an event finds no lane or
/// anything ends past it: enough to know it does not fit.
fn sweep(
    order: &[&TimelineInput],
    days: &[f64],
    rate: f64,
    lanes: usize,
    options: &LayoutOptions,
    limit: f64,
) -> Sweep {
    let gap = options.gap;
    // Each lane: where its last label (or a span already placed) ends, and
    // the day its last date's span ends; the lane is taken until both.
    let mut lane = vec![(f64::NEG_INFINITY, f64::NEG_INFINITY); lanes];
    let mut s = Sweep {
        xs: Vec::with_capacity(days.len()),
        right: 0.0,
        placed: true,
    };
    let (mut x, mut prev, mut next) = (0.0, days[0], 0);
    for &day in days {
        let first = next;
        while next < order.len() && order[next].first_day <= day {
            next += 1;
        }
        // Where `day` must be for each lane to be free on it. A span that
        // ends between the last knot and this one ends where the straight
        // line between them puts it, which moves with this knot.
        let need = |&(end, span_end): &(f64, f64)| match span_end {
            e if e >= day => f64::INFINITY,
            e if e > prev => (end + gap).max(x + gap * (day - prev) / (day - e)),
            _ => end + gap,
        };
        let free = lane.iter().filter(|l| need(l) < f64::INFINITY).count();
        let k = (next - first).min(free);
        s.placed &= next - first <= free;
        // The k-th smallest need: then k lanes are free.
        let kth = lane
            .iter()
            .map(need)
            .filter(|&n| lane.iter().filter(|l| need(l) <= n).count() >= k)
            .fold(f64::INFINITY, f64::min);
        let at = (x + rate * (day - prev)).max(if k > 0 { kth + SLACK } else { 0.0 });
        for l in lane.iter_mut().filter(|l| l.1 > prev && l.1 <= day) {
            l.0 = l.0.max(x + (l.1 - prev) / (day - prev) * (at - x));
        }
        (x, prev) = (at, day);
        s.xs.push(x);
        for input in &order[first..next] {
            if let Some(l) = lane.iter_mut().find(|l| l.1 < day && l.0 + gap <= x) {
                *l = (x + options.marker_size + input.label_width, input.end_day);
                s.right = s.right.max(l.0);
            }
        }
        if limit.is_finite() && (!s.placed || s.right.max(x) > limit) {
            s.placed = false;
            break;
        }
    }
    s.right = s.right.max(x);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::timeline::layout;

    fn input(event: usize, day: f64, label_width: f64) -> TimelineInput {
        TimelineInput {
            event,
            first_day: day,
            end_day: day + 1.0,
            label_width,
        }
    }

    /// Lays out `inputs` on the home view of `warp`.
    fn laid_out(inputs: &[TimelineInput], warp: &Warp) -> super::super::TimelineLayout {
        let scale = warp.home().scale(warp.width(), warp);
        let options = LayoutOptions {
            lanes: warp.lanes,
            ..LayoutOptions::default()
        };
        layout(&warp.apply(inputs), &scale, &options)
    }

    #[test]
    fn the_linear_warp_maps_days_to_pixels_in_proportion() {
        let warp = Warp::linear(Viewport::new(100.0, 200.0), 1000.0, 6);
        assert_eq!(warp.at(150.0), 500.0);
        assert_eq!(warp.at(250.0), 1500.0);
        assert_eq!(warp.day_at(-100.0), 90.0);
        assert_eq!(warp.home(), Viewport::new(100.0, 200.0));
    }

    #[test]
    fn sparse_events_keep_a_linear_scale() {
        let inputs: Vec<_> = (0..5).map(|i| input(i, i as f64 * 200.0, 40.0)).collect();
        let full = Viewport::new(0.0, 1000.0);
        let warp = Warp::fit(&inputs, full, 1000.0, &LayoutOptions::default());
        for day in [0.0, 333.0, 1000.0] {
            assert!((warp.at(day) - day).abs() < 1e-9, "{day}");
        }
        assert_eq!(warp.lanes, LayoutOptions::default().lanes);
    }

    #[test]
    fn a_crowded_stretch_is_widened_until_every_event_has_its_label() {
        // Thirty events in one month of ten years, labels 100 px long.
        let mut inputs: Vec<_> = (0..30)
            .map(|i| input(i, 3000.0 + i as f64, 100.0))
            .collect();
        inputs.push(input(30, 100.0, 100.0));
        let full = Viewport::new(0.0, 3650.0);
        let linear = layout(
            &inputs,
            &full.scale(800.0, &Warp::linear(full, 800.0, 6)),
            &LayoutOptions::default(),
        );
        assert!(!linear.clusters.is_empty());
        let warp = Warp::fit(&inputs, full, 800.0, &LayoutOptions::default());
        let result = laid_out(&inputs, &warp);
        assert!(result.clusters.is_empty(), "{:?}", result.clusters);
        assert_eq!(result.marks.len(), 31);
        // Every label ends inside the width, and the month got the room.
        assert!(result.marks.iter().all(|m| m.extent().1 <= 800.0 + 1e-6));
        assert!(warp.at(3030.0) - warp.at(3000.0) > 300.0);
        // Empty years keep at least the floor.
        let year = warp.at(1365.0) - warp.at(1000.0);
        assert!(year >= FLOOR * 800.0 / 10.0 - 1e-6, "{year}");
    }

    #[test]
    fn more_lanes_are_taken_only_when_the_width_cannot_do_without() {
        // Twelve events on one day need twelve lanes: more than the most.
        let inputs: Vec<_> = (0..12).map(|i| input(i, 50.0, 60.0)).collect();
        let full = Viewport::new(0.0, 100.0);
        let warp = Warp::fit(&inputs, full, 600.0, &LayoutOptions::default());
        assert_eq!(warp.lanes, MAX_LANES);
        let result = laid_out(&inputs, &warp);
        assert_eq!(result.marks.len(), MAX_LANES);
        assert_eq!(result.clusters[0].events.len(), 2);
        // Eight on one day need eight lanes.
        let warp = Warp::fit(&inputs[..8], full, 600.0, &LayoutOptions::default());
        assert_eq!(warp.lanes, 8);
    }

    #[test]
    fn a_date_span_keeps_its_lane_until_it_ends() {
        // A month-long date, then seven events on the day it ends: with six
        // lanes, one of them has to wait for the span.
        let mut inputs = vec![TimelineInput {
            event: 0,
            first_day: 10.0,
            end_day: 40.0,
            label_width: 20.0,
        }];
        inputs.extend((1..7).map(|i| input(i, 40.0, 20.0)));
        let warp = Warp::fit(
            &inputs,
            Viewport::new(0.0, 100.0),
            400.0,
            &LayoutOptions::default(),
        );
        assert_eq!(warp.lanes, 7);
        assert!(laid_out(&inputs, &warp).clusters.is_empty());
    }

    #[test]
    fn at_and_day_at_are_inverses_inside_and_outside_the_knots() {
        let inputs: Vec<_> = (0..20).map(|i| input(i, 500.0 + i as f64, 80.0)).collect();
        let warp = Warp::fit(
            &inputs,
            Viewport::new(0.0, 1000.0),
            700.0,
            &LayoutOptions::default(),
        );
        for day in [-500.0, 0.0, 250.0, 505.5, 999.0, 1800.0] {
            assert!((warp.day_at(warp.at(day)) - day).abs() < 1e-6, "{day}");
        }
    }

    #[test]
    fn every_openai_event_of_2024_up_to_the_as_of_date_has_its_label() {
        use crate::core::i18n::event::EventTexts;
        use crate::core::lang::Lang;
        use crate::core::parse::parse_dataset;
        use crate::core::scale::day_number;
        use crate::core::timeline::inputs_for;
        let data = parse_dataset(crate::core::DEFAULT_DATA).unwrap();
        let all: Vec<usize> = (0..data.events.len()).collect();
        let as_of = day_number(data.as_of.first_day());
        let story: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| data.events[i].date.year() == 2024)
            .filter(|&i| day_number(data.events[i].date.first_day()) <= as_of)
            .collect();
        assert_eq!(story.len(), 16);
        // The drawing's width at 1280 and 640 px wide windows, and the
        // narrowest timeline before it turns into a list.
        for width in [1120.0, 616.0, 600.0] {
            for lang in [Lang::Zh, Lang::En] {
                let texts = EventTexts::new(&data, lang);
                let inputs = inputs_for(&data, &all, 13.0, |i| &*texts.names[i]);
                let full = Viewport::full(&data);
                let warp = Warp::fit(&inputs, full, width, &LayoutOptions::default());
                let result = laid_out(&inputs, &warp);
                for event in &story {
                    assert!(
                        result.marks.iter().any(|m| m.event == *event),
                        "{width} {lang:?}: {} is not labelled",
                        data.events[*event].id
                    );
                }
                assert!(warp.fits, "{width} {lang:?}");
                assert!(warp.lanes <= 6 || width < 1000.0, "{width}: {}", warp.lanes);
            }
        }
    }

    #[test]
    fn thousands_of_events_still_cluster() {
        use crate::core::parse::parse_dataset;
        use crate::core::synthetic::generate;
        use crate::core::timeline::inputs_for;
        let template = parse_dataset(crate::core::DEFAULT_DATA).unwrap();
        for size in [1_000, 10_000] {
            let data = generate(size, &template);
            let all: Vec<usize> = (0..size).collect();
            let inputs = inputs_for(&data, &all, 13.0, |i| data.people[i % 7].name.en.as_str());
            let warp = Warp::fit(
                &inputs,
                Viewport::full(&data),
                1120.0,
                &LayoutOptions::default(),
            );
            assert!(!warp.fits, "{size}");
            let result = laid_out(&inputs, &warp);
            assert!(
                result.clusters.len() > 5,
                "{size}: {}",
                result.clusters.len()
            );
            assert!(
                result.marks.len() < size / 4,
                "{size}: {}",
                result.marks.len()
            );
        }
    }

    #[test]
    fn without_events_the_warp_is_linear_over_the_domain() {
        let warp = Warp::fit(
            &[],
            Viewport::new(0.0, 365.0),
            730.0,
            &LayoutOptions::default(),
        );
        assert!((warp.at(100.0) - 200.0).abs() < 1e-9);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::core::timeline::layout;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_warp_is_monotone_and_its_home_view_holds_every_label(
            items in proptest::collection::vec((0.0..3650.0f64, 0.0..60.0f64, 0.0..160.0f64), 0..80),
            width in 200.0..2000.0f64,
        ) {
            let inputs: Vec<TimelineInput> = items
                .iter()
                .enumerate()
                .map(|(event, &(day, span, label_width))| TimelineInput {
                    event,
                    first_day: day.floor(),
                    end_day: day.floor() + 1.0 + span.floor(),
                    label_width,
                })
                .collect();
            let full = Viewport::new(0.0, 3720.0);
            let warp = Warp::fit(&inputs, full, width, &LayoutOptions::default());
            let mut last = f64::NEG_INFINITY;
            for day in (-400..4200).step_by(7) {
                let x = warp.at(f64::from(day));
                prop_assert!(x > last);
                last = x;
            }
            let options = LayoutOptions { lanes: warp.lanes, ..LayoutOptions::default() };
            let home = warp.home();
            let result = layout(&warp.apply(&inputs), &home.scale(width, &warp), &options);
            if warp.fits {
                prop_assert!(result.clusters.is_empty(), "{:?}", result.clusters);
                for mark in &result.marks {
                    prop_assert!(mark.x0 >= -1e-6 && mark.extent().1 <= width + 1e-6, "{mark:?}");
                }
            }
        }
    }
}
