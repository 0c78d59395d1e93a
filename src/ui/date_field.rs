//! One dated question: a labelled date input bound to one event of the case, with its help text
//! and any problem with the date tied to it.

use leptos::prelude::*;

use super::Slots;
use super::state::AppState;
use crate::case::{FieldProblem, parse_date};
use crate::engine::ids::EventId;
use crate::i18n::typed_date::{self, DateOrder, TypedProblem};
use crate::web;

/// What every date box shows, kept by one effect each for the whole page (see [`Slots`]).
#[derive(Clone, Copy)]
pub struct DateSlots {
    /// The text of each event, as the case file has it.
    values: Slots<String>,
    /// The problem with each event's date, if any: a date that cannot be read first, then the
    /// first of the timeline's issues that names the event.
    errors: Slots<String>,
}

impl DateSlots {
    /// Whether the case file holds any text for `event`, a date that cannot be read included
    /// (tracked).
    pub fn has_text(self, event: EventId) -> bool {
        self.values
            .get(event.index())
            .with(|v| v.as_deref().is_some_and(|text| !text.trim().is_empty()))
    }
}

/// What a typed-date box shows for the case file's `text`: a date the file holds, written in the
/// page's order; anything else as it is.
fn box_text(text: &str, order: DateOrder) -> String {
    parse_date(text)
        .map(|d| typed_date::write(d, order))
        .unwrap_or_else(|| text.to_string())
}

/// Makes the date boxes' slots for the page in the current language, for [`DateField`]s below.
pub fn provide_slots(state: AppState) {
    let t = state.text();
    let order = state.date_order();
    let values = Slots::new(EventId::ALL.len(), move |put| {
        state.file.with(|f| {
            for (key, text) in &f.events {
                if let Some(event) = EventId::parse(key) {
                    put(event.index(), text);
                }
            }
        })
    });
    let typed = state.typed_dates;
    let errors = Slots::new(EventId::ALL.len(), move |put| {
        // In typed mode the line under the box already says what could not be read.
        if !typed.get() {
            state.case.with(|(_, problems)| {
                for p in problems {
                    if let FieldProblem::BadDate { event, raw } = p {
                        put(event.index(), &t.bad_date(raw, order));
                    }
                }
            });
        }
        state.timeline.with(|tl| {
            for issue in &tl.issues {
                if let Some(event) = issue.event() {
                    put(event.index(), &t.issue(issue));
                }
            }
        });
    });
    provide_context(DateSlots { values, errors });
}

