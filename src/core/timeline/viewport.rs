//! The timeline's viewport: which days it shows, and how the zoom buttons,
//! the keys, the wheel, a drag, a pinch and a click on a cluster change them.
//!
//! A [`Viewport`] is a span of day numbers (see [`day_number`](crate::core::scale::day_number)), start
//! inclusive and end exclusive. It knows nothing of pixels until it is given
//! a width and the [`Warp`] of the time scale; then it becomes a linear
//! [`TimeScale`] over warped days, and every change goes through the scale's
//! [`zoom`](TimeScale::zoom) and [`pan`](TimeScale::pan) and back to days.
//! Zooming and panning are so linear in warped units: the warp's proportions
//! stay as the reader zooms, and the axis keeps showing them. On top of the
//! scale's rules the viewport keeps the timeline's own limits: never
//! narrower than about [`MIN_SPAN_DAYS`] (as many warped days as those
//! around the day zoomed in on), never wider than twice the
//! [home view](Warp::home).
//!
//! Every method returns a new viewport; the component stores it and draws.

use super::warp::Warp;
use super::ClusterMark;
pub use super::Viewport;
use crate::core::num::clamp;
use crate::core::scale::TimeScale;

/// How much one press of a zoom button or key zooms in (or out, inverted).
pub const ZOOM_STEP: f64 = 1.6;

/// The narrowest view, in days.
pub const MIN_SPAN_DAYS: f64 = 14.0;

/// Space kept either side of a cluster's events when zooming into it, in pixels.
const CLUSTER_PADDING_PX: f64 = 24.0;

/// Space kept before a story step's stretch of time, in pixels.
const FRAME_BEFORE_PX: f64 = 16.0;

/// The part of the width kept after a story step's stretch of time, for the
/// labels of its last events, which are drawn to the right of their marks.
const FRAME_AFTER_SHARE: f64 = 0.25;

/// Which way in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards earlier dates (left).
    Earlier,
    /// Towards later dates (right).
    Later,
}

impl Viewport {
    /// The viewport over `width` pixels: a linear scale over the warped days
    /// of `warp`.
    pub fn scale(self, width: f64, warp: &Warp) -> TimeScale {
        TimeScale::from_days(warp.at(self.start), warp.at(self.end), width)
    }

