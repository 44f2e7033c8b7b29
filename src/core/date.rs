//! Dates that carry their precision.
//!
//! Sources often give only a year ("2020") or a month ("2024-07") for an event.
//! A [`PartialDate`] keeps exactly what is known and never invents a day: it is
//! written `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"` and formatted accordingly
//! ("2024年5月" / "May 2024").

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::core::calendar::NaiveDate;

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Only the year: `"2020"`.
    Year,
    /// Year and month: `"2024-07"`.
    Month,
    /// A calendar day: `"2024-05-14"`.
    Day,
}

/// A calendar date known to a [`Precision`] of year, month or day.
///
/// Invariant: `month` is `Some` whenever `day` is, and the parts form a real
/// date (no 2024-02-30). Construct with [`PartialDate::parse`] or the `from_*`
/// helpers, which check it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

/// Why a date string was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Format,
    /// Well formed, but no such day or month (2024-02-30, 2024-13).
    Impossible,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => {
                write!(f, "write the date as YYYY, YYYY-MM or YYYY-MM-DD")
            }
            DateError::Impossible => write!(f, "no such date exists in the calendar"),
        }
    }
}

impl PartialDate {
    /// A date known only to the year.
    pub fn from_year(year: i32) -> Result<Self, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::Impossible);
        }
        Ok(Self {
            year,
            month: None,
            day: None,
        })
    }

    /// A date known to the month.
    pub fn from_month(year: i32, month: u32) -> Result<Self, DateError> {
        Self::from_year(year)?;
        if !(1..=12).contains(&month) {
            return Err(DateError::Impossible);
        }
        Ok(Self {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A date known to the day; rejects days that do not exist.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Self, DateError> {
        Self::from_month(year, month)?;
        NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::Impossible)?;
        Ok(Self {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// A day-precise date for a calendar day.
    pub fn from_day(day: NaiveDate) -> Result<Self, DateError> {
        Self::from_ymd(day.year(), day.month(), day.day())
    }

    /// Parses `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"` (four-digit year, two-digit parts).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let parts: Vec<&str> = text.split('-').collect();
        let widths_ok = match parts.as_slice() {
            [y] => y.len() == 4,
            [y, m] => y.len() == 4 && m.len() == 2,
            [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
            _ => false,
        };
        if !widths_ok || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            return Err(DateError::Format);
        }
        let number = |p: &str| p.parse::<u32>().map_err(|_| DateError::Format);
        let year = number(parts[0])? as i32;
        match parts.len() {
            1 => Self::from_year(year),
            2 => Self::from_month(year, number(parts[1])?),
            _ => Self::from_ymd(year, number(parts[1])?, number(parts[2])?),
        }
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month (1–12), if known.
    pub fn month(&self) -> Option<u32> {
        self.month
    }

    /// The day of the month, if known.
    pub fn day(&self) -> Option<u32> {
        self.day
    }

    /// How much of the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first calendar day the date may stand for (1 Jan for a year, the 1st for a month).
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .expect("PartialDate invariant: parts form a real date")
    }

    /// The last calendar day the date may stand for (31 Dec for a year, month end for a month).
    pub fn last_day(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(_), Some(_)) => self.first_day(),
            (Some(month), None) => {
                let (next_year, next_month) = if month == 12 {
                    (self.year + 1, 1)
                } else {
                    (self.year, month + 1)
                };
                NaiveDate::from_ymd_opt(next_year, next_month, 1)
                    .and_then(|d| d.pred_opt())
                    .expect("month end exists")
            }
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31).expect("31 Dec exists"),
        }
    }

    /// Days since 0001-01-01 of [`first_day`](Self::first_day): a sortable number.
    pub fn ordinal_start(&self) -> i32 {
        self.first_day().num_days_from_ce()
    }
}

impl Ord for PartialDate {
    /// Orders by the first day each date may stand for; on a tie the less
    /// precise date comes first ("2024-05" before "2024-05-01").
    fn cmp(&self, other: &Self) -> Ordering {
        self.first_day()
            .cmp(&other.first_day())
            .then(self.precision().cmp(&other.precision()))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    /// The canonical data form: `2024`, `2024-05` or `2024-05-14`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PartialDate::parse(&text)
            .map_err(|e| serde::de::Error::custom(format!("invalid date {text:?}: {e}")))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "description": "A date to the precision known: \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\". It must exist in the calendar.",
            "examples": ["2020", "2024-07", "2024-05-14"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(
            PartialDate::parse("2020").unwrap().precision(),
            Precision::Year
        );
        assert_eq!(
            PartialDate::parse("2024-07").unwrap().precision(),
            Precision::Month
        );
        assert_eq!(
            PartialDate::parse("2024-05-14").unwrap().precision(),
            Precision::Day
        );
    }

    #[test]
    fn rejects_impossible_days_and_months() {
        assert_eq!(PartialDate::parse("2024-02-30"), Err(DateError::Impossible));
        assert_eq!(PartialDate::parse("2023-02-29"), Err(DateError::Impossible));
        assert_eq!(PartialDate::parse("2024-13"), Err(DateError::Impossible));
        assert_eq!(PartialDate::parse("2024-00"), Err(DateError::Impossible));
        assert!(PartialDate::parse("2024-02-29").is_ok());
    }

    #[test]
    fn rejects_malformed_text() {
        for bad in [
            "",
            "24",
            "2024-5",
            "2024-05-1",
            "2024/05/14",
            "2024-05-14-01",
            "２０２４",
        ] {
            assert_eq!(PartialDate::parse(bad), Err(DateError::Format), "{bad}");
        }
    }

    #[test]
    fn displays_in_canonical_form() {
        for text in ["2020", "2024-07", "2024-05-14", "0999"] {
            assert_eq!(PartialDate::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn month_spans_its_whole_month() {
        let feb = PartialDate::parse("2024-02").unwrap();
        assert_eq!(
            feb.first_day(),
            NaiveDate::from_ymd_opt(2024, 2, 1).unwrap()
        );
        assert_eq!(
            feb.last_day(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()
        );
        let dec = PartialDate::parse("2023-12").unwrap();
        assert_eq!(
            dec.last_day(),
            NaiveDate::from_ymd_opt(2023, 12, 31).unwrap()
        );
    }

    #[test]
    fn orders_by_first_day_then_precision() {
        let month = PartialDate::parse("2024-05").unwrap();
        let first = PartialDate::parse("2024-05-01").unwrap();
        let later = PartialDate::parse("2024-05-14").unwrap();
        assert!(month < first);
        assert!(first < later);
        assert!(PartialDate::parse("2023").unwrap() < month);
    }
}
