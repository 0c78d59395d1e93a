//! State packs beyond California: the state rules confirmed so far, one [`Pack`] for each of the
//! 50 states, the District of Columbia and Puerto Rico.
//!
//! These packs are not complete (`complete: false`): each carries the filing limits, court and
//! review deadlines, reimbursement limits, holidays and offices checked on 2026-11-25 (the
//! state-by-state memo of `shared/legal`, re-checked rule by rule) and, for the 20 most populous
//! states, re-checked on 2026-12-06 (issue 23). `research/` keeps each check with a short quote of
//! the text it read. Each link is the copy of the text that was read; where that is an unofficial
//! copy, the citation names the official text. A pack whose holiday statute has been read counts
//! its state holidays for business days (`holidays_status`); the others count federal holidays
//! only. School days assume federal holidays everywhere. Only a `Verified` rule sets a primary
//! date; the others feed the earliest date. A rule is `Verified` only when its own text was read:
//! a rule known from an agency's page, notice or guide, or from a court's account of it, is
//! `Secondary` (tests/packs.rs checks the citations' words).
//!
//! Where a field was checked and the state sets no rule of its own, the pack records the check
//! ([`NoStateRule`]: the provision read, its link and date); the page lists it among the sources,
//! and its warning names only the fields not checked yet.
//!
//! Two-tier states (Kansas, Kentucky, Nevada, New York, Ohio, South Carolina) have a
//! state-review deadline, and their court deadline runs from the review decision. Nevada's review
//! rule is known from its 2015 text and a 2023 case, so it is interpretive. New York asks for a
//! notice of intention to seek review 25 days after the decision (8 NYCRR 279.2(b), known from the
//! Office of State Review's guide: secondary); no other two-tier state's texts read show such a
//! step.
//!
//! Not encoded yet: Alabama's notice of intent to file a civil action (its days were not found);
//! Oklahoma's extra Christmas day; Rhode Island's own civil-action rule (its regulation modifies
//! 34 CFR 300.516, but the text was not read; the pack holds the administrative procedure act's
//! 30 days as a reading); Illinois's Casimir Pulaski Day, Maryland Day and
//! Defenders' Day, and New Jersey's third-Friday Juneteenth (no date rule for them yet).

use chrono::Weekday;

use super::{
    Field, NoStateRule, Office, Owner, Pack, Rule, Trigger, Variant, Verification, federal,
};
use crate::engine::calendar::{DateRule, HolidayId, HolidayRule, HolidayYears, Observance};
use crate::engine::count::{Direction, Unit};
use crate::engine::ids::{DeadlineId as D, EventId as E};

use Verification::{Interpretive, Secondary, Unverified, Verified};

/// A family's deadline of a state, counted forward from an event.
#[allow(clippy::too_many_arguments)]
const fn state_rule(
    id: D,
    variant: Variant,
    period: u32,
    unit: Unit,
    trigger: E,
    citation: &'static str,
    source_url: &'static str,
    status: Verification,
) -> Rule {
    federal::rule(
        id,
        variant,
        Owner::Family,
        Trigger::Event(trigger),
        period,
        unit,
        Direction::After,
        citation,
        source_url,
        status,
    )
}

/// A state statute's hearing decision deadline, in calendar days from the filing of the request,
/// where the state's own regulation follows the federal timeline (45 days after the resolution
/// period): shown beside the federal date as a second reading, and the earlier of the two.
const fn decision_from_filing(days: u32, citation: &'static str, source_url: &'static str) -> Rule {
    federal::rule(
        D::HearingDecision,
        Variant::Standard,
        Owner::HearingOfficer,
        Trigger::Event(E::ComplaintFiled),
        days,
        Unit::CalendarDays,
        Direction::After,
        citation,
        source_url,
        Interpretive,
    )
}

/// The filing limit, in years from `trigger`.
const fn filing(
    y: u32,
    trigger: E,
    cite: &'static str,
    url: &'static str,
    s: Verification,
) -> Rule {
    state_rule(
        D::FilingLimit,
        Variant::Standard,
        y,
        Unit::Years,
        trigger,
        cite,
        url,
        s,
    )
}

/// The time to bring a civil action, in calendar days from `trigger`. Where state and federal
/// courts differ, this is the shorter of the two (contract section 4).
const fn court(
    days: u32,
    trigger: E,
    cite: &'static str,
    url: &'static str,
    s: Verification,
) -> Rule {
    state_rule(
        D::CivilAction,
        Variant::Standard,
        days,
        Unit::CalendarDays,
        trigger,
        cite,
        url,
        s,
    )
}

/// A state's court rule that may bind an action in federal court too (IDEA defers to a state's
/// explicit limit, 20 U.S.C. 1415(i)(2)(B)), copied onto the federal-court line: shown there
/// beside federal law's 90 days, as it is on the court line.
const fn also_in_federal_court(rule: Rule) -> Rule {
    Rule {
        id: D::CivilActionFederalCourt,
        ..rule
    }
}

/// In a two-tier state, the time to bring a civil action after the state review decision.
const fn court_after_review(
    days: u32,
    trigger: E,
    cite: &'static str,
    url: &'static str,
    s: Verification,
) -> Rule {
    let unit = Unit::CalendarDays;
    state_rule(
        D::CivilAction,
        Variant::AfterReview,
        days,
        unit,
        trigger,
        cite,
        url,
        s,
    )
}

/// The time to file in the state's own courts, where it differs from the federal 90 days.
const fn state_court(
    period: u32,
    unit: Unit,
    trigger: E,
    cite: &'static str,
    url: &'static str,
    s: Verification,
) -> Rule {
    let id = D::CivilActionStateCourt;
    state_rule(id, Variant::Standard, period, unit, trigger, cite, url, s)
}

/// The time to claim reimbursement of a private placement, in calendar days from its first day.
const fn reimbursement(days: u32, cite: &'static str, url: &'static str, s: Verification) -> Rule {
    let (id, unit, trigger) = (
        D::ReimbursementClaimLimit,
        Unit::CalendarDays,
        E::PrivatePlacementStarted,
    );
    state_rule(id, Variant::Standard, days, unit, trigger, cite, url, s)
}

/// In a two-tier state, the time to ask for the state review of a hearing decision.
const fn review(
    days: u32,
    trigger: E,
    cite: &'static str,
    url: &'static str,
    s: Verification,
) -> Rule {
    let unit = Unit::CalendarDays;
    state_rule(
        D::StateReviewRequest,
        Variant::Standard,
        days,
        unit,
        trigger,
        cite,
        url,
        s,
    )
}

/// In a two-tier state whose rules ask for one, the time to serve a notice of intention to seek
/// the state review, in calendar days from `trigger`.
const fn review_notice(
    days: u32,
    trigger: E,
    cite: &'static str,
    url: &'static str,
    s: Verification,
) -> Rule {
    let unit = Unit::CalendarDays;
    state_rule(
        D::StateReviewNotice,
        Variant::Standard,
        days,
        unit,
        trigger,
        cite,
        url,
        s,
    )
}

/// The day the checks of issue 23 were made (research/round6-states/).
const CHECKED_2026_12_06: &str = "2026-12-06";

/// The day of the round 17 checks (research/round6-states/, "Round 17").
const CHECKED_2026_12_07: &str = "2026-12-07";

/// A check, made on 2026-12-06, that the state sets no rule of its own for `field`: `citation`
/// names the provision read and what it shows, `url` the copy read.
const fn none(
    field: Field,
    citation: &'static str,
    url: &'static str,
    status: Verification,
) -> NoStateRule {
    NoStateRule {
        field,
        citation,
        url,
        checked: CHECKED_2026_12_06,
        status,
    }
}

/// A state pack with rules only: federal holidays for business and school days.
const fn pack(code: &'static str, overrides: &'static [Rule]) -> Pack {
    Pack {
        code,
        overrides,
        holidays: &[],
        interpretive_holidays: &[],
        school_holidays: &federal::HOLIDAYS,
        holiday_citation: federal::HOLIDAYS_5_USC_6103,
        school_holiday_citation: "34 CFR 300.11(c); assumed calendar: federal holidays",
        checked: "2026-11-25",
        complete: false,
        two_tier: false,
        holidays_status: None,
        hearings: None,
        mediation: None,
        no_state_rule: &[],
    }
}

/// A pack whose state holidays have been read: `holidays` adds to the federal ones for business
/// days (`interpretive` only in the widest reading), under `citation`.
const fn with_holidays(
    pack: Pack,
    holidays: &'static [HolidayRule],
    interpretive: &'static [HolidayRule],
    citation: &'static str,
) -> Pack {
    Pack {
        holidays,
        interpretive_holidays: interpretive,
        holiday_citation: citation,
        holidays_status: Some(Verified),
        ..pack
    }
}

/// One state holiday.
const fn day(
    id: HolidayId,
    date: DateRule,
    observance: Observance,
    from_year: i32,
    citation: &'static str,
) -> HolidayRule {
    HolidayRule::new(id, date, observance, from_year, citation)
}

/// General election day as a state holiday, kept in `years` from `from_year` on; nothing moves
/// it off a weekend (it is a Tuesday).
const fn election_day(years: HolidayYears, from_year: i32, citation: &'static str) -> HolidayRule {
    HolidayRule {
        years,
        ..day(
            HolidayId::ElectionDay,
            ELECTION_TUESDAY,
            Observance::None,
            from_year,
            citation,
        )
    }
}

const fn fixed(month: u32, day: u32) -> DateRule {
    DateRule::Fixed { month, day }
}

/// The Friday after Thanksgiving.
const AFTER_THANKSGIVING: DateRule = DateRule::DayAfterNthWeekday {
    month: 11,
    weekday: Weekday::Thu,
    n: 4,
};

/// General election day: the Tuesday after the first Monday of November (kept every year, or,
/// with [`election_day`], in even or presidential years only).
const ELECTION_TUESDAY: DateRule = DateRule::DayAfterNthWeekday {
    month: 11,
    weekday: Weekday::Mon,
    n: 1,
};

/// A state pack of a two-tier state: a state-level review before court.
const fn two_tier_pack(code: &'static str, overrides: &'static [Rule]) -> Pack {
    Pack {
        two_tier: true,
        ..pack(code, overrides)
    }
}

const KNEW: E = E::KnewOfProblem;
const NOTICE: E = E::DistrictDecisionNotice;
const ISSUED: E = E::DecisionIssued;
const MAILED: E = E::DecisionMailed;
const RECEIVED: E = E::DecisionReceived;
const REVIEWED: E = E::ReviewDecisionIssued;

// State holidays, read in each statute (research/): only days that are not federal holidays, or
// federal ones the state keeps on another day (Rhode Island's Saturday to Monday, Utah's Monday
// Juneteenth).
const AK_HOLIDAYS_LAW: &str =
    "Alaska Stat. 44.12.010; 44.12.020 (a Sunday holiday makes the Monday after one too)";
static AK_HOLIDAYS: [HolidayRule; 2] = [
    day(
        HolidayId::SewardsDay,
        DateRule::LastWeekday {
            month: 3,
            weekday: Weekday::Mon,
        },
        Observance::None,
        1918,
        AK_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::AlaskaDay,
        fixed(10, 18),
        Observance::MondayIfSunday,
        1918,
        AK_HOLIDAYS_LAW,
    ),
];
const HI_HOLIDAYS_LAW: &str = "Haw. Rev. Stat. 8-1 (general election days count; primaries do not); 8-2 (a Saturday holiday is kept the Friday before, a Sunday one the Monday after)";
static HI_HOLIDAYS: [HolidayRule; 5] = [
    election_day(HolidayYears::Even, 1960, HI_HOLIDAYS_LAW),
    day(
        HolidayId::KuhioDay,
        fixed(3, 26),
        Observance::FridayOrMonday,
        1949,
        HI_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::GoodFriday,
        GOOD_FRIDAY,
        Observance::None,
        1990,
        HI_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::KamehamehaDay,
        fixed(6, 11),
        Observance::FridayOrMonday,
        1900,
        HI_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::StatehoodDay,
        DateRule::NthWeekday {
            month: 8,
            weekday: Weekday::Fri,
            n: 3,
        },
        Observance::None,
        1969,
        HI_HOLIDAYS_LAW,
    ),
];
const MO_HOLIDAYS_LAW: &str = "Mo. Rev. Stat. 9.010 (a Sunday holiday moves to Monday)";
static MO_HOLIDAYS: [HolidayRule; 2] = [
    day(
        HolidayId::LincolnDay,
        fixed(2, 12),
        Observance::MondayIfSunday,
        1900,
        MO_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::TrumanDay,
        fixed(5, 8),
        Observance::MondayIfSunday,
        1949,
        MO_HOLIDAYS_LAW,
    ),
];
const NE_HOLIDAYS_LAW: &str = "Neb. Rev. Stat. 25-2221, as the Nebraska Supreme Court lists it";
static NE_HOLIDAYS: [HolidayRule; 1] = [day(
    HolidayId::ArborDay,
    DateRule::LastWeekday {
        month: 4,
        weekday: Weekday::Fri,
    },
    Observance::None,
    1990,
    NE_HOLIDAYS_LAW,
)];
static NE_WIDE: [HolidayRule; 1] = [day(
    HolidayId::DayAfterThanksgiving,
    AFTER_THANKSGIVING,
    Observance::None,
    1990,
    NE_HOLIDAYS_LAW,
)];
const TX_HOLIDAYS_LAW: &str = "Tex. Gov't Code 662.003(b)";
static TX_HOLIDAYS: [HolidayRule; 7] = [
    day(
        HolidayId::ConfederateHeroesDay,
        fixed(1, 19),
        Observance::None,
        1990,
        TX_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::TexasIndependenceDay,
        fixed(3, 2),
        Observance::None,
        1990,
        TX_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::SanJacintoDay,
        fixed(4, 21),
        Observance::None,
        1990,
        TX_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::LbjDay,
        fixed(8, 27),
        Observance::None,
        1990,
        TX_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::DayAfterThanksgiving,
        AFTER_THANKSGIVING,
        Observance::None,
        1990,
        TX_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::ChristmasEve,
        fixed(12, 24),
        Observance::None,
        1990,
        TX_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::DayAfterChristmas,
        fixed(12, 26),
        Observance::None,
        1990,
        TX_HOLIDAYS_LAW,
    ),
];
const VT_HOLIDAYS_LAW: &str =
    "1 Vt. Stat. 371 (state offices: Saturday to Friday, Sunday to Monday)";
static VT_HOLIDAYS: [HolidayRule; 2] = [
    day(
        HolidayId::TownMeetingDay,
        DateRule::NthWeekday {
            month: 3,
            weekday: Weekday::Tue,
            n: 1,
        },
        Observance::None,
        1900,
        VT_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::BenningtonBattleDay,
        fixed(8, 16),
        Observance::FridayOrMonday,
        1900,
        VT_HOLIDAYS_LAW,
    ),
];
const NY_HOLIDAYS_LAW: &str = "N.Y. Gen. Constr. Law 24 (a Sunday holiday moves to Monday)";
static NY_HOLIDAYS: [HolidayRule; 2] = [
    day(
        HolidayId::LincolnDay,
        fixed(2, 12),
        Observance::MondayIfSunday,
        1900,
        NY_HOLIDAYS_LAW,
    ),
    election_day(HolidayYears::Every, 1900, NY_HOLIDAYS_LAW),
];
const CT_HOLIDAYS_LAW: &str = "Conn. Gen. Stat. 1-4 (a Saturday holiday is kept the Friday before, a Sunday one the Monday after)";
static CT_HOLIDAYS: [HolidayRule; 1] = [day(
    HolidayId::LincolnDay,
    fixed(2, 12),
    Observance::FridayOrMonday,
    1900,
    CT_HOLIDAYS_LAW,
)];
const SC_HOLIDAYS_LAW: &str = "S.C. Code 53-5-10";
static SC_HOLIDAYS: [HolidayRule; 4] = [
    day(
        HolidayId::ConfederateMemorialDay,
        fixed(5, 10),
        Observance::None,
        1990,
        SC_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::DayAfterThanksgiving,
        AFTER_THANKSGIVING,
        Observance::None,
        1990,
        SC_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::ChristmasEve,
        fixed(12, 24),
        Observance::None,
        1990,
        SC_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::DayAfterChristmas,
        fixed(12, 26),
        Observance::None,
        1990,
        SC_HOLIDAYS_LAW,
    ),
];
const MN_HOLIDAYS_LAW: &str = "Minn. Stat. 645.44, subd. 5 (its holidays are federal ones; the Friday after Thanksgiving only as an option for state offices)";
static MN_HOLIDAYS: [HolidayRule; 0] = [];
static MN_WIDE: [HolidayRule; 1] = [day(
    HolidayId::DayAfterThanksgiving,
    AFTER_THANKSGIVING,
    Observance::None,
    1990,
    MN_HOLIDAYS_LAW,
)];
const OH_HOLIDAYS_LAW: &str = "Ohio Rev. Code 1.14 (its holidays are federal ones)";
static OH_HOLIDAYS: [HolidayRule; 0] = [];
const OR_HOLIDAYS_LAW: &str = "Or. Rev. Stat. 187.010 (its holidays are federal ones)";
static OR_HOLIDAYS: [HolidayRule; 0] = [];
const SD_HOLIDAYS_LAW: &str =
    "S.D. Codified Laws 1-5-1 (its holidays are federal ones or fall on the same days)";
static SD_HOLIDAYS: [HolidayRule; 0] = [];

const CO_HOLIDAYS_LAW: &str =
    "Colo. Rev. Stat. 24-11-101 (Cabrini Day, the first Monday of October, from 2020)";
static CO_HOLIDAYS: [HolidayRule; 1] = [day(
    HolidayId::CabriniDay,
    DateRule::NthWeekday {
        month: 10,
        weekday: Weekday::Mon,
        n: 1,
    },
    Observance::None,
    2020,
    CO_HOLIDAYS_LAW,
)];
const DC_HOLIDAYS_LAW: &str = "D.C. Code 1-612.02 (a Saturday holiday is kept the Friday before, a \
     Sunday one the Monday after; Inauguration Day, January 20 of every fourth year from 1981, \
     moves only from a Sunday, to the Monday after: 1-612.02(c) and 28-2701)";
static DC_HOLIDAYS: [HolidayRule; 2] = [
    day(
        HolidayId::DcEmancipationDay,
        fixed(4, 16),
        Observance::FridayOrMonday,
        2005,
        DC_HOLIDAYS_LAW,
    ),
    HolidayRule {
        years: HolidayYears::Inaugural,
        ..day(
            HolidayId::InaugurationDay,
            fixed(1, 20),
            Observance::MondayIfSunday,
            1981,
            DC_HOLIDAYS_LAW,
        )
    },
];
const WY_HOLIDAYS_LAW: &str =
    "Wyo. Stat. 8-4-101 (its holidays are federal ones; Juneteenth under 8-4-107 closes no office)";

const CO_DUE_PROCESS_PAGE: &str = "http://www.cde.state.co.us/spedlaw/dueprocess";
/// PEAK Parent Center's dispute resolution questions (undated; read in round 15).
const CO_PEAK_FAQ: &str =
    "https://www.peakparent.org/frequently-asked-questions-about-dispute-resolution/";
