//! Every date as the reader sees it, in both languages: a date to exactly
//! its precision, an event's date with its dating, the slider's day and the
//! axis ticks. Nothing else in the crate formats a date for display.

use crate::core::calendar::NaiveDate;
use crate::core::date::{PartialDate, Precision};
use crate::core::lang::Lang;
use crate::core::model::Event;
use crate::core::scale::{Tick, TickUnit};

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const EN_MONTHS_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Formats a date to exactly its precision: "2024年5月14日" / "14 May 2024",
/// "2024年5月" / "May 2024", "2024年" / "2024". Never invents a day.
pub fn format_date(date: PartialDate, lang: Lang) -> String {
    let year = date.year();
    match (lang, date.precision(), date.month(), date.day()) {
        (Lang::Zh, Precision::Day, Some(m), Some(d)) => format!("{year}年{m}月{d}日"),
        (Lang::Zh, Precision::Month, Some(m), _) => format!("{year}年{m}月"),
        (Lang::Zh, _, _, _) => format!("{year}年"),
        (Lang::En, Precision::Day, Some(m), Some(d)) => {
            format!("{d} {} {year}", EN_MONTHS[m as usize - 1])
        }
        (Lang::En, Precision::Month, Some(m), _) => {
            format!("{} {year}", EN_MONTHS[m as usize - 1])
        }
        (Lang::En, _, _, _) => format!("{year}"),
    }
}

/// An event's date as shown wherever it is shown: to its precision, and
/// saying so when it is an estimate ("约2017年" / "c. 2017") or the day it was
/// reported ("2024年4月11日报道" / "11 April 2024 (reported)").
pub fn format_event_date(event: &Event, lang: Lang) -> String {
    use crate::core::model::Dating;
    let date = format_date(event.date, lang);
    match (event.dating, lang) {
        (None, _) => date,
        (Some(Dating::Approximate), Lang::Zh) => format!("约{date}"),
        (Some(Dating::Approximate), Lang::En) => format!("c. {date}"),
        (Some(Dating::Reported), Lang::Zh) => format!("{date}报道"),
        (Some(Dating::Reported), Lang::En) => format!("{date} (reported)"),
    }
}

/// A date as the slider shows it, to the day.
pub fn slider_date(date: NaiveDate, lang: Lang) -> String {
    PartialDate::from_day(date)
        .map(|d| format_date(d, lang))
        .unwrap_or_default()
}

/// The months from `first` to `last` (in order), each year said once:
/// "2024年5月" / "May 2024", "2024年4月至8月" / "April–August 2024",
/// "2023年11月至2024年8月" / "November 2023–August 2024".
pub fn month_range(first: NaiveDate, last: NaiveDate, lang: Lang) -> String {
    let month = |d: NaiveDate| {
        PartialDate::from_month(d.year(), d.month())
            .map(|m| format_date(m, lang))
            .unwrap_or_default()
    };
    let same_year = first.year() == last.year();
    match lang {
        _ if same_year && first.month() == last.month() => month(last),
        Lang::Zh if same_year => month(first) + "至" + &last.month().to_string() + "月",
        Lang::Zh => month(first) + "至" + &month(last),
        Lang::En if same_year => {
            EN_MONTHS[first.month0() as usize].to_string() + "–" + &month(last)
        }
        Lang::En => month(first) + "–" + &month(last),
    }
}

