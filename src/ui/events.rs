//! Step 2: what has happened since the complaint, asked as plain questions in groups. Only the
//! questions that fit the case (who filed, which hearing) are shown.

use leptos::prelude::*;

use super::date_field::DateField;
use super::state::AppState;
use crate::engine::case::{FiledBy, Track};
use crate::engine::ids::EventId as E;
use crate::i18n::Text;

/// The question groups, in the order a case usually unfolds.
fn groups(t: &'static dyn Text) -> [(&'static str, &'static str, &'static [E]); 6] {
    [
        (
            "meeting",
            t.group_meeting(),
            &[
                E::ResolutionWaived,
                E::MediationChosen,
                E::ResolutionMeetingHeld,
                E::DistrictMissedMeeting,
                E::ParentMissedMeeting,
                E::HearingTimelineStarted,
                E::NoAgreementInWriting,
                E::MediationContinuedInWriting,
                E::MediationWithdrawn,
            ],
        ),
        (
            "complaint",
            t.group_complaint(),
            &[E::SufficiencyNoticeReceived, E::AmendedComplaintFiled],
        ),
        (
            "agreements",
            t.group_agreements(),
            &[
                E::SettlementSigned,
                E::MediationAgreementSigned,
                E::SettlementOfferReceived,
            ],
        ),
        (
            "hearing",
            t.group_hearing(),
            &[
                E::HearingStart,
                E::HearingEnded,
                E::DecisionDueExtendedTo,
                E::DecisionIssued,
                E::DecisionMailed,
                E::DecisionReceived,
                E::ReviewDecisionIssued,
            ],
        ),
        (
            "discipline",
            t.group_discipline(),
            &[E::PlacementChangeDecided],
        ),
        (
            "private",
            t.group_private(),
            &[E::PrivatePlacementPlanned, E::PrivatePlacementStarted],
        ),
    ]
}

/// Whether a question fits a case with this filer and track, in a state with or without a
/// state-level review.
fn asked(event: E, filed_by: FiledBy, track: Track, two_tier: bool) -> bool {
    if event == E::ReviewDecisionIssued && !two_tier {
        return false;
    }
    let resolution = matches!(
        event,
        E::ResolutionWaived
            | E::MediationChosen
            | E::ResolutionMeetingHeld
            | E::DistrictMissedMeeting
            | E::ParentMissedMeeting
    );
    let standard_only = matches!(
        event,
        E::HearingTimelineStarted
            | E::NoAgreementInWriting
            | E::MediationContinuedInWriting
            | E::MediationWithdrawn
            | E::DecisionDueExtendedTo
    );
    if filed_by == FiledBy::District && (resolution || standard_only) {
        return false;
    }
    !standard_only || track.has_standard()
}

#[component]
pub fn EventsStep() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    // Only who filed, the track and the state decide which questions show, so typing a date never
    // rebuilds the inputs (and never moves the focus).
    let shape = Memo::new(move |_| {
        state.case.with(|(c, _)| {
            let two_tier = crate::rules::pack_for(c.jurisdiction).0.two_tier;
            (c.filed_by, c.track, two_tier)
        })
    });
    view! {
        <section class="dp-step" aria-labelledby="step-events">
            <h2 id="step-events">{t.step_events()}</h2>
            <p class="dp-help">{t.step_events_help()}</p>
            {move || {
                let (filed_by, track, two_tier) = shape.get();
                groups(t)
                    .into_iter()
                    .filter_map(|(key, title, events)| {
                        let shown: Vec<E> = events.iter().copied().filter(|e| asked(*e, filed_by, track, two_tier)).collect();
                        if shown.is_empty() {
                            return None;
                        }
                        Some(view! {
                            <fieldset class="dp-group" data-group=key>
                                <legend class="dp-group__title">{title}</legend>
                                {shown.into_iter().map(|event| view! { <DateField event=event/> }).collect_view()}
                                {(key == "agreements").then(|| view! { <AgreementNotes/> })}
                            </fieldset>
                        })
                    })
                    .collect_view()
            }}
        </section>
    }
}

/// What a signed agreement means, once one is entered.
#[component]
fn AgreementNotes() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let signed = move || {
        state.case.with(|(c, _)| {
            (
                c.events.get(E::SettlementSigned).is_some(),
                c.events.get(E::MediationAgreementSigned).is_some(),
                c.jurisdiction.state() == Some(*b"CA"),
            )
        })
    };
    let void_day = move || super::checklists::last_day_to_cancel(state);
    let callouts = move || {
        let (resolution, mediation, california) = signed();
        let mut out: Vec<(&'static str, String)> = Vec::new();
        if resolution {
            out.push((
                "resolution-agreement",
                t.agreement_resolution(void_day().as_deref()),
            ));
        }
        if mediation {
            out.push(("mediation-agreement", t.agreement_mediation().to_string()));
        }
        if california && (resolution || mediation) {
            out.push(("board-approval", t.board_approval_ca().to_string()));
        }
        out.into_iter()
            .map(|(hook, text)| view! { <p class="dp-callout" data-callout=hook>{text}</p> })
            .collect_view()
    };
    view! { <div class="dp-callouts" aria-live="polite">{callouts}</div> }
}
