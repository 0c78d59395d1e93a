//! Step 1: the state, who filed, which hearing, and the key dates.

use leptos::prelude::*;

use super::date_field::{DateField, DateSlots};
use super::state::AppState;
use crate::case::CaseFile;
use crate::engine::case::{FiledBy, Track};
use crate::engine::ids::EventId;

#[component]
pub fn SituationStep() -> impl IntoView {
    let t = expect_context::<AppState>().text();
    view! {
        <section class="dp-step" aria-labelledby="step-situation">
            <h2 id="step-situation" tabindex="-1">{t.step_situation()}</h2>
            <StateSelect/>
            <FiledByChoice/>
            <TrackChoice/>
            <h3>{t.key_dates()}</h3>
            <TypeDatesChoice/>
            <DateField event=EventId::ComplaintReceived/>
            <DateField event=EventId::ComplaintFiled/>
            <ActOrOmissionDate/>
            <DateField event=EventId::KnewOfProblem/>
            <DateField event=EventId::DistrictDecisionNotice/>
            // On a phone the timeline comes after step 2; beside the questions (wide screens),
            // the stylesheet hides this.
            <p class="dp-to-timeline">
                <a href="#step-timeline">{t.see_timeline()}<span aria-hidden="true">" ↓"</span></a>
            </p>
        </section>
    }
}

/// The facts folded to one line, with "Change the facts" to open them: shown to a family that
/// opened a case it already had (a share link, or its draft on a return visit) once the case has
/// dates, so that "Your next dates" comes first on a phone. A disclosure button: it says whether
/// the facts are open (`aria-expanded`), and opening them takes the keyboard to step 1.
#[component]
pub fn FactsFold() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let dated = Memo::new(move |_| {
        state
            .timeline
            .with(|tl| tl.deadlines.iter().any(|d| d.date().is_some()))
    });
    let summary = move || {
        state.case.with(|(c, _)| {
            let place = match c.jurisdiction.state() {
                Some(code) => t.state_name(std::str::from_utf8(&code).unwrap_or("")),
                None => t.federal_only(),
            };
            let received = c
                .events
                .get(EventId::ComplaintReceived)
                .map(|d| t.date_long(d));
            t.facts_summary(
                place,
                c.filed_by == FiledBy::District,
                c.track,
                received.as_deref(),
            )
        })
    };
    let toggle = move |_| {
        let open = state.facts_folded.get_untracked();
        state.facts_folded.set(!open);
        if open {
            crate::web::focus_soon("step-situation");
        }
    };
    move || {
        (state.opened_case && dated.get()).then(|| {
            view! {
                <div class="dp-facts-fold dp-no-print" data-facts-fold="">
                    <p class="dp-facts-fold__summary" hidden=move || !state.facts_folded.get()>{summary}</p>
                    <button
                        type="button"
                        id="dp-change-facts"
                        class="dp-button dp-button--quiet"
                        data-action="change-facts"
                        aria-controls="dp-inputs"
                        aria-expanded=move || if state.facts_folded.get() { "false" } else { "true" }
                        on:click=toggle
                    >
                        {t.change_facts()}
                    </button>
                </div>
            }
        })
    }
}

/// The day of the act or omission the complaint is about: asked only where the state counts its
/// filing limit from it (Oregon and Kansas; a reading in Colorado, Connecticut, Vermont and
/// Wisconsin), or where one is entered already, until it is cleared.
#[component]
fn ActOrOmissionDate() -> impl IntoView {
    let state = expect_context::<AppState>();
    let slots = expect_context::<DateSlots>();
    let asked = Memo::new(move |_| {
        let counted = state.case.with(|(c, _)| {
            crate::rules::pack_for(c.jurisdiction)
                .0
                .counts_from(EventId::ActOrOmission)
        });
        counted || slots.has_text(EventId::ActOrOmission)
    });
    move || {
        asked
            .get()
            .then(|| view! { <DateField event=EventId::ActOrOmission/> })
    }
}