static CO: Pack = Pack {
    checked: CHECKED_2026_12_06,
    no_state_rule: &[
        none(
            Field::StateReview,
            "Colo. Rev. Stat. 22-20-108(3)(a) (the complaint goes to the commissioner of education \
             for the assignment of a hearing officer, with the rights the IDEA gives; a hearing the \
             state agency holds has no state review after it, 34 CFR 300.514(b); in the part read)",
            "https://print.casetext.com/statute/colorado-revised-statutes/title-22-education/compensatory-education/article-20-education-of-exceptional-children/part-1-education-of-children-with-disabilities/section-22-20-108-determination-of-disability-enrollment",
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "1 Colo. Code Regs. 301-8, 2220-R-5.01 (the state meets the conditions of 34 CFR 300.101 \
             through 300.176, 300.148 included; no Colorado claim period was found)",
            "https://d1tvxue8o4w0fl.cloudfront.net/regulation/colorado-administrative-code/department-300-department-of-education/division-301-colorado-state-board-of-education/rule-1-ccr-301-8-rules-for-the-administration-of-the-exceptional-childrens-educational-act/section-1-ccr-301-8-500-requirements-for-funding-eligibility",
            Interpretive,
        ),
    ],
    hearings: Some(Office {
        name: "Colorado Department of Education (an administrative law judge is assigned to each \
             complaint)",
        citation: "Colorado Department of Education, due process complaints page",
        url: Some(CO_DUE_PROCESS_PAGE),
    }),
    ..with_holidays(
        pack(
            "US-CO",
            &[
                filing(
                    2,
                    E::ActOrOmission,
                    "Colorado Department of Education, due process page (violations \"that occurred \
                 within two years from the filing date\": counted from the act); 1 Colo. Code Regs. \
                 301-8, 2220-R-6.02 not read",
                    CO_DUE_PROCESS_PAGE,
                    Secondary,
                ),
                court(
                    90,
                    ISSUED,
                    "PEAK Parent Center, dispute resolution questions: the administrative law \
                 judge's decision may be appealed in state or federal district court within 90 \
                 days of the date of the decision; the state's rule, 1 Colo. Code Regs. 301-8, \
                 2220-R-6.02, was not read",
                    CO_PEAK_FAQ,
                    Secondary,
                ),
                state_court(
                    90,
                    Unit::CalendarDays,
                    ISSUED,
                    "PEAK Parent Center, dispute resolution questions (the state's parent center; \
                     undated): an appeal \"in state or federal district court within 90 days of the \
                     date of the decision\"; 2220-R-6.02 not read",
                    CO_PEAK_FAQ,
                    Secondary,
                ),
            ],
        ),
        &CO_HOLIDAYS,
        &[],
        CO_HOLIDAYS_LAW,
    )
};

/// D.C. Code 38-2572.02 in the D.C. Council's codified-law repository (Oct. 20, 2024).
const DC_2572_02: &str = "https://github.com/DCCouncil/law-xml-codified/blob/876d977ddff7b247e85cf67ad706c97aa9a62e00/us/dc/council/code/titles/38/sections/38-2572.02.xml";
/// 5-A DCMR 3039 in casetext's copy (current through the D.C. Register of Dec. 6, 2024).
const DC_5A_3039: &str = "https://d1tvxue8o4w0fl.cloudfront.net/regulation/district-of-columbia-administrative-code/title-5-education/subtitle-5-a-office-of-the-state-superintendent-of-education/chapter-5-a30-special-education/rule-5-a3039-private-placement-of-children-by-parents-when-fape-is-at-issue";
static DC: Pack = Pack {
    checked: CHECKED_2026_12_07,
    hearings: Some(Office {
        name: "Office of the State Superintendent of Education (OSSE)",
        citation: "D.C. Code 38-2572.02(a)",
        url: Some(DC_2572_02),
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "D.C. Code 38-2572.02(a) (OSSE, the state education agency, administers the due \
             process hearings; with the hearing held by the state agency, no state review follows, \
             34 CFR 300.514(b))",
            DC_2572_02,
            Interpretive,
        ),
        NoStateRule {
            checked: CHECKED_2026_12_07,
            ..none(
                Field::Reimbursement,
                "5-A DCMR 3039.1-3039.4(b) (reimbursement for a parent's private placement as 34 \
                 CFR 300.148 sets it, disputes going to due process; no claim period in the part \
                 read)",
                DC_5A_3039,
                Interpretive,
            )
        },
    ],
    ..with_holidays(
        pack(
            "US-DC",
            &[
                filing(
                    2,
                    KNEW,
                    "OSSE Part B Procedural Safeguards (Aug. 2018), as a third-party research file \
                     quotes it (\"within two (2) years of the date you or the LEA knew or should \
                     have known\"); no rule was read",
                    STATE_RULES_COMPILATION,
                    Secondary,
                ),
                court(
                    90,
                    ISSUED,
                    "Stanton v. District of Columbia, 639 F. Supp. 2d 1 (D.D.C. 2009) \
                     (the IDEA's 90 days from the hearing officer's decision, as the court applies \
                     it in D.C.)",
                    "http://casetext.com/case/stanton-ex-rel-kt-v-district-of-columbia",
                    Secondary,
                ),
            ],
        ),
        &DC_HOLIDAYS,
        &[],
        DC_HOLIDAYS_LAW,
    )
};

static FL: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Florida Division of Administrative Hearings (DOAH)",
        citation: "DOAH final orders in exceptional student education cases (e.g. Case No. 17-2306E)",
        url: Some(
            "https://vdocuments.us/miami-dade-county-school-board-final-order-through-set-for-xxxxxx-through-xxxxxx.html",
        ),
    }),
    no_state_rule: &[none(
        Field::StateReview,
        "Division of Administrative Hearings final orders in exceptional student education \
         cases (e.g. Case No. 17-2306E): the administrative law judge's order is final, with no \
         state review step",
        "https://vdocuments.us/miami-dade-county-school-board-final-order-through-set-for-xxxxxx-through-xxxxxx.html",
        Interpretive,
    )],
    ..FL_RULES
};

static FL_RULES: Pack = with_holidays(
    pack(
        "US-FL",
        &[
            filing(
                2,
                KNEW,
                "Fla. Admin. Code R. 6A-6.03311(9)(b), as a third-party research file quotes it \
                 (\"not more than two (2) years before the date the parent or public agency, \
                 including a school district, knew or should have known\"); the rule's own text \
                 was not read",
                STATE_RULES_COMPILATION,
                Secondary,
            ),
            court(
                30,
                ISSUED,
                "Fla. Admin. Code R. 6A-6.03311 (30 days: the only text seen is an undated Department \
         of Education notice, probably before 2006, whose purpose was to replace these 30 days with \
         90; the 30 days are most likely superseded, and the current rule's text was not read)",
                "https://flrules.org/gateway/notice_Files.asp?ID=305470",
                Unverified,
            ),
        ],
    ),
    &FL_HOLIDAYS,
    &[],
    FL_HOLIDAYS_LAW,
);

static LA: Pack = Pack {
    no_state_rule: &[
        none(
            Field::StateReview,
            "La. Rev. Stat. 49:992(B)(2) (in an adjudication the Division of Administrative Law \
             commences, its administrative law judge issues the final decision and the agency may \
             not override it; that the special education hearings the Department sends to the \
             Division under La. Admin. Code tit. 28, XLIII-508 are such adjudications is a reading)",
            "http://adminlaw.state.la.us/dal_act_iframe.htm",
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "La. Admin. Code tit. 28, XLIII-148(A)-(D) (reimbursement for a parent's private \
             school placement: the findings and the limits of 34 CFR 300.148, no claim period, in \
             the part read)",
            "https://d1tvxue8o4w0fl.cloudfront.net/regulation/louisiana-administrative-code/title-28-education/part-xliii-bulletin-1706-regulations-for-implementation-of-the-children-with-exceptionalities-act/subpart-1-students-with-disabilities/chapter-1-state-eligibility/subchapter-h-students-with-disabilities-enrolled-by-their-parents-in-private-schools-when-fape-is-an-issue/section-xliii-148-placement-of-students-by-parents-when-fape-is-at-issue",
            Interpretive,
        ),
    ],
    hearings: Some(Office {
        name: "Louisiana Division of Administrative Law",
        citation: "La. Admin. Code tit. 28, XLIII-508, XLIII-511",
        url: None,
    }),
    mediation: Some(Office {
        name: "Louisiana Department of Education",
        citation: "Louisiana Department of Education, dispute resolution page",
        url: None,
    }),
    ..Pack {
        holidays_status: Some(Interpretive),
        ..with_holidays(
            pack(
                "US-LA",
                &[
                    filing(
                        1,
                        KNEW,
                        "La. Admin. Code tit. 28, XLIII-507(A)(2) (a violation not more than one year before \
             the parent knew or should have known); La. Rev. Stat. 17:1946(B)(1) (\"shall \
             prescribe within one year\", in an undated copy); read as a one-year limit",
                        "https://casetext.com/regulation/louisiana-administrative-code/title-28-education/part-xliii-bulletin-1706-regulations-for-implementation-of-the-children-with-exceptionalities-act/subpart-1-students-with-disabilities/chapter-5-procedural-safeguards/subchapter-a-due-process-procedures-for-parents-and-students/section-xliii-507-filing-a-request-for-impartial-due-process-hearing",
                        Interpretive,
                    ),
                    filing(
                        2,
                        KNEW,
                        "La. Rev. Stat. 17:1946(B)(1) and XLIII-507(A)(2) as amended in January 2025 (LR \
                         51:60): two years, as a third-party research file (2026-08-17) quotes them; \
                         not read here",
                        STATE_RULES_COMPILATION,
                        Secondary,
                    ),
                ],
            ),
            &[],
            &LA_WIDE,
            LA_HOLIDAYS_LAW,
        )
    }
};

/// 206-7 Wyo. Code R. 7-2 as casetext shows it (current through April 27, 2019).
const WY_7_2: &str = "https://d1tvxue8o4w0fl.cloudfront.net/regulation/wyoming-administrative-code/agency-206-education-dept-of/subagency-0002-general-agency-board-or-commission-rules/chapter-7-services-for-children-with-disabilities/section-7-2-scope";
static WY: Pack = Pack {
    checked: CHECKED_2026_12_06,
    // Checked on 2026-12-07 (round 17): the chapter adopts the federal rules whole.
    no_state_rule: &[NoStateRule {
        checked: "2026-12-07",
        ..none(
            Field::Reimbursement,
            "206-7 Wyo. Code R. 7-2(b) (adopts all of 34 CFR Parts 300 and 301, 300.148 \
             included, \"unless specifically addressed in these rules\"; no Wyoming rule on a claim \
             period was found)",
            WY_7_2,
            Interpretive,
        )
    }],
    hearings: Some(Office {
        name: "Wyoming Department of Education, Special Education Programs Division",
        citation: "Wyoming Department of Education, dispute resolution page",
        url: Some(
            "https://edu.wyoming.gov/for-district-leadership/special-programs/dispute-resolution/",
        ),
    }),
    ..with_holidays(
        pack(
            "US-WY",
            &[filing(
                2,
                KNEW,
                "Wyo. Dep't of Educ. Rules ch. 7, 7(c), as a third-party research file quotes it \
                 (due process complaints proceed \"consistent with procedures outlined in\" 34 CFR \
                 300.507 through 300.518, whose two years run from when the party knew or should \
                 have known); the rule's own text was not read",
                STATE_RULES_COMPILATION,
                Secondary,
            )],
        ),
        &[],
        &[],
        WY_HOLIDAYS_LAW,
    )
};

const GOOD_FRIDAY: DateRule = DateRule::FromEaster { days: -2 };
const DE_HOLIDAYS_LAW: &str = "1 Del. Code 501 (Return Day, in Sussex County only, is not counted)";
static DE_HOLIDAYS: [HolidayRule; 3] = [
    day(
        HolidayId::GoodFriday,
        GOOD_FRIDAY,
        Observance::None,
        1990,
        DE_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::DayAfterThanksgiving,
        AFTER_THANKSGIVING,
        Observance::None,
        1990,
        DE_HOLIDAYS_LAW,
    ),
    election_day(HolidayYears::Even, 1990, DE_HOLIDAYS_LAW),
];
const ND_HOLIDAYS_LAW: &str = "N.D. Cent. Code 1-03-01 (the afternoon of December 24 is not counted: half days do not remove a business day)";
static ND_HOLIDAYS: [HolidayRule; 1] = [day(
    HolidayId::GoodFriday,
    GOOD_FRIDAY,
    Observance::None,
    1990,
    ND_HOLIDAYS_LAW,
)];
const TN_HOLIDAYS_LAW: &str = "Tenn. Code 15-1-101 (Good Friday; of the election days it makes \
     holidays, only the November general election of even years is counted: the other statewide \
     elections fall on dates other statutes set, not encoded here)";
static TN_HOLIDAYS: [HolidayRule; 2] = [
    day(
        HolidayId::GoodFriday,
        GOOD_FRIDAY,
        Observance::None,
        1990,
        TN_HOLIDAYS_LAW,
    ),
    election_day(HolidayYears::Even, 1990, TN_HOLIDAYS_LAW),
];
const LA_HOLIDAYS_LAW: &str = "La. Rev. Stat. 1:55 (counted only in the widest reading: several apply only in some parishes or offices)";
static LA_WIDE: [HolidayRule; 5] = [
    day(
        HolidayId::BattleOfNewOrleans,
        fixed(1, 8),
        Observance::None,
        1990,
        LA_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::MardiGras,
        DateRule::FromEaster { days: -47 },
        Observance::None,
        1990,
        LA_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::GoodFriday,
        GOOD_FRIDAY,
        Observance::None,
        1990,
        LA_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::HueyLongDay,
        fixed(8, 30),
        Observance::None,
        1990,
        LA_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::AllSaintsDay,
        fixed(11, 1),
        Observance::None,
        1990,
        LA_HOLIDAYS_LAW,
    ),
];

/// N.D. Admin. Code 67-23-05-01 as Cornell LII shows it (amended effective April 1, 2021).
const ND_67_23_05_01: &str =
    "https://www.law.cornell.edu/regulations/north-dakota/N-D-Admin-Code-67-23-05-01";
/// N.D. Cent. Code title 28 (28-32-42) and title 15.1 (chapter 15.1-32) as read in Release 81 of
/// the Official Code of North Dakota Annotated (2022-06, Public.Resource.Org), the copies kept in
/// `UniCourt/cic-code-nd`.
const ND_28_32_42: &str = "https://github.com/UniCourt/cic-code-nd/blob/747a529eea4a5f1fb976c2f86f6ec5e1d7e364be/transforms/nd/ocnd/r81/gov.nd.code.title.28.html";
const ND_15_1_32: &str = "https://github.com/UniCourt/cic-code-nd/blob/747a529eea4a5f1fb976c2f86f6ec5e1d7e364be/transforms/nd/ocnd/r81/gov.nd.code.title.15.1.html";
static ND: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "North Dakota Office of Administrative Hearings",
        citation: "N.D. Cent. Code 54-57-03(1)",
        url: Some(
            "https://casetext.com/statute/north-dakota-century-code/title-54-state-government/chapter-54-57-office-of-administrative-hearings/section-54-57-03-hearings-before-administrative-law-judges",
        ),
    }),
    no_state_rule: &[
        none(
            Field::FilingLimit,
            "N.D. Admin. Code 67-23-05-01 (read whole: the due process procedures are those of \
             federal law, 20 U.S.C. 1415 and 34 CFR part 300; no state period)",
            ND_67_23_05_01,
            Interpretive,
        ),
        none(
            Field::StateReview,
            "N.D. Admin. Code 67-23-05-01 (read whole: mediation, state complaint and due process \
             as federal law sets them out; no state review)",
            ND_67_23_05_01,
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "N.D. Cent. Code ch. 15.1-32 (read whole: no rule or period for a parent's claim \
             after a unilateral placement; 15.1-32-15 covers only placements the district contracts \
             for) and N.D. Admin. Code 67-23-05-01 (due process as federal law sets it out)",
            ND_15_1_32,
            Interpretive,
        ),
    ],
    ..with_holidays(
        pack(
            "US-ND",
            &[
                // North Dakota's general rule for appeals from agency orders; whether a special
                // education decision is such an order is open (54-57-03(1) lists these hearings
                // apart from the chapter 28-32 adjudications), so the 30 days stand only as the
                // earliest reading, counted from the decision's date.
                state_court(
                    30,
                    Unit::CalendarDays,
                    ISSUED,
                    "N.D. Cent. Code 28-32-42(1) (an appeal \"within thirty days after notice of the \
                     order has been given\", counted here from the decision's date; that it governs \
                     special-education decisions is a reading)",
                    ND_28_32_42,
                    Interpretive,
                ),
                court(
                    30,
                    ISSUED,
                    "N.D. Cent. Code 28-32-42(1) (state court, 30 days after notice of the order, \
                     counted from the decision's date; federal court as federal law allows; that it \
                     governs special-education decisions is a reading)",
                    ND_28_32_42,
                    Interpretive,
                ),
            ],
        ),
        &ND_HOLIDAYS,
        &[],
        ND_HOLIDAYS_LAW,
    )
};

/// Tenn. Code 4-5-322 as read in Release 76 of the Official Code of Tennessee Annotated
/// (2021-05-21, Public.Resource.Org), the copy kept in `UniCourt/cic-code-tn`
/// (transforms/tn/octn/r76/gov.tn.tca.title.04.html).
const TN_322: &str = "https://github.com/UniCourt/cic-code-tn/blob/507a4fb0e463c55a81147a3deba042aa18f562c1/transforms/tn/octn/r76/gov.tn.tca.title.04.html";
const TN_322_CITE: &str = "Tenn. Code 4-5-322(b)(1)(A)(i), (iv), (b)(1)(B)(ii) (a petition for review in \
     chancery court \"within sixty (60) days after the entry of the agency's final order\"; (B)(ii) names \
     special education hearings under 49-10-606; counted from the day the order is issued; \
     49-10-606 past (e) not read)";
