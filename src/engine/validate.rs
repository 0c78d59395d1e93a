//! Consistency checks on a case: dates out of order, out of range, far from today, and
//! combinations the law does not allow. The result is data; the page words it.

use chrono::NaiveDate;

use super::case::Case;
use super::count::{days_between, in_range};
use super::ids::EventId;

/// How serious an issue is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Some dates cannot be right; the deadlines that use them may be wrong.
    Error,
    /// Probably a typo; the deadlines are computed as entered.
    Warning,
}

/// One problem with the case as entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Issue {
    /// A date outside 1990-2100, the years the calculator has rules for. It is ignored.
    OutOfRange { event: EventId },
    /// A date more than 20 years before today or more than 2 years after it.
    FarFromToday { event: EventId },
    /// A date after today for something that has to have happened already to be entered (a
    /// complaint received, a decision issued): a preview if it is planned, a typo if not.
    InTheFuture { event: EventId },
    /// `event` is dated before `must_follow`, which has to come first.
    OutOfOrder {
        event: EventId,
        must_follow: EventId,
    },
    /// A withdrawal from mediation without a written agreement to continue it.
    WithdrawalWithoutContinuation,
    /// A decision extension entered on the expedited track, which allows none.
    ExtensionOnExpeditedTrack,
}

impl Issue {
    pub const fn severity(self) -> Severity {
        match self {
            Issue::FarFromToday { .. } | Issue::InTheFuture { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }
    /// The event the issue is about, for tying the message to its input.
    pub const fn event(self) -> Option<EventId> {
        match self {
            Issue::OutOfRange { event }
            | Issue::FarFromToday { event }
            | Issue::InTheFuture { event }
            | Issue::OutOfOrder { event, .. } => Some(event),
            Issue::WithdrawalWithoutContinuation => Some(EventId::MediationWithdrawn),
            Issue::ExtensionOnExpeditedTrack => Some(EventId::DecisionDueExtendedTo),
        }
    }
}

use EventId as E;

/// Pairs `(first, then)`: `then` may not be dated before `first`.
const ORDER: &[(EventId, EventId)] = &[
    (E::KnewOfProblem, E::ComplaintFiled),
    (E::ActOrOmission, E::ComplaintFiled),
    (E::ComplaintFiled, E::ComplaintReceived),
    (E::ComplaintReceived, E::SufficiencyNoticeReceived),
    (E::ComplaintReceived, E::ResolutionWaived),
    (E::ComplaintReceived, E::MediationChosen),
    (E::ComplaintReceived, E::ResolutionMeetingScheduled),
    (E::ComplaintReceived, E::ResolutionMeetingHeld),
    (E::ComplaintReceived, E::DistrictMissedMeeting),
    (E::ComplaintReceived, E::ParentMissedMeeting),
    (E::ComplaintReceived, E::HearingTimelineStarted),
    (E::ComplaintReceived, E::NoAgreementInWriting),
    (E::ComplaintReceived, E::MediationContinuedInWriting),
    (E::ComplaintReceived, E::AmendedComplaintFiled),
    (E::ComplaintReceived, E::SettlementSigned),
    (E::ComplaintFiled, E::SettlementSigned),
    (E::ComplaintFiled, E::HearingStart),
    (E::ComplaintReceived, E::HearingStart),
    (E::ComplaintFiled, E::DecisionIssued),
    (E::ComplaintReceived, E::DecisionIssued),
    (E::MediationContinuedInWriting, E::MediationWithdrawn),
    (E::HearingStart, E::HearingEnded),
    (E::HearingStart, E::DecisionIssued),
    (E::DecisionIssued, E::DecisionMailed),
    (E::DecisionIssued, E::DecisionReceived),
    (E::DecisionMailed, E::DecisionReceived),
    (E::DecisionIssued, E::ReviewDecisionIssued),
];

/// Events that report something that happened: dated after today, they are a plan or a typo.
/// (A hearing's start, a meeting, a planned private placement can be in the future.)
const HAPPENED: &[EventId] = &[
    E::KnewOfProblem,
    E::ActOrOmission,
    E::DistrictDecisionNotice,
    E::ComplaintFiled,
    E::ComplaintReceived,
    E::SufficiencyNoticeReceived,
    E::SettlementOfferReceived,
    E::SettlementSigned,
    E::MediationAgreementSigned,
    E::DecisionIssued,
    E::DecisionMailed,
    E::DecisionReceived,
    E::ReviewDecisionIssued,
];

/// Every issue with `case`, judged on `today`.
pub fn validate(case: &Case, today: NaiveDate) -> Vec<Issue> {
    let mut issues = Vec::new();
    for (event, date) in case.events.iter() {
        if !in_range(date) {
            issues.push(Issue::OutOfRange { event });
        } else {
            let days = days_between(today, date);
            if !(-20 * 366..=2 * 366).contains(&days) {
                issues.push(Issue::FarFromToday { event });
            } else if days > 0 && HAPPENED.contains(&event) {
                issues.push(Issue::InTheFuture { event });
            }
        }
    }
    for (first, then) in ORDER {
        if let (Some(a), Some(b)) = (case.events.get(*first), case.events.get(*then)) {
            let already = issues
                .iter()
                .any(|i| matches!(i, Issue::OutOfOrder { event, .. } if event == then));
            if b < a && !already {
                issues.push(Issue::OutOfOrder {
                    event: *then,
                    must_follow: *first,
                });
            }
        }
    }
    if case.events.get(E::MediationWithdrawn).is_some()
        && case.events.get(E::MediationContinuedInWriting).is_none()
    {
        issues.push(Issue::WithdrawalWithoutContinuation);
    }
    if case.track == super::case::Track::Expedited
        && case.events.get(E::DecisionDueExtendedTo).is_some()
    {
        issues.push(Issue::ExtensionOnExpeditedTrack);
    }
    issues
}