/// The label of a tick: "2010s" / "2010年代", "2024" / "2024年",
/// "Q2 2024" / "2024年第2季度", "May 2024" / "2024年5月", "14 May" / "5月14日"
/// (a day tick on the 1st of January also names the year).
pub fn tick_label(tick: &Tick, lang: Lang) -> String {
    let (y, m, d) = (tick.date.year(), tick.date.month(), tick.date.day());
    let month = EN_MONTHS_SHORT[m as usize - 1];
    match (tick.unit, lang) {
        (TickUnit::Decade, Lang::Zh) => format!("{y}年代"),
        (TickUnit::Decade, Lang::En) => format!("{y}s"),
        (TickUnit::Year, Lang::Zh) => format!("{y}年"),
        (TickUnit::Year, Lang::En) => format!("{y}"),
        (TickUnit::Quarter, Lang::Zh) => format!("{y}年第{}季度", (m - 1) / 3 + 1),
        (TickUnit::Quarter, Lang::En) => format!("Q{} {y}", (m - 1) / 3 + 1),
        (TickUnit::Month, Lang::Zh) => format!("{y}年{m}月"),
        (TickUnit::Month, Lang::En) => format!("{month} {y}"),
        (TickUnit::Day, Lang::Zh) if m == 1 && d == 1 => format!("{y}年1月1日"),
        (TickUnit::Day, Lang::Zh) => format!("{m}月{d}日"),
        (TickUnit::Day, Lang::En) if m == 1 && d == 1 => format!("1 Jan {y}"),
        (TickUnit::Day, Lang::En) => format!("{d} {month}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scale::TickUnit;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn formats_each_precision_in_chinese() {
        assert_eq!(format_date(date("2024-05-14"), Lang::Zh), "2024年5月14日");
        assert_eq!(format_date(date("2024-05"), Lang::Zh), "2024年5月");
        assert_eq!(format_date(date("2020"), Lang::Zh), "2020年");
    }

    #[test]
    fn formats_each_precision_in_english() {
        assert_eq!(format_date(date("2024-05-14"), Lang::En), "14 May 2024");
        assert_eq!(format_date(date("2024-05"), Lang::En), "May 2024");
        assert_eq!(format_date(date("2020"), Lang::En), "2020");
    }

    #[test]
    fn the_slider_names_the_day() {
        assert_eq!(slider_date(day(2024, 8, 19), Lang::Zh), "2024年8月19日");
        assert_eq!(slider_date(day(2024, 8, 19), Lang::En), "19 August 2024");
    }

    #[test]
    fn month_ranges_say_each_year_once() {
        let (nov, apr, aug) = (day(2023, 11, 17), day(2024, 4, 11), day(2024, 8, 5));
        assert_eq!(month_range(apr, aug, Lang::En), "April–August 2024");
        assert_eq!(month_range(apr, aug, Lang::Zh), "2024年4月至8月");
        assert_eq!(month_range(nov, aug, Lang::En), "November 2023–August 2024");
        assert_eq!(month_range(nov, aug, Lang::Zh), "2023年11月至2024年8月");
        assert_eq!(month_range(aug, day(2024, 8, 30), Lang::En), "August 2024");
        assert_eq!(month_range(aug, aug, Lang::Zh), "2024年8月");
    }

    #[test]
    fn tick_labels_read_naturally_in_both_languages() {
        let tick = |unit, d| Tick {
            date: d,
            x: 0.0,
            unit,
        };
        let may = day(2024, 5, 1);
        assert_eq!(
            tick_label(&tick(TickUnit::Month, may), Lang::Zh),
            "2024年5月"
        );
        assert_eq!(
            tick_label(&tick(TickUnit::Month, may), Lang::En),
            "May 2024"
        );
        assert_eq!(
            tick_label(&tick(TickUnit::Quarter, day(2024, 4, 1)), Lang::En),
            "Q2 2024"
        );
        assert_eq!(
            tick_label(&tick(TickUnit::Quarter, day(2024, 4, 1)), Lang::Zh),
            "2024年第2季度"
        );
        assert_eq!(
            tick_label(&tick(TickUnit::Year, day(2024, 1, 1)), Lang::Zh),
            "2024年"
        );
        assert_eq!(
            tick_label(&tick(TickUnit::Decade, day(2010, 1, 1)), Lang::En),
            "2010s"
        );
        assert_eq!(
            tick_label(&tick(TickUnit::Day, day(2024, 5, 14)), Lang::En),
            "14 May"
        );
        assert_eq!(
            tick_label(&tick(TickUnit::Day, day(2024, 5, 14)), Lang::Zh),
            "5月14日"
        );
    }
}