const TN_606: &str = "https://www.casetext.com/statute/tennessee-code/title-49-education/chapter-10-special-education/part-6-rights-of-children-and-parents/section-49-10-606-conducting-special-education-due-process-cases";
static TN: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Tennessee Secretary of State (administrative law judges)",
        citation: "Tenn. Code 49-10-606(a)",
        url: Some(TN_606),
    }),
    no_state_rule: &[
        none(
            Field::FilingLimit,
            "Tenn. Comp. R. & Regs. 0520-01-09-.18 (read whole) and Tenn. Code 49-10-606(a)-(e): \
             no period to request a hearing",
            "https://regulations.justia.com/states/tennessee/title-0520/subtitle-0520-01/chapter-0520-01-09/section-0520-01-09-18",
            Interpretive,
        ),
        none(
            Field::StateReview,
            "Tenn. Code 49-10-606(a), (e) (administrative law judges of the secretary of state hear \
             the cases and issue the final orders; no review level in (a)-(e))",
            TN_606,
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "Tenn. Comp. R. & Regs. 0520-01-09-.01 (adopts 34 CFR Parts 300 and 301, 300.148 \
             included, \"in their entirety unless otherwise provided herein\"; the chapter's table \
             of contents, revised October 2020, has no private placement rule)",
            "https://vdocuments.us/chapter-0520-01-09-special-education-programs-and-services-0520-01-09-08-state.html",
            Interpretive,
        ),
    ],
    ..with_holidays(
        pack(
            "US-TN",
            &[
                state_court(
                    60,
                    Unit::CalendarDays,
                    ISSUED,
                    TN_322_CITE,
                    TN_322,
                    Interpretive,
                ),
                court(
                    60,
                    ISSUED,
                    "Tenn. Code 4-5-322(b)(1)(A)(iv) (60 days to chancery court after the entry of the \
                 final order, the shorter period; federal court keeps the federal 90 days)",
                    TN_322,
                    Interpretive,
                ),
            ],
        ),
        &TN_HOLIDAYS,
        &[],
        TN_HOLIDAYS_LAW,
    )
};

/// 3 L.P.R.A. 2172 (the Uniform Administrative Procedure Act's review period) on casetext,
/// version dated 2019-02-20.
const PR_2172: &str = "https://casetext.com/statute/laws-of-puerto-rico/title-three-executive/chapter-75-uniform-administrative-procedure/subchapter-iv-judicial-review/2172-review-time-to-file";
/// Tribunal de Apelaciones, KLRA202000283 (Feb. 19, 2021), on vLex.
const PR_KLRA202000283: &str = "https://vlex.com.pr/vid/lexta20210219-016-d-v-898313979";
static PR: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Puerto Rico Department of Education, Foro Administrativo de Educación Especial",
        citation: "Tribunal de Apelaciones, KLRA202000199 (2020) and KLRA202000283 (2021), which \
                   review its final resolutions (the law that creates the forum was not read)",
        url: Some(PR_KLRA202000283),
    }),
    no_state_rule: &[none(
        Field::StateReview,
        "3 L.P.R.A. 2172 (review of an agency's final order in the Court of Appeals) and Tribunal \
         de Apelaciones, KLRA202000283 (2021) (a final resolution of the Foro Administrativo de \
         Educación Especial reviewed in that court directly; no second administrative level)",
        PR_KLRA202000283,
        Interpretive,
    )],
    ..pack(
        "US-PR",
        &[
            state_court(
                30,
                Unit::CalendarDays,
                MAILED,
                "3 L.P.R.A. 2172 (a petition for review in the Court of Appeals within 30 days of \
                 the filing of the notice of the final order, or of its mailing where the dates \
                 differ; applied to special-education decisions by interpretation)",
                PR_2172,
                Interpretive,
            ),
            court(
                30,
                MAILED,
                "3 L.P.R.A. 2172 (30 days to the Court of Appeals from the mailing of the final order; \
                 applied to special-education decisions by interpretation)",
                PR_2172,
                Interpretive,
            ),
        ],
    )
};

const AK_TITLE_14: &str = "https://github.com/UniCourt/cic-code-ak/blob/60c1fbc10286a6ded7c5a12e01b725b9c0caea79/transforms/ak/ocak/r82/gov.ak.code.title.14.html";
const AK_APP_602: &str = "http://casetext.com/rule/alaska-court-rules/alaska-rules-of-appellate-procedure/part-vi-superior-court-as-an-appellate-court/rule-602-time-venue-notice-bonds-parties-filing-service-distribution";
const AK_COURT: Rule = court(
    30,
    MAILED,
    "Alaska Stat. 14.30.193(f); Alaska R. App. P. 602(a)(2) (superior court, 30 days \
     from the mailing or distribution of the decision); that these 30 days also \
     bind an action in federal court is a reading, the federal 90 days otherwise",
    AK_APP_602,
    Interpretive,
);
static AK: Pack = Pack {
    hearings: Some(Office {
        name: "Alaska Department of Education and Early Development",
        citation: "Alaska Stat. 14.30.193(b)",
        url: None,
    }),
    no_state_rule: &[none(
        Field::StateReview,
        "Alaska Stat. 14.30.193(e), (f) (the hearing officer's decision is final and binding unless \
         appealed, and is a final administrative order appealed to the superior court; no state \
         review level)",
        AK_TITLE_14,
        Verified,
    )],
    ..with_holidays(
        pack(
            "US-AK",
            &[
                filing(
                    1,
                    NOTICE,
                    "Alaska Stat. 14.30.193(a) (12 months after the district's written notice)",
                    "http://statutes.laws-info.com/alaska/title-14/chapter-14-30/article-05/sec-14-30-193",
                    Verified,
                ),
                // The statute sends the appeal to the superior court "in the manner provided
                // under AS 44.62.560"; the appellate rule that governs such appeals counts from
                // the mailing, the earlier of the two readings.
                state_court(
                    30,
                    Unit::CalendarDays,
                    MAILED,
                    "Alaska Stat. 14.30.193(f), through 44.62.560; Alaska R. App. P. 602(a)(2) (30 \
                     days from the date the decision is mailed or otherwise distributed); \
                     44.62.560 itself counts 30 days from the last day reconsideration can be \
                     ordered, a later date, and court rules supersede parts of it: which one \
                     governs is a reading",
                    AK_APP_602,
                    Interpretive,
                ),
                AK_COURT,
                also_in_federal_court(AK_COURT),
            ],
        ),
        &AK_HOLIDAYS,
        &[],
        AK_HOLIDAYS_LAW,
    )
};

const AZ_405: &str = "https://casetext.com/regulation/arizona-administrative-code/title-7-education/chapter-2-state-board-of-education/article-4-special-education/section-r7-2-405-special-education-dispute-resolution-due-process";
const AZ_401: &str = "https://casetext.com/regulation/arizona-administrative-code/title-7-education/chapter-2-state-board-of-education/article-4-special-education/section-r7-2-401-special-education-standards-for-public-agencies-providing-educational-services";
const AZ_COURT: Rule = court(
    35,
    RECEIVED,
    "Ariz. Admin. Code R7-2-405(H)(8) (35 calendar days from receipt), as a compilation of \
             state rules reports the Department of Education's Due Process Procedures citing it; text \
             not read. The general rule it may follow, A.R.S. 12-904(A) (read), counts 35 days from \
             service, complete five days after mailing",
    "https://github.com/b33kman/special-education-due-process-complaint/blob/47c51d44e451846cfaaa7d0bdc6b962388fcc216/skills/due-process-complaint/references/state-rules.json",
    Unverified,
);
static AZ: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Arizona Office of Administrative Hearings",
        citation: "Ariz. Admin. Code R7-2-405(A)(2)",
        url: Some(AZ_405),
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "Ariz. Admin. Code R7-2-405(A)(1)-(2) (the hearing is conducted by the State Education \
             Agency through the Office of Administrative Hearings; no review level is defined)",
            AZ_405,
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "Ariz. Admin. Code R7-2-401(A) (adopts the IDEA and 34 CFR 300.1 et seq., 300.148 \
             included, by reference; no Arizona rule on a claim period was found)",
            AZ_401,
            Interpretive,
        ),
    ],
    ..with_holidays(
        pack(
            "US-AZ",
            &[
                // The two years come from the federal rule that R7-2-401(A) makes part of
                // Arizona's rules; R7-2-405's own subsection on requests was not reached.
                filing(
                    2,
                    KNEW,
                    "Ariz. Admin. Code R7-2-401(A) (incorporates 34 CFR 300.507(a)(2) and \
                     300.511(e) by reference: two years from when the party knew or should have \
                     known; that R7-2-405, read only through (D), sets no other period is a reading)",
                    AZ_401,
                    Interpretive,
                ),
                AZ_COURT,
                also_in_federal_court(AZ_COURT),
                // Hearings before the Office of Administrative Hearings come under the uniform
                // hearing procedures, whose decisions go to superior court under the
                // Administrative Review Act; counted from the mailing, so never later than it.
                state_court(
                    35,
                    Unit::CalendarDays,
                    MAILED,
                    "A.R.S. 12-904(A) (a notice of appeal within 35 days after the decision is \
                     served; service by mail is complete five days after mailing, not counted \
                     here); A.R.S. 41-1092.02(A) does not exempt the Department of Education's \
                     hearings; that these 35 days govern IDEA decisions is a reading (A.R.S. \
                     12-902(A)(1) yields to a separate act's own review procedure)",
                    "https://lawserver.com/law/state/arizona/az-laws/arizona_laws_12-904",
                    Interpretive,
                ),
            ],
        ),
        &[],
        &AZ_WIDE,
        AZ_HOLIDAYS_LAW,
    )
};

/// Conn. Gen. Stat. chapter 164 (10-76h read whole) as law.justia.com keeps it, through P.A.
/// 23-137, in a bulk copy of state codes.
const CT_10_76H: &str = "https://github.com/saint1415/us-statutes/blob/7dd72f1b58b2cc6673f34861cdae4a4c09f4fc99/data/states/connecticut/content/title-title-10-education-and-culture/chapter-chapter-164-educational-opportunities.json";
const CT_COURT: Rule = court(
    45,
    MAILED,
    "Conn. Gen. Stat. 10-76h(d)(4); 4-183(c)(1) (45 days after mailing), which \
     P.M.B. v. Ridgefield Bd. of Educ., 944 F.3d 473 (2d Cir. 2019) applies to IDEA \
     actions in federal court",
    "https://casetext.com/case/pmb-ex-rel-cmb-v-ridgefield-bd-of-educ",
    Interpretive,
);
static CT: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Connecticut State Department of Education, due process unit",
        citation: "Conn. Agencies Regs. 10-76h-7(a)",
        url: Some(
            "https://casetext.com/regulation/connecticut-administrative-code/title-10-education-and-culture/children-requiring-special-education/section-10-76h-due-process/section-10-76h-7-appointment-of-hearing-officer-scheduling-of-prehearing-conference-and-hearing-dates",
        ),
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "Conn. Agencies Regs. 10-76h-16(a) (the hearing officer's decision \"shall be final\", \
             subject to an appeal to court under 20 U.S.C. 1415(i)(2)(A))",
            "http://ctrules.elaws.us/rule/10-76h-16",
            Verified,
        ),
        none(
            Field::Reimbursement,
            "Conn. Gen. Stat. 10-76h(d)(1) (a hearing officer may order reimbursement \"in \
             accordance with the Individuals with Disabilities Education Act\"; no period of its \
             own beyond (a)(4)'s two years)",
            CT_10_76H,
            Interpretive,
        ),
    ],
    ..with_holidays(
        pack(
            "US-CT",
            &[
                filing(
                    2,
                    NOTICE,
                    "Conn. Gen. Stat. 10-76h(a)(4) (\"two years to request a hearing from the time \
                     the board of education proposed or refused\")",
                    CT_10_76H,
                    Verified,
                ),
                filing(
                    2,
                    E::ActOrOmission,
                    "Conn. Gen. Stat. 10-76h(a)(4) (from the proposal or refusal, the earlier reading)",
                    CT_10_76H,
                    Interpretive,
                ),
                state_court(
                    45,
                    Unit::CalendarDays,
                    MAILED,
                    "Conn. Gen. Stat. 10-76h(d)(4) (appeals \"in the manner set forth in section \
                     4-183\"); 4-183(c)(1) (\"within forty-five days after mailing of the final \
                     decision\")",
                    CT_10_76H,
                    Verified,
                ),
                CT_COURT,
                also_in_federal_court(CT_COURT),
            ],
        ),
        &CT_HOLIDAYS,
        &[],
        CT_HOLIDAYS_LAW,
    )
};

const DE_926_13: &str = "https://d1tvxue8o4w0fl.cloudfront.net/regulation/delaware-administrative-code/title-14-education/special-populations/children-with-disabilities-subpart-e-procedural-safeguards-for-parents-and-children/section-926-130-hearing-decisions";
static DE: Pack = Pack {
    checked: CHECKED_2026_12_07,
    hearings: Some(Office {
        name: "Delaware Department of Education",
        citation: "14 Del. Code 3135",
        url: None,
    }),
    // Round 19: the regulation's own sections on the hearing and its decision (Register Vol. 28,
    // No. 6, December 1, 2024 copies); 16.0 itself was not reached.
    no_state_rule: &[NoStateRule {
        checked: CHECKED_2026_12_07,
        ..none(
            Field::StateReview,
            "14 Del. Admin. Code 926-11.2 (the Department conducts the hearing) and 926-13.4 (an \
             appeal of the hearing decision is under 16.0, the civil action; no state review \
             level named)",
            DE_926_13,
            Interpretive,
        )
    }],
    ..with_holidays(
        pack(
            "US-DE",
            &[
                filing(
                    2,
                    KNEW,
                    "14 Del. Admin. Code 926-7.2 (a violation not more than 2 years before the \
                     parent or public agency knew or should have known; read as a two-year filing \
                     limit)",
                    "https://d1tvxue8o4w0fl.cloudfront.net/regulation/delaware-administrative-code/title-14-education/special-populations/children-with-disabilities-subpart-e-procedural-safeguards-for-parents-and-children/section-926-70-filing-a-due-process-complaint",
                    Interpretive,
                ),
                court(
                    90,
                    ISSUED,
                    "Special Ed Start Guide, Delaware one-tier page: a civil action in the U.S. \
                 District Court for the District of Delaware or the Family Court within 90 calendar \
                 days of the hearing decision; 14 Del. C. 3142 not read",
                    "https://specialedstartguide.com/blog/delaware-one-tier-due-process-system",
                    Secondary,
                ),
                state_court(
                    90,
                    Unit::CalendarDays,
                    ISSUED,
                    "Special Ed Start Guide, Delaware one-tier page (the Family Court, like the \
                     federal court, within 90 calendar days of the hearing decision)",
                    "https://specialedstartguide.com/blog/delaware-one-tier-due-process-system",
                    Secondary,
                ),
            ],
        ),
        &DE_HOLIDAYS,
        &[],
        DE_HOLIDAYS_LAW,
    )
};

const HI_8_60_65: &str = "https://www.law.cornell.edu/regulations/hawaii/Haw-Code-R-SS-8-60-65";
const HI_8_60_70: &str = "https://www.law.cornell.edu/regulations/hawaii/Haw-Code-R-SS8-60-70";
static HI: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Hawaii Department of Education, through impartial hearing officers on its list",
        citation: "Haw. Code R. 8-60-65(b), (c)(3)",
        url: Some(HI_8_60_65),
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "Haw. Code R. 8-60-65(b) (the department conducts the hearing) and 8-60-70(b) (the \
             civil action runs from the hearing officer's decision; no state review level named)",
            HI_8_60_70,
            Interpretive,
        ),
        none(
            Field::StateCourt,
            "Haw. Code R. 8-60-70(b) (one period, 30 days from the hearing officer's decision, for \
             a state court or a United States district court; its \"time allowed by State law\" \
             clause leaves Haw. Rev. Stat. 91-14(b) open as a reading)",
            HI_8_60_70,
            Interpretive,
        ),
    ],
    ..HI_RULES
};

static HI_RULES: Pack = with_holidays(
    pack(
        "US-HI",
        &[
            reimbursement(
                180,
                "Haw. Rev. Stat. 302A-443(a)(2) (180 calendar days of a unilateral special education placement)",
                "https://www.capitol.hawaii.gov/hrscurrent/Vol05_Ch0261-0319/HRS0302A/HRS_0302A-0443.htm",
                Verified,
            ),
            filing(
                2,
                KNEW,
                "Haw. Rev. Stat. 302A-443(a)(1)",
                "https://www.capitol.hawaii.gov/hrscurrent/Vol05_Ch0261-0319/HRS0302A/HRS_0302A-0443.htm",
                Verified,
            ),
            court(
                30,
                ISSUED,
                "Haw. Code R. 8-60-70(b) (state or federal court)",
                HI_8_60_70,
                Verified,
            ),
        ],
    ),
    &HI_HOLIDAYS,
    &[],
    HI_HOLIDAYS_LAW,
);

const IL_HOLIDAYS_LAW: &str = "205 ILCS 630/17(a), through 5 ILCS 70/1.11 (Lincoln's birthday, \
     Good Friday, the general election days of even years; Casimir Pulaski Day, the first Monday in \
     March, is not encoded); that these days are not business days for the hearing steps is a \
     reading";
static IL_HOLIDAYS: [HolidayRule; 3] = [
    day(
        HolidayId::LincolnDay,
        fixed(2, 12),
        Observance::None,
        1990,
        IL_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::GoodFriday,
        GOOD_FRIDAY,
        Observance::None,
        1990,
        IL_HOLIDAYS_LAW,
    ),
    election_day(HolidayYears::Even, 1990, IL_HOLIDAYS_LAW),
];
static IL: Pack = Pack {
    checked: CHECKED_2026_12_06,
    no_state_rule: &[
        none(
            Field::Reimbursement,
            "23 Ill. Adm. Code 226.340 (read whole: \"the reimbursement obligations and other \
             requirements set forth at 34 CFR 300.148 shall be applicable\")",
            "https://regulations.justia.com/states/illinois/title-23/part-226/subpart-d/section-226-340",
            Verified,
        ),
        none(
            Field::StateReview,
            "Bd. of Educ. of Lake Forest High Sch. Dist. 115 v. Ill. State Bd. of Educ., No. \
             19-CV-04475 (N.D. Ill. Mar. 26, 2020): a civil action on the decision of an Impartial \
             Hearing Officer of the Illinois State Board of Education, with no state review step \
             between; 105 ILCS 5/14-8.02a is headed \"Impartial due process hearing; civil \
             action\"",
            "http://casetext.com/case/bd-of-educ-of-lake-forest-high-sch-dist-115-v-ill-state-bd-of-educ",
            Interpretive,
        ),
    ],
    holidays_status: Some(Interpretive),
    holidays: &IL_HOLIDAYS,
    holiday_citation: IL_HOLIDAYS_LAW,
    hearings: Some(Office {
        name: "Illinois State Board of Education",
        citation: "105 ILCS 5/14-8.02a",
        url: None,
    }),
    ..pack(
        "US-IL",
        &[
            filing(
                2,
                KNEW,
                "105 ILCS 5/14-8.02a(f)",
                "https://my.ilga.gov/ftp/Public%20Acts/104/104-0211.htm",
                Verified,
            ),
            court(
                120,
                MAILED,
                "105 ILCS 5/14-8.02a(i), as applied by the federal courts (text not read)",
                "https://www.studicata.com/summaries/united-states-district-court-northern-district-of-illinois/reynolds-v-oak-park-river-forest-school-district-200-2008-dmgioc",
                Secondary,
            ),
        ],
    )
};

const IN_7_34_10: &str =
    "https://regulations.justia.com/states/indiana/title-511/article-7/rule-34/section-10/";
