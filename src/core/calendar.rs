//! Calendar days: the crate's own `NaiveDate`, in place of `chrono`'s.
//!
//! A [`NaiveDate`] is a day of the proleptic Gregorian calendar, held as a
//! count of days and converted to and from year, month and day with Howard
//! Hinnant's `days_from_civil` and `civil_from_days` algorithms
//! (<https://howardhinnant.github.io/date_algorithms.html>): a few integer
//! operations and no tables, where `chrono` carries kilobytes of them into the
//! WebAssembly.
//!
//! The methods keep `chrono`'s names, signatures and range (years −262143 to
//! 262142), and `tests/calendar.rs` checks them against `chrono` day by day.
//! As in `chrono`, the count is never zero, so an `Option<NaiveDate>` takes
//! no more room than a date.

use std::fmt;
use std::num::NonZeroU32;
use std::ops::Add;

/// Days in 400 Gregorian years, an era: the calendar repeats after one.
const ERA_DAYS: u32 = 146_097;
/// Eras the count starts before year 0, so that every year of the range
/// counts from above zero, and leap years stay leap years.
const ERAS_BEFORE: u32 = 656;
/// The day number ([`NaiveDate::num_days_from_ce`]) of the count's day 0:
/// 1 March, [`ERAS_BEFORE`] eras before 0000-03-01 (day −305). An era
/// starts on 1 March, so that a leap day ends its year.
const EPOCH: i32 = -305 - (ERAS_BEFORE * ERA_DAYS) as i32;
/// Years from [`EPOCH`]'s year (−262400) to year 0: added to a year, they
/// count it from there.
const SHIFT_YEARS: i32 = (ERAS_BEFORE * 400) as i32;
/// The first year of the range, as in `chrono`.
const MIN_YEAR: i32 = -262_143;
/// The last year of the range, as in `chrono`.
const MAX_YEAR: i32 = 262_142;
/// The count of 1 January of [`MIN_YEAR`], the first day.
const FIRST: u32 = 93_808;
/// The count of 31 December of [`MAX_YEAR`], the last day.
const LAST: u32 = 191_585_336;

/// A calendar day, without time or time zone, ordered as the calendar is.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
// The days since EPOCH's day, FIRST to LAST: never zero, and in order.
pub struct NaiveDate(NonZeroU32);

/// A number of days to add to a [`NaiveDate`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Days(u64);

impl Days {
    /// `days` days.
    pub const fn new(days: u64) -> Days {
        Days(days)
    }
}

/// Whether `value` is in `first..=last` (one comparison: below `first`, it
/// wraps far above `last`).
fn within(value: u32, first: u32, last: u32) -> bool {
    value.wrapping_sub(first) <= last - first
}

impl NaiveDate {
    /// The day `count` days after [`EPOCH`]'s; `None` outside the range.
    fn from_count(count: u32) -> Option<NaiveDate> {
        if !within(count, FIRST, LAST) {
            return None;
        }
        NonZeroU32::new(count).map(NaiveDate)
    }

    /// The day `year`-`month`-`day`; `None` if there is no such day (month
    /// 13, day 0, 29 February of a common year) or it is out of range.
    pub fn from_ymd_opt(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
        let shifted_year = year.wrapping_add(SHIFT_YEARS) as u32;
        let (first_year, last_year) = (MIN_YEAR + SHIFT_YEARS, MAX_YEAR + SHIFT_YEARS);
        if !within(shifted_year, first_year as u32, last_year as u32)
            || !within(month, 1, 12)
            || !within(day, 1, 31)
        {
            return None;
        }
        // Years from March: January and February end the year before.
        let y = shifted_year - u32::from(month <= 2);
        let year_of_era = y % 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        let date = NaiveDate::from_count(y / 400 * ERA_DAYS + day_of_era)?;
        // 31 April, or 29 February of a common year, runs into the next
        // month.
        (date.ymd() == year << 9 | (month << 5 | day) as i32).then_some(date)
    }

    /// The day with the number `days` (0001-01-01 is day 1), as
    /// [`num_days_from_ce`](Self::num_days_from_ce) counts; `None` if out of
    /// range.
    pub fn from_num_days_from_ce_opt(days: i32) -> Option<NaiveDate> {
        NaiveDate::from_count(days.wrapping_sub(EPOCH) as u32)
    }

    /// The day's number: 1 for 0001-01-01, 0 for the day before.
    pub fn num_days_from_ce(&self) -> i32 {
        self.0.get() as i32 + EPOCH
    }

    /// Year, month (1–12) and day of the month (1–31), packed as
    /// `year << 9 | month << 5 | day`: one number to return and compare.
    fn ymd(self) -> i32 {
        let count = self.0.get();
        let day_of_era = count % ERA_DAYS;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        // Months counted from March (0) to February (11).
        let month_from_march = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
        let month = (month_from_march + 2) % 12 + 1;
        let year = count / ERA_DAYS * 400 + year_of_era + u32::from(month <= 2);
        (year as i32 - SHIFT_YEARS) << 9 | (month << 5 | day) as i32
    }

    /// The year (0 is 1 BCE).
    pub fn year(&self) -> i32 {
        self.ymd() >> 9
    }

    /// The month, 1 to 12.
    pub fn month(&self) -> u32 {
        self.ymd() as u32 >> 5 & 15
    }

    /// The month from 0, 0 to 11.
    pub fn month0(&self) -> u32 {
        self.month() - 1
    }

    /// The day of the month, 1 to 31.
    pub fn day(&self) -> u32 {
        self.ymd() as u32 & 31
    }

    /// The next day; `None` after the last day of the range.
    pub fn succ_opt(&self) -> Option<NaiveDate> {
        NaiveDate::from_count(self.0.get() + 1)
    }

    /// The day before; `None` before the first day of the range.
    pub fn pred_opt(&self) -> Option<NaiveDate> {
        NaiveDate::from_count(self.0.get() - 1)
    }
}

impl Add<Days> for NaiveDate {
    type Output = NaiveDate;

    /// The day `days` later.
    ///
    /// # Panics
    ///
    /// If that day is out of range.
    fn add(self, days: Days) -> NaiveDate {
        u32::try_from(days.0)
            .ok()
            .and_then(|days| self.0.get().checked_add(days))
            .and_then(NaiveDate::from_count)
            .expect("`NaiveDate + Days` out of range")
    }
}

impl fmt::Display for NaiveDate {
    /// `YYYY-MM-DD`; a year outside 0–9999 takes a sign (`+10000-01-01`,
    /// `-0001-12-31`), as ISO 8601 asks.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = (self.year(), self.month(), self.day());
        if (0..=9999).contains(&year) {
            write!(f, "{year:04}")?;
        } else {
            write!(f, "{year:+05}")?;
        }
        write!(f, "-{month:02}-{day:02}")
    }
}

impl fmt::Debug for NaiveDate {
    /// As [`Display`](fmt::Display): `2024-05-14`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
