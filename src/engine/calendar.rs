//! Holidays computed from their legal rules, and the day calendars built from them.
//!
//! A holiday is never listed year by year: each one is a [`HolidayRule`] (a fixed date, the nth
//! weekday of a month, or the last weekday of a month) with the statute that creates it, the
//! years it is in force, and how it is observed when it falls on a weekend. A [`DayCalendar`]
//! combines rules with the case's school closures and answers one question for the counting
//! code: does this day count, and if not, why not.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::ids::contract_ids;

/// First year the calculator has holiday rules for.
pub const FIRST_YEAR: i32 = 1990;
/// Last year the calculator has holiday rules for.
pub const LAST_YEAR: i32 = 2100;

contract_ids! {
    /// Every holiday the rule packs know, federal and state, with a stable machine name (used in
    /// tests and data attributes).
    HolidayId {
        NewYearsDay => "new-years-day",
        MartinLutherKingJrDay => "mlk-day",
        WashingtonsBirthday => "washingtons-birthday",
        MemorialDay => "memorial-day",
        Juneteenth => "juneteenth",
        IndependenceDay => "independence-day",
        LaborDay => "labor-day",
        ColumbusDay => "columbus-day",
        VeteransDay => "veterans-day",
        Thanksgiving => "thanksgiving",
        Christmas => "christmas",
        LincolnDay => "lincoln-day",
        CesarChavezDay => "cesar-chavez-day",
        AdmissionDay => "admission-day",
        NativeAmericanDay => "native-american-day",
        DayAfterThanksgiving => "day-after-thanksgiving",
        SewardsDay => "sewards-day",
        AlaskaDay => "alaska-day",
        KuhioDay => "kuhio-day",
        KamehamehaDay => "kamehameha-day",
        StatehoodDay => "statehood-day",
        TrumanDay => "truman-day",
        ArborDay => "arbor-day",
        ConfederateHeroesDay => "confederate-heroes-day",
        TexasIndependenceDay => "texas-independence-day",
        SanJacintoDay => "san-jacinto-day",
        LbjDay => "lbj-day",
        ChristmasEve => "christmas-eve",
        DayAfterChristmas => "day-after-christmas",
        TownMeetingDay => "town-meeting-day",
        BenningtonBattleDay => "bennington-battle-day",
        ElectionDay => "election-day",
        ConfederateMemorialDay => "confederate-memorial-day",
        CabriniDay => "cabrini-day",
        DcEmancipationDay => "dc-emancipation-day",
        GoodFriday => "good-friday",
        MardiGras => "mardi-gras",
        BattleOfNewOrleans => "battle-of-new-orleans",
        HueyLongDay => "huey-long-day",
        AllSaintsDay => "all-saints-day",
        JeffersonDavisBirthday => "jefferson-davis-birthday",
        PatriotsDay => "patriots-day",
        EvacuationDay => "evacuation-day",
        BunkerHillDay => "bunker-hill-day",
        NevadaDay => "nevada-day",
        RhodeIslandIndependenceDay => "rhode-island-independence-day",
        VictoryDay => "victory-day",
        ConstitutionCommemorationDay => "constitution-commemoration-day",
        RobertELeeDay => "robert-e-lee-day",
        FranklinRooseveltDay => "franklin-roosevelt-day",
        PioneerDay => "pioneer-day",
        WestVirginiaDay => "west-virginia-day",
        InaugurationDay => "inauguration-day",
        GreekIndependenceDay => "greek-independence-day",
        HalifaxResolvesDay => "halifax-resolves-day",
        MecklenburgDeclarationDay => "mecklenburg-declaration-day",
        FirstRespondersDay => "first-responders-day",
        YomKippur => "yom-kippur",
        FlagDay => "flag-day",
    }
}

