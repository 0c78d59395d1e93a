//! The federal pack: IDEA Part B (20 U.S.C. 1415; 34 CFR Part 300) and the federal holidays of
//! 5 U.S.C. 6103. Sources and their status follow `shared/legal/rules-reference.md`; where this
//! file says `Verified`, the regulation text was read (eCFR, 34 CFR Part 300).

use chrono::Weekday;

use super::{Owner, Pack, ReadingKind, ReadingSource, Rule, Trigger, Variant, Verification};
use crate::engine::calendar::{DateRule, HolidayId, HolidayRule, Observance};
use crate::engine::count::{Direction, Unit};
use crate::engine::ids::{DeadlineId as D, EventId as E};

pub const HOLIDAYS_5_USC_6103: &str =
    "5 U.S.C. 6103(a); observed days: 5 U.S.C. 6103(b), Exec. Order 11582";

/// Builds a rule; keeps the table below one line per field that matters.
#[allow(clippy::too_many_arguments)]
pub(super) const fn rule(
    id: D,
    variant: Variant,
    owner: Owner,
    trigger: Trigger,
    period: u32,
    unit: Unit,
    direction: Direction,
    citation: &'static str,
    source_url: &'static str,
    status: Verification,
) -> Rule {
    Rule {
        id,
        variant,
        owner,
        trigger,
        period,
        unit,
        direction,
        citation,
        source_url,
        status,
    }
}

use Direction::{After, Before};
use Owner::{District, Either, Family, HearingOfficer};
use Trigger::{Deadline, Event};
use Unit::{BusinessDays, BusinessDaysHolidaysCounted, CalendarDays, SchoolDays, Years};
use Variant::*;
use Verification::{Interpretive, Verified};

/// Whether `rule` is one of the stand-ins below, which cite the federal provision a missing or
/// absent state period falls back on and are never counted.
pub fn is_stand_in(rule: &Rule) -> bool {
    [
        &STATE_REVIEW_UNKNOWN,
        &NO_REVIEW_NOTICE,
        &NO_STATE_COURT_PERIOD,
        &NO_REIMBURSEMENT_LIMIT,
    ]
    .iter()
    .any(|s| std::ptr::eq(*s, rule))
}

/// Stands for the state-review deadline of a two-tier state whose period is not confirmed:
/// federal law requires the review (34 CFR 300.514(b)) and leaves its timing to the state. Never
/// counted (the deadline it stands for is shown as not computable).
pub static STATE_REVIEW_UNKNOWN: Rule = rule(
    D::StateReviewRequest,
    Standard,
    Family,
    Event(E::DecisionIssued),
    0,
    CalendarDays,
    After,
    "34 CFR 300.514(b)",
    "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.514",
    Verification::Unverified,
);

/// Stands for the notice of intention to seek state review, in a state that asks for none (and
/// in every one-tier state). Never counted.
pub static NO_REVIEW_NOTICE: Rule = rule(
    D::StateReviewNotice,
    Standard,
    Family,
    Event(E::DecisionIssued),
    0,
    CalendarDays,
    After,
    "34 CFR 300.514(b)",
    "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.514",
    Verification::Unverified,
);

/// Stands for the state-court deadline of a state that sets no court period of its own (the
/// federal 90 days then apply to every court). Never counted.
pub static NO_STATE_COURT_PERIOD: Rule = rule(
    D::CivilActionStateCourt,
    Standard,
    Family,
    Event(E::DecisionIssued),
    0,
    CalendarDays,
    After,
    "34 CFR 300.516(b)",
    "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.516",
    Verification::Unverified,
);

/// Stands for the reimbursement-claim limit of a state that sets none shorter than its filing
/// limit. Never counted.
pub static NO_REIMBURSEMENT_LIMIT: Rule = rule(
    D::ReimbursementClaimLimit,
    Standard,
    Family,
    Event(E::PrivatePlacementStarted),
    0,
    CalendarDays,
    After,
    "34 CFR 300.148",
    "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.148",
    Verification::Unverified,
);