const IN_AOPA_5_5: &str = "https://law.uslawyerdatabase.com/category/us-law/2022-indiana-code/title-4-state-offices-and-administration/article-21-5-administrative-orders-and-procedures/page/4";
static IN: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Indiana Office of Administrative Law Proceedings (OALP); for requests filed before \
               July 1, 2025, independent hearing officers of the Indiana Department of Education",
        citation: "Indiana Office of Administrative Law Proceedings, IDEA due process hearings page",
        url: Some("https://www.in.gov/oalp/idea-due-process-hearings"),
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "Indiana Register, LSA Document #09-795 (2010): 511 Ind. Admin. Code 7-45-9 amended to \
             repeal the board of special education appeals and make a petition for judicial \
             review the sole means to appeal a hearing officer's decision",
            "http://inrules.elaws.us/register/1/29/2010/20100127-ir-511090795pra",
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "511 Ind. Admin. Code 7-34-10(a)-(e) (reimbursement for a parent's unilateral \
             enrollment in a nonpublic school: the question goes to a due process hearing under \
             7-45-3 through 7-45-11; no claim period of its own in the part read)",
            IN_7_34_10,
            Interpretive,
        ),
    ],
    // The holiday list was read only up to Columbus Day.
    holidays_status: Some(Interpretive),
    ..with_holidays(
        pack(
            "US-IN",
            &[
                filing(
                    2,
                    KNEW,
                    "511 Ind. Admin. Code 7-45-3(c) (a violation not more than two years before the \
                     parent or public agency knew or should have known; read as a two-year filing \
                     limit)",
                    "https://casetext.com/regulation/indiana-administrative-code/title-511-indiana-state-board-of-education/article-7-special-education/rule-511-iac-7-45-complaints-mediation-and-due-process-procedures/section-511-iac-7-45-3-due-process-hearing-requests",
                    Interpretive,
                ),
                court(
                    30,
                    ISSUED,
                    "511 Ind. Admin. Code 7-45-7 (a petition for judicial review within a timeline \
                     the rule sets, LSA #09-795 (2010)); 30 days as a parent-information page \
                     states it; the rule's days were not read",
                    "https://ipbs.org/projects/theIEPprocess/step5-yes.html",
                    Secondary,
                ),
                // The hearing rules run under IC 4-21.5-3 (511 IAC 7-45-7(d), 7-45-10(b)), whose
                // chapter 5 is the only route to judicial review; the period is counted from the
                // mailing, without the three days added for mail, so it is never later than the
                // statute's date.
                state_court(
                    30,
                    Unit::CalendarDays,
                    MAILED,
                    "Ind. Code 4-21.5-5-5 (a petition for judicial review within 30 days after the \
                     notice is served; under 4-21.5-3-2(c) the period starts when the decision is \
                     mailed, and the three days 4-21.5-3-2(e) adds for service by mail are not \
                     counted here; that it governs review of hearing decisions under 511 Ind. \
                     Admin. Code 7-45 is a reading)",
                    IN_AOPA_5_5,
                    Interpretive,
                ),
            ],
        ),
        &IN_HOLIDAYS,
        &[],
        IN_HOLIDAYS_LAW,
    )
};

const MD_2006_1380: &str = "https://msa.maryland.gov/megafile/msa/speccol/sc2900/sc2908/000001/000750/html/am750--1380.html";
const MD_HOLIDAYS_LAW: &str = "Md. Code, Gen. Prov. 1-111 (legal holidays: the Friday after \
     Thanksgiving and statewide general election days counted; Lincoln's birthday and Good Friday \
     only in the widest reading, with Maryland Day and Defenders' Day, which are not encoded; \
     which of them close state offices, under State Pers. & Pens. 9-201, is open)";
static MD_HOLIDAYS: [HolidayRule; 2] = [
    day(
        HolidayId::DayAfterThanksgiving,
        AFTER_THANKSGIVING,
        Observance::None,
        2008,
        MD_HOLIDAYS_LAW,
    ),
    election_day(HolidayYears::Even, 1900, MD_HOLIDAYS_LAW),
];
static MD_WIDE: [HolidayRule; 2] = [
    day(
        HolidayId::LincolnDay,
        fixed(2, 12),
        Observance::MondayIfSunday,
        1900,
        MD_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::GoodFriday,
        GOOD_FRIDAY,
        Observance::None,
        1900,
        MD_HOLIDAYS_LAW,
    ),
];
static MD: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Maryland Office of Administrative Hearings",
        citation: "Md. Code, Educ. 8-413(c)",
        url: None,
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "Md. Code, Educ. 8-413(j), as enacted by 2006 Md. Laws ch. 233: the appeal goes from \
             the Office of Administrative Hearings' decision straight to court (the word \
             \"review\" struck)",
            MD_2006_1380,
            Interpretive,
        ),
        none(
            Field::StateCourt,
            "Md. Code, Educ. 8-413(j), as enacted by 2006 Md. Laws ch. 233: one period for the \
             federal District Court and the circuit court",
            MD_2006_1380,
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "Md. Code, Educ. 8-413, as amended by 2006 Md. Laws ch. 233: reimbursement reduced or \
             denied in accordance with federal law; the state's own notice rule struck",
            "https://msa.maryland.gov/megafile/msa/speccol/sc2900/sc2908/000001/000750/html/am750--1381.html",
            Interpretive,
        ),
    ],
    holidays_status: Some(Interpretive),
    holidays: &MD_HOLIDAYS,
    interpretive_holidays: &MD_WIDE,
    holiday_citation: MD_HOLIDAYS_LAW,
    ..pack(
        "US-MD",
        &[
            filing(
                2,
                KNEW,
                "34 CFR 300.507(a)(2), as Maryland school systems' parent guides state it (Howard \
                 County: two years from when the parents or school system knew or should have \
                 known; Montgomery County copies the federal text); COMAR 13A.05.01.15C was not read",
                "https://yumpu.com/en/document/view/50556040/due-process-in-special-education-howard-county-public-schools",
                Secondary,
            ),
            court(
                120,
                ISSUED,
                "Md. Code, Educ. 8-413(j), as enacted by 2006 Md. Laws ch. 233 (120 calendar days from \
             the issuance of the decision, federal District Court or circuit court; read in the \
             session law, where the printed amendment leaves open which version was enacted; \
             the current text was not read)",
                MD_2006_1380,
                Interpretive,
            ),
        ],
    )
};

static MN: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Minnesota Department of Education (receives the request and appoints the hearing \
               officer)",
        citation: "Minn. R. 3525.3900, subp. 1; 3525.4110, subp. 1",
        url: Some("https://www.revisor.mn.gov/rules/3525.3900/"),
    }),
    no_state_rule: &[none(
        Field::StateReview,
        "Minn. R. 3525.4420 (\"The hearing officer's decision is final on the date the decision is \
         issued\"; the appeal goes to court under 3525.4700)",
        "https://www.revisor.mn.gov/rules/?id=3525.4420",
        Verified,
    )],
    ..with_holidays(
        pack(
            "US-MN",
            &[
                state_court(
                    60,
                    Unit::CalendarDays,
                    RECEIVED,
                    "Minn. R. 3525.4700 (Court of Appeals)",
                    "https://www.revisor.mn.gov/rules/3525.4700/",
                    Verified,
                ),
                filing(
                    2,
                    KNEW,
                    "34 CFR 300.511(e), as the Minnesota Department of Education applies it (an \
                     agency page; no Minnesota text read)",
                    "http://education.state.mn.us/MDE/SchSup/ComplAssist/Hearing/index.html",
                    Secondary,
                ),
                court(
                    60,
                    RECEIVED,
                    "Minn. R. 3525.4700 (Court of Appeals; federal court as federal law allows)",
                    "https://www.revisor.mn.gov/rules/3525.4700/",
                    Verified,
                ),
            ],
        ),
        &MN_HOLIDAYS,
        &MN_WIDE,
        MN_HOLIDAYS_LAW,
    )
};

const MO_162: &str = "https://github.com/saint1415/us-statutes/blob/7dd72f1b58b2cc6673f34861cdae4a4c09f4fc99/data/states/missouri/content/title-title-xi/chapter-chapter-162.json";
static MO: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Missouri Administrative Hearing Commission",
        citation: "Mo. Rev. Stat. 162.961",
        url: Some("http://revisor.mo.gov/main/OneSection.aspx?section=162.961"),
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "Mo. Rev. Stat. 162.961.1 (a hearing before the administrative hearing commission) and \
             162.962 (its decision appealed to a state or federal court)",
            MO_162,
            Verified,
        ),
        none(
            Field::FilingLimit,
            "Mo. Rev. Stat. 162.961.6, .8 (requests and the commission's filing deadlines conform to \
             the Individuals With Disabilities Education Act)",
            MO_162,
            Verified,
        ),
        none(
            Field::Reimbursement,
            "Mo. Rev. Stat. chapter 162 (read whole: no period for a parent's reimbursement claim; \
             162.961.6, .8 conform hearings to the IDEA)",
            MO_162,
            Interpretive,
        ),
    ],
    ..with_holidays(
        pack(
            "US-MO",
            &[
                state_court(
                    45,
                    Unit::CalendarDays,
                    RECEIVED,
                    "Mo. Rev. Stat. 162.962(3) (45 days after the receipt of the notice of the final \
                     decision; text as amended by 2012 S.B. 595)",
                    MO_162,
                    Verified,
                ),
                court(
                    45,
                    RECEIVED,
                    "Mo. Rev. Stat. 162.962(3) (state court, 45 days after the receipt of the notice of \
                     the final decision; federal court as federal law allows; text as amended by \
                     2012 S.B. 595)",
                    MO_162,
                    Verified,
                ),
            ],
        ),
        &MO_HOLIDAYS,
        &[],
        MO_HOLIDAYS_LAW,
    )
};

const NC_HOLIDAYS_LAW: &str = "N.C. Gen. Stat. 103-4 (legal public holidays, Official Code \
     Release 81, 2022; later amendments not checked): the days that are not federal holidays count \
     only in the widest reading, as 103-4 closes no public office (State v. Moore, 104 N.C. 743) \
     and 103-5 speaks of a legal holiday when the office is closed; Yom Kippur by the Hebrew \
     calendar";
/// The days of N.C. Gen. Stat. 103-4 that are not federal holidays; a Sunday one is kept the
/// Monday after ("Whenever any public holiday shall fall upon Sunday, the Monday following").
static NC_WIDE: [HolidayRule; 9] = [
    day(
        HolidayId::RobertELeeDay,
        fixed(1, 19),
        Observance::MondayIfSunday,
        1990,
        NC_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::GreekIndependenceDay,
        fixed(3, 25),
        Observance::MondayIfSunday,
        1990,
        NC_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::HalifaxResolvesDay,
        fixed(4, 12),
        Observance::MondayIfSunday,
        1990,
        NC_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::ConfederateMemorialDay,
        fixed(5, 10),
        Observance::MondayIfSunday,
        1990,
        NC_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::MecklenburgDeclarationDay,
        fixed(5, 20),
        Observance::MondayIfSunday,
        1990,
        NC_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::GoodFriday,
        GOOD_FRIDAY,
        Observance::None,
        1990,
        NC_HOLIDAYS_LAW,
    ),
    // Added by S.L. 2017-57, s. 16B.6, effective July 1, 2017.
    day(
        HolidayId::FirstRespondersDay,
        fixed(9, 11),
        Observance::MondayIfSunday,
        2017,
        NC_HOLIDAYS_LAW,
    ),
    // Never on a Sunday (the first of Tishri is never a Wednesday, Friday or Sunday).
    day(
        HolidayId::YomKippur,
        DateRule::YomKippur,
        Observance::None,
        1990,
        NC_HOLIDAYS_LAW,
    ),
    // "in years in which a general election is to be held": the even years.
    election_day(HolidayYears::Even, 1990, NC_HOLIDAYS_LAW),
];
// The ncleg.gov page of 115C-109.6 as a public repository stored it (fetched 2026-09-15).
const NC_109_6: &str = "https://github.com/b33kman/special-education-due-process-complaint/blob/36c7d68b9aae4892a1f1ee33ba12f063d06ea97b/examples/pine-hollow/work/state-text/S3.txt";
const NC_H2_CITE: &str = "N.C. Gen. Stat. 115C-109.6(h2) (a civil action \"in State court within 30 \
     days after receipt of the notice of the decision\"; ncleg.gov text as stored on 2026-09-15, \
     history ending 2021-180, s. 7.25(b))";
static NC: Pack = Pack {
    checked: CHECKED_2026_12_06,
    holidays_status: Some(Interpretive),
    interpretive_holidays: &NC_WIDE,
    holiday_citation: NC_HOLIDAYS_LAW,
    hearings: Some(Office {
        name: "North Carolina Office of Administrative Hearings",
        citation: "N.C. Gen. Stat. 115C-109.6(a)",
        url: Some("https://www.oah.nc.gov/hearings-division/hearing-process/appeal-decision"),
    }),
    no_state_rule: &[none(
        Field::StateReview,
        "N.C. Gen. Stat. 115C-109.9 (\"Review by review officer; appeals\": repealed by S.L. \
         2021-180, s. 7.25(c), effective November 18, 2021)",
        "https://github.com/saint1415/us-statutes/blob/data/data/states/north-carolina/content/title-chapter-115chtml/chapter-chapter-115chtml.json",
        Verified,
    )],
    ..pack(
        "US-NC",
        &[
            filing(
                1,
                KNEW,
                "N.C. Gen. Stat. 115C-109.6(b) (a violation not more than one year before the \
             party knew or should have known; read as a one-year limit)",
                "http://ncleg.net/EnactedLegislation/Statutes/HTML/BySection/Chapter_115C/GS_115C-109.6.html",
                Interpretive,
            ),
            state_court(
                30,
                Unit::CalendarDays,
                RECEIVED,
                NC_H2_CITE,
                NC_109_6,
                Verified,
            ),
            court(
                30,
                RECEIVED,
                "N.C. Gen. Stat. 115C-109.6(h2) (state court, 30 days after receipt of the notice of \
             the decision; federal court \"as provided in 20 U.S.C. 1415\"; ncleg.gov text as \
             stored on 2026-09-15, history ending 2021-180, s. 7.25(b))",
                NC_109_6,
                Verified,
            ),
        ],
    )
};

const NE_55_009: &str = "https://regulations.justia.com/states/nebraska/education-department-of/title-92/chapter-55/section-92-55-009/";
static NE: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Nebraska Department of Education",
        citation: "Neb. Rev. Stat. 79-1164; 92 Neb. Admin. Code 55-005",
        url: None,
    }),
    no_state_rule: &[none(
        Field::StateReview,
        "92 Neb. Admin. Code 55-009.01-.02 (judicial review of the \"final decision\" in a \
         special education contested case; an appeal of a hearing officer decision goes by petition \
         to district court; no review level before court)",
        NE_55_009,
        Verified,
    )],
    // The holiday statute is known from the Nebraska Supreme Court's list, not its own text.
    holidays_status: Some(Secondary),
    ..with_holidays(
        pack(
            "US-NE",
            &[
                state_court(
                    2,
                    Unit::Years,
                    MAILED,
                    "92 Neb. Admin. Code 55-009.02 (district court: two years from the mailing of the decision)",
                    NE_55_009,
                    Verified,
                ),
                // "Within forty-five days after the receipt of a request for a hearing" (research,
                // Nebraska 4); the request is filed with the Department, so counted from filing.
                decision_from_filing(
                    45,
                    "Neb. Rev. Stat. 79-1164",
                    "https://nebraskalegislature.gov/laws/statutes.php?statute=79-1164",
                ),
                filing(
                    2,
                    KNEW,
                    "92 Neb. Admin. Code 55-004.01",
                    "https://regulations.justia.com/states/nebraska/education-department-of/title-92/chapter-55/section-92-55-004/",
                    Verified,
                ),
                court(
                    30,
                    MAILED,
                    "Neb. Rev. Stat. 84-917(2)(a)(i) (30 days after service of the decision, counted \
                     here from its mailing; whether it or the two years of 92 NAC 55-009.02 \
                     governs is unresolved)",
                    "https://legalfix.com/statutes/state-codes/nebraska/chapter-84/statute-84-917",
                    Interpretive,
                ),
            ],
        ),
        &NE_HOLIDAYS,
        &NE_WIDE,
        NE_HOLIDAYS_LAW,
    )
};

const NH_16_B: &str = "https://lawserver.com/law/state/new-hampshire/nh-statutes/new_hampshire_revised_statutes_186-c_16-b";
static NH: Pack = Pack {
    checked: CHECKED_2026_12_06,
    no_state_rule: &[
        none(
            Field::StateReview,
            "N.H. Rev. Stat. 186-C:16-b, IV (an appeal from the final administrative decision in a \
             due process hearing goes to court) and N.H. Admin. R. Ed 1123.02 (the hearing's \
             sequence ends with the hearing officer's decision; no review level)",
            "https://d1tvxue8o4w0fl.cloudfront.net/regulation/new-hampshire-administrative-code/title-ed-board-of-education/chapter-ed-1100-standards-for-the-education-of-children-with-disabilities/part-ed-1123-administrative-due-process-hearing-procedure/section-ed-112302-sequence-of-an-administrative-due-process-hearing",
            Interpretive,
        ),
        none(
            Field::StateCourt,
            "N.H. Rev. Stat. 186-C:16-b, IV (one 120-day period for \"a court of competent \
             jurisdiction\" under 20 U.S.C. 1415(i)(2)(A), state or federal)",
            NH_16_B,
            Verified,
        ),
    ],
    hearings: Some(Office {
        name: "New Hampshire Department of Education",
        citation: "New Hampshire Department of Education, due process page",
        url: None,
    }),
    mediation: Some(Office {
        name: "New Hampshire Department of Education",
        citation: "New Hampshire Department of Education, due process page",
        url: None,
    }),
    ..with_holidays(
        pack(
            "US-NH",
            &[
                reimbursement(
                    90,
                    "N.H. Rev. Stat. 186-C:16-b, I-III (90 days of the unilateral placement)",
                    NH_16_B,
                    Verified,
                ),
                filing(2, KNEW, "N.H. Rev. Stat. 186-C:16-b, I", NH_16_B, Verified),
                court(
                    120,
                    RECEIVED,
                    "N.H. Rev. Stat. 186-C:16-b, IV",
                    NH_16_B,
                    Verified,
                ),
            ],
        ),
        &NH_HOLIDAYS,
        &[],
        NH_HOLIDAYS_LAW,
    )
};

const NJ_HOLIDAYS_LAW: &str = "N.J. Stat. 11A:6-24.1(a) (the days State offices close: Good Friday \
     and any general election day; Juneteenth on the third Friday of June, not encoded) and \
     36:1-1(b)-(d); which list counts for business days is a reading";