    /// The days a scale over warped days shows.
    fn unwarp(scale: TimeScale, warp: &Warp) -> Viewport {
        let (start, end) = scale.domain();
        Viewport::new(warp.day_at(start), warp.day_at(end))
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the day at `anchor_x` pixels
    /// in place, within the limits: at least the warped days of the
    /// [`MIN_SPAN_DAYS`] around that day, at most twice the home view.
    pub fn zoom(self, factor: f64, anchor_x: f64, width: f64, warp: &Warp) -> Viewport {
        let scale = self.scale(width, warp);
        let day = warp.day_at(scale.at_x(anchor_x));
        let half = MIN_SPAN_DAYS / 2.0;
        let min = warp.at(day + half) - warp.at(day - half);
        Viewport::unwarp(scale.zoom(factor, anchor_x, min, warp.width() * 2.0), warp)
    }

    /// One step of [`ZOOM_STEP`] in, around the middle (the "+" button).
    pub fn zoom_in(self, width: f64, warp: &Warp) -> Viewport {
        self.zoom(ZOOM_STEP, width / 2.0, width, warp)
    }

    /// One step of [`ZOOM_STEP`] out, around the middle (the "−" button).
    pub fn zoom_out(self, width: f64, warp: &Warp) -> Viewport {
        self.zoom(1.0 / ZOOM_STEP, width / 2.0, width, warp)
    }

    /// Moves the days so the content shifts `dx` pixels to the right (a drag).
    pub fn pan(self, dx: f64, width: f64, warp: &Warp) -> Viewport {
        Viewport::unwarp(self.scale(width, warp).pan(dx), warp)
    }

    /// One arrow-key step: a fifth of the width towards `direction`.
    pub fn step(self, direction: Direction, width: f64, warp: &Warp) -> Viewport {
        let step = width / 5.0;
        match direction {
            Direction::Earlier => self.pan(step, width, warp),
            Direction::Later => self.pan(-step, width, warp),
        }
    }

    /// The same zoom, moved to the start of the home view (the Home key).
    pub fn at_home(self, warp: &Warp) -> Viewport {
        self.moved_to(0.0, warp)
    }

    /// The same zoom, moved to the end of the home view (the End key).
    pub fn at_end(self, warp: &Warp) -> Viewport {
        let span = warp.at(self.end) - warp.at(self.start);
        self.moved_to(warp.width() - span, warp)
    }

    /// The same span of warped days, starting at the warped day `start`.
    fn moved_to(self, start: f64, warp: &Warp) -> Viewport {
        let span = warp.at(self.end) - warp.at(self.start);
        Viewport::new(warp.day_at(start), warp.day_at(start + span))
    }

    /// The whole days around a cluster drawn on this viewport over `width`
    /// pixels, with a little room either side: after it, the cluster's events
    /// are far enough apart to be labelled, or as close as [`MIN_SPAN_DAYS`]
    /// allows.
    pub fn zoom_to_cluster(self, cluster: &ClusterMark, width: f64, warp: &Warp) -> Viewport {
        let scale = self.scale(width, warp);
        let day = |x: f64| warp.day_at(scale.at_x(x));
        let start = day(cluster.x0 - CLUSTER_PADDING_PX).floor();
        let end = day(cluster.x1 + CLUSTER_PADDING_PX).floor() + 1.0;
        Viewport::new(start, end.max(start + MIN_SPAN_DAYS))
    }

    /// The view that frames the days `start..end` (a story step's stretch
    /// of time) over `width` pixels: a little room before them, and after
    /// them a quarter of the width for the labels of their last events.
    pub fn framing(start: f64, end: f64, width: f64, warp: &Warp) -> Viewport {
        let (from, to) = (warp.at(start), warp.at(end));
        let inner = (width * (1.0 - FRAME_AFTER_SHARE) - FRAME_BEFORE_PX).max(1.0);
        let per_px = (to - from) / inner;
        Viewport::new(
            warp.day_at(from - FRAME_BEFORE_PX * per_px),
            warp.day_at(to + width * FRAME_AFTER_SHARE * per_px),
        )
    }

    /// The same zoom, moved so that the warped day `x` is in the middle.
    pub fn centred_on(self, x: f64, warp: &Warp) -> Viewport {
        let span = warp.at(self.end) - warp.at(self.start);
        self.moved_to(x - span / 2.0, warp)
    }
}

/// How much one wheel event zooms: in proportion to its delta, so a
/// trackpad pinch (many small deltas) zooms smoothly and a mouse wheel notch
/// (about 100 pixels) zooms by about a third. `delta_mode` 1 is lines, 2
/// pages, anything else pixels; scrolling down (`delta_y > 0`) zooms out. The
/// factor stays between ½ and 2.
pub fn wheel_zoom_factor(delta_y: f64, delta_mode: u32) -> f64 {
    let pixels = match delta_mode {
        1 => delta_y * 16.0,
        2 => delta_y * 400.0,
        _ => delta_y,
    };
    clamp((-pixels / 250.0).exp2(), 0.5, 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::PartialDate;
    use crate::core::model::Dataset;
    use crate::core::scale::day_number;

    /// A data set with events on `dates` and, if given, a founding date.
    fn data(founded: Option<&str>, dates: &[&str]) -> Dataset {
        let founded = founded.map_or(String::new(), |d| format!(r#","founded":"{d}""#));
        let events: Vec<String> = dates
            .iter()
            .enumerate()
            .map(|(i, date)| {
                format!(
                    r#"{{"id":"e{i}","date":"{date}","person":"p","kind":"departure",
                    "reasons":[],"summary":{{"zh":"走","en":"left"}},"sources":[],
                    "verification":"confirmed"}}"#
                )
            })
            .collect();
        serde_json::from_str(&format!(
            r#"{{"schema_version":1,"id":"t","title":{{"zh":"t","en":"t"}},
            "subtitle":{{"zh":"s","en":"s"}},"as_of":"2024-08-19","organization":"acme",
            "reasons":[],"organizations":[{{"id":"acme","name":{{"zh":"a","en":"a"}}{founded}}}],
            "people":[],"events":[{}]}}"#,
            events.join(",")
        ))
        .unwrap()
    }

    fn day(text: &str) -> f64 {
        day_number(PartialDate::parse(text).unwrap().first_day())
    }

    const WIDTH: f64 = 1000.0;

    /// A linear scale whose home view is `full` over [`WIDTH`] pixels.
    fn linear(full: Viewport) -> Warp {
        Warp::linear(full, WIDTH, 6)
    }

    fn close(a: Viewport, b: Viewport) -> bool {
        (a.start - b.start).abs() < 1e-9 && (a.end - b.end).abs() < 1e-9
    }

    #[test]
    fn a_framed_stretch_of_time_keeps_room_for_the_labels_after_it() {
        let warp = linear(Viewport::new(0.0, 1000.0));
        let view = Viewport::framing(100.0, 400.0, WIDTH, &warp);
        let scale = view.scale(WIDTH, &warp);
        assert!((warp.x(&scale, 100.0) - FRAME_BEFORE_PX).abs() < 1e-6);
        assert!((warp.x(&scale, 400.0) - WIDTH * (1.0 - FRAME_AFTER_SHARE)).abs() < 1e-6);
    }

