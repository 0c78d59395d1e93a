//! "School breaks and closures": the days school is not in session, which school-day deadlines
//! skip (expedited hearings, manifestation determinations). The family types them in or imports
//! the district's published calendar, reviews what was found, and applies what is right.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::AppState;
use crate::case::{ClosureFile, Json, parse_date};
use crate::ics::school::{self, Candidate, ReadError};
use crate::web;

const LABEL: &str = "label";

fn label_of(c: &ClosureFile) -> String {
    c.extra
        .get(LABEL)
        .and_then(Json::as_str)
        .unwrap_or_default()
        .to_string()
}

fn closure(from: String, to: String, label: &str) -> ClosureFile {
    let mut extra = std::collections::BTreeMap::new();
    if !label.trim().is_empty() {
        extra.insert(LABEL.to_string(), Json::String(label.trim().to_string()));
    }
    ClosureFile { from, to, extra }
}

/// The closures already entered, each with a button to remove it.
#[component]
fn ClosureList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    move || {
        state
            .file
            .get()
            .school_closures
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                let day = |s: &str| {
                    parse_date(s)
                        .map(|d| t.date_short(d))
                        .unwrap_or_else(|| s.to_string())
                };
                let line = t.closure_line(&day(&c.from), &day(&c.to), &label_of(&c));
                view! {
                    <li data-closure=c.from.clone()>
                        {line.clone()}" "
                        <button
                            type="button"
                            class="dp-button dp-button--quiet"
                            data-action="remove-closure"
                            aria-label=format!("{}: {line}", t.remove_closure())
                            on:click=move |_| {
                                state.file.update(|f| {
                                    if i < f.school_closures.len() {
                                        f.school_closures.remove(i);
                                    }
                                });
                                web::focus_soon("dp-school-breaks-summary");
                            }
                        >
                            {t.remove_closure()}
                        </button>
                    </li>
                }
            })
            .collect_view()
    }
}

/// Typing one closure in.
#[component]
fn AddClosure() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let label = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let add = move |_| {
        let (f, l) = (from.get_untracked(), to.get_untracked());
        let end = if l.trim().is_empty() { f.clone() } else { l };
        match (parse_date(&f), parse_date(&end)) {
            (Some(a), Some(b)) if a <= b => {
                state.file.update(|file| {
                    file.school_closures.push(closure(
                        a.to_string(),
                        b.to_string(),
                        &label.get_untracked(),
                    ))
                });
                from.set(String::new());
                to.set(String::new());
                label.set(String::new());
                problem.set(false);
            }
            _ => problem.set(true),
        }
    };
    view! {
        <div class="dp-actions">
            <div class="dp-field dp-field--inline">
                <label class="dp-label" for="dp-closure-from">{t.closure_from()}</label>
                <input type="date" id="dp-closure-from" class="dp-input" data-field="closure-from" prop:value=from on:input=move |ev| from.set(event_target_value(&ev))/>
            </div>
            <div class="dp-field dp-field--inline">
                <label class="dp-label" for="dp-closure-to">{t.closure_to()}</label>
                <input type="date" id="dp-closure-to" class="dp-input" data-field="closure-to" prop:value=to on:input=move |ev| to.set(event_target_value(&ev))/>
            </div>
            <div class="dp-field dp-field--inline">
                <label class="dp-label" for="dp-closure-label">{t.closure_label()}</label>
                <input id="dp-closure-label" class="dp-input" data-field="closure-label" maxlength="100" prop:value=label on:input=move |ev| label.set(event_target_value(&ev))/>
            </div>
        </div>
        <p class="dp-error" role="alert">{move || problem.get().then(|| t.closure_bad())}</p>
        <button type="button" class="dp-button dp-button--quiet" data-action="add-closure" on:click=add>{t.add_closure()}</button>
    }
}

