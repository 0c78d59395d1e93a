//! The printed summary: on paper (or as a PDF) the case facts, the timeline with its dates,
//! arithmetic and citations, the checklist for the next meeting, and the notice in the footer;
//! no controls or empty sections. "Printable summary" shows on screen what will be printed; the
//! browser's own print command gets the same layout.

use leptos::ev;
use leptos::prelude::*;

use super::checklists::{item_text, items_for};
use super::state::AppState;
use crate::checklist::{self, Item};
use crate::engine::case::{Case, FiledBy, Jurisdiction, Track};
use crate::engine::ids::EventId;
use crate::i18n::Text;
use crate::web;

/// The class on `<html>` that switches the page to its print layout.
const PRINTING: &str = "dp-printing";
/// With it, the print layout fits one page for the meeting: each deadline in a line or two (its
/// date, whose it is, the day to act by, the rule), without the arithmetic and other readings.
const BRIEF: &str = "dp-print-brief";

/// The print layout follows the browser's print command too (Ctrl+P, the share menu).
pub fn follow_print_command() {
    let state = expect_context::<AppState>();
    let before = window_event_listener(ev::Custom::<ev::Event>::new("beforeprint"), move |_| {
        // Printed before the rest of the page was drawn: draw it now, for the paper.
        state.rest_drawn.set(true);
        web::set_root_class(PRINTING, true)
    });
    let after = window_event_listener(ev::Custom::<ev::Event>::new("afterprint"), |_| {
        web::set_root_class(PRINTING, false)
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
        web::set_root_class(PRINTING, false);
        web::set_root_class(BRIEF, false);
    });
}

/// The buttons: open the summary; then print it, or go back.
#[component]
pub fn PrintControls() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let preview = RwSignal::new(false);
    let brief = RwSignal::new(false);
    let show = move |on: bool| {
        preview.set(on);
        web::set_root_class(PRINTING, on);
        if !on {
            brief.set(false);
            web::set_root_class(BRIEF, false);
        }
        web::focus_soon(if on { "dp-print-now" } else { "dp-print-open" });
    };
    let toggle_brief = move |_| {
        let on = !brief.get_untracked();
        brief.set(on);
        web::set_root_class(BRIEF, on);
    };
    view! {
        <div class="dp-print-controls dp-no-print">
            {move || if preview.get() {
                view! {
                    <div class="dp-actions dp-print-toolbar" role="group" aria-label=t.print_open()>
                        <button type="button" id="dp-print-now" class="dp-button" data-action="print" on:click=move |_| web::print()>{t.print_now()}</button>
                        <button type="button" class="dp-button dp-button--quiet" data-action="print-brief" aria-pressed=move || brief.get().to_string() on:click=toggle_brief>{t.print_brief()}</button>
                        <button type="button" class="dp-button dp-button--quiet" data-action="print-close" on:click=move |_| show(false)>{t.print_close()}</button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" id="dp-print-open" class="dp-button dp-button--quiet" data-action="print-view" on:click=move |_| show(true)>{t.print_open()}</button>
                }.into_any()
            }}
        </div>
    }
}

/// What only paper shows: the heading, the date printed, and the case facts; then, after the
/// timeline, the checklist of the next meeting.
#[component]
pub fn PrintFacts() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    // The rows, worked out once per change of the case; a new date rewrites the rows' text (a list
    // keyed by row kept about 100 bytes of memory per change: benches/page.mjs, memory).
    let facts = Memo::new(move |_| state.case.with(|(case, _)| fact_rows(t, case)));
    let title = Memo::new(move |_| state.file.with(|f| f.title.trim().to_string()));
    let titled = Memo::new(move |_| title.with(|x| !x.is_empty()));
    view! {
        <section class="dp-print-only dp-print-facts" data-print="facts">
            <h2>{t.print_heading()}</h2>
            {move || titled.get().then(|| view! { <p class="dp-print-title">{move || title.get()}</p> })}
            <p>{t.printed_on(&t.date_long(state.today))}</p>
            <h3>{t.facts_heading()}</h3>
            <dl class="dp-facts">
                {move || facts.get().into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
            </dl>
        </section>
    }
}

/// The case facts a printed page lists: the state, who filed, the track, then each date entered.
fn fact_rows(t: &'static dyn Text, case: &Case) -> Vec<(String, String)> {
    let place = match case.jurisdiction {
        Jurisdiction::Federal => t.federal_only().to_string(),
        Jurisdiction::State(code) => t
            .state_name(std::str::from_utf8(&code).unwrap_or(""))
            .to_string(),
    };
    let filed = match case.filed_by {
        FiledBy::Parent => t.filed_by_parent(),
        FiledBy::District => t.filed_by_district(),
    };
    let track = match case.track {
        Track::Standard => t.track_standard(),
        Track::Expedited => t.track_expedited(),
        Track::Dual => t.track_dual(),
    };
    let mut rows = vec![
        (t.state_label().to_string(), place),
        (t.filed_by_legend().to_string(), filed.to_string()),
        (t.track_legend().to_string(), track.to_string()),
    ];
    rows.extend(EventId::ALL.iter().filter_map(|e| {
        case.events.get(*e).map(|d| {
            (
                crate::letter_case::capitalized(t.event_name(*e)),
                t.date_long(d),
            )
        })
    }));
    rows
}

/// The next meeting's checklist, ticks shown as boxes.
#[component]
pub fn PrintChecklist() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    // Which items show and which are ticked; a date typed redraws nothing unless that changes.
    let content = Memo::new(move |_| {
        let meeting = state.case.with(|(c, _)| checklist::next_meeting(c))?;
        let ticked = state.file.with(checklist::ticked);
        let items: Vec<(Item, bool)> = items_for(state, meeting)
            .into_iter()
            .map(|item| (item, ticked.iter().any(|i| i == item.as_str())))
            .collect();
        Some((meeting, items))
    });
    move || {
        let (meeting, items) = content.get()?;
        let items = items
            .into_iter()
            .map(|(item, ticked)| {
                let mark = if ticked { "☑" } else { "☐" };
                view! { <li><span aria-hidden="true">{mark}" "</span>{move || item_text(state, item)}</li> }
            })
            .collect_view();
        Some(view! {
            <section class="dp-print-only dp-print-checklist" data-print="checklist">
                <h2>{t.meeting_title(meeting)}</h2>
                <ul class="dp-check-list">{items}</ul>
            </section>
        })
    }
}
