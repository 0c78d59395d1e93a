//! One dated question: a labelled date input bound to one event of the case, with its help text
//! and any problem with the date tied to it.

use leptos::prelude::*;

use super::state::AppState;
use crate::case::FieldProblem;
use crate::engine::ids::EventId;

#[component]
pub fn DateField(event: EventId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let id = format!("ev-{}", event.as_str());
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let value = move || state.file.with(|f| f.event_text(event).to_string());
    let error = move || {
        let bad = state.case.with(|(_, problems)| {
            problems.iter().find_map(|p| match p {
                FieldProblem::BadDate { event: e, raw } if *e == event => Some(t.bad_date(raw)),
                _ => None,
            })
        });
        bad.or_else(|| {
            state.timeline.with(|tl| {
                tl.issues
                    .iter()
                    .find(|i| i.event() == Some(event))
                    .map(|i| t.issue(i))
            })
        })
    };
    let has_value = Memo::new(move |_| state.file.with(|f| !f.event_text(event).is_empty()));
    let set = move |raw: String| state.file.update(|f| f.set_event(event, &raw));
    let described_by = format!("{help_id} {error_id}");
    view! {
        <div class="dp-field" class:dp-field--error=move || error().is_some()>
            <label for=id.clone() class="dp-label">{t.event_question(event)}</label>
            <p id=help_id class="dp-help">{t.event_help(event)}</p>
            <div class="dp-field__row">
                <input
                    type="date"
                    id=id
                    class="dp-input"
                    min="1990-01-01"
                    max="2100-12-31"
                    data-event=event.as_str()
                    aria-describedby=described_by
                    aria-invalid=move || if error().is_some() { "true" } else { "false" }
                    prop:value=value
                    on:input=move |ev| set(event_target_value(&ev))
                    on:change=move |ev| set(event_target_value(&ev))
                />
                {move || has_value.get().then(|| view! {
                    <button type="button" class="dp-button dp-button--quiet" on:click=move |_| set(String::new())>
                        {t.clear_date()}
                        <span class="dp-sr-only">": " {t.event_question(event)}</span>
                    </button>
                })}
            </div>
            <p id=error_id class="dp-error" aria-live="polite">{move || error()}</p>
        </div>
    }
}
