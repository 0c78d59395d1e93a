//! "Getting ready for your meetings": the checklists of [`crate::checklist`], ticked items kept
//! with the draft. The list for the family's next meeting opens by itself; it is also the one the
//! printed summary carries.

use leptos::prelude::*;

use super::state::AppState;
use crate::checklist::{self, Item, Meeting};
use crate::engine::ids::DeadlineId;
use crate::ics::deadlines::event_date;

/// The days of a signed resolution agreement, in words, once they are computed: the day to
/// cancel by (the card's act-by day: the earliest reading, contract section 4, the same day as
/// in the calendar file) and the day after which it is final if nobody cancels it (the latest
/// reading, the card's note). 34 CFR 300.510(e); research/round6-date-story.md.
pub fn cancel_days(state: AppState) -> Option<(String, String)> {
    let t = state.text();
    state.timeline.with(|tl| {
        let d = tl.get(DeadlineId::SettlementVoidWindow)?;
        let act_by = event_date(d)?;
        let final_after = d.latest.or(d.date())?;
        Some((t.date_long(act_by), t.date_long(final_after)))
    })
}

/// The words of an item; the cancel window names its computed last day once an agreement is
/// signed; in California the mediation terms add OAH's opening settlement proposal, and the
/// mediator item says who mediates there.
pub fn item_text(state: AppState, item: Item) -> String {
    let t = state.text();
    let california = state
        .case
        .with(|(c, _)| c.jurisdiction.state() == Some(*b"CA"));
    if california && item == Item::MediationTerms {
        return format!("{} {}", t.checklist_item(item), t.mediation_terms_ca());
    }
    if california && item == Item::MediationMediator {
        return format!("{} {}", t.checklist_item(item), t.mediation_mediator_ca());
    }
    if item == Item::ResolutionCancelWindow
        && let Some((act_by, final_after)) = cancel_days(state)
    {
        return t.agreement_resolution(Some((&act_by, &final_after)));
    }
    t.checklist_item(item).to_string()
}

/// The id of a meeting's checklist, for the cards' links.
pub fn anchor(meeting: Meeting) -> String {
    format!("checklist-{}", meeting.as_str())
}

/// The checklist that prepares a deadline's meeting, where one exists.
pub fn meeting_of(id: DeadlineId) -> Option<Meeting> {
    match id {
        DeadlineId::ResolutionMeeting
        | DeadlineId::ExpeditedResolutionMeeting
        | DeadlineId::SettlementVoidWindow => Some(Meeting::ResolutionSession),
        _ => None,
    }
}

/// The items of one meeting that apply to this case (California's only there).
pub fn items_for(state: AppState, meeting: Meeting) -> Vec<Item> {
    let california = state
        .case
        .with(|(c, _)| c.jurisdiction.state() == Some(*b"CA"));
    meeting
        .items()
        .iter()
        .copied()
        .filter(|i| california || !i.california_only())
        .collect()
}

/// One tickable item.
#[component]
fn ChecklistItem(item: Item, ticked: Memo<Vec<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = format!("dp-check-{}", item.as_str());
    let ticked = move || ticked.with(|t| t.iter().any(|i| i == item.as_str()));
    view! {
        <li class="dp-check">
            <input
                type="checkbox"
                id=id.clone()
                data-check=item.as_str()
                prop:checked=ticked
                disabled=move || state.read_only.get()
                on:change=move |ev| state.file.update(|f| checklist::set(f, item, event_target_checked(&ev)))
            />
            <label for=id>{move || item_text(state, item)}</label>
        </li>
    }
}

#[component]
pub fn MeetingChecklists() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let next = Memo::new(move |_| state.case.with(|(c, _)| checklist::next_meeting(c)));
    // One reading of the ticks for all the boxes: a date typed wakes none of them.
    let ticked = Memo::new(move |_| state.file.with(checklist::ticked));
    view! {
        <section class="dp-step dp-checklists" aria-labelledby="checklists-heading">
            <h2 id="checklists-heading">{t.checklists_heading()}</h2>
            <p class="dp-help">{t.checklists_help()}</p>
            {Meeting::ALL
                .into_iter()
                .map(|meeting| {
                    // Rebuilt only when the list itself changes (a move to or from California),
                    // not on every date typed.
                    let items = Memo::new(move |_| items_for(state, meeting));
                    view! {
                        <details class="dp-checklist" id=anchor(meeting) data-checklist=meeting.as_str() prop:open=move || next.get() == Some(meeting)>
                            <summary>{t.meeting_title(meeting)}</summary>
                            <ul class="dp-check-list">
                                {move || {
                                    items
                                        .get()
                                        .into_iter()
                                        .map(|item| view! { <ChecklistItem item=item ticked=ticked/> })
                                        .collect_view()
                                }}
                            </ul>
                        </details>
                    }
                })
                .collect_view()}
        </section>
    }
}
