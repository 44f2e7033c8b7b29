//! Timeline layout: markers placed by date, labels packed into lanes so that no
//! two overlap, and runs too dense to label collapsed into counted clusters.
//!
//! Layout first, scale second: inputs are in days (with each date's precision
//! as a span: a month-precise event covers its month), the [`TimeScale`] turns
//! them into pixels, and the result is a list of positioned marks that a
//! component only has to draw.
//!
//! The packing is greedy interval scheduling in date order: each label goes to
//! the first lane whose last label ends (plus a gap) before it starts. When no
//! lane has room, the event joins the cluster row instead; neighbouring cluster
//! badges that would touch are merged, so badges never overlap either. Each
//! event ends up exactly once, as a labelled mark or inside a cluster. Time is
//! O(n · lanes) after an O(n log n) sort.
//!
//! Beside the layout, one file per job, everything else the timeline
//! component would otherwise compute itself:
//! - [`viewport`]: which days are shown, and how zoom, pan, Home/End, the
//!   wheel and a click on a cluster change them;
//! - [`gesture`]: pointer drags and two-finger pinches;
//! - [`keys`]: the keyboard map, and moving between events in time order;
//! - [`metrics`]: the vertical layout (axis, era rows, lanes, cluster row);
//! - [`warp`]: the time scale, which gives crowded stretches of time room;
//! - [`axis`]: ticks, compressed years and era labels, placed so that no
//!   two labels collide.

pub mod axis;
pub mod gesture;
pub mod keys;
pub mod metrics;
pub mod viewport;
pub mod warp;

use super::model::Dataset;
use super::scale::{day_number, TimeScale};
use super::text_fit::estimate_text_width;

/// The days the timeline shows: from `start` (inclusive) to `end`
/// (exclusive), as day numbers; `end > start`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// First day shown (fractional after a zoom or pan).
    pub start: f64,
    /// The day after the last day shown.
    pub end: f64,
}

impl Viewport {
    /// The days from `start` to `end` (exclusive); an empty or reversed span
    /// is widened to one day, as [`TimeScale::from_days`] does.
    pub fn new(start: f64, end: f64) -> Viewport {
        let (start, end) = TimeScale::from_days(start, end, 1.0).domain();
        Viewport { start, end }
    }

    /// The domain that holds every event of the data set, from the
    /// organisation's founding where the data gives it, widened to whole
    /// years (or months, for less than two years; see [`TimeScale::nice`]).
    /// Without events, the year up to the data set's "as of" date. The
    /// [`Warp`](warp::Warp) is fitted to it.
    pub fn full(data: &Dataset) -> Viewport {
        let first = data
            .events
            .iter()
            .map(|e| e.date.first_day())
            .chain(data.founded().map(|d| d.first_day()))
            .min();
        let last = data.events.iter().map(|e| e.date.last_day()).max();
        match (first, last) {
            (Some(first), Some(last)) => {
                let (start, end) = TimeScale::new(first, last, 1.0).nice().domain();
                Viewport { start, end }
            }
            _ => {
                let day = day_number(data.as_of.first_day());
                Viewport::new(day - 365.0, day + 1.0)
            }
        }
    }

    /// How many days are shown.
    pub fn span(self) -> f64 {
        self.end - self.start
    }
}

/// One event to place.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineInput {
    /// Index of the event in the data set.
    pub event: usize,
    /// First day the date may stand for (day number, see [`day_number`]).
    pub first_day: f64,
    /// The day after the last day the date may stand for.
    pub end_day: f64,
    /// Width of its label in pixels (see [`estimate_text_width`]).
    pub label_width: f64,
}

/// Sizes the layout works with, in pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutOptions {
    /// Label lanes available above the cluster row.
    pub lanes: usize,
    /// Space kept between two labels in a lane, and between cluster badges.
    pub gap: f64,
    /// Width of a marker's symbol; the label starts after it.
    pub marker_size: f64,
    /// Width of a cluster badge.
    pub badge_width: f64,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            lanes: 6,
            gap: 8.0,
            marker_size: 14.0,
            badge_width: 36.0,
        }
    }
}