/// How a holiday's date is fixed each year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateRule {
    /// The same month and day every year.
    Fixed { month: u32, day: u32 },
    /// The `n`th `weekday` of `month` (n = 1 to 4).
    NthWeekday { month: u32, weekday: Weekday, n: u8 },
    /// The last `weekday` of `month`.
    LastWeekday { month: u32, weekday: Weekday },
    /// The day after the `n`th `weekday` of `month` (the Friday after Thanksgiving).
    DayAfterNthWeekday { month: u32, weekday: Weekday, n: u8 },
    /// The Monday of the week (Monday to Sunday) that contains `month`/`day`.
    MondayOfWeekOf { month: u32, day: u32 },
    /// The Monday of the week (Saturday to Friday) that contains `month`/`day`: the day itself
    /// on a Monday, the Monday before on Tuesday to Friday, the Monday after on a weekend (Utah's
    /// Juneteenth, Utah Code 63G-1-301).
    MondayOfSaturdayWeek { month: u32, day: u32 },
    /// `days` after Easter Sunday (Western, Gregorian): Good Friday is -2, Mardi Gras -47.
    FromEaster { days: i16 },
    /// Yom Kippur: the tenth day of Tishri in the Hebrew calendar, the daylight day that follows
    /// the evening it begins (N.C. Gen. Stat. 103-4(a)(11a) names the day, not the evening).
    YomKippur,
}

/// The years a holiday is kept in (from its first year on).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HolidayYears {
    Every,
    /// Even years: a general election day where general elections are biennial.
    Even,
    /// Years divisible by 4: a presidential election day.
    Presidential,
    /// The years after a presidential election (1981, 1985, ...): Inauguration Day.
    Inaugural,
}

impl HolidayYears {
    pub const fn includes(self, year: i32) -> bool {
        match self {
            HolidayYears::Every => true,
            HolidayYears::Even => year % 2 == 0,
            HolidayYears::Presidential => year % 4 == 0,
            HolidayYears::Inaugural => year.rem_euclid(4) == 1,
        }
    }
}

/// What happens when a holiday falls on a weekend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Observance {
    /// Nothing moves (the date rule already gives a weekday, or the law moves nothing).
    None,
    /// Saturday is observed the Friday before, Sunday the Monday after (5 U.S.C. 6103(b);
    /// Exec. Order 11582 for Sunday).
    FridayOrMonday,
    /// Only Sunday moves, to the Monday after (Cal. Gov. Code 6701).
    MondayIfSunday,
    /// Saturday and Sunday both move to the Monday after (R.I. Gen. Laws 25-1-1, for state
    /// employees).
    MondayIfWeekend,
}

/// One holiday as the law defines it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HolidayRule {
    pub id: HolidayId,
    pub date: DateRule,
    pub observance: Observance,
    /// First year the holiday is in force.
    pub from_year: i32,
    /// The years, from `from_year` on, it is kept in.
    pub years: HolidayYears,
    /// The statute (and, where it differs, the source of the observance rule).
    pub citation: &'static str,
}

/// One holiday on one day: the actual date, or the weekday it is observed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HolidayDate {
    pub id: HolidayId,
    pub date: NaiveDate,
    /// True when `date` is the observed weekday rather than the legal date.
    pub observed: bool,
    pub citation: &'static str,
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm, also
/// known as Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Days from the Hebrew calendar's epoch to the first day of Tishri of Hebrew year `year`,
/// before the two postponements that depend on the length of the neighbouring years: the
/// months elapsed since the epoch (7 leap months in every 19 years), the conjunction (molad) in
/// parts of an hour (1080 parts an hour), and the postponement that keeps the first of Tishri off
/// a Sunday, Wednesday or Friday. This is the arithmetic of the fixed Hebrew calendar as
/// Maimonides sets it out and as Reingold and Dershowitz, *Calendrical Calculations*, write it.
fn hebrew_elapsed_days(year: i64) -> i64 {
    let months = (235 * year - 234).div_euclid(19);
    let parts = 12084 + 13753 * months;
    let day = 29 * months + parts.div_euclid(25920);
    if (3 * (day + 1)).rem_euclid(7) < 3 {
        day + 1
    } else {
        day
    }
}