/// Every federal rule, one per deadline and branch.
pub static RULES: [Rule; 32] = [
    rule(
        D::FilingLimit,
        Standard,
        Family,
        Event(E::KnewOfProblem),
        2,
        Years,
        After,
        "34 CFR 300.511(e)-(f); 20 U.S.C. 1415(f)(3)(C)-(D)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.511",
        Verified,
    ),
    rule(
        D::DistrictResponse,
        Standard,
        District,
        Event(E::ComplaintReceived),
        10,
        CalendarDays,
        After,
        "34 CFR 300.508(e)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.508",
        Verified,
    ),
    rule(
        D::ResponseToComplaint,
        Standard,
        Family,
        Event(E::ComplaintReceived),
        10,
        CalendarDays,
        After,
        "34 CFR 300.508(f)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.508",
        Verified,
    ),
    rule(
        D::SufficiencyChallenge,
        Standard,
        Either,
        Event(E::ComplaintReceived),
        15,
        CalendarDays,
        After,
        "34 CFR 300.508(d)(1)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.508",
        Verified,
    ),
    rule(
        D::SufficiencyRuling,
        Standard,
        HearingOfficer,
        Event(E::SufficiencyNoticeReceived),
        5,
        CalendarDays,
        After,
        "34 CFR 300.508(d)(2)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.508",
        Verified,
    ),
    rule(
        D::ResolutionMeeting,
        Standard,
        District,
        Event(E::ComplaintReceived),
        15,
        CalendarDays,
        After,
        "34 CFR 300.510(a)(1)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.510",
        Verified,
    ),
    rule(
        D::ResolutionMeeting,
        Amended,
        District,
        Event(E::AmendedComplaintFiled),
        15,
        CalendarDays,
        After,
        "34 CFR 300.508(d)(4); 300.510(a)(1)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.508",
        Interpretive,
    ),
    rule(
        D::ResolutionPeriodEnd,
        Standard,
        Either,
        Event(E::ComplaintReceived),
        30,
        CalendarDays,
        After,
        "34 CFR 300.510(b)(1)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.510",
        Verified,
    ),
    rule(
        D::ResolutionPeriodEnd,
        Amended,
        Either,
        Event(E::AmendedComplaintFiled),
        30,
        CalendarDays,
        After,
        "34 CFR 300.508(d)(4); 300.510(b)(1)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.508",
        Interpretive,
    ),
    rule(
        D::HearingDecision,
        Standard,
        HearingOfficer,
        Deadline(D::ResolutionPeriodEnd),
        45,
        CalendarDays,
        After,
        "34 CFR 300.515(a); 300.510(b)(2)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.515",
        Verified,
    ),
    rule(
        D::HearingDecision,
        Waiver,
        HearingOfficer,
        Event(E::ResolutionWaived),
        45,
        CalendarDays,
        After,
        "34 CFR 300.510(c)(1); 300.515(a)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.510",
        Verified,
    ),
    rule(
        D::HearingDecision,
        NoAgreement,
        HearingOfficer,
        Event(E::NoAgreementInWriting),
        45,
        CalendarDays,
        After,
        "34 CFR 300.510(c)(2); 300.515(a)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.510",
        Verified,
    ),
    rule(
        D::HearingDecision,
        MediationWithdrawn,
        HearingOfficer,
        Event(E::MediationWithdrawn),
        45,
        CalendarDays,
        After,
        "34 CFR 300.510(c)(3); 300.515(a)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.510",
        Verified,
    ),
    rule(
        D::HearingDecision,
        HearingOfficerStart,
        HearingOfficer,
        Event(E::HearingTimelineStarted),
        45,
        CalendarDays,
        After,
        "34 CFR 300.510(b)(5); 300.515(a)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.510",
        Interpretive,
    ),
    rule(
        D::HearingDecision,
        Extension,
        HearingOfficer,
        Event(E::DecisionDueExtendedTo),
        0,
        CalendarDays,
        After,
        "34 CFR 300.515(c)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.515",
        Verified,
    ),
    rule(
        D::HearingDecision,
        DistrictFiled,
        HearingOfficer,
        Event(E::ComplaintReceived),
        45,
        CalendarDays,
        After,
        "34 CFR 300.515(a)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.515",
        Interpretive,
    ),
    rule(
        D::SettlementVoidWindow,
        Standard,
        Either,
        Event(E::SettlementSigned),
        3,
        BusinessDays,
        After,
        "34 CFR 300.510(e); 20 U.S.C. 1415(f)(1)(B)(iv)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.510",
        Verified,
    ),
    rule(
        D::SettlementOfferResponse,
        Standard,
        Family,
        Event(E::SettlementOfferReceived),
        10,
        CalendarDays,
        After,
        "34 CFR 300.517(c)(2)(i)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.517",
        Interpretive,
    ),
    rule(
        D::AmendmentCutoff,
        Standard,
        Family,
        Event(E::HearingStart),
        5,
        CalendarDays,
        Before,
        "34 CFR 300.508(d)(3)(ii)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.508",
        Verified,
    ),
    rule(
        D::EvidenceDisclosure,
        Standard,
        Either,
        Event(E::HearingStart),
        5,
        BusinessDays,
        Before,
        "34 CFR 300.512(a)(3), (b)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.512",
        Interpretive,
    ),
    rule(
        D::CivilAction,
        Standard,
        Family,
        Event(E::DecisionIssued),
        90,
        CalendarDays,
        After,
        "34 CFR 300.516(b); 20 U.S.C. 1415(i)(2)(B)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.516",
        Verified,
    ),
    rule(
        D::CivilActionFederalCourt,
        Standard,
        Family,
        Event(E::DecisionIssued),
        90,
        CalendarDays,
        After,
        "34 CFR 300.516(b); 20 U.S.C. 1415(i)(2)(B)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.516",
        Verified,
    ),
    rule(
        D::CivilActionFederalCourt,
        AfterReview,
        Family,
        Event(E::ReviewDecisionIssued),
        90,
        CalendarDays,
        After,
        "34 CFR 300.516(b), 300.514(d)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.516",
        Verified,
    ),
    rule(
        D::CivilAction,
        AfterReview,
        Family,
        Event(E::ReviewDecisionIssued),
        90,
        CalendarDays,
        After,
        "34 CFR 300.516(b), 300.514(d)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.516",
        Verified,
    ),
    rule(
        D::ExpeditedResolutionMeeting,
        Standard,
        District,
        Event(E::ComplaintReceived),
        7,
        CalendarDays,
        After,
        "34 CFR 300.532(c)(3)(i)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.532",
        Verified,
    ),
    rule(
        D::ExpeditedResolutionPeriodEnd,
        Standard,
        Either,
        Event(E::ComplaintReceived),
        15,
        CalendarDays,
        After,
        "34 CFR 300.532(c)(3)(ii)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.532",
        Verified,
    ),
    rule(
        D::ExpeditedHearing,
        Standard,
        HearingOfficer,
        Event(E::ComplaintFiled),
        20,
        SchoolDays,
        After,
        "34 CFR 300.532(c)(2)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.532",
        Verified,
    ),
    rule(
        D::ExpeditedHearing,
        Fallback,
        HearingOfficer,
        Event(E::ComplaintReceived),
        20,
        SchoolDays,
        After,
        "34 CFR 300.532(c)(2)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.532",
        Interpretive,
    ),
    rule(
        D::ExpeditedDecision,
        Standard,
        HearingOfficer,
        Event(E::HearingEnded),
        10,
        SchoolDays,
        After,
        "34 CFR 300.532(c)(2)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.532",
        Verified,
    ),
    rule(
        D::ExpeditedDecision,
        Fallback,
        HearingOfficer,
        Event(E::HearingStart),
        10,
        SchoolDays,
        After,
        "34 CFR 300.532(c)(2)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.532",
        Interpretive,
    ),
    rule(
        D::ManifestationDetermination,
        Standard,
        District,
        Event(E::PlacementChangeDecided),
        10,
        SchoolDays,
        After,
        "34 CFR 300.530(e)(1); 20 U.S.C. 1415(k)(1)(E)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.530",
        Verified,
    ),
    rule(
        D::PrivatePlacementNotice,
        Standard,
        Family,
        Event(E::PrivatePlacementPlanned),
        10,
        BusinessDaysHolidaysCounted,
        Before,
        "34 CFR 300.148(d)(1)(ii)",
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.148",
        Verified,
    ),
];