/// Importing the district's calendar, then reviewing what it found.
#[component]
fn ImportSchoolCalendar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let found: RwSignal<Option<Vec<(Candidate, bool)>>> = RwSignal::new(None);
    let error: RwSignal<Option<ReadError>> = RwSignal::new(None);
    let on_pick = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|l| l.get(0))
        else {
            return;
        };
        if let Some(i) = &input {
            i.set_value("");
        }
        if file.size() > school::MAX_BYTES as f64 {
            error.set(Some(ReadError::TooLarge));
            found.set(None);
            return;
        }
        spawn_local(async move {
            let text = web::read_file(&file).await.unwrap_or_default();
            match school::read(&text) {
                Ok(list) => {
                    error.set(None);
                    found.set(Some(
                        list.into_iter()
                            .map(|c| {
                                let likely = c.likely;
                                (c, likely)
                            })
                            .collect(),
                    ));
                }
                Err(e) => {
                    found.set(None);
                    error.set(Some(e));
                }
            }
        });
    };
    let apply = move |_| {
        let Some(list) = found.get_untracked() else {
            return;
        };
        state.file.update(|f| {
            for (c, _) in list.into_iter().filter(|(_, on)| *on) {
                let (from, to) = (c.from.to_string(), c.to.to_string());
                if !f
                    .school_closures
                    .iter()
                    .any(|x| x.from == from && x.to == to)
                {
                    f.school_closures.push(closure(from, to, &c.label));
                }
            }
            crate::sort::sort_by(&mut f.school_closures, |a, b| a.from.cmp(&b.from));
        });
        found.set(None);
        web::focus_soon("dp-school-breaks-summary");
    };
    let review = move || {
        found.get().map(|list| {
            let chosen = list.iter().filter(|(_, on)| *on).count();
            let rows = list
                .into_iter()
                .enumerate()
                .map(|(i, (c, on))| {
                    let id = format!("dp-candidate-{i}");
                    view! {
                        <li class="dp-check">
                            <input type="checkbox" id=id.clone() data-candidate=i.to_string() prop:checked=on
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    found.update(|l| if let Some(row) = l.as_mut().and_then(|l| l.get_mut(i)) { row.1 = on });
                                }/>
                            <label for=id>{t.closure_line(&t.date_short(c.from), &t.date_short(c.to), &c.label)}</label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="dp-callout" data-review="">
                    <p role="status">{t.import_review()}</p>
                    <ul class="dp-check-list">{rows}</ul>
                    <div class="dp-actions">
                        <button type="button" class="dp-button" data-action="apply-closures" on:click=apply>{t.apply_closures(chosen)}</button>
                        <button type="button" class="dp-button dp-button--quiet" data-action="cancel-closures" on:click=move |_| { found.set(None); web::focus_soon("dp-school-breaks-summary"); }>{t.cancel()}</button>
                    </div>
                </div>
            }
        })
    };
    view! {
        <div class="dp-field">
            <label class="dp-button dp-button--quiet dp-file">
                {t.import_school_calendar()}
                <input type="file" class="dp-sr-only" accept=".ics,text/calendar" data-field="school-calendar" on:change=on_pick/>
            </label>
            <p class="dp-help">{t.import_help()}</p>
            <p class="dp-error" role="alert" data-import-error=move || error.get().map(|e| format!("{e:?}")).unwrap_or_default()>
                {move || error.get().map(|e| t.school_calendar_error(e))}
            </p>
        </div>
        {review}
    }
}

#[component]
pub fn SchoolBreaks() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let count = Memo::new(move |_| state.file.with(|f| f.school_closures.len()));
    view! {
        // A heading outside the disclosure: inside a <summary>, some screen readers flatten it,
        // and a reader moving by headings would skip this part of the questions.
        <section class="dp-step dp-school-breaks" data-school-breaks="" aria-labelledby="school-breaks-heading">
            <h2 id="school-breaks-heading">{t.school_breaks_heading()}</h2>
            <details>
                <summary id="dp-school-breaks-summary">{move || t.school_breaks_toggle(count.get())}</summary>
                <p class="dp-help">{t.school_breaks_help()}</p>
                <ul class="dp-closures"><ClosureList/></ul>
                <ImportSchoolCalendar/>
                <AddClosure/>
            </details>
        </section>
    }
}
