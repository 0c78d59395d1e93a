//! Holiday rules checked against published dates and against their own contracts: OPM's table
//! of observed federal holidays, the years each state holiday came into force, and the
//! observance rules (a weekend federal holiday moves at most one day, onto a weekday; a state's
//! may move it further, as Rhode Island's Saturday to Monday).

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, Weekday};
use due_process_calculator::engine::calendar::{
    DayCalendar, FIRST_YEAR, HolidayId, HolidayRule, HolidayYears, LAST_YEAR, SkipReason,
    holidays_in_year,
};
use due_process_calculator::rules::{california, federal};

/// Source: the state statutes read (research/): Alaska Stat. 44.12.010 (Seward's Day, the last
/// Monday of March; Alaska Day, October 18); Haw. Rev. Stat. 8-1 (Statehood Day, the third
/// Friday of August); N.Y. Gen. Constr. Law 24 (general election day, the Tuesday after the first
/// Monday of November); Tex. Gov't Code 662.003(b) (December 24 and 26); D.C. Code 1-612.02(c)
/// and 28-2701 (Inauguration Day); R.I. Gen. Laws 25-1-1 (state employees' Saturday or Sunday to
/// Monday); Utah Code 63G-1-301 (Juneteenth on a Monday); Tenn. Code 15-1-101 (election days).
/// Dates from a paper calendar.
#[test]
fn state_holidays_fall_on_their_legal_dates() {
    // (pack, year, holiday, every day it gives that year): the legal day, and the day it is
    // observed when the state's law moves it.
    type Case = (&'static str, i32, HolidayId, &'static [(i32, u32, u32)]);
    let cases: &[Case] = &[
        ("US-AK", 2026, HolidayId::SewardsDay, &[(2026, 3, 30)]),
        ("US-AK", 2025, HolidayId::AlaskaDay, &[(2025, 10, 18)]),
        ("US-HI", 2025, HolidayId::StatehoodDay, &[(2025, 8, 15)]),
        ("US-NY", 2026, HolidayId::ElectionDay, &[(2026, 11, 3)]),
        ("US-NY", 2022, HolidayId::ElectionDay, &[(2022, 11, 8)]),
        (
            "US-TX",
            2025,
            HolidayId::DayAfterChristmas,
            &[(2025, 12, 26)],
        ),
        // Missouri moves a Sunday holiday to Monday: Truman Day, Sunday 2022-05-08.
        (
            "US-MO",
            2022,
            HolidayId::TrumanDay,
            &[(2022, 5, 8), (2022, 5, 9)],
        ),
        // Haw. Rev. Stat. 8-1: general election day of even years only.
        ("US-HI", 2026, HolidayId::ElectionDay, &[(2026, 11, 3)]),
        ("US-HI", 2025, HolidayId::ElectionDay, &[]),
        // Ky. Rev. Stat. 2.110(1) and 2.190: presidential election day only.
        ("US-KY", 2024, HolidayId::ElectionDay, &[(2024, 11, 5)]),
        ("US-KY", 2026, HolidayId::ElectionDay, &[]),
        // N.Y. Gen. Constr. Law 24: every year.
        ("US-NY", 2025, HolidayId::ElectionDay, &[(2025, 11, 4)]),
        // N.D. Cent. Code 1-03-01, Tenn. Code 15-1-101, 1 Del. Code 501: Good Friday.
        ("US-ND", 2026, HolidayId::GoodFriday, &[(2026, 4, 3)]),
        ("US-TN", 2026, HolidayId::GoodFriday, &[(2026, 4, 3)]),
        ("US-DE", 2026, HolidayId::GoodFriday, &[(2026, 4, 3)]),
        // Haw. Rev. Stat. 8-1 and 8-2: Good Friday; Kuhio Day and Kamehameha Day, both on a
        // Sunday in 2028, are kept the Monday after too.
        ("US-HI", 2026, HolidayId::GoodFriday, &[(2026, 4, 3)]),
        (
            "US-HI",
            2028,
            HolidayId::KuhioDay,
            &[(2028, 3, 26), (2028, 3, 27)],
        ),
        (
            "US-HI",
            2028,
            HolidayId::KamehamehaDay,
            &[(2028, 6, 11), (2028, 6, 12)],
        ),
        ("US-HI", 2027, HolidayId::KuhioDay, &[(2027, 3, 26)]),
        // Conn. Gen. Stat. 1-4: Lincoln Day, Saturday 2028-02-12, is kept Friday 2028-02-11.
        (
            "US-CT",
            2028,
            HolidayId::LincolnDay,
            &[(2028, 2, 11), (2028, 2, 12)],
        ),
        // D.C. Code 1-612.02(b)(1): Emancipation Day, Sunday 2028-04-16, is kept Monday 04-17.
        (
            "US-DC",
            2028,
            HolidayId::DcEmancipationDay,
            &[(2028, 4, 16), (2028, 4, 17)],
        ),
        // Alaska Stat. 44.12.020: Alaska Day, Sunday 2026-10-18, makes Monday 10-19 one too.
        (
            "US-AK",
            2026,
            HolidayId::AlaskaDay,
            &[(2026, 10, 18), (2026, 10, 19)],
        ),
        // D.C. Code 1-612.02(c): Inauguration Day, January 20 of every fourth year from 1981.
        // Thursday 2033-01-20 is a holiday. Saturday 2029-01-20 is not moved (28-2701 keeps it
        // out of the Saturday-to-Friday rule), so Friday 2029-01-19 is not one. Sunday
        // 2013-01-20 moves to Monday 2013-01-21 (which is also Martin Luther King Jr. Day).
        ("US-DC", 2033, HolidayId::InaugurationDay, &[(2033, 1, 20)]),
        ("US-DC", 2029, HolidayId::InaugurationDay, &[(2029, 1, 20)]),
        (
            "US-DC",
            2013,
            HolidayId::InaugurationDay,
            &[(2013, 1, 20), (2013, 1, 21)],
        ),
        // R.I. Gen. Laws 25-1-1: for state employees, January 1, July 4, November 11 and
        // December 25 on a Saturday or Sunday are kept the Monday after. Saturdays: 2022-01-01
        // (Monday 01-03), 2026-07-04 (Monday 07-06), 2028-11-11 (Monday 11-13), 2027-12-25
        // (Monday 12-27; the federal day is Friday 12-24). Sunday: 2022-12-25 (Monday 12-26).
        (
            "US-RI",
            2022,
            HolidayId::NewYearsDay,
            &[(2022, 1, 1), (2022, 1, 3)],
        ),
        (
            "US-RI",
            2026,
            HolidayId::IndependenceDay,
            &[(2026, 7, 4), (2026, 7, 6)],
        ),
        (
            "US-RI",
            2028,
            HolidayId::VeteransDay,
            &[(2028, 11, 11), (2028, 11, 13)],
        ),
        (
            "US-RI",
            2027,
            HolidayId::Christmas,
            &[(2027, 12, 25), (2027, 12, 27)],
        ),
        (
            "US-RI",
            2022,
            HolidayId::Christmas,
            &[(2022, 12, 25), (2022, 12, 26)],
        ),
        // Utah Code 63G-1-301(2)(c)-(d): June 19, Wednesday 2024, is kept Monday 2024-06-17;
        // Saturday 2027-06-19 is kept Monday 2027-06-21 (the federal day is Friday 06-18); on a
        // Monday (2023-06-19) it stays.
        ("US-UT", 2024, HolidayId::Juneteenth, &[(2024, 6, 17)]),
        ("US-UT", 2027, HolidayId::Juneteenth, &[(2027, 6, 21)]),
        ("US-UT", 2023, HolidayId::Juneteenth, &[(2023, 6, 19)]),
        // Tenn. Code 15-1-101: the November general election (state and national, held
        // throughout the state): Tuesday 2026-11-03, Tuesday 2028-11-07.
        ("US-TN", 2026, HolidayId::ElectionDay, &[(2026, 11, 3)]),
        ("US-TN", 2028, HolidayId::ElectionDay, &[(2028, 11, 7)]),
    ];
    for &(code, year, id, want) in cases {
        let pack = due_process_calculator::rules::PACKS
            .iter()
            .find(|p| p.code == code)
            .unwrap_or_else(|| panic!("no pack {code}"));
        let want: Vec<NaiveDate> = want.iter().map(|&(y, m, d)| ymd(y, m, d)).collect();
        assert_eq!(
            dates_of(&refs(pack.holidays), year, id),
            want,
            "{code} {year} {id:?}"
        );
    }
}