    #[test]
    fn the_full_domain_runs_from_the_founding_to_the_last_event_in_whole_years() {
        let full = Viewport::full(&data(Some("2015-12"), &["2018-02-20", "2024-05-14"]));
        assert_eq!(full, Viewport::new(day("2015-01-01"), day("2025-01-01")));
    }

    #[test]
    fn without_a_founding_the_full_domain_starts_at_the_first_event() {
        let full = Viewport::full(&data(None, &["2018-02-20", "2024-05-14"]));
        assert_eq!(full, Viewport::new(day("2018-01-01"), day("2025-01-01")));
    }

    #[test]
    fn events_less_than_two_years_apart_widen_to_whole_months() {
        let full = Viewport::full(&data(None, &["2024-02-20", "2024-05-14"]));
        assert_eq!(full, Viewport::new(day("2024-02-01"), day("2024-06-01")));
    }

    #[test]
    fn without_events_the_full_domain_is_the_year_up_to_the_as_of_date() {
        let full = Viewport::full(&data(Some("2015-12"), &[]));
        let as_of = day("2024-08-19");
        assert_eq!(full, Viewport::new(as_of - 365.0, as_of + 1.0));
    }

    #[test]
    fn zooming_in_keeps_the_day_under_the_anchor_in_place() {
        let full = Viewport::new(0.0, 1000.0);
        let zoomed = full.zoom(2.0, 250.0, WIDTH, &linear(full));
        assert!(close(zoomed, Viewport::new(125.0, 625.0)), "{zoomed:?}");
    }

    #[test]
    fn the_zoom_buttons_zoom_by_one_step_around_the_middle() {
        let full = Viewport::new(0.0, 1600.0);
        let warp = linear(full);
        let zoomed = full.zoom_in(WIDTH, &warp);
        assert!(close(zoomed, Viewport::new(300.0, 1300.0)), "{zoomed:?}");
        let back = zoomed.zoom_out(WIDTH, &warp);
        assert!(close(back, full), "{back:?}");
    }

    #[test]
    fn zooming_stops_at_two_weeks_and_at_twice_the_home_view() {
        let full = Viewport::new(0.0, 100.0);
        let warp = linear(full);
        let tight = full.zoom(1000.0, 500.0, WIDTH, &warp);
        assert!((tight.span() - MIN_SPAN_DAYS).abs() < 1e-9);
        assert!((full.zoom(0.001, 500.0, WIDTH, &warp).span() - 200.0).abs() < 1e-9);
    }

    #[test]
    fn on_a_warped_scale_the_narrowest_view_is_still_two_weeks() {
        use crate::core::timeline::{LayoutOptions, TimelineInput};
        let crowd: Vec<TimelineInput> = (0..20)
            .map(|event| TimelineInput {
                event,
                first_day: 500.0 + event as f64,
                end_day: 501.0 + event as f64,
                label_width: 90.0,
            })
            .collect();
        let full = Viewport::new(0.0, 3650.0);
        let warp = Warp::fit(&crowd, full, WIDTH, &LayoutOptions::default());
        for anchor in [100.0, 510.0, 3000.0] {
            let x = warp.home().scale(WIDTH, &warp).x_of_day(warp.at(anchor));
            let tight = warp.home().zoom(1e9, x, WIDTH, &warp);
            // The rate of time changes inside the crowd: about two weeks.
            let span = tight.span();
            assert!(
                (MIN_SPAN_DAYS / 2.0..MIN_SPAN_DAYS * 2.0).contains(&span),
                "{anchor}: {tight:?}"
            );
        }
    }

    #[test]
    fn a_drag_to_the_right_shows_earlier_days() {
        let view = Viewport::new(100.0, 200.0);
        let moved = view.pan(100.0, WIDTH, &linear(view));
        assert!(close(moved, Viewport::new(90.0, 190.0)), "{moved:?}");
    }

    #[test]
    fn an_arrow_step_moves_a_fifth_of_the_view() {
        let view = Viewport::new(100.0, 200.0);
        let warp = linear(view);
        let later = view.step(Direction::Later, WIDTH, &warp);
        assert!(close(later, Viewport::new(120.0, 220.0)), "{later:?}");
        let earlier = view.step(Direction::Earlier, WIDTH, &warp);
        assert!(close(earlier, Viewport::new(80.0, 180.0)), "{earlier:?}");
    }

