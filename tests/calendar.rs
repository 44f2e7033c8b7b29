//! `core::calendar` agrees with the part of `chrono` it replaces: every day
//! from year −400 to 2400, and days sampled across the whole range, have the
//! same year, month, day, day number, text, order, neighbours, differences
//! and sums of days; the same dates are rejected.
#![cfg(not(target_arch = "wasm32"))]

use chrono::Datelike;
use departures::core::calendar::{Days, NaiveDate};

/// Every check on one day, by its number from the common era.
fn agree(number: i32) {
    let theirs = chrono::NaiveDate::from_num_days_from_ce_opt(number).unwrap();
    let ours = NaiveDate::from_num_days_from_ce_opt(number).unwrap();
    assert_eq!(ours.num_days_from_ce(), theirs.num_days_from_ce());
    assert_eq!(
        (ours.year(), ours.month(), ours.day()),
        (theirs.year(), theirs.month(), theirs.day()),
        "day {number}"
    );
    assert_eq!(ours.month0(), theirs.month0());
    assert_eq!(ours.to_string(), theirs.to_string());
    assert_eq!(format!("{ours:?}"), format!("{theirs:?}"));
    assert_eq!(
        NaiveDate::from_ymd_opt(theirs.year(), theirs.month(), theirs.day()),
        Some(ours)
    );
    let number_of = |d: Option<NaiveDate>| d.map(|d| d.num_days_from_ce());
    let their_number = |d: Option<chrono::NaiveDate>| d.map(|d| d.num_days_from_ce());
    assert_eq!(number_of(ours.succ_opt()), their_number(theirs.succ_opt()));
    assert_eq!(number_of(ours.pred_opt()), their_number(theirs.pred_opt()));
}

/// Order, differences and sums of days between two days.
fn agree_between(a: i32, b: i32) {
    let (theirs_a, theirs_b) = (
        chrono::NaiveDate::from_num_days_from_ce_opt(a).unwrap(),
        chrono::NaiveDate::from_num_days_from_ce_opt(b).unwrap(),
    );
    let (ours_a, ours_b) = (
        NaiveDate::from_num_days_from_ce_opt(a).unwrap(),
        NaiveDate::from_num_days_from_ce_opt(b).unwrap(),
    );
    assert_eq!(ours_a.cmp(&ours_b), theirs_a.cmp(&theirs_b));
    assert_eq!(ours_a == ours_b, theirs_a == theirs_b);
    let difference = (theirs_b - theirs_a).num_days();
    assert_eq!(
        i64::from(ours_b.num_days_from_ce() - ours_a.num_days_from_ce()),
        difference
    );
    if let Ok(later) = u64::try_from(difference) {
        assert_eq!(ours_a + Days::new(later), ours_b);
        assert_eq!(theirs_a + chrono::Days::new(later), theirs_b);
    }
}

#[test]
fn every_day_from_year_minus_400_to_2400_agrees_with_chrono() {
    let first = chrono::NaiveDate::from_ymd_opt(-400, 1, 1).unwrap();
    let last = chrono::NaiveDate::from_ymd_opt(2400, 12, 31).unwrap();
    let (first, last) = (first.num_days_from_ce(), last.num_days_from_ce());
    // 2,801 years, 680 of them leap years.
    assert_eq!(last - first + 1, 1_023_045);
    for number in first..=last {
        agree(number);
        agree_between(number, number + 1);
        agree_between(number + 1, number);
        agree_between(number, number);
        // A month, a year, 400 years and more ahead, and some way back.
        for step in [31, 365, 366, 146_097, 1_000_003, -2_000] {
            agree_between(number, number + step);
        }
    }
}

#[test]
fn days_across_the_whole_range_agree_with_chrono() {
    let (min, max) = (
        chrono::NaiveDate::MIN.num_days_from_ce(),
        chrono::NaiveDate::MAX.num_days_from_ce(),
    );
    // Steps prime to every period of the calendar, and the range's ends.
    for number in (min..=max).step_by(997).chain([min, min + 1, max - 1, max]) {
        agree(number);
        agree_between(number, max);
        agree_between(min, number);
    }
}

#[test]
fn the_range_ends_where_chrono_s_does() {
    let (min, max) = (
        chrono::NaiveDate::MIN.num_days_from_ce(),
        chrono::NaiveDate::MAX.num_days_from_ce(),
    );
    for number in [i32::MIN, min - 1, min, max, max + 1, i32::MAX] {
        assert_eq!(
            NaiveDate::from_num_days_from_ce_opt(number).map(|d| d.num_days_from_ce()),
            chrono::NaiveDate::from_num_days_from_ce_opt(number).map(|d| d.num_days_from_ce()),
            "day {number}"
        );
    }
    let ours_min = NaiveDate::from_num_days_from_ce_opt(min).unwrap();
    let ours_max = NaiveDate::from_num_days_from_ce_opt(max).unwrap();
    assert_eq!(ours_min.pred_opt(), None);
    assert_eq!(ours_max.succ_opt(), None);
    assert_eq!(ours_min + Days::new((max - min) as u64), ours_max);
    // Past the end, both panic.
    for days in [1, u64::from(u32::MAX), u64::MAX] {
        assert!(std::panic::catch_unwind(|| ours_max + Days::new(days)).is_err());
        assert!(
            std::panic::catch_unwind(|| chrono::NaiveDate::MAX + chrono::Days::new(days)).is_err()
        );
    }
    for year in [i32::MIN, -262_145, -262_144, 262_143, 262_144, i32::MAX] {
        assert_eq!(NaiveDate::from_ymd_opt(year, 1, 1), None, "{year}");
        assert_eq!(chrono::NaiveDate::from_ymd_opt(year, 1, 1), None, "{year}");
    }
}

/// Whether `year`-`month`-`day` exists for both, as the same day.
fn same_verdict(year: i32, month: u32, day: u32) {
    let ours = NaiveDate::from_ymd_opt(year, month, day);
    let theirs = chrono::NaiveDate::from_ymd_opt(year, month, day);
    assert_eq!(
        ours.map(|d| d.num_days_from_ce()),
        theirs.map(|d| d.num_days_from_ce()),
        "{year}-{month}-{day}"
    );
}

#[test]
fn the_same_dates_are_rejected() {
    let years = (-400..=2400).chain([-262_143, -262_142, 262_141, 262_142]);
    for year in years {
        for month in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 99, u32::MAX] {
            for day in (0..=32).chain([99, u32::MAX]) {
                same_verdict(year, month, day);
            }
        }
    }
    // Some by name: 29 February of common and leap years, month 13, day 0.
    for (year, month, day, exists) in [
        (2023, 2, 29, false),
        (2024, 2, 29, true),
        (1900, 2, 29, false),
        (2000, 2, 29, true),
        (2100, 2, 29, false),
        (-100, 2, 29, false),
        (-400, 2, 29, true),
        (0, 2, 29, true),
        (2024, 13, 1, false),
        (2024, 0, 1, false),
        (2024, 1, 0, false),
        (2024, 4, 31, false),
        (2024, 12, 31, true),
    ] {
        assert_eq!(NaiveDate::from_ymd_opt(year, month, day).is_some(), exists);
        same_verdict(year, month, day);
    }
}