/// Days the state holidays of the District of Columbia, Rhode Island, Utah and Tennessee take out
/// of business days (federal holidays and the state's, as the timeline counts them), including
/// the weekdays that Rhode Island's and Utah's weekend rules add. Source: the statutes named in
/// `state_holidays_fall_on_their_legal_dates`; dates from a paper calendar.
#[test]
fn state_holidays_and_their_moved_days_are_not_business_days() {
    let cases: &[(&str, (i32, u32, u32))] = &[
        // Inauguration Day, Thursday 2033-01-20.
        ("US-DC", (2033, 1, 20)),
        // Christmas on Saturday 2027-12-25: besides the federal Friday 12-24, Rhode Island's
        // Monday 12-27.
        ("US-RI", (2027, 12, 27)),
        // Juneteenth on Saturday 2027-06-19: besides the federal Friday 06-18, Utah's Monday
        // 06-21; on Wednesday 2024-06-19, Utah's Monday 06-17.
        ("US-UT", (2027, 6, 21)),
        ("US-UT", (2024, 6, 17)),
        // Tennessee's general election day, Tuesday 2026-11-03.
        ("US-TN", (2026, 11, 3)),
    ];
    for &(code, (y, m, d)) in cases {
        let pack = due_process_calculator::rules::PACKS
            .iter()
            .find(|p| p.code == code)
            .unwrap_or_else(|| panic!("no pack {code}"));
        let cal = DayCalendar {
            holidays: federal::HOLIDAYS.iter().chain(pack.holidays).collect(),
            ..DayCalendar::default()
        };
        assert!(
            matches!(cal.check(ymd(y, m, d)), Err(SkipReason::Holiday(_))),
            "{code} {y}-{m}-{d} should be a holiday"
        );
    }
}