/// A labelled event.
#[derive(Clone, Debug, PartialEq)]
pub struct EventMark {
    /// Index of the event in the data set.
    pub event: usize,
    /// Where the date's span starts.
    pub x0: f64,
    /// Where it ends (at least `x0`; wider than a point for month or year precision).
    pub x1: f64,
    /// The lane, 0 nearest the axis.
    pub lane: usize,
    /// Where the label starts.
    pub label_x: f64,
    /// The label's width.
    pub label_width: f64,
}

impl EventMark {
    /// The horizontal extent the mark reserves in its lane: symbol, label,
    /// and the date's span (a year-precise date reserves its year).
    pub fn extent(&self) -> (f64, f64) {
        (self.x0, (self.label_x + self.label_width).max(self.x1))
    }
}

/// Events too dense to label, drawn as one counted badge.
#[derive(Clone, Debug, PartialEq)]
pub struct ClusterMark {
    /// Indices of the events inside, in date order.
    pub events: Vec<usize>,
    /// Earliest position of its events.
    pub x0: f64,
    /// Latest position of its events.
    pub x1: f64,
    /// Where the badge starts.
    pub badge_x: f64,
    /// The badge's width.
    pub badge_width: f64,
}

/// The positioned timeline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimelineLayout {
    /// Labelled events, in date order (a pinned event first, see
    /// [`layout_in_view`]).
    pub marks: Vec<EventMark>,
    /// Clusters, left to right.
    pub clusters: Vec<ClusterMark>,
    /// Lanes actually used.
    pub lanes_used: usize,
}

/// `inputs` in the order the layout packs them: by first day, then by
/// index, except that the event `pinned` (if among them) comes first.
pub(crate) fn in_order(inputs: &[TimelineInput], pinned: usize) -> Vec<&TimelineInput> {
    let mut order: Vec<&TimelineInput> = inputs.iter().collect();
    order.sort_by(|a, b| {
        (a.event != pinned)
            .cmp(&(b.event != pinned))
            .then(a.first_day.total_cmp(&b.first_day))
            .then(a.event.cmp(&b.event))
    });
    order
}

/// Places `inputs` on `scale`.
pub fn layout(
    inputs: &[TimelineInput],
    scale: &TimeScale,
    options: &LayoutOptions,
) -> TimelineLayout {
    pack(inputs, scale, options, usize::MAX)
}

/// [`layout`], with the event `pinned` (if among `inputs`) placed first, so
/// that it gets a lane even where it would otherwise join a cluster.
fn pack(
    inputs: &[TimelineInput],
    scale: &TimeScale,
    options: &LayoutOptions,
    pinned: usize,
) -> TimelineLayout {
    let order = in_order(inputs, pinned);
    let mut lane_ends = vec![f64::NEG_INFINITY; options.lanes];
    let mut marks = Vec::with_capacity(inputs.len());
    let mut overflow: Vec<(usize, f64)> = Vec::new();
    for input in order {
        let x0 = scale.x_of_day(input.first_day);
        let x1 = scale.x_of_day(input.end_day).max(x0);
        let label_x = x0 + options.marker_size;
        let right = (label_x + input.label_width.max(0.0)).max(x1);
        match lane_ends.iter().position(|&end| end + options.gap <= x0) {
            Some(lane) => {
                lane_ends[lane] = right;
                marks.push(EventMark {
                    event: input.event,
                    x0,
                    x1,
                    lane,
                    label_x,
                    label_width: input.label_width.max(0.0),
                });
            }
            None => overflow.push((input.event, x0)),
        }
    }
    let lanes_used = marks.iter().map(|m| m.lane + 1).max().unwrap_or(0);
    TimelineLayout {
        marks,
        clusters: cluster(&overflow, options),
        lanes_used,
    }
}