#[component]
pub fn DateField(event: EventId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let id = format!("ev-{}", event.as_str());
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let slots = expect_context::<DateSlots>();
    let value_slot = slots.values.get(event.index());
    let value = move || value_slot.get().unwrap_or_default();
    let typed = state.typed_dates;
    let order = state.date_order();
    // What the family typed, in typed mode (the file keeps the ISO date once it is read).
    let raw = RwSignal::new(
        state
            .file
            .with_untracked(|f| box_text(f.event_text(event), order)),
    );
    // The case can change from elsewhere: a date picked before typed mode was turned on, another
    // draft, a file, another tab. The box then shows the case's date, unless it already says that
    // date (so what the family is typing stays as typed).
    Effect::new(move |_| {
        let text = value_slot.get().unwrap_or_default();
        let same = raw.with_untracked(|shown| match parse_date(&text) {
            Some(d) => typed_date::read(shown, order).ok() == Some(d),
            None => shown.trim() == text.trim(),
        });
        if !same {
            raw.set(box_text(&text, order));
        }
    });
    let echo_id = format!("{id}-read");
    let error = slots.errors.get(event.index());
    let has_error = move || error.with(Option::is_some);
    let has_value = Memo::new(move |_| value_slot.with(Option::is_some));
    // Browsers send `input` and then `change` for one pick: the second, with the same date, must
    // not set the whole page checking for changes again.
    let set = move |text: String| {
        if state
            .file
            .with_untracked(|f| f.event_text(event) != text.trim())
        {
            state.file.update(|f| f.set_event(event, &text));
        }
    };
    // A date box's year typed with keys passes through 0002, 0020 and 0202 on its way to 2025:
    // those wait until the last digit or until the box is left, so that the timeline and the
    // message under the box do not change (and a screen reader speak) at every digit.
    let pick = move |text: String| {
        if !year_being_typed(&text) {
            set(text)
        }
    };
    // What cannot be read yet is said once typing pauses or the box is left, not at every key: a
    // date typed in full passes through "8", "8/2" and "8/29/202", none of them a date. What can
    // be read is echoed at once. (The timer is made at the first key typed.)
    let typing_here = Memo::new(move |_| state.typing.get() == Some(event));
    let paused = move || !typing_here.get();
    let pause = StoredValue::new_local(None::<web::Debounce>);
    // Typing ends here when it pauses, when the box is left, and when the box is redrawn (in the
    // other language) mid-typing, so that the page is never left waiting for it.
    let stop = move || {
        pause.try_with_value(|p| p.as_ref().map(web::Debounce::cancel));
        if state.typing.try_get_untracked().flatten() == Some(event) {
            state.typing.try_set(None);
        }
    };
    on_cleanup(stop);
    let typing = move || {
        if state.typing.get_untracked() != Some(event) {
            state.typing.set(Some(event));
        }
        pause.update_value(|p| {
            p.get_or_insert_with(|| web::Debounce::new(web::TYPING_PAUSE_MS, stop))
                .restart()
        });
    };
    let unreadable = move || {
        paused() && typed_date::read(&raw.get(), order).is_err_and(|p| p != TypedProblem::Empty)
    };
    let set_typed = move |text: String| {
        typing();
        match typed_date::read(&text, order) {
            Ok(d) => set(d.to_string()),
            Err(TypedProblem::Empty) => set(String::new()),
            // Kept as typed, so nothing is lost; the engine ignores it and the page says why.
            Err(_) => set(text.clone()),
        }
        raw.set(text);
    };
    let echo = move || match typed_date::read(&raw.get(), order) {
        // A date that could be read two ways says which order was used.
        Ok(d) => t.typed_date_read(&t.date_long(d), typed_date::ambiguous(d).then_some(order)),
        Err(p) if paused() => t.typed_date_problem(p, order),
        Err(_) => String::new(),
    };
    let described_by = format!("{help_id} {error_id}");
    let typed_described_by = format!("{help_id} {echo_id} {error_id}");
    let input_id = id.clone();
    let input = move || {
        if typed.get() {
            view! {
                <input
                    type="text"
                    id=input_id.clone()
                    class="dp-input"
                    inputmode="numeric"
                    autocomplete="off"
                    placeholder=t.typed_date_hint(order)
                    data-event=event.as_str()
                    data-typed=""
                    aria-describedby=typed_described_by.clone()
                    aria-invalid=move || if has_error() || unreadable() { "true" } else { "false" }
                    prop:value=move || raw.get()
                    on:input=move |ev| set_typed(event_target_value(&ev))
                    on:blur=move |_| stop()
                />
            }
            .into_any()
        } else {
            view! {
                <input
                    type="date"
                    id=input_id.clone()
                    class="dp-input"
                    min="1990-01-01"
                    max="2100-12-31"
                    data-event=event.as_str()
                    aria-describedby=described_by.clone()
                    aria-invalid=move || if has_error() { "true" } else { "false" }
                    prop:value=value
                    on:input=move |ev| pick(event_target_value(&ev))
                    on:change=move |ev| pick(event_target_value(&ev))
                    on:blur=move |ev| set(event_target_value(&ev))
                />
            }
            .into_any()
        }
    };
    view! {
        <div class="dp-field" class:dp-field--error=has_error>
            <label for=id.clone() class="dp-label">{t.event_question(event)}</label>
            <p id=help_id class="dp-help">{t.event_help(event)}</p>
            <div class="dp-field__row">
                {input}
                {move || has_value.get().then(|| view! {
                    <button type="button" class="dp-button dp-button--quiet" on:click=move |_| {
                        set(String::new());
                        raw.set(String::new());
                        // The button goes away with the date: the keyboard goes back to the box.
                        crate::web::focus_soon(format!("ev-{}", event.as_str()));
                    }>
                        {t.clear_date()}
                        <span class="dp-sr-only">": " {t.event_question(event)}</span>
                    </button>
                })}
            </div>
            {move || typed.get().then(|| view! { <p id=echo_id.clone() class="dp-help dp-typed-read" aria-live="polite" data-typed-read="">{echo}</p> })}
            <p id=error_id class="dp-error" aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

/// Whether a date box's value is a year still being typed digit by digit. A browser's date box
/// gives the year with four digits, so a year under 1000 is one whose typing has not ended: no
/// case of this calculator is dated then (it covers 1990 to 2100).
fn year_being_typed(value: &str) -> bool {
    value.starts_with('0')
}

#[cfg(test)]
mod tests {
    use super::year_being_typed;

    #[test]
    fn only_years_under_1000_wait() {
        for typing in ["0002-08-29", "0020-08-29", "0202-08-29", "0001-01-01"] {
            assert!(year_being_typed(typing), "{typing}");
        }
        for done in ["2025-08-29", "1989-12-31", "1000-01-01", "", "9999-12-31"] {
            assert!(!year_being_typed(done), "{done}");
        }
    }
}