/// Typing dates instead of picking them, for every date on the page.
#[component]
fn TypeDatesChoice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    view! {
        <div class="dp-radio">
            <input
                type="checkbox"
                id="dp-type-dates"
                data-field="type-dates"
                aria-describedby="dp-type-dates-help"
                prop:checked=move || state.typed_dates.get()
                on:change=move |ev| state.typed_dates.set(event_target_checked(&ev))
            />
            <label for="dp-type-dates">{t.type_dates()}</label>
        </div>
        <p id="dp-type-dates-help" class="dp-help">{t.type_dates_help(state.date_order())}</p>
    }
}

/// The state (or federal rules only), sorted by name.
#[component]
fn StateSelect() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let states = crate::i18n::states_by_name(t);
    let current = Memo::new(move |_| state.file.with(|f| f.jurisdiction.to_ascii_uppercase()));
    view! {
        <div class="dp-field">
            <label for="dp-state" class="dp-label">{t.state_label()}</label>
            <p id="dp-state-help" class="dp-help">{t.state_help()}</p>
            <select
                id="dp-state"
                class="dp-input"
                aria-describedby="dp-state-help"
                data-field="jurisdiction"
                prop:value=move || current.get()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    state.file.update(|f| f.jurisdiction = v);
                }
            >
                <option value="US">{t.federal_only()}</option>
                {states
                    .into_iter()
                    .map(|(code, name)| view! { <option value=format!("US-{code}")>{name}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The case fields a radio group can edit.
#[derive(Clone, Copy)]
enum ChoiceField {
    FiledBy,
    Track,
}

impl ChoiceField {
    fn get(self, f: &CaseFile) -> &str {
        match self {
            ChoiceField::FiledBy => &f.filed_by,
            ChoiceField::Track => &f.track,
        }
    }
    fn set(self, f: &mut CaseFile, value: &str) {
        let slot = match self {
            ChoiceField::FiledBy => &mut f.filed_by,
            ChoiceField::Track => &mut f.track,
        };
        *slot = value.to_string();
    }
}

/// A radio group bound to one text field of the case.
#[component]
fn RadioGroup(
    name: &'static str,
    legend: &'static str,
    #[prop(optional)] help: Option<&'static str>,
    options: Vec<(&'static str, &'static str)>,
    field: ChoiceField,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let help_id = format!("dp-{name}-help");
    let described_by = help.map(|_| help_id.clone());
    view! {
        <fieldset class="dp-fieldset" data-field=name aria-describedby=described_by>
            <legend class="dp-label">{legend}</legend>
            {help.map(|h| view! { <p id=help_id class="dp-help">{h}</p> })}
            {options
                .into_iter()
                .map(|(value, label)| {
                    let id = format!("dp-{name}-{value}");
                    let checked = Memo::new(move |_| state.file.with(|f| field.get(f) == value));
                    view! {
                        <div class="dp-radio">
                            <input
                                type="radio"
                                id=id.clone()
                                name=name
                                value=value
                                prop:checked=move || checked.get()
                                on:change=move |_| state.file.update(|f| field.set(f, value))
                            />
                            <label for=id>{label}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
fn FiledByChoice() -> impl IntoView {
    let t = expect_context::<AppState>().text();
    view! {
        <RadioGroup
            name="filed_by"
            legend=t.filed_by_legend()
            options=vec![
                (FiledBy::Parent.as_str(), t.filed_by_parent()),
                (FiledBy::District.as_str(), t.filed_by_district()),
            ]
            field=ChoiceField::FiledBy
        />
    }
}

#[component]
fn TrackChoice() -> impl IntoView {
    let t = expect_context::<AppState>().text();
    view! {
        <RadioGroup
            name="track"
            legend=t.track_legend()
            help=t.track_help()
            options=vec![
                (Track::Standard.as_str(), t.track_standard()),
                (Track::Expedited.as_str(), t.track_expedited()),
                (Track::Dual.as_str(), t.track_dual()),
            ]
            field=ChoiceField::Track
        />
    }
}
