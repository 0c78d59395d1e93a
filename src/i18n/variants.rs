//! Every variant of the enums the page words, listed once for the catalog's key list and the
//! samples (`catalog.rs`, `samples.rs`). A list names its enum's variants in a match too, so a
//! variant added to the enum and not to its list stops the build.

use chrono::NaiveDate;

use crate::embed::Theme;
use crate::engine::case::Track;
use crate::engine::count::Unit;
use crate::engine::timeline::{MissingWhy, NotApplicable, Note};
use crate::ics::school::ReadError;
use crate::report::Route;
use crate::rules::{Owner, ReadingKind, Verification};
use crate::storage::FileOutcome;
use crate::web::StorageError;

/// Every variant of a fieldless enum; the match stops the build when a variant is added to the
/// enum and not to the list.
macro_rules! every {
    ($ty:ident { $($v:ident),+ $(,)? }) => {{
        let _exhaustive = |x: $ty| match x {
            $($ty::$v)|+ => (),
        };
        [$($ty::$v),+]
    }};
}

pub(crate) fn owners() -> [Owner; 4] {
    every!(Owner {
        Family,
        District,
        HearingOfficer,
        Either
    })
}
pub(crate) fn units() -> [Unit; 5] {
    every!(Unit {
        CalendarDays,
        BusinessDays,
        BusinessDaysHolidaysCounted,
        SchoolDays,
        Years
    })
}
pub(crate) fn verifications() -> [Verification; 4] {
    every!(Verification {
        Verified,
        Interpretive,
        Secondary,
        Unverified
    })
}
pub(crate) fn readings() -> [ReadingKind; 13] {
    every!(ReadingKind {
        ReceiptDayIsDayOne,
        TwoYearsAs730Days,
        FromDistrictNotice,
        FederalHolidaysSigningDayCounts,
        WidestHolidays,
        FiveFullBusinessDaysBetween,
        EveryWeekdayIsSchoolDay,
        StateRule,
        StateRuleVerified,
        StateRuleFromDecisionDate,
        StateRuleFromDecisionDateUntilReceived,
        FederalDefault,
        StateCourtPeriod,
    })
}
pub(crate) fn not_applicables() -> [NotApplicable; 17] {
    every!(NotApplicable {
        DistrictFiled,
        ParentFiled,
        Waived,
        MediationInstead,
        ExpeditedOnly,
        StandardOnly,
        NoSettlement,
        MediationAgreementOnly,
        NoOffer,
        NoChallenge,
        NoPlacementChange,
        NoPrivatePlacement,
        OneTier,
        NoReviewNotice,
        NoStateCourtPeriod,
        SameCourtPeriod,
        NoReimbursementLimit,
    })
}
pub(crate) fn missing_whys() -> [MissingWhy; 5] {
    every!(MissingWhy {
        NotEntered,
        WaitsForMeeting,
        WaitsForWithdrawal,
        OutOfRange,
        StateRuleUnknown
    })
}
pub(crate) fn storage_errors() -> [StorageError; 2] {
    every!(StorageError {
        Unavailable,
        WriteFailed
    })
}
pub(crate) fn file_outcomes() -> [FileOutcome; 7] {
    every!(FileOutcome {
        Opened,
        OpenedToRead,
        NotJson,
        NotACase,
        Newer,
        TooLarge,
        Unreadable
    })
}
pub(crate) fn read_errors() -> [ReadError; 3] {
    every!(ReadError {
        TooLarge,
        NotACalendar,
        NoAllDayEvents
    })
}
pub(crate) fn themes() -> [Theme; 3] {
    every!(Theme { Auto, Light, Dark })
}
pub(crate) fn routes() -> [Route; 3] {
    every!(Route { MailApp, Mail, Web })
}
pub(crate) fn report_fields() -> [crate::report::Field; 18] {
    use crate::report::Field as F;
    let _exhaustive = |x: F| match x {
        F::Deadline
        | F::DateShown
        | F::Earliest
        | F::Expected
        | F::NotGiven
        | F::NoDate
        | F::Jurisdiction
        | F::Track
        | F::FiledBy
        | F::Entered
        | F::NothingEntered
        | F::Closures
        | F::Today
        | F::TodayFixed
        | F::PageVersion
        | F::RulesChecked
        | F::Title
        | F::Notes => (),
    };
    [
        F::Deadline,
        F::DateShown,
        F::Earliest,
        F::Expected,
        F::NotGiven,
        F::NoDate,
        F::Jurisdiction,
        F::Track,
        F::FiledBy,
        F::Entered,
        F::NothingEntered,
        F::Closures,
        F::Today,
        F::TodayFixed,
        F::PageVersion,
        F::RulesChecked,
        F::Title,
        F::Notes,
    ]
}
pub(crate) fn tracks() -> [Track; 3] {
    every!(Track {
        Standard,
        Expedited,
        Dual
    })
}
/// One value of every kind of note, dated `d` where a note carries a date (both kinds of meeting
/// held).
pub(crate) fn every_note(d: NaiveDate) -> [Note; 20] {
    [
        Note::MeetingHeld {
            on: d,
            on_time: true,
        },
        Note::MeetingHeld {
            on: d,
            on_time: false,
        },
        Note::MeetingNotYetHeld { on: d },
        Note::MayAskHearingOfficer { from: d },
        Note::AppliesOnlyIfAgreementFails,
        Note::FilingLimitExceptions,
        Note::FiledAfterLimit { filed: d },
        Note::CourtRollForward { to: d },
        Note::AssumedSchoolCalendar,
        Note::OfferLate,
        Note::RestartedByAmendment { on: d },
        Note::NoAgreementTooLate,
        Note::FinalIfNotVoided { after: d },
        Note::NoExtensions,
        Note::StartedByHearingOfficer,
        Note::CountedFromDecisionDate,
        Note::CountedFromDecisionDateUntilReceived,
        Note::StepTaken,
        Note::ActDateMayGiveEarlier,
        Note::NoResolutionPeriodForDistrict,
    ]
}
