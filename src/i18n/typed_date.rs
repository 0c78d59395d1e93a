//! Dates typed as text, for browsers without a date picker and for anyone who prefers typing:
//! read in the order the family writes dates, which is the order of the browser's region
//! ([`region_order`]: month/day/year in the United States, in English or Spanish; day/month/year
//! in Spain, Mexico, the United Kingdom...), else of the page's language, with a precise reason
//! when a date cannot be read. Pure: the web layer reads `navigator.languages` and passes it in.

use chrono::NaiveDate;

use crate::engine::calendar::{FIRST_YEAR, LAST_YEAR};

/// The order of day and month in a typed date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    MonthFirst,
    DayFirst,
}

/// Regions (ISO 3166 codes, as a language tag's region subtag writes them) whose people write
/// month/day/year: the United States and its territories (CLDR's short date for `en-US`,
/// `es-US`, `es-PR`, `en-GU`, `en-VI`, `en-AS`, `en-MP`, `en-UM`).
const MONTH_FIRST_REGIONS: [&str; 7] = ["US", "PR", "GU", "VI", "AS", "MP", "UM"];

/// The order of the browser's region: the region of the first of `tags` (BCP 47 language tags,
/// most preferred first, as `navigator.languages` lists them) that names one. `None` when none
/// does (`"es"`, `"en"`): the page's language decides then.
///
/// # Example
/// ```
/// use due_process_calculator::i18n::typed_date::{region_order, DateOrder};
/// let tags = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
/// assert_eq!(region_order(&tags(&["es-US", "es"])), Some(DateOrder::MonthFirst));
/// assert_eq!(region_order(&tags(&["es-MX"])), Some(DateOrder::DayFirst));
/// assert_eq!(region_order(&tags(&["es"])), None);
/// ```
pub fn region_order(tags: &[String]) -> Option<DateOrder> {
    tags.iter().find_map(|tag| {
        // The region is the first subtag after the language of two letters or three digits
        // (`es-419`, Latin America); a script (`zh-Hant-TW`) comes before it.
        let region = tag
            .split(['-', '_'])
            .skip(1)
            .find(|s| {
                (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()))
                    || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))
            })?
            .to_ascii_uppercase();
        Some(if MONTH_FIRST_REGIONS.contains(&region.as_str()) {
            DateOrder::MonthFirst
        } else {
            DateOrder::DayFirst
        })
    })
}

/// Whether a date could be read two ways when written with numbers: its day and its month are
/// both 12 or less, and differ (`12/07/2026` is December 7 or July 12).
pub fn ambiguous(d: NaiveDate) -> bool {
    use chrono::Datelike;
    d.day() <= 12 && d.month() <= 12 && d.day() != d.month()
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

/// An example date typed in `order` (September 13, 2025, whose day cannot be a month).
pub const fn example(order: DateOrder) -> &'static str {
    match order {
        DateOrder::MonthFirst => "09/13/2025",
        DateOrder::DayFirst => "13/09/2025",
    }
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

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    // Source: issue 20 (a Spanish page on a US browser read "12/07/2026" as July 12) and CLDR's
    // short date formats (en-US, es-US, es-PR: M/d/y; es-ES, es-MX, en-GB, es-419: d/M/y).
    #[test]
    fn the_browser_region_decides_the_order() {
        for us in [
            &["es-US"][..],
            &["en-US"],
            &["es-us", "es"],
            &["es", "es-US"],
            &["es-PR"],
            &["en_US"],
        ] {
            assert_eq!(region_order(&tags(us)), Some(MonthFirst), "{us:?}");
        }
        for elsewhere in [
            &["es-ES"][..],
            &["es-MX", "en-US"],
            &["en-GB"],
            &["es-419"],
            &["zh-Hant-TW"],
            &["fr-CA"],
        ] {
            assert_eq!(
                region_order(&tags(elsewhere)),
                Some(DayFirst),
                "{elsewhere:?}"
            );
        }
        for unknown in [&["es"][..], &["en"], &[], &[""], &["x-private"]] {
            assert_eq!(region_order(&tags(unknown)), None, "{unknown:?}");
        }
        // The issue's example: on an es-US browser, 12/07/2026 is December 7.
        let order = region_order(&tags(&["es-US", "es"])).unwrap_or(DayFirst);
        assert_eq!(read("12/07/2026", order), Ok(d("2026-12-07")));
    }

    #[test]
    fn a_date_is_ambiguous_when_day_and_month_could_swap() {
        assert!(ambiguous(d("2026-12-07")));
        assert!(ambiguous(d("2026-07-12")));
        assert!(!ambiguous(d("2026-12-13")));
        assert!(!ambiguous(d("2026-07-07")));
        assert!(!ambiguous(d("2026-11-24")));
    }

    #[test]
    fn the_example_reads_in_its_order() {
        for order in [MonthFirst, DayFirst] {
            assert_eq!(read(example(order), order), Ok(d("2025-09-13")));
        }
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
