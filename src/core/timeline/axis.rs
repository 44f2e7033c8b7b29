//! What the timeline draws along its axis: the ticks and their dates (tick
//! labels placed so that no two collide), the years where time is
//! compressed, and the era bands with their labels.
//!
//! Ticks: every year at its warped position (decades only when years get
//! under [`MIN_YEAR_PX`] pixels), then quarters, months and days wherever
//! they fall at least [`MIN_TICK_SPACING`] from every tick already there and
//! under a tick of the unit above, so a stretched year gets finer ticks than
//! a squeezed one and units never mix. Labels go where they clear the ones
//! already placed: first the years drawn at full width (the story's), then
//! the squeezed years, then the finer ticks.
//!
//! Compressed: a year drawn at under [`COMPRESSED`] of the view's average
//! pixels per day. Its tick is drawn differently (dashed), so the warp is
//! shown and never hidden.
//!
//! Era labels: at the start of their bands, alternating between
//! [`ERA_ROWS`] rows under the axis.

use chrono::{Datelike, NaiveDate};

use super::viewport::Viewport;
use super::warp::Warp;
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
/// Rows for era labels.
pub const ERA_ROWS: usize = 2;
/// Where a tick's label starts, right of the tick.
pub const TICK_LABEL_DX: f64 = 4.0;
/// Where an era's label starts, right of its band's start.
const ERA_LABEL_DX: f64 = 3.0;
/// Font size of tick labels (style.css).
const TICK_FONT_PX: f64 = 12.0;
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

    // Labels: the years drawn at full width first, then the squeezed ones,
    // then the finer ticks, each where it fits.
    let mut taken: Vec<(f64, f64)> = Vec::new();
    for pass in 0..3 {
        for t in ticks.iter_mut() {
            let rank = match (t.tick.unit >= TickUnit::Year, t.compressed) {
                (true, false) => 0,
                (true, true) => 1,
                _ => 2,
            };
            if rank != pass {
                continue;
            }
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
    lay_out_eras(&mut axis, eras, &scale, warp, lang);
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
    for (row, mark) in axis.eras.iter_mut().enumerate() {
        let text = eras[mark.era].label.get(lang).to_string();
        mark.label = Some((mark.x + ERA_LABEL_DX, row % ERA_ROWS, text));
    }
    axis.era_rows = eras.len().min(ERA_ROWS);
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
    fn era_labels_alternate_between_two_rows() {
        let view = Viewport::new(day("2023-01-01"), day("2025-01-01"));
        let eras = [
            era("2023-07-05", "2024-05", "Superalignment team"),
            era("2023-11-17", "2023-11-21", "November 2023 board crisis"),
            era("2024-11-01", "2024-12-31", "A late era"),
        ];
        let axis = axis(view, 600.0, &years(view, 600.0), &eras, Lang::En);
        let rows: Vec<usize> = axis
            .eras
            .iter()
            .map(|e| e.label.as_ref().unwrap().1)
            .collect();
        assert_eq!(rows, [0, 1, 0]);
        assert_eq!(axis.era_rows, 2);
    }
}