/// The source of each alternative reading the engine can show: a citation only, in no
/// language (what the reading means is worded by [`crate::i18n::Text::reading`]).
pub const fn reading(kind: ReadingKind) -> ReadingSource {
    let (citation, source_url, status) = match kind {
        ReadingKind::ReceiptDayIsDayOne => (
            "New York State Education Department, Resolution Period page (a 30-day period \
             \"beginning the day\" the district receives the complaint)",
            "https://www.nysed.gov/special-education/resolution-period",
            Interpretive,
        ),
        ReadingKind::TwoYearsAs730Days => (
            "34 CFR 300.511(e)",
            "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.511",
            Interpretive,
        ),
        ReadingKind::FromDistrictNotice => (
            "34 CFR 300.511(e)",
            "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.511",
            Interpretive,
        ),
        ReadingKind::FederalHolidaysSigningDayCounts => (
            "34 CFR 300.510(e), 300.11(b)",
            "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.11",
            Interpretive,
        ),
        ReadingKind::WidestHolidays => (
            "34 CFR 300.11(b)",
            "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.11",
            Interpretive,
        ),
        ReadingKind::FiveFullBusinessDaysBetween => (
            "34 CFR 300.512(a)(3)",
            "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.512",
            Interpretive,
        ),
        ReadingKind::EveryWeekdayIsSchoolDay => (
            "34 CFR 300.11(c)",
            "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-300.11",
            Interpretive,
        ),
        ReadingKind::StateRule
        | ReadingKind::StateRuleVerified
        | ReadingKind::StateRuleFromDecisionDate
        | ReadingKind::StateRuleFromDecisionDateUntilReceived
        | ReadingKind::FederalDefault
        | ReadingKind::StateCourtPeriod => (
            "34 CFR part 300",
            "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300",
            Interpretive,
        ),
    };
    ReadingSource {
        kind,
        citation,
        source_url,
        status,
    }
}