    #[test]
    fn home_and_end_keep_the_span_and_move_to_either_end_of_the_home_view() {
        let warp = linear(Viewport::new(0.0, 1000.0));
        let view = Viewport::new(400.0, 450.0);
        assert!(close(view.at_home(&warp), Viewport::new(0.0, 50.0)));
        assert!(close(view.at_end(&warp), Viewport::new(950.0, 1000.0)));
        assert!(close(
            view.centred_on(warp.at(100.0), &warp),
            Viewport::new(75.0, 125.0)
        ));
    }

    #[test]
    fn zooming_into_a_cluster_shows_all_its_events() {
        use crate::core::timeline::{layout, LayoutOptions, TimelineInput};
        let base = day("2024-01-01");
        // Ten events a day apart, five lanes' worth of labels too many.
        let inputs: Vec<TimelineInput> = (0..10)
            .map(|i| TimelineInput {
                event: i,
                first_day: base + i as f64,
                end_day: base + i as f64 + 1.0,
                label_width: 120.0,
            })
            .collect();
        let view = Viewport::new(base - 3000.0, base + 3000.0);
        let warp = linear(view);
        let options = LayoutOptions {
            lanes: 2,
            ..LayoutOptions::default()
        };
        let before = layout(&warp.apply(&inputs), &view.scale(WIDTH, &warp), &options);
        let cluster = &before.clusters[0];
        let zoomed = view.zoom_to_cluster(cluster, WIDTH, &warp);
        for &event in &cluster.events {
            let input = &inputs[event];
            assert!(zoomed.start <= input.first_day && input.end_day <= zoomed.end);
        }
        assert!(zoomed.span() < view.span() / 10.0, "{zoomed:?}");
    }

    #[test]
    fn zooming_into_a_cluster_of_one_day_shows_at_least_two_weeks() {
        let cluster = ClusterMark {
            events: vec![0, 1],
            x0: 500.0,
            x1: 500.0,
            badge_x: 482.0,
            badge_width: 36.0,
        };
        let view = Viewport::new(0.0, 100.0);
        let zoomed = view.zoom_to_cluster(&cluster, WIDTH, &linear(view));
        assert_eq!(zoomed.span(), MIN_SPAN_DAYS);
    }

    #[test]
    fn a_mouse_wheel_notch_zooms_by_about_a_third_and_scrolling_down_zooms_out() {
        let notch_up = wheel_zoom_factor(-100.0, 0);
        assert!((1.3..1.35).contains(&notch_up), "{notch_up}");
        assert!((wheel_zoom_factor(100.0, 0) * notch_up - 1.0).abs() < 1e-12);
        // Lines and pages count as 16 and 400 pixels.
        assert_eq!(wheel_zoom_factor(-1.0, 1), wheel_zoom_factor(-16.0, 0));
        assert_eq!(wheel_zoom_factor(1.0, 2), 0.5);
        assert_eq!(wheel_zoom_factor(-10_000.0, 0), 2.0);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn zooming_keeps_the_span_within_its_limits(
            start in -1e5..1e5f64,
            span in 1.0..1e5f64,
            full_span in 1.0..1e5f64,
            factor in 0.01..100.0f64,
            anchor in 0.0..1000.0f64,
        ) {
            let warp = Warp::linear(Viewport::new(0.0, full_span), 1000.0, 6);
            let zoomed = Viewport::new(start, start + span).zoom(factor, anchor, 1000.0, &warp);
            let max = (full_span * 2.0).max(MIN_SPAN_DAYS);
            prop_assert!(zoomed.span() >= MIN_SPAN_DAYS * (1.0 - 1e-9));
            prop_assert!(zoomed.span() <= max * (1.0 + 1e-9));
        }

        #[test]
        fn a_wheel_event_zooms_by_a_factor_between_a_half_and_two(
            delta in -1e6..1e6f64,
            mode in 0u32..4,
        ) {
            let factor = wheel_zoom_factor(delta, mode);
            prop_assert!((0.5..=2.0).contains(&factor));
        }

        #[test]
        fn panning_there_and_back_returns_to_the_same_days(
            start in -1e5..1e5f64,
            span in 1.0..1e5f64,
            dx in -5000.0..5000.0f64,
        ) {
            let view = Viewport::new(start, start + span);
            let warp = Warp::linear(Viewport::new(0.0, 3650.0), 1000.0, 6);
            let back = view.pan(dx, 1000.0, &warp).pan(-dx, 1000.0, &warp);
            prop_assert!((back.start - view.start).abs() < 1e-6 * span.max(start.abs()));
            prop_assert!((back.span() - span).abs() < 1e-6 * span);
        }
    }
}
