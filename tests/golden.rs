//! Golden cases: each names its source and writes the arithmetic out by hand, so that a change in
//! the engine that moves a date fails here with the reason in view. The dates in these comments
//! were counted on a paper calendar, not produced by the engine.

mod common;

use common::{case, district, iso, track};
use due_process_calculator::engine::case::Track;
use due_process_calculator::engine::ids::{DeadlineId as D, EventId as E};
use due_process_calculator::engine::timeline::{MissingWhy, NotApplicable, Note, Status};
use due_process_calculator::engine::validate::Issue;
use due_process_calculator::engine::{Timeline, timeline};
use due_process_calculator::rules::{ReadingKind, RuleSource};

fn run(c: &due_process_calculator::engine::case::Case) -> Timeline {
    timeline(c, iso("2025-09-01"))
}

/// The timeline as of a later day, for cases whose events must have happened by then.
fn run_on(c: &due_process_calculator::engine::case::Case, today: &str) -> Timeline {
    timeline(c, iso(today))
}

fn date(t: &Timeline, id: D) -> Option<String> {
    t.date(id).map(|d| d.to_string())
}

fn earliest(t: &Timeline, id: D) -> Option<String> {
    t.get(id).and_then(|d| d.earliest).map(|d| d.to_string())
}

fn status(t: &Timeline, id: D) -> Status {
    t.get(id).expect("every deadline is listed").status.clone()
}

fn notes(t: &Timeline, id: D) -> Vec<Note> {
    t.get(id).expect("every deadline is listed").notes.clone()
}

// Source: rules reference, worked example 1; 34 CFR 300.508(d)(1), 300.508(e), 300.510(a)-(b),
// 300.515(a). Received Fri 2025-08-29.
// 8/29 + 15 = Sat 9/13 (sufficiency, meeting); 8/29 + 10 = Mon 9/8; 8/29 + 30 = Sun 9/28;
// 9/28 + 45: Sep 29-30 (2) + Oct (31) + Nov 1-12 (12) = Wed 11/12.
// The receipt-day-as-day-1 reading is New York's own (NYSED) and applies there only (contract
// section 4): under the federal rules the earliest dates are the primary dates.
#[test]
fn worked_example_1_standard_parent_complaint() {
    let t = run(&case("US", &[(E::ComplaintReceived, "2025-08-29")]));
    assert_eq!(
        date(&t, D::SufficiencyChallenge).as_deref(),
        Some("2025-09-13")
    );
    assert_eq!(date(&t, D::DistrictResponse).as_deref(), Some("2025-09-08"));
    assert_eq!(
        date(&t, D::ResolutionMeeting).as_deref(),
        Some("2025-09-13")
    );
    assert_eq!(
        date(&t, D::ResolutionPeriodEnd).as_deref(),
        Some("2025-09-28")
    );
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2025-11-12"));
    assert_eq!(
        earliest(&t, D::HearingDecision).as_deref(),
        Some("2025-11-12")
    );
    assert_eq!(
        earliest(&t, D::ResolutionPeriodEnd).as_deref(),
        Some("2025-09-28")
    );
    assert_eq!(
        earliest(&t, D::ResolutionMeeting).as_deref(),
        Some("2025-09-13")
    );
    let meeting = t.get(D::ResolutionMeeting).unwrap();
    assert!(
        meeting.day.unwrap().weekend,
        "Sat 9/13 is flagged, never moved"
    );
    assert_eq!(
        status(&t, D::ResponseToComplaint),
        Status::NotApplicable(NotApplicable::ParentFiled)
    );
}

// Source: rules reference, worked example 2; 34 CFR 300.510(e), 300.11(b); Thanksgiving
// 2025-11-27 (5 U.S.C. 6103(a)). Signed Wed 11/26: Thu 11/27 holiday; Fri 11/28 (1),
// Mon 12/1 (2), Tue 12/2 (3). Signing day as day 1: Wed (1), Fri (2), Mon 12/1 (3).
#[test]
fn worked_example_2_void_window_skips_thanksgiving() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-10-20"),
            (E::SettlementSigned, "2025-11-26"),
        ],
    ));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2025-12-02")
    );
    assert_eq!(
        earliest(&t, D::SettlementVoidWindow).as_deref(),
        Some("2025-12-01")
    );
    let skipped: Vec<String> = t
        .get(D::SettlementVoidWindow)
        .unwrap()
        .primary
        .as_ref()
        .unwrap()
        .skipped
        .iter()
        .map(|s| s.date.to_string())
        .collect();
    assert_eq!(skipped, ["2025-11-27", "2025-11-29", "2025-11-30"]);
}

// Source: rules reference, worked example 2, California reading; Cal. Code Civ. Proc. 135.
// Treating Fri 11/28 as a holiday too: Mon 12/1 (1), Tue 12/2 (2), Wed 12/3 (3): the latest date.
#[test]
fn california_void_window_shows_day_after_thanksgiving_as_latest() {
    let t = run(&case(
        "US-CA",
        &[
            (E::ComplaintReceived, "2025-10-20"),
            (E::SettlementSigned, "2025-11-26"),
        ],
    ));
    let d = t.get(D::SettlementVoidWindow).unwrap();
    assert_eq!(d.date().unwrap().to_string(), "2025-12-02");
    assert_eq!(d.latest.unwrap().to_string(), "2025-12-03");
    assert_eq!(d.earliest.unwrap().to_string(), "2025-12-01");
    assert!(d.notes.contains(&Note::FinalIfNotVoided {
        after: iso("2025-12-03")
    }));
}

// Source: rules reference, worked example 4; 34 CFR 300.510(c)(2). Received Mon 10/6, meeting
// Mon 10/13, written "no agreement" Tue 10/14 (day 30 is 11/5). 10/14 + 45: Oct 15-31 (17) +
// Nov 1-28 (28) = Fri 11/28.
#[test]
fn worked_example_4_no_agreement_in_writing_starts_the_45_days() {
    let t = run_on(
        &case(
            "US",
            &[
                (E::ComplaintReceived, "2025-10-06"),
                (E::ResolutionMeetingHeld, "2025-10-13"),
                (E::NoAgreementInWriting, "2025-10-14"),
            ],
        ),
        "2025-10-20",
    );
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2025-11-28"));
    assert!(
        notes(&t, D::ResolutionMeeting).contains(&Note::MeetingHeld {
            on: iso("2025-10-13"),
            on_time: true
        })
    );
}

// Source: 34 CFR 300.510(c)(2) ("before the end of the 30-day period"); rules reference example 4.
// A written "no agreement" on 11/10, after day 30 (11/5), does not move the clock:
// 10/6 + 30 = 11/5; 11/5 + 45: Nov 6-30 (25) + Dec 1-20 (20) = Sat 12/20.
#[test]
fn no_agreement_after_the_period_does_not_count() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-10-06"),
            (E::NoAgreementInWriting, "2025-11-10"),
        ],
    ));
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2025-12-20"));
    assert!(notes(&t, D::HearingDecision).contains(&Note::NoAgreementTooLate));
}

// Source: rules reference, worked example 9; 34 CFR 300.510(c)(1). Received Tue 9/2, waived
// Wed 9/3. 9/3 + 45: Sep 4-30 (27) + Oct 1-18 (18) = Sat 10/18.
#[test]
fn worked_example_9_waiver() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-09-02"),
            (E::ResolutionWaived, "2025-09-03"),
        ],
    ));
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2025-10-18"));
    assert_eq!(
        status(&t, D::ResolutionMeeting),
        Status::NotApplicable(NotApplicable::Waived)
    );
    assert_eq!(
        status(&t, D::ResolutionPeriodEnd),
        Status::NotApplicable(NotApplicable::Waived)
    );
}

// Source: 34 CFR 300.508(f), 300.510(a)(1) ("parent's due process complaint"), 300.515(a);
// NYSED on district-filed requests. Received 8/29: response 8/29 + 10 = Mon 9/8; decision
// 8/29 + 45: Aug 30-31 (2) + Sep (30) + Oct 1-13 (13) = Mon 10/13.
#[test]
fn district_filed_complaint_has_no_resolution_period() {
    let t = run(&district(case(
        "US",
        &[(E::ComplaintReceived, "2025-08-29")],
    )));
    assert_eq!(
        date(&t, D::ResponseToComplaint).as_deref(),
        Some("2025-09-08")
    );
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2025-10-13"));
    // Why, in the page's words (the citation used to say it, in English only).
    assert!(
        t.get(D::HearingDecision)
            .expect("decision")
            .notes
            .contains(&Note::NoResolutionPeriodForDistrict)
    );
    assert_eq!(
        status(&t, D::ResolutionMeeting),
        Status::NotApplicable(NotApplicable::DistrictFiled)
    );
    assert_eq!(
        status(&t, D::ResolutionPeriodEnd),
        Status::NotApplicable(NotApplicable::DistrictFiled)
    );
    assert_eq!(
        status(&t, D::DistrictResponse),
        Status::NotApplicable(NotApplicable::DistrictFiled)
    );
}

// Source: 34 CFR 300.508(d)(4). Amended complaint filed Wed 9/10: 9/10 + 15 = Thu 9/25;
// 9/10 + 30 = Fri 10/10; 10/10 + 45: Oct 11-31 (21) + Nov 1-24 (24) = Mon 11/24.
#[test]
fn amended_complaint_restarts_the_clocks() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-08-29"),
            (E::AmendedComplaintFiled, "2025-09-10"),
        ],
    ));
    assert_eq!(
        date(&t, D::ResolutionMeeting).as_deref(),
        Some("2025-09-25")
    );
    assert_eq!(
        date(&t, D::ResolutionPeriodEnd).as_deref(),
        Some("2025-10-10")
    );
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2025-11-24"));
    assert!(
        notes(&t, D::HearingDecision).contains(&Note::RestartedByAmendment {
            on: iso("2025-09-10")
        })
    );
}

// Source: contract section 4 ("waivers ... dated before it no longer count"); 300.508(d)(4).
// Waiver 9/3 precedes the amendment 9/10, so the meeting is due again: 9/10 + 15 = 9/25.
#[test]
fn waiver_before_an_amendment_no_longer_counts() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-09-02"),
            (E::ResolutionWaived, "2025-09-03"),
            (E::AmendedComplaintFiled, "2025-09-10"),
        ],
    ));
    assert_eq!(
        date(&t, D::ResolutionMeeting).as_deref(),
        Some("2025-09-25")
    );
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2025-11-24"));
}

// Source: 34 CFR 300.510(c)(3). Continued in writing, no withdrawal yet: no date.
#[test]
fn continued_mediation_waits_for_a_withdrawal() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-01-06"),
            (E::MediationContinuedInWriting, "2025-02-05"),
        ],
    ));
    match status(&t, D::HearingDecision) {
        Status::MissingInput(m) => {
            assert_eq!(m.why, MissingWhy::WaitsForWithdrawal);
            assert_eq!(m.needs, vec![E::MediationWithdrawn]);
        }
        other => panic!("expected missing input, got {other:?}"),
    }
    assert_eq!(t.date(D::HearingDecision), None);
}

// Source: 34 CFR 300.510(c)(3). Withdrawn Mon 3/3: 3/3 + 45: Mar 4-31 (28) + Apr 1-17 (17) =
// Thu 4/17.
#[test]
fn withdrawal_from_continued_mediation_starts_the_45_days() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-01-06"),
            (E::MediationContinuedInWriting, "2025-02-05"),
            (E::MediationWithdrawn, "2025-03-03"),
        ],
    ));
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2025-04-17"));
}

// Source: 34 CFR 300.510(b)(3): the parent's failure to take part delays the timelines.
#[test]
fn parent_missed_meeting_gives_no_decision_date() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-08-29"),
            (E::ParentMissedMeeting, "2025-09-12"),
        ],
    ));
    assert!(
        matches!(status(&t, D::HearingDecision), Status::MissingInput(m) if m.why == MissingWhy::WaitsForMeeting)
    );
    assert!(
        matches!(status(&t, D::ResolutionPeriodEnd), Status::MissingInput(m) if m.why == MissingWhy::WaitsForMeeting)
    );
    assert_eq!(
        date(&t, D::ResolutionMeeting).as_deref(),
        Some("2025-09-13")
    );
}

// Source: 34 CFR 300.510(b)(5). The district missed the 15 days (due 9/13): from day 16 (9/14)
// the family may ask the hearing officer to start the timeline; the default date stays.
#[test]
fn district_missed_meeting_invents_no_date() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-08-29"),
            (E::DistrictMissedMeeting, "2025-09-14"),
        ],
    ));
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2025-11-12"));
    assert!(
        notes(&t, D::ResolutionMeeting).contains(&Note::MayAskHearingOfficer {
            from: iso("2025-09-14")
        })
    );
    assert!(
        notes(&t, D::HearingDecision).contains(&Note::MayAskHearingOfficer {
            from: iso("2025-09-14")
        })
    );
}

// Source: 34 CFR 300.510(b)(5), 300.515(a). Started Mon 9/15: Sep 16-30 (15) + Oct 1-30 (30) =
// Thu 10/30.
#[test]
fn hearing_officer_started_timeline() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-08-29"),
            (E::HearingTimelineStarted, "2025-09-15"),
        ],
    ));
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2025-10-30"));
}

// Source: 34 CFR 300.515(c): a specific extension replaces the date.
#[test]
fn extension_sets_the_decision_date() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-08-29"),
            (E::DecisionDueExtendedTo, "2026-01-15"),
        ],
    ));
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2026-01-15"));
}

