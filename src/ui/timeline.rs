//! Step 3: the family's deadlines in date order along a line, today marked, with the steps
//! that do not apply listed apart.

use leptos::prelude::*;

use super::calendar::AddToCalendar;
use super::deadline_card::DeadlineCard;
use super::sources::StateSources;
use super::state::AppState;
use crate::engine::timeline::Status;
use crate::engine::validate::Severity;

#[component]
pub fn TimelineStep() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let today = state.today;
    let summary = move || {
        state.timeline.with(|tl| {
            let dated = tl.deadlines.iter().filter(|d| d.date().is_some()).count();
            let waiting = tl
                .deadlines
                .iter()
                .filter(|d| matches!(d.status, Status::MissingInput(_)))
                .count();
            t.timeline_summary(dated, waiting)
        })
    };
    // Screen readers hear the new summary once typing pauses, not on every keystroke; the
    // timeline itself is recomputed at once.
    let announced = RwSignal::new(String::new());
    let pending: StoredValue<Option<leptos::prelude::TimeoutHandle>> = StoredValue::new(None);
    // Compared with the summary when the timeline was drawn (effects run later, maybe after a
    // first change).
    let last = StoredValue::new(untrack(summary));
    Effect::new(move |_| {
        let now = summary();
        if last.with_value(|l| *l != now) {
            last.set_value(now.clone());
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            let handle = set_timeout_with_handle(
                move || announced.set(now),
                std::time::Duration::from_millis(800),
            );
            pending.set_value(handle.ok());
        }
    });
    on_cleanup(move || {
        if let Some(Some(h)) = pending.try_get_value() {
            h.clear();
        }
    });
    let has_dates = move || {
        state
            .timeline
            .with(|tl| tl.deadlines.iter().any(|d| d.date().is_some()))
    };
    view! {
        <section id="timeline" class="dp-step dp-step--timeline" aria-labelledby="step-timeline">
            <h2 id="step-timeline" tabindex="-1">{t.step_timeline()}</h2>
            <RulesNote/>
            <IssueList/>
            <p class="dp-sr-only" aria-live="polite" data-summary="">{move || announced.get()}</p>
            {move || (!has_dates()).then(|| view! { <p class="dp-empty">{t.timeline_empty()}</p> })}
            <ol class="dp-timeline" data-timeline="">
                    {move || {
                        // The "today" mark goes before the first deadline on or after today (or
                        // before the first one without a date, or at the end).
                        let mut items = Vec::new();
                        let mut marked = false;
                        let deadlines = state.timeline.get().deadlines;
                        for d in deadlines.into_iter().filter(|d| !matches!(d.status, Status::NotApplicable(_))) {
                            let when = d.act_by.or(d.date());
                            if !marked && when.is_none_or(|w| w >= today) {
                                items.push(view! { <TodayMarker/> }.into_any());
                                marked = true;
                            }
                            items.push(view! { <DeadlineCard deadline=d/> }.into_any());
                        }
                        if !marked {
                            items.push(view! { <TodayMarker/> }.into_any());
                        }
                        items
                    }}
            </ol>
            <details class="dp-not-applicable">
                <summary>{t.does_not_apply_heading()}</summary>
                <ul>
                    {move || {
                        state
                            .timeline
                            .get()
                            .deadlines
                            .into_iter()
                            .filter(|d| matches!(d.status, Status::NotApplicable(_)))
                            .map(|d| view! { <DeadlineCard deadline=d/> })
                            .collect_view()
                    }}
                </ul>
            </details>
            <StateSources/>
            <AddToCalendar/>
        </section>
    }
}

/// "Today" on the line.
#[component]
fn TodayMarker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    view! {
        <li class="dp-today" data-today=state.today.to_string()>
            <span class="dp-today__label">{t.today_marker(&t.date_long(state.today))}</span>
        </li>
    }
}

/// Which rules are in use, with the warning for a state without its own pack.
#[component]
fn RulesNote() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    move || {
        let (fallback, partial, code) = state
            .timeline
            .with(|tl| (tl.fallback, tl.partial, tl.jurisdiction.state()));
        let name = code.map(|c| t.state_name(std::str::from_utf8(&c).unwrap_or("")));
        let (class, hook, text) = match (fallback, name) {
            (true, Some(name)) => ("dp-warning", "fallback", t.fallback_warning(name)),
            (false, Some(name)) if partial => {
                ("dp-warning", "partial", t.partial_pack_warning(name))
            }
            (false, Some(name)) => ("dp-rules", "state", t.state_pack_note(name)),
            _ => ("dp-rules", "federal", t.federal_note().to_string()),
        };
        view! { <p class=class role="note" data-rules=hook>{text}</p> }
    }
}

/// Problems with the dates as entered.
#[component]
fn IssueList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let messages = move || {
        let mut out: Vec<(bool, String)> = state.case.with(|(_, problems)| {
            problems
                .iter()
                .map(|p| (true, t.field_problem(p)))
                .collect()
        });
        state.timeline.with(|tl| {
            out.extend(
                tl.issues
                    .iter()
                    .map(|i| (i.severity() == Severity::Error, t.issue(i))),
            );
        });
        out
    };
    view! {
        {move || (!messages().is_empty()).then(|| view! {
            <div class="dp-issues" role="alert" data-issues="">
                <h3>{t.issues_heading()}</h3>
                <ul>
                    {move || {
                        messages()
                            .into_iter()
                            .map(|(error, text)| view! { <li class:dp-issue--error=error>{text}</li> })
                            .collect_view()
                    }}
                </ul>
            </div>
        })}
    }
}