static NJ_HOLIDAYS: [HolidayRule; 2] = [
    day(
        HolidayId::GoodFriday,
        GOOD_FRIDAY,
        Observance::None,
        1990,
        NJ_HOLIDAYS_LAW,
    ),
    election_day(HolidayYears::Every, 1990, NJ_HOLIDAYS_LAW),
];
const NJ_APPEALS: &str = "https://njspecialedsettlement.info/after-the-hearing-appeals";
const NJ_2_7: &str = "https://print.casetext.com/regulation/new-jersey-administrative-code/title-6a-education/chapter-14-special-education/subchapter-2-procedural-safeguards/section-6a14-27-due-process-hearings";
static NJ: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "New Jersey Office of Administrative Law",
        citation: "N.J. Admin. Code 6A:14-2.7",
        url: None,
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "N.J. Admin. Code 6A:14-2.7(a)-(c) (an administrative law judge of the Office of \
             Administrative Law hears the case; no state review step in the part read)",
            NJ_2_7,
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "N.J. Admin. Code 6A:14-2.10(a)-(c) (reimbursement for a unilateral placement: \
             conditions and a notice step, no claim period, in the part read)",
            "https://casetext.com/regulation/new-jersey-administrative-code/title-6a-education/chapter-14-special-education/subchapter-2-procedural-safeguards/section-6a14-210-reimbursement-for-unilateral-placement-by-parents",
            Interpretive,
        ),
    ],
    holidays_status: Some(Interpretive),
    holidays: &NJ_HOLIDAYS,
    holiday_citation: NJ_HOLIDAYS_LAW,
    ..pack(
        "US-NJ",
        &[
            filing(2, KNEW, "N.J. Admin. Code 6A:14-2.7(a)1", NJ_2_7, Verified),
            court(
                90,
                ISSUED,
                "N.J. Admin. Code 6A:14-2.7 (90 days from the date of the final decision, as a \
                 practitioner's page states it; the appeal subsection was not read)",
                NJ_APPEALS,
                Secondary,
            ),
            // The same page names the Superior Court as the state court with the same 90 days;
            // the Appellate Division's 45 days for agency decisions (R. 2:4-1(b)) are not used:
            // C.S. v. Middletown (App. Div. 1992) held that court has no jurisdiction over an
            // administrative law judge's IDEA decision.
            state_court(
                90,
                Unit::CalendarDays,
                ISSUED,
                "N.J. Admin. Code 6A:14-2.7(v) (the same 90 days in the Superior Court, as a \
                 practitioner's page states it; text not read)",
                NJ_APPEALS,
                Secondary,
            ),
        ],
    )
};

static NY: Pack = Pack {
    checked: CHECKED_2026_12_07,
    hearings: Some(Office {
        name: "Impartial hearing officers appointed by the school district; review by the Office of \
               State Review, New York State Education Department",
        citation: "N.Y. Educ. Law 4404(1); 8 NYCRR 279.1(b)",
        url: Some("https://sro.nysed.gov/book/export/html/3195"),
    }),
    ..NY_RULES
};

const NY_KAUFMAN: &str = "http://www.lawofficesofmichaeldkaufman.com/basics5.html";
const NY_COURT_CITE: &str = "N.Y. Educ. Law 4404(3) (a civil action after the review: four months \
     until June 30, 2012, then the federal 90 days, as an undated New York attorney's guide states \
     it; text not read)";
static NY_RULES: Pack = with_holidays(
    two_tier_pack(
        "US-NY",
        &[
            filing(
                2,
                KNEW,
                "N.Y. Educ. Law 4404(1)(a) (a violation not more than two years before the parent \
             knew or should have known; read as a two-year filing limit: the regulation the State \
             Review Officer applies, 8 NYCRR 200.5(j)(1)(i), was not read)",
                "https://www.nysenate.gov/legislation/laws/EDN/4404",
                Interpretive,
            ),
            review(
                40,
                ISSUED,
                "8 NYCRR 279.4(a) (serve the request for review within 40 days after the date of the \
             hearing officer's decision)",
                "https://www.sro.nysed.gov/book/%C2%A7-2794-initiation-review",
                Verified,
            ),
            review_notice(
                25,
                ISSUED,
                "8 NYCRR 279.2(b) (serve the notice of intention to seek review no later than 25 days \
             after the date of the hearing officer's decision), as the Office of State Review's \
             guide for parents states it",
                "https://sro.nysed.gov/book/export/html/3331",
                Secondary,
            ),
            // The guide gives four months until June 30, 2012 and the federal 90 days after; the
            // earlier reading is kept for both courts: a four-month period still in force (Educ.
            // Law 4404(3)(a), unread) would only give a later day.
            court_after_review(90, REVIEWED, NY_COURT_CITE, NY_KAUFMAN, Secondary),
            state_court(
                90,
                Unit::CalendarDays,
                REVIEWED,
                NY_COURT_CITE,
                NY_KAUFMAN,
                Secondary,
            ),
        ],
    ),
    &NY_HOLIDAYS,
    &[],
    NY_HOLIDAYS_LAW,
);

const KS_HOLIDAYS_LAW: &str = "Kan. Stat. 35-107(a) (the federal holidays with Columbus Day; \
     Juneteenth is not among them but stays a federal holiday)";
static KS: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Kansas school districts, each for its own pupils, with hearing officers from the \
               Kansas State Board of Education's list",
        citation: "Kan. Admin. Regs. 91-40-28(c), (d)(2)",
        url: Some("https://www.law.cornell.edu/regulations/kansas/K-A-R-91-40-28"),
    }),
    no_state_rule: &[none(
        Field::Reimbursement,
        "Kan. Admin. Regs. 91-40-41(a)-(b)(1) (reimbursement for a parent's private school \
         placement: the findings and the notice conditions of 34 CFR 300.148, no claim period, in \
         the part read)",
        "https://www.law.cornell.edu/regulations/kansas/K-A-R-91-40-41",
        Interpretive,
    )],
    ..with_holidays(KS_RULES, &[], &[], KS_HOLIDAYS_LAW)
};

const KS_RULES: Pack = two_tier_pack(
    "US-KS",
    &[
        review(
            30,
            MAILED,
            "Kan. Stat. 72-3418(b)(1) (30 calendar days after the postmark on the notice of the \
             decision)",
            "https://ksrevisor.gov/statutes/chapters/ch72/072_034_0018.html",
            Verified,
        ),
        // "occurred not more than two years before the filing of the complaint and the party
        // filing the complaint knew or should have known about the alleged action": the two
        // years run back from the filing to the act itself; knowing of it is a further
        // condition, not the start of the count (as Oregon's "act or omission" is).
        filing(
            2,
            E::ActOrOmission,
            "Kan. Stat. 72-3415(a)(1)(A) (a problem that \"occurred not more than two years before \
             the filing of the complaint\": counted from the act, not from when the family knew)",
            "https://www.lawserver.com/law/state/kansas/ks-statutes/kansas_statutes_72-3415",
            Verified,
        ),
    ],
);

static KY: Pack = Pack {
    no_state_rule: &[none(
        Field::Reimbursement,
        "707 Ky. Admin. Regs. 1:370 Section 1(1)-(3) (reimbursement for a parent's private school \
         placement: the findings and the notice conditions of 34 CFR 300.148, no claim period, in \
         the part read)",
        "http://kyrules.elaws.us/rule/707kar1:370",
        Interpretive,
    )],
    hearings: Some(Office {
        name: "Kentucky Department of Education, due process hearing officers",
        citation: "Kentucky Department of Education due process hearing decisions, captioned in \
                   the Department's name (e.g. Agency Case No. 1819-17, 2019): the request is filed \
                   with the Department and a hearing officer decides it",
        url: Some(
            "https://pdfslide.net/documents/kentucky-department-of-education-division-of-.html",
        ),
    }),
    ..KY_RULES
};

/// Kentucky's time to go to court after the appeals board: one citation for both court lines.
const KY_13B_140: &str = "Ky. Rev. Stat. 13B.140(1) (30 days after the appeals board's final order \
                          is mailed, counted here from the order's date, the earlier day; applied \
                          to the Exceptional Children Appeals Board by the courts)";

static KY_RULES: Pack = with_holidays(
    two_tier_pack(
        "US-KY",
        &[
            filing(
                3,
                KNEW,
                "Kentucky Department of Education safeguards notice (2008): three years, as a \
                 third-party research file (2026-08-17) quotes it; 707 Ky. Admin. Regs. 1:340 not \
                 read; the federal two years is the earlier date",
                STATE_RULES_COMPILATION,
                Secondary,
            ),
            court_after_review(
                30,
                REVIEWED,
                KY_13B_140,
                "https://print.casetext.com/case/jm-v-oldham-cnty-bd-of-educ",
                Verified,
            ),
            // The same statute names the circuit court: the state-court line (round 19, the
            // section read in a research copy of the current text).
            state_court(
                30,
                Unit::CalendarDays,
                REVIEWED,
                KY_13B_140,
                "https://self-law.org/code/ky/chapter-13b/13b-140",
                Verified,
            ),
        ],
    ),
    &KY_HOLIDAYS,
    &[],
    KY_HOLIDAYS_LAW,
);

// A compilation of state filing rules in a public repository (2026-08-17, self-described as
// not verified), which quotes each state's rule or notice: the filing limits of AL, DC, FL, IA,
// KY, LA (two years), MS, NM, NV, OH, UT and WY and Alabama's office rest on its quotations
// (secondary); the rules' and notices' own pages were not reached here.
const STATE_RULES_COMPILATION: &str = "https://github.com/b33kman/special-education-due-process-complaint/blob/316305f03b58ce6963c029cf3d53ac5cb88421b2/skills/dpc-complaint/references/state-rules.json";
static OH: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Ohio Department of Education and Workforce",
        citation: "Ohio Department of Education and Workforce guidance 5.17 (written under the \
                   department's pre-2023 name, Ohio Department of Education)",
        url: None,
    }),
    no_state_rule: &[none(
        Field::Reimbursement,
        "Ohio Rev. Code 3323.143 (read whole: after a unilateral placement the parent pays the \
         tuition as long as the district of residence offered FAPE; the section sets no claim \
         period)",
        "https://courtgpt.ai/laws/ohio/title-33/chapter-3323/section-3323-143",
        Interpretive,
    )],
    ..with_holidays(
        two_tier_pack(
            "US-OH",
            &[
                filing(
                    2,
                    KNEW,
                    "Ohio Adm. Code 3301-51-05(K)(7)(a)(ii) (effective January 24, 2025), as a \
                     third-party research file quotes it (\"not more than two years before the \
                     date the parent or educational agency knew or should have known\"); the \
                     rule's own text was not read",
                    STATE_RULES_COMPILATION,
                    Secondary,
                ),
                state_court(
                    45,
                    Unit::CalendarDays,
                    REVIEWED,
                    "Ohio Department of Education and Workforce guidance 5.17 (common pleas court: 45 \
                     days from notification of the state level review decision, counted here from \
                     the decision's date, which is never later)",
                    "http://education.ohio.gov/Topics/Special-Education/Federal-and-State-Requirements/Procedures-and-Guidance/Procedural-Safeguards/Appeal-of-Hearing-Officer-s-Decision-and-State-Lev",
                    Secondary,
                ),
                review(
                    45,
                    RECEIVED,
                    "Ohio Department of Education and Workforce guidance 5.17 (45 days from receipt \
                     of the hearing decision; undated, under the department's pre-2023 name); Ohio \
                     Adm. Code 3301-51-05(K) was not read",
                    "http://education.ohio.gov/Topics/Special-Education/Federal-and-State-Requirements/Procedures-and-Guidance/Procedural-Safeguards/Appeal-of-Hearing-Officer-s-Decision-and-State-Lev",
                    Secondary,
                ),
                court_after_review(
                    45,
                    REVIEWED,
                    "Ohio Department of Education and Workforce guidance 5.17 (common pleas court: 45 \
                     days from notification of the state level review decision, counted here from \
                     the decision's date, which is never later; federal court: 90 days from the \
                     date of the decision)",
                    "http://education.ohio.gov/Topics/Special-Education/Federal-and-State-Requirements/Procedures-and-Guidance/Procedural-Safeguards/Appeal-of-Hearing-Officer-s-Decision-and-State-Lev",
                    Secondary,
                ),
            ],
        ),
        &OH_HOLIDAYS,
        &[],
        OH_HOLIDAYS_LAW,
    )
};

const SC_OSES_DUE_PROCESS: &str =
    "https://oses.ed.sc.gov/parents-family-community/dispute-resolution-information/due-process/";
static SC: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Local school district hearing officer (first tier); South Carolina Department of \
               Education, Office of General Counsel (filings and the state-level review)",
        citation: "South Carolina Office of Special Education Services, due process page",
        url: Some(SC_OSES_DUE_PROCESS),
    }),
    no_state_rule: &[none(
        Field::Reimbursement,
        "S.C. Code Regs. 43-243, I (the Department and local agencies follow all of 34 CFR Part 300, \
         300.148 included; the regulation adds state-specific requirements, none on a claim period \
         in the part read, through III.B)",
        "https://casetext.com/regulation/south-carolina-code-of-regulations/chapter-43-state-board-of-education/article-19-instructional-program/section-43-243-special-education-education-of-students-with-disabilities",
        Interpretive,
    )],
    ..with_holidays(
        two_tier_pack(
            "US-SC",
            &[
                filing(
                    2,
                    KNEW,
                    "South Carolina Office of Special Education Services, due process page (two years; \
                     the state's regulation was not read)",
                    "https://oses.ed.sc.gov/parents-family-community/dispute-resolution-information/due-process/",
                    Secondary,
                ),
                review(
                    10,
                    ISSUED,
                    "S.C. Code Regs. 43-243 (not read; a summary gives 10 calendar days to appeal to the \
                 Department of Education's Office of General Counsel)",
                    "https://specialedstartguide.com/blog/south-carolina-due-process-hearing",
                    Secondary,
                ),
            ],
        ),
        &SC_HOLIDAYS,
        &[],
        SC_HOLIDAYS_LAW,
    )
};

const OR_343_175: &str = "https://oregon.public.law/statutes/ors_343.175";
static OR: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Oregon Office of Administrative Hearings",
        citation: "Or. Admin. R. 581-015-2340(1)",
        url: Some("https://www.law.cornell.edu/regulations/oregon/Or-Admin-Code-SS-581-015-2340"),
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "Or. Rev. Stat. 343.175(1)-(2) (the hearing decision \"is final unless the parent or \
             the school district files a civil action\"; no review level before court)",
            OR_343_175,
            Verified,
        ),
        none(
            Field::StateCourt,
            "Or. Rev. Stat. 343.175(2), (4) (a civil action \"in any court of competent \
             jurisdiction\", state or federal, within the same 90 days)",
            OR_343_175,
            Verified,
        ),
        none(
            Field::Reimbursement,
            "Or. Admin. R. 581-015-2515(1)-(4)(a) (reimbursement for a private placement as 34 CFR \
             300.148 sets it; disputes go to due process hearings under 581-015-2340 to -2385; no \
             claim period in the part read)",
            "https://www.law.cornell.edu/regulations/oregon/OAR-581-015-2515",
            Interpretive,
        ),
    ],
    ..with_holidays(
        pack(
            "US-OR",
            &[
                // "within two years after the date of the act or omission that gives rise to the
                // right to request a hearing" (research/states-n-w-checks.md, Oregon): the
                // statute's own trigger, on or before the day the family knew.
                // "The decision shall be entered not later than 45 days after the request for
                // hearing is filed" (research, Oregon 4); OAR 581-015-2375 counts 45 days after the
                // resolution period, as federal law does.
                decision_from_filing(
                    45,
                    "Or. Rev. Stat. 343.167(5)",
                    "https://oregon.public.law/statutes/ors_343.167",
                ),
                filing(
                    2,
                    E::ActOrOmission,
                    "Or. Rev. Stat. 343.165(3)(a)",
                    "https://law.onecle.com/oregon/343-special-education-services/343.165.html",
                    Verified,
                ),
                court(
                    90,
                    ISSUED,
                    "Or. Rev. Stat. 343.175(4)",
                    OR_343_175,
                    Verified,
                ),
            ],
        ),
        &OR_HOLIDAYS,
        &[],
        OR_HOLIDAYS_LAW,
    )
};

const PA_HOLIDAYS_LAW: &str = "44 P.S. 11 (Good Friday, Flag Day and Election Day, as an \
     employer-law summary (BLR) lists the statute's days; the statute's own text was not read, so \
     they are counted only in the widest reading); Act of June 20, 1883, P.L. 136, sec. 1 (read): \
     a last day that falls on a state legal holiday is left out of the count";
// The days the summary lists beyond the federal ones; its Saturday afternoons change nothing
// (Saturdays are never business days). How a day that falls on a Sunday is kept was not read, so
// no day is moved.
static PA_WIDE: [HolidayRule; 3] = [
    day(
        HolidayId::GoodFriday,
        GOOD_FRIDAY,
        Observance::None,
        1990,
        PA_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::FlagDay,
        fixed(6, 14),
        Observance::None,
        1990,
        PA_HOLIDAYS_LAW,
    ),
    election_day(HolidayYears::Every, 1990, PA_HOLIDAYS_LAW),
];
static PA: Pack = Pack {
    checked: CHECKED_2026_12_06,
    holidays_status: Some(Secondary),
    interpretive_holidays: &PA_WIDE,
    holiday_citation: PA_HOLIDAYS_LAW,
    hearings: Some(Office {
        name: "Pennsylvania Office for Dispute Resolution (ODR)",
        citation: "Office for Dispute Resolution, due process pages",
        url: Some("https://odr-pa.org/due-process/appeals"),
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "D.Z. v. Bethlehem Area Sch. Dist., 2 A.3d 712 (Pa. Cmwlth. 2010) and West Chester \
             Area Sch. Dist. v. A.M., No. 383 M.D. 2016 (Pa. Cmwlth. June 19, 2017): the \
             Commonwealth Court reviews a special education hearing officer's final order itself, \
             with no state review step between",
            "https://www.casetext.com/case/dz-v-bethlehem-area-school-dist",
            Interpretive,
        ),
        none(
            Field::FilingLimit,
            "22 Pa. Code 14.162(b) (a parent may request a hearing; no period in (a)-(d)) and \
             14.102(a)(2) (adopts 34 CFR Part 300 except as the chapter provides otherwise)",
            "https://pacodeandbulletin.gov/Display/pacode?d=reduce&file=%2Fsecure%2Fpacode%2Fdata%2F022%2Fchapter14%2Fs14.162.html",
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "22 Pa. Code 14.102(a)(2) (adopts 34 CFR Part 300, 300.148 included, except as the \
             chapter provides otherwise; the chapter's table of contents has no reimbursement \
             section)",
            "https://www.law.cornell.edu/regulations/pennsylvania/22-Pa-Code-SS-14-102",
            Interpretive,
        ),
    ],
    ..pack(
        "US-PA",
        &[
            state_court(
                30,
                Unit::CalendarDays,
                ISSUED,
                "Office for Dispute Resolution, appeals page: 30 calendar days to state court \
                 (the court rule behind it, Pa.R.A.P. 1512(a)(1), was not read in its own text)",
                "https://odr-pa.org/due-process/appeals",
                Secondary,
            ),
            court(
                30,
                ISSUED,
                "Office for Dispute Resolution, appeals page: 30 calendar days to state court, 90 \
                 to federal court, from the date of the decision",
                "https://odr-pa.org/due-process/appeals",
                Secondary,
            ),
        ],
    )
};

