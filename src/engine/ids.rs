//! The public vocabulary of the calculator: event ids (facts a family enters) and deadline ids
//! (what the engine computes). The strings are part of the public contract
//! (`shared/product/contract.md`, sections 2 and 3): they appear in case files, share links and
//! test hooks, so they are never renamed.

/// Defines a fieldless enum whose variants map one-to-one to stable strings (the contract's ids;
/// also the holiday names of [`super::calendar::HolidayId`]).
macro_rules! contract_ids {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every id, in contract order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id as written in the contract.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses a contract string; `None` for anything unknown.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }

            /// Position in [`Self::ALL`], for dense per-id tables.
            pub const fn index(self) -> usize { self as usize }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use contract_ids;

contract_ids! {
    /// A fact the family enters, with its date (contract section 2).
    EventId {
        KnewOfProblem => "knew-of-problem",
        DistrictDecisionNotice => "district-decision-notice",
        ComplaintFiled => "complaint-filed",
        ComplaintReceived => "complaint-received",
        SufficiencyNoticeReceived => "sufficiency-notice-received",
        ResolutionWaived => "resolution-waived",
        MediationChosen => "mediation-chosen",
        ResolutionMeetingHeld => "resolution-meeting-held",
        DistrictMissedMeeting => "district-missed-meeting",
        ParentMissedMeeting => "parent-missed-meeting",
        HearingTimelineStarted => "hearing-timeline-started",
        NoAgreementInWriting => "no-agreement-in-writing",
        MediationContinuedInWriting => "mediation-continued-in-writing",
        MediationWithdrawn => "mediation-withdrawn",
        AmendedComplaintFiled => "amended-complaint-filed",
        SettlementSigned => "settlement-signed",
        MediationAgreementSigned => "mediation-agreement-signed",
        SettlementOfferReceived => "settlement-offer-received",
        HearingStart => "hearing-start",
        HearingEnded => "hearing-ended",
        DecisionIssued => "decision-issued",
        DecisionMailed => "decision-mailed",
        DecisionReceived => "decision-received",
        DecisionDueExtendedTo => "decision-due-extended-to",
        ReviewDecisionIssued => "review-decision-issued",
        PlacementChangeDecided => "placement-change-decided",
        PrivatePlacementPlanned => "private-placement-planned",
        PrivatePlacementStarted => "private-placement-started",
        // Added after the contract's list (README, "The case file"): the day of the act or
        // omission the complaint is about (Oregon's filing limit counts from it).
        ActOrOmission => "act-or-omission",
        // The meeting date the district's letter gives for the resolution meeting (issue 20):
        // the page says whether it falls within the 15 days (7 on the expedited track).
        ResolutionMeetingScheduled => "resolution-meeting-scheduled",
    }
}

contract_ids! {
    /// A deadline the calculator computes (contract section 3).
    DeadlineId {
        FilingLimit => "filing-limit",
        DistrictResponse => "district-response",
        ResponseToComplaint => "response-to-complaint",
        SufficiencyChallenge => "sufficiency-challenge",
        SufficiencyRuling => "sufficiency-ruling",
        ResolutionMeeting => "resolution-meeting",
        ResolutionPeriodEnd => "resolution-period-end",
        HearingDecision => "hearing-decision",
        SettlementVoidWindow => "settlement-void-window",
        SettlementOfferResponse => "settlement-offer-response",
        AmendmentCutoff => "amendment-cutoff",
        EvidenceDisclosure => "evidence-disclosure",
        CivilAction => "civil-action",
        ExpeditedResolutionMeeting => "expedited-resolution-meeting",
        ExpeditedResolutionPeriodEnd => "expedited-resolution-period-end",
        ExpeditedHearing => "expedited-hearing",
        ExpeditedDecision => "expedited-decision",
        ManifestationDetermination => "manifestation-determination",
        PrivatePlacementNotice => "private-placement-notice",
        StateReviewRequest => "state-review-request",
        StateReviewNotice => "state-review-notice",
        CivilActionStateCourt => "civil-action-state-court",
        CivilActionFederalCourt => "civil-action-federal-court",
        ReimbursementClaimLimit => "reimbursement-claim-limit",
    }
}

/// Number of event ids; the size of dense per-event tables.
pub const EVENT_COUNT: usize = EventId::ALL.len();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_dense() {
        for (i, e) in EventId::ALL.iter().enumerate() {
            assert_eq!(e.index(), i);
            assert_eq!(EventId::parse(e.as_str()), Some(*e));
        }
        for (i, d) in DeadlineId::ALL.iter().enumerate() {
            assert_eq!(d.index(), i);
            assert_eq!(DeadlineId::parse(d.as_str()), Some(*d));
        }
        assert_eq!(EventId::parse("complaint-recieved"), None);
    }
}
