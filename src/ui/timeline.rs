//! Step 3: the family's deadlines in date order along a line, today marked, with the steps
//! that do not apply listed apart.

use leptos::prelude::*;

use super::calendar::AddToCalendar;
use super::deadline_card::DeadlineCard;
use super::sources::StateSources;
use super::state::AppState;
use crate::case::FieldProblem;
use crate::engine::ids::DeadlineId;
use crate::engine::timeline::Status;
use crate::engine::validate::Severity;
use crate::i18n::typed_date::{self, TypedProblem};
use crate::web;

#[component]
pub fn TimelineStep() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let today = state.today;
    let summary = Memo::new(move |_| {
        state.timeline.with(|tl| {
            let dated = tl.deadlines.iter().filter(|d| d.date().is_some()).count();
            let waiting = tl
                .deadlines
                .iter()
                .filter(|d| matches!(d.status, Status::MissingInput(_)))
                .count();
            let summary = t.timeline_summary(dated, waiting);
            // The dates to check are said here, once typing pauses; their list is not a live
            // region (it would interrupt at every keystroke of a date being typed).
            let issues = tl.issues.len() + state.case.with(|(_, problems)| problems.len());
            if issues == 0 {
                summary
            } else {
                format!("{summary} {}", t.issues_to_check(issues))
            }
        })
    });
    // Screen readers hear the new summary once typing pauses, not on every keystroke; the
    // timeline itself is recomputed at once.
    let announced = RwSignal::new(String::new());
    let announcer = StoredValue::new_local(web::Debounce::new(web::TYPING_PAUSE_MS, move || {
        announced.set(summary.get_untracked())
    }));
    // Compared with the summary when the timeline was drawn (effects run later, maybe after a
    // first change).
    let last = StoredValue::new(summary.get_untracked());
    Effect::new(move |_| {
        let now = summary.get();
        if last.with_value(|l| *l != now) {
            last.set_value(now);
            announcer.with_value(web::Debounce::restart);
        }
    });
    on_cleanup(move || {
        announcer.try_with_value(web::Debounce::cancel);
    });
    // The line's order (deadlines and the "today" mark), and which deadlines do not apply. Each
    // card then follows its own deadline, so a change redraws only the cards it changes.
    let order = Memo::new(move |_| {
        state.timeline.with(|tl| {
            // The "today" mark goes before the first deadline on or after today (or before the
            // first one without a date, or at the end).
            let mut items = Vec::new();
            let mut marked = false;
            for d in tl
                .deadlines
                .iter()
                .filter(|d| !matches!(d.status, Status::NotApplicable(_)))
            {
                let when = d.act_by.or(d.date());
                if !marked && when.is_none_or(|w| w >= today) {
                    items.push(Item::Today);
                    marked = true;
                }
                items.push(Item::Card(d.id));
            }
            if !marked {
                items.push(Item::Today);
            }
            items
        })
    });
    let not_applicable = Memo::new(move |_| {
        state.timeline.with(|tl| {
            tl.deadlines
                .iter()
                .filter(|d| matches!(d.status, Status::NotApplicable(_)))
                .map(|d| d.id)
                .collect::<Vec<_>>()
        })
    });
    // Each card follows its own slot: a date typed wakes only the cards whose deadline changed.
    let cards = super::Slots::new(DeadlineId::ALL.len(), move |put| {
        state.timeline.with(|tl| {
            for d in &tl.deadlines {
                put(d.id.index(), d);
            }
        })
    });
    let has_dates = Memo::new(move |_| {
        state
            .timeline
            .with(|tl| tl.deadlines.iter().any(|d| d.date().is_some()))
    });
    view! {
        <section id="timeline" class="dp-step dp-step--timeline" aria-labelledby="step-timeline">
            <h2 id="step-timeline" tabindex="-1">{t.step_timeline()}</h2>
            <RulesNote/>
            <IssueList/>
            <p class="dp-sr-only" aria-live="polite" data-summary="">{move || announced.get()}</p>
            {move || (!has_dates.get()).then(|| view! { <p class="dp-empty">{t.timeline_empty()}</p> })}
            <ol class="dp-timeline" data-timeline="" on:click=move |ev| super::deadline_card::calendar_click(state, &ev)>
                <For each=move || order.get() key=|item| *item let:item>
                    {match item {
                        Item::Today => view! { <TodayMarker/> }.into_any(),
                        Item::Card(id) => view! { <DeadlineCard deadline=cards.get(id.index())/> }.into_any(),
                    }}
                </For>
            </ol>
            // Under the dates, where their citations are: the notes to them may fail to come.
            <super::texts::NotesNotice/>
            {move || super::later(state, || view! {
                <details class="dp-not-applicable">
                    <summary>{t.does_not_apply_heading()}</summary>
                    <ul>
                        <For each=move || not_applicable.get() key=|id| *id let:id>
                            <DeadlineCard deadline=cards.get(id.index())/>
                        </For>
                    </ul>
                </details>
                <LabelsExplained/>
                <StateSources/>
                <AddToCalendar/>
            })}
        </section>
    }
}