// Source: 34 CFR 300.510(e); 5 U.S.C. 6103(b) (Saturday July 4, 2026 observed Friday July 3).
// Signed Thu 7/2: Fri 7/3 holiday, Mon 7/6 (1), Tue 7/7 (2), Wed 7/8 (3).
// Signing day as day 1: Thu 7/2 (1), Mon 7/6 (2), Tue 7/7 (3).
#[test]
fn void_window_observed_independence_day_2026() {
    let t = run(&case("US", &[(E::SettlementSigned, "2026-07-02")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-07-08")
    );
    assert_eq!(
        earliest(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-07-07")
    );
}

// Source: 34 CFR 300.510(e); Juneteenth 2027 is a Saturday, observed Fri 6/18 (5 U.S.C. 6103).
// Signed Wed 6/16: Thu 6/17 (1), Fri 6/18 holiday, Mon 6/21 (2), Tue 6/22 (3).
#[test]
fn void_window_observed_juneteenth_2027() {
    let t = run(&case("US", &[(E::SettlementSigned, "2027-06-16")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2027-06-22")
    );
}

// Source: Pub. L. 117-17 (Juneteenth from June 17, 2021). 2021: Sat 6/19 observed Fri 6/18;
// signed Thu 6/17: Mon 6/21 (1), Tue 6/22 (2), Wed 6/23 (3). 2020, before the law: signed Thu
// 6/18: Fri 6/19 (1), Mon 6/22 (2), Tue 6/23 (3).
#[test]
fn juneteenth_counts_from_2021_only() {
    let t = run(&case("US", &[(E::SettlementSigned, "2021-06-17")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2021-06-23")
    );
    let t = run(&case("US", &[(E::SettlementSigned, "2020-06-18")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2020-06-23")
    );
}

// Source: 5 U.S.C. 6103(b): New Year's Day 2028 (Sat) observed Fri 2027-12-31, across the year
// boundary. Signed Thu 12/30: Fri 12/31 holiday, Mon 1/3 (1), Tue 1/4 (2), Wed 1/5 (3).
#[test]
fn void_window_new_year_observed_in_the_previous_year() {
    let t = run(&case("US", &[(E::SettlementSigned, "2027-12-30")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2028-01-05")
    );
}

// Source: 5 U.S.C. 6103(b). Christmas 2021 (Sat) observed Fri 12/24; New Year 2022 (Sat)
// observed Fri 12/31. Signed Thu 12/23: Mon 12/27 (1), Tue (2), Wed 12/29 (3). Signed Wed
// 12/29: Thu 12/30 (1), Fri 12/31 holiday, Mon 1/3 (2), Tue 1/4 (3).
#[test]
fn void_window_holidays_on_both_sides_2021() {
    let t = run(&case("US", &[(E::SettlementSigned, "2021-12-23")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2021-12-29")
    );
    let t = run(&case("US", &[(E::SettlementSigned, "2021-12-29")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2022-01-04")
    );
}

// Source: 34 CFR 300.510(e); Veterans Day Tue 2025-11-11. Signed Fri 11/7: Mon 11/10 (1),
// Tue 11/11 holiday, Wed 11/12 (2), Thu 11/13 (3).
#[test]
fn void_window_skips_veterans_day() {
    let t = run(&case("US", &[(E::SettlementSigned, "2025-11-07")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2025-11-13")
    );
}

// Source: Cal. Gov. Code 6700 (March 31, Cesar Chavez Day), 34 CFR 300.11(b). Signed Mon
// 2026-03-30. California: Tue 3/31 holiday, Wed 4/1 (1), Thu 4/2 (2), Fri 4/3 (3). Federal
// only, signing day as day 1: Mon 3/30 (1), Tue 3/31 (2), Wed 4/1 (3). US: Tue 3/31 (1),
// Wed 4/1 (2), Thu 4/2 (3).
#[test]
fn california_void_window_skips_cesar_chavez_day() {
    let t = run(&case("US-CA", &[(E::SettlementSigned, "2026-03-30")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-04-03")
    );
    assert_eq!(
        earliest(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-04-01")
    );
    let t = run(&case("US", &[(E::SettlementSigned, "2026-03-30")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-04-02")
    );
}

// Source: Cal. Gov. Code 6700 (Feb 12, Lincoln Day); 5 U.S.C. 6103 (Washington's Birthday,
// Mon 2026-02-16). Signed Wed 2/11: Thu 2/12 holiday, Fri 2/13 (1), Mon 2/16 holiday,
// Tue 2/17 (2), Wed 2/18 (3).
#[test]
fn california_void_window_lincoln_day_then_washingtons_birthday() {
    let t = run(&case("US-CA", &[(E::SettlementSigned, "2026-02-11")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-02-18")
    );
}

// Source: Cal. Gov. Code 6701: Admission Day (Sun 2029-09-09) is observed Mon 9/10. Signed
// Fri 9/7 in California: Mon 9/10 holiday, Tue 9/11 (1), Wed 9/12 (2), Thu 9/13 (3). US: Mon
// 9/10 (1), Tue (2), Wed 9/12 (3).
#[test]
fn california_sunday_holiday_moves_to_monday() {
    let t = run(&case("US-CA", &[(E::SettlementSigned, "2029-09-07")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2029-09-13")
    );
    let t = run(&case("US", &[(E::SettlementSigned, "2029-09-07")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2029-09-12")
    );
}

// Source: 34 CFR 300.512(a)(3); Veterans Day Tue 2025-11-11. Hearing Mon 11/17, counted back:
// Fri 11/14 (1), Thu 11/13 (2), Wed 11/12 (3), Tue 11/11 holiday, Mon 11/10 (4), Fri 11/7 (5).
// Five full business days between: Thu 11/6.
#[test]
fn evidence_disclosure_counts_back_over_veterans_day() {
    let t = run(&case("US", &[(E::HearingStart, "2025-11-17")]));
    assert_eq!(
        date(&t, D::EvidenceDisclosure).as_deref(),
        Some("2025-11-07")
    );
    assert_eq!(
        earliest(&t, D::EvidenceDisclosure).as_deref(),
        Some("2025-11-06")
    );
}

// Source: 34 CFR 300.512(a)(3); Cal. Gov. Code 6700 (4th Friday of September, Native American
// Day: Fri 2025-09-26). Hearing Mon 9/29. California: Fri 9/26 holiday, Thu 9/25 (1), Wed (2),
// Tue (3), Mon 9/22 (4), Fri 9/19 (5); six back: Thu 9/18. US: Fri 9/26 (1) ... Mon 9/22 (5).
#[test]
fn evidence_disclosure_california_native_american_day() {
    let t = run(&case("US-CA", &[(E::HearingStart, "2025-09-29")]));
    assert_eq!(
        date(&t, D::EvidenceDisclosure).as_deref(),
        Some("2025-09-19")
    );
    assert_eq!(
        earliest(&t, D::EvidenceDisclosure).as_deref(),
        Some("2025-09-18")
    );
    let t = run(&case("US", &[(E::HearingStart, "2025-09-29")]));
    assert_eq!(
        date(&t, D::EvidenceDisclosure).as_deref(),
        Some("2025-09-22")
    );
}

// Source: 34 CFR 300.508(d)(3)(ii). Hearing Mon 11/17 - 5 calendar days = Wed 11/12.
#[test]
fn amendment_cutoff_five_days_before_hearing() {
    let t = run(&case("US", &[(E::HearingStart, "2025-11-17")]));
    assert_eq!(date(&t, D::AmendmentCutoff).as_deref(), Some("2025-11-12"));
}

// Source: 34 CFR 300.516(b). Decision Wed 2025-11-12 + 90: Nov 13-30 (18) + Dec (31) + Jan (31)
// + Feb 1-10 (10) = Tue 2026-02-10.
#[test]
fn civil_action_ninety_days_from_decision() {
    let t = run(&case("US", &[(E::DecisionIssued, "2025-11-12")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2026-02-10"));
    assert_eq!(t.get(D::CivilAction).unwrap().source, RuleSource::Federal);
}

// Source: 34 CFR 300.516(b); FRCP 6(a)(1)(C); R.P. v. District of Columbia (May 25 + 90 = Aug
// 23). 2025: May 26-31 (6) + Jun (30) + Jul (31) + Aug 1-23 (23) = Sat 8/23: the date stays,
// with a note that courts roll it to Mon 8/25.
#[test]
fn civil_action_on_a_saturday_keeps_its_date_and_notes_the_roll_forward() {
    let t = run(&case("US", &[(E::DecisionIssued, "2025-05-25")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-08-23"));
    assert!(notes(&t, D::CivilAction).contains(&Note::CourtRollForward {
        to: iso("2025-08-25")
    }));
}

// Source: Cal. Educ. Code 56505(k): "An appeal shall be made within 90 days of receipt of the
// hearing decision" (verified since issue 23: read in the Legislature's bulk release); contract
// section 4 (California counts from receipt when known; the earliest date from the decision).
// Issued Wed 11/12, received Mon 11/17: 11/17 + 90: Nov 18-30 (13) + Dec (31) + Jan (31) + Feb
// 1-15 (15) = Sun 2026-02-15, the primary date, from the state; the federal count from the
// decision, 11/12 + 90 = Tue 2026-02-10 (Nov 13-30 = 18, Dec 49, Jan 80, Feb 1-10), is the
// earliest, shown beside it.
#[test]
fn california_civil_action_counts_from_receipt() {
    let t = run(&case(
        "US-CA",
        &[
            (E::DecisionIssued, "2025-11-12"),
            (E::DecisionReceived, "2025-11-17"),
        ],
    ));
    let d = t.get(D::CivilAction).unwrap();
    assert_eq!(d.date().unwrap().to_string(), "2026-02-15");
    assert_eq!(d.earliest.unwrap().to_string(), "2026-02-10");
    assert_eq!(d.source, RuleSource::State);
    assert_eq!(
        readings(&t, D::CivilAction),
        vec![(ReadingKind::FederalDefault, "2026-02-10".to_string())]
    );
}

// Source: 34 CFR 300.511(e); contract section 4 (Feb 29 -> Feb 28). Knew 2024-02-29: two years =
// 2026-02-28; 730 days later is also 2026-02-28 (2024-02-29 + 365 = 2025-02-28).
#[test]
fn filing_limit_leap_day() {
    let t = run(&case("US", &[(E::KnewOfProblem, "2024-02-29")]));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2026-02-28"));
    assert_eq!(earliest(&t, D::FilingLimit).as_deref(), Some("2026-02-28"));
    assert!(notes(&t, D::FilingLimit).contains(&Note::FilingLimitExceptions));
}

// Source: 34 CFR 300.511(e). Knew 2023-03-10: anniversary 2025-03-10; 730 days crosses Feb 29,
// 2024, so it ends a day earlier: 2023-03-10 + 366 = 2024-03-10, + 364 = 2025-03-09.
#[test]
fn filing_limit_730_day_reading_is_earlier_across_a_leap_day() {
    let t = run(&case("US", &[(E::KnewOfProblem, "2023-03-10")]));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2025-03-10"));
    assert_eq!(earliest(&t, D::FilingLimit).as_deref(), Some("2025-03-09"));
}

// Source: contract section 4 ("act by" uses the earliest date; "falls on a Saturday: act by
// Friday"); issue 20 (one date story per card). Knew 2023-03-10: the primary date is Monday
// 2025-03-10; the 730-day reading gives Sunday 2025-03-09, a day offices are closed, so the one
// act-by day is Friday 2025-03-07. The headline (a Monday) is not flagged, and Sunday March 9 is
// not named on the card: two dates, the rule's and the day to act by.
#[test]
fn the_act_by_day_is_the_one_flagged_for_a_weekend() {
    use due_process_calculator::explain::{LineKind, card_lines};
    use due_process_calculator::i18n::Lang;
    let t = run(&case("US", &[(E::KnewOfProblem, "2023-03-10")]));
    let d = t.get(D::FilingLimit).expect("filing limit");
    assert_eq!(
        d.act_by.map(|a| a.to_string()).as_deref(),
        Some("2025-03-07")
    );
    let lines = card_lines(Lang::En.text(), d);
    let act_by: Vec<&str> = lines
        .iter()
        .filter(|l| l.kind == LineKind::ActBy)
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(act_by, ["Act by Friday, March 7, 2025"]);
    assert!(!lines.iter().any(|l| l.kind == LineKind::DayFlag));
    assert!(
        !lines
            .iter()
            .any(|l| l.text.contains("Mar 9") || l.text.contains("March 9")),
        "no third date on the card"
    );
}

// Source: contract section 4 (flags); the review of 2026-11-26. Received Friday 2025-08-29: the
// district's meeting is due Saturday 2025-09-13. The flag warns that offices are closed; it does
// not tell the family to act, since the meeting is the district's to hold.
#[test]
fn a_district_deadline_on_a_weekend_is_flagged_without_telling_the_family_to_act() {
    use due_process_calculator::i18n::Lang;
    let t = run(&case("US", &[(E::ComplaintReceived, "2025-08-29")]));
    assert_eq!(
        date(&t, D::ResolutionMeeting).as_deref(),
        Some("2025-09-13")
    );
    for lang in [Lang::En, Lang::Es] {
        let flag = day_flag(&t, D::ResolutionMeeting, lang);
        assert!(
            !flag.contains("Sep 12") && !flag.contains("12 sep"),
            "{flag}"
        );
        assert!(!flag.contains("act") && !flag.contains("Actúe"), "{flag}");
        assert!(
            flag.contains("Saturday") || flag.contains("sábado"),
            "{flag}"
        );
    }
}

// Source: the review of 2026-11-26. In a one-tier state (the federal pack), the state review
// card says it does not apply; the explanation of a state review ("In your state a hearing
// decision is first reviewed at the state level") would contradict it, so it is left out. A
// step that applies once something happens (a written settlement offer) keeps its explanation.
#[test]
fn a_step_the_state_does_not_have_is_not_explained_as_if_it_had_it() {
    use due_process_calculator::explain::{LineKind, card_lines};
    use due_process_calculator::i18n::Lang;
    let t = run(&case("US", &[(E::ComplaintReceived, "2025-08-29")]));
    let explained = |id: D| {
        let d = t.get(id).expect("a card");
        assert!(matches!(d.status, Status::NotApplicable(_)), "{id:?}");
        card_lines(Lang::En.text(), d)
            .iter()
            .any(|l| l.kind == LineKind::Explain)
    };
    assert!(!explained(D::StateReviewRequest));
    assert!(!explained(D::CivilActionStateCourt));
    assert!(explained(D::SettlementOfferResponse));
}

// Source: 34 CFR 300.511(e); contract section 4 (district notice reading). Knew 2024-05-01,
// notice 2024-03-15: primary 2026-05-01, earliest 2026-03-15. Filed 2026-04-01: after the
// earliest date, so the page warns.
#[test]
fn filing_limit_from_district_notice_and_late_filing() {
    let t = run(&case(
        "US",
        &[
            (E::KnewOfProblem, "2024-05-01"),
            (E::DistrictDecisionNotice, "2024-03-15"),
            (E::ComplaintFiled, "2026-04-01"),
        ],
    ));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2026-05-01"));
    assert_eq!(earliest(&t, D::FilingLimit).as_deref(), Some("2026-03-15"));
    assert!(notes(&t, D::FilingLimit).contains(&Note::FiledAfterLimit {
        filed: iso("2026-04-01")
    }));
}

// Source: 34 CFR 300.517(c)(2)(i). Offer received Wed 10/1 + 10 = Sat 10/11; the hearing on
// 10/8 is less than 10 days after the offer, so the fee rule may not apply.
#[test]
fn settlement_offer_response() {
    let t = run(&case(
        "US",
        &[
            (E::SettlementOfferReceived, "2025-10-01"),
            (E::HearingStart, "2025-10-08"),
        ],
    ));
    assert_eq!(
        date(&t, D::SettlementOfferResponse).as_deref(),
        Some("2025-10-11")
    );
    assert!(notes(&t, D::SettlementOfferResponse).contains(&Note::OfferLate));
}

// Source: 34 CFR 300.508(d)(2). Notice received Wed 9/10 + 5 = Mon 9/15.
#[test]
fn sufficiency_ruling_five_days() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-08-29"),
            (E::SufficiencyNoticeReceived, "2025-09-10"),
        ],
    ));
    assert_eq!(
        date(&t, D::SufficiencyRuling).as_deref(),
        Some("2025-09-15")
    );
}

// Source: 34 CFR 300.532(c)(2)-(3); Veterans Day Tue 11/11 and Thanksgiving Thu 11/27, 2025.
// Filed and received Mon 11/3. Meeting 11/3 + 7 = Mon 11/10; period 11/3 + 15 = Tue 11/18.
// School days: Nov 4-7 (4), 10 (5), 12-14 (8), 17-21 (13), 24-26 (16), 28 (17), Dec 1-3 (20)
// = Wed 12/3. Every weekday: Nov 4-7 (4), 10-14 (9), 17-21 (14), 24-28 (19), Dec 1 (20).
#[test]
fn expedited_track_deadlines() {
    let t = run(&track(
        case(
            "US",
            &[
                (E::ComplaintFiled, "2025-11-03"),
                (E::ComplaintReceived, "2025-11-03"),
            ],
        ),
        Track::Expedited,
    ));
    assert_eq!(
        date(&t, D::ExpeditedResolutionMeeting).as_deref(),
        Some("2025-11-10")
    );
    assert_eq!(
        date(&t, D::ExpeditedResolutionPeriodEnd).as_deref(),
        Some("2025-11-18")
    );
    assert_eq!(date(&t, D::ExpeditedHearing).as_deref(), Some("2025-12-03"));
    assert_eq!(
        earliest(&t, D::ExpeditedHearing).as_deref(),
        Some("2025-12-01")
    );
    assert_eq!(
        status(&t, D::ResolutionMeeting),
        Status::NotApplicable(NotApplicable::ExpeditedOnly)
    );
    assert_eq!(
        status(&t, D::HearingDecision),
        Status::NotApplicable(NotApplicable::ExpeditedOnly)
    );
    assert!(matches!(
        status(&t, D::ManifestationDetermination),
        Status::MissingInput(_)
    ));
}

// Source: 34 CFR 300.532(c)(2); Letter to Fletcher (deadlines run over breaks into the next
// term). Hearing ended Wed 12/17; winter closure 12/22-1/2 entered by the family: Thu 12/18 (1),
// Fri 12/19 (2), Jan 5-9 (7), Jan 12-14 (10) = Wed 2026-01-14.
#[test]
fn expedited_decision_skips_the_winter_closure() {
    let mut c = track(
        case(
            "US",
            &[
                (E::ComplaintFiled, "2025-12-01"),
                (E::HearingEnded, "2025-12-17"),
            ],
        ),
        Track::Expedited,
    );
    c.school_closures = vec![due_process_calculator::engine::calendar::Closure {
        from: iso("2025-12-22"),
        to: iso("2026-01-02"),
    }];
    let t = run(&c);
    assert_eq!(
        date(&t, D::ExpeditedDecision).as_deref(),
        Some("2026-01-14")
    );
    assert!(notes(&t, D::ExpeditedDecision).contains(&Note::AssumedSchoolCalendar));
}

// Source: 34 CFR 300.530(e)(1); MLK Day Mon 2026-01-19. Decided Fri 1/9: Jan 12-16 (5), 19
// holiday, 20-23 (9), 26 (10) = Mon 1/26. Every weekday: Jan 12-16 (5), 19-23 (10) = Fri 1/23.
#[test]
fn manifestation_determination_ten_school_days() {
    let t = run(&case("US", &[(E::PlacementChangeDecided, "2026-01-09")]));
    assert_eq!(
        date(&t, D::ManifestationDetermination).as_deref(),
        Some("2026-01-26")
    );
    assert_eq!(
        earliest(&t, D::ManifestationDetermination).as_deref(),
        Some("2026-01-23")
    );
}

// Source: 34 CFR 300.148(d)(1)(ii) (holidays count as business days). Planned Mon 2025-09-08,
// counted back: Sep 5, 4, 3, 2 (4), Mon 9/1 Labor Day counts (5), Aug 29, 28, 27, 26 (9),
// Mon 8/25 (10).
#[test]
fn private_placement_notice_counts_labor_day() {
    let t = run(&case("US", &[(E::PrivatePlacementPlanned, "2025-09-08")]));
    assert_eq!(
        date(&t, D::PrivatePlacementNotice).as_deref(),
        Some("2025-08-25")
    );
}

// Source: contract section 1 ("dual"): both tracks at once.
#[test]
fn dual_track_shows_both_hearings() {
    let t = run(&track(
        case(
            "US",
            &[
                (E::ComplaintFiled, "2025-11-03"),
                (E::ComplaintReceived, "2025-11-03"),
            ],
        ),
        Track::Dual,
    ));
    assert_eq!(date(&t, D::ExpeditedHearing).as_deref(), Some("2025-12-03"));
    // 11/3 + 30 = 12/3; + 45: Dec 4-31 (28) + Jan 1-17 (17) = Sat 2026-01-17.
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2026-01-17"));
}

// Source: 34 CFR 300.510(a)(3)(ii): mediation instead of the meeting; the 30 days still run.
#[test]
fn mediation_instead_of_meeting() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-08-29"),
            (E::MediationChosen, "2025-09-05"),
        ],
    ));
    assert_eq!(
        status(&t, D::ResolutionMeeting),
        Status::NotApplicable(NotApplicable::MediationInstead)
    );
    assert_eq!(
        date(&t, D::ResolutionPeriodEnd).as_deref(),
        Some("2025-09-28")
    );
}

// Source: 34 CFR 300.506(b)(6)-(7): a mediation agreement has no cancellation window.
#[test]
fn mediation_agreement_has_no_void_window() {
    let t = run(&case(
        "US",
        &[
            (E::ComplaintReceived, "2025-08-29"),
            (E::MediationAgreementSigned, "2025-09-20"),
        ],
    ));
    assert_eq!(
        status(&t, D::SettlementVoidWindow),
        Status::NotApplicable(NotApplicable::MediationAgreementOnly)
    );
    assert!(notes(&t, D::HearingDecision).contains(&Note::AppliesOnlyIfAgreementFails));
}

// Source: 34 CFR 300.510(a)(1). Meeting due 9/13, held Mon 9/15: late.
#[test]
fn late_resolution_meeting_is_noted() {
    let t = run_on(
        &case(
            "US",
            &[
                (E::ComplaintReceived, "2025-08-29"),
                (E::ResolutionMeetingHeld, "2025-09-15"),
            ],
        ),
        "2025-09-20",
    );
    assert!(
        notes(&t, D::ResolutionMeeting).contains(&Note::MeetingHeld {
            on: iso("2025-09-15"),
            on_time: false
        })
    );
}

// Source: contract section 1: every jurisdiction has a pack of its own now; Georgia's changes no
// hearing timeline (34 CFR 300.510(b), 300.515(a)), so its decision date is the federal one.
#[test]
fn every_state_uses_its_own_pack() {
    let t = run(&case("US-GA", &[(E::ComplaintReceived, "2025-08-29")]));
    assert!(!t.fallback);
    assert_eq!(t.pack_code, "US-GA");
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2025-11-12"));
}

// Source: contract section 4 (no extensions on the expedited track) and section 1 validation.
// Source: 34 CFR 300.510-300.515: the hearing decision comes after the complaint reaches the other
// party (the resolution period counts from that receipt). A decision dated 2026-11-20 on a
// complaint received 2026-11-25 is flagged, tied to the decision's date.
#[test]
fn a_decision_before_the_complaint_was_received_is_flagged() {
    let t = run(&case(
        "US-NJ",
        &[
            (E::ComplaintReceived, "2026-11-25"),
            (E::DecisionIssued, "2026-11-20"),
        ],
    ));
    assert!(t.issues.contains(&Issue::OutOfOrder {
        event: E::DecisionIssued,
        must_follow: E::ComplaintReceived
    }));
}

#[test]
fn inconsistent_input_gives_specific_issues() {
    let t = run(&track(
        case(
            "US",
            &[
                (E::ComplaintReceived, "2025-08-29"),
                (E::SettlementSigned, "2025-08-01"),
                (E::MediationWithdrawn, "2025-10-01"),
                (E::DecisionDueExtendedTo, "2025-12-01"),
                (E::KnewOfProblem, "1985-01-01"),
            ],
        ),
        Track::Expedited,
    ));
    assert!(t.issues.contains(&Issue::OutOfOrder {
        event: E::SettlementSigned,
        must_follow: E::ComplaintReceived
    }));
    assert!(t.issues.contains(&Issue::WithdrawalWithoutContinuation));
    assert!(t.issues.contains(&Issue::ExtensionOnExpeditedTrack));
    assert!(t.issues.contains(&Issue::OutOfRange {
        event: E::KnewOfProblem
    }));
    assert!(matches!(
        status(&t, D::FilingLimit),
        Status::MissingInput(_)
    ));
}

// Source: contract section 4: a date far from today is a warning, not an error.
#[test]
fn far_future_date_is_a_warning() {
    let t = run(&case("US", &[(E::ComplaintReceived, "2031-01-01")]));
    assert!(t.issues.contains(&Issue::FarFromToday {
        event: E::ComplaintReceived
    }));
}

// A decision or a received complaint dated after today is a plan or a typo (2027 for 2026): a
// warning, and the dates are still computed. A hearing's start can be ahead; a date far off keeps
// its own warning only. Today 2025-09-01.
#[test]
fn a_past_event_dated_after_today_is_a_warning() {
    let t = run(&case(
        "US-MO",
        &[
            (E::ComplaintReceived, "2025-08-20"),
            (E::HearingStart, "2025-10-06"),
            (E::DecisionIssued, "2025-11-03"),
            (E::DecisionReceived, "2025-11-05"),
        ],
    ));
    let future: Vec<Issue> = t
        .issues
        .iter()
        .copied()
        .filter(|i| matches!(i, Issue::InTheFuture { .. }))
        .collect();
    assert_eq!(
        future,
        vec![
            Issue::InTheFuture {
                event: E::DecisionIssued
            },
            Issue::InTheFuture {
                event: E::DecisionReceived
            },
        ]
    );
    assert!(
        future
            .iter()
            .all(|i| i.severity() == due_process_calculator::engine::validate::Severity::Warning)
    );
    assert!(
        date(&t, D::CivilActionStateCourt).is_some(),
        "still computed"
    );
    let t = run(&case("US", &[(E::ComplaintReceived, "2031-01-01")]));
    assert!(
        !t.issues
            .iter()
            .any(|i| matches!(i, Issue::InTheFuture { .. }))
    );
}

// Every deadline id appears exactly once in every timeline.
#[test]
fn every_deadline_is_listed_once() {
    let t = run(&case("US", &[]));
    for id in D::ALL {
        assert_eq!(
            t.deadlines.iter().filter(|d| d.id == *id).count(),
            1,
            "{id}"
        );
    }
}

// Source: Cal. Educ. Code 37220(a)(3) (Lincoln Day: the Monday or Friday of the week of Feb 12;
// the assumed calendar takes the Monday, 2026-02-09) and (a)(4) (Washington Day, Mon 2/16);
// 34 CFR 300.530(e). Decided Fri 2026-01-30. California: Feb 2-6 (5), 9 holiday, 10-13 (9),
// 16 holiday, Tue 2/17 (10). Federal calendar: Feb 2-6 (5), 9-13 (10) = Fri 2/13.
#[test]
fn california_school_days_skip_lincoln_day_monday() {
    let c = case("US-CA", &[(E::PlacementChangeDecided, "2026-01-30")]);
    let t = run(&c);
    assert_eq!(
        date(&t, D::ManifestationDetermination).as_deref(),
        Some("2026-02-17")
    );
    assert_eq!(
        earliest(&t, D::ManifestationDetermination).as_deref(),
        Some("2026-02-13")
    );
    let t = run(&case("US", &[(E::PlacementChangeDecided, "2026-01-30")]));
    assert_eq!(
        date(&t, D::ManifestationDetermination).as_deref(),
        Some("2026-02-13")
    );
}

// Source: rules reference, example 1, and Cal. Educ. Code 56501.5 (the same 15 and 30 days):
// California does not change the resolution clocks.
#[test]
fn california_resolution_clocks_match_federal() {
    let t = run(&case("US-CA", &[(E::ComplaintReceived, "2025-08-29")]));
    assert_eq!(
        date(&t, D::ResolutionMeeting).as_deref(),
        Some("2025-09-13")
    );
    assert_eq!(date(&t, D::HearingDecision).as_deref(), Some("2025-11-12"));
    assert_eq!(
        t.get(D::HearingDecision).unwrap().source,
        RuleSource::Federal
    );
}

// ---------------------------------------------------------------- state packs (issue 7)
//
// Decision issued Wed 2025-10-01 in every case below unless said otherwise.
// 10/1 + 30: Oct 2-31 is 30 days = Fri 10/31.
// 10/1 + 35 = Wed 11/5; 10/1 + 45 = Sat 11/15 (Oct 30 + Nov 15).
// 10/1 + 90: Oct (30) + Nov (30) + Dec 1-30 (30) = Tue 12/30.

fn source(t: &Timeline, id: D) -> RuleSource {
    t.get(id).expect("every deadline is listed").source
}

/// A state whose own court period is not the federal court's: the state-court line has the
/// state's date and source, the federal-court line the federal date, and the court card keeps
/// the federal date with the state's as its earliest.
fn state_court_apart(
    t: &Timeline,
    state: &str,
    how: RuleSource,
    federal: &str,
    earliest_date: &str,
) {
    assert_eq!(date(t, D::CivilActionStateCourt).as_deref(), Some(state));
    assert_eq!(source(t, D::CivilActionStateCourt), how);
    assert_eq!(
        date(t, D::CivilActionFederalCourt).as_deref(),
        Some(federal)
    );
    assert_eq!(date(t, D::CivilAction).as_deref(), Some(federal));
    assert_eq!(earliest(t, D::CivilAction).as_deref(), Some(earliest_date));
}

/// The weekend or holiday flag of a deadline's card, in a language.
fn day_flag(t: &Timeline, id: D, lang: due_process_calculator::i18n::Lang) -> String {
    use due_process_calculator::explain::{LineKind, card_lines};
    let d = t.get(id).expect("every deadline is listed");
    card_lines(lang.text(), d)
        .into_iter()
        .find(|l| l.kind == LineKind::DayFlag)
        .map(|l| l.text)
        .unwrap_or_else(|| panic!("{id:?} has no flag"))
}

fn readings(t: &Timeline, id: D) -> Vec<(ReadingKind, String)> {
    t.get(id)
        .expect("every deadline is listed")
        .readings
        .iter()
        .map(|r| (r.kind, r.count.date.to_string()))
        .collect()
}

// Source: Haw. Code R. 8-60-70(b): "30 days from the date of the decision of the hearing
// officer", state or federal court. Verified: it sets the date; the federal 90 days is shown.
// Since round 15 every Hawaii field has been checked, so the pack is no longer partial.
#[test]
fn hawaii_civil_action_is_30_days_from_the_decision() {
    let t = run(&case("US-HI", &[(E::DecisionIssued, "2025-10-01")]));
    assert!(!t.fallback && !t.partial && t.pack_code == "US-HI");
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-10-31"));
    assert_eq!(source(&t, D::CivilAction), RuleSource::State);
    assert_eq!(
        readings(&t, D::CivilAction),
        vec![(ReadingKind::FederalDefault, "2025-12-30".to_string())]
    );
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-10-31"));
}

// Source: S.D. Admin. R. 24:05:30:11 (30 days from the date of the decision); Utah Code
// 53E-7-208(4) (30 days after the day the decision was issued). Both verified: 10/1 + 30 = 10/31.
#[test]
fn thirty_day_states_set_the_court_date() {
    for code in ["US-SD", "US-UT"] {
        let t = run(&case(code, &[(E::DecisionIssued, "2025-10-01")]));
        assert_eq!(
            date(&t, D::CivilAction).as_deref(),
            Some("2025-10-31"),
            "{code}"
        );
        assert_eq!(source(&t, D::CivilAction), RuleSource::State, "{code}");
    }
}

// Source: 511 IAC 7-45-7 (Indiana, 30 days, secondary) and Pennsylvania's Office for Dispute
// Resolution (30 days to state court: an agency page, so secondary since issue 23). Not
// verified: the federal 90 days (12/30) stays the primary date; 10/1 + 30 = 10/31 is the
// earliest.
#[test]
fn secondary_30_day_rules_set_only_the_earliest_date() {
    for code in ["US-IN", "US-PA"] {
        let t = run(&case(code, &[(E::DecisionIssued, "2025-10-01")]));
        assert_eq!(
            date(&t, D::CivilAction).as_deref(),
            Some("2025-12-30"),
            "{code}"
        );
        assert_eq!(
            source(&t, D::CivilAction),
            RuleSource::StateUnverified,
            "{code}"
        );
        assert_eq!(
            earliest(&t, D::CivilAction).as_deref(),
            Some("2025-10-31"),
            "{code}"
        );
    }
}

// Source: Conn. Gen. Stat. 10-76h(d)(4) and 4-183(c)(1): 45 days after mailing, which P.M.B. v.
// Ridgefield (2d Cir. 2019) applies to federal IDEA actions (interpretive on the civil-action line).
// Mailing not entered: counted from the decision date, 10/1 + 45 = Sat 11/15, labelled. Mailed
// Fri 10/3: 10/3 + 45 = Mon 11/17 (Oct 4-31 = 28, Nov 1-17 = 17).
#[test]
fn connecticut_counts_from_mailing_and_stands_in_with_the_decision_date() {
    let t = run(&case("US-CT", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
    assert_eq!(
        readings(&t, D::CivilAction),
        vec![(
            ReadingKind::StateRuleFromDecisionDate,
            "2025-11-15".to_string()
        )]
    );
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-11-15"));
    let t = run(&case(
        "US-CT",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::DecisionMailed, "2025-10-03"),
        ],
    ));
    assert_eq!(
        readings(&t, D::CivilAction),
        vec![(ReadingKind::StateRule, "2025-11-17".to_string())]
    );
    // The same 45 days on the state-court line: 10-76h(d)(4) sends appeals "in the manner set
    // forth in section 4-183", whose (c)(1) runs "within forty-five days after mailing of the
    // final decision" (both read, round 17): Mon 11/17.
    assert_eq!(
        date(&t, D::CivilActionStateCourt).as_deref(),
        Some("2025-11-17")
    );
    assert_eq!(source(&t, D::CivilActionStateCourt), RuleSource::State);
}

// Source: Conn. Gen. Stat. 10-76h(a)(4): "two years to request a hearing from the time the board
// of education proposed or refused" (verified, round 17). The board's notice Wed 2024-05-01 + 2
// years = Fri 2026-05-01. The proposal itself may come before its written notice: counted from
// it (interpretive), Mon 2024-04-15 + 2 years = Wed 2026-04-15, the earliest date. 10-76h(d)(1) lets a hearing officer order reimbursement "in accordance
// with" the IDEA and sets no claim period of its own: the field is checked, with no limit.
#[test]
fn connecticut_two_years_from_the_boards_proposal_and_no_reimbursement_period() {
    let t = run(&case(
        "US-CT",
        &[
            (E::KnewOfProblem, "2024-03-15"),
            (E::DistrictDecisionNotice, "2024-05-01"),
        ],
    ));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2026-05-01"));
    assert_eq!(source(&t, D::FilingLimit), RuleSource::State);
    let t = run(&case(
        "US-CT",
        &[
            (E::ActOrOmission, "2024-04-15"),
            (E::DistrictDecisionNotice, "2024-05-01"),
        ],
    ));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2026-05-01"));
    assert_eq!(earliest(&t, D::FilingLimit).as_deref(), Some("2026-04-15"));
    let (pack, fallback) = due_process_calculator::rules::pack_for(
        due_process_calculator::engine::case::Jurisdiction::parse("US-CT").expect("state"),
    );
    assert!(!fallback);
    assert!(
        !pack
            .unchecked()
            .any(|f| f == due_process_calculator::rules::Field::Reimbursement)
    );
}

// Source: Mo. Rev. Stat. 162.962(3): state court "within forty-five days after the receipt of
// the notice of the agency's final decision" (verified: the text as amended by 2012 S.B. 595 was
// read in issue 23). Received Mon 10/6: 10/6 + 45 = Thu 11/20 (Oct 7-31 = 25, Nov 1-20 = 20),
// the primary date. Receipt not entered: the federal date stays primary and the state rule is
// counted from the decision date (11/15), never later.
#[test]
fn missouri_counts_from_receipt_once_it_is_entered() {
    let t = run(&case(
        "US-MO",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::DecisionReceived, "2025-10-06"),
        ],
    ));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-11-20"));
    assert_eq!(source(&t, D::CivilAction), RuleSource::State);
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-11-20"));
    let t = run(&case("US-MO", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
    assert_eq!(source(&t, D::CivilAction), RuleSource::Federal);
    assert_eq!(
        readings(&t, D::CivilAction),
        vec![(
            ReadingKind::StateRuleFromDecisionDateUntilReceived,
            "2025-11-15".to_string()
        )]
    );
}

// Source: N.C. Gen. Stat. 115C-109.6(h2) (ncleg.gov text, read in round 13): a civil action "in
// State court within 30 days after receipt of the notice of the decision or in federal court as
// provided in 20 U.S.C. § 1415". Decision 10/1, received Mon 10/6: 10/6 + 30 = Wed 11/5 (Oct
// 7-31 = 25, Nov 1-5); the federal court keeps 10/1 + 90 = 12/30. Receipt not entered: the
// federal date stays primary and the state rule is counted from the decision, 10/31.
#[test]
fn north_carolina_state_court_counts_30_days_from_receipt() {
    let t = run(&case(
        "US-NC",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::DecisionReceived, "2025-10-06"),
        ],
    ));
    assert_eq!(
        date(&t, D::CivilActionStateCourt).as_deref(),
        Some("2025-11-05")
    );
    assert_eq!(
        date(&t, D::CivilActionFederalCourt).as_deref(),
        Some("2025-12-30")
    );
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-11-05"));
    assert_eq!(source(&t, D::CivilAction), RuleSource::State);
    let t = run(&case("US-NC", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
    assert_eq!(source(&t, D::CivilAction), RuleSource::Federal);
    assert_eq!(
        readings(&t, D::CivilAction),
        vec![(
            ReadingKind::StateRuleFromDecisionDateUntilReceived,
            "2025-10-31".to_string()
        )]
    );
}

// Source: Minn. R. 3525.4700 (60 days of receiving the decision, Court of Appeals; verified):
// received 10/6 + 60 = Fri 12/5 (Oct 7-31 = 25, Nov 30 = 55, Dec 1-5). N.H. Rev. Stat.
// 186-C:16-b, IV (120 days from receipt; verified): 10/6 + 120 = Tue 2026-02-03 (Dec 31 = 86,
// Jan 31 = 117, Feb 1-3); the federal 90 days from the decision (12/30) is the earliest.
#[test]
fn receipt_states_minnesota_and_new_hampshire() {
    let events = [
        (E::DecisionIssued, "2025-10-01"),
        (E::DecisionReceived, "2025-10-06"),
    ];
    let t = run(&case("US-MN", &events));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-12-05"));
    let t = run(&case("US-NH", &events));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2026-02-03"));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
}

// Source: Ariz. Admin. Code R7-2-405(H)(8) as ADE cites it (35 days from receipt; unverified,
// the memo's known conflict): from the decision date while receipt is not entered, 11/5.
// Wis. Stat. 115.80(7) (45 days; unverified): 11/15. Md. Educ. 8-413(j) (120 days; interpretive)
// is later than the federal date, which stays the earliest.
#[test]
fn unverified_court_periods_feed_the_earliest_date() {
    let t = run(&case("US-AZ", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-11-05"));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
    let t = run(&case("US-WI", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-11-15"));
    let t = run(&case("US-MD", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
    assert_eq!(
        readings(&t, D::CivilAction),
        vec![(ReadingKind::StateRule, "2026-01-29".to_string())]
    );
}

// Source: Wash. Admin. Code 392-172A-05115(2) ("ninety days from the date of the decision",
// verified) and Or. Rev. Stat. 343.175(4): 10/1 + 90 = 12/30, the same date as the federal rule,
// now from the state. West Virginia's 90 days come from its department's page (secondary since
// issue 23): the same date, from the federal rule.
#[test]
fn ninety_day_states_confirm_the_federal_date() {
    for code in ["US-WA", "US-OR", "US-WV"] {
        let t = run(&case(code, &[(E::DecisionIssued, "2025-10-01")]));
        assert_eq!(
            date(&t, D::CivilAction).as_deref(),
            Some("2025-12-30"),
            "{code}"
        );
        assert_eq!(
            source(&t, D::CivilAction) == RuleSource::State,
            code != "US-WV",
            "{code}"
        );
    }
}

// Source: 16 V.S.A. 2957(d) (Official Code of Vermont Annotated, Release 85): an appeal to court
// "shall be commenced within 90 days from the notice of the final decision" (interpretive: the
// notice is counted from the decision's date, so the rule is labelled as a reading). Decision
// Wed 2025-10-01 + 90 = Tue 2025-12-30 (Oct 2-31 = 30, Nov = 60, Dec 1-30 = 90), the federal
// date.
#[test]
fn vermont_court_period_runs_from_the_notice_of_the_decision() {
    let t = run(&case("US-VT", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
    assert_eq!(source(&t, D::CivilAction), RuleSource::StateUnverified);
}

// Source: L.S. v. Kent Sch. Dist., No. 2:22-cv-01793 (W.D. Wash. 2023), applying Wash. Admin.
// Code 392-172A-05115(2): the decision of Fri 2022-08-19 left until Thu 2022-11-17 (Aug 20-31 =
// 12, Sep 30 = 42, Oct 31 = 73, Nov 1-17 = 90); the filing of 11/18 was one day late.
#[test]
fn washington_ninety_days_as_a_court_applied_them() {
    let t = run(&case("US-WA", &[(E::DecisionIssued, "2022-08-19")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2022-11-17"));
    assert_eq!(source(&t, D::CivilAction), RuleSource::State);
}

// Source: Alaska Stat. 14.30.193(a): "not later than 12 months after the date that the school
// district provides the parent with written notice of the decision" (verified). Notice Wed
// 2024-05-01 + 12 months = Thu 2025-05-01. Without the notice date the limit cannot be counted,
// and the page asks for it. Wis. Stat. 115.80(1)(a)1.: one year after the refusal or proposal.
#[test]
fn alaska_and_wisconsin_count_the_filing_limit_from_the_districts_notice() {
    for code in ["US-AK", "US-WI"] {
        let t = run(&case(
            code,
            &[
                (E::KnewOfProblem, "2024-03-15"),
                (E::DistrictDecisionNotice, "2024-05-01"),
            ],
        ));
        assert_eq!(
            date(&t, D::FilingLimit).as_deref(),
            Some("2025-05-01"),
            "{code}"
        );
        assert_eq!(source(&t, D::FilingLimit), RuleSource::State, "{code}");
        assert_eq!(
            earliest(&t, D::FilingLimit).as_deref(),
            Some("2025-05-01"),
            "{code}"
        );
        let t = run(&case(code, &[(E::KnewOfProblem, "2024-03-15")]));
        let Status::MissingInput(missing) = status(&t, D::FilingLimit) else {
            panic!("{code}: the filing limit waits for the notice date");
        };
        assert_eq!(missing.needs, vec![E::DistrictDecisionNotice], "{code}");
    }
}

// Source: Wis. Stat. 115.80(1)(a)1.: a hearing request "within one year after the refusal or
// proposal of the local educational agency" (verified). Counted from the district's notice, Wed
// 2024-05-01 + 1 year = Thu 2025-05-01, the state's date; the refusal itself may come first:
// Mon 2024-04-15 + 1 year = Tue 2025-04-15 (interpretive), the earliest date.
#[test]
fn wisconsin_shows_its_year_from_the_refusal_itself_as_the_earliest_date() {
    let t = run(&case(
        "US-WI",
        &[
            (E::ActOrOmission, "2024-04-15"),
            (E::DistrictDecisionNotice, "2024-05-01"),
        ],
    ));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2025-05-01"));
    assert_eq!(source(&t, D::FilingLimit), RuleSource::State);
    assert_eq!(earliest(&t, D::FilingLimit).as_deref(), Some("2025-04-15"));
}

// Source: N.C. Gen. Stat. 115C-109.6(b) (one year, read from "not more than one year before the
// party knew"; interpretive): knew 2024-03-15 + 1 year = 2025-03-15 is the earliest date; the
// federal two years (2026-03-15) stays primary.
#[test]
fn north_carolina_one_year_filing_limit_is_the_earliest_date() {
    let t = run(&case("US-NC", &[(E::KnewOfProblem, "2024-03-15")]));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2026-03-15"));
    assert_eq!(earliest(&t, D::FilingLimit).as_deref(), Some("2025-03-15"));
}

// Source: the two-year limits read in each state's text (Haw. Rev. Stat. 302A-443(a)(1); 105
// ILCS 5/14-8.02a(f); 92 NAC 55-004.01; N.H. Rev. Stat. 186-C:16-b, I; N.J.A.C. 6A:14-2.7(a)1;
// 19 TAC 89.1151(c); 16 V.S.A. 2957(a); WAC 392-172A-05080(2)): knew 2024-03-15 + 2 years =
// 2026-03-15, from the state.
#[test]
fn two_year_states_confirm_the_federal_filing_limit() {
    for code in [
        "US-HI", "US-IL", "US-NE", "US-NH", "US-NJ", "US-TX", "US-VT", "US-WA",
    ] {
        let t = run(&case(code, &[(E::KnewOfProblem, "2024-03-15")]));
        assert_eq!(
            date(&t, D::FilingLimit).as_deref(),
            Some("2026-03-15"),
            "{code}"
        );
        assert_eq!(source(&t, D::FilingLimit), RuleSource::State, "{code}");
    }
}

// Source: Kan. Stat. 72-3415(a)(1)(A): the problem "occurred not more than two years before the
// filing of the complaint and the party filing the complaint knew or should have known about the
// alleged action". The two years run from the act: act Mon 2024-01-15 + 2 years = Thu
// 2026-01-15, the state's verified date; the federal reading from the day the family knew,
// 2024-05-01 + 2 years = Fri 2026-05-01, is shown beside it, later; counted as 730 days (2024 has
// a February 29 inside them) the two years end a day earlier, Wed 2026-01-14, the earliest date.
// With only the day the family knew entered, the page asks for the date of the act.
#[test]
fn kansas_counts_its_two_years_from_the_act() {
    let t = run(&case(
        "US-KS",
        &[
            (E::ActOrOmission, "2024-01-15"),
            (E::KnewOfProblem, "2024-05-01"),
        ],
    ));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2026-01-15"));
    assert_eq!(source(&t, D::FilingLimit), RuleSource::State);
    assert_eq!(earliest(&t, D::FilingLimit).as_deref(), Some("2026-01-14"));
    let knew_only = run(&case("US-KS", &[(E::KnewOfProblem, "2024-05-01")]));
    match status(&knew_only, D::FilingLimit) {
        Status::MissingInput(m) => assert_eq!(m.needs, vec![E::ActOrOmission]),
        other => panic!("{other:?}"),
    }
}

// Source: 16 V.S.A. 2957(a) (Release 85, cic-code-vt): a hearing "within two years of the alleged
// violation or within two years of the date the alleged violation is or reasonably should have been
// discovered, and not after". The discovery count is the verified date: knew Wed 2024-05-01 + 2
// years = Fri 2026-05-01 (730 days end the same day: no February 29 inside them). The count from
// the violation is the earlier reading: act Mon 2024-01-15 + 2 years = Thu 2026-01-15.
#[test]
fn vermont_shows_two_years_from_the_violation_as_the_earliest_date() {
    let t = run(&case(
        "US-VT",
        &[
            (E::ActOrOmission, "2024-01-15"),
            (E::KnewOfProblem, "2024-05-01"),
        ],
    ));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2026-05-01"));
    assert_eq!(source(&t, D::FilingLimit), RuleSource::State);
    assert_eq!(earliest(&t, D::FilingLimit).as_deref(), Some("2026-01-15"));
    let knew_only = run(&case("US-VT", &[(E::KnewOfProblem, "2024-05-01")]));
    assert_eq!(
        earliest(&knew_only, D::FilingLimit).as_deref(),
        Some("2026-05-01")
    );
}

// Source: 8 NYCRR 279.4(a): serve the request for review "within 40 days after the date of the
// decision" (verified). IHO decision Wed 10/1 + 40 = Mon 11/10 (Oct 2-31 = 30, Nov 1-10 = 10).
// In a two-tier state the court date runs from the review decision (34 CFR 300.516(b)): it waits
// for that date; review decision Fri 2025-12-12 + 90 = Thu 2026-03-12 (Dec 13-31 = 19, Jan 31 =
// 50, Feb 28 = 78, Mar 1-12 = 90).
#[test]
fn new_york_state_review_comes_before_court() {
    let t = run(&case("US-NY", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(
        date(&t, D::StateReviewRequest).as_deref(),
        Some("2025-11-10")
    );
    assert_eq!(source(&t, D::StateReviewRequest), RuleSource::State);
    let Status::MissingInput(missing) = status(&t, D::CivilAction) else {
        panic!("the court date waits for the review decision");
    };
    assert_eq!(missing.needs, vec![E::ReviewDecisionIssued]);
    let t = run(&case(
        "US-NY",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::ReviewDecisionIssued, "2025-12-12"),
        ],
    ));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2026-03-12"));
}

// Source: N.Y. Educ. Law 4404(3) as an undated New York attorney's guide states it (secondary): a
// civil action within four months of the review decision until June 30, 2012, then the federal 90
// days; the earlier, 90 days, is kept for the court card and the state-court line. Review decision
// Mon 2026-03-02 + 90 = Sun 5/31 (Mar 3-31 = 29, Apr 30 = 59, May 1-31 = 90), the federal date,
// which stays primary; the same period as federal law's, so no federal-court line repeats it.
#[test]
fn new_york_court_after_review_keeps_the_federal_90_days_secondary() {
    let t = run(&case(
        "US-NY",
        &[
            (E::DecisionIssued, "2026-01-20"),
            (E::ReviewDecisionIssued, "2026-03-02"),
        ],
    ));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2026-05-31"));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2026-05-31"));
    assert_ne!(source(&t, D::CivilAction), RuleSource::State);
    assert_eq!(
        date(&t, D::CivilActionStateCourt).as_deref(),
        Some("2026-05-31")
    );
    assert_eq!(
        source(&t, D::CivilActionStateCourt),
        RuleSource::StateUnverified
    );
    assert_eq!(
        status(&t, D::CivilActionFederalCourt),
        Status::NotApplicable(NotApplicable::SameCourtPeriod)
    );
}

// Source: Kan. Stat. 72-3418(b)(1): 30 calendar days after the postmark on the notice (verified).
// Postmark not entered: counted from the decision date, 10/1 + 30 = 10/31, with a note. Postmark
// Fri 10/3: 10/3 + 30 = Sun 11/2 (Oct 4-31 = 28, Nov 1-2 = 2).
#[test]
fn kansas_review_counts_from_the_postmark() {
    let t = run(&case("US-KS", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(
        date(&t, D::StateReviewRequest).as_deref(),
        Some("2025-10-31")
    );
    assert!(notes(&t, D::StateReviewRequest).contains(&Note::CountedFromDecisionDate));
    let t = run(&case(
        "US-KS",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::DecisionMailed, "2025-10-03"),
        ],
    ));
    assert_eq!(
        date(&t, D::StateReviewRequest).as_deref(),
        Some("2025-11-02")
    );
    assert!(!notes(&t, D::StateReviewRequest).contains(&Note::CountedFromDecisionDate));
}

// Source: Kentucky's appeals board is a second tier, its request period not confirmed: the page
// says so instead of inventing a date. Ky. Rev. Stat. 13B.140(1): 30 days after the board's
// order, applied to the board in J.M. v. Oldham Cnty. Bd. of Educ. (Ky. Ct. App. 2022; verified):
// review decision 12/12 + 30 = Sun 2026-01-11, the date; the federal 90 days (2026-03-12) beside.
#[test]
fn kentucky_review_period_unknown_and_court_after_the_board() {
    let t = run(&case(
        "US-KY",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::ReviewDecisionIssued, "2025-12-12"),
        ],
    ));
    let Status::MissingInput(missing) = status(&t, D::StateReviewRequest) else {
        panic!("no invented review date");
    };
    assert_eq!(missing.why, MissingWhy::StateRuleUnknown);
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2026-01-11"));
    assert_eq!(source(&t, D::CivilAction), RuleSource::State);
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2026-01-11"));
}

// Source: Ky. Rev. Stat. 13B.140(1) (read, round 19): a petition "in the Circuit Court ... within
// thirty (30) days after the final order of the agency is mailed", counted from the board's order
// (never later): review decision Fri 2025-12-12 + 30 = Sun 2026-01-11 on the state-court line.
#[test]
fn kentucky_circuit_court_thirty_days_after_the_board() {
    let t = run(&case(
        "US-KY",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::ReviewDecisionIssued, "2025-12-12"),
        ],
    ));
    assert_eq!(
        date(&t, D::CivilActionStateCourt).as_deref(),
        Some("2026-01-11")
    );
    assert_eq!(source(&t, D::CivilActionStateCourt), RuleSource::State);
}

// Source: 34 CFR 300.514(b) leaves a second tier to the state; a one-tier state has none.
#[test]
fn one_tier_states_have_no_state_review() {
    for code in ["US", "US-CA", "US-HI", "US-GA"] {
        let t = run(&case(code, &[(E::DecisionIssued, "2025-10-01")]));
        assert_eq!(
            status(&t, D::StateReviewRequest),
            Status::NotApplicable(NotApplicable::OneTier),
            "{code}"
        );
    }
}

// Source: 34 CFR 300.510(e) (3 business days) and Alaska Stat. 44.12.010 (Seward's Day, the last
// Monday of March, a state holiday; 34 CFR 300.11(b): business days exclude state holidays).
// Signed Thu 2026-03-26: Fri 3/27 (1), Mon 3/30 Seward's Day (skipped), Tue 3/31 (2), Wed 4/1 (3).
// With federal holidays only the window would end Tue 3/31, one day early.
#[test]
fn alaska_void_window_skips_sewards_day() {
    let t = run(&case("US-AK", &[(E::SettlementSigned, "2026-03-26")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-04-01")
    );
    let t = run(&case("US", &[(E::SettlementSigned, "2026-03-26")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-03-31")
    );
}

// Source: the memo's known conflicts, shown as readings with the earliest date. Louisiana: La.
// Admin. Code tit. 28, XLIII-507(A)(2) (one year, interpretive; read) against a reported 2025
// change to two years (unverified): knew 2024-03-15, earliest 2025-03-15. Kentucky: a reported
// three years (unverified) is later than the federal two, which stays the earliest date.
// Florida: a 30-day court rule the department described before proposing 90 (unverified):
// decision 10/1 + 30 = 10/31, the earliest date.
#[test]
fn conflicting_sources_show_the_earliest_date_and_why() {
    let t = run(&case("US-LA", &[(E::KnewOfProblem, "2024-03-15")]));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2026-03-15"));
    assert_eq!(earliest(&t, D::FilingLimit).as_deref(), Some("2025-03-15"));
    assert_eq!(readings(&t, D::FilingLimit).len(), 2);
    let t = run(&case("US-KY", &[(E::KnewOfProblem, "2024-03-15")]));
    assert_eq!(earliest(&t, D::FilingLimit).as_deref(), Some("2026-03-15"));
    assert_eq!(
        readings(&t, D::FilingLimit),
        vec![(ReadingKind::StateRule, "2027-03-15".to_string())]
    );
    let t = run(&case("US-FL", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-10-31"));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
}

// Source: Colo. Rev. Stat. 24-11-101 (Frances Xavier Cabrini Day, the first Monday of October,
// since 2020) and 34 CFR 300.510(e). Signed Thu 2025-10-02: Fri 10/3 (1), Mon 10/6 Cabrini Day
// (skipped), Tue 10/7 (2), Wed 10/8 (3).
#[test]
fn colorado_void_window_skips_cabrini_day() {
    let t = run(&case("US-CO", &[(E::SettlementSigned, "2025-10-02")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2025-10-08")
    );
}

// Source: Ohio Department of Education guidance 5.17 (secondary): ask for the state-level review
// "within 45 calendar days of receipt of the hearing decision"; the common pleas court within 45
// days of the review decision, federal court 90. Received Mon 10/6 + 45 = Thu 11/20 (Oct 7-31 =
// 25, Nov 1-20 = 20), labelled as not verified (federal law sets no review period). Review
// decision Fri 12/12 + 45 = Mon 2026-01-26 (Dec 13-31 = 19, Jan 1-26 = 26): the earliest court
// date; the federal 90 days (2026-03-12) stays primary.
#[test]
fn ohio_review_and_court_after_review() {
    let t = run(&case(
        "US-OH",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::DecisionReceived, "2025-10-06"),
            (E::ReviewDecisionIssued, "2025-12-12"),
        ],
    ));
    assert_eq!(
        date(&t, D::StateReviewRequest).as_deref(),
        Some("2025-11-20")
    );
    assert_eq!(
        source(&t, D::StateReviewRequest),
        RuleSource::StateUnverified
    );
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2026-03-12"));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2026-01-26"));
}

// Source: South Carolina's review request, 10 calendar days (secondary): decision Wed 10/1 +
// 10 = Sat 10/11, labelled as not verified; a calendar-day date does not move off a weekend.
#[test]
fn south_carolina_review_in_ten_days() {
    let t = run(&case("US-SC", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(
        date(&t, D::StateReviewRequest).as_deref(),
        Some("2025-10-11")
    );
    assert_eq!(
        source(&t, D::StateReviewRequest),
        RuleSource::StateUnverified
    );
}

// Source: D.C. Code 1-612.02 (DC Emancipation Day, April 16) and Wyo. Stat. 8-4-101 (no days
// beyond the federal ones), with 34 CFR 300.510(e). Signed Tue 2026-04-14: in DC, Wed 4/15 (1),
// Thu 4/16 skipped, Fri 4/17 (2), Mon 4/20 (3); in Wyoming, 4/15, 4/16, 4/17.
#[test]
fn dc_emancipation_day_and_wyoming_federal_holidays_only() {
    let t = run(&case("US-DC", &[(E::SettlementSigned, "2026-04-14")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-04-20")
    );
    let t = run(&case("US-WY", &[(E::SettlementSigned, "2026-04-14")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-04-17")
    );
}

// Source: N.D. Cent. Code 1-03-01 and Tenn. Code 15-1-101 (Good Friday; Easter 2026 is April 5).
// Signed Wed 2026-04-01: Thu 4/2 (1), Fri 4/3 Good Friday skipped, Mon 4/6 (2), Tue 4/7 (3).
#[test]
fn good_friday_states_skip_it() {
    for code in ["US-ND", "US-TN"] {
        let t = run(&case(code, &[(E::SettlementSigned, "2026-04-01")]));
        assert_eq!(
            date(&t, D::SettlementVoidWindow).as_deref(),
            Some("2026-04-07"),
            "{code}"
        );
    }
}

// Source: contract section 3 (state-court and federal-court deadlines where they differ).
// Pennsylvania's Office for Dispute Resolution: state court 30 days, federal court 90, both from
// the decision (secondary since issue 23: an agency page): 10/1 + 30 = 10/31 and 10/1 + 90 =
// 12/30; the court deadline keeps the federal date and 10/31 as its earliest. Missouri (Mo. Rev.
// Stat. 162.962(3)): state court 45 days from receipt, 10/6 + 45 = 11/20. Nebraska (92 NAC 55-009.02): district court two years from mailing, 10/3 -> 2027-10-03.
// A state with no court period of its own shows neither.
#[test]
fn state_and_federal_court_deadlines_where_they_differ() {
    let t = run(&case("US-PA", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(
        date(&t, D::CivilActionStateCourt).as_deref(),
        Some("2025-10-31")
    );
    assert_eq!(
        date(&t, D::CivilActionFederalCourt).as_deref(),
        Some("2025-12-30")
    );
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-10-31"));
    let t = run(&case(
        "US-MO",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::DecisionReceived, "2025-10-06"),
        ],
    ));
    assert_eq!(
        date(&t, D::CivilActionStateCourt).as_deref(),
        Some("2025-11-20")
    );
    let t = run(&case(
        "US-NE",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::DecisionMailed, "2025-10-03"),
        ],
    ));
    assert_eq!(
        date(&t, D::CivilActionStateCourt).as_deref(),
        Some("2027-10-03")
    );
    assert_eq!(
        date(&t, D::CivilActionFederalCourt).as_deref(),
        Some("2025-12-30")
    );
    for code in ["US", "US-CA", "US-HI"] {
        let t = run(&case(code, &[(E::DecisionIssued, "2025-10-01")]));
        for id in [D::CivilActionStateCourt, D::CivilActionFederalCourt] {
            assert_eq!(
                status(&t, id),
                Status::NotApplicable(NotApplicable::NoStateCourtPeriod),
                "{code} {id}"
            );
        }
    }
}

// Source: Haw. Rev. Stat. 302A-443(a)(2): a reimbursement request "within one hundred and eighty
// calendar days of a unilateral special education placement" (verified). First day Mon
// 2025-08-18 + 180 = Sat 2026-02-14 (Aug 19-31 = 13, Sep 43, Oct 74, Nov 104, Dec 135, Jan 166,
// Feb 1-14 = 180). N.H. Rev. Stat. 186-C:16-b and 16 Vt. Stat. 2957: 90 days, Sun 2025-11-16.
// Without a private placement the limit does not apply; a state without one says so.
#[test]
fn reimbursement_claim_limits() {
    let placed = [(E::PrivatePlacementStarted, "2025-08-18")];
    let t = run(&case("US-HI", &placed));
    assert_eq!(
        date(&t, D::ReimbursementClaimLimit).as_deref(),
        Some("2026-02-14")
    );
    assert_eq!(source(&t, D::ReimbursementClaimLimit), RuleSource::State);
    for code in ["US-NH", "US-VT"] {
        let t = run(&case(code, &placed));
        assert_eq!(
            date(&t, D::ReimbursementClaimLimit).as_deref(),
            Some("2025-11-16"),
            "{code}"
        );
    }
    let t = run(&case("US-HI", &[(E::ComplaintReceived, "2025-08-29")]));
    assert_eq!(
        status(&t, D::ReimbursementClaimLimit),
        Status::NotApplicable(NotApplicable::NoPrivatePlacement)
    );
    let t = run(&case("US-CA", &placed));
    assert_eq!(
        status(&t, D::ReimbursementClaimLimit),
        Status::NotApplicable(NotApplicable::NoReimbursementLimit)
    );
}

// Source: issue 23. 511 Ind. Admin. Code 7-34-10(a)-(e) sends a parent's claim for the costs of a
// unilateral nonpublic enrollment to a due process hearing (7-45-3 through 7-45-11) and sets no
// claim period; Ariz. Admin. Code R7-2-401(A) adopts 34 CFR 300.1 et seq. (300.148 included) by
// reference. Both checks are interpretive: placed Mon 2025-08-18, no claim limit applies, and
// the field is no longer among those the page names as not checked.
#[test]
fn indiana_and_arizona_set_no_reimbursement_claim_period() {
    use due_process_calculator::rules::Field;
    let placed = [(E::PrivatePlacementStarted, "2025-08-18")];
    for code in ["US-IN", "US-AZ"] {
        let t = run(&case(code, &placed));
        assert_eq!(
            status(&t, D::ReimbursementClaimLimit),
            Status::NotApplicable(NotApplicable::NoReimbursementLimit),
            "{code}"
        );
        let (pack, fallback) = due_process_calculator::rules::pack_for(
            due_process_calculator::engine::case::Jurisdiction::parse(code).expect("state"),
        );
        assert!(!fallback, "{code}");
        assert!(
            !pack.unchecked().any(|f| f == Field::Reimbursement),
            "{code}: reimbursement checked"
        );
    }
}

// Source: 3 L.P.R.A. 2172: 30 days to the Court of Appeals from the mailing of the final order
// (applied to special education by interpretation). Mailing not entered: from the decision date,
// 10/1 + 30 = 10/31, the earliest date; mailed Fri 10/3: 10/3 + 30 = Sun 11/2. The federal 90
// days (12/30) stay primary.
#[test]
fn puerto_rico_thirty_days_from_mailing() {
    let t = run(&case("US-PR", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-10-31"));
    let t = run(&case(
        "US-PR",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::DecisionMailed, "2025-10-03"),
        ],
    ));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-11-02"));
    // The same 30 days are the state-court line (interpretive, so not verified); the federal
    // court keeps 90 days from the decision.
    state_court_apart(
        &t,
        "2025-11-02",
        RuleSource::StateUnverified,
        "2025-12-30",
        "2025-11-02",
    );
}

// Source: Ala. Code 1-3-8 (Confederate Memorial Day, the fourth Monday in April: 4/22 in 2024)
// and Miss. Code Ann. 3-3-7 (the last Monday in April: 4/29 in 2024), with 34 CFR 300.510(e).
// Alabama, signed Thu 4/18: Fri 4/19 (1), Mon 4/22 skipped, Tue 4/23 (2), Wed 4/24 (3).
// Mississippi, signed Thu 4/25: Fri 4/26 (1), Mon 4/29 skipped, Tue 4/30 (2), Wed 5/1 (3).
// Source: Ala. Code 1-3-8 (Jefferson Davis' Birthday, first Monday in June: 6/3 in 2024).
// Signed Thu 5/30: Fri 5/31 (1), Mon 6/3 skipped, Tue 6/4 (2), Wed 6/5 (3).
#[test]
fn alabama_and_mississippi_confederate_memorial_days() {
    let t = run(&case("US-AL", &[(E::SettlementSigned, "2024-04-18")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2024-04-24")
    );
    let t = run(&case("US-MS", &[(E::SettlementSigned, "2024-04-25")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2024-05-01")
    );
    let t = run(&case("US-AL", &[(E::SettlementSigned, "2024-05-30")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2024-06-05")
    );
}

// Source: Ark. Code Ann. 1-5-101 (Christmas Eve). Signed Mon 2025-12-22: Tue 12/23 (1), Wed
// 12/24 and Thu 12/25 skipped, Fri 12/26 (2), Mon 12/29 (3).
// Source: Ark. Code Ann. 6-41-216(g) as quoted in Brittany O. (8th Cir. 2017): 90 days from the
// decision, 10/1 + 90 = 12/30. Interpretive, not verified: the statute is known only through the
// court's quotation, so the date is labelled as a state reading not verified (the federal 90 days
// give the same day).
// Source: Ark. Admin. Code 005.28.22-025, 10.03.2: two years from knew, verified: 2026-03-15.
#[test]
fn arkansas_christmas_eve_court_and_filing_limit() {
    let t = run(&case("US-AR", &[(E::SettlementSigned, "2025-12-22")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2025-12-29")
    );
    let t = run(&case("US-AR", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
    assert_eq!(source(&t, D::CivilAction), RuleSource::StateUnverified);
    let t = run(&case("US-AR", &[(E::KnewOfProblem, "2024-03-15")]));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2026-03-15"));
    assert_eq!(source(&t, D::FilingLimit), RuleSource::State);
}

// Source: two-year limits known only from an agency's or a court's account, or read in words that
// leave the filing limit a reading (issue 23): the Georgia Department of Education's
// dispute-resolution page, Virginia's procedural safeguards notice, Oklahoma's Special Education
// Resolution Center, the First Circuit on Maine's MUSER, the Minnesota Department of Education,
// the South Carolina Office of Special Education Services, Maryland school systems' parent
// guides (all secondary); N.Y. Educ. Law 4404(1)(a) and 511 Ind. Admin. Code 7-45-3(c) (look-back
// wording, interpretive); Ariz. Admin. Code R7-2-401(A), which incorporates 34 CFR 300.507(a)(2)
// and 300.511(e) (interpretive: R7-2-405 was read only through (D)); Idaho and South Dakota (a
// summary each) and Massachusetts (the BSEA's application of the federal rule); Ohio Adm. Code
// 3301-51-05(K)(7)(a)(ii) as a third-party compilation quotes it ("not more than two years
// before the date the parent or educational agency knew or should have known"; secondary); West
// Virginia (a third-party guide for parents; W. Va. Code R. 126-16 not read); and, as the same
// third-party compilation (2026-08-17) quotes them, all secondary: Ala. Admin. Code r.
// 290-8-9-.08(9), Fla. Admin. Code R. 6A-6.03311(9)(b), Iowa Admin. Code r. 281-41.507(1)(b)
// ("not more than two years before the date the parent or public agency knew or should have
// known", in each), Nev. Admin. Code 388.306(15) ("within 2 years after the date on which the
// parent or public agency knew or should have known"), Utah's Special Education Rules IV.G.4
// (same look-back words) and Wyoming's Department of Education Rules ch. 7, 7(c) (adopts 34 CFR
// 300.507 through 300.518); and, in the same compilation, the Mississippi Department of
// Education's Procedural Safeguards (revised October 21, 2025: "within two (2) years of the date
// you or the public agency knew or should have known"; an agency notice, no rule read) and New
// Mexico's Procedural Safeguards Notice (rev. 12-23-2020: "not more than two years before you or
// the school district knew or should have known"; likewise) and OSSE's Part B Procedural
// Safeguards for D.C. (August 2018: "within two (2) years of the date you or the LEA knew or
// should have known"; likewise). Each gives
// 2024-03-15 + 2 years = 2026-03-15, the federal date, which stays primary: never set by a state
// rule that is not verified.
#[test]
fn two_year_filing_limits_and_how_well_each_is_sourced() {
    for code in [
        "US-GA", "US-VA", "US-OK", "US-ME", "US-MN", "US-SC", "US-NY", "US-IN", "US-ID", "US-MA",
        "US-MD", "US-AZ", "US-OH", "US-SD", "US-WV", "US-AL", "US-FL", "US-IA", "US-NV", "US-UT",
        "US-WY", "US-MS", "US-NM", "US-DC",
    ] {
        let t = run(&case(code, &[(E::KnewOfProblem, "2024-03-15")]));
        assert_eq!(
            date(&t, D::FilingLimit).as_deref(),
            Some("2026-03-15"),
            "{code}"
        );
        assert_ne!(source(&t, D::FilingLimit), RuleSource::State, "{code}");
    }
}

// Source: Iowa Code 1C.1 and Mich. Comp. Laws 435.101 (Lincoln's Birthday, February 12; Thu in
// 2026). Signed Tue 2/10: Wed 2/11 (1), Thu 2/12 skipped, Fri 2/13 (2), Mon 2/16 Washington's
// Birthday skipped, Tue 2/17 (3). Federal holidays alone (Wyoming): Wed 2/11, Thu 2/12, Fri 2/13.
#[test]
fn iowa_and_michigan_lincolns_birthday() {
    for code in ["US-IA", "US-MI"] {
        let t = run(&case(code, &[(E::SettlementSigned, "2026-02-10")]));
        assert_eq!(
            date(&t, D::SettlementVoidWindow).as_deref(),
            Some("2026-02-17"),
            "{code}"
        );
    }
    let t = run(&case("US-WY", &[(E::SettlementSigned, "2026-02-10")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-02-13")
    );
}

// Source: Me. Rev. Stat. tit. 4, 1051 and Mass. Gen. Laws ch. 4, 7(18) (Patriots' Day, the third
// Monday in April: 4/20 in 2026). Signed Thu 4/16: Fri 4/17 (1), Mon 4/20 skipped, Tue 4/21 (2),
// Wed 4/22 (3).
#[test]
fn maine_and_massachusetts_patriots_day() {
    for code in ["US-ME", "US-MA"] {
        let t = run(&case(code, &[(E::SettlementSigned, "2026-04-16")]));
        assert_eq!(
            date(&t, D::SettlementVoidWindow).as_deref(),
            Some("2026-04-22"),
            "{code}"
        );
    }
}

// Source: Mich. Admin. Code R 340.1724f(4): 90 days after the mailing date (verified). Mailed Fri
// 10/3: Oct 4-31 (28), Nov (30) = 58, Dec (31) = 89, Jan 1 = 90: 2026-01-01, the primary date.
// Mailing not entered: counted from the decision date, 10/1 + 90 = 12/30, labelled, and the
// federal 90 days from the decision stays the primary date.
#[test]
fn michigan_counts_90_days_from_mailing() {
    let t = run(&case(
        "US-MI",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::DecisionMailed, "2025-10-03"),
        ],
    ));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2026-01-01"));
    assert_eq!(source(&t, D::CivilAction), RuleSource::State);
    let t = run(&case("US-MI", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
    assert_eq!(source(&t, D::CivilAction), RuleSource::Federal);
    assert_eq!(
        readings(&t, D::CivilAction),
        vec![(
            ReadingKind::StateRuleFromDecisionDate,
            "2025-12-30".to_string()
        )]
    );
}

// Source: Me. Rev. Stat. tit. 5, 11002(3) and Mass. Gen. Laws ch. 30A, 14(1) (30 days after
// receipt, state court; interpretive), N.M. Code R. 6.31.2.13(I) (30 days from receipt;
// interpretive), Mont. Code Ann. 2-4-702(2)(a) (30 days after service by mail; interpretive).
// Received Mon 10/6: 10/6 + 30 = Wed 11/5; mailed Fri 10/3: 11/2. None sets a primary date: the
// federal 90 days (12/30) stays primary, and the 30-day reading is the earliest date.
#[test]
fn thirty_day_readings_in_maine_massachusetts_new_mexico_and_montana() {
    let events = [
        (E::DecisionIssued, "2025-10-01"),
        (E::DecisionMailed, "2025-10-03"),
        (E::DecisionReceived, "2025-10-06"),
    ];
    for (code, earliest_date) in [
        ("US-ME", "2025-11-05"),
        ("US-MA", "2025-11-05"),
        ("US-NM", "2025-11-05"),
        ("US-MT", "2025-11-02"),
    ] {
        let t = run(&case(code, &events));
        assert_eq!(
            date(&t, D::CivilAction).as_deref(),
            Some("2025-12-30"),
            "{code}"
        );
        assert_ne!(source(&t, D::CivilAction), RuleSource::State, "{code}");
        assert_eq!(
            earliest(&t, D::CivilAction).as_deref(),
            Some(earliest_date),
            "{code}"
        );
    }
}

// Source: N.D. Cent. Code 28-32-42(1) (Release 81): an appeal from an agency order "within thirty
// days after notice of the order has been given"; that it governs special-education decisions is
// a reading (interpretive), counted from the decision's date. Decision Wed 2025-10-01: Oct 2-31
// (30) = Fri 10/31, the state-court date and the court card's earliest; the federal-court line
// keeps 90 days (Oct 2-31 = 30, Nov = 60, Dec 1-30 = 90: Tue 12/30).
#[test]
fn north_dakota_agency_appeal_30_days_as_a_reading() {
    let t = run(&case("US-ND", &[(E::DecisionIssued, "2025-10-01")]));
    state_court_apart(
        &t,
        "2025-10-31",
        RuleSource::StateUnverified,
        "2025-12-30",
        "2025-10-31",
    );
}

// Source: Mont. Code Ann. 1-1-216 and R.I. Gen. Laws 25-1-1 (general election day, even years:
// Tue 2026-11-03). Signed Mon 11/2: Tue 11/3 skipped, Wed 11/4 (1), Thu 11/5 (2), Fri 11/6 (3).
// In 2025 (Tue 11/4, no state election): signed Mon 11/3, Tue 11/4 (1), Wed 11/5 (2), Thu 11/6
// (3). Source: R.I. Gen. Laws 25-1-1 (Victory Day, second Monday in August: 8/10 in 2026).
// Signed Thu 8/6: Fri 8/7 (1), Mon 8/10 skipped, Tue 8/11 (2), Wed 8/12 (3).
#[test]
fn montana_and_rhode_island_election_day_and_victory_day() {
    for code in ["US-MT", "US-RI"] {
        let t = run(&case(code, &[(E::SettlementSigned, "2026-11-02")]));
        assert_eq!(
            date(&t, D::SettlementVoidWindow).as_deref(),
            Some("2026-11-06"),
            "{code}"
        );
        let t = run(&case(code, &[(E::SettlementSigned, "2025-11-03")]));
        assert_eq!(
            date(&t, D::SettlementVoidWindow).as_deref(),
            Some("2025-11-06"),
            "{code}"
        );
    }
    let t = run(&case("US-RI", &[(E::SettlementSigned, "2026-08-06")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-08-12")
    );
}

// Source: Nev. Rev. Stat. 236.015 (Nevada Day, the last Friday in October: 10/30 in 2026).
// Signed Wed 10/28: Thu 10/29 (1), Fri 10/30 skipped, Mon 11/2 (2), Tue 11/3 (3).
// Source: Nev. Rev. Stat. 236.015 and Okla. Stat. tit. 25, 82.1 (the day after Thanksgiving:
// 11/27 in 2026). Signed Tue 11/24: Wed 11/25 (1), Thu 11/26 and Fri 11/27 skipped, Mon 11/30
// (2), Tue 12/1 (3).
#[test]
fn nevada_day_and_the_day_after_thanksgiving() {
    let t = run(&case("US-NV", &[(E::SettlementSigned, "2026-10-28")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-11-03")
    );
    for code in ["US-NV", "US-OK"] {
        let t = run(&case(code, &[(E::SettlementSigned, "2026-11-24")]));
        assert_eq!(
            date(&t, D::SettlementVoidWindow).as_deref(),
            Some("2026-12-01"),
            "{code}"
        );
    }
}

// Source: Nev. Admin. Code 388.315(1) (30 days after receiving the decision, state review; its
// text is of 2015: interpretive). Received Mon 10/6: 10/6 + 30 = Wed 11/5, the earliest date,
// never the primary one. The court deadline runs from the review decision (two tiers).
#[test]
fn nevada_state_review_is_a_reading_only() {
    let t = run(&case(
        "US-NV",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::DecisionReceived, "2025-10-06"),
        ],
    ));
    assert_eq!(
        earliest(&t, D::StateReviewRequest).as_deref(),
        Some("2025-11-05")
    );
    assert_ne!(source(&t, D::StateReviewRequest), RuleSource::State);
}

// Source: Va. Code 2.2-3300, read whole since issue 23: "The Tuesday following the first Monday
// in November — Election Day" (every year) and "the Friday next following" Thanksgiving are legal
// holidays "as to the transaction of all business". Signed Mon 2026-11-02: Tue 11/3 skipped, Wed
// 11/4 (1), Thu 11/5 (2), Fri 11/6 (3). Odd year: signed Mon 2027-11-01, Tue 11/2 skipped, Wed
// 11/3 (1), Thu 11/4 (2), Fri 11/5 (3).
#[test]
fn virginia_counts_election_day_every_year() {
    let t = run(&case("US-VA", &[(E::SettlementSigned, "2026-11-02")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-11-06")
    );
    let t = run(&case("US-VA", &[(E::SettlementSigned, "2027-11-01")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2027-11-05")
    );
}

// Source: Va. Code 22.1-214(D): "within 180 days of such findings and decision, bring a civil
// action in the circuit court" (verified). Decision Mon 2026-03-02 + 180: Mar 3-31 (29), Apr
// (59), May (90), Jun (120), Jul (151), Aug 1-29 (180) = Sat 8/29, the state-court date; the
// court deadline keeps the federal 90 days (Sun 5/31), the earlier, and the federal-court line
// shows it.
#[test]
fn virginia_state_court_180_days_from_the_decision() {
    let t = run(&case("US-VA", &[(E::DecisionIssued, "2026-03-02")]));
    assert_eq!(
        date(&t, D::CivilActionStateCourt).as_deref(),
        Some("2026-08-29")
    );
    assert_eq!(source(&t, D::CivilActionStateCourt), RuleSource::State);
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2026-05-31"));
    assert_eq!(
        date(&t, D::CivilActionFederalCourt).as_deref(),
        Some("2026-05-31")
    );
}

// Source: Tenn. Code 4-5-322(b)(1)(A)(i), (iv) and (b)(1)(B)(ii), Release 76 of the Official Code
// of Tennessee Annotated (interpretive, so shown as not verified): a petition for review in chancery court within 60 days
// after the entry of the final order; (B)(ii) names special education hearings under 49-10-606.
// Order entered Mon 2026-03-02 + 60: Mar 3-31 (29), Apr (59), May 1 (60) = Fri 5/1, the
// state-court date; the federal 90 days (Sun 5/31) stays the court date, 5/1 its earliest.
#[test]
fn tennessee_chancery_court_60_days_from_the_final_order() {
    let t = run(&case("US-TN", &[(E::DecisionIssued, "2026-03-02")]));
    state_court_apart(
        &t,
        "2026-05-01",
        RuleSource::StateUnverified,
        "2026-05-31",
        "2026-05-01",
    );
}

// Source: Fla. Stat. 110.117(1), Wash. Rev. Code 1.16.050(1) and W. Va. Code 2-2-1 (the day after
// Thanksgiving: 11/27 in 2026). Signed Tue 11/24: Wed 11/25 (1), Thu 11/26 and Fri 11/27
// skipped, Mon 11/30 (2), Tue 12/1 (3).
#[test]
fn florida_washington_west_virginia_day_after_thanksgiving() {
    for code in ["US-FL", "US-WA", "US-WV"] {
        let t = run(&case(code, &[(E::SettlementSigned, "2026-11-24")]));
        assert_eq!(
            date(&t, D::SettlementVoidWindow).as_deref(),
            Some("2026-12-01"),
            "{code}"
        );
    }
}

// Source: W. Va. Code 2-2-1 (West Virginia Day, June 20: a Friday in 2025, the day after
// Juneteenth). Signed Tue 6/17: Wed 6/18 (1), Thu 6/19 and Fri 6/20 skipped, Mon 6/23 (2), Tue
// 6/24 (3).
#[test]
fn west_virginia_day() {
    let t = run(&case("US-WV", &[(E::SettlementSigned, "2025-06-17")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2025-06-24")
    );
}

// Source: Ind. Code 1-1-9-1 (Lincoln's Birthday, Thu 2026-02-12; Good Friday, 2026-04-03).
// Signed Tue 2/10: Wed 2/11 (1), Thu 2/12 skipped, Fri 2/13 (2), Mon 2/16 skipped, Tue 2/17 (3).
// Signed Wed 4/1: Thu 4/2 (1), Fri 4/3 skipped, Mon 4/6 (2), Tue 4/7 (3).
#[test]
fn indiana_lincolns_birthday_and_good_friday() {
    let t = run(&case("US-IN", &[(E::SettlementSigned, "2026-02-10")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-02-17")
    );
    let t = run(&case("US-IN", &[(E::SettlementSigned, "2026-04-01")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-04-07")
    );
}

// Source: N.H. Rev. Stat. 288:1 (biennial election day: Tue 2026-11-03). Signed Mon 11/2: Wed 11/4
// (1), Thu 11/5 (2), Fri 11/6 (3).
// Source: Ky. Rev. Stat. 2.190 (presidential election day only: Tue 2028-11-07). Signed Mon
// 2028-11-06: Wed 11/8 (1), Thu 11/9 (2), Fri 11/10 Veterans Day observed (11/11 is a Saturday)
// skipped, Mon 11/13 (3). In 2026, no presidential election: signed Mon 11/2, Tue 11/3 (1), Wed
// 11/4 (2), Thu 11/5 (3).
#[test]
fn new_hampshire_and_kentucky_election_days() {
    let t = run(&case("US-NH", &[(E::SettlementSigned, "2026-11-02")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-11-06")
    );
    let t = run(&case("US-KY", &[(E::SettlementSigned, "2028-11-06")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2028-11-13")
    );
    let t = run(&case("US-KY", &[(E::SettlementSigned, "2026-11-02")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-11-05")
    );
}

// Source: Ky. Rev. Stat. 2.110(1) (June 3, Confederate Memorial Day and Jefferson Davis Day: a
// Wednesday in 2026). Signed Mon 6/1: Tue 6/2 (1), Wed 6/3 skipped, Thu 6/4 (2), Fri 6/5 (3).
#[test]
fn kentucky_june_3() {
    let t = run(&case("US-KY", &[(E::SettlementSigned, "2026-06-01")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-06-05")
    );
}

// Source: Utah Code 63G-1-301 (Pioneer Day, July 24: a Friday in 2026; a Saturday in 2027, kept
// on Friday 7/23). 2026, signed Wed 7/22: Thu 7/23 (1), Fri 7/24 skipped, Mon 7/27 (2), Tue 7/28
// (3). 2027, signed Wed 7/21: Thu 7/22 (1), Fri 7/23 skipped, Mon 7/26 (2), Tue 7/27 (3).
#[test]
fn utah_pioneer_day() {
    let t = run(&case("US-UT", &[(E::SettlementSigned, "2026-07-22")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-07-28")
    );
    let t = run(&case("US-UT", &[(E::SettlementSigned, "2027-07-21")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2027-07-27")
    );
}

// Source: Ariz. Rev. Stat. 1-301 (Constitution Commemoration Day, September 17: widest reading
// only). Signed Tue 2026-09-15: the primary count skips nothing, Wed 9/16 (1), Thu 9/17 (2), Fri
// 9/18 (3).
#[test]
fn arizona_constitution_day_is_only_the_widest_reading() {
    let t = run(&case("US-AZ", &[(E::SettlementSigned, "2026-09-15")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-09-18")
    );
}

// Source: Or. Rev. Stat. 343.165(3)(a), "within two years after the date of the act or omission
// that gives rise to the right to request a hearing" (research/states-n-w-checks.md, Oregon).
// Counted from the day the family knew, the date could fall after the statute's: Oregon asks for
// the act or omission, and gives no date until it is entered.
#[test]
fn oregon_counts_its_filing_limit_from_the_act_or_omission() {
    let knew_only = run(&case("US-OR", &[(E::KnewOfProblem, "2024-05-01")]));
    let d = knew_only.get(D::FilingLimit).expect("filing limit");
    assert_eq!(date(&knew_only, D::FilingLimit), None);
    match &d.status {
        Status::MissingInput(m) => assert_eq!(m.needs, vec![E::ActOrOmission]),
        other => panic!("{other:?}"),
    }
    // The act on 2024-01-15: two years end 2026-01-15; counted as 730 days (2024 has a February
    // 29 inside them) they end a day earlier, 2026-01-14. The federal reading from the day the
    // family knew (2026-05-01) is shown beside it, later.
    let t = run(&case(
        "US-OR",
        &[
            (E::ActOrOmission, "2024-01-15"),
            (E::KnewOfProblem, "2024-05-01"),
        ],
    ));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2026-01-15"));
    assert_eq!(source(&t, D::FilingLimit), RuleSource::State);
    assert_eq!(earliest(&t, D::FilingLimit).as_deref(), Some("2026-01-14"));
    let r = readings(&t, D::FilingLimit);
    assert!(
        r.contains(&(ReadingKind::TwoYearsAs730Days, "2026-01-14".into())),
        "{r:?}"
    );
    assert!(
        r.contains(&(ReadingKind::FederalDefault, "2026-05-01".into())),
        "{r:?}"
    );
}

// Source: Neb. Rev. Stat. 79-1164 and Or. Rev. Stat. 343.167(5): the decision within 45 days of
// the request, where the states' regulations (and 34 CFR 300.515(a)) count 45 days after the
// resolution period. Filed Tue 2025-09-02, received Wed 09-03: federal 09-03 + 30 = 10-03, + 45 =
// Mon 11-17; the statutes' reading 09-02 + 45 = Fri 10-17, shown beside it as the earliest date.
#[test]
fn nebraska_and_oregon_statutes_give_an_earlier_decision_date() {
    for code in ["US-NE", "US-OR"] {
        let t = run(&case(
            code,
            &[
                (E::ComplaintFiled, "2025-09-02"),
                (E::ComplaintReceived, "2025-09-03"),
            ],
        ));
        assert_eq!(
            date(&t, D::HearingDecision).as_deref(),
            Some("2025-11-17"),
            "{code}"
        );
        assert_eq!(
            earliest(&t, D::HearingDecision).as_deref(),
            Some("2025-10-17"),
            "{code}"
        );
        assert_eq!(
            source(&t, D::HearingDecision),
            RuleSource::StateUnverified,
            "{code}"
        );
        let r = readings(&t, D::HearingDecision);
        assert!(
            r.contains(&(ReadingKind::StateRule, "2025-10-17".to_string())),
            "{code}: {r:?}"
        );
    }
    // Elsewhere, no such reading.
    let t = run(&case(
        "US-WA",
        &[
            (E::ComplaintFiled, "2025-09-02"),
            (E::ComplaintReceived, "2025-09-03"),
        ],
    ));
    let r = readings(&t, D::HearingDecision);
    assert!(
        !r.iter().any(|(k, _)| *k == ReadingKind::StateRule),
        "{r:?}"
    );
}

// Source: 34 CFR 300.512(a)(3) (5 business days before the hearing) and 300.11(b); Cal. Code
// Civ. Proc. 135 (the Friday after Thanksgiving is a court holiday, not in Gov. Code 6700, so it
// is in California's widest reading only). Counted backward, a skipped holiday makes the date
// earlier. Hearing Mon 2025-12-01: Fri 11/28 (1), Thanksgiving skipped, Wed 26 (2), Tue 25 (3),
// Mon 24 (4), Fri 21 (5). Skipping Fri 11/28 as well: Wed 26 (1) ... Thu 20 (5), the earliest.
#[test]
fn a_backward_count_shows_the_widest_holidays_as_its_earliest_date() {
    let t = run(&case(
        "US-CA",
        &[
            (E::ComplaintReceived, "2025-09-02"),
            (E::HearingStart, "2025-12-01"),
        ],
    ));
    assert_eq!(
        date(&t, D::EvidenceDisclosure).as_deref(),
        Some("2025-11-21")
    );
    let r = readings(&t, D::EvidenceDisclosure);
    assert!(
        r.contains(&(ReadingKind::WidestHolidays, "2025-11-20".into())),
        "{r:?}"
    );
    assert_eq!(
        earliest(&t, D::EvidenceDisclosure).as_deref(),
        Some("2025-11-20")
    );
}

// Source: Cal. Gov. Code 6700 (Native American Day, the fourth Friday in September); 34 CFR
// 300.516(b); contract section 4 (flags). Decision Sun 2025-06-29: + 90 days = Sat 2025-09-27
// (June 30 (1) + July (31) + August (31) + September 1-27 (27) = 90). In California the
// business day before is Thu 09-25, because Fri 09-26 is Native American Day: the act-by day
// is Thursday, and the flag names that same day with the holiday that makes it earlier.
#[test]
fn a_weekend_flag_names_the_holiday_that_makes_the_safe_day_earlier() {
    use due_process_calculator::i18n::Lang;
    let t = run(&case("US-CA", &[(E::DecisionIssued, "2025-06-29")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-09-27"));
    let d = t.get(D::CivilAction).expect("civil action");
    assert_eq!(
        d.act_by.map(|a| a.to_string()).as_deref(),
        Some("2025-09-25")
    );
    let flag = day_flag(&t, D::CivilAction, Lang::En);
    assert!(
        flag.contains("act by Thu, Sep 25, 2025 (Fri, Sep 26, 2025 is Native American Day)"),
        "{flag}"
    );
    // Federal rules: no holiday in between, so no reason is given.
    let t = run(&case("US", &[(E::DecisionIssued, "2025-06-29")]));
    let flag = day_flag(&t, D::CivilAction, Lang::En);
    assert!(flag.ends_with("act by Fri, Sep 26, 2025."), "{flag}");
}

// ---- One date story per card, a state's own reading in that state only, advice that fits the
// ---- case (issue 20; issue 24's one holiday reading per card). research/round6-date-story.md.

/// Every line of a deadline's card (the card's lines and its other readings), in a language.
fn all_lines(
    d: &due_process_calculator::engine::Deadline,
    lang: due_process_calculator::i18n::Lang,
) -> Vec<due_process_calculator::explain::Line> {
    use due_process_calculator::explain::{card_lines, reading_lines};
    let mut lines = card_lines(lang.text(), d);
    lines.extend(reading_lines(lang.text(), d));
    lines
}

fn kinds(
    d: &due_process_calculator::engine::Deadline,
    kind: due_process_calculator::explain::LineKind,
) -> Vec<String> {
    all_lines(d, due_process_calculator::i18n::Lang::En)
        .into_iter()
        .filter(|l| l.kind == kind)
        .map(|l| l.text)
        .collect()
}

// Source: 34 CFR 300.510(e), 300.11(b); issue 20 (a countdown counts to the date beside it).
// California, signed Mon 2026-12-07, "today" Sun 2026-12-06. Primary: Tue 12/8 (1), Wed 12/9
// (2), Thu 12/10 (3); signing day as day 1: Mon 12/7 (1), Tue (2), Wed 12/9 (3). The headline
// is Thu Dec 10, 4 days away (the page said "In 3 days", the days to the act-by day); the act-by
// line, Wed Dec 9, carries its own 3 days.
#[test]
fn each_countdown_counts_to_the_date_beside_it() {
    use due_process_calculator::i18n::Lang;
    let t = run_on(
        &case(
            "US-CA",
            &[
                (E::ComplaintReceived, "2026-11-01"),
                (E::SettlementSigned, "2026-12-07"),
            ],
        ),
        "2026-12-06",
    );
    let d = t.get(D::SettlementVoidWindow).expect("void window");
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-12-10")
    );
    assert_eq!(d.days_to_date, Some(4));
    assert_eq!(Lang::En.text().days_left(4), "In 4 days");
    let act_by: Vec<_> = due_process_calculator::explain::card_lines(Lang::En.text(), d)
        .into_iter()
        .filter(|l| l.kind == due_process_calculator::explain::LineKind::ActBy)
        .collect();
    assert_eq!(act_by.len(), 1);
    assert_eq!(act_by[0].text, "Act by Wednesday, December 9, 2026");
    let (to, days) = act_by[0]
        .countdown
        .clone()
        .expect("the act-by day's own countdown");
    assert_eq!(
        (to.to_string(), days.as_str()),
        ("2026-12-09".to_string(), "3 days to act")
    );
}

// Source: contract section 4 ("falls on a Saturday: act by Friday"); issue 20's Texas example.
// Knew Thu 2025-05-01: the two years end Sat 2027-05-01. One act-by line, Friday April 30; the
// flag speaks of the Saturday above it and names that same Friday; no third date, and the
// earliest date is not repeated in the other readings.
#[test]
fn one_act_by_line_and_the_flag_names_the_same_day() {
    let t = run(&case("US-TX", &[(E::KnewOfProblem, "2025-05-01")]));
    let d = t.get(D::FilingLimit).expect("filing limit");
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2027-05-01"));
    use due_process_calculator::explain::LineKind;
    assert_eq!(kinds(d, LineKind::ActBy), ["Act by Friday, April 30, 2027"]);
    let flags = kinds(d, LineKind::DayFlag);
    assert_eq!(flags.len(), 1);
    assert!(
        flags[0].contains("Saturday") && flags[0].contains("act by Fri, Apr 30, 2027."),
        "{}",
        flags[0]
    );
    assert!(
        kinds(d, LineKind::Earliest).is_empty(),
        "said once, in the act-by line"
    );
}

// Source: contract section 3 (whose each deadline is) and section 4 (act-by lines for the
// family's deadlines only); issue 20. Texas, received Fri 2026-08-14: the end of the resolution
// period (Sun 9/13), the district's meeting and response, and the hearing officer's decision
// have no act-by line; each says what the family can do if the date passes. Their calendar
// events sit on the date shown.
#[test]
fn deadlines_the_family_does_not_act_on_say_what_to_do_if_they_pass() {
    use due_process_calculator::explain::LineKind;
    use due_process_calculator::ics::deadlines::event_date;
    let t = run_on(
        &case("US-TX", &[(E::ComplaintReceived, "2026-08-14")]),
        "2026-08-20",
    );
    for id in [
        D::ResolutionPeriodEnd,
        D::ResolutionMeeting,
        D::DistrictResponse,
        D::HearingDecision,
        D::SufficiencyChallenge,
    ] {
        let d = t.get(id).expect("a card");
        assert!(kinds(d, LineKind::ActBy).is_empty(), "{id:?}");
        assert_eq!(kinds(d, LineKind::IfPassed).len(), 1, "{id:?}");
        assert_eq!(d.act_by, None, "{id:?}");
        assert_eq!(event_date(d), d.date(), "{id:?}");
    }
    assert_eq!(
        date(&t, D::ResolutionPeriodEnd).as_deref(),
        Some("2026-09-13")
    );
}

// Source: 34 CFR 300.510(e) ("may void the agreement within 3 business days of the agreement's
// execution"); contract section 4 (void window: act by the earliest reading; the latest reading
// is the day it becomes final). Signed Mon 2026-12-07 in California: act by Wed 12/9; final
// after Thu 12/10. The checklist's words say those same two days (they said "binds after Wed
// Dec 9" while the card said "final after Thu Dec 10").
#[test]
fn the_checklist_and_the_card_give_the_same_days_for_an_agreement() {
    use due_process_calculator::i18n::Lang;
    use due_process_calculator::ics::deadlines::event_date;
    let t = run_on(
        &case(
            "US-CA",
            &[
                (E::ComplaintReceived, "2026-11-01"),
                (E::SettlementSigned, "2026-12-07"),
            ],
        ),
        "2026-12-06",
    );
    let d = t.get(D::SettlementVoidWindow).expect("void window");
    let act_by = event_date(d).expect("a day to act by");
    assert_eq!(act_by.to_string(), "2026-12-09");
    let final_after = d.latest.expect("a latest date");
    assert_eq!(final_after.to_string(), "2026-12-10");
    assert!(
        d.notes
            .contains(&Note::FinalIfNotVoided { after: final_after })
    );
    let t = Lang::En.text();
    let words = t.agreement_resolution(Some((&t.date_long(act_by), &t.date_long(final_after))));
    assert!(words.contains("by Wednesday, December 9, 2026"), "{words}");
    assert!(
        words.contains("final after Thursday, December 10, 2026"),
        "{words}"
    );
}

// Source: Cal. Gov. Code 6700 (no day after Thanksgiving), 34 CFR 300.510(e); issue 24 (one
// holiday reading per card). California, signed Mon 2026-11-23: Tue 11/24 (1), Wed 11/25 (2),
// Thu 11/26 Thanksgiving, Fri 11/27 (3). The card counts Friday as a business day, so it does
// not also flag it as a holiday ("act before Friday, November 27").
#[test]
fn a_california_card_has_one_holiday_reading() {
    use due_process_calculator::explain::LineKind;
    let t = run_on(
        &case(
            "US-CA",
            &[
                (E::ComplaintReceived, "2026-10-20"),
                (E::SettlementSigned, "2026-11-23"),
            ],
        ),
        "2026-11-20",
    );
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-11-27")
    );
    let d = t.get(D::SettlementVoidWindow).expect("void window");
    assert!(kinds(d, LineKind::DayFlag).is_empty());
    for l in due_process_calculator::explain::card_lines(
        due_process_calculator::i18n::Lang::En.text(),
        d,
    ) {
        assert!(!l.text.contains("Day after Thanksgiving"), "{}", l.text);
    }
}

// Source: contract section 4 (New York's day-1 wording applies in New York only); NYSED,
// "Resolution Period". Received Fri 2026-08-14: + 15 = Sat 8/29, + 30 = Sun 9/13, + 45 = Wed
// 10/28. Receipt day as day 1 (New York): 8/28, 9/12, 10/27. No California, Texas or federal
// card shows that reading or names New York; New York's cards do.
#[test]
fn new_yorks_day_one_reading_only_in_new_york() {
    use due_process_calculator::i18n::Lang;
    let events = [(E::ComplaintReceived, "2026-08-14")];
    for place in ["US", "US-CA", "US-TX"] {
        // A district's complaint: the decision 45 days from receipt is cited to the regulation,
        // not to New York's page, and its note does not name New York.
        let t = run_on(&district(case(place, &events)), "2026-08-20");
        for d in &t.deadlines {
            for l in all_lines(d, Lang::En)
                .into_iter()
                .chain(all_lines(d, Lang::Es))
            {
                assert!(
                    !l.text.contains("New York") && !l.text.contains("Nueva York"),
                    "{}",
                    l.text
                );
                assert!(l.link.is_none_or(|(_, c)| !c.contains("NYSED")), "{place}");
            }
        }
        let t = run_on(&case(place, &events), "2026-08-20");
        for d in &t.deadlines {
            assert!(
                d.readings
                    .iter()
                    .all(|r| r.kind != ReadingKind::ReceiptDayIsDayOne),
                "{place} {:?}",
                d.id
            );
            for lang in [Lang::En, Lang::Es] {
                for l in all_lines(d, lang) {
                    assert!(
                        !l.text.contains("New York") && !l.text.contains("Nueva York"),
                        "{place} {:?}: {}",
                        d.id,
                        l.text
                    );
                    assert!(l.link.is_none_or(|(_, c)| !c.contains("NYSED")), "{place}");
                }
            }
        }
        assert_eq!(
            earliest(&t, D::ResolutionPeriodEnd).as_deref(),
            Some("2026-09-13")
        );
        assert_eq!(
            earliest(&t, D::HearingDecision).as_deref(),
            Some("2026-10-28")
        );
    }
    let t = run_on(&case("US-NY", &events), "2026-08-20");
    assert_eq!(
        earliest(&t, D::ResolutionMeeting).as_deref(),
        Some("2026-08-28")
    );
    assert_eq!(
        earliest(&t, D::ResolutionPeriodEnd).as_deref(),
        Some("2026-09-12")
    );
    assert_eq!(
        earliest(&t, D::HearingDecision).as_deref(),
        Some("2026-10-27")
    );
}

// Source: 34 CFR 300.510(b)(5) (asking the hearing officer to start the timeline is a step
// before the hearing); issue 20. The district missed the meeting, and later the decision was
// issued: no card still suggests asking the hearing officer to start the timeline.
#[test]
fn a_decision_entered_ends_the_missed_meeting_advice() {
    let t = run_on(
        &case(
            "US",
            &[
                (E::ComplaintReceived, "2026-09-01"),
                (E::DistrictMissedMeeting, "2026-09-17"),
                (E::DecisionIssued, "2026-12-01"),
            ],
        ),
        "2026-12-06",
    );
    for d in &t.deadlines {
        assert!(
            !d.notes
                .iter()
                .any(|n| matches!(n, Note::MayAskHearingOfficer { .. })),
            "{:?}",
            d.id
        );
        for l in all_lines(d, due_process_calculator::i18n::Lang::En) {
            assert!(
                !l.text.contains("start the hearing timeline"),
                "{:?}: {}",
                d.id,
                l.text
            );
        }
    }
}

// Source: 34 CFR 300.510(a)(1); issue 20 (a future date entered as held is not "on time").
// Received Tue 2026-12-01, meeting entered as held Thu 12/10, "today" Sun 12/6.
#[test]
fn a_held_meeting_dated_after_today_has_not_happened_yet() {
    let c = case(
        "US",
        &[
            (E::ComplaintReceived, "2026-12-01"),
            (E::ResolutionMeetingHeld, "2026-12-10"),
        ],
    );
    let t = run_on(&c, "2026-12-06");
    assert_eq!(
        notes(&t, D::ResolutionMeeting),
        [Note::MeetingNotYetHeld {
            on: iso("2026-12-10")
        }]
    );
    // Once that day has come, it is held on time.
    let t = run_on(&c, "2026-12-11");
    assert!(
        notes(&t, D::ResolutionMeeting).contains(&Note::MeetingHeld {
            on: iso("2026-12-10"),
            on_time: true
        })
    );
    // The expedited meeting the same way.
    let t = run_on(&track(c, Track::Expedited), "2026-12-06");
    assert!(
        notes(&t, D::ExpeditedResolutionMeeting).contains(&Note::MeetingNotYetHeld {
            on: iso("2026-12-10")
        })
    );
}

// Source: 34 CFR 300.511(f) (the two exceptions); issue 20 (a state rule's filing-limit card
// said them twice). Texas and New York, in both languages: once.
#[test]
fn the_filing_limit_exceptions_are_said_once() {
    use due_process_calculator::i18n::Lang;
    for place in ["US", "US-TX", "US-NY"] {
        let t = run(&case(place, &[(E::KnewOfProblem, "2025-05-01")]));
        let d = t.get(D::FilingLimit).expect("filing limit");
        for (lang, word) in [(Lang::En, "fixed"), (Lang::Es, "resuelto")] {
            let n = all_lines(d, lang)
                .iter()
                .filter(|l| l.text.contains(word))
                .count();
            assert_eq!(n, 1, "{place} {lang:?}");
        }
    }
}

// Source: issue 20 (the printed one-page checklist said "write it above", and on paper there is
// no box above). No checklist item, and no agreement callout, points "above" in either language.
#[test]
fn the_printed_checklist_never_says_above() {
    use due_process_calculator::checklist::Meeting;
    use due_process_calculator::i18n::Lang;
    for lang in [Lang::En, Lang::Es] {
        let t = lang.text();
        let mut texts: Vec<String> = Meeting::ALL
            .iter()
            .flat_map(|m| m.items())
            .map(|i| t.checklist_item(*i).to_string())
            .collect();
        texts.push(t.agreement_resolution(None));
        texts.push(t.agreement_resolution(Some(("x", "y"))));
        for text in texts {
            let lower = text.to_lowercase();
            assert!(
                !lower.contains("above") && !lower.contains("arriba"),
                "{text}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Issue 24: what a family must hear before the meeting, California's mediation, and the Spanish
// words. These read the catalogs (the stage guide, the checklists, the notes) in both languages.
// ---------------------------------------------------------------------------------------------

mod words {
    use due_process_calculator::checklist::{Item, Meeting};
    use due_process_calculator::engine::ids::EventId as E;
    use due_process_calculator::i18n::{Lang, Stage, Text, samples::samples};

    fn stage(lang: Lang, stage: Stage, california: bool) -> String {
        lang.text().stage_body(stage, california).join(" ")
    }

    /// The checklist of a meeting as a California family sees it (every item).
    fn checklist(lang: Lang, meeting: Meeting) -> String {
        let t = lang.text();
        meeting
            .items()
            .iter()
            .map(|i| t.checklist_item(*i))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn every_sample(lang: Lang) -> Vec<String> {
        samples(lang.text()).into_iter().map(|s| s.text).collect()
    }

    // Source: 34 CFR 300.510(b)(4) (the district may ask for dismissal at the end of the 30 days
    // when the parent does not take part); seed article "What to expect at a resolution session"
    // ("A resolution session is not optional. You must attend.").
    #[test]
    fn the_family_hears_before_the_meeting_that_it_must_take_part() {
        for (lang, must, dismiss) in [
            (Lang::En, "You must take part", "dismiss your complaint"),
            (Lang::Es, "Usted tiene que participar", "(que la desestime)"),
        ] {
            let s = stage(lang, Stage::ResolutionSession, false);
            assert!(s.contains(must) && s.contains(dismiss), "{s}");
            let c = checklist(lang, Meeting::ResolutionSession);
            assert!(c.contains(dismiss), "{c}");
        }
        assert_eq!(
            Meeting::ResolutionSession.items()[0],
            Item::ResolutionMustAttend
        );
    }

    // Source: seed article "What to expect at a resolution session" ("there's no judge or neutral
    // third party ... It's just you, anyone you bring, and the school"; "You may want to negotiate
    // as well"; "a simple meeting in an office ... Or ... a formal presentation").
    #[test]
    fn no_judge_own_offers_informal_or_formal() {
        for (lang, no_judge, offers, informal, formal, short_no_judge, short_offers) in [
            (
                Lang::En,
                "There is no judge",
                "your own offers",
                "informal talk",
                "formal presentation",
                "No judge or mediator",
                "your own offers",
            ),
            (
                Lang::Es,
                "no hay juez",
                "sus propias ofertas",
                "conversación informal",
                "presentación formal",
                "No hay juez ni mediador",
                "sus propias ofertas",
            ),
        ] {
            let s = stage(lang, Stage::ResolutionSession, false);
            assert!(s.contains(no_judge), "{s}");
            assert!(s.contains(offers), "{s}");
            assert!(s.contains(informal) && s.contains(formal), "{s}");
            // The checklist says it in fewer words (the one-page summary carries it).
            let item = lang.text().checklist_item(Item::ResolutionNoJudge);
            assert!(
                item.contains(short_no_judge) && item.contains(short_offers),
                "{item}"
            );
        }
    }

    // Source: seed article "What to expect at a resolution session" ("If you and the school reach
    // an agreement through the resolution session (or a mediation), due process is over").
    #[test]
    fn an_agreement_ends_the_due_process_case() {
        for (lang, ends) in [
            (Lang::En, "ends the due process case"),
            (Lang::Es, "pone fin al caso de debido proceso"),
        ] {
            let t = lang.text();
            for s in [
                stage(lang, Stage::ResolutionSession, false),
                stage(lang, Stage::Mediation, false),
                t.checklist_item(Item::ResolutionOffers).to_string(),
                t.agreement_mediation().to_string(),
            ] {
                assert!(s.contains(ends), "{s}");
            }
        }
    }

    // Source: seed article "What happens at a due process mediation meeting?" (the judge "will
    // begin in the joint room by asking both sides about any offers that have emerged"; "put
    // forward their conditions for settlement"; "In larger school districts, the meetings may be
    // scheduled for half a day only"); OAH, "The Mediation Process Including Virtual Mediations"
    // (the filing party gives the mediator "a detailed, opening settlement proposal"; read
    // 2026-12-06, research/round6-words.md).
    #[test]
    fn preparing_for_mediation() {
        for (lang, terms, offers, together, half, proposal) in [
            (
                Lang::En,
                "own settlement terms",
                "starts from the offers already made",
                "both sides together",
                "half a day",
                "opening settlement proposal",
            ),
            (
                Lang::Es,
                "propias condiciones para un acuerdo",
                "empieza por las ofertas que ya se hicieron",
                "las dos partes juntas",
                "medio día",
                "propuesta inicial de acuerdo",
            ),
        ] {
            let t = lang.text();
            let c = checklist(lang, Meeting::Mediation);
            assert!(t.checklist_item(Item::MediationTerms).contains(terms));
            for s in [&c, &stage(lang, Stage::Mediation, false)] {
                assert!(s.contains(offers), "{s}");
                assert!(s.contains(together) && s.contains(half), "{s}");
            }
            // California adds OAH's opening proposal to the terms item (ui::checklists).
            let ca = t.mediation_terms_ca();
            assert!(
                ca.contains("detailed opening proposal")
                    || ca.contains("propuesta inicial detallada"),
                "{ca}"
            );
            assert!(stage(lang, Stage::Mediation, true).contains(proposal));
            assert!(!stage(lang, Stage::Mediation, false).contains(proposal));
        }
        assert!(!Item::MediationTerms.california_only());
    }

    // Source: Cal. Educ. Code 56500.3(a)-(d) (text read); OAH, "Life Cycles of Special Education
    // Due Process Cases at OAH" (a Mediation Only case closes if the other party declines), "How to
    // Set the Initial Mediation Date" (no mediation date is set automatically; a joint request,
    // a motion), "The Mediation Process Including Virtual Mediations" (video or telephone, no
    // mediations in person until further notice); all read 2026-12-06 (research/round6-words.md).
    #[test]
    fn california_mediation_only_and_how_mediation_is_requested_and_held() {
        for (lang, only, lawyers, closes, date, held) in [
            (
                Lang::En,
                "mediation only",
                "Lawyers",
                "if the district declines, OAH closes the case",
                "does not set a mediation date by itself",
                "video (Microsoft Teams) or by telephone",
            ),
            (
                Lang::Es,
                "solo mediación",
                "Los abogados",
                "si el distrito no acepta, la OAH cierra el caso",
                "no pone por sí sola una fecha de mediación",
                "video (Microsoft Teams) o por teléfono",
            ),
        ] {
            let s = stage(lang, Stage::Mediation, true);
            for want in [only, "56500.3", lawyers, closes, date, held, "2026"] {
                assert!(s.contains(want), "{want}: {s}");
            }
            let elsewhere = stage(lang, Stage::Mediation, false);
            assert!(!elsewhere.contains("56500.3"), "California only");
        }
    }

    // Source: 34 CFR 300.506(b)(6)-(7) (signed by the parent and a representative of the agency
    // who has the authority to bind it; legally binding, enforceable in court); seed article
    // "What happens at a due process mediation meeting?" (the settlement usually needs the Board
    // of Education's approval). Said once, the same way everywhere: binding when someone with
    // authority to bind the district signs; in California that is often the board's vote.
    #[test]
    fn what_binds_when_is_said_one_way() {
        for (lang, authority, board, stale) in [
            (
                Lang::En,
                "authority to bind the district",
                "final only once the board votes",
                ["binding as soon as", "binding once both sides sign"],
            ),
            (
                Lang::Es,
                "autoridad para comprometer al distrito",
                "queda firme solo cuando la junta vota",
                [
                    "obligatorio desde que se firma",
                    "en cuanto las dos partes lo firman",
                ],
            ),
        ] {
            let t = lang.text();
            for s in [
                t.agreement_mediation(),
                t.checklist_item(Item::MediationBinding),
                t.event_help(E::MediationAgreementSigned),
                &stage(lang, Stage::Mediation, true),
            ] {
                assert!(s.contains(authority), "{s}");
            }
            assert!(t.board_approval_ca().contains(board));
            for sample in every_sample(lang) {
                for old in stale {
                    assert!(!sample.contains(old), "{old}: {sample}");
                }
            }
        }
    }

    // Source: the California Department of Education's Spanish notice of procedural safeguards
    // and OAH's Spanish handbook (issue 24's bilingual review): "colocación", "juez de derecho
    // administrativo", "Oficina de Audiencias Administrativas", "solicitud de audiencia de debido
    // proceso"; Cal. Educ. Code 56505 (OAH hears the cases).
    #[test]
    fn spanish_uses_californias_words() {
        let all = every_sample(Lang::Es).join("\n");
        assert!(!all.contains("ubicación"), "placement is \"colocación\"");
        assert!(all.contains("colocación educativa actual (el lugar y el programa"));
        let hearing = stage(Lang::Es, Stage::Hearing, true);
        for want in [
            "juez de derecho administrativo de la Oficina de Audiencias Administrativas",
            "solicitud de audiencia de debido proceso",
            "\"demanda\"",
            "no es una queja ante el Departamento de Educación de California",
        ] {
            assert!(hearing.contains(want), "{want}: {hearing}");
        }
        let english = stage(Lang::En, Stage::Hearing, true);
        assert!(english.contains("not a complaint to the California Department of Education"));
        assert!(!stage(Lang::Es, Stage::Hearing, false).contains("juez de derecho"));
    }

    // Source: issue 24's bilingual review (jargon a parent with little schooling cannot read,
    // meanings that shifted, small errors).
    #[test]
    fn spanish_jargon_is_glossed_and_meanings_are_kept() {
        let t = Lang::Es.text();
        let all = every_sample(Lang::Es).join("\n");
        for gone in [
            "acto u omisión",
            "calendario supuesto",
            "la queja no es suficiente",
            "día más temprano posible",
            "todo vuelva a empezar",
            "no corre riesgos",
            "Casi siempre",
            "Algunas fuentes dicen",
            "reunión de resolución",
            "verla o cambiarla",
            "recuperar los honorarios",
        ] {
            assert!(!all.contains(gone), "{gone}");
        }
        assert!(
            t.deadline_name(
                due_process_calculator::engine::ids::DeadlineId::ManifestationDetermination
            )
            .contains("(MDR)")
        );
        assert!(t.event_help(E::DecisionMailed).contains("sello del correo"));
        assert!(all.contains("cierre la queja sin audiencia (que la desestime)"));
        assert!(t.drafts_heading().contains("casos guardados"));
        assert!(all.contains("a la queja le falta información que exige la ley"));
        assert_eq!(
            t.school_breaks_toggle(1),
            "1 cierre anotado: verlo o cambiarlo"
        );
    }

    // Source: issue 24 (a question above a date box made parents look for where to write "yes").
    #[test]
    fn questions_above_a_date_box_ask_for_the_day() {
        for e in [
            E::SufficiencyNoticeReceived,
            E::ResolutionWaived,
            E::MediationChosen,
            E::DistrictMissedMeeting,
            E::ParentMissedMeeting,
            E::HearingTimelineStarted,
            E::NoAgreementInWriting,
            E::MediationContinuedInWriting,
            E::MediationWithdrawn,
            E::AmendedComplaintFiled,
            E::SettlementSigned,
            E::MediationAgreementSigned,
            E::SettlementOfferReceived,
            E::DecisionDueExtendedTo,
        ] {
            let en = Lang::En.text().event_question(e);
            let es = Lang::Es.text().event_question(e);
            assert!(
                en.starts_with("If ") && en.contains("what day") && en.ends_with('?'),
                "{en}"
            );
            assert!(
                es.starts_with("Si ") && es.contains("qué día") && es.ends_with('?'),
                "{es}"
            );
        }
        assert_eq!(
            Lang::Es.text().event_question(E::SettlementSigned),
            "Si firmó un acuerdo por escrito en la sesión de resolución, ¿qué día?"
        );
        assert_eq!(
            Lang::En.text().event_question(E::SettlementSigned),
            "If you signed a written agreement at the resolution meeting, on what day?"
        );
    }

    // Source: Cal. Gov. Code 6700 (Native American Day, the fourth Friday in September). Inside a
    // Spanish sentence a date is written out, and a holiday named "Día ..." takes its article.
    #[test]
    fn spanish_dates_in_sentences_are_written_out() {
        use chrono::NaiveDate;
        use due_process_calculator::engine::timeline::Note;
        let t: &dyn Text = Lang::Es.text();
        let day = NaiveDate::from_ymd_opt(2027, 1, 8).expect("valid");
        let note = t.note(&Note::MeetingHeld {
            on: day,
            on_time: true,
        });
        assert_eq!(
            note,
            "La sesión se hizo el viernes, 8 de enero de 2027, a tiempo."
        );
        let flag = t.day_before_holiday(
            &t.date_in_sentence(day),
            &t.date_in_sentence(day),
            t.holiday_name(due_process_calculator::engine::calendar::HolidayId::NativeAmericanDay),
        );
        assert!(
            flag.ends_with("es el Día de los Nativos Americanos)"),
            "{flag}"
        );
        let christmas = t.day_before_holiday(
            "a",
            "b",
            t.holiday_name(due_process_calculator::engine::calendar::HolidayId::Christmas),
        );
        assert!(christmas.ends_with("es Navidad)"), "{christmas}");
    }

    // Source: issue 24 (the link preview that messaging apps show was English only).
    #[test]
    fn the_link_preview_is_in_both_languages() {
        let html = include_str!("../index.html");
        assert!(html.contains("og:description"), "a preview text");
        assert!(
            html.contains("Calculadora gratuita de plazos"),
            "Spanish in the preview"
        );
    }
}

// ------------------------------------------------------------------ issue 20, item 4 (in part)
// The meeting date on the district's letter, against the days the law gives for the meeting.

mod scheduled_meeting {
    use super::*;
    use due_process_calculator::engine::schedule::scheduled_meetings;

    fn check(
        c: &due_process_calculator::engine::case::Case,
    ) -> Vec<(D, String, String, u32, bool)> {
        // No "today" is needed: any day gives the same answer.
        let t = timeline(c, iso("2030-01-01"));
        scheduled_meetings(c, &t)
            .into_iter()
            .map(|m| {
                (
                    m.deadline,
                    m.scheduled.to_string(),
                    m.last_day.to_string(),
                    m.days,
                    m.within,
                )
            })
            .collect()
    }

    // Source: 34 CFR 300.510(a)(1) ("within 15 days of receiving notice of the parent's due
    // process complaint"). Received Tue 2026-11-24: Nov 25-30 (6) + Dec 1-9 (15) = Wed 2026-12-09.
    // A meeting set for Wed 12/9 is within the 15 days; one set for Thu 12/10 is not.
    #[test]
    fn within_or_after_the_15_days() {
        let on_time = case(
            "US-CA",
            &[
                (E::ComplaintReceived, "2026-11-24"),
                (E::ResolutionMeetingScheduled, "2026-12-09"),
            ],
        );
        assert_eq!(
            check(&on_time),
            vec![(
                D::ResolutionMeeting,
                "2026-12-09".into(),
                "2026-12-09".into(),
                15,
                true
            )]
        );
        let late = case(
            "US-CA",
            &[
                (E::ComplaintReceived, "2026-11-24"),
                (E::ResolutionMeetingScheduled, "2026-12-10"),
            ],
        );
        assert_eq!(
            check(&late),
            vec![(
                D::ResolutionMeeting,
                "2026-12-10".into(),
                "2026-12-09".into(),
                15,
                false
            )]
        );
    }

    // Source: 34 CFR 300.532(c)(3)(i) (a meeting within 7 days of receiving notice of an
    // expedited complaint). Received Mon 2025-11-03 + 7 = Mon 2025-11-10; Tue 11/11 is after.
    #[test]
    fn seven_days_on_the_expedited_track() {
        let c = track(
            case(
                "US",
                &[
                    (E::ComplaintFiled, "2025-11-03"),
                    (E::ComplaintReceived, "2025-11-03"),
                    (E::ResolutionMeetingScheduled, "2025-11-11"),
                ],
            ),
            Track::Expedited,
        );
        assert_eq!(
            check(&c),
            vec![(
                D::ExpeditedResolutionMeeting,
                "2025-11-11".into(),
                "2025-11-10".into(),
                7,
                false
            )]
        );
    }

    // Source: 34 CFR 300.510(a)(1) and (a)(3)(i): no meeting to schedule after a written waiver,
    // nor for a district's complaint (contract section 3); nothing without a scheduled date.
    #[test]
    fn nothing_to_compare_without_a_meeting() {
        let waived = case(
            "US",
            &[
                (E::ComplaintReceived, "2026-11-24"),
                (E::ResolutionWaived, "2026-11-30"),
                (E::ResolutionMeetingScheduled, "2026-12-10"),
            ],
        );
        assert_eq!(check(&waived), vec![]);
        let by_district = district(case(
            "US",
            &[
                (E::ComplaintReceived, "2026-11-24"),
                (E::ResolutionMeetingScheduled, "2026-12-10"),
            ],
        ));
        assert_eq!(check(&by_district), vec![]);
        let no_date = case("US", &[(E::ComplaintReceived, "2026-11-24")]);
        assert_eq!(check(&no_date), vec![]);
    }

    // Source: contract section 1 (unknown fields kept; events extended, never renamed): the new
    // event is read from a case file and written back unchanged.
    #[test]
    fn the_case_file_carries_the_scheduled_date() {
        use due_process_calculator::case::CaseFile;
        let json = r#"{"format":"due-process-case","version":1,"jurisdiction":"US","events":{"complaint-received":"2026-11-24","resolution-meeting-scheduled":"2026-12-10"}}"#;
        let value: due_process_calculator::case::json::Json =
            serde_json::from_str(json).expect("json");
        let file = CaseFile::from_json_to_read(value).expect("a case");
        let (c, problems) = file.to_case();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            c.events.get(E::ResolutionMeetingScheduled),
            Some(iso("2026-12-10"))
        );
    }
}

// ------------------------------------------------------------------ issue 20, item 5
// Source: issue 20 ("12/07/2026" typed on a Spanish page of an es-US browser became July 12) and
// CLDR's short date patterns: en-US and es-US M/d/y; es-ES, es-MX, en-GB d/M/y.
#[test]
fn typed_dates_follow_the_browser_region() {
    use due_process_calculator::i18n::Lang;
    use due_process_calculator::i18n::typed_date::{DateOrder, read, region_order};
    let order = |tags: &[&str], lang: Lang| {
        let tags: Vec<String> = tags.iter().map(|s| s.to_string()).collect();
        region_order(&tags).unwrap_or_else(|| lang.text().date_order())
    };
    let typed = "12/07/2026";
    for (tags, lang, want) in [
        (&["es-US", "es"][..], Lang::Es, "2026-12-07"),
        (&["en-US"], Lang::Es, "2026-12-07"),
        (&["en-US"], Lang::En, "2026-12-07"),
        (&["es-ES"], Lang::Es, "2026-07-12"),
        (&["es-MX"], Lang::Es, "2026-07-12"),
        (&["es-MX"], Lang::En, "2026-07-12"),
        (&["en-GB"], Lang::En, "2026-07-12"),
        // No region named: the page's language decides, as before.
        (&["es"], Lang::Es, "2026-07-12"),
        (&["en"], Lang::En, "2026-12-07"),
    ] {
        assert_eq!(
            read(typed, order(tags, lang))
                .map(|d| d.to_string())
                .as_deref(),
            Ok(want),
            "{tags:?} {lang:?}"
        );
    }
    assert_eq!(order(&["es-US"], Lang::Es), DateOrder::MonthFirst);
}

// Source: issue 20 ("the invalid-date message advises a year-month-day form that neither input
// accepts"): the message names the order the box expects, with an example in that order.
#[test]
fn the_invalid_date_message_names_the_expected_order() {
    use due_process_calculator::i18n::Lang;
    use due_process_calculator::i18n::typed_date::DateOrder;
    for lang in Lang::ALL {
        let t = lang.text();
        for order in [DateOrder::MonthFirst, DateOrder::DayFirst] {
            let said = t.bad_date("2025-02-30", order);
            assert!(said.contains(t.date_order_words(order)), "{said}");
            let example = match order {
                DateOrder::MonthFirst => "09/13/2025",
                DateOrder::DayFirst => "13/09/2025",
            };
            assert!(said.contains(example), "{said}");
            assert!(!said.contains("2025-08-29"), "{said}");
        }
    }
}

// ---- Issue 23: every state checked, labels that match what was read --------------------------

// Source: 8 NYCRR 279.2(b), as the Office of State Review's guide for parents states it (secondary:
// "no later than 25 calendar days after the date of the decision of the impartial hearing
// officer"); 8 NYCRR 279.4(a) (verified: the request for review "within 40 days after the date of
// the decision"). Decision Mon 2026-03-02: notice by Fri 3/27 (Mar 3-27 = 25); request by Sat
// 4/11 (Mar 3-31 = 29, Apr 1-11 = 11). The notice is the family's, counted from the decision,
// and labelled: its text was not read.
#[test]
fn new_york_notice_of_intention_comes_25_days_after_the_decision() {
    let t = run(&case("US-NY", &[(E::DecisionIssued, "2026-03-02")]));
    assert_eq!(
        date(&t, D::StateReviewNotice).as_deref(),
        Some("2026-03-27")
    );
    assert_eq!(
        date(&t, D::StateReviewRequest).as_deref(),
        Some("2026-04-11")
    );
    let notice = t.get(D::StateReviewNotice).expect("listed");
    assert_eq!(notice.source, RuleSource::StateUnverified);
    assert!(notice.owner.family_acts());
    // Without the decision date, it asks for it.
    let t = run(&case("US-NY", &[(E::KnewOfProblem, "2026-01-05")]));
    let Status::MissingInput(missing) = status(&t, D::StateReviewNotice) else {
        panic!("the notice waits for the decision date");
    };
    assert_eq!(missing.needs, vec![E::DecisionIssued]);
}

// Source: contract section 3 (`state-review-notice`: "where a state requires it"). Kansas has a
// state review with no notice step (Kan. Stat. 72-3418(b)(1)); Texas has no state review at all
// (19 Tex. Admin. Code 89.1151(b), "a one-tier system of hearings").
#[test]
fn the_review_notice_does_not_apply_where_no_state_asks_for_it() {
    let t = run(&case("US-KS", &[(E::DecisionIssued, "2026-03-02")]));
    assert_eq!(
        status(&t, D::StateReviewNotice),
        Status::NotApplicable(NotApplicable::NoReviewNotice)
    );
    let t = run(&case("US-TX", &[(E::DecisionIssued, "2026-03-02")]));
    assert_eq!(
        status(&t, D::StateReviewNotice),
        Status::NotApplicable(NotApplicable::OneTier)
    );
}

// Source: 8 NYCRR 279.2(b) as above: the calendar file carries the notice on the day the family
// must act (its earliest date, contract section 4), Fri 2026-03-27.
#[test]
fn the_calendar_file_carries_new_yorks_notice_of_intention() {
    use due_process_calculator::case::CaseFile;
    use due_process_calculator::i18n::Lang;
    use due_process_calculator::ics::deadlines::{Options, calendar};
    let json = r#"{"format":"due-process-case","version":1,"case_id":"ny1","revision":1,
        "jurisdiction":"US-NY","events":{"decision-issued":"2026-03-02"}}"#;
    let file = CaseFile::from_json(serde_json::from_str(json).expect("JSON")).expect("a case");
    let t = run(&file.to_case().0);
    let text = due_process_calculator::ics::write(&calendar(
        Lang::En.text(),
        &file,
        "ny1",
        &t,
        &Options::default(),
        "20261206T160000Z",
    ));
    let event = text
        .split("BEGIN:VEVENT")
        .find(|e| e.contains("UID:ny1.state-review-notice@"))
        .expect("an event for the notice");
    assert!(event.contains("DTSTART;VALUE=DATE:20260327"), "{event}");
}

// Source: Md. Code, Educ. 8-413(j), as enacted by 2006 Md. Laws ch. 233 ("Within 120 calendar
// days of the issuance of the hearing decision"; interpretive: read in the session law). Decision
// Mon 2026-03-02 + 120 = Tue 6/30 (Mar 3-31 = 29, Apr 30 = 59, May 31 = 90, Jun 1-30 = 120),
// shown beside the federal 90 days (Sun 5/31), which stay primary and earliest: the state's
// period is longer, and not verified.
#[test]
fn maryland_120_days_from_issuance_are_shown_beside_the_federal_date() {
    let t = run(&case("US-MD", &[(E::DecisionIssued, "2026-03-02")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2026-05-31"));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2026-05-31"));
    assert_eq!(
        readings(&t, D::CivilAction),
        vec![(ReadingKind::StateRule, "2026-06-30".to_string())]
    );
    let rule = due_process_calculator::rules::pack_for(
        due_process_calculator::engine::case::Jurisdiction::parse("US-MD").expect("MD"),
    )
    .0
    .overrides
    .iter()
    .find(|r| r.id == D::CivilAction)
    .expect("Maryland's court rule");
    assert_eq!(
        rule.status,
        due_process_calculator::rules::Verification::Interpretive
    );
}

// Source: Md. Code, Gen. Prov. 1-111(a)(15), (17) (the Friday after Thanksgiving; statewide
// general election days). Signed Wed 2026-11-25: Thu 11/26 Thanksgiving, Fri 11/27 skipped, Mon
// 11/30 (1), Tue 12/1 (2), Wed 12/2 (3). Signed Fri 2026-10-30: Mon 11/2 (1), Tue 11/3 general
// election skipped, Wed 11/4 (2), Thu 11/5 (3).
#[test]
fn maryland_counts_its_day_after_thanksgiving_and_election_day() {
    let t = run(&case("US-MD", &[(E::SettlementSigned, "2026-11-25")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-12-02")
    );
    let t = run(&case("US-MD", &[(E::SettlementSigned, "2026-10-30")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-11-05")
    );
}

// Source: Wash. Rev. Code 1.16.050(1)(j) (the Friday after Thanksgiving), a legal holiday by 2004
// at the latest (2004 HB 2898 reprints it). Thanksgiving 2010 is Thu 11/25; signed Wed 11/24: Fri
// 11/26 skipped, Mon 11/29 (1), Tue 11/30 (2), Wed 12/1 (3). The pack counted it only from 2021.
#[test]
fn washington_day_after_thanksgiving_before_2021() {
    let t = run(&case("US-WA", &[(E::SettlementSigned, "2010-11-24")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2010-12-01")
    );
}

// Source: 19 Tex. Admin. Code 89.1151(c): "Beginning September 1, 2022, a parent or public
// education agency must request a hearing within two years of the date [it] knew or should have
// known": the date decides which limit applies, and the two years run from knowing. Knew Mon
// 2026-03-02 -> Thu 2028-03-02, from the state. Court: Texas Advocates Supporting Kids with
// Disabilities v. TEA, 112 S.W.3d 234 (Tex. App. 2003), held the agency's own 90 days invalid and
// no statute sets a period: the federal 90 days apply, Mon 2026-03-02 + 90 = Sun 5/31.
#[test]
fn texas_two_years_run_from_knowing_and_its_court_period_is_federal() {
    let t = run(&case("US-TX", &[(E::KnewOfProblem, "2026-03-02")]));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2028-03-02"));
    assert_eq!(source(&t, D::FilingLimit), RuleSource::State);
    let t = run(&case("US-TX", &[(E::DecisionIssued, "2026-03-02")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2026-05-31"));
    assert_eq!(source(&t, D::CivilAction), RuleSource::Federal);
}

// Source: Fla. Admin. Code R. 6A-6.03311: 30 days, known only from a notice that proposed to
// replace them with 90 (unverified). Decision Mon 2026-03-02 + 30 = Wed 4/1, the earliest date;
// the federal 90 days (Sun 5/31) stay primary.
#[test]
fn floridas_30_days_are_only_the_earliest_date() {
    let t = run(&case("US-FL", &[(E::DecisionIssued, "2026-03-02")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2026-05-31"));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2026-04-01"));
}

// Source: Ind. Code 4-21.5-5-5 (2022 Indiana Code, a third-party copy): a petition for judicial
// review "within thirty (30) days after the date that notice of the agency action ... was
// served"; 4-21.5-3-2(c): the period starts on the day the notice is deposited in the mail (the
// three days (e) adds for mail are not counted, so the date is never later). That it governs the
// hearing decisions of 511 IAC 7-45 is a reading (interpretive). Decision issued Mon 2026-03-02,
// mailed Wed 2026-03-04: Mar 5-31 (27), Apr 1-3 (30) = Fri 4/3, the state-court date. The court
// deadline keeps the federal 90 days from the decision (Sun 5/31); its earliest is the 30 days
// from the decision a parent-information page gives (secondary): Mar 3-31 (29), Apr 1 = Wed 4/1.
#[test]
fn indiana_judicial_review_30_days_from_the_mailing() {
    let t = run(&case(
        "US-IN",
        &[
            (E::DecisionIssued, "2026-03-02"),
            (E::DecisionMailed, "2026-03-04"),
        ],
    ));
    state_court_apart(
        &t,
        "2026-04-03",
        RuleSource::StateUnverified,
        "2026-05-31",
        "2026-04-01",
    );
}

// Source: A.R.S. 12-904(A) (a notice of appeal "within thirty-five days from the date when a copy
// of the decision ... is served"; service by mail "is complete ... five days after" mailing, days
// not counted here, so the date is never later); that it governs IDEA decisions is a reading
// (interpretive). Decision issued and mailed Mon 2026-03-02: Mar 3-31 (29), Apr 1-6 (35) = Mon
// 4/6, the state-court date. The federal-court line keeps 90 days from the decision (Sun 5/31).
#[test]
fn arizona_superior_court_35_days_from_the_mailing() {
    let t = run(&case(
        "US-AZ",
        &[
            (E::DecisionIssued, "2026-03-02"),
            (E::DecisionMailed, "2026-03-02"),
            (E::DecisionReceived, "2026-03-05"),
        ],
    ));
    assert_eq!(
        date(&t, D::CivilActionStateCourt).as_deref(),
        Some("2026-04-06")
    );
    assert_eq!(
        source(&t, D::CivilActionStateCourt),
        RuleSource::StateUnverified
    );
    assert_eq!(
        date(&t, D::CivilActionFederalCourt).as_deref(),
        Some("2026-05-31")
    );
}

// Source: Ohio Department of Education and Workforce guidance 5.17 (secondary): review within 45
// days of receipt of the hearing decision; common pleas court 45 days from notification of the
// review decision, counted from its date (never later). Received Mon 2026-03-02 + 45 = Thu 4/16
// (Mar 3-31 = 29, Apr 1-16 = 16). Review decision Mon 2026-03-02 + 45 = Thu 4/16.
#[test]
fn ohio_review_and_common_pleas_periods() {
    let t = run(&case(
        "US-OH",
        &[
            (E::DecisionIssued, "2026-02-27"),
            (E::DecisionReceived, "2026-03-02"),
            (E::ReviewDecisionIssued, "2026-03-02"),
        ],
    ));
    assert_eq!(
        date(&t, D::StateReviewRequest).as_deref(),
        Some("2026-04-16")
    );
    assert_eq!(
        date(&t, D::CivilActionStateCourt).as_deref(),
        Some("2026-04-16")
    );
}

// Source: issue 23: the page's warning names only the fields not checked. Washington's every
// field is answered from texts read (WAC 392-172A-05080(2), -05115(1)-(2), -04115(2); RCW
// 1.16.050(1)(j); the office in WAC 392-172A-05080(3)(a)): no warning. Texas's last field, a
// claim period for private school costs, was checked in round 12 (19 Tex. Admin. Code
// 89.1001(a), 89.1151(b); interpretive): no warning either. Arizona has one field not checked
// (its court period rests on a source not read): the warning names it alone.
#[test]
fn a_state_with_every_field_checked_carries_no_warning() {
    let t = run(&case("US-WA", &[(E::DecisionIssued, "2026-03-02")]));
    assert!(!t.fallback && !t.partial, "Washington: every field checked");
    let t = run(&case("US-TX", &[(E::DecisionIssued, "2026-03-02")]));
    assert!(!t.fallback && !t.partial, "Texas: every field checked");
    let t = run(&case("US-AZ", &[(E::DecisionIssued, "2026-03-02")]));
    assert!(!t.fallback && t.partial, "Arizona: a field not checked");
    let (pack, _) = due_process_calculator::rules::pack_for(
        due_process_calculator::engine::case::Jurisdiction::parse("US-AZ").expect("AZ"),
    );
    let unchecked: Vec<_> = pack.unchecked().collect();
    use due_process_calculator::rules::Field;
    assert_eq!(unchecked, vec![Field::Court]);
}

// Source: 205 ILCS 630/17(a) through 5 ILCS 70/1.11 (Lincoln's birthday; interpretive). Signed
// Tue 2026-02-10: Wed 2/11 (1), Thu 2/12 skipped, Fri 2/13 (2), Mon 2/16 Washington's Birthday
// skipped, Tue 2/17 (3). N.J. Stat. 11A:6-24.1(a) (Good Friday, 2026-04-03; interpretive): signed
// Wed 4/1, Thu 4/2 (1), Fri 4/3 skipped, Mon 4/6 (2), Tue 4/7 (3).
#[test]
fn illinois_lincolns_birthday_and_new_jersey_good_friday() {
    let t = run(&case("US-IL", &[(E::SettlementSigned, "2026-02-10")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-02-17")
    );
    let t = run(&case("US-NJ", &[(E::SettlementSigned, "2026-04-01")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-04-07")
    );
}

// Source: Cal. Educ. Code 56505(l): "within two years from the date the party initiating the
// request knew or had reason to know" (verified). Knew Mon 2026-03-02 -> Thu 2028-03-02, from the
// state.
#[test]
fn california_filing_limit_is_its_own_two_years() {
    let t = run(&case("US-CA", &[(E::KnewOfProblem, "2026-03-02")]));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2028-03-02"));
    assert_eq!(source(&t, D::FilingLimit), RuleSource::State);
}

// Source: Colorado Department of Education, due process page (secondary: the rule, 1 CCR 301-8
// 2220-R-6.02, was not read): violations "that occurred within two years from the filing date", a
// look-back from the filing like Kansas's, so counted from the act. Act Thu 2024-02-01 + 2 years =
// Sun 2026-02-01, the earliest date; the federal two years from knowing (2024-03-15 -> 2026-03-15)
// stay primary. With only the day the family knew, the federal date stands alone.
#[test]
fn colorados_two_years_from_the_act_are_only_the_earliest_date() {
    let t = run(&case(
        "US-CO",
        &[
            (E::KnewOfProblem, "2024-03-15"),
            (E::ActOrOmission, "2024-02-01"),
        ],
    ));
    assert_eq!(date(&t, D::FilingLimit).as_deref(), Some("2026-03-15"));
    assert_eq!(earliest(&t, D::FilingLimit).as_deref(), Some("2026-02-01"));
    assert_ne!(source(&t, D::FilingLimit), RuleSource::State);
    let knew_only = run(&case("US-CO", &[(E::KnewOfProblem, "2024-03-15")]));
    assert_eq!(
        date(&knew_only, D::FilingLimit).as_deref(),
        Some("2026-03-15")
    );
    assert_eq!(
        earliest(&knew_only, D::FilingLimit).as_deref(),
        Some("2026-03-15")
    );
}

// Sources, each secondary and each the federal 90 days from the decision: N.J. Admin. Code
// 6A:14-2.7 as a practitioner's page states it; PEAK Parent Center for Colorado (state or federal
// district court; 2220-R-6.02 not read); the Special Ed Start Guide's Delaware page (federal court
// or Family Court; 14 Del. C. 3142 not read); Stanton v. District of Columbia, 639 F. Supp. 2d 1
// (D.D.C. 2009), the court's account (no D.C. text setting a period was read). Decision Mon
// 2026-03-02 + 90 = Sun 5/31 (Mar 3-31 = 29, Apr 30 = 59, May 1-31 = 90), the federal date,
// which stays primary.
#[test]
fn secondary_90_day_court_rules_confirm_the_federal_date() {
    for code in ["US-NJ", "US-CO", "US-DE", "US-DC"] {
        let t = run(&case(code, &[(E::DecisionIssued, "2026-03-02")]));
        assert_eq!(
            date(&t, D::CivilAction).as_deref(),
            Some("2026-05-31"),
            "{code}"
        );
        assert_eq!(
            earliest(&t, D::CivilAction).as_deref(),
            Some("2026-05-31"),
            "{code}"
        );
        assert_ne!(source(&t, D::CivilAction), RuleSource::State, "{code}");
    }
}

// Source: N.J. Admin. Code 6A:14-2.7(v), as a practitioner's page states it (the same 90 days from
// the final decision in the Superior Court; secondary): decision Mon 2026-03-02 + 90 = Sun 5/31
// (Mar 3-31 = 29, Apr 30 = 59, May 1-31 = 90), the state-court date and the court card's. The
// period is federal law's (contract section 3: a federal-court line only where it differs), so
// there is no federal-court line repeating the date.
#[test]
fn new_jerseys_superior_court_90_days_match_the_federal_date() {
    let t = run(&case("US-NJ", &[(E::DecisionIssued, "2026-03-02")]));
    assert_eq!(
        date(&t, D::CivilActionStateCourt).as_deref(),
        Some("2026-05-31")
    );
    assert_eq!(
        status(&t, D::CivilActionFederalCourt),
        Status::NotApplicable(NotApplicable::SameCourtPeriod)
    );
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2026-05-31"));
}

// Source: Delaware's state court (the Family Court) within 90 calendar days of the hearing
// decision, as the Special Ed Start Guide's one-tier page gives it, and West Virginia's "any state
// court of competent jurisdiction" within 90 days of the hearing officer's decision, as the
// Department of Education's dispute resolution page gives it, and Colorado's "state or federal
// district court within 90 days of the date of the decision", as PEAK Parent Center's dispute
// resolution questions give it (all secondary). Decision Mon 2026-03-02 + 90 = Sun 5/31 on the
// state-court line, the same day as the court card's; the same period as federal law's, so no
// federal-court line repeats it (contract section 3).
#[test]
fn delaware_west_virginia_and_colorado_state_courts_have_the_federal_90_days_secondary() {
    for code in ["US-DE", "US-WV", "US-CO"] {
        let t = run(&case(code, &[(E::DecisionIssued, "2026-03-02")]));
        assert_eq!(
            date(&t, D::CivilActionStateCourt).as_deref(),
            Some("2026-05-31"),
            "{code}"
        );
        assert_eq!(
            source(&t, D::CivilActionStateCourt),
            RuleSource::StateUnverified,
            "{code}"
        );
        assert_eq!(
            status(&t, D::CivilActionFederalCourt),
            Status::NotApplicable(NotApplicable::SameCourtPeriod),
            "{code}"
        );
        assert_eq!(
            date(&t, D::CivilAction).as_deref(),
            Some("2026-05-31"),
            "{code}"
        );
    }
}

// Source: 205 ILCS 630/17(a) (Good Friday; the general election days of even years) and N.J. Stat.
// 11A:6-24.1(a) (any general election day; New Jersey holds one every year), both interpretive.
// Illinois, Good Friday 2026-04-03: signed Wed 4/1, Thu 4/2 (1), Fri 4/3 skipped, Mon 4/6 (2), Tue
// 4/7 (3). Illinois, election Tue 2026-11-03: signed Mon 11/2, Wed 11/4 (1), Thu 11/5 (2), Fri
// 11/6 (3). New Jersey, odd year, election Tue 2027-11-02: signed Mon 11/1, Wed 11/3 (1), Thu 11/4
// (2), Fri 11/5 (3); Illinois counts no election day in 2027: Tue 11/2 (1), Wed 11/3 (2), Thu 11/4
// (3).
#[test]
fn illinois_and_new_jersey_good_friday_and_election_days() {
    let t = run(&case("US-IL", &[(E::SettlementSigned, "2026-04-01")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-04-07")
    );
    let t = run(&case("US-IL", &[(E::SettlementSigned, "2026-11-02")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-11-06")
    );
    let t = run(&case("US-NJ", &[(E::SettlementSigned, "2027-11-01")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2027-11-05")
    );
    let t = run(&case("US-IL", &[(E::SettlementSigned, "2027-11-01")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2027-11-04")
    );
}

// Source: Wis. Stat. 995.20 (the general election day is a legal holiday; whether state offices
// close on it is open: widest reading only). Signed Mon 2026-11-02: the primary count skips
// nothing, Tue 11/3 (1), Wed 11/4 (2), Thu 11/5 (3); the widest reading skips the election, Fri
// 11/6.
#[test]
fn wisconsin_election_day_is_only_the_widest_reading() {
    let t = run(&case("US-WI", &[(E::SettlementSigned, "2026-11-02")]));
    assert_eq!(
        date(&t, D::SettlementVoidWindow).as_deref(),
        Some("2026-11-05")
    );
    assert!(
        readings(&t, D::SettlementVoidWindow)
            .contains(&(ReadingKind::WidestHolidays, "2026-11-06".to_string())),
        "{:?}",
        readings(&t, D::SettlementVoidWindow)
    );
}

// Source: N.C. Gen. Stat. 103-4 (Official Code Release 81: Greek Independence Day, March 25;
// Yom Kippur; the Anniversary of the Halifax Resolves, April 12, and "Whenever any public holiday
// shall fall upon Sunday, the Monday following shall be a public holiday"); the statute does not
// close public offices (State v. Moore, 104 N.C. 743), so these days are only the widest reading.
// Signed Mon 2026-03-23: Tue 3/24 (1), Wed 3/25 (2), Thu 3/26 (3); the widest reading skips
// Greek Independence Day: Tue 3/24 (1), Thu 3/26 (2), Fri 3/27 (3). Signed Fri 2026-09-18: Mon
// 9/21 (1), Tue 9/22 (2), Wed 9/23 (3); skipping Yom Kippur, Mon 9/21: Thu 9/24. Signed Fri
// 2026-04-10: Halifax Resolves on Sunday 4/12, kept Monday 4/13: Mon 4/13 (1), Tue 4/14 (2), Wed
// 4/15 (3); skipping Monday 4/13: Thu 4/16.
#[test]
fn north_carolina_legal_holidays_are_only_the_widest_reading() {
    for (signed, primary, widest) in [
        ("2026-03-23", "2026-03-26", "2026-03-27"),
        ("2026-09-18", "2026-09-23", "2026-09-24"),
        ("2026-04-10", "2026-04-15", "2026-04-16"),
    ] {
        let t = run(&case("US-NC", &[(E::SettlementSigned, signed)]));
        assert_eq!(
            date(&t, D::SettlementVoidWindow).as_deref(),
            Some(primary),
            "signed {signed}"
        );
        assert!(
            readings(&t, D::SettlementVoidWindow)
                .contains(&(ReadingKind::WidestHolidays, widest.to_string())),
            "signed {signed}: {:?}",
            readings(&t, D::SettlementVoidWindow)
        );
    }
}

// Source: issue 20 (the phone print preview broke words mid-word). Text may break inside a word
// only when the word alone is wider than its line (`overflow-wrap: break-word`, never
// `anywhere`, which also lets columns shrink below a word), and on a narrow screen the one-page
// layout puts the checklist and the case facts in one column each.
#[test]
fn the_print_preview_wraps_whole_words() {
    let css = include_str!("../style/main.css");
    assert!(!css.contains("overflow-wrap: anywhere"));
    assert!(!css.contains("word-break: break-all"));
    let narrow = css
        .split("@media screen and (max-width: 40rem)")
        .nth(1)
        .expect("a narrow-screen rule for the one-page layout");
    let block = &narrow[..narrow.find("\n}").expect("its end")];
    assert!(
        block.contains("html.dp-print-brief .dp-check-list { columns: 1; }"),
        "{block}"
    );
}

// Source: issue 23, reimbursement checked and found to have no claim period of the state's own.
// Wis. Stat. 115.791(1)-(4) (parts read): conditions and a notice 10 business days before removal,
// no period for the claim. Tenn. Comp. R. & Regs. 0520-01-09-.01 adopts 34 CFR Parts 300 and 301
// (300.148 has no claim period) and the chapter has no private placement rule. A placement that
// began Mon 2025-08-18 therefore gets no claim-limit date in either state: the federal rule sets
// none, and the pack records the check (N), not a rule.
#[test]
fn wisconsin_and_tennessee_set_no_reimbursement_claim_period() {
    use due_process_calculator::rules::{Answer, Field, Verification};
    let placed = [(E::PrivatePlacementStarted, "2025-08-18")];
    for code in ["US-WI", "US-TN"] {
        let t = run(&case(code, &placed));
        assert_eq!(
            status(&t, D::ReimbursementClaimLimit),
            Status::NotApplicable(NotApplicable::NoReimbursementLimit),
            "{code}"
        );
        let (pack, _) = due_process_calculator::rules::pack_for(
            due_process_calculator::engine::case::Jurisdiction::parse(code).expect("code"),
        );
        assert_eq!(
            pack.answer(Field::Reimbursement),
            Answer::NoStateRule(Verification::Interpretive),
            "{code}"
        );
    }
}

// Source: 44 P.S. 11 as an employer-law summary lists it (Good Friday, Flag Day on June 14,
// Election Day; the statute's text not read: widest reading only). Three business days after a
// signing (34 CFR 300.510(d)(2)):
// - Mon 2026-11-02: primary Tue 11/3 (1), Wed 11/4 (2), Thu 11/5 (3); widest skips Election Day
//   Tue 11/3, so Wed (1), Thu (2), Fri 11/6 (3).
// - Fri 2027-06-11: primary Mon 6/14 (1), Tue 6/15 (2), Wed 6/16 (3); widest skips Flag Day Mon
//   6/14, so Tue (1), Wed (2), Thu 6/17 (3).
// - Thu 2027-03-25 (Easter 2027 is Sunday 3/28, Good Friday 3/26): primary Fri 3/26 (1), Mon
//   3/29 (2), Tue 3/30 (3); widest skips Good Friday, so Mon (1), Tue (2), Wed 3/31 (3).
#[test]
fn pennsylvania_holidays_from_a_summary_are_only_the_widest_reading() {
    for (signed, primary, widest) in [
        ("2026-11-02", "2026-11-05", "2026-11-06"),
        ("2027-06-11", "2027-06-16", "2027-06-17"),
        ("2027-03-25", "2027-03-30", "2027-03-31"),
    ] {
        let t = run(&case("US-PA", &[(E::SettlementSigned, signed)]));
        assert_eq!(
            date(&t, D::SettlementVoidWindow).as_deref(),
            Some(primary),
            "{signed}"
        );
        assert!(
            readings(&t, D::SettlementVoidWindow)
                .contains(&(ReadingKind::WidestHolidays, widest.to_string())),
            "{signed}: {:?}",
            readings(&t, D::SettlementVoidWindow)
        );
    }
}

// Source: Atlanta Indep. Sch. Sys. v. S.F., No. 1:09-CV-2166-RWS (N.D. Ga. Mar. 8, 2010), as a
// case summary reports it (secondary): the Office of State Administrative Hearings' final order
// of Mon 2009-05-11 (date also in the order's own opening, read) was appealed on Mon 2009-08-10,
// within IDEA's 90 days. 5/11 + 90 = Sun 2009-08-09 (May 12-31 = 20, Jun = 50, Jul = 81,
// Aug 1-9 = 90): the page shows the 90th day as it falls; the filing on Monday 8/10 was in time
// because Fed. R. Civ. P. 6(a)(1)(C) carries a period that ends on a Sunday to the Monday. A
// secondary state rule is not verified: it is marked so, and equal to the federal rule it moves
// no date. The earliest date is the 30-day reading of O.C.G.A. 50-13-19(b) (interpretive, see
// the next test), counted from the decision while its mailing is not entered: May 12-31 (20),
// Jun 1-10 (30) = Wed 2009-06-10.
#[test]
fn georgia_ninety_days_as_a_court_summary_reports_them() {
    let t = run(&case("US-GA", &[(E::DecisionIssued, "2009-05-11")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2009-08-09"));
    assert_eq!(source(&t, D::CivilAction), RuleSource::StateUnverified);
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2009-06-10"));
}

// Source: O.C.G.A. 50-13-19(b) (Justia, 2020 Code): a petition for review "within 30 days after
// the service of the final decision"; 50-13-20.1 reviews an administrative law judge's final
// decision the same way. That these 30 days bind an IDEA action in a Georgia court is a reading
// (interpretive). Decision issued and mailed Mon 2026-03-02: Mar 3-31 (29), Apr 1 (30) = Wed
// 2026-04-01, the state-court date and, as the shorter period, the court deadline's earliest
// date; the federal court keeps 90 days from the decision, Sun 2026-05-31.
#[test]
fn georgia_superior_court_30_days_from_the_mailing_as_a_reading() {
    let t = run(&case(
        "US-GA",
        &[
            (E::DecisionIssued, "2026-03-02"),
            (E::DecisionMailed, "2026-03-02"),
        ],
    ));
    state_court_apart(
        &t,
        "2026-04-01",
        RuleSource::StateUnverified,
        "2026-05-31",
        "2026-04-01",
    );
}

/// The "counted from" line of a deadline's card, in English.
fn counted_from_line(t: &Timeline, id: D) -> String {
    use due_process_calculator::explain::{LineKind, card_lines};
    let d = t.get(id).expect("every deadline is listed");
    card_lines(due_process_calculator::i18n::Lang::En.text(), d)
        .into_iter()
        .find(|l| l.kind == LineKind::CountedFrom)
        .map(|l| l.text)
        .unwrap_or_else(|| panic!("{id:?} has no counted-from line"))
}

// Source: O.C.G.A. 50-13-19(b) (30 days after service, counted from the mailing). Only the
// decision's date entered (Tue 2026-11-24): the state-court date is counted from it, 11/24 + 30
// = Thu 12/24, and the card names the date it counted from, the decision's, as its note does,
// not the mailing the rule names. Once the mailing (Wed 11/25) is entered: 12/25, from it.
#[test]
fn a_date_counted_from_the_decision_as_a_stand_in_says_so_on_its_card() {
    let t = run(&case("US-GA", &[(E::DecisionIssued, "2026-11-24")]));
    assert_eq!(
        date(&t, D::CivilActionStateCourt).as_deref(),
        Some("2026-12-24")
    );
    assert_eq!(
        counted_from_line(&t, D::CivilActionStateCourt),
        "Counted from the date of the decision."
    );
    let t = run(&case(
        "US-GA",
        &[
            (E::DecisionIssued, "2026-11-24"),
            (E::DecisionMailed, "2026-11-25"),
        ],
    ));
    assert_eq!(
        date(&t, D::CivilActionStateCourt).as_deref(),
        Some("2026-12-25")
    );
    assert_eq!(
        counted_from_line(&t, D::CivilActionStateCourt),
        "Counted from the day the decision was mailed."
    );
}

// Source: Alaska Stat. 14.30.193(f) (UniCourt cic-code-ak, release 82, read): the hearing
// officer's decision is a final administrative order, appealed to the superior court as
// 44.62.560 provides; Alaska R. App. P. 602(a)(2) (casetext, amended through March 21, 2024):
// an appeal from an agency "within 30 days from the date that the decision appealed from is
// mailed or otherwise distributed". Which text governs, and whether it also binds a federal
// action, are readings (interpretive). Decision issued Mon 2026-03-02, mailed Wed 2026-03-04:
// Mar 5-31 (27), Apr 1-3 (30) = Fri 2026-04-03, the state-court date and the court deadline's
// earliest; the federal court keeps 90 days from the decision, Sun 2026-05-31. Alaska has no
// state review: 14.30.193(e) makes the decision final unless appealed.
#[test]
fn alaska_superior_court_30_days_from_the_mailing_as_a_reading() {
    let t = run(&case(
        "US-AK",
        &[
            (E::DecisionIssued, "2026-03-02"),
            (E::DecisionMailed, "2026-03-04"),
        ],
    ));
    state_court_apart(
        &t,
        "2026-04-03",
        RuleSource::StateUnverified,
        "2026-05-31",
        "2026-04-03",
    );
    assert_eq!(
        status(&t, D::StateReviewRequest),
        Status::NotApplicable(NotApplicable::OneTier)
    );
}

// Source: R.I. Gen. Laws 42-35-15(b) (the legislature's page, read in round 17): review "within
// thirty (30) days after mailing notice of the final decision of the agency". Rhode Island's
// regulation changes 34 CFR 300.516(b) in a text not reached, so that these 30 days govern a
// special-education decision, in state or federal court (as Ana C., 1st Cir. 1997, held before
// 2004), is a reading (interpretive). Issued Mon 2026-03-02, mailed Wed 2026-03-04: Mar 5-31
// (27), Apr 1-3 (30) = Fri 2026-04-03, the state-court date and the court deadline's earliest;
// the federal 90 days from the decision stay primary, Sun 2026-05-31.
#[test]
fn rhode_island_thirty_days_after_mailing_as_a_reading() {
    let t = run(&case(
        "US-RI",
        &[
            (E::DecisionIssued, "2026-03-02"),
            (E::DecisionMailed, "2026-03-04"),
        ],
    ));
    state_court_apart(
        &t,
        "2026-04-03",
        RuleSource::StateUnverified,
        "2026-05-31",
        "2026-04-03",
    );
}

// Source: the checks of round 15 (issue 23), each naming the provision read: Alaska Stat.
// 14.30.193(e), (f) (no state review); Ark. Code Ann. 6-41-216(g) as quoted in Brittany O.
// (8th Cir. 2017) (no state review, one period for any court); Haw. Code R. 8-60-65(b),
// 8-60-70(b) (no state review, one period for state and federal court); Kan. Admin. Regs.
// 91-40-41 (no reimbursement claim period) and Kan. Stat. 35-107(a) (holidays read: the federal
// list with Columbus Day). Those fields are no longer among the ones the page names as not
// checked. Placed Mon 2025-08-18 in Kansas: no claim limit applies.
#[test]
fn round_15_checks_of_alaska_arkansas_hawaii_and_kansas() {
    use due_process_calculator::rules::Field;
    let checked = [
        ("US-AK", Field::StateReview),
        ("US-AK", Field::StateCourt),
        ("US-AK", Field::Court),
        ("US-AR", Field::StateReview),
        ("US-AR", Field::StateCourt),
        ("US-HI", Field::StateReview),
        ("US-HI", Field::StateCourt),
        ("US-HI", Field::HearingOffice),
        ("US-KS", Field::Reimbursement),
        ("US-KS", Field::Holidays),
    ];
    for (code, field) in checked {
        let (pack, fallback) = due_process_calculator::rules::pack_for(
            due_process_calculator::engine::case::Jurisdiction::parse(code).expect("state"),
        );
        assert!(!fallback, "{code}");
        assert!(!pack.unchecked().any(|f| f == field), "{code}: {field:?}");
    }
    let t = run(&case(
        "US-KS",
        &[(E::PrivatePlacementStarted, "2025-08-18")],
    ));
    assert_eq!(
        status(&t, D::ReimbursementClaimLimit),
        Status::NotApplicable(NotApplicable::NoReimbursementLimit)
    );
    for code in ["US-AR", "US-HI"] {
        let t = run(&case(code, &[(E::DecisionIssued, "2025-10-01")]));
        assert_eq!(
            status(&t, D::StateReviewRequest),
            Status::NotApplicable(NotApplicable::OneTier),
            "{code}"
        );
    }
}

// Source: the court rules of four packs whose own period may bind an IDEA action in federal
// court too (20 U.S.C. 1415(i)(2)(B) defers to a state's explicit time limit): Conn. Gen. Stat.
// 4-183(c)(1), 45 days after mailing, which P.M.B. v. Ridgefield (2d Cir. 2019) applies to IDEA
// actions in federal court; R.I. Gen. Laws 42-35-15(b), 30 days after mailing, which Providence
// Sch. Dep't v. Ana C. (1st Cir. 1997) borrowed; Alaska R. App. P. 602(a)(2), 30 days from the
// mailing, "also" binding a federal action as a reading; Ariz. Admin. Code R7-2-405(H)(8), 35
// days from receipt (unverified). None is verified, so the federal-court line keeps federal law's
// 90 days from the decision, Mon 2026-03-02 + 90 = Sun 5/31 (Mar 3-31 = 29, Apr 30 = 59, May
// 1-31 = 90), and shows the state's as its earliest date, as the court card does. Mailed Wed
// 3/4: + 45 = Sat 4/18 (Mar 5-31 = 27, Apr 1-18 = 45); + 30 = Fri 4/3 (27 + Apr 1-3). Received
// Fri 3/6: + 35 = Fri 4/10 (Mar 7-31 = 25, Apr 1-10 = 35).
#[test]
fn a_state_period_that_may_bind_a_federal_action_gives_the_federal_court_line_its_earliest_date() {
    for (code, earliest_day) in [
        ("US-CT", "2026-04-18"),
        ("US-RI", "2026-04-03"),
        ("US-AK", "2026-04-03"),
        ("US-AZ", "2026-04-10"),
    ] {
        let t = run(&case(
            code,
            &[
                (E::DecisionIssued, "2026-03-02"),
                (E::DecisionMailed, "2026-03-04"),
                (E::DecisionReceived, "2026-03-06"),
            ],
        ));
        assert_eq!(
            date(&t, D::CivilActionFederalCourt).as_deref(),
            Some("2026-05-31"),
            "{code}"
        );
        assert_eq!(
            earliest(&t, D::CivilActionFederalCourt).as_deref(),
            Some(earliest_day),
            "{code}"
        );
        // The court card speaks for every court: its earliest date is the federal-court line's,
        // or the state court's where that is sooner (Arizona: A.R.S. 12-904(A), 35 days from the
        // mailing, Wed 3/4 + 35 = Wed 4/8: Mar 5-31 = 27, Apr 1-8 = 35).
        let every_court = if code == "US-AZ" {
            Some("2026-04-08")
        } else {
            Some(earliest_day)
        };
        assert_eq!(
            earliest(&t, D::CivilAction).as_deref(),
            every_court,
            "{code}: the court card's earliest date"
        );
        assert_ne!(source(&t, D::CivilActionFederalCourt), RuleSource::State);
    }
}

// Source: issue 20 (one date story) and contract section 4 (the family's deadlines sit on their
// earliest date). The court card is the last day to appeal to "state or federal court": where a
// state court's own period ends before every date the card gives, the card shows it as a reading,
// so its "act by" day never falls after the state-court line's. Arizona: A.R.S. 12-904(A), 35
// days from the mailing (interpretive), beside the court card's federal 90 days from the decision
// and R7-2-405(H)(8)'s 35 days from receipt (unverified). Decision Mon 2026-03-02, mailed Wed 3/4
// (+ 35 = Wed 4/8: Mar 5-31 = 27, Apr 1-8 = 35), received Fri 3/6 (+ 35 = Fri 4/10). Virginia's
// state court (Va. Code 22.1-214(D), 180 days from the decision) ends after the federal 90 days:
// nothing is added there. Without the mailing date, Arizona's state court is counted from the
// decision date, as on its own line: Mon 3/2 + 35 = Mon 4/6 (Mar 3-31 = 29, Apr 1-6 = 35).
#[test]
fn the_court_card_is_never_later_than_a_sooner_state_court() {
    let az = run(&case(
        "US-AZ",
        &[
            (E::DecisionIssued, "2026-03-02"),
            (E::DecisionMailed, "2026-03-04"),
            (E::DecisionReceived, "2026-03-06"),
        ],
    ));
    assert_eq!(
        date(&az, D::CivilActionStateCourt).as_deref(),
        Some("2026-04-08")
    );
    assert!(
        readings(&az, D::CivilAction)
            .contains(&(ReadingKind::StateCourtPeriod, "2026-04-08".to_string())),
        "{:?}",
        readings(&az, D::CivilAction)
    );
    assert_eq!(earliest(&az, D::CivilAction).as_deref(), Some("2026-04-08"));
    assert!(
        !readings(&az, D::CivilActionFederalCourt)
            .iter()
            .any(|(k, _)| *k == ReadingKind::StateCourtPeriod),
        "the federal-court line keeps its own readings"
    );
    let va = run(&case("US-VA", &[(E::DecisionIssued, "2026-03-02")]));
    assert_eq!(
        date(&va, D::CivilActionStateCourt).as_deref(),
        Some("2026-08-29")
    );
    assert!(
        !readings(&va, D::CivilAction)
            .iter()
            .any(|(k, _)| *k == ReadingKind::StateCourtPeriod),
        "{:?}",
        readings(&va, D::CivilAction)
    );
    let az_unmailed = run(&case("US-AZ", &[(E::DecisionIssued, "2026-03-02")]));
    assert_eq!(
        earliest(&az_unmailed, D::CivilAction).as_deref(),
        Some("2026-04-06")
    );
}

// Source: Mo. Rev. Stat. 162.962(3) (state court, 45 days after receipt; "federal court as
// federal law allows"): Missouri's period binds only its own courts, so the federal-court line
// has federal law's date alone, decision Mon 2026-03-02 + 90 = Sun 5/31, and no earlier one.
#[test]
fn a_state_court_only_period_leaves_the_federal_court_line_alone() {
    let t = run(&case(
        "US-MO",
        &[
            (E::DecisionIssued, "2026-03-02"),
            (E::DecisionReceived, "2026-03-06"),
        ],
    ));
    assert_eq!(
        date(&t, D::CivilActionFederalCourt).as_deref(),
        Some("2026-05-31")
    );
    assert_eq!(
        earliest(&t, D::CivilActionFederalCourt).as_deref(),
        Some("2026-05-31")
    );
}

// Source: Neb. Rev. Stat. 84-917(2)(a)(i) (30 days after service of the decision; interpretive),
// counted from the mailing, never later than service by mail. Decision Wed 2025-10-01, mailed
// Fri 10/3: Oct 4-31 (28), Nov 1-2 (30) = Sun 11/2, the court card's earliest date; the federal
// 90 days from the decision (12/30) stay primary. Mailing not entered: from the decision date,
// Oct 2-31 (30) = Fri 10/31.
#[test]
fn nebraska_thirty_days_after_service_counted_from_mailing() {
    let t = run(&case(
        "US-NE",
        &[
            (E::DecisionIssued, "2025-10-01"),
            (E::DecisionMailed, "2025-10-03"),
        ],
    ));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-11-02"));
    let t = run(&case("US-NE", &[(E::DecisionIssued, "2025-10-01")]));
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2025-12-30"));
    assert_eq!(earliest(&t, D::CivilAction).as_deref(), Some("2025-10-31"));
}

// Source: 16 Vt. Stat. 2957(a) ("within two years of the alleged violation or within two years of
// the date the alleged violation is or reasonably should have been discovered"): the verified date
// counts from discovery, and the reading from the violation itself can only be counted once its
// day is entered. Until then the card says an earlier date may follow from it; knew Wed 2025-03-10
// + 2 years = Wed 2027-03-10. With the act on Wed 2025-01-15 entered, the reading gives Fri
// 2027-01-15, the earliest date, and the note is gone.
#[test]
fn a_reading_from_the_act_not_yet_entered_is_announced_on_the_card() {
    let knew_only = run_on(
        &case("US-VT", &[(E::KnewOfProblem, "2025-03-10")]),
        "2026-12-07",
    );
    assert_eq!(
        date(&knew_only, D::FilingLimit).as_deref(),
        Some("2027-03-10")
    );
    let d = knew_only.get(D::FilingLimit).expect("listed");
    assert!(
        d.notes.contains(&Note::ActDateMayGiveEarlier),
        "{:?}",
        d.notes
    );
    let both = run_on(
        &case(
            "US-VT",
            &[
                (E::KnewOfProblem, "2025-03-10"),
                (E::ActOrOmission, "2025-01-15"),
            ],
        ),
        "2026-12-07",
    );
    assert_eq!(
        earliest(&both, D::FilingLimit).as_deref(),
        Some("2027-01-15")
    );
    let d = both.get(D::FilingLimit).expect("listed");
    assert!(!d.notes.contains(&Note::ActDateMayGiveEarlier));
}

// Source: 14 Del. Admin. Code 926-7.2 ("a violation that occurred not more than 2 years before the
// date the parent or public agency knew or should have known"), 511 Ind. Admin. Code 7-45-3(c)
// and N.Y. Educ. Law 4404(1)(a): look-back words, read as a two-year filing limit, so labelled as
// a reading (interpretive), as 34 CFR 300.507(a)(2)'s same words are beside 300.511(e)'s limit.
// Knew 2024-03-15 + 2 years = 2026-03-15 in each; federal law's date stays primary, the state's
// reading beside it on the same day.
#[test]
fn look_back_words_are_labelled_as_a_reading_of_a_two_year_limit() {
    for code in ["US-DE", "US-IN", "US-NY"] {
        let t = run(&case(code, &[(E::KnewOfProblem, "2024-03-15")]));
        assert_eq!(
            date(&t, D::FilingLimit).as_deref(),
            Some("2026-03-15"),
            "{code}"
        );
        assert_eq!(
            source(&t, D::FilingLimit),
            RuleSource::StateUnverified,
            "{code}"
        );
        let filing = t.get(D::FilingLimit).expect("listed");
        assert!(
            filing.readings.iter().any(|r| r.status
                == due_process_calculator::rules::Verification::Interpretive
                && r.count.date.to_string() == "2026-03-15"),
            "{code}: {:?}",
            filing.readings
        );
    }
}

// Source: 8 NYCRR 279.2(b) and 279.4(a) as above, and the QA walk of 2026-12-07: once the review
// decision is entered, the review was asked for, so its request and notice are the family's steps
// taken, not missed deadlines: no day to act by, a "done" note, no calendar event. Decision
// 2026-10-01: notice by Mon 10/26 (Oct 2-26 = 25), request by Mon 11/10 (Oct 2-31 = 30, Nov 1-10
// = 40); review decision 2026-11-20; today 2026-12-07.
#[test]
fn a_review_decision_shows_the_review_was_asked_for() {
    let t = run_on(
        &case(
            "US-NY",
            &[
                (E::DecisionIssued, "2026-10-01"),
                (E::ReviewDecisionIssued, "2026-11-20"),
            ],
        ),
        "2026-12-07",
    );
    for id in [D::StateReviewRequest, D::StateReviewNotice] {
        let d = t.get(id).expect("listed");
        assert!(d.taken, "{id}");
        assert_eq!(d.act_by, None, "{id}");
        assert!(d.notes.contains(&Note::StepTaken), "{id}");
        assert_eq!(due_process_calculator::ics::deadlines::event_date(d), None);
    }
    assert_eq!(
        date(&t, D::StateReviewNotice).as_deref(),
        Some("2026-10-26")
    );
    assert_eq!(
        date(&t, D::StateReviewRequest).as_deref(),
        Some("2026-11-10")
    );
    // Without the review decision, the request is still the family's to make by its date.
    let t = run_on(
        &case("US-NY", &[(E::DecisionIssued, "2026-10-01")]),
        "2026-10-05",
    );
    let request = t.get(D::StateReviewRequest).expect("listed");
    assert!(!request.taken);
    assert!(request.act_by.is_some());
}

// Source: issue 20 (one date story per card) and the QA walk of 2026-12-07. Georgia, decision
// and mailing Mon 2026-11-02: the court card's date is federal law's 90 days, Sun 2027-01-31
// (Nov 3-30 = 28, Dec 31 = 59, Jan 1-31 = 90); its earliest reading is the state court's 30 days
// from the mailing (O.C.G.A. 50-13-19(b)), Wed 2026-12-02, the act-by day. On 2026-12-07 that day
// has passed and the card's date has not: the card says so, and its weekend warning (Jan 31 is a
// Sunday) does not give Dec 2 as the safe day for a Sunday it has nothing to do with.
#[test]
fn a_passed_act_by_day_under_a_later_date_says_time_may_remain() {
    use due_process_calculator::explain::{LineKind, card_lines};
    use due_process_calculator::i18n::Lang;
    let t = run_on(
        &case(
            "US-GA",
            &[
                (E::DecisionIssued, "2026-11-02"),
                (E::DecisionMailed, "2026-11-02"),
            ],
        ),
        "2026-12-07",
    );
    let d = t.get(D::CivilAction).expect("court card");
    assert_eq!(date(&t, D::CivilAction).as_deref(), Some("2027-01-31"));
    assert_eq!(
        d.act_by.map(|a| a.to_string()).as_deref(),
        Some("2026-12-02")
    );
    for lang in [Lang::En, Lang::Es] {
        let lines = card_lines(lang.text(), d);
        let flag: Vec<&str> = lines
            .iter()
            .filter(|l| l.kind == LineKind::DayFlag)
            .map(|l| l.text.as_str())
            .collect();
        // No flag: the court note says what court rules do with a Sunday, and Dec 2 is not
        // offered as the safe day for it.
        assert!(flag.is_empty(), "{flag:?}");
        let passed: Vec<&str> = lines
            .iter()
            .filter(|l| l.kind == LineKind::Note)
            .map(|l| l.text.as_str())
            .filter(|s| (s.contains("has passed") || s.contains("ya pasó")) && s.contains("2027"))
            .collect();
        assert_eq!(
            passed.len(),
            1,
            "{lang:?}: {lines:?}",
            lines = lines.iter().map(|l| &l.text).collect::<Vec<_>>()
        );
        // A day gone by is not called safe.
        assert!(!lines.iter().any(|l| l.kind == LineKind::ActByReason));
    }
    // Before the act-by day, no such line.
    let t = run_on(
        &case(
            "US-GA",
            &[
                (E::DecisionIssued, "2026-11-02"),
                (E::DecisionMailed, "2026-11-02"),
            ],
        ),
        "2026-11-20",
    );
    let d = t.get(D::CivilAction).expect("court card");
    assert!(
        !card_lines(Lang::En.text(), d)
            .iter()
            .any(|l| l.text.contains("That day has passed"))
    );
}

// Source: the QA walk of 2026-12-07 (a Missouri family read that its mediator is "in California ...
// an administrative law judge"); Cal. Educ. Code 56500.3 and OAH's pages (California's mediators
// are its administrative law judges). The mediator item speaks of every state; California's
// words are added only on a California case (ui::checklists::item_text).
#[test]
fn the_mediator_item_is_not_californian_outside_california() {
    use due_process_calculator::checklist::Item;
    use due_process_calculator::i18n::Lang;
    for lang in [Lang::En, Lang::Es] {
        let t = lang.text();
        let item = t.checklist_item(Item::MediationMediator);
        assert!(
            !item.contains("California") && !item.contains("OAH"),
            "{item}"
        );
        let ca = t.mediation_mediator_ca();
        assert!(ca.contains("California") && ca.contains("OAH"), "{ca}");
    }
}
