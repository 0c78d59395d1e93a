//! Counting periods: calendar days, business days, school days and years, forward and backward.
//!
//! Conventions (contract section 4): day 1 is the first counting day after the trigger (or,
//! backward, before it); calendar-day results are never moved off weekends or holidays. Every
//! result keeps the days it skipped, so the page can show the arithmetic.

use chrono::{Datelike, Duration, NaiveDate};

use super::calendar::{DayCalendar, FIRST_YEAR, LAST_YEAR, SkipReason};

/// The unit a period is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Every day counts (34 CFR 300.11(a)).
    CalendarDays,
    /// Monday to Friday except federal and state holidays (34 CFR 300.11(b)).
    BusinessDays,
    /// Monday to Friday, holidays included (34 CFR 300.148(d)(1)(ii)).
    BusinessDaysHolidaysCounted,
    /// Days children attend school (34 CFR 300.11(c)); an assumed calendar.
    SchoolDays,
    /// Whole years to the same month and day; February 29 becomes February 28.
    Years,
}

/// Whether a period runs after its trigger or before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    After,
    Before,
}

/// A day passed over while counting, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub date: NaiveDate,
    pub reason: SkipReason,
}

/// The arithmetic behind one date: trigger, period, unit, direction, result and skipped days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count {
    pub trigger_date: NaiveDate,
    pub period: u32,
    pub unit: Unit,
    pub direction: Direction,
    /// True when the trigger day itself was counted as day 1 (an alternative reading).
    pub trigger_day_counted: bool,
    /// True when a February 29 anniversary became February 28.
    pub leap_day_adjusted: bool,
    pub date: NaiveDate,
    pub skipped: Vec<Skipped>,
}

/// Why a count could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EngineError {
    /// The count left the years the calculator has holiday rules for (1990-2100).
    OutOfRange,
}

/// True when `date` lies within the years the calculator has rules for.
pub fn in_range(date: NaiveDate) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&date.year())
}

fn step(date: NaiveDate, direction: Direction) -> Result<NaiveDate, EngineError> {
    let next = match direction {
        Direction::After => date.succ_opt(),
        Direction::Before => date.pred_opt(),
    };
    next.filter(|d| in_range(*d)).ok_or(EngineError::OutOfRange)
}

/// Counts `period` units from `trigger` in `direction`.
///
/// Day 1 is the first counting day after (or before) the trigger. When `trigger_day_counts` is
/// true and the trigger is itself a counting day, the trigger is day 1 instead (the reading some
/// states use, and the earliest reading of "within N business days of" an act).
///
/// # Errors
/// [`EngineError::OutOfRange`] when the trigger or the result leaves 1990-2100.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use due_process_calculator::engine::calendar::DayCalendar;
/// use due_process_calculator::engine::count::{count, Direction, Unit};
/// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// let c = count(&DayCalendar::default(), d(8, 29), 15, Unit::CalendarDays, Direction::After, false)
///     .unwrap();
/// assert_eq!(c.date, d(9, 13));
/// ```
pub fn count(
    cal: &DayCalendar<'_>,
    trigger: NaiveDate,
    period: u32,
    unit: Unit,
    direction: Direction,
    trigger_day_counts: bool,
) -> Result<Count, EngineError> {
    if !in_range(trigger) {
        return Err(EngineError::OutOfRange);
    }
    let mut out = Count {
        trigger_date: trigger,
        period,
        unit,
        direction,
        trigger_day_counted: false,
        leap_day_adjusted: false,
        date: trigger,
        skipped: Vec::new(),
    };
    match unit {
        Unit::CalendarDays => {
            let mut n = i64::from(period);
            if trigger_day_counts && period > 0 {
                n -= 1;
                out.trigger_day_counted = true;
            }
            let delta = Duration::days(n);
            let date = match direction {
                Direction::After => trigger.checked_add_signed(delta),
                Direction::Before => trigger.checked_sub_signed(delta),
            };
            out.date = date
                .filter(|d| in_range(*d))
                .ok_or(EngineError::OutOfRange)?;
        }
        Unit::Years => {
            let (date, adjusted) = add_years(trigger, period, direction)?;
            out.date = date;
            out.leap_day_adjusted = adjusted;
        }
        Unit::BusinessDays | Unit::BusinessDaysHolidaysCounted | Unit::SchoolDays => {
            let mut counted = 0;
            let mut day = trigger;
            if trigger_day_counts && period > 0 && cal.check(trigger).is_ok() {
                counted = 1;
                out.trigger_day_counted = true;
            }
            while counted < period {
                day = step(day, direction)?;
                match cal.check(day) {
                    Ok(()) => counted += 1,
                    Err(reason) => out.skipped.push(Skipped { date: day, reason }),
                }
            }
            out.date = day;
        }
    }
    Ok(out)
}

/// The same month and day `years` later (or earlier); February 29 becomes February 28.
fn add_years(
    start: NaiveDate,
    years: u32,
    direction: Direction,
) -> Result<(NaiveDate, bool), EngineError> {
    let years = i32::try_from(years).map_err(|_| EngineError::OutOfRange)?;
    let year = match direction {
        Direction::After => start.year().checked_add(years),
        Direction::Before => start.year().checked_sub(years),
    }
    .ok_or(EngineError::OutOfRange)?;
    let (date, adjusted) = match NaiveDate::from_ymd_opt(year, start.month(), start.day()) {
        Some(d) => (d, false),
        None => (
            NaiveDate::from_ymd_opt(year, 2, 28).ok_or(EngineError::OutOfRange)?,
            true,
        ),
    };
    if in_range(date) {
        Ok((date, adjusted))
    } else {
        Err(EngineError::OutOfRange)
    }
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn leap_day_anniversary_becomes_february_28() {
        let c = count(
            &DayCalendar::default(),
            ymd(2024, 2, 29),
            2,
            Unit::Years,
            Direction::After,
            false,
        )
        .expect("in range");
        assert_eq!(c.date, ymd(2026, 2, 28));
        assert!(c.leap_day_adjusted);
    }

    #[test]
    fn leaving_the_supported_years_is_an_error() {
        let r = count(
            &DayCalendar::default(),
            ymd(2100, 12, 20),
            30,
            Unit::CalendarDays,
            Direction::After,
            false,
        );
        assert_eq!(r, Err(EngineError::OutOfRange));
    }
}
