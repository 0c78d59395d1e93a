//! Dates typed as text, for browsers without a date picker and for anyone who prefers typing:
//! read in the order of the page's language (month/day/year in English, day/month/year in
//! Spanish), with a precise reason when a date cannot be read.

use chrono::NaiveDate;

use crate::engine::calendar::{FIRST_YEAR, LAST_YEAR};

/// The order of day and month in a typed date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    MonthFirst,
    DayFirst,
}

/// Why a typed date was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypedProblem {
    Empty,
    /// Not three numbers.
    NotUnderstood,
    MissingYear,
    BadMonth(u32),
    /// That month has no such day (for example 31 in April, or 29 February outside leap years).
    NoSuchDay {
        day: u32,
        month: u32,
        year: i32,
    },
    /// Outside the years the calculator covers.
    OutOfRange(i32),
}

/// Reads a typed date: three numbers separated by `/`, `-`, `.` or spaces, in `order`, or an ISO
/// date (`2026-03-03`) in any language. A two-digit year means 20xx.
pub fn read(raw: &str, order: DateOrder) -> Result<NaiveDate, TypedProblem> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(TypedProblem::Empty);
    }
    let parts: Vec<&str> = text
        .split(['/', '-', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    if parts
        .iter()
        .any(|p| !p.bytes().all(|b| b.is_ascii_digit()) || p.len() > 4)
    {
        return Err(TypedProblem::NotUnderstood);
    }
    let numbers: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    let (day, month, year_text) = match (parts.as_slice(), order) {
        // Year first (ISO order) in any language.
        ([y, _, _], _) if y.len() == 4 => (numbers[2], numbers[1], *y),
        ([_, _], _) => return Err(TypedProblem::MissingYear),
        ([_, _, y], DateOrder::MonthFirst) => (numbers[1], numbers[0], *y),
        ([_, _, y], DateOrder::DayFirst) => (numbers[0], numbers[1], *y),
        _ => return Err(TypedProblem::NotUnderstood),
    };
    let year: i32 = match year_text.len() {
        4 => year_text.parse().map_err(|_| TypedProblem::NotUnderstood)?,
        2 => {
            2000 + year_text
                .parse::<i32>()
                .map_err(|_| TypedProblem::NotUnderstood)?
        }
        _ => return Err(TypedProblem::NotUnderstood),
    };
    if !(1..=12).contains(&month) {
        return Err(TypedProblem::BadMonth(month));
    }
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(TypedProblem::OutOfRange(year));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or(TypedProblem::NoSuchDay { day, month, year })
}

/// A date written in `order`, as the family would type it (`9/13/2025`, `13/9/2025`).
pub fn write(d: NaiveDate, order: DateOrder) -> String {
    use chrono::Datelike;
    match order {
        DateOrder::MonthFirst => format!("{}/{}/{}", d.month(), d.day(), d.year()),
        DateOrder::DayFirst => format!("{}/{}/{}", d.day(), d.month(), d.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DateOrder::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn reads_in_the_language_order() {
        assert_eq!(read("3/4/2026", MonthFirst), Ok(d("2026-03-04")));
        assert_eq!(read("3/4/2026", DayFirst), Ok(d("2026-04-03")));
        assert_eq!(read(" 13-9-25 ", DayFirst), Ok(d("2025-09-13")));
        assert_eq!(read("09.13.2025", MonthFirst), Ok(d("2025-09-13")));
        assert_eq!(read("2026-03-03", DayFirst), Ok(d("2026-03-03")));
        assert_eq!(read("2026/3/3", MonthFirst), Ok(d("2026-03-03")));
        assert_eq!(read("3 3 2026", MonthFirst), Ok(d("2026-03-03")));
    }

    #[test]
    fn says_what_it_did_not_understand() {
        assert_eq!(read("", MonthFirst), Err(TypedProblem::Empty));
        assert_eq!(
            read("tomorrow", MonthFirst),
            Err(TypedProblem::NotUnderstood)
        );
        assert_eq!(read("9/13", MonthFirst), Err(TypedProblem::MissingYear));
        assert_eq!(
            read("13/9/2025", MonthFirst),
            Err(TypedProblem::BadMonth(13))
        );
        assert_eq!(
            read("31/4/2026", DayFirst),
            Err(TypedProblem::NoSuchDay {
                day: 31,
                month: 4,
                year: 2026
            })
        );
        assert_eq!(
            read("2/29/2025", MonthFirst),
            Err(TypedProblem::NoSuchDay {
                day: 29,
                month: 2,
                year: 2025
            })
        );
        assert_eq!(
            read("2/28/1850", MonthFirst),
            Err(TypedProblem::OutOfRange(1850))
        );
        assert_eq!(
            read("1/2/3/4", MonthFirst),
            Err(TypedProblem::NotUnderstood)
        );
        assert_eq!(
            read("1/2/12345", MonthFirst),
            Err(TypedProblem::NotUnderstood)
        );
    }

    #[test]
    fn writing_then_reading_gives_the_same_date() {
        for s in ["2025-09-13", "2026-01-02", "2028-02-29", "2099-12-31"] {
            for order in [MonthFirst, DayFirst] {
                assert_eq!(read(&write(d(s), order), order), Ok(d(s)));
            }
        }
    }
}
