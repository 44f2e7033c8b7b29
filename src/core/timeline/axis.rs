//! What the timeline draws along its axis, placed so that no two labels
//! collide: the ticks and their dates, the years where time is compressed,
//! and the era bands with their labels.
//!
//! Ticks: every year at its warped position (decades only when years get
//! under [`MIN_YEAR_PX`] pixels), then quarters, months and days wherever
//! they fall at least [`MIN_TICK_SPACING`] from every tick already there and
//! under a tick of the unit above, so a stretched year gets finer ticks than
//! a squeezed one and units never mix. Labels go where they clear the ones
//! already placed: first the years drawn wider than the view's average (the
//! story's), then the other unsqueezed years, then the squeezed ones, then
//! the finer ticks.
//!
//! Compressed: a year drawn at under [`COMPRESSED`] of the view's average
//! pixels per day. Its tick is drawn differently (dashed), so the warp is
//! shown and never hidden.
//!
//! Era labels: in up to [`ERA_ROWS`] rows under the axis, in order of their
//! bands; each goes in the first row where it clears the labels before it,
//! kept inside the drawing, or, when no row has room, is left out (the band
//! stays).

use super::metrics::ERA_ROWS;
use super::viewport::Viewport;
use super::warp::Warp;
use crate::core::calendar::NaiveDate;
use crate::core::i18n::dates::tick_label;
use crate::core::lang::Lang;
use crate::core::model::Era;
use crate::core::scale::{align, day_number, from_day_number, step, Tick, TickUnit};
use crate::core::text_fit::estimate_text_width;

/// Finer ticks are at least this many pixels from any other tick.
pub const MIN_TICK_SPACING: f64 = 90.0;
/// Below this many pixels per year on average, ticks step by decades.
pub const MIN_YEAR_PX: f64 = 4.0;
/// A year drawn at under this share of the view's average pixels per day
/// counts as compressed.
pub const COMPRESSED: f64 = 0.75;
/// Where a tick's label starts, right of the tick.
pub const TICK_LABEL_DX: f64 = 4.0;
/// Where an era's label starts, right of its band's start.
const ERA_LABEL_DX: f64 = 3.0;
/// Font size of tick labels (style.css).
const TICK_FONT_PX: f64 = 12.0;
/// Font size of era labels, widened for their bold weight (style.css: 11 px).
const ERA_FONT_PX: f64 = 12.0;
/// Space kept between two labels.
const LABEL_GAP: f64 = 6.0;

/// A tick to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisTick {
    /// Its date, unit and position.
    pub tick: Tick,
    /// Its label, where there is room for it.
    pub label: Option<String>,
    /// Whether the year (or decade) it starts is compressed.
    pub compressed: bool,
}

/// An era's band, and its label if it has one.
#[derive(Clone, Debug, PartialEq)]
pub struct EraMark {
    /// Index of the era in the data set.
    pub era: usize,
    /// Where the band starts.
    pub x: f64,
    /// The band's width (at least 3 pixels, so a short era stays visible).
    pub width: f64,
    /// The label: where it starts, its row (0 nearest the axis) and its
    /// text (perhaps cut short).
    pub label: Option<(f64, usize, String)>,
}

/// Everything along the axis of one view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Axis {
    /// Ticks, left to right.
    pub ticks: Vec<AxisTick>,
    /// Era bands, in the data set's order.
    pub eras: Vec<EraMark>,
    /// Rows of era labels in use.
    pub era_rows: usize,
}