/// The first day of Tishri (Rosh Hashanah) of Hebrew year `year`, as a day number from the
/// proleptic Gregorian 0001-01-01 (day 1): the remaining postponements keep every year between
/// 353 and 385 days long.
fn hebrew_new_year(year: i64) -> i64 {
    let before = hebrew_elapsed_days(year - 1);
    let this = hebrew_elapsed_days(year);
    let next = hebrew_elapsed_days(year + 1);
    let correction = if next - this == 356 {
        2
    } else if this - before == 382 {
        1
    } else {
        0
    };
    // The epoch, 1 Tishri of year 1, is day -1373427 (7 October 3761 BCE, Julian).
    -1_373_427 + this + correction
}

/// Yom Kippur in Gregorian `year`: the tenth of Tishri of the Hebrew year that begins in the
/// autumn of `year` (Hebrew year = Gregorian year + 3761).
pub fn yom_kippur(year: i32) -> Option<NaiveDate> {
    let day = hebrew_new_year(i64::from(year) + 3761) + 9;
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(day).ok()?)
}

impl HolidayRule {
    /// A holiday kept every year from `from_year` on (see [`HolidayRule::years`] for others).
    pub const fn new(
        id: HolidayId,
        date: DateRule,
        observance: Observance,
        from_year: i32,
        citation: &'static str,
    ) -> Self {
        HolidayRule {
            id,
            date,
            observance,
            from_year,
            years: HolidayYears::Every,
            citation,
        }
    }

    /// The legal date of this holiday in `year`, or `None` before the holiday existed or in a
    /// year it is not kept in.
    pub fn actual_date(&self, year: i32) -> Option<NaiveDate> {
        if year < self.from_year || !self.years.includes(year) {
            return None;
        }
        match self.date {
            DateRule::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month, day),
            DateRule::NthWeekday { month, weekday, n } => {
                NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
            }
            DateRule::LastWeekday { month, weekday } => last_weekday_of_month(year, month, weekday),
            DateRule::DayAfterNthWeekday { month, weekday, n } => {
                NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)?.succ_opt()
            }
            DateRule::MondayOfWeekOf { month, day } => {
                let d = NaiveDate::from_ymd_opt(year, month, day)?;
                d.checked_sub_signed(Duration::days(i64::from(
                    d.weekday().num_days_from_monday(),
                )))
            }
            DateRule::MondayOfSaturdayWeek { month, day } => {
                let d = NaiveDate::from_ymd_opt(year, month, day)?;
                let from_monday = i64::from(d.weekday().num_days_from_monday());
                // Monday to Friday go back to their Monday; Saturday and Sunday go forward.
                let shift = if from_monday <= 4 {
                    -from_monday
                } else {
                    7 - from_monday
                };
                d.checked_add_signed(Duration::days(shift))
            }
            DateRule::FromEaster { days } => {
                easter_sunday(year)?.checked_add_signed(Duration::days(i64::from(days)))
            }
            DateRule::YomKippur => yom_kippur(year),
        }
    }

    /// The weekday this holiday is observed on in `year`, when it differs from the legal date.
    pub fn observed_date(&self, year: i32) -> Option<NaiveDate> {
        self.observed_from(self.actual_date(year)?)
    }

    /// The observed weekday for a legal date `actual`, when it differs.
    fn observed_from(&self, actual: NaiveDate) -> Option<NaiveDate> {
        match (self.observance, actual.weekday()) {
            (Observance::FridayOrMonday, Weekday::Sat) => actual.pred_opt(),
            (
                Observance::FridayOrMonday
                | Observance::MondayIfSunday
                | Observance::MondayIfWeekend,
                Weekday::Sun,
            ) => actual.succ_opt(),
            (Observance::MondayIfWeekend, Weekday::Sat) => {
                actual.checked_add_signed(Duration::days(2))
            }
            _ => None,
        }
    }

    /// The years whose holiday of this rule can fall in `year`: an observed day is at most two
    /// days from the legal one (Saturday to Monday), and a Monday-of-the-week date at most four
    /// days from its month and day, so only a January holiday can be kept the December before
    /// (New Year's Day on a Saturday) and only a December one the January after.
    fn years_reaching(&self, year: i32) -> impl Iterator<Item = i32> {
        let month = match self.date {
            DateRule::Fixed { month, .. }
            | DateRule::NthWeekday { month, .. }
            | DateRule::LastWeekday { month, .. }
            | DateRule::DayAfterNthWeekday { month, .. }
            | DateRule::MondayOfWeekOf { month, .. }
            | DateRule::MondayOfSaturdayWeek { month, .. } => month,
            DateRule::FromEaster { .. } => 4,
            // Between September 14 and October 14.
            DateRule::YomKippur => 9,
        };
        let before = (month == 12).then_some(year - 1);
        let after = (month == 1).then_some(year + 1);
        before.into_iter().chain([year]).chain(after)
    }

    fn dated(&self, date: NaiveDate, observed: bool) -> HolidayDate {
        HolidayDate {
            id: self.id,
            date,
            observed,
            citation: self.citation,
        }
    }
}

