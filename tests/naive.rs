//! A deliberately naive, independent day-by-day counter checked against the engine for every
//! trigger date from 2000 to 2040.
//!
//! Nothing here calls the engine's holiday code: the federal holidays (5 U.S.C. 6103) and
//! California's additions (Gov. Code 6700, 6701) are written out again from scratch, found by
//! walking the days of each month, and stored in a set of dates before the comparison starts.
//! The engine is only asked for `count(..)` results, which must agree exactly.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, Weekday};
use due_process_calculator::engine::calendar::{Closure, DayCalendar};
use due_process_calculator::engine::count::{Direction, EngineError, Unit, count};
use due_process_calculator::rules::{california, federal};
use proptest::prelude::*;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

// ---------------------------------------------------------------------------------------------
// Naive holidays
// ---------------------------------------------------------------------------------------------

/// Every valid date of a month, in order.
fn days_of_month(year: i32, month: u32) -> Vec<NaiveDate> {
    (1..=31)
        .filter_map(|day| NaiveDate::from_ymd_opt(year, month, day))
        .collect()
}

/// The `n`th (1-based) `weekday` of a month, found by walking the month.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: usize) -> NaiveDate {
    let mut seen = 0;
    for d in days_of_month(year, month) {
        if d.weekday() == weekday {
            seen += 1;
            if seen == n {
                return d;
            }
        }
    }
    panic!("no {n}th {weekday} in {year}-{month}");
}

/// The last `weekday` of a month, found by walking the month.
fn last_weekday(year: i32, month: u32, weekday: Weekday) -> NaiveDate {
    let mut last = None;
    for d in days_of_month(year, month) {
        if d.weekday() == weekday {
            last = Some(d);
        }
    }
    last.expect("every weekday occurs in a month")
}

/// Federal observation: Saturday on the Friday before, Sunday on the Monday after.
fn federal_observed(d: NaiveDate) -> NaiveDate {
    match d.weekday() {
        Weekday::Sat => d.pred_opt().expect("in range"),
        Weekday::Sun => d.succ_opt().expect("in range"),
        _ => d,
    }
}

/// California observation (Gov. Code 6701): only Sunday moves, to the Monday after.
fn california_observed(d: NaiveDate) -> NaiveDate {
    match d.weekday() {
        Weekday::Sun => d.succ_opt().expect("in range"),
        _ => d,
    }
}

/// The federal holidays of `year`: legal dates and observed weekdays.
fn naive_federal(year: i32) -> Vec<NaiveDate> {
    let mut legal_fixed = vec![ymd(year, 1, 1), ymd(year, 7, 4), ymd(year, 11, 11)];
    legal_fixed.push(ymd(year, 12, 25));
    if year >= 2021 {
        legal_fixed.push(ymd(year, 6, 19));
    }
    let mut out = Vec::new();
    for d in legal_fixed {
        out.push(d);
        out.push(federal_observed(d));
    }
    if year >= 1986 {
        out.push(nth_weekday(year, 1, Weekday::Mon, 3));
    }
    out.push(nth_weekday(year, 2, Weekday::Mon, 3));
    out.push(last_weekday(year, 5, Weekday::Mon));
    out.push(nth_weekday(year, 9, Weekday::Mon, 1));
    out.push(nth_weekday(year, 10, Weekday::Mon, 2));
    out.push(nth_weekday(year, 11, Weekday::Thu, 4));
    out
}

/// California's holidays of `year` beyond the federal ones.
fn naive_california_additions(year: i32) -> Vec<NaiveDate> {
    let mut legal = vec![ymd(year, 2, 12), ymd(year, 9, 9)];
    if year >= 2001 {
        legal.push(ymd(year, 3, 31));
    }
    let mut out = Vec::new();
    for d in legal {
        out.push(d);
        out.push(california_observed(d));
    }
    if year >= 2015 {
        out.push(nth_weekday(year, 9, Weekday::Fri, 4));
    }
    out
}

/// Years for which the naive sets are filled (the trigger range with a margin either side).
const NAIVE_YEARS: std::ops::RangeInclusive<i32> = 1995..=2045;