/// The axis of `view` over `width` pixels on the time scale of `warp`, with
/// the bands of `eras` and labels in `lang`.
pub fn axis(view: Viewport, width: f64, warp: &Warp, eras: &[Era], lang: Lang) -> Axis {
    let scale = view.scale(width, warp);
    let x = |date: NaiveDate| warp.x(&scale, day_number(date));
    let in_view = |date: NaiveDate| (view.start..view.end).contains(&day_number(date));
    let (first, last) = (from_day_number(view.start), from_day_number(view.end - 1.0));
    let mut axis = Axis::default();
    let mut ticks: Vec<AxisTick> = Vec::new();
    let tick = |date, x, unit, compressed| AxisTick {
        tick: Tick { date, x, unit },
        label: None,
        compressed,
    };

    // Every year, or every decade where years get too narrow.
    let years = f64::from(last.year() - first.year() + 1);
    let coarse = if width / years >= MIN_YEAR_PX {
        TickUnit::Year
    } else {
        TickUnit::Decade
    };
    let average = width / view.span();
    let mut date = align(first, coarse);
    while day_number(date) < view.end {
        let next = step(date, coarse);
        if in_view(date) {
            let (x0, x1) = (x(date), x(next));
            let rate = (x1 - x0) / (day_number(next) - day_number(date));
            ticks.push(tick(date, x0, coarse, rate < COMPRESSED * average));
        }
        date = next;
    }
    for unit in [TickUnit::Quarter, TickUnit::Month, TickUnit::Day] {
        if coarse == TickUnit::Decade || view.span() / unit.average_days() > 2000.0 {
            continue;
        }
        let mut date = align(first, unit);
        while day_number(date) < view.end {
            let at = x(date);
            let i = ticks.partition_point(|t| t.tick.x < at);
            let clear = |t: &AxisTick| (t.tick.x - at).abs() >= MIN_TICK_SPACING;
            // Only under a tick of the unit above (or one out of view), so
            // that units do not mix: no "May 2024" next to "Q3 2024".
            let parent = align(date, coarser(unit));
            let under = !in_view(parent) || ticks.iter().any(|t| t.tick.date == parent);
            if in_view(date)
                && under
                && ticks.get(i).is_none_or(clear)
                && (i == 0 || clear(&ticks[i - 1]))
            {
                ticks.insert(i, tick(date, at, unit, false));
            }
            date = step(date, unit);
        }
    }

    // Labels: first the years drawn wider than the average (the story's),
    // then the other unsqueezed ones, then the squeezed ones, then the finer
    // ticks, each where it fits.
    let ranks: Vec<u8> = (0..ticks.len())
        .map(|i| {
            let t = &ticks[i];
            if t.tick.unit < TickUnit::Year {
                return 3;
            }
            let next = ticks[i + 1..]
                .iter()
                .find(|n| n.tick.unit >= TickUnit::Year)
                .map_or(width, |n| n.tick.x);
            let days = day_number(step(t.tick.date, t.tick.unit)) - day_number(t.tick.date);
            match ((next - t.tick.x) / days >= average, t.compressed) {
                (true, _) => 0,
                (_, false) => 1,
                _ => 2,
            }
        })
        .collect();
    let mut taken: Vec<(f64, f64)> = Vec::new();
    for pass in 0..4 {
        for (t, _) in ticks.iter_mut().zip(&ranks).filter(|(_, &r)| r == pass) {
            let text = tick_label(&t.tick, lang);
            let x0 = t.tick.x + TICK_LABEL_DX;
            let b = (x0, x0 + estimate_text_width(&text, TICK_FONT_PX));
            if b.0 >= 0.0 && b.1 <= width && clears(&taken, b) {
                taken.push(b);
                t.label = Some(text);
            }
        }
    }
    axis.ticks = ticks;
    lay_out_eras(&mut axis, eras, &scale, warp, width, lang);
    axis
}

/// The unit a tick of `unit` falls under: years hold quarters, quarters
/// months, months days.
fn coarser(unit: TickUnit) -> TickUnit {
    match unit {
        TickUnit::Day => TickUnit::Month,
        TickUnit::Month => TickUnit::Quarter,
        _ => TickUnit::Year,
    }
}

/// Whether the box `b` keeps [`LABEL_GAP`] from every box in `taken`.
fn clears(taken: &[(f64, f64)], b: (f64, f64)) -> bool {
    taken
        .iter()
        .all(|t| b.1 + LABEL_GAP <= t.0 || t.1 + LABEL_GAP <= b.0)
}