/// Groups overflowing events into badges that do not overlap: each event
/// starts as its own badge centred on it; a badge that would touch the one
/// before merges into it (centred on the mean position), repeatedly.
fn cluster(overflow: &[(usize, f64)], options: &LayoutOptions) -> Vec<ClusterMark> {
    struct Group {
        events: Vec<usize>,
        sum_x: f64,
        x0: f64,
        x1: f64,
    }
    impl Group {
        fn badge_x(&self, width: f64) -> f64 {
            self.sum_x / self.events.len() as f64 - width / 2.0
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    for &(event, x) in overflow {
        groups.push(Group {
            events: vec![event],
            sum_x: x,
            x0: x,
            x1: x,
        });
        while groups.len() >= 2 {
            let last = &groups[groups.len() - 1];
            let before = &groups[groups.len() - 2];
            let touching = before.badge_x(options.badge_width) + options.badge_width + options.gap
                > last.badge_x(options.badge_width);
            if !touching {
                break;
            }
            let last = groups.pop().expect("two groups");
            let before = groups.last_mut().expect("two groups");
            before.events.extend(last.events);
            before.sum_x += last.sum_x;
            before.x0 = before.x0.min(last.x0);
            before.x1 = before.x1.max(last.x1);
        }
    }
    groups
        .into_iter()
        .map(|g| ClusterMark {
            badge_x: g.badge_x(options.badge_width),
            badge_width: options.badge_width,
            x0: g.x0,
            x1: g.x1,
            events: g.events,
        })
        .collect()
}

/// How far each reason's symbol after the first pushes a mark's label right.
pub const SYMBOL_STEP: usize = 5;

/// The inputs for a data set's events (only those listed in `events`), with
/// labels from `label` measured at `font_px` (and widened by the symbols of
/// a second and third reason, which push the label right).
pub fn inputs_for<S: AsRef<str>>(
    data: &Dataset,
    events: &[usize],
    font_px: f64,
    label: impl Fn(usize) -> S,
) -> Vec<TimelineInput> {
    events
        .iter()
        .map(|&i| {
            let date = data.events[i].date;
            TimelineInput {
                event: i,
                first_day: day_number(date.first_day()),
                end_day: day_number(date.last_day()) + 1.0,
                label_width: estimate_text_width(label(i).as_ref(), font_px)
                    + (SYMBOL_STEP * data.events[i].reasons.len().saturating_sub(1)) as f64,
            }
        })
        .collect()
}

/// The inputs whose dates reach into the days from `start` to `end`
/// (exclusive), widened by `margin` days either side: what a view of those
/// days has to lay out and draw.
pub fn in_view(inputs: &[TimelineInput], start: f64, end: f64, margin: f64) -> Vec<TimelineInput> {
    inputs
        .iter()
        .filter(|input| input.end_day >= start - margin && input.first_day < end + margin)
        .cloned()
        .collect()
}

/// [`layout`] of only the inputs a view of `scale` shows, with a margin of a
/// quarter of the view either side (so that panning a little reveals marks
/// already placed): zoomed in on 10,000 events, only a few are laid out and
/// drawn. The event `pinned` (the one the keyboard is on), if shown, always
/// gets a mark: should it fall into a cluster, it is placed first.
pub fn layout_in_view(
    inputs: &[TimelineInput],
    scale: &TimeScale,
    options: &LayoutOptions,
    pinned: Option<usize>,
) -> TimelineLayout {
    let (start, end) = scale.domain();
    let shown = in_view(inputs, start, end, (end - start) / 4.0);
    let result = layout(&shown, scale, options);
    match pinned {
        Some(event) if result.clusters.iter().any(|c| c.events.contains(&event)) => {
            pack(&shown, scale, options, event)
        }
        _ => result,
    }
}

/// Each event's rank in `rows` (the filtered events in time order), by its
/// index in a data set of `events` events; `usize::MAX` for events not in
/// `rows`. Ranks do not change with the zoom, unlike the marks drawn.
pub fn ranks(rows: &[usize], events: usize) -> Vec<usize> {
    let mut ranks = vec![usize::MAX; events];
    for (rank, &event) in rows.iter().enumerate() {
        ranks[event] = rank;
    }
    ranks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(event: usize, day: f64, label_width: f64) -> TimelineInput {
        TimelineInput {
            event,
            first_day: day,
            end_day: day + 1.0,
            label_width,
        }
    }

    fn scale(days: f64, width: f64) -> TimeScale {
        TimeScale::from_days(0.0, days, width)
    }

    #[test]
    fn sparse_events_all_get_a_label_in_the_first_lane() {
        let inputs: Vec<_> = (0..5).map(|i| input(i, i as f64 * 100.0, 40.0)).collect();
        let result = layout(&inputs, &scale(500.0, 1000.0), &LayoutOptions::default());
        assert_eq!(result.marks.len(), 5);
        assert!(result.marks.iter().all(|m| m.lane == 0));
        assert!(result.clusters.is_empty());
        assert_eq!(result.lanes_used, 1);
    }

    #[test]
    fn events_on_the_same_day_stack_into_lanes() {
        let inputs: Vec<_> = (0..3).map(|i| input(i, 10.0, 60.0)).collect();
        let result = layout(&inputs, &scale(100.0, 1000.0), &LayoutOptions::default());
        let lanes: Vec<usize> = result.marks.iter().map(|m| m.lane).collect();
        assert_eq!(lanes, [0, 1, 2]);
    }

    #[test]
    fn a_run_too_dense_to_label_collapses_into_one_counted_cluster() {
        let options = LayoutOptions {
            lanes: 2,
            ..LayoutOptions::default()
        };
        let inputs: Vec<_> = (0..10)
            .map(|i| input(i, 50.0 + i as f64 * 0.1, 80.0))
            .collect();
        let result = layout(&inputs, &scale(100.0, 1000.0), &options);
        assert_eq!(result.marks.len(), 2);
        assert_eq!(result.clusters.len(), 1);
        assert_eq!(result.clusters[0].events.len(), 8);
    }

    #[test]
    fn a_month_precise_event_spans_its_month() {
        let may = crate::core::date::PartialDate::parse("2024-05").unwrap();
        let first = day_number(may.first_day());
        let input = TimelineInput {
            event: 0,
            first_day: first,
            end_day: day_number(may.last_day()) + 1.0,
            label_width: 10.0,
        };
        let s = TimeScale::from_days(first - 31.0, first + 62.0, 93.0);
        let result = layout(&[input], &s, &LayoutOptions::default());
        let mark = &result.marks[0];
        assert!((mark.x1 - mark.x0 - 31.0).abs() < 1e-9, "{mark:?}");
    }

    #[test]
    fn in_view_keeps_dates_that_reach_into_the_days_shown_and_its_margin() {
        let inputs: Vec<_> = (0..10).map(|i| input(i, i as f64 * 10.0, 5.0)).collect();
        let kept: Vec<usize> = in_view(&inputs, 30.0, 60.0, 0.0)
            .iter()
            .map(|i| i.event)
            .collect();
        assert_eq!(kept, [3, 4, 5]);
        let widened: Vec<usize> = in_view(&inputs, 30.0, 60.0, 10.0)
            .iter()
            .map(|i| i.event)
            .collect();
        assert_eq!(widened, [2, 3, 4, 5, 6]);
    }

    #[test]
    fn a_year_precise_date_that_began_before_the_view_is_still_in_it() {
        let long = TimelineInput {
            event: 0,
            first_day: 0.0,
            end_day: 365.0,
            label_width: 10.0,
        };
        assert_eq!(in_view(&[long], 100.0, 130.0, 0.0).len(), 1);
    }

    #[test]
    fn a_view_lays_out_its_events_and_a_quarter_view_either_side_only() {
        let inputs: Vec<_> = (0..10).map(|i| input(i, i as f64 * 10.0, 5.0)).collect();
        let view = TimeScale::from_days(40.0, 60.0, 1000.0);
        let result = layout_in_view(&inputs, &view, &LayoutOptions::default(), None);
        let events: Vec<usize> = result.marks.iter().map(|m| m.event).collect();
        // Day 60 is past the view but within its margin of 5 days; day 30 is not.
        assert_eq!(events, [4, 5, 6]);
    }

    #[test]
    fn a_pinned_event_gets_a_mark_even_in_a_crowd() {
        let options = LayoutOptions {
            lanes: 2,
            ..LayoutOptions::default()
        };
        let inputs: Vec<_> = (0..6).map(|i| input(i, 50.0, 80.0)).collect();
        let view = TimeScale::from_days(0.0, 100.0, 1000.0);
        let plain = layout_in_view(&inputs, &view, &options, Some(1));
        assert!(plain.marks.iter().any(|m| m.event == 1));
        let pinned = layout_in_view(&inputs, &view, &options, Some(4));
        assert_eq!(pinned.marks[0].event, 4);
        assert_eq!(pinned.marks.len(), 2);
        assert_eq!(pinned.clusters[0].events, [1, 2, 3, 5]);
    }

    #[test]
    fn ranks_follow_the_filtered_rows_and_leave_the_rest_unranked() {
        assert_eq!(ranks(&[2, 0], 4), [1, usize::MAX, 0, usize::MAX]);
    }
}