/// The naive calendars, precomputed as sets of dates.
struct Naive {
    federal: HashSet<NaiveDate>,
    california: HashSet<NaiveDate>,
}

impl Naive {
    fn new() -> Self {
        let mut federal = HashSet::new();
        let mut california = HashSet::new();
        for year in NAIVE_YEARS {
            for d in naive_federal(year) {
                federal.insert(d);
                california.insert(d);
            }
            california.extend(naive_california_additions(year));
        }
        Naive {
            federal,
            california,
        }
    }

    fn federal_business_day(&self, d: NaiveDate) -> bool {
        assert!(NAIVE_YEARS.contains(&d.year()), "{d} outside naive years");
        !is_weekend(d) && !self.federal.contains(&d)
    }

    fn california_business_day(&self, d: NaiveDate) -> bool {
        assert!(NAIVE_YEARS.contains(&d.year()), "{d} outside naive years");
        !is_weekend(d) && !self.california.contains(&d)
    }
}

fn weekday_only(d: NaiveDate) -> bool {
    !is_weekend(d)
}

/// The school calendar of these tests: weekends and a winter break, December 22 to January 2.
fn in_winter_break(d: NaiveDate) -> bool {
    (d.month() == 12 && d.day() >= 22) || (d.month() == 1 && d.day() <= 2)
}

fn naive_school_day(d: NaiveDate) -> bool {
    !is_weekend(d) && !in_winter_break(d)
}