/// One place on the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Item {
    Today,
    Card(DeadlineId),
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
    let note = Memo::new(move |_| {
        let (fallback, partial, code) = state
            .timeline
            .with(|tl| (tl.fallback, tl.partial, tl.jurisdiction.state()));
        let name = code.map(|c| t.state_name(std::str::from_utf8(&c).unwrap_or("")));
        // The fields not checked against the state's texts yet, which the warning names.
        let unchecked: Vec<crate::rules::Field> = if partial {
            let jurisdiction = state.timeline.with(|tl| tl.jurisdiction);
            crate::rules::pack_for(jurisdiction).0.unchecked().collect()
        } else {
            Vec::new()
        };
        let hooks = unchecked
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let (class, hook, text) = match (fallback, name) {
            (true, Some(name)) => ("dp-warning", "fallback", t.fallback_warning(name)),
            (false, Some(name)) if !unchecked.is_empty() => (
                "dp-warning",
                "partial",
                t.partial_pack_warning(name, &unchecked),
            ),
            (false, Some(name)) => ("dp-rules", "state", t.state_pack_note(name)),
            _ => ("dp-rules", "federal", t.federal_note().to_string()),
        };
        (class, hook, text, hooks)
    });
    move || {
        let (class, hook, text, unchecked) = note.get();
        view! { <p class=class role="note" data-rules=hook data-unchecked=unchecked>{text}</p> }
    }
}

/// What each sourcing label on the cards means: the cards' labels carry it as a tooltip, which
/// touch screens and keyboards do not reach.
#[component]
fn LabelsExplained() -> impl IntoView {
    use crate::rules::Verification::{Interpretive, Secondary, Unverified, Verified};
    let t = expect_context::<AppState>().text();
    view! {
        <details class="dp-labels" data-labels="">
            <summary>{t.labels_heading()}</summary>
            <dl>
                {[Verified, Interpretive, Secondary, Unverified]
                    .into_iter()
                    .map(|status| view! {
                        <dt><span class=super::deadline_card::status_class(status)>{t.status_label(status)}</span></dt>
                        <dd>{t.status_explain(status)}</dd>
                    })
                    .collect_view()}
            </dl>
        </details>
    }
}

/// Problems with the dates as entered.
#[component]
fn IssueList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let order = state.date_order();
    let messages = Memo::new(move |_| {
        let typed = state.typed_dates.get();
        // Not the date being typed: its box points it out once typing pauses.
        let typing = state.typing.get();
        let mut out: Vec<(bool, String)> = state.case.with(|(_, problems)| {
            problems
                .iter()
                .filter(|p| !matches!(p, FieldProblem::BadDate { event, .. } if typed && Some(*event) == typing))
                .map(|p| match p {
                    // In typed mode, the advice of the line under the box (month or day first).
                    FieldProblem::BadDate { event, raw } if typed => {
                        let why = typed_date::read(raw, order)
                            .err()
                            .unwrap_or(TypedProblem::NotUnderstood);
                        (true, t.typed_field_problem(*event, why, order))
                    }
                    // The order a typed box expects, not the language's (issue 20).
                    FieldProblem::BadDate { event, raw } => (
                        true,
                        format!("\"{}\": {}", t.event_question(*event), t.bad_date(raw, order)),
                    ),
                    _ => (true, t.field_problem(p)),
                })
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
    });
    let any = Memo::new(move |_| messages.with(|m| !m.is_empty()));
    view! {
        {move || any.get().then(|| view! {
            <div class="dp-issues" id="dp-issues" data-issues="">
                <h3>{t.issues_heading()}</h3>
                <ul>
                    {move || {
                        messages
                            .get()
                            .into_iter()
                            .map(|(error, text)| view! { <li class:dp-issue--error=error>{text}</li> })
                            .collect_view()
                    }}
                </ul>
            </div>
        })}
    }
}