const SD_30_11: &str = "https://print.casetext.com/regulation/south-dakota-administrative-rules/title-24-education/article-2405-special-education/chapter-240530-procedural-safeguards/section-24053011-appeal-of-hearing-decision-civil-action";
static SD: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "South Dakota Department of Education, Special Education Programs",
        citation: "S.D. Admin. R. 24:05:26:09.08",
        url: None,
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "S.D. Admin. R. 24:05:30:11 (the civil action is brought on the hearing officer's \
             decision itself; no review level) and 24:05:26:09.08 (expedited decisions are \
             appealable as chapter 24:05:30 provides)",
            SD_30_11,
            Interpretive,
        ),
        none(
            Field::StateCourt,
            "S.D. Admin. R. 24:05:30:11 (one period, thirty days from the hearing officer's \
             decision, for a civil action in state or federal court)",
            SD_30_11,
            Interpretive,
        ),
    ],
    ..with_holidays(
        pack(
            "US-SD",
            &[
                filing(
                    2,
                    KNEW,
                    "Special Ed Start Guide, South Dakota due process page: a two-year limit, counted \
                 here from when the parent knew (the copy read breaks off at \"from the date the \
                 parent\"); S.D. Admin. R. 24:05:30:07.02 not read",
                    "https://specialedstartguide.com/blog/south-dakota-due-process-hearing",
                    Secondary,
                ),
                court(
                    30,
                    ISSUED,
                    "S.D. Admin. R. 24:05:30:11 (state or federal court)",
                    SD_30_11,
                    Verified,
                ),
            ],
        ),
        &SD_HOLIDAYS,
        &[],
        SD_HOLIDAYS_LAW,
    )
};

const TX_ADVOCATES_2003: &str = "https://cetient.com/case/2866714/texas-advocates-supporting-kids-with-disabilitiestexas-education-agency-and-felipe-alanis-commissioner-of-education-v-texas-education-agency-and-felipe-alanis-commissioner-of-educationtexas-advocates-supporting-kids-with-disabilities";
const TX_89_1151: &str = "https://regulations.justia.com/states/texas/title-19/part-2/chapter-89/subchapter-aa/division-7/section-89-1151";
static TX: Pack = Pack {
    checked: CHECKED_2026_12_06,
    no_state_rule: &[
        none(
            Field::StateReview,
            "19 Tex. Admin. Code 89.1151(b) (\"a one-tier system of hearings\")",
            TX_89_1151,
            Verified,
        ),
        none(
            Field::Court,
            "Texas Advocates Supporting Kids with Disabilities v. Texas Education Agency, 112 \
             S.W.3d 234 (Tex. App.-Austin 2003): the agency lacked the authority to set a 90-day \
             period for judicial review; no statute setting one was found, so the federal 90 days \
             apply",
            TX_ADVOCATES_2003,
            Interpretive,
        ),
        none(
            Field::StateCourt,
            "Texas Advocates Supporting Kids with Disabilities v. Texas Education Agency, 112 \
             S.W.3d 234 (Tex. App.-Austin 2003): no period of the state's own for state court \
             either; the federal 90 days govern an action in any court",
            TX_ADVOCATES_2003,
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "19 Tex. Admin. Code 89.1001(a) (services follow all applicable federal law and \
             regulations, 34 CFR 300.148 among them) and 89.1151(b) (hearings governed by 34 CFR \
             300.507-300.515); subchapter AA has no section on reimbursement for a parent's own \
             placement (89.1096 is on students placed in private schools by their parents)",
            "https://casetext.com/regulation/texas-administrative-code/title-19-education/part-2-texas-education-agency/chapter-89-adaptations-for-special-populations/subchapter-aa-commissioners-rules-concerning-special-education-services/division-1-general-provisions/section-891001-scope-and-applicability",
            Interpretive,
        ),
    ],
    hearings: Some(Office {
        name: "Texas Education Agency",
        citation: "19 Tex. Admin. Code 89.1165(a)",
        url: None,
    }),
    ..with_holidays(
        pack(
            "US-TX",
            &[filing(
                2,
                KNEW,
                "19 Tex. Admin. Code 89.1151(c); Tex. Educ. Code 29.0164 (two years for hearings \
                 requested on or after September 1, 2022, one year for those requested before; the \
                 two years run from when the party knew or should have known)",
                TX_89_1151,
                Verified,
            )],
        ),
        &TX_HOLIDAYS,
        &[],
        TX_HOLIDAYS_LAW,
    )
};

const UT_208: &str = "https://codes.findlaw.com/ut/title-53e-public-education-system-state-administration/ut-code-sect-53e-7-208/";
static UT: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Utah State Board of Education",
        citation: "Utah Code 53E-7-208(3)(b)",
        url: Some(UT_208),
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "Utah Code 53E-7-208(3)(b), (4)(a) (the state board conducts the hearing and issues \
             the decision, which a party appeals by a civil action in court; no review level)",
            UT_208,
            Verified,
        ),
        none(
            Field::StateCourt,
            "Utah Code 53E-7-208(4)(a) (one period, 30 days after the decision is issued, for a \
             civil action in any court described in 20 U.S.C. 1415(i), state or federal)",
            UT_208,
            Verified,
        ),
    ],
    ..with_holidays(
        pack(
            "US-UT",
            &[
                filing(
                    2,
                    KNEW,
                    "Utah State Board of Education Special Education Rules IV.G.4, as a \
                     third-party research file quotes it (\"not more than two years before the date \
                     the parent or student who is an adult or LEA knew or should have known\"); the \
                     rules' own text was not read",
                    STATE_RULES_COMPILATION,
                    Secondary,
                ),
                court(30, ISSUED, "Utah Code 53E-7-208(4)", UT_208, Verified),
            ],
        ),
        &UT_HOLIDAYS,
        &[],
        UT_HOLIDAYS_LAW,
    )
};

/// 16 V.S.A. 2957 as read in Release 85 of the Official Code of Vermont Annotated (2022-07,
/// Public.Resource.Org), the copy kept in `UniCourt/cic-code-vt`.
const VT_2957: &str = "https://github.com/UniCourt/cic-code-vt/blob/e3dbe565665b975c4c6ac2acb25798f348861620/transforms/vt/ocvt/r85/gov.vt.vsa.title.16.html";
static VT: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Vermont Agency of Education, legal section (due process requests)",
        citation: "Vermont Agency of Education, Notice of Procedural Safeguards (revised June 1, \
                   2018), resources page",
        url: Some(
            "https://fdocuments.in/document/notice-of-procedural-safeguards-rights-of-parents-of-20180601-notice-of.html",
        ),
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "16 Vt. Stat. 2957(d) (the appeal lies from \"a final administrative decision in a \
             special education due process hearing\" to court; no state review named)",
            VT_2957,
            Interpretive,
        ),
        none(
            Field::StateCourt,
            "16 Vt. Stat. 2957(d) (the same 90 days in \"a court of competent jurisdiction\" under \
             20 U.S.C. 1415(i)(2), state or federal)",
            VT_2957,
            Verified,
        ),
    ],
    ..with_holidays(
        pack(
            "US-VT",
            &[
                reimbursement(
                    90,
                    "16 Vt. Stat. 2957(a)-(c) (90 days of the unilateral placement)",
                    "https://lexace.ai/us/statute/vermont/16-V.S.A.-%C2%A7-2957",
                    Verified,
                ),
                filing(
                    2,
                    KNEW,
                    "16 Vt. Stat. 2957(a)",
                    "https://lexace.ai/us/statute/vermont/16-V.S.A.-%C2%A7-2957",
                    Verified,
                ),
                filing(
                    2,
                    E::ActOrOmission,
                    "16 Vt. Stat. 2957(a) (two years \"of the alleged violation\", the earlier reading)",
                    VT_2957,
                    Interpretive,
                ),
                court(
                    90,
                    ISSUED,
                    "16 Vt. Stat. 2957(d) (90 days \"from the notice of the final decision\", counted \
                     here from the decision's date; the notice may also be read as its receipt)",
                    VT_2957,
                    Interpretive,
                ),
            ],
        ),
        &VT_HOLIDAYS,
        &[],
        VT_HOLIDAYS_LAW,
    )
};

const WA_05115: &str = "https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20392%20%20TITLE/WAC%20392%20-172A%20CHAPTER/WAC%20392%20-172A-05115.htm";
static WA: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Washington Office of Administrative Hearings",
        citation: "Wash. Admin. Code 392-172A-05080(3)(a), 392-172A-05090",
        url: None,
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "Wash. Admin. Code 392-172A-05115(1) (the civil action lies from the administrative law \
             judge's decision; no state review in 392-172A-05080 to -05125)",
            WA_05115,
            Verified,
        ),
        none(
            Field::StateCourt,
            "Wash. Admin. Code 392-172A-05115(2) (the same ninety days \"in federal or state \
             court\")",
            WA_05115,
            Verified,
        ),
        none(
            Field::Reimbursement,
            "Wash. Admin. Code 392-172A-04115(2) (reimbursement disputes go through the due \
             process procedures of 392-172A-05080 to -05125, with their limit)",
            "https://app.leg.wa.gov/WAC/default.aspx?cite=392-172A-04115",
            Verified,
        ),
    ],
    ..with_holidays(
        pack(
            "US-WA",
            &[
                filing(
                    2,
                    KNEW,
                    "Wash. Admin. Code 392-172A-05080(2)",
                    "https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20392%20%20TITLE/WAC%20392%20-172A%20CHAPTER/WAC%20392%20-172A-05080.htm",
                    Verified,
                ),
                court(
                    90,
                    ISSUED,
                    "Wash. Admin. Code 392-172A-05115(2) (state or federal court)",
                    "https://www.law.cornell.edu/regulations/washington/Wash-Admin-Code-SS-392-172A-05115",
                    Verified,
                ),
            ],
        ),
        &WA_HOLIDAYS,
        &[],
        WA_HOLIDAYS_LAW,
    )
};

const WI_115_80: &str = "https://instalawyer.io/laws/wisconsin-statutes-annotations/chapter-115-state-superintendent-11580-due-process-hearings";
const WI_HOLIDAYS_LAW: &str = "Wis. Stat. 995.20 (legal holidays, as 2009 SB 170 reprints it: the \
     September primary and the November general election days; Good Friday 11 a.m. to 3 p.m. only, \
     not counted); state offices close on another list (Wis. Stat. 230.35(4)(a)); the general \
     election day and December 24 only in the widest reading";
static WI_WIDE: [HolidayRule; 2] = [
    election_day(HolidayYears::Even, 1900, WI_HOLIDAYS_LAW),
    day(
        HolidayId::ChristmasEve,
        fixed(12, 24),
        Observance::None,
        1900,
        WI_HOLIDAYS_LAW,
    ),
];
static WI: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Wisconsin Department of Public Instruction",
        citation: "Wis. Stat. 115.80(1)(d)",
        url: Some(WI_115_80),
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "Wis. Stat. 115.80(1) (one hearing, requested from the division); 1995 AB 857, \
             Legislative Reference Bureau analysis (the proposal that ended the two-tier system)",
            WI_115_80,
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "Wis. Stat. 115.791(1), (2)(a)-(b), (3)(b)2., (4) (reimbursement for a unilateral \
             private school placement: its conditions and a written notice 10 business days \
             before removal, no claim period in the parts read)",
            "https://casetext.com/statute/wisconsin-statutes/public-instruction/chapter-115-state-superintendent-general-classifications-and-definitions-children-with-disabilities/subchapter-v-children-with-disabilities/section-115791-reimbursement-for-private-school-placement",
            Interpretive,
        ),
    ],
    holidays_status: Some(Interpretive),
    interpretive_holidays: &WI_WIDE,
    holiday_citation: WI_HOLIDAYS_LAW,
    mediation: Some(Office {
        name: "Wisconsin Special Education Mediation System",
        citation: "Wis. Stat. 115.797",
        url: None,
    }),
    ..pack(
        "US-WI",
        &[
            filing(
                1,
                NOTICE,
                "Wis. Stat. 115.80(1)(a)1. (one year after the district's refusal or proposal)",
                WI_115_80,
                Verified,
            ),
            filing(
                1,
                E::ActOrOmission,
                "Wis. Stat. 115.80(1)(a)1. (from the refusal or proposal, the earlier reading)",
                WI_115_80,
                Interpretive,
            ),
            court(
                45,
                ISSUED,
                "Wis. Stat. 115.80(7) (45 days, as the rules reference gives it; text not read)",
                "https://docs.legis.wisconsin.gov/statutes/statutes/115/v/80",
                Unverified,
            ),
        ],
    )
};

static WV: Pack = Pack {
    checked: CHECKED_2026_12_07,
    hearings: Some(Office {
        name: "West Virginia Department of Education, Office of Special Programs",
        citation: "West Virginia Department of Education, dispute resolution page",
        url: None,
    }),
    ..with_holidays(
        pack(
            "US-WV",
            &[
                court(
                    90,
                    ISSUED,
                    "West Virginia Department of Education, dispute resolution page (90 days, \
                     state or federal court; the state's policy text was not read)",
                    "https://new.wvde.us/academics/special-education/accountability-compliance/dispute-resolution",
                    Secondary,
                ),
                state_court(
                    90,
                    Unit::CalendarDays,
                    ISSUED,
                    "West Virginia Department of Education, dispute resolution page (\"any state \
                     court of competent jurisdiction\", like a federal court, within 90 days of the \
                     hearing officer's decision)",
                    "https://new.wvde.us/academics/special-education/accountability-compliance/dispute-resolution",
                    Secondary,
                ),
                filing(
                    2,
                    KNEW,
                    "W. Va. Code R. 126-16 (Policy 2419; not read: a third-party guide for parents \
                     gives the federal two years from when the parent knew or should have known)",
                    "https://specialedstartguide.com/blog/west-virginia-due-process-hearing",
                    Secondary,
                ),
            ],
        ),
        &WV_HOLIDAYS,
        &[],
        WV_HOLIDAYS_LAW,
    )
};

// Holidays of eight more states, read in research/ (states-a-m-checks.md and the holiday appendix
// of states-n-w-checks.md).
const FL_HOLIDAYS_LAW: &str = "Fla. Stat. 110.117(1) (2025 text: the Friday after Thanksgiving)";
static FL_HOLIDAYS: [HolidayRule; 1] = [day(
    HolidayId::DayAfterThanksgiving,
    AFTER_THANKSGIVING,
    Observance::None,
    1990,
    FL_HOLIDAYS_LAW,
)];
const AZ_HOLIDAYS_LAW: &str = "Ariz. Rev. Stat. 1-301 (2018 text; Constitution Commemoration Day, \
     September 17, counted only in the widest reading: offices do not close)";
static AZ_WIDE: [HolidayRule; 1] = [day(
    HolidayId::ConstitutionCommemorationDay,
    fixed(9, 17),
    Observance::None,
    1990,
    AZ_HOLIDAYS_LAW,
)];
const IN_HOLIDAYS_LAW: &str = "Ind. Code 1-1-9-1 (its list as a 2025 bill quotes it, up to \
     Columbus Day: Lincoln's Birthday and Good Friday; whether the rest of the list adds days is \
     open)";
static IN_HOLIDAYS: [HolidayRule; 2] = [
    day(
        HolidayId::LincolnDay,
        fixed(2, 12),
        Observance::None,
        1990,
        IN_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::GoodFriday,
        DateRule::FromEaster { days: -2 },
        Observance::None,
        1990,
        IN_HOLIDAYS_LAW,
    ),
];
const NH_HOLIDAYS_LAW: &str =
    "N.H. Rev. Stat. 288:1 (as a 2023 bill quotes it: the biennial election day)";
static NH_HOLIDAYS: [HolidayRule; 1] = [election_day(HolidayYears::Even, 1990, NH_HOLIDAYS_LAW)];
const KY_HOLIDAYS_LAW: &str = "Ky. Rev. Stat. 2.110(1) and 2.190 (presidential election day); the \
     state-employee days of 18A.190 are not counted yet";
static KY_HOLIDAYS: [HolidayRule; 5] = [
    day(
        HolidayId::RobertELeeDay,
        fixed(1, 19),
        Observance::None,
        1990,
        KY_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::FranklinRooseveltDay,
        fixed(1, 30),
        Observance::None,
        1990,
        KY_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::LincolnDay,
        fixed(2, 12),
        Observance::None,
        1990,
        KY_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::ConfederateMemorialDay,
        fixed(6, 3),
        Observance::None,
        1990,
        KY_HOLIDAYS_LAW,
    ),
    election_day(HolidayYears::Presidential, 1990, KY_HOLIDAYS_LAW),
];
const UT_HOLIDAYS_LAW: &str = "Utah Code 63G-1-301 (2025 text: Pioneer Day; Juneteenth, a state \
     holiday from 2022 (H.B. 238), is kept on a Monday: June 19 on Tuesday to Friday the Monday \
     before, on a weekend the Monday after)";
static UT_HOLIDAYS: [HolidayRule; 2] = [
    day(
        HolidayId::PioneerDay,
        fixed(7, 24),
        Observance::FridayOrMonday,
        1990,
        UT_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::Juneteenth,
        DateRule::MondayOfSaturdayWeek { month: 6, day: 19 },
        Observance::None,
        2022,
        UT_HOLIDAYS_LAW,
    ),
];
const WA_HOLIDAYS_LAW: &str = "Wash. Rev. Code 1.16.050(1)(j) (the Friday after Thanksgiving, a \
     legal holiday by 2004 at the latest; named Native American Heritage Day by 2014 c 177)";
static WA_HOLIDAYS: [HolidayRule; 1] = [day(
    HolidayId::DayAfterThanksgiving,
    AFTER_THANKSGIVING,
    Observance::None,
    2004,
    WA_HOLIDAYS_LAW,
)];
const WV_HOLIDAYS_LAW: &str = "W. Va. Code 2-2-1 (West Virginia Day; Lincoln's Day, the day after \
     Thanksgiving; general election day; primary election days are not counted yet)";
static WV_HOLIDAYS: [HolidayRule; 3] = [
    day(
        HolidayId::WestVirginiaDay,
        fixed(6, 20),
        Observance::FridayOrMonday,
        1990,
        WV_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::DayAfterThanksgiving,
        AFTER_THANKSGIVING,
        Observance::None,
        1990,
        WV_HOLIDAYS_LAW,
    ),
    election_day(HolidayYears::Even, 1990, WV_HOLIDAYS_LAW),
];

// The last fifteen jurisdictions (research/round3-*.md, checked 2026-11-25). Where nothing of the
// state's own was confirmed, the pack still names what was read (holidays, offices) and the page
// says that the state may set other limits.

const AL_HOLIDAYS_LAW: &str = "Ala. Code 1-3-8 (text before the 2025 Juneteenth act; Juneteenth is \
     a federal holiday anyway). Mardi Gras closes offices in Baldwin and Mobile counties only";