fn last_weekday_of_month(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    let first_of_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let last = first_of_next.pred_opt()?;
    let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    last.checked_sub_signed(Duration::days(i64::from(back)))
}

/// Every holiday of `rules` in `year` (legal dates and observed weekdays), sorted by date.
pub fn holidays_in_year(rules: &[&HolidayRule], year: i32) -> Vec<HolidayDate> {
    let mut out = Vec::new();
    for rule in rules {
        for y in rule.years_reaching(year) {
            let Some(actual) = rule.actual_date(y) else {
                continue;
            };
            out.push(rule.dated(actual, false));
            if let Some(d) = rule.observed_from(actual) {
                out.push(rule.dated(d, true));
            }
        }
    }
    out.retain(|h| h.date.year() == year);
    crate::sort::sort_by_key(&mut out, |h| h.date);
    out
}

/// Why a day does not count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SkipReason {
    Weekend,
    Holiday(HolidayDate),
    SchoolClosure,
}

/// An inclusive range of dates when school is not in session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Closure {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Which days count when counting business or school days.
#[derive(Clone, Debug, Default)]
pub struct DayCalendar<'a> {
    /// Holidays that do not count.
    pub holidays: Vec<&'a HolidayRule>,
    /// Closed ranges that do not count (school calendars only).
    pub closures: &'a [Closure],
    /// When true, weekday holidays count (34 CFR 300.148(d)(1)(ii)): only weekends are skipped.
    pub holidays_count: bool,
    /// The holidays of each year asked about so far (computed once per year, not once per day).
    pub years: YearCache,
    /// Set when `holidays` is a fixed list known by this name: its years are then shared.
    pub shared: Option<SharedName>,
}

/// The holiday dates of the years a calendar has been asked about, filled on first use.
#[derive(Clone, Debug, Default)]
pub struct YearCache(RefCell<Vec<(i32, Rc<[HolidayDate]>)>>);

/// Names a calendar whose holidays are fixed data (a pack's business days, say), so that the
/// years computed for it are kept for every later calendar of the same name: a page recomputing
/// its timeline on each key, or the benchmark's thousands of cases, work out each year once.
pub type SharedName = (&'static str, &'static str);

/// The holidays of one named calendar in one year.
type SharedYears = HashMap<(SharedName, i32), Rc<[HolidayDate]>>;

thread_local! {
    static SHARED_YEARS: RefCell<SharedYears> = RefCell::new(HashMap::new());
}

