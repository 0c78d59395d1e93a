//! Step 2: what has happened since the complaint, asked as plain questions in groups. Only the
//! questions that fit the case (who filed, which hearing) are shown.

use leptos::prelude::*;

use super::date_field::{DateField, DateSlots};
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
                E::ResolutionMeetingScheduled,
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

/// The dates only some states count from: asked only where the state's rules use them (a date
/// already entered shows anyway, as every question holding one does: see [`EventsStep`]).
const STATE_ONLY: [E; 4] = [
    E::DecisionMailed,
    E::DecisionReceived,
    E::ReviewDecisionIssued,
    E::PrivatePlacementStarted,
];

/// Which of [`STATE_ONLY`] the case's state needs.
fn state_needs(c: &crate::engine::case::Case) -> [bool; STATE_ONLY.len()] {
    let (pack, _) = crate::rules::pack_for(c.jurisdiction);
    STATE_ONLY.map(|e| pack.counts_from(e))
}

/// Whether a question fits a case with this filer and track, in a state that needs it.
fn asked(event: E, filed_by: FiledBy, track: Track, needs: [bool; STATE_ONLY.len()]) -> bool {
    if let Some(i) = STATE_ONLY.iter().position(|e| *e == event)
        && !needs[i]
    {
        return false;
    }
    let resolution = matches!(
        event,
        E::ResolutionWaived
            | E::MediationChosen
            | E::ResolutionMeetingScheduled
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
    // A district's complaint has no resolution process; a hearing officer's extension
    // (300.515(c)) is for either party's complaint.
    if filed_by == FiledBy::District
        && (resolution || (standard_only && event != E::DecisionDueExtendedTo))
    {
        return false;
    }
    !standard_only || track.has_standard()
}

#[component]
pub fn EventsStep() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    // Which questions show: those that fit who filed, the track and the state, and any other that
    // holds a date (entered before the filer, track or state changed), until it is cleared. Typing
    // into a shown question never changes this, so it never rebuilds the inputs (or moves the
    // focus).
    let slots = expect_context::<DateSlots>();
    let shape = Memo::new(move |_| {
        state.case.with(|(c, _)| {
            let needs = state_needs(c);
            E::ALL
                .iter()
                .map(|&e| asked(e, c.filed_by, c.track, needs) || slots.has_text(e))
                .collect::<Vec<bool>>()
        })
    });
    view! {
        <section class="dp-step" aria-labelledby="step-events">
            <h2 id="step-events">{t.step_events()}</h2>
            <p class="dp-help">{t.step_events_help()}</p>
            {move || {
                let shown_now = shape.get();
                groups(t)
                    .into_iter()
                    .enumerate()
                    .filter_map(|(index, (key, title, events))| {
                        let shown: Vec<E> = events.iter().copied().filter(|e| shown_now[e.index()]).collect();
                        if shown.is_empty() {
                            return None;
                        }
                        Some(view! { <QuestionGroup index=index key=key title=title events=shown/> })
                    })
                    .collect_view()
            }}
        </section>
    }
}

/// One group of questions, folded away until it is needed: a phone shows the titles only, so
/// that the timeline is a short scroll from step 1. A group opens by itself when one of its dates
/// is filled (from a link, a draft or a file), and is never closed by the page: it closes only when
/// the parent closes it.
#[component]
fn QuestionGroup(
    index: usize,
    key: &'static str,
    title: &'static str,
    events: Vec<E>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let slots = expect_context::<DateSlots>();
    let watched = events.clone();
    let bit = 1u8 << index;
    // Opened by the family before this drawing (in the other language, or for another filer).
    let remembered = state.open_groups.with_untracked(|g| g & bit != 0);
    // Latched: false until any of the group's dates holds text (one that cannot be read included),
    // then true for good. Once true it reads nothing, so it stops following the case: the page
    // opens a group once and never sets it again (a parent who folds it away keeps it folded).
    let opened = Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(remembered) || watched.iter().any(|&e| slots.has_text(e))
    });
    view! {
        <details
            class="dp-group"
            data-group=key
            prop:open=move || opened.get()
            on:toggle=move |ev| {
                let open = event_target::<web_sys::Element>(&ev).has_attribute("open");
                state.open_groups.update(|g| if open { *g |= bit } else { *g &= !bit });
            }
        >
            <summary class="dp-group__title">{title}</summary>
            <fieldset class="dp-group__fields">
                <legend class="dp-sr-only">{title}</legend>
                {events
                    .into_iter()
                    .map(|event| view! {
                        <DateField event=event/>
                        {(event == E::ResolutionMeetingScheduled).then(|| view! { <ScheduledMeetingCheck/> })}
                    })
                    .collect_view()}
                {(key == "agreements").then(|| view! { <AgreementNotes/> })}
            </fieldset>
        </details>
    }
}

/// Under the scheduled meeting date: whether it falls within the days the law gives for the
/// meeting (the engine compares it with the meeting deadline's date).
#[component]
fn ScheduledMeetingCheck() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let lines = move || {
        state
            .case
            .with(|(c, _)| {
                state
                    .timeline
                    .with(|tl| crate::engine::schedule::scheduled_meetings(c, tl))
            })
            .into_iter()
            .map(|m| {
                let text = t.scheduled_meeting(
                    m.days,
                    &t.date_long(m.scheduled),
                    &t.date_long(m.last_day),
                    m.within,
                );
                let hook = if m.within { "within" } else { "late" };
                view! { <p class="dp-callout" data-meeting-check=hook data-for=m.deadline.as_str()>{text}</p> }
            })
            .collect_view()
    };
    view! { <div class="dp-callouts" aria-live="polite">{lines}</div> }
}

/// What a signed agreement means, once one is entered.
#[component]
fn AgreementNotes() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let signed = Memo::new(move |_| {
        state.case.with(|(c, _)| {
            (
                c.events.get(E::SettlementSigned).is_some(),
                c.events.get(E::MediationAgreementSigned).is_some(),
                c.jurisdiction.state() == Some(*b"CA"),
            )
        })
    });
    let cancel_days = move || super::checklists::cancel_days(state);
    let callouts = move || {
        let (resolution, mediation, california) = signed.get();
        let mut out: Vec<(&'static str, String)> = Vec::new();
        if resolution {
            out.push(("resolution-agreement", {
                let days = cancel_days();
                t.agreement_resolution(days.as_ref().map(|(a, f)| (a.as_str(), f.as_str())))
            }));
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
