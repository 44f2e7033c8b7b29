//! `TimeScale`: a linear map of day numbers onto horizontal positions, and
//! the calendar units of a time axis's ticks.
//!
//! The scale maps a domain of days (`start` inclusive to `end` exclusive,
//! counted from the common era) linearly onto `[0, width]` pixels. The
//! timeline uses it over warped days (see `timeline::warp`), and places its
//! ticks, stepping by decades, years, quarters, months or days, in
//! `timeline::axis`. Tick labels come in both languages ("2024年5月" /
//! "May 2024").
//!
//! Modelled on d3-scale's `scaleTime`, reduced to what a timeline needs.

use crate::core::calendar::NaiveDate;
use crate::core::num::clamp;

/// A linear map from days to pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    /// First day of the domain, as days from the common era (may be fractional
    /// after zooming).
    start: f64,
    /// End of the domain (exclusive), in the same units; always > `start`.
    end: f64,
    /// Width of the range in pixels; always > 0.
    width: f64,
}

/// The calendar unit between two ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TickUnit {
    /// One day.
    Day,
    /// One month.
    Month,
    /// Three months.
    Quarter,
    /// One year.
    Year,
    /// Ten years.
    Decade,
}

impl TickUnit {
    /// From finest to coarsest.
    pub const ALL: [TickUnit; 5] = [
        TickUnit::Day,
        TickUnit::Month,
        TickUnit::Quarter,
        TickUnit::Year,
        TickUnit::Decade,
    ];

    /// The unit's average length in days.
    pub fn average_days(self) -> f64 {
        match self {
            TickUnit::Day => 1.0,
            TickUnit::Month => 30.436875,
            TickUnit::Quarter => 91.310625,
            TickUnit::Year => 365.2425,
            TickUnit::Decade => 3652.425,
        }
    }
}

/// One tick of the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// The calendar day the tick marks (the first day of its unit).
    pub date: NaiveDate,
    /// Its position in pixels.
    pub x: f64,
    /// The unit the ticks step by.
    pub unit: TickUnit,
}