static AL_HOLIDAYS: [HolidayRule; 2] = [
    day(
        HolidayId::ConfederateMemorialDay,
        DateRule::NthWeekday {
            month: 4,
            weekday: Weekday::Mon,
            n: 4,
        },
        Observance::None,
        1991,
        AL_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::JeffersonDavisBirthday,
        DateRule::NthWeekday {
            month: 6,
            weekday: Weekday::Mon,
            n: 1,
        },
        Observance::None,
        1991,
        AL_HOLIDAYS_LAW,
    ),
];
static AL_WIDE: [HolidayRule; 1] = [day(
    HolidayId::MardiGras,
    DateRule::FromEaster { days: -47 },
    Observance::None,
    1991,
    AL_HOLIDAYS_LAW,
)];
static AL: Pack = Pack {
    hearings: Some(Office {
        name: "Alabama State Department of Education, Special Education Services (receives due \
               process complaints)",
        citation: "Alabama State Department of Education, due process complaint form (2023), as \
                   a third-party research file quotes it",
        url: Some(STATE_RULES_COMPILATION),
    }),
    ..with_holidays(
        pack(
            "US-AL",
            &[filing(
                2,
                KNEW,
                "Ala. Admin. Code r. 290-8-9-.08(9), as a third-party research file quotes it \
                 (\"not more than two years before the date the parent or public agency knew or \
                 should have known about the alleged action\"); the rule's own text was not read",
                STATE_RULES_COMPILATION,
                Secondary,
            )],
        ),
        &AL_HOLIDAYS,
        &AL_WIDE,
        AL_HOLIDAYS_LAW,
    )
};

const AR_HOLIDAYS_LAW: &str = "Ark. Code Ann. 1-5-101 (Official Code, 2020 release; a Saturday \
     holiday is kept the Friday before, a Sunday one the Monday after)";
static AR_HOLIDAYS: [HolidayRule; 1] = [day(
    HolidayId::ChristmasEve,
    fixed(12, 24),
    Observance::FridayOrMonday,
    1990,
    AR_HOLIDAYS_LAW,
)];
const AR_RULES_URL: &str = "https://casetext.com/regulation/arkansas-administrative-code/\
     agency-005-department-of-education/division-28-division-of-elementary-and-secondary-education/\
     rule-0052822-025-dese-rules-governing-special-education-sec-1000-mediation-and-hearings";
const AR_BRITTANY_O: &str = "https://print.casetext.com/case/o-v-bentonville-sch-dist-2";
static AR: Pack = Pack {
    hearings: Some(Office {
        name: "Arkansas Division of Elementary and Secondary Education, Dispute Resolution Section",
        citation: "Arkansas Division of Elementary and Secondary Education, dispute resolution page",
        url: Some("https://dese.ade.arkansas.gov/Offices/special-education/dispute-resolution"),
    }),
    mediation: Some(Office {
        name: "Arkansas Special Education Mediation Project (UALR Bowen School of Law)",
        citation: "Arkansas Division of Elementary and Secondary Education, dispute resolution page",
        url: Some("https://dese.ade.arkansas.gov/Offices/special-education/dispute-resolution"),
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "Ark. Code Ann. 6-41-216(g), as the Eighth Circuit quotes it in Brittany O. v. \
             Bentonville Sch. Dist. (2017): the civil action runs from the hearing officer's \
             decision, with no state review level",
            AR_BRITTANY_O,
            Interpretive,
        ),
        none(
            Field::StateCourt,
            "Ark. Code Ann. 6-41-216(g), as quoted in Brittany O. v. Bentonville Sch. Dist. (2017): \
             one period, 90 days, in \"a court of competent jurisdiction\", state or federal",
            AR_BRITTANY_O,
            Interpretive,
        ),
    ],
    ..with_holidays(
        pack(
            "US-AR",
            &[
                filing(
                    2,
                    KNEW,
                    "Ark. Admin. Code 005.28.22-025, Rules Governing Special Education 10.03.2",
                    AR_RULES_URL,
                    Verified,
                ),
                court(
                    90,
                    ISSUED,
                    "Ark. Code Ann. 6-41-216(g), as the Eighth Circuit quotes it in Brittany O. \
                     v. Bentonville Sch. Dist. (2017) (any court)",
                    AR_BRITTANY_O,
                    Interpretive,
                ),
            ],
        ),
        &AR_HOLIDAYS,
        &[],
        AR_HOLIDAYS_LAW,
    )
};

const GA_HOLIDAYS_LAW: &str = "O.C.G.A. 1-4-1 (the federal holidays; the Governor names further \
     closing days each year, such as Good Friday and the day after Thanksgiving, counted only in \
     the widest reading)";
static GA_WIDE: [HolidayRule; 2] = [
    day(
        HolidayId::GoodFriday,
        DateRule::FromEaster { days: -2 },
        Observance::None,
        2022,
        GA_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::DayAfterThanksgiving,
        AFTER_THANKSGIVING,
        Observance::None,
        2022,
        GA_HOLIDAYS_LAW,
    ),
];
static GA: Pack = Pack {
    checked: CHECKED_2026_12_06,
    no_state_rule: &[
        none(
            Field::StateReview,
            "Oconee Cnty. Sch. Dist. v. A.B., No. 3:14-CV-72 (M.D. Ga. July 1, 2015): the Office \
             of State Administrative Hearings judge's Final Decision (OSAH-DOE-SE-1417873-108) \
             goes straight to federal court, with no state review step",
            "http://print.casetext.com/case/oconee-cnty-sch-dist-v-ab-2",
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "Ga. Comp. R. & Regs. 160-4-7-.13(2) (placement by parents when FAPE is at issue: the \
             federal rule restated paragraph by paragraph, 34 CFR 300.148, with no claim period in \
             the part read)",
            "https://www.law.cornell.edu/regulations/georgia/Ga-Comp-R-Regs-R-160-4-7-.13",
            Interpretive,
        ),
    ],
    hearings: Some(Office {
        name: "Georgia Office of State Administrative Hearings",
        citation: "Georgia Department of Education, Dispute Resolution",
        url: None,
    }),
    mediation: Some(Office {
        name: "Georgia Department of Education mediation",
        citation: "Georgia Department of Education, Dispute Resolution",
        url: None,
    }),
    ..with_holidays(
        pack(
            "US-GA",
            &[
                filing(
                    2,
                    KNEW,
                    "Ga. Comp. R. & Regs. 160-4-7-.12(3), as the Georgia Department of Education \
                     states it (\"with limited exceptions\"); the rule's own text was not read",
                    "https://www.gadoe.org/Curriculum-Instruction-and-Assessment/Special-Education-Services/Pages/Dispute-Resolution.aspx",
                    Secondary,
                ),
                court(
                    90,
                    ISSUED,
                    "Atlanta Indep. Sch. Sys. v. S.F., No. 1:09-CV-2166-RWS (N.D. Ga. Mar. 8, 2010), \
                     as a case summary reports it: the appeal of the Office of State \
                     Administrative Hearings' final order of May 11, 2009, filed August 10, 2009, \
                     came within IDEA's 90 days; the court's own words on the period and Ga. Comp. \
                     R. & Regs. 160-4-7-.12(3) were not read",
                    "https://www.studicata.com/summaries/united-states-district-court-northern-district-of-georgia/atlanta-independent-school-system-v-s-f-2010-hyaqlr",
                    Secondary,
                ),
                state_court(
                    30,
                    Unit::CalendarDays,
                    MAILED,
                    "O.C.G.A. 50-13-19(b) (a petition for review in superior court within 30 days \
                     after service of the final decision; counted here from its mailing); \
                     50-13-20.1 (an administrative law judge's final decision is reviewed the same \
                     way); that these 30 days bind an IDEA action in a Georgia court is a reading: \
                     50-13-19(a) leaves other means of review provided by law open, and Cory D. v. \
                     Burke County Sch. Dist. (11th Cir. 2002) borrowed them before IDEA 2004 set \
                     90 days",
                    "https://law.justia.com/codes/georgia/2020/title-50/chapter-13/article-1/section-50-13-19/",
                    Interpretive,
                ),
                court(
                    30,
                    MAILED,
                    "O.C.G.A. 50-13-19(b) (30 days to superior court after service of the final \
                     decision, the shorter period if it binds IDEA actions, which is a reading; \
                     federal court keeps the federal 90 days)",
                    "https://law.justia.com/codes/georgia/2020/title-50/chapter-13/article-1/section-50-13-19/",
                    Interpretive,
                ),
            ],
        ),
        &[],
        &GA_WIDE,
        GA_HOLIDAYS_LAW,
    )
};

const ID_HOLIDAYS_LAW: &str = "Idaho Code 73-108 (its holidays are federal ones)";
static ID: Pack = Pack {
    hearings: Some(Office {
        name: "Idaho Department of Education, Dispute Resolution",
        citation: "Idaho Department of Education, dispute resolution page",
        url: Some("https://sde.idaho.gov/sped/dispute/"),
    }),
    mediation: Some(Office {
        name: "Idaho Department of Education, Dispute Resolution",
        citation: "Idaho Department of Education, dispute resolution page",
        url: Some("https://sde.idaho.gov/sped/dispute/"),
    }),
    ..with_holidays(
        pack(
            "US-ID",
            &[filing(
                2,
                KNEW,
                "Idaho Special Education Manual ch. 13 (not read; a summary gives two years)",
                "https://specialedstartguide.com/blog/idaho-due-process-hearing",
                Secondary,
            )],
        ),
        &[],
        &[],
        ID_HOLIDAYS_LAW,
    )
};

const IA_HOLIDAYS_LAW: &str = "Iowa Code 1C.1 (Lincoln's Birthday); 1C.2 (the day after \
     Thanksgiving, a paid day off for state employees, counted only in the widest reading)";
static IA_HOLIDAYS: [HolidayRule; 1] = [day(
    HolidayId::LincolnDay,
    fixed(2, 12),
    Observance::None,
    1990,
    IA_HOLIDAYS_LAW,
)];
static IA_WIDE: [HolidayRule; 1] = [day(
    HolidayId::DayAfterThanksgiving,
    AFTER_THANKSGIVING,
    Observance::None,
    1990,
    IA_HOLIDAYS_LAW,
)];
/// Iowa Admin. Code r. 281-41.511 as casetext shows it (current through October 30, 2024).
const IA_41_511: &str = "https://casetext.com/regulation/iowa-administrative-code/agency-281-education-department/title-vii-special-education/chapter-41-special-education/rule-281-41511-impartial-due-process-hearing";
static IA: Pack = Pack {
    checked: CHECKED_2026_12_06,
    no_state_rule: &[none(
        Field::StateReview,
        "Iowa Admin. Code r. 281-41.511(2) (the hearing \"must be conducted by the department\", \
         the state education agency; with the hearing held by the state agency, no state review \
         follows, 34 CFR 300.514(b))",
        IA_41_511,
        Interpretive,
    )],
    hearings: Some(Office {
        name: "Iowa Department of Education, with judges of the Division of Administrative \
               Hearings",
        citation: "Iowa Admin. Code r. 281-41.511(2); Iowa Code 256B.6(4)",
        url: None,
    }),
    mediation: Some(Office {
        name: "Iowa Department of Education State Mediation",
        citation: "Iowa Department of Education, dispute resolution page",
        url: Some("https://educate.iowa.gov/pk-12/special-education/dispute-resolution"),
    }),
    ..with_holidays(
        pack(
            "US-IA",
            &[filing(
                2,
                KNEW,
                "Iowa Admin. Code r. 281-41.507(1)(b), as a third-party research file quotes it \
                 (\"not more than two years before the date the parent or public agency knew or \
                 should have known about the alleged action\"); the rule's own text was not read",
                STATE_RULES_COMPILATION,
                Secondary,
            )],
        ),
        &IA_HOLIDAYS,
        &IA_WIDE,
        IA_HOLIDAYS_LAW,
    )
};

/// Patriots' Day, the third Monday in April (Maine and Massachusetts).
const PATRIOTS_DAY: DateRule = DateRule::NthWeekday {
    month: 4,
    weekday: Weekday::Mon,
    n: 3,
};
const ME_HOLIDAYS_LAW: &str = "Me. Rev. Stat. tit. 4, 1051 (as replaced in 2021; the day after \
     Thanksgiving is a day off for state employees only, counted in the widest reading)";
static ME_HOLIDAYS: [HolidayRule; 1] = [day(
    HolidayId::PatriotsDay,
    PATRIOTS_DAY,
    Observance::None,
    1990,
    ME_HOLIDAYS_LAW,
)];
static ME_WIDE: [HolidayRule; 1] = [day(
    HolidayId::DayAfterThanksgiving,
    AFTER_THANKSGIVING,
    Observance::None,
    1990,
    ME_HOLIDAYS_LAW,
)];
static ME: Pack = Pack {
    // Round 19: the statute on due process hearings and MUSER XVI's opening, read.
    no_state_rule: &[NoStateRule {
        checked: CHECKED_2026_12_07,
        ..none(
            Field::StateReview,
            "20-A M.R.S. 7207-B(1)(B) (the hearing officer issues the \"final decision\") and \
             MUSER XVI.1.B(3) (hearings are asked of the Department): a hearing the state agency \
             holds has no state review, 34 CFR 300.514(b)",
            "https://www.lawserver.com/law/state/maine/me-statutes/maine_revised_statutes_title_20-a_7207-b",
            Interpretive,
        )
    }],
    hearings: Some(Office {
        name: "Maine Department of Education, Office of Special Services Dispute Resolution",
        citation: "Code Me. R. 05-071 ch. 101 (MUSER) XVI",
        url: None,
    }),
    mediation: Some(Office {
        name: "Maine Department of Education stand-alone mediation",
        citation: "Code Me. R. 05-071 ch. 101 (MUSER) XVI(2)",
        url: None,
    }),
    ..with_holidays(
        pack(
            "US-ME",
            &[
                filing(
                    2,
                    KNEW,
                    "Code Me. R. 05-071 ch. 101 (MUSER) XVI.13.E, as the First Circuit reads it \
                     in Ms. S. v. Regional School Unit 72, 916 F.3d 41 (2019); the rule's text was \
                     not read",
                    "https://cetient.com/case/4368639/ms-s-v-regional-school-unit-72",
                    Secondary,
                ),
                state_court(
                    30,
                    Unit::CalendarDays,
                    RECEIVED,
                    "Me. Rev. Stat. tit. 5, 11002(3) (30 days after receipt of notice; that it \
                     governs special-education appeals is a reading)",
                    "http://www.mainelegislature.org/legis/statutes/5/title5sec11002.html",
                    Interpretive,
                ),
                court(
                    30,
                    RECEIVED,
                    "Me. Rev. Stat. tit. 5, 11002(3) (state court, 30 days after receipt of notice; \
                     federal court as federal law allows; that it governs special-education \
                     appeals is a reading)",
                    "http://www.mainelegislature.org/legis/statutes/5/title5sec11002.html",
                    Interpretive,
                ),
            ],
        ),
        &ME_HOLIDAYS,
        &ME_WIDE,
        ME_HOLIDAYS_LAW,
    )
};

const MA_HOLIDAYS_LAW: &str = "Mass. Gen. Laws ch. 4, 7(18) (a Sunday holiday moves to Monday; a \
     Saturday one does not move); ch. 136, 12 (Suffolk County offices also close on March 17 and \
     June 17, counted only in the widest reading)";
static MA_HOLIDAYS: [HolidayRule; 1] = [day(
    HolidayId::PatriotsDay,
    PATRIOTS_DAY,
    Observance::None,
    1990,
    MA_HOLIDAYS_LAW,
)];
static MA_WIDE: [HolidayRule; 2] = [
    day(
        HolidayId::EvacuationDay,
        fixed(3, 17),
        Observance::MondayIfSunday,
        1990,
        MA_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::BunkerHillDay,
        fixed(6, 17),
        Observance::MondayIfSunday,
        1990,
        MA_HOLIDAYS_LAW,
    ),
];
static MA: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Bureau of Special Education Appeals (BSEA)",
        citation: "603 Mass. Code Regs. 28.08(3)",
        url: None,
    }),
    no_state_rule: &[
        none(
            Field::StateReview,
            "603 Mass. Code Regs. 28.08(3) (the Bureau of Special Education Appeals conducts the \
             hearings; its decision goes to court, with no state review step)",
            "https://regulations.justia.com/states/massachusetts/603-cmr/title-603-cmr-28-00/section-28-08",
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "603 Mass. Code Regs. 28.00 (read whole, as amended June 23, 2026: no rule on \
             reimbursement for a parent's own private placement and no claim period; 28.01(2) \
             says its requirements are \"in addition to, or in some instances clarify or further \
             elaborate\" those of 20 U.S.C. 1400 et seq. and 34 CFR 300 et seq.)",
            "https://www.doe.mass.edu/lawsregs/603cmr28.html",
            Interpretive,
        ),
    ],
    mediation: Some(Office {
        name: "Bureau of Special Education Appeals (BSEA) mediation",
        citation: "603 Mass. Code Regs. 28.08(3)",
        url: None,
    }),
    ..with_holidays(
        pack(
            "US-MA",
            &[
                filing(
                    2,
                    KNEW,
                    "20 U.S.C. 1415(f)(3)(C), as the Bureau of Special Education Appeals applies it \
                     (BSEA #22-12235) and summaries state it; BSEA Hearing Rule I(C) was not read",
                    "https://kcsspecialeducationlaw.com/2013/06/21/due-process-hearings-at-the-bsea/",
                    Secondary,
                ),
                state_court(
                    30,
                    Unit::CalendarDays,
                    RECEIVED,
                    "Mass. Gen. Laws ch. 30A, 14(1) (30 days after receipt of notice of the \
                     final decision; the complaint must reach the court in time; that it governs \
                     BSEA decisions is a reading)",
                    "http://masscases.com/cases/sjc/412/412mass464.html",
                    Interpretive,
                ),
                court(
                    30,
                    RECEIVED,
                    "Mass. Gen. Laws ch. 30A, 14(1) (state court, 30 days after receipt of notice \
                     of the final decision; federal court as federal law allows; that it governs \
                     BSEA decisions is a reading)",
                    "http://masscases.com/cases/sjc/412/412mass464.html",
                    Interpretive,
                ),
            ],
        ),
        &MA_HOLIDAYS,
        &MA_WIDE,
        MA_HOLIDAYS_LAW,
    )
};

const MI_HOLIDAYS_LAW: &str = "Mich. Comp. Laws 435.101 (Lincoln's Birthday; its Saturday \
     afternoons fall on weekends anyway)";
static MI_HOLIDAYS: [HolidayRule; 1] = [day(
    HolidayId::LincolnDay,
    fixed(2, 12),
    Observance::None,
    1990,
    MI_HOLIDAYS_LAW,
)];
const MI_1724F: &str =
    "https://www.law.cornell.edu/regulations/michigan/Mich-Admin-Code-R-340-1724f";