/// The era bands and their labels, as the [module documentation](self) says.
fn lay_out_eras(
    axis: &mut Axis,
    eras: &[Era],
    scale: &crate::core::scale::TimeScale,
    warp: &Warp,
    width: f64,
    lang: Lang,
) {
    axis.eras = eras
        .iter()
        .enumerate()
        .map(|(era, e)| {
            let x = warp.x(scale, day_number(e.start.first_day()));
            let end = warp.x(scale, day_number(e.end.last_day()) + 1.0);
            EraMark {
                era,
                x,
                width: (end - x).max(3.0),
                label: None,
            }
        })
        .collect();
    // Where each row's last label ends.
    let mut ends = [f64::NEG_INFINITY; ERA_ROWS];
    // The bands from left to right (eras are few: no sort needed).
    let mut left: Vec<usize> = (0..eras.len()).collect();
    while let Some(k) =
        (0..left.len()).min_by(|&a, &b| axis.eras[left[a]].x.total_cmp(&axis.eras[left[b]].x))
    {
        let i = left.swap_remove(k);
        let band = &axis.eras[i];
        let text = eras[i].label.get(lang);
        let w = estimate_text_width(text, ERA_FONT_PX);
        let x = (band.x.max(0.0) + ERA_LABEL_DX).min(width - w);
        // A band out of view, or a label with no row free, goes without.
        if band.x + band.width < 0.0 || band.x > width || x < 0.0 {
            continue;
        }
        if let Some(row) = ends.iter().position(|&end| x >= end + LABEL_GAP) {
            ends[row] = x + w;
            axis.era_rows = axis.era_rows.max(row + 1);
            axis.eras[i].label = Some((x, row, text.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::PartialDate;
    use crate::core::model::Localized;

    fn day(text: &str) -> f64 {
        day_number(PartialDate::parse(text).unwrap().first_day())
    }

    fn era(start: &str, end: &str, en: &str) -> Era {
        Era {
            id: "e".into(),
            label: Localized {
                zh: en.into(),
                en: en.into(),
            },
            start: PartialDate::parse(start).unwrap(),
            end: PartialDate::parse(end).unwrap(),
        }
    }

    fn years(view: Viewport, width: f64) -> Warp {
        Warp::linear(view, width, 6)
    }

    #[test]
    fn every_year_has_a_tick_and_labels_that_fit() {
        let view = Viewport::new(day("2015-01-01"), day("2025-01-01"));
        let axis = axis(view, 900.0, &years(view, 900.0), &[], Lang::En);
        let labelled: Vec<String> = axis.ticks.iter().filter_map(|t| t.label.clone()).collect();
        assert_eq!(
            labelled,
            (2015..=2024).map(|y| y.to_string()).collect::<Vec<_>>()
        );
        assert!(axis.ticks.iter().all(|t| !t.compressed));
    }

    #[test]
    fn crowded_year_labels_skip_rather_than_overlap() {
        let view = Viewport::new(day("2000-01-01"), day("2025-01-01"));
        let axis = axis(view, 500.0, &years(view, 500.0), &[], Lang::Zh);
        assert_eq!(axis.ticks.len(), 25);
        let labels = axis.ticks.iter().filter(|t| t.label.is_some()).count();
        assert!((5..25).contains(&labels), "{labels}");
    }

    #[test]
    fn a_stretched_year_gets_finer_ticks_and_the_squeezed_ones_are_marked() {
        use crate::core::timeline::{LayoutOptions, TimelineInput};
        // Twenty events in 2024, one in 2016.
        let mut inputs: Vec<TimelineInput> = (0..20)
            .map(|event| TimelineInput {
                event,
                first_day: day("2024-03-01") + 9.0 * event as f64,
                end_day: day("2024-03-01") + 9.0 * event as f64 + 1.0,
                label_width: 110.0,
            })
            .collect();
        inputs.push(TimelineInput {
            event: 20,
            first_day: day("2016-05-01"),
            end_day: day("2016-05-02"),
            label_width: 60.0,
        });
        let full = Viewport::new(day("2015-01-01"), day("2025-01-01"));
        let warp = Warp::fit(&inputs, full, 1000.0, &LayoutOptions::default());
        let axis = axis(warp.home(), 1000.0, &warp, &[], Lang::En);
        let year_ticks: Vec<&AxisTick> = axis
            .ticks
            .iter()
            .filter(|t| t.tick.unit == TickUnit::Year)
            .collect();
        // The home view may reach past 2024 for the last labels.
        assert!(year_ticks.len() >= 10, "{year_ticks:?}");
        assert!(year_ticks
            .iter()
            .filter(|t| t.tick.date.year() < 2024)
            .all(|t| t.compressed));
        assert!(!year_ticks[9].compressed);
        assert!(axis
            .ticks
            .iter()
            .any(|t| t.tick.unit < TickUnit::Year && t.tick.date.year() == 2024));
    }

    #[test]
    fn era_labels_that_would_touch_go_on_two_rows_and_stay_inside() {
        let view = Viewport::new(day("2023-01-01"), day("2025-01-01"));
        let eras = [
            era("2023-07-05", "2024-05", "Superalignment team"),
            era("2023-11-17", "2023-11-21", "November 2023 board crisis"),
            era("2024-11-01", "2024-12-31", "A late era with a long name"),
        ];
        let axis = axis(view, 600.0, &years(view, 600.0), &eras, Lang::En);
        let rows: Vec<usize> = axis
            .eras
            .iter()
            .map(|e| e.label.as_ref().unwrap().1)
            .collect();
        assert_eq!(rows, [0, 1, 0]);
        assert_eq!(axis.era_rows, 2);
        let (x, _, text) = axis.eras[2].label.clone().unwrap();
        assert!(x + estimate_text_width(&text, ERA_FONT_PX) <= 600.0);
    }

    #[test]
    fn an_era_label_with_no_room_is_left_out() {
        let view = Viewport::new(day("2024-01-01"), day("2025-01-01"));
        let eras = [
            era(
                "2024-01-01",
                "2024-12-31",
                "A very long era label that fills the row",
            ),
            era(
                "2024-01-10",
                "2024-12-31",
                "Another very long era label for row two",
            ),
            era("2024-02-01", "2024-12-31", "Third"),
            era("2026-01-01", "2026-12-31", "Out of view"),
        ];
        let axis = axis(view, 300.0, &years(view, 300.0), &eras, Lang::En);
        let rows: Vec<Option<usize>> = axis
            .eras
            .iter()
            .map(|e| e.label.as_ref().map(|l| l.1))
            .collect();
        assert_eq!(rows, [Some(0), Some(1), None, None]);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::core::calendar::Days;
    use crate::core::date::PartialDate;
    use crate::core::model::Localized;
    use crate::core::timeline::metrics::TimelineMetrics;
    use crate::core::timeline::{layout_in_view, LayoutOptions, TimelineInput};
    use proptest::prelude::*;

    /// A label's box: x0, x1, y0, y1.
    type Bounds = (f64, f64, f64, f64);

    fn overlap(a: &Bounds, b: &Bounds) -> bool {
        a.0 < b.1 && b.0 < a.1 && a.2 < b.3 && b.2 < a.3
    }

    fn eras() -> impl Strategy<Value = Vec<Era>> {
        proptest::collection::vec((0i64..3650, 0i64..400, "[a-zA-Z 中文]{1,30}"), 0..8).prop_map(
            |items| {
                items
                    .into_iter()
                    .map(|(start, length, label)| {
                        let date = |d: i64| {
                            let day =
                                NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + Days::new(d as u64);
                            PartialDate::from_day(day).unwrap()
                        };
                        Era {
                            id: "e".into(),
                            label: Localized {
                                zh: label.clone(),
                                en: label,
                            },
                            start: date(start),
                            end: date(start + length),
                        }
                    })
                    .collect()
            },
        )
    }

    proptest! {
        #[test]
        fn no_two_labels_intersect_at_any_width_or_zoom(
            eras in eras(),
            events in proptest::collection::vec((0.0..3650.0f64, 0.0..40.0f64, 10.0..200.0f64), 0..60),
            width in 600.0..2000.0f64,
            zoom in 0.5..20.0f64,
            anchor in 0.0..1.0f64,
            zh in any::<bool>(),
        ) {
            let lang = if zh { Lang::Zh } else { Lang::En };
            let base = day_number(NaiveDate::from_ymd_opt(2015, 1, 1).unwrap());
            let inputs: Vec<TimelineInput> = events
                .iter()
                .enumerate()
                .map(|(event, &(day, span, label_width))| TimelineInput {
                    event,
                    first_day: base + day.floor(),
                    end_day: base + day.floor() + 1.0 + span.floor(),
                    label_width,
                })
                .collect();
            let full = Viewport::new(base, base + 3652.0);
            let warp = Warp::fit(&inputs, full, width, &LayoutOptions::default());
            let view = warp.home().zoom(zoom, anchor * width, width, &warp);
            let options = LayoutOptions { lanes: warp.lanes, ..LayoutOptions::default() };
            let laid_out = layout_in_view(&warp.apply(&inputs), &view.scale(width, &warp), &options, None);
            let axis = axis(view, width, &warp, &eras, lang);
            let metrics = TimelineMetrics::new(&laid_out, axis.era_rows);

            let mut boxes: Vec<(&str, Bounds)> = Vec::new();
            for t in &axis.ticks {
                if let Some(text) = &t.label {
                    let x = t.tick.x + TICK_LABEL_DX;
                    let y = metrics.axis_y - 8.0;
                    prop_assert!(x >= 0.0 && x + estimate_text_width(text, TICK_FONT_PX) <= width);
                    boxes.push(("tick", (x, x + estimate_text_width(text, TICK_FONT_PX), y - 11.0, y + 2.0)));
                }
            }
            for era in &axis.eras {
                if let Some((x, row, text)) = &era.label {
                    let y = metrics.era_label_y(*row);
                    prop_assert!(*x >= 0.0 && x + estimate_text_width(text, ERA_FONT_PX) <= width + 1e-9);
                    boxes.push(("era", (*x, x + estimate_text_width(text, ERA_FONT_PX), y - 10.0, y + 2.0)));
                }
            }
            for mark in &laid_out.marks {
                let y = metrics.lane_y(mark.lane);
                // The "!" of a disputed date above, the date's span below.
                boxes.push(("mark", (mark.x0, mark.extent().1, y - 15.0, y + 11.0)));
            }
            for cluster in &laid_out.clusters {
                let y = metrics.cluster_y;
                boxes.push(("cluster", (cluster.badge_x, cluster.badge_x + cluster.badge_width, y, y + 20.0)));
            }
            for (i, (kind_a, a)) in boxes.iter().enumerate() {
                for (kind_b, b) in &boxes[i + 1..] {
                    prop_assert!(!overlap(a, b), "{kind_a} {a:?} and {kind_b} {b:?}");
                }
            }
        }
    }
}