/// The same winter breaks as engine closures, for every year from `first` to `last`.
fn winter_breaks(first: i32, last: i32) -> Vec<Closure> {
    (first..=last)
        .map(|y| Closure {
            from: ymd(y, 12, 22),
            to: ymd(y + 1, 1, 2),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Naive counting
// ---------------------------------------------------------------------------------------------

fn step(d: NaiveDate, direction: Direction) -> NaiveDate {
    match direction {
        Direction::After => d.succ_opt(),
        Direction::Before => d.pred_opt(),
    }
    .expect("in range")
}

fn naive_calendar_days(trigger: NaiveDate, n: u32, direction: Direction) -> NaiveDate {
    let mut d = trigger;
    for _ in 0..n {
        d = step(d, direction);
    }
    d
}

/// Day 1 is the first counting day after (before) the trigger; with `trigger_counts`, a
/// trigger that is itself a counting day is day 1.
fn naive_counting_days(
    trigger: NaiveDate,
    n: u32,
    direction: Direction,
    counts: &dyn Fn(NaiveDate) -> bool,
    trigger_counts: bool,
) -> NaiveDate {
    let mut counted = 0;
    if trigger_counts && n > 0 && counts(trigger) {
        counted = 1;
    }
    let mut d = trigger;
    while counted < n {
        d = step(d, direction);
        if counts(d) {
            counted += 1;
        }
    }
    d
}

// Source: a paper calendar, for the anniversaries the oracle below assumes (the same month and
// day; February 29 falls back to February 28 in a year without it), so that the oracle is pinned
// by dates rather than only by its own reasoning.
#[test]
fn year_counts_land_on_published_anniversaries() {
    let cal = DayCalendar::default();
    for (trigger, n, direction, want) in [
        (ymd(2023, 3, 10), 2, Direction::After, ymd(2025, 3, 10)),
        (ymd(2024, 2, 29), 1, Direction::After, ymd(2025, 2, 28)),
        (ymd(2024, 2, 29), 2, Direction::After, ymd(2026, 2, 28)),
        (ymd(2024, 2, 29), 4, Direction::After, ymd(2028, 2, 29)),
        (ymd(2020, 2, 29), 2, Direction::Before, ymd(2018, 2, 28)),
        (ymd(2025, 12, 31), 1, Direction::After, ymd(2026, 12, 31)),
        (ymd(2000, 2, 29), 100, Direction::After, ymd(2100, 2, 28)),
    ] {
        let got = count(&cal, trigger, n, Unit::Years, direction, false).map(|c| c.date);
        assert_eq!(got, Ok(want), "{trigger} {direction:?} {n} years");
        assert_eq!(
            naive_years(trigger, n, direction),
            want,
            "the oracle agrees"
        );
    }
}

fn naive_years(trigger: NaiveDate, n: u32, direction: Direction) -> NaiveDate {
    let n = i32::try_from(n).expect("small");
    let year = match direction {
        Direction::After => trigger.year() + n,
        Direction::Before => trigger.year() - n,
    };
    NaiveDate::from_ymd_opt(year, trigger.month(), trigger.day())
        .unwrap_or_else(|| ymd(year, 2, 28))
}

// ---------------------------------------------------------------------------------------------
// Exhaustive comparison, 2000-01-01 to 2040-12-31
// ---------------------------------------------------------------------------------------------

/// One kind of count to compare: the engine's calendar and the naive "does this day count".
struct Scenario<'a> {
    name: &'static str,
    cal: DayCalendar<'a>,
    unit: Unit,
    n: u32,
    direction: Direction,
    trigger_counts: bool,
    /// The naive predicate for day-counting units; `None` for calendar days and years.
    counts: Option<&'a dyn Fn(NaiveDate) -> bool>,
}

impl<'a> Scenario<'a> {
    fn new(name: &'static str, cal: DayCalendar<'a>, unit: Unit, n: u32, dir: Direction) -> Self {
        Scenario {
            name,
            cal,
            unit,
            n,
            direction: dir,
            trigger_counts: false,
            counts: None,
        }
    }

    fn counting(mut self, counts: &'a dyn Fn(NaiveDate) -> bool) -> Self {
        self.counts = Some(counts);
        self
    }

    fn trigger_day_counts(mut self) -> Self {
        self.trigger_counts = true;
        self
    }

    fn expected(&self, trigger: NaiveDate) -> NaiveDate {
        match (self.unit, self.counts) {
            (Unit::CalendarDays, None) => naive_calendar_days(trigger, self.n, self.direction),
            (Unit::Years, None) => naive_years(trigger, self.n, self.direction),
            (
                Unit::BusinessDays | Unit::BusinessDaysHolidaysCounted | Unit::SchoolDays,
                Some(counts),
            ) => naive_counting_days(trigger, self.n, self.direction, counts, self.trigger_counts),
            _ => panic!("{}: scenario is malformed", self.name),
        }
    }
}

fn all_triggers() -> impl Iterator<Item = NaiveDate> {
    ymd(2000, 1, 1)
        .iter_days()
        .take_while(|d| *d <= ymd(2040, 12, 31))
}

/// Compares every scenario on every trigger; returns every disagreement, not just the first.
fn compare(scenarios: &[Scenario<'_>]) {
    let mut failures = Vec::new();
    let mut triggers = 0_u32;
    for trigger in all_triggers() {
        triggers += 1;
        for s in scenarios {
            let expected = s.expected(trigger);
            let got = match count(&s.cal, trigger, s.n, s.unit, s.direction, s.trigger_counts) {
                Ok(c) => c.date,
                Err(e) => {
                    failures.push(format!(
                        "{}: trigger {trigger} ({}): engine error {e:?}, expected {expected}",
                        s.name,
                        trigger.weekday()
                    ));
                    continue;
                }
            };
            if got != expected {
                failures.push(format!(
                    "{}: trigger {trigger} ({}): expected {expected} ({}), got {got} ({})",
                    s.name,
                    trigger.weekday(),
                    expected.weekday(),
                    got.weekday()
                ));
            }
            let ordered = match s.direction {
                Direction::After => got > trigger,
                Direction::Before => got < trigger,
            };
            if !ordered {
                failures.push(format!(
                    "{}: trigger {trigger}: result {got} is on the wrong side",
                    s.name
                ));
            }
            if let Some(counts) = s.counts
                && !counts(got)
            {
                failures.push(format!(
                    "{}: trigger {trigger}: result {got} ({}) is not a counting day",
                    s.name,
                    got.weekday()
                ));
            }
        }
    }
    // 41 years of 365 days and 11 leap days (2000, 2004, ..., 2040).
    assert_eq!(triggers, 41 * 365 + 11, "trigger range");
    assert!(
        failures.is_empty(),
        "{} disagreement(s); first ones:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn naive_holiday_sets_spot_checks() {
    let naive = Naive::new();
    // Spot checks of the naive code itself against well-known dates.
    for d in [
        ymd(2021, 12, 31), // New Year's Day 2022 (Saturday)
        ymd(2021, 6, 18),  // Juneteenth 2021 (Saturday)
        ymd(2023, 1, 2),   // New Year's Day 2023 (Sunday)
        ymd(2024, 1, 15),  // MLK Day
        ymd(2025, 5, 26),  // Memorial Day
        ymd(2025, 11, 27), // Thanksgiving
        ymd(2023, 11, 10), // Veterans Day 2023 (Saturday)
    ] {
        assert!(!naive.federal_business_day(d), "{d}");
    }
    assert!(naive.federal_business_day(ymd(2020, 6, 19)));
    assert!(naive.federal_business_day(ymd(2025, 2, 12)));
    assert!(!naive.california_business_day(ymd(2025, 2, 12)));
    assert!(!naive.california_business_day(ymd(2025, 9, 26))); // Native American Day
    assert!(naive.california_business_day(ymd(2014, 9, 26)));
    assert!(!naive.california_business_day(ymd(2024, 4, 1))); // Cesar Chavez Day (Sunday)
    assert!(naive.california_business_day(ymd(2000, 3, 31))); // before 2001
    assert!(!naive.california_business_day(ymd(2019, 9, 9)));
    assert_eq!(
        naive.federal.iter().filter(|d| d.year() == 2025).count(),
        11
    );
}

#[test]
fn calendar_days_match_naive_count() {
    let cal = DayCalendar::default;
    let scenarios = [
        Scenario::new(
            "calendar 5 after",
            cal(),
            Unit::CalendarDays,
            5,
            Direction::After,
        ),
        Scenario::new(
            "calendar 10 after",
            cal(),
            Unit::CalendarDays,
            10,
            Direction::After,
        ),
        Scenario::new(
            "calendar 15 after",
            cal(),
            Unit::CalendarDays,
            15,
            Direction::After,
        ),
        Scenario::new(
            "calendar 30 after",
            cal(),
            Unit::CalendarDays,
            30,
            Direction::After,
        ),
        Scenario::new(
            "calendar 45 after",
            cal(),
            Unit::CalendarDays,
            45,
            Direction::After,
        ),
        Scenario::new(
            "calendar 90 after",
            cal(),
            Unit::CalendarDays,
            90,
            Direction::After,
        ),
        Scenario::new(
            "calendar 5 before",
            cal(),
            Unit::CalendarDays,
            5,
            Direction::Before,
        ),
    ];
    compare(&scenarios);
}

#[test]
fn years_match_naive_anniversary() {
    let scenarios = [Scenario::new(
        "years 2 after",
        DayCalendar::default(),
        Unit::Years,
        2,
        Direction::After,
    )];
    compare(&scenarios);
}

#[test]
fn federal_business_days_match_naive_count() {
    let naive = Naive::new();
    let counts = |d: NaiveDate| naive.federal_business_day(d);
    let cal = || DayCalendar {
        holidays: federal::HOLIDAYS.iter().collect(),
        ..Default::default()
    };
    let b = Unit::BusinessDays;
    let scenarios = [
        Scenario::new("federal business 3 after", cal(), b, 3, Direction::After).counting(&counts),
        Scenario::new("federal business 5 after", cal(), b, 5, Direction::After).counting(&counts),
        Scenario::new("federal business 5 before", cal(), b, 5, Direction::Before)
            .counting(&counts),
        Scenario::new(
            "federal business 3 after, trigger day counts",
            cal(),
            b,
            3,
            Direction::After,
        )
        .counting(&counts)
        .trigger_day_counts(),
    ];
    compare(&scenarios);
}

#[test]
fn california_business_days_match_naive_count() {
    let naive = Naive::new();
    let counts = |d: NaiveDate| naive.california_business_day(d);
    let cal = || DayCalendar {
        holidays: federal::HOLIDAYS
            .iter()
            .chain(california::HOLIDAYS.iter())
            .collect(),
        ..Default::default()
    };
    let b = Unit::BusinessDays;
    let scenarios = [
        Scenario::new("CA business 3 after", cal(), b, 3, Direction::After).counting(&counts),
        Scenario::new("CA business 5 before", cal(), b, 5, Direction::Before).counting(&counts),
    ];
    compare(&scenarios);
}

#[test]
fn business_days_with_holidays_counted_match_naive_count() {
    let cal = DayCalendar {
        holidays_count: true,
        ..Default::default()
    };
    let scenarios = [Scenario::new(
        "business (holidays counted) 10 before",
        cal,
        Unit::BusinessDaysHolidaysCounted,
        10,
        Direction::Before,
    )
    .counting(&weekday_only)];
    compare(&scenarios);
}

#[test]
fn school_days_match_naive_count() {
    let breaks = winter_breaks(1998, 2042);
    let cal = || DayCalendar {
        closures: &breaks,
        ..Default::default()
    };
    let s = Unit::SchoolDays;
    let scenarios = [
        Scenario::new("school 10 after", cal(), s, 10, Direction::After)
            .counting(&naive_school_day),
        Scenario::new("school 20 after", cal(), s, 20, Direction::After)
            .counting(&naive_school_day),
    ];
    compare(&scenarios);
}

// ---------------------------------------------------------------------------------------------
// Property test: no panics, and counting back undoes counting forward
// ---------------------------------------------------------------------------------------------

static ALL_BREAKS: LazyLock<Vec<Closure>> = LazyLock::new(|| winter_breaks(1989, 2100));

fn first_rule_day() -> NaiveDate {
    ymd(1990, 1, 1)
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(256)
    })]

    #[test]
    fn counting_never_panics_and_back_undoes_forward(
        offset in 0_u32..=(ymd(2095, 12, 31) - ymd(1990, 1, 1)).num_days().unsigned_abs() as u32,
        n in 0_u32..60,
    ) {
        let trigger = first_rule_day() + chrono::Duration::days(i64::from(offset));
        let business = DayCalendar {
            holidays: federal::HOLIDAYS.iter().collect(),
            ..Default::default()
        };
        let school = DayCalendar {
            holidays: california::SCHOOL_HOLIDAYS.iter().collect(),
            closures: &ALL_BREAKS,
            ..Default::default()
        };
        let calendar = DayCalendar::default();
        let units = [
            (Unit::CalendarDays, &calendar),
            (Unit::BusinessDays, &business),
            (Unit::SchoolDays, &school),
        ];
        for (unit, cal) in units {
            // Forward: always inside 1990-2100.
            let after = count(cal, trigger, n, unit, Direction::After, false);
            prop_assert!(after.is_ok(), "{unit:?} {n} after {trigger}: {after:?}");
            let after = after.expect("checked").date;
            prop_assert!(after >= trigger);

            // Backward: only a count that would leave 1990 may fail, and only as out of range.
            let before = count(cal, trigger, n, unit, Direction::Before, false);
            match before {
                Ok(c) => prop_assert!(c.date <= trigger && c.date >= first_rule_day()),
                Err(e) => {
                    prop_assert_eq!(e, EngineError::OutOfRange);
                    prop_assert!(trigger < ymd(1990, 7, 1), "{unit:?} {n} before {trigger}");
                }
            }

            // Back from the forward result lands on or before the trigger; exactly on it when
            // the trigger is itself a counting day.
            match count(cal, after, n, unit, Direction::Before, false) {
                Ok(back) => {
                    prop_assert!(
                        back.date <= trigger,
                        "{unit:?} {n}: {trigger} -> {after} -> {}", back.date
                    );
                    let exact = match unit {
                        Unit::CalendarDays => true,
                        _ => cal.check(trigger).is_ok(),
                    };
                    if exact {
                        prop_assert_eq!(back.date, trigger, "{:?} {}: via {}", unit, n, after);
                    }
                }
                Err(e) => {
                    // Only possible when no counting day lies between 1990-01-01 and the trigger.
                    prop_assert_eq!(e, EngineError::OutOfRange);
                    prop_assert!(trigger < ymd(1990, 1, 22), "{unit:?} {n}: {trigger}");
                }
            }
        }
    }
}
