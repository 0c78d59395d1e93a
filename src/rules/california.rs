//! The California pack: Education Code 56500 et seq. as it changes the federal rules, the state
//! holidays of Government Code 6700/6701 for business days, and the school holidays of
//! Education Code 37220 for the assumed school calendar.
//!
//! Checked 2026-11-25; the Education Code re-read 2026-12-06 (research/round6-states/CA.md) in the
//! Legislature's own bulk release of the codes (current to 2026-09-26), as copied in the public
//! repository `johnakelly-yahoo-com/california-codes`. Education Code 56505(k) (an appeal "within
//! 90 days of receipt of the hearing decision", to a state or federal court) and 56505(l) (two
//! years from when the party knew or had reason to know) are `Verified`: the court date counts
//! from the day the decision is received, and, while that day is not entered, from the decision
//! date (contract section 4). 56505(h) makes the hearing the final administrative step (no state
//! review); Article 5.6 (56170-56177) sets no period to claim reimbursement.

use chrono::Weekday;

use super::{Field, NoStateRule, Office, Owner, Pack, Rule, Trigger, Variant, Verification};
use crate::engine::calendar::{DateRule, HolidayId, HolidayRule, Observance};
use crate::engine::count::{Direction, Unit};
use crate::engine::ids::{DeadlineId as D, EventId as E};

const GOV_6700: &str = "Cal. Gov. Code 6700, 6701";
const EDUC_37220: &str = "Cal. Educ. Code 37220";
/// The copy of the Education Code that was read: the Legislature's bulk release (official text:
/// leginfo.legislature.ca.gov, Education Code 56505).
const EDUC_CODE: &str = "https://github.com/johnakelly-yahoo-com/california-codes/blob/2df9ca4d3087b2bc082cd55c2e3031de0a313366/codes/CA%20Code%20-%20Education%20Code.txt";

/// California rules that differ from the federal ones (the filing limit is the federal length and
/// count, two years from when the party "knew or had reason to know", read in Ed. Code 56505(l)).
pub static RULES: [Rule; 2] = [
    Rule {
        id: D::FilingLimit,
        variant: Variant::Standard,
        owner: Owner::Family,
        trigger: Trigger::Event(E::KnewOfProblem),
        period: 2,
        unit: Unit::Years,
        direction: Direction::After,
        citation: "Cal. Educ. Code 56505(l)",
        source_url: EDUC_CODE,
        status: Verification::Verified,
    },
    Rule {
        id: D::CivilAction,
        variant: Variant::Standard,
        owner: Owner::Family,
        trigger: Trigger::Event(E::DecisionReceived),
        period: 90,
        unit: Unit::CalendarDays,
        direction: Direction::After,
        citation: "Cal. Educ. Code 56505(k) (within 90 days of receipt of the hearing decision, \
                   state or federal court)",
        source_url: EDUC_CODE,
        status: Verification::Verified,
    },
];

const fn ca(
    id: HolidayId,
    date: DateRule,
    observance: Observance,
    from_year: i32,
    citation: &'static str,
) -> HolidayRule {
    HolidayRule::new(id, date, observance, from_year, citation)
}

/// State holidays of Gov. Code 6700 that are not also federal holidays. Sunday dates move to the
/// Monday after (Gov. Code 6701). Native American Day was added by Stats. 2014, ch. 537 (in
/// force 2015). Lunar New Year and April 24 (added in 2022) are not counted: the first follows
/// the lunar calendar, and the statute text with their observance rules was not confirmed; nor is
/// Diwali (added to Gov. Code 6700 by Stats. 2025, ch. 358, as Code Civ. Proc. 135 shows), also
/// lunar. The earliest dates never depend on them because they count federal holidays only.
pub static HOLIDAYS: [HolidayRule; 4] = [
    ca(
        HolidayId::LincolnDay,
        DateRule::Fixed { month: 2, day: 12 },
        Observance::MondayIfSunday,
        1900,
        GOV_6700,
    ),
    ca(
        HolidayId::CesarChavezDay,
        DateRule::Fixed { month: 3, day: 31 },
        Observance::MondayIfSunday,
        2001,
        GOV_6700,
    ),
    ca(
        HolidayId::AdmissionDay,
        DateRule::Fixed { month: 9, day: 9 },
        Observance::MondayIfSunday,
        1900,
        GOV_6700,
    ),
    ca(
        HolidayId::NativeAmericanDay,
        DateRule::NthWeekday {
            month: 9,
            weekday: Weekday::Fri,
            n: 4,
        },
        Observance::None,
        2015,
        GOV_6700,
    ),
];