const fn holiday(
    id: HolidayId,
    date: DateRule,
    observance: Observance,
    from_year: i32,
) -> HolidayRule {
    HolidayRule::new(id, date, observance, from_year, HOLIDAYS_5_USC_6103)
}

/// The legal public holidays of 5 U.S.C. 6103(a), observed on the Friday before a Saturday
/// and the Monday after a Sunday. Juneteenth from 2021 (Pub. L. 117-17, signed June 17, 2021).
pub static HOLIDAYS: [HolidayRule; 11] = [
    holiday(
        HolidayId::NewYearsDay,
        DateRule::Fixed { month: 1, day: 1 },
        Observance::FridayOrMonday,
        1900,
    ),
    holiday(
        HolidayId::MartinLutherKingJrDay,
        DateRule::NthWeekday {
            month: 1,
            weekday: Weekday::Mon,
            n: 3,
        },
        Observance::None,
        1986,
    ),
    holiday(
        HolidayId::WashingtonsBirthday,
        DateRule::NthWeekday {
            month: 2,
            weekday: Weekday::Mon,
            n: 3,
        },
        Observance::None,
        1971,
    ),
    holiday(
        HolidayId::MemorialDay,
        DateRule::LastWeekday {
            month: 5,
            weekday: Weekday::Mon,
        },
        Observance::None,
        1971,
    ),
    holiday(
        HolidayId::Juneteenth,
        DateRule::Fixed { month: 6, day: 19 },
        Observance::FridayOrMonday,
        2021,
    ),
    holiday(
        HolidayId::IndependenceDay,
        DateRule::Fixed { month: 7, day: 4 },
        Observance::FridayOrMonday,
        1900,
    ),
    holiday(
        HolidayId::LaborDay,
        DateRule::NthWeekday {
            month: 9,
            weekday: Weekday::Mon,
            n: 1,
        },
        Observance::None,
        1900,
    ),
    holiday(
        HolidayId::ColumbusDay,
        DateRule::NthWeekday {
            month: 10,
            weekday: Weekday::Mon,
            n: 2,
        },
        Observance::None,
        1971,
    ),
    holiday(
        HolidayId::VeteransDay,
        DateRule::Fixed { month: 11, day: 11 },
        Observance::FridayOrMonday,
        1978,
    ),
    holiday(
        HolidayId::Thanksgiving,
        DateRule::NthWeekday {
            month: 11,
            weekday: Weekday::Thu,
            n: 4,
        },
        Observance::None,
        1942,
    ),
    holiday(
        HolidayId::Christmas,
        DateRule::Fixed { month: 12, day: 25 },
        Observance::FridayOrMonday,
        1900,
    ),
];