impl DayCalendar<'_> {
    /// `Ok(())` when `date` counts, or the reason it does not.
    pub fn check(&self, date: NaiveDate) -> Result<(), SkipReason> {
        if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            return Err(SkipReason::Weekend);
        }
        if self.closures.iter().any(|c| c.from <= date && date <= c.to) {
            return Err(SkipReason::SchoolClosure);
        }
        if !self.holidays_count
            && let Some(h) = self.holiday_on(date)
        {
            return Err(SkipReason::Holiday(h));
        }
        Ok(())
    }

    /// The first holiday of this calendar on `date` (in the order of its rules), whatever the
    /// weekday.
    pub fn holiday_on(&self, date: NaiveDate) -> Option<HolidayDate> {
        if self.holidays.is_empty() {
            return None;
        }
        let year = date.year();
        let mut years = self.years.0.borrow_mut();
        let index = match years.iter().position(|(y, _)| *y == year) {
            Some(i) => i,
            None => {
                let compute = || Rc::from(holidays_in_year(&self.holidays, year));
                let list = match self.shared {
                    Some(name) => SHARED_YEARS.with(|shared| {
                        Rc::clone(
                            shared
                                .borrow_mut()
                                .entry((name, year))
                                .or_insert_with(compute),
                        )
                    }),
                    None => compute(),
                };
                years.push((year, list));
                years.len() - 1
            }
        };
        // Sorted by date, and stable: the first entry on a date is the first rule's.
        let list = &years[index].1;
        let first = list.partition_point(|h| h.date < date);
        list.get(first).filter(|h| h.date == date).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    fn rule(date: DateRule, observance: Observance) -> HolidayRule {
        HolidayRule::new(HolidayId::Christmas, date, observance, 1990, "test")
    }

    fn dates(rule: &HolidayRule, year: i32) -> Vec<NaiveDate> {
        holidays_in_year(&[rule], year)
            .into_iter()
            .map(|h| h.date)
            .collect()
    }

    // Dates from a paper calendar: 2027-12-25 is a Saturday, 2022-12-25 a Sunday, 2026-12-25 a
    // Friday; 2022-01-01 a Saturday, 2021-01-01 a Friday.
    #[test]
    fn monday_if_weekend_moves_saturday_and_sunday_to_the_monday_after() {
        let christmas = rule(
            DateRule::Fixed { month: 12, day: 25 },
            Observance::MondayIfWeekend,
        );
        assert_eq!(christmas.observed_date(2027), Some(ymd(2027, 12, 27)));
        assert_eq!(christmas.observed_date(2022), Some(ymd(2022, 12, 26)));
        assert_eq!(christmas.observed_date(2026), None);
        assert_eq!(
            dates(&christmas, 2027),
            vec![ymd(2027, 12, 25), ymd(2027, 12, 27)]
        );
        // New Year's Day on a Saturday stays in its own year (Monday 2022-01-03), unlike the
        // federal Friday before (2021-12-31).
        let new_year = rule(
            DateRule::Fixed { month: 1, day: 1 },
            Observance::MondayIfWeekend,
        );
        assert_eq!(
            dates(&new_year, 2022),
            vec![ymd(2022, 1, 1), ymd(2022, 1, 3)]
        );
        assert_eq!(dates(&new_year, 2021), vec![ymd(2021, 1, 1)]);
    }

    // June 19: Monday in 2023, Wednesday in 2024, Friday in 2026, Saturday in 2027, Sunday in
    // 2022. The Mondays: 2023-06-19, 2024-06-17, 2026-06-15, 2027-06-21, 2022-06-20.
    #[test]
    fn monday_of_saturday_week_goes_back_on_weekdays_and_forward_on_weekends() {
        let juneteenth = rule(
            DateRule::MondayOfSaturdayWeek { month: 6, day: 19 },
            Observance::None,
        );
        for (year, monday) in [
            (2023, ymd(2023, 6, 19)),
            (2024, ymd(2024, 6, 17)),
            (2026, ymd(2026, 6, 15)),
            (2027, ymd(2027, 6, 21)),
            (2022, ymd(2022, 6, 20)),
        ] {
            assert_eq!(juneteenth.actual_date(year), Some(monday), "{year}");
            assert_eq!(monday.weekday(), Weekday::Mon, "{year}");
        }
    }

    #[test]
    fn inaugural_years_follow_presidential_ones() {
        for (year, kept) in [
            (1981, true),
            (2029, true),
            (2033, true),
            (2028, false),
            (2030, false),
            (2031, false),
        ] {
            assert_eq!(HolidayYears::Inaugural.includes(year), kept, "{year}");
        }
    }
}