// Source: published dates of Easter Sunday (Gregorian): 1990-04-15, 2000-04-23, 2008-03-23,
// 2011-04-24, 2019-04-21, 2024-03-31, 2025-04-20, 2026-04-05, 2038-04-25, 2100-03-28.
#[test]
fn easter_sunday_matches_published_dates() {
    use due_process_calculator::engine::calendar::easter_sunday;
    for (year, month, day) in [
        (1990, 4, 15),
        (2000, 4, 23),
        (2008, 3, 23),
        (2011, 4, 24),
        (2019, 4, 21),
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2038, 4, 25),
        (2100, 3, 28),
    ] {
        assert_eq!(easter_sunday(year), Some(ymd(year, month, day)), "{year}");
    }
    for year in FIRST_YEAR..=LAST_YEAR {
        let e = easter_sunday(year).expect("every year has an Easter");
        assert_eq!(e.weekday(), Weekday::Sun, "{year}");
        assert!(
            e >= ymd(year, 3, 22) && e <= ymd(year, 4, 25),
            "{year}: {e}"
        );
    }
}

// Source: published Jewish calendars (Yom Kippur, 10 Tishri, the daylight day): 1990-09-29,
// 2000-10-09, 2019-10-09, 2020-09-28, 2021-09-16, 2022-10-05, 2023-09-25, 2024-10-12, 2025-10-02,
// 2026-09-21, 2027-10-11, 2028-09-30. Every year it falls between September 14 and October 14,
// and never on a Sunday, Tuesday or Friday (the first of Tishri is never a Sunday, Wednesday or
// Friday).
#[test]
fn yom_kippur_matches_published_dates() {
    use due_process_calculator::engine::calendar::yom_kippur;
    for (year, month, day) in [
        (1990, 9, 29),
        (2000, 10, 9),
        (2019, 10, 9),
        (2020, 9, 28),
        (2021, 9, 16),
        (2022, 10, 5),
        (2023, 9, 25),
        (2024, 10, 12),
        (2025, 10, 2),
        (2026, 9, 21),
        (2027, 10, 11),
        (2028, 9, 30),
    ] {
        assert_eq!(yom_kippur(year), Some(ymd(year, month, day)), "{year}");
    }
    for year in FIRST_YEAR..=LAST_YEAR {
        let d = yom_kippur(year).expect("every year has a Yom Kippur");
        assert!(
            !matches!(d.weekday(), Weekday::Sun | Weekday::Tue | Weekday::Fri),
            "{year}: {d}"
        );
        assert!(
            d >= ymd(year, 9, 14) && d <= ymd(year, 10, 14),
            "{year}: {d}"
        );
    }
}