pub static PACK: Pack = Pack {
    code: "US",
    overrides: &[],
    holidays: &[],
    interpretive_holidays: &[],
    school_holidays: &HOLIDAYS,
    holiday_citation: HOLIDAYS_5_USC_6103,
    school_holiday_citation: "34 CFR 300.11(c); assumed calendar: federal holidays",
    checked: "2026-11-25",
    complete: true,
    two_tier: false,
    holidays_status: Some(Verification::Verified),
    hearings: None,
    mediation: None,
    no_state_rule: &[],
};

#[cfg(test)]
mod tests {
    use super::*;

    const ECFR: &str =
        "https://www.ecfr.gov/current/title-34/subtitle-B/chapter-III/part-300/section-";

    #[test]
    fn every_branch_the_timeline_uses_has_its_own_rule() {
        // The timeline looks these up by (id, variant); a missing one must fail here, not fall
        // back silently to another rule's citation.
        let used = [
            (D::ResolutionMeeting, Amended),
            (D::ResolutionPeriodEnd, Amended),
            (D::HearingDecision, Waiver),
            (D::HearingDecision, NoAgreement),
            (D::HearingDecision, MediationWithdrawn),
            (D::HearingDecision, HearingOfficerStart),
            (D::HearingDecision, Extension),
            (D::HearingDecision, DistrictFiled),
            (D::ExpeditedHearing, Fallback),
            (D::ExpeditedDecision, Fallback),
        ];
        for (id, variant) in used {
            let rule = crate::rules::federal_rule(id, variant);
            assert!(rule.is_some_and(|r| r.id == id), "{id} {variant:?}");
        }
        let mut seen = std::collections::HashSet::new();
        for r in &RULES {
            assert!(
                seen.insert((r.id, format!("{:?}", r.variant))),
                "duplicate {} {:?}",
                r.id,
                r.variant
            );
        }
    }

    #[test]
    fn every_deadline_has_a_standard_rule_and_ecfr_links_are_well_formed() {
        // The state review and the state-court period are left wholly to the states.
        let state_only = [
            D::StateReviewRequest,
            D::StateReviewNotice,
            D::CivilActionStateCourt,
            D::ReimbursementClaimLimit,
        ];
        for id in D::ALL.iter().filter(|id| !state_only.contains(id)) {
            assert!(
                RULES.iter().any(|r| r.id == *id && r.variant == Standard),
                "{id}"
            );
        }
        assert!(!RULES.iter().any(|r| state_only.contains(&r.id)));
        for r in &RULES {
            assert!(r.source_url.starts_with("https://"), "{}", r.citation);
            if r.source_url.starts_with(ECFR) {
                let section = &r.source_url[ECFR.len()..];
                assert!(
                    r.citation.contains(section),
                    "{} vs {}",
                    r.citation,
                    section
                );
            }
        }
    }
}