/// The day after Thanksgiving: a court and state-employee holiday, not in Gov. Code 6700.
pub static INTERPRETIVE_HOLIDAYS: [HolidayRule; 1] = [ca(
    HolidayId::DayAfterThanksgiving,
    DateRule::DayAfterNthWeekday {
        month: 11,
        weekday: Weekday::Thu,
        n: 4,
    },
    Observance::None,
    1990,
    "Cal. Code Civ. Proc. 135 (court holiday); not in Gov. Code 6700",
)];

/// School holidays of Educ. Code 37220(a). Lincoln Day is "the Monday or Friday of the week in
/// which February 12 occurs"; the assumed calendar takes the Monday. A Saturday holiday closes
/// schools the Friday before (37220(c)); a Sunday one is assumed to close them the Monday after.
pub static SCHOOL_HOLIDAYS: [HolidayRule; 10] = [
    ca(
        HolidayId::NewYearsDay,
        DateRule::Fixed { month: 1, day: 1 },
        Observance::FridayOrMonday,
        1900,
        EDUC_37220,
    ),
    ca(
        HolidayId::MartinLutherKingJrDay,
        DateRule::NthWeekday {
            month: 1,
            weekday: Weekday::Mon,
            n: 3,
        },
        Observance::None,
        1986,
        EDUC_37220,
    ),
    ca(
        HolidayId::LincolnDay,
        DateRule::MondayOfWeekOf { month: 2, day: 12 },
        Observance::None,
        1900,
        EDUC_37220,
    ),
    ca(
        HolidayId::WashingtonsBirthday,
        DateRule::NthWeekday {
            month: 2,
            weekday: Weekday::Mon,
            n: 3,
        },
        Observance::None,
        1971,
        EDUC_37220,
    ),
    ca(
        HolidayId::MemorialDay,
        DateRule::LastWeekday {
            month: 5,
            weekday: Weekday::Mon,
        },
        Observance::None,
        1971,
        EDUC_37220,
    ),
    ca(
        HolidayId::IndependenceDay,
        DateRule::Fixed { month: 7, day: 4 },
        Observance::FridayOrMonday,
        1900,
        EDUC_37220,
    ),
    ca(
        HolidayId::LaborDay,
        DateRule::NthWeekday {
            month: 9,
            weekday: Weekday::Mon,
            n: 1,
        },
        Observance::None,
        1900,
        EDUC_37220,
    ),
    ca(
        HolidayId::VeteransDay,
        DateRule::Fixed { month: 11, day: 11 },
        Observance::FridayOrMonday,
        1900,
        EDUC_37220,
    ),
    ca(
        HolidayId::Thanksgiving,
        DateRule::NthWeekday {
            month: 11,
            weekday: Weekday::Thu,
            n: 4,
        },
        Observance::None,
        1900,
        EDUC_37220,
    ),
    ca(
        HolidayId::Christmas,
        DateRule::Fixed { month: 12, day: 25 },
        Observance::FridayOrMonday,
        1900,
        EDUC_37220,
    ),
];

pub static PACK: Pack = Pack {
    code: "US-CA",
    overrides: &RULES,
    holidays: &HOLIDAYS,
    interpretive_holidays: &INTERPRETIVE_HOLIDAYS,
    school_holidays: &SCHOOL_HOLIDAYS,
    holiday_citation: GOV_6700,
    school_holiday_citation: EDUC_37220,
    checked: "2026-12-06",
    complete: true,
    two_tier: false,
    holidays_status: Some(Verification::Verified),
    hearings: Some(Office {
        name: "Office of Administrative Hearings (OAH), Special Education Division",
        citation: "Cal. Educ. Code 56502(a), 56504.5(a) (hearings under the department's \
                   interagency agreement), with the office's name as its own pages state it",
        url: None,
    }),
    mediation: Some(Office {
        name: "Office of Administrative Hearings (OAH), Special Education Division",
        citation: "Cal. Educ. Code 56500.3",
        url: None,
    }),
    no_state_rule: &[
        NoStateRule {
            field: Field::StateReview,
            citation: "Cal. Educ. Code 56505(h) (the hearing \"shall be the final administrative \
                       determination and binding on all parties\")",
            url: EDUC_CODE,
            checked: "2026-12-06",
            status: Verification::Verified,
        },
        NoStateRule {
            field: Field::StateCourt,
            citation: "Cal. Educ. Code 56505(k) (one 90-day period for a state court of competent \
                       jurisdiction and a federal district court)",
            url: EDUC_CODE,
            checked: "2026-12-06",
            status: Verification::Verified,
        },
        NoStateRule {
            field: Field::Reimbursement,
            citation: "Cal. Educ. Code 56170-56177 (read whole: reimbursement may be ordered, reduced \
                       or denied as 34 CFR 300.148 provides; no period to claim it)",
            url: EDUC_CODE,
            checked: "2026-12-06",
            status: Verification::Verified,
        },
    ],
};