static MI: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Michigan Office of Administrative Hearings and Rules (MOAHR)",
        citation: "Mich. Admin. Code R 340.1724f(3)",
        url: None,
    }),
    no_state_rule: &[
        none(
            Field::FilingLimit,
            "Mich. Admin. Code R 340.1724f(1)-(4) (how a hearing is requested: no period; the \
             one year of R 340.1851 is for state complaints)",
            MI_1724F,
            Interpretive,
        ),
        none(
            Field::StateReview,
            "Mich. Admin. Code R 340.1724f(4) (the administrative law judge's final decision is \
             appealed to a court)",
            MI_1724F,
            Verified,
        ),
        none(
            Field::StateCourt,
            "Mich. Admin. Code R 340.1724f(4) (the same 90 days for any court of competent \
             jurisdiction)",
            MI_1724F,
            Verified,
        ),
        none(
            Field::Reimbursement,
            "Mich. Admin. Code R 340.1701 (adopts 34 CFR part 300, 300.148 included, by reference; \
             no Michigan rule on a claim period was found)",
            "http://mirules.elaws.us/register/10/1/2008/2",
            Interpretive,
        ),
    ],
    mediation: Some(Office {
        name: "Special Education Mediation Services (SEMS)",
        citation: "Michigan Department of Education, dispute resolution options",
        url: Some(
            "https://www.michigan.gov/mde/services/special-education/dispute-resolution-options",
        ),
    }),
    ..with_holidays(
        pack(
            "US-MI",
            &[court(
                90,
                MAILED,
                "Mich. Admin. Code R 340.1724f(4) (90 days after the mailing date of the final \
                 decision, in state or federal court)",
                "https://www.law.cornell.edu/regulations/michigan/Mich-Admin-Code-R-340-1724f",
                Verified,
            )],
        ),
        &MI_HOLIDAYS,
        &[],
        MI_HOLIDAYS_LAW,
    )
};

const MS_HOLIDAYS_LAW: &str = "Miss. Code Ann. 3-3-7 (copy current to 2023; a Sunday holiday \
     moves to Monday)";
static MS_HOLIDAYS: [HolidayRule; 1] = [day(
    HolidayId::ConfederateMemorialDay,
    DateRule::LastWeekday {
        month: 4,
        weekday: Weekday::Mon,
    },
    Observance::None,
    1990,
    MS_HOLIDAYS_LAW,
)];
/// Miss. Code Ann. 37-23-143 as the 2003 bill to amend it (H.B. 662, as introduced) shows the
/// law then in force.
const MS_143_2003: &str =
    "http://billstatus.ls.state.ms.us/documents/2003/html/HB/0600-0699/HB0662IN.htm";
static MS: Pack = Pack {
    checked: CHECKED_2026_12_06,
    no_state_rule: &[none(
        Field::StateReview,
        "Miss. Code Ann. 37-23-143(1), (2) (a \"state-level impartial due process hearing\" in a \
         system the State Department of Education sets up; with the hearing held at the state \
         level, no state review follows, 34 CFR 300.514(b); the text in force in 2003, as a bill of \
         that year shows it)",
        MS_143_2003,
        Interpretive,
    )],
    hearings: Some(Office {
        name: "Mississippi Department of Education, Office of Special Education",
        citation: "Mississippi Department of Education, Office of Special Education, questions from families",
        url: Some("http://mdek12.org/OSE/Information-for-Families/FAQ"),
    }),
    mediation: Some(Office {
        name: "Mississippi Department of Education, Office of Special Education",
        citation: "Mississippi Department of Education, Office of Special Education, questions from families",
        url: Some("http://mdek12.org/OSE/Information-for-Families/FAQ"),
    }),
    ..with_holidays(
        pack(
            "US-MS",
            &[filing(
                2,
                KNEW,
                "Mississippi Department of Education, Procedural Safeguards (revised Oct. 21, \
                 2025), as a third-party research file quotes it (\"within two (2) years of the \
                 date you or the public agency knew or should have known\"); no rule was read",
                STATE_RULES_COMPILATION,
                Secondary,
            )],
        ),
        &MS_HOLIDAYS,
        &[],
        MS_HOLIDAYS_LAW,
    )
};

const MT_HOLIDAYS_LAW: &str = "Mont. Code Ann. 1-1-216 (state general election day: state offices \
     are elected in even years)";
static MT_HOLIDAYS: [HolidayRule; 1] = [election_day(HolidayYears::Even, 1990, MT_HOLIDAYS_LAW)];
const MT_3523: &str = "https://www.law.cornell.edu/regulations/montana/ARM-10-16-3523";
static MT: Pack = Pack {
    checked: CHECKED_2026_12_06,
    no_state_rule: &[
        none(
            Field::FilingLimit,
            "Admin. R. Mont. 10.16.3508(1)-(5) (read whole in a copy of the state's rule gateway \
             that does not show the rule number: a written request to the Superintendent of \
             Public Instruction, its contents and responses; no period to request a hearing)",
            "https://39276.bndtmqurk.asia/gateway/ShowRuleFile.asp?RID=616",
            Interpretive,
        ),
        none(
            Field::StateReview,
            "Admin. R. Mont. 10.16.3523(4) (the hearing officer's decision \"shall be binding upon \
             both parties unless the decision is appealed\"; its (5), on where the appeal goes, \
             read only at its opening) and 10.16.3531(5) (expedited hearings: appeal to a district \
             court or a civil action under 34 CFR 300.516); that ordinary hearings also go straight \
             to court, with no review level, is a reading",
            MT_3523,
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "Admin. R. Mont. 10.16.3523(3) (the hearing officer may order reimbursement for a \
             unilateral placement; no claim period in the rule, read through (4))",
            MT_3523,
            Interpretive,
        ),
    ],
    hearings: Some(Office {
        name: "Montana Office of Public Instruction, Dispute Resolution Office",
        citation: "Admin. R. Mont. 10.16.3662(3)",
        url: None,
    }),
    mediation: Some(Office {
        name: "Montana Office of Public Instruction, Early Assistance Program and mediation",
        citation: "Admin. R. Mont. 10.16.3660",
        url: None,
    }),
    ..with_holidays(
        pack(
            "US-MT",
            &[
                state_court(
                    30,
                    Unit::CalendarDays,
                    MAILED,
                    "Mont. Code Ann. 2-4-702(2)(a) (30 days after service of the decision, which \
                     the hearing officer mails; that it governs appeals under Admin. R. Mont. \
                     10.16.3523(5) is a reading)",
                    "https://leg.mt.gov/bills/mca/2/4/2-4-702.htm",
                    Interpretive,
                ),
                court(
                    30,
                    MAILED,
                    "Mont. Code Ann. 2-4-702(2)(a) (state court; federal court as federal law \
                     allows; that it governs appeals under Admin. R. Mont. 10.16.3523(5) is a \
                     reading)",
                    "https://leg.mt.gov/bills/mca/2/4/2-4-702.htm",
                    Interpretive,
                ),
            ],
        ),
        &MT_HOLIDAYS,
        &[],
        MT_HOLIDAYS_LAW,
    )
};

const NV_HOLIDAYS_LAW: &str = "Nev. Rev. Stat. 236.015 (2013 text: Nevada Day and Family Day; \
     Juneteenth, added in 2023, is a federal holiday anyway)";
static NV_HOLIDAYS: [HolidayRule; 2] = [
    day(
        HolidayId::NevadaDay,
        DateRule::LastWeekday {
            month: 10,
            weekday: Weekday::Fri,
        },
        Observance::None,
        2000,
        NV_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::DayAfterThanksgiving,
        AFTER_THANKSGIVING,
        Observance::None,
        1990,
        NV_HOLIDAYS_LAW,
    ),
];
static NV: Pack = Pack {
    hearings: Some(Office {
        name: "Nevada Department of Education, Dispute Resolution",
        citation: "Nev. Rev. Stat. 388.465",
        url: None,
    }),
    mediation: Some(Office {
        name: "Nevada Department of Education mediation",
        citation: "Nev. Admin. Code 388.305",
        url: None,
    }),
    two_tier: true,
    ..with_holidays(
        pack(
            "US-NV",
            &[
                filing(
                    2,
                    KNEW,
                    "Nev. Admin. Code 388.306(15) (as amended by R017-18, effective January 30, \
                     2019), as a third-party research file quotes it (\"within 2 years after the \
                     date on which the parent or public agency knew or should have known about the \
                     alleged action\"); the rule's own text was not read",
                    STATE_RULES_COMPILATION,
                    Secondary,
                ),
                review(
                    30,
                    RECEIVED,
                    "Nev. Admin. Code 388.315(1) (text as of 2015; a State Review Officer still \
                 decided a case filed in 2021: W.T. v. Douglas Cnty. Sch. Dist., D. Nev. 2023)",
                    "http://nvrules.elaws.us/nac/388.315",
                    Interpretive,
                ),
            ],
        ),
        &NV_HOLIDAYS,
        &[],
        NV_HOLIDAYS_LAW,
    )
};

const NM_HOLIDAYS_LAW: &str =
    "N.M. Stat. Ann. 12-5-2 (as summaries list it: its holidays are federal ones)";
static NM: Pack = Pack {
    hearings: Some(Office {
        name: "New Mexico Public Education Department, Office of Special Education",
        citation: "New Mexico Public Education Department, dispute resolution page",
        url: Some("https://webnew.ped.state.nm.us/bureaus/special-education/dispute-resolution"),
    }),
    mediation: Some(Office {
        name: "New Mexico Public Education Department, Office of Special Education",
        citation: "New Mexico Public Education Department, dispute resolution page",
        url: Some("https://webnew.ped.state.nm.us/bureaus/special-education/dispute-resolution"),
    }),
    holidays_status: Some(Secondary),
    holiday_citation: NM_HOLIDAYS_LAW,
    ..pack(
        "US-NM",
        &[
            filing(
                2,
                KNEW,
                "N.M. Pub. Educ. Dep't Procedural Safeguards Notice (rev. 12-23-2020), as a \
                 third-party research file quotes it (\"not more than two years before you or the \
                 school district knew or should have known\"); 6.31.2.13 NMAC was not read",
                STATE_RULES_COMPILATION,
                Secondary,
            ),
            court(
                30,
                RECEIVED,
                "N.M. Code R. 6.31.2.13(I) (30 days from receipt of the last administrative \
                 decision, as courts quote it for fee actions; its rule for other actions was not \
                 read)",
                "https://print.casetext.com/case/chavez-v-espanola-public-schools",
                Interpretive,
            ),
        ],
    )
};

const OK_HOLIDAYS_LAW: &str = "Okla. Stat. tit. 25, 82.1 (the day after Thanksgiving; its extra \
     Christmas day, before or after by weekday, is not counted yet)";
static OK_HOLIDAYS: [HolidayRule; 1] = [day(
    HolidayId::DayAfterThanksgiving,
    AFTER_THANKSGIVING,
    Observance::None,
    1990,
    OK_HOLIDAYS_LAW,
)];
static OK: Pack = Pack {
    hearings: Some(Office {
        name: "Special Education Resolution Center (SERC), Oklahoma State University",
        citation: "SERC newsletter, September 2023",
        url: Some("https://okserc.org/september-2023/"),
    }),
    mediation: Some(Office {
        name: "Special Education Resolution Center (SERC), Oklahoma State University",
        citation: "SERC newsletter, September 2023",
        url: Some("https://okserc.org/september-2023/"),
    }),
    ..with_holidays(
        pack(
            "US-OK",
            &[filing(
                2,
                KNEW,
                "34 CFR 300.507(a)(2), as Oklahoma's Special Education Resolution Center applies \
                 it (its FAQ page; no Oklahoma text read)",
                "https://okserc.org/due-process/due-process-hearings-frequently-asked-questions/",
                Secondary,
            )],
        ),
        &OK_HOLIDAYS,
        &[],
        OK_HOLIDAYS_LAW,
    )
};

const RI_HOLIDAYS_LAW: &str = "R.I. Gen. Laws 25-1-1 (undated copy; a Sunday holiday moves to \
     Monday; for state employees, January 1, July 4, November 11 and December 25 on a Saturday \
     or Sunday move to the Monday after)";
static RI_HOLIDAYS: [HolidayRule; 7] = [
    day(
        HolidayId::NewYearsDay,
        fixed(1, 1),
        Observance::MondayIfWeekend,
        1990,
        RI_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::IndependenceDay,
        fixed(7, 4),
        Observance::MondayIfWeekend,
        1990,
        RI_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::VeteransDay,
        fixed(11, 11),
        Observance::MondayIfWeekend,
        1990,
        RI_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::Christmas,
        fixed(12, 25),
        Observance::MondayIfWeekend,
        1990,
        RI_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::RhodeIslandIndependenceDay,
        fixed(5, 4),
        Observance::MondayIfSunday,
        1990,
        RI_HOLIDAYS_LAW,
    ),
    day(
        HolidayId::VictoryDay,
        DateRule::NthWeekday {
            month: 8,
            weekday: Weekday::Mon,
            n: 2,
        },
        Observance::None,
        1990,
        RI_HOLIDAYS_LAW,
    ),
    election_day(HolidayYears::Even, 1990, RI_HOLIDAYS_LAW),
];
/// 200-RICR-20-30-6 as the Secretary of State's site keeps its 2019 version (marked inactive
/// there); its section 6.3 lists the parts of 34 CFR Part 300 that Rhode Island leaves out or
/// changes.
const RI_6_3: &str = "https://rules.sos.ri.gov/Regulations/part/200-20-30-6?reg_id=10327";
const RI_42_35_15: &str = "http://webserver.rilegislature.gov/Statutes/TITLE42/42-35/42-35-15.htm";
const RI_COURT: Rule = court(
    30,
    MAILED,
    "R.I. Gen. Laws 42-35-15(b) (30 days after mailing), the period Providence Sch. \
     Dep't v. Ana C., 108 F.3d 1 (1st Cir. 1997) borrowed for IDEA actions; since \
     2004 a reading, the federal 90 days otherwise",
    RI_42_35_15,
    Interpretive,
);
static RI: Pack = Pack {
    checked: CHECKED_2026_12_06,
    no_state_rule: &[
        none(
            Field::FilingLimit,
            "200-RICR-20-30-6.3(A)-(B), 2019 version (34 CFR Part 300, December 2018, incorporated \
             by reference; 300.507(a)(2) and 300.511(e)-(f), the two-year limit, are not among the \
             sections left out or modified)",
            RI_6_3,
            Interpretive,
        ),
        none(
            Field::Reimbursement,
            "200-RICR-20-30-6.3(A)-(B), 2019 version (34 CFR Part 300, December 2018, incorporated \
             by reference; 300.148 is not among the sections left out or modified)",
            RI_6_3,
            Interpretive,
        ),
    ],
    hearings: Some(Office {
        name: "Rhode Island Department of Education, Legal Office",
        citation: "Rhode Island Department of Education, legal support page",
        url: Some("http://www.ride.ri.gov/InsideRIDE/LegalSupport.aspx"),
    }),
    ..with_holidays(
        pack(
            "US-RI",
            &[
                // The state's regulation changes 34 CFR 300.516(b) in a text not reached; the
                // administrative procedure act's 30 days after mailing are the earliest reading.
                state_court(
                    30,
                    Unit::CalendarDays,
                    MAILED,
                    "R.I. Gen. Laws 42-35-15(b) (superior court, \"within thirty (30) days after \
                     mailing notice of the final decision of the agency\"); that it governs \
                     special-education decisions is a reading",
                    RI_42_35_15,
                    Interpretive,
                ),
                RI_COURT,
                also_in_federal_court(RI_COURT),
            ],
        ),
        &RI_HOLIDAYS,
        &[],
        RI_HOLIDAYS_LAW,
    )
};

const VA_HOLIDAYS_LAW: &str = "Va. Code 2.2-3300 (Election Day, every year; the Friday after \
     Thanksgiving; a Saturday holiday is kept the Friday before, a Sunday one the Monday after)";
static VA_HOLIDAYS: [HolidayRule; 2] = [
    election_day(HolidayYears::Every, 2020, VA_HOLIDAYS_LAW),
    day(
        HolidayId::DayAfterThanksgiving,
        AFTER_THANKSGIVING,
        Observance::None,
        1990,
        VA_HOLIDAYS_LAW,
    ),
];
const VA_NOTICE_URL: &str = "https://www.formsbank.com/template/397008/\
     your-family-s-special-education-rights-virginia-procedural-safeguards-notice-virginia-\
     department-of-education-division-of-special-education-and-student-services.html?page=24";
static VA: Pack = Pack {
    checked: CHECKED_2026_12_06,
    hearings: Some(Office {
        name: "Supreme Court of Virginia hearing officers, with the Virginia Department of \
               Education's Office of Dispute Resolution and Administrative Services",
        citation: "8 Va. Admin. Code 20-81-210(B)-(C)",
        url: None,
    }),
    mediation: Some(Office {
        name: "Virginia Department of Education mediation",
        citation: "Virginia Procedural Safeguards Notice",
        url: None,
    }),
    no_state_rule: &[none(
        Field::StateReview,
        "8 Va. Admin. Code 20-81-210(A)-(C) (one hearing, by officers of the system the Supreme \
         Court of Virginia administers; no state review step in the part read)",
        "http://varules.elaws.us/code/8vac20-81-210",
        Interpretive,
    )],
    holidays_status: Some(Verified),
    holidays: &VA_HOLIDAYS,
    interpretive_holidays: &[],
    holiday_citation: VA_HOLIDAYS_LAW,
    ..pack(
        "US-VA",
        &[
            state_court(
                180,
                Unit::CalendarDays,
                ISSUED,
                "Va. Code 22.1-214(D) (\"within 180 days of such findings and decision\", in the \
                 circuit court)",
                "https://github.com/saint1415/us-statutes/blob/7dd72f1b58b2cc6673f34861cdae4a4c09f4fc99/data/states/virginia/content/title-title-221-education/chapter-chapter-13-programs-courses-of-instruction-and-textbooks.json",
                Verified,
            ),
            filing(
                2,
                KNEW,
                "Va. Code 22.1-214 and 8 Va. Admin. Code 20-81-210, as the Virginia Department \
                 of Education's procedural safeguards notice states it (an undated edition, in a \
                 third-party copy); the regulation's filing-limit words were not read",
                VA_NOTICE_URL,
                Secondary,
            ),
            court(
                90,
                ISSUED,
                "Virginia Department of Education, Superintendent's Memo No. 2 (2005), quoting the \
                 repealed 8 Va. Admin. Code 20-80-76(O)(1): 90 days from issuance in federal court; \
                 the appeal subsection of the current 8 Va. Admin. Code 20-81-210 was not read (state \
                 circuit court: 180 days, Va. Code 22.1-214(D), read)",
                "http://www.doe.virginia.gov/administrators/superintendents_memos/2005/int002.html",
                Secondary,
            ),
        ],
    )
};

/// How many state packs this file holds.
pub const COUNT: usize = 51;

/// The state packs, by code.
pub static PACKS: [&Pack; COUNT] = [
    &AK, &AL, &AR, &AZ, &CO, &CT, &DC, &DE, &FL, &GA, &HI, &IA, &ID, &IL, &IN, &KS, &KY, &LA, &MA,
    &MD, &ME, &MI, &MN, &MO, &MS, &MT, &NC, &ND, &NE, &NH, &NJ, &NM, &NV, &NY, &OH, &OK, &OR, &PA,
    &PR, &RI, &SC, &SD, &TN, &TX, &UT, &VA, &VT, &WA, &WI, &WV, &WY,
];