// Source: N.C. Gen. Stat. 103-4 (Official Code Release 81): Greek Independence Day, March 25;
// Anniversary of the Halifax Resolves, April 12, a Sunday in 2026, so the Monday following is a
// public holiday too; First Responders Day, September 11, from 2017 (S.L. 2017-57, s. 16B.6);
// Yom Kippur; general election day in even years. All are in North Carolina's widest reading.
#[test]
fn north_carolina_legal_holidays_fall_on_their_dates() {
    let pack = due_process_calculator::rules::PACKS
        .iter()
        .find(|p| p.code == "US-NC")
        .expect("NC pack");
    let wide = refs(pack.interpretive_holidays);
    // (year, holiday, every day it gives that year)
    type Case = (i32, HolidayId, &'static [(i32, u32, u32)]);
    let cases: &[Case] = &[
        (2026, HolidayId::GreekIndependenceDay, &[(2026, 3, 25)]),
        (
            2026,
            HolidayId::HalifaxResolvesDay,
            &[(2026, 4, 12), (2026, 4, 13)],
        ),
        (2016, HolidayId::FirstRespondersDay, &[]),
        (2017, HolidayId::FirstRespondersDay, &[(2017, 9, 11)]),
        (2026, HolidayId::YomKippur, &[(2026, 9, 21)]),
        (2026, HolidayId::ElectionDay, &[(2026, 11, 3)]),
        (2027, HolidayId::ElectionDay, &[]),
    ];
    for &(year, id, want) in cases {
        let want: Vec<NaiveDate> = want.iter().map(|&(y, m, d)| ymd(y, m, d)).collect();
        assert_eq!(dates_of(&wide, year, id), want, "{year} {id:?}");
    }
    assert!(pack.holidays.is_empty(), "only the widest reading");
}

fn iso(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid ISO test date")
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn refs(rules: &[HolidayRule]) -> Vec<&HolidayRule> {
    rules.iter().collect()
}

// Source: OPM, "Federal Holidays" (opm.gov/policy-data-oversight/pay-leave/federal-holidays), 5 U.S.C. 6103
// The days federal employees have off (the observed weekday when a holiday falls on a weekend).
const OPM_OBSERVED: [&str; 11] = [
    "2020-01-01 2020-01-20 2020-02-17 2020-05-25 2020-07-03 2020-09-07 2020-10-12 2020-11-11 2020-11-26 2020-12-25",
    "2021-01-01 2021-01-18 2021-02-15 2021-05-31 2021-06-18 2021-07-05 2021-09-06 2021-10-11 2021-11-11 2021-11-25 2021-12-24 2021-12-31",
    "2022-01-17 2022-02-21 2022-05-30 2022-06-20 2022-07-04 2022-09-05 2022-10-10 2022-11-11 2022-11-24 2022-12-26",
    "2023-01-02 2023-01-16 2023-02-20 2023-05-29 2023-06-19 2023-07-04 2023-09-04 2023-10-09 2023-11-10 2023-11-23 2023-12-25",
    "2024-01-01 2024-01-15 2024-02-19 2024-05-27 2024-06-19 2024-07-04 2024-09-02 2024-10-14 2024-11-11 2024-11-28 2024-12-25",
    "2025-01-01 2025-01-20 2025-02-17 2025-05-26 2025-06-19 2025-07-04 2025-09-01 2025-10-13 2025-11-11 2025-11-27 2025-12-25",
    "2026-01-01 2026-01-19 2026-02-16 2026-05-25 2026-06-19 2026-07-03 2026-09-07 2026-10-12 2026-11-11 2026-11-26 2026-12-25",
    "2027-01-01 2027-01-18 2027-02-15 2027-05-31 2027-06-18 2027-07-05 2027-09-06 2027-10-11 2027-11-11 2027-11-25 2027-12-24 2027-12-31",
    "2028-01-17 2028-02-21 2028-05-29 2028-06-19 2028-07-04 2028-09-04 2028-10-09 2028-11-10 2028-11-23 2028-12-25",
    "2029-01-01 2029-01-15 2029-02-19 2029-05-28 2029-06-19 2029-07-04 2029-09-03 2029-10-08 2029-11-12 2029-11-22 2029-12-25",
    "2030-01-01 2030-01-21 2030-02-18 2030-05-27 2030-06-19 2030-07-04 2030-09-02 2030-10-14 2030-11-11 2030-11-28 2030-12-25",
];

#[test]
fn federal_weekday_holidays_match_opm_2020_to_2030() {
    let rules = refs(&federal::HOLIDAYS);
    for (i, line) in OPM_OBSERVED.iter().enumerate() {
        let year = 2020 + i32::try_from(i).expect("small index");
        let expected: BTreeSet<NaiveDate> = line.split_whitespace().map(iso).collect();
        assert!(
            expected.iter().all(|d| d.year() == year),
            "OPM row {year} holds a date of another year"
        );
        let got: BTreeSet<NaiveDate> = holidays_in_year(&rules, year)
            .into_iter()
            .map(|h| h.date)
            .filter(|d| !is_weekend(*d))
            .collect();
        let missing: Vec<_> = expected.difference(&got).collect();
        let extra: Vec<_> = got.difference(&expected).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{year}: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[test]
fn every_holiday_rule_is_cited_and_dated_in_every_year_it_is_in_force() {
    let packs: [(&str, &[HolidayRule]); 4] = [
        ("federal::HOLIDAYS", &federal::HOLIDAYS),
        ("california::HOLIDAYS", &california::HOLIDAYS),
        ("california::SCHOOL_HOLIDAYS", &california::SCHOOL_HOLIDAYS),
        (
            "california::INTERPRETIVE_HOLIDAYS",
            &california::INTERPRETIVE_HOLIDAYS,
        ),
    ];
    let states = due_process_calculator::rules::PACKS
        .iter()
        .flat_map(|p| [(p.code, p.holidays), (p.code, p.interpretive_holidays)]);
    for (name, rules) in packs.into_iter().chain(states) {
        for rule in rules {
            let id = rule.id.as_str();
            assert!(
                !rule.citation.trim().is_empty(),
                "{name} {id}: empty citation"
            );
            for year in FIRST_YEAR..=LAST_YEAR {
                let actual = rule.actual_date(year);
                // Biennial election days fall in even years only; presidential ones every fourth.
                let off_year = match rule.years {
                    HolidayYears::Every => false,
                    HolidayYears::Even => year % 2 != 0,
                    HolidayYears::Presidential => year % 4 != 0,
                    HolidayYears::Inaugural => year % 4 != 1,
                };
                if off_year {
                    assert_eq!(actual, None, "{name} {id}: dated in off year {year}");
                } else if year >= rule.from_year {
                    let d = actual.unwrap_or_else(|| panic!("{name} {id}: no date in {year}"));
                    assert_eq!(d.year(), year, "{name} {id}: date {d} outside {year}");
                } else {
                    assert_eq!(actual, None, "{name} {id}: dated {year} before it existed");
                }
            }
        }
    }
}

/// The fourth Friday of September, found by walking the month.
fn fourth_friday_of_september(year: i32) -> NaiveDate {
    (1..=30)
        .map(|day| ymd(year, 9, day))
        .filter(|d| d.weekday() == Weekday::Fri)
        .nth(3)
        .expect("September has four Fridays")
}

fn dates_of(rules: &[&HolidayRule], year: i32, id: HolidayId) -> Vec<NaiveDate> {
    holidays_in_year(rules, year)
        .into_iter()
        .filter(|h| h.id == id)
        .map(|h| h.date)
        .collect()
}

#[test]
fn native_american_day_starts_in_2015_on_the_fourth_friday_of_september() {
    let rules = refs(&california::HOLIDAYS);
    assert!(dates_of(&rules, 2014, HolidayId::NativeAmericanDay).is_empty());
    let cal = DayCalendar {
        holidays: rules.clone(),
        ..Default::default()
    };
    // Friday 2014-09-26 was the fourth Friday of September 2014, before the holiday existed.
    assert_eq!(fourth_friday_of_september(2014), ymd(2014, 9, 26));
    assert_eq!(cal.check(ymd(2014, 9, 26)), Ok(()));
    for year in 2015..=LAST_YEAR {
        let friday = fourth_friday_of_september(year);
        assert_eq!(
            dates_of(&rules, year, HolidayId::NativeAmericanDay),
            vec![friday],
            "{year}"
        );
        assert!(cal.check(friday).is_err(), "{friday} should not count");
    }
    assert_eq!(fourth_friday_of_september(2015), ymd(2015, 9, 25));
}

#[test]
fn juneteenth_starts_in_2021() {
    let rules = refs(&federal::HOLIDAYS);
    assert!(dates_of(&rules, 2020, HolidayId::Juneteenth).is_empty());
    // 2021-06-19 was a Saturday, observed on Friday 2021-06-18.
    assert_eq!(
        dates_of(&rules, 2021, HolidayId::Juneteenth),
        vec![ymd(2021, 6, 18), ymd(2021, 6, 19)]
    );
    let cal = DayCalendar {
        holidays: rules,
        ..Default::default()
    };
    // Friday 2020-06-19 was an ordinary business day.
    assert_eq!(cal.check(ymd(2020, 6, 19)), Ok(()));
    assert!(cal.check(ymd(2021, 6, 18)).is_err());
    for year in 2022..=LAST_YEAR {
        assert!(
            dates_of(&refs(&federal::HOLIDAYS), year, HolidayId::Juneteenth)
                .contains(&ymd(year, 6, 19)),
            "{year}"
        );
    }
}

#[test]
fn federal_observed_days_are_weekdays_at_most_one_day_from_the_legal_date() {
    for rule in &federal::HOLIDAYS {
        let id = rule.id.as_str();
        for year in FIRST_YEAR..=LAST_YEAR {
            let Some(actual) = rule.actual_date(year) else {
                assert!(year < rule.from_year, "{id}: no date in {year}");
                continue;
            };
            let observed = rule.observed_date(year).unwrap_or(actual);
            assert!(
                !is_weekend(observed),
                "{id} {year}: observed on a weekend ({observed})"
            );
            let gap = observed.signed_duration_since(actual).num_days().abs();
            assert!(gap <= 1, "{id} {year}: observed {observed}, legal {actual}");
            let expected_gap = match actual.weekday() {
                Weekday::Sat | Weekday::Sun => 1,
                _ => 0,
            };
            assert_eq!(gap, expected_gap, "{id} {year}: {actual} -> {observed}");
        }
    }
}

/// The calendar finds every holiday that `holidays_in_year` lists (legal and observed dates),
/// for every rule of every pack in every year from 1990 to 2100: the per-year cache that spares
/// the date arithmetic never hides a holiday, and on other days it finds none.
#[test]
fn the_calendar_finds_every_holiday_of_every_pack() {
    let mut checked = 0usize;
    for pack in due_process_calculator::rules::PACKS.iter() {
        let rules = pack
            .holidays
            .iter()
            .chain(pack.interpretive_holidays)
            .chain(pack.school_holidays);
        for rule in rules {
            let one = DayCalendar {
                holidays: vec![rule],
                ..DayCalendar::default()
            };
            for year in FIRST_YEAR..=LAST_YEAR {
                let listed = holidays_in_year(&[rule], year);
                for h in &listed {
                    let found = one.holiday_on(h.date);
                    assert_eq!(
                        found.map(|f| f.id),
                        Some(rule.id),
                        "{} {:?} {}",
                        pack.code,
                        rule.id,
                        h.date
                    );
                    checked += 1;
                }
                for day in [ymd(year, 1, 15), ymd(year, 6, 15), ymd(year, 9, 9)] {
                    let expected = listed.iter().any(|h| h.date == day);
                    assert_eq!(
                        one.holiday_on(day).is_some(),
                        expected,
                        "{:?} {day}",
                        rule.id
                    );
                }
            }
        }
    }
    assert!(checked > 50_000, "checked {checked}");
}