/// Days from the common era of a date, as used by the scale.
pub fn day_number(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

/// The calendar day a day number falls on (clamped to 0001-01-01 to
/// 9999-12-31, the days a [`PartialDate`](crate::core::date::PartialDate)
/// may stand for).
pub(crate) fn from_day_number(day: f64) -> NaiveDate {
    let clamped = clamp(day.floor(), 1.0, 3_652_059.0) as i32;
    NaiveDate::from_num_days_from_ce_opt(clamped).expect("clamped into the calendar's range")
}

impl TimeScale {
    /// A scale from the first day `start` to the last day `last` (inclusive),
    /// over `width` pixels. An empty or reversed domain is widened to one day;
    /// a width below one pixel becomes one pixel.
    pub fn new(start: NaiveDate, last: NaiveDate, width: f64) -> TimeScale {
        let start_day = day_number(start);
        let end_day = (day_number(last) + 1.0).max(start_day + 1.0);
        TimeScale::from_days(start_day, end_day, width)
    }

    /// A scale over a domain given in day numbers (`end` exclusive).
    pub fn from_days(start: f64, end: f64, width: f64) -> TimeScale {
        let width = if width.is_finite() {
            width.max(1.0)
        } else {
            1.0
        };
        let end = if end > start { end } else { start + 1.0 };
        TimeScale { start, end, width }
    }

    /// The domain as day numbers: `(start, end)`, end exclusive.
    pub fn domain(&self) -> (f64, f64) {
        (self.start, self.end)
    }

    /// The range width in pixels.
    pub fn width(&self) -> f64 {
        self.width
    }

    /// Days per pixel.
    pub fn days_per_px(&self) -> f64 {
        (self.end - self.start) / self.width
    }

    /// The position of a day number.
    pub fn x_of_day(&self, day: f64) -> f64 {
        (day - self.start) / (self.end - self.start) * self.width
    }

    /// The position of the start of a calendar day.
    pub fn x(&self, date: NaiveDate) -> f64 {
        self.x_of_day(day_number(date))
    }

    /// The day number at a position (the inverse of
    /// [`x_of_day`](Self::x_of_day)).
    pub fn at_x(&self, x: f64) -> f64 {
        self.start + x / self.width * (self.end - self.start)
    }

    /// The calendar day at a position (the inverse of [`x`](Self::x)).
    pub fn invert(&self, x: f64) -> NaiveDate {
        from_day_number(self.at_x(x))
    }

    /// The same scale with the domain widened to whole units: years when the
    /// domain spans two years or more, months otherwise.
    pub fn nice(&self) -> TimeScale {
        let first = from_day_number(self.start);
        let last = from_day_number(self.end - 1.0);
        let (start, end) = if self.end - self.start >= 2.0 * 365.0 {
            (ymd(first.year(), 1, 1), ymd(last.year() + 1, 1, 1))
        } else {
            let (y, m) = next_month(last.year(), last.month());
            (ymd(first.year(), first.month(), 1), ymd(y, m, 1))
        };
        TimeScale::from_days(day_number(start), day_number(end), self.width)
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the day under `anchor_x` in
    /// place. The domain never narrows below `min_days` nor widens beyond
    /// `max_days`.
    pub fn zoom(&self, factor: f64, anchor_x: f64, min_days: f64, max_days: f64) -> TimeScale {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let span = clamp(
            (self.end - self.start) / factor,
            min_days,
            max_days.max(min_days),
        );
        let anchor_day = self.at_x(anchor_x);
        let share = clamp(anchor_x / self.width, 0.0, 1.0);
        let start = anchor_day - share * span;
        TimeScale::from_days(start, start + span, self.width)
    }

    /// Moves the domain so the content shifts `dx` pixels to the right.
    pub fn pan(&self, dx: f64) -> TimeScale {
        let days = dx * self.days_per_px();
        TimeScale::from_days(self.start - days, self.end - days, self.width)
    }

    /// The same domain over another width.
    pub fn with_width(&self, width: f64) -> TimeScale {
        TimeScale::from_days(self.start, self.end, width)
    }
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("first days of months exist")
}

fn next_month(year: i32, month: u32) -> (i32, u32) {
    if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    }
}

/// The first day of the unit containing `date`, or the next one.
pub(crate) fn align(date: NaiveDate, unit: TickUnit) -> NaiveDate {
    match unit {
        TickUnit::Day => date,
        TickUnit::Month => ymd(date.year(), date.month(), 1),
        TickUnit::Quarter => ymd(date.year(), (date.month() - 1) / 3 * 3 + 1, 1),
        TickUnit::Year => ymd(date.year(), 1, 1),
        TickUnit::Decade => ymd(date.year().div_euclid(10) * 10, 1, 1),
    }
}

/// The first day of the next unit.
pub(crate) fn step(date: NaiveDate, unit: TickUnit) -> NaiveDate {
    match unit {
        TickUnit::Day => date.succ_opt().unwrap_or(date),
        TickUnit::Month => {
            let (y, m) = next_month(date.year(), date.month());
            ymd(y, m, 1)
        }
        TickUnit::Quarter => {
            let (mut y, mut m) = (date.year(), date.month());
            for _ in 0..3 {
                (y, m) = next_month(y, m);
            }
            ymd(y, m, 1)
        }
        TickUnit::Year => ymd(date.year() + 1, 1, 1),
        TickUnit::Decade => ymd(date.year() + 10, 1, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn openai_scale(width: f64) -> TimeScale {
        TimeScale::new(date(2015, 12, 11), date(2024, 11, 12), width)
    }

    #[test]
    fn scale_maps_the_domain_onto_the_range() {
        let scale = TimeScale::new(date(2024, 1, 1), date(2024, 12, 31), 366.0);
        assert_eq!(scale.x(date(2024, 1, 1)), 0.0);
        assert_eq!(scale.x(date(2025, 1, 1)), 366.0);
        assert_eq!(scale.x(date(2024, 2, 1)), 31.0);
    }

    #[test]
    fn scale_invert_returns_the_day_under_a_position() {
        let scale = openai_scale(900.0);
        for day in [date(2015, 12, 11), date(2018, 2, 20), date(2024, 5, 14)] {
            assert_eq!(scale.invert(scale.x(day) + 0.01), day);
        }
    }

    #[test]
    fn scale_widens_an_empty_domain_to_one_day() {
        let scale = TimeScale::new(date(2024, 5, 14), date(2024, 5, 14), 100.0);
        assert_eq!(scale.domain().1 - scale.domain().0, 1.0);
        let reversed = TimeScale::new(date(2024, 5, 14), date(2020, 1, 1), 0.0);
        assert!(reversed.domain().1 > reversed.domain().0);
        assert_eq!(reversed.width(), 1.0);
    }

    #[test]
    fn scale_nice_extends_long_domains_to_whole_years() {
        let nice = openai_scale(900.0).nice();
        assert_eq!(nice.domain().0, day_number(date(2015, 1, 1)));
        assert_eq!(nice.domain().1, day_number(date(2025, 1, 1)));
    }

    #[test]
    fn scale_nice_extends_short_domains_to_whole_months() {
        let nice = TimeScale::new(date(2023, 11, 17), date(2023, 11, 22), 600.0).nice();
        assert_eq!(nice.domain().0, day_number(date(2023, 11, 1)));
        assert_eq!(nice.domain().1, day_number(date(2023, 12, 1)));
    }

    #[test]
    fn zoom_keeps_the_anchor_in_place_and_respects_limits() {
        let scale = openai_scale(1000.0);
        let anchor = 400.0;
        let day = scale.invert(anchor);
        let zoomed = scale.zoom(4.0, anchor, 7.0, 20_000.0);
        assert!((zoomed.days_per_px() * 4.0 - scale.days_per_px()).abs() < 1e-9);
        assert_eq!(zoomed.invert(anchor), day);
        let tight = scale.zoom(1e9, anchor, 7.0, 20_000.0);
        assert!((tight.domain().1 - tight.domain().0 - 7.0).abs() < 1e-9);
    }

    #[test]
    fn pan_shifts_every_position_by_the_same_amount() {
        let scale = openai_scale(1000.0);
        let moved = scale.pan(120.0);
        let day = date(2020, 6, 1);
        assert!((moved.x(day) - scale.x(day) - 120.0).abs() < 1e-9);
    }
}
