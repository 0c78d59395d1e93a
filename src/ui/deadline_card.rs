//! One deadline on the line: its date, whose it is, days left, the "act by" line, weekend and
//! holiday flags, the arithmetic, the rule with its citation and status, other readings, and
//! what it means for the family. Carries the test hooks of contract section 7.

use leptos::prelude::*;

use super::state::AppState;
use crate::engine::Deadline;
use crate::explain::{Line, LineKind, card_lines, reading_lines};
use crate::i18n::Text;
use crate::ics::deadlines::event_date;
use crate::rules::Verification;

fn status_class(status: Verification) -> &'static str {
    match status {
        Verification::Verified => "dp-badge dp-badge--verified",
        Verification::Interpretive => "dp-badge dp-badge--interpretive",
        Verification::Secondary | Verification::Unverified => "dp-badge dp-badge--unverified",
    }
}

fn line_class(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Owner => "dp-owner",
        LineKind::NotApplicable => "dp-deadline__why",
        LineKind::Missing => "dp-deadline__missing",
        LineKind::ActBy => "dp-actby",
        LineKind::DayFlag => "dp-flag",
        LineKind::Explain => "dp-explain",
        LineKind::Note => "dp-note",
        LineKind::Arithmetic => "dp-arithmetic",
        LineKind::CountedFrom => "dp-counted-from",
        LineKind::Skipped => "dp-skipped",
        LineKind::Rule => "dp-rule",
        LineKind::Reading => "dp-reading",
        LineKind::Earliest => "dp-earliest",
    }
}

fn render(t: &'static dyn Text, lines: Vec<Line>) -> impl IntoView {
    lines
        .into_iter()
        .map(|l| {
            view! {
                <p class=line_class(l.kind)>
                    {l.text}
                    {l.link.map(|(href, label)| view! { " " <a href=href target="_blank" rel="noopener noreferrer">{label}</a> })}
                    {l.badge.map(|s| view! { " " <span class=status_class(s) title=t.status_explain(s)>{t.status_label(s)}</span> })}
                </p>
            }
        })
        .collect_view()
}

#[component]
pub fn DeadlineCard(deadline: Deadline) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let d = deadline;
    let date_attr = d.date().map(|x| x.to_string()).unwrap_or_default();
    let earliest_attr = d
        .earliest
        .filter(|e| Some(*e) != d.date())
        .map(|e| e.to_string());
    let passed = d.days_left.is_some_and(|n| n < 0);
    let when = d.primary.as_ref().map(|c| {
        let days = d.days_left.map(|n| t.days_left(n)).unwrap_or_default();
        view! {
            <p class="dp-deadline__date">
                <time datetime=c.date.to_string()>{t.date_long(c.date)}</time>
                <span class="dp-days">{days}</span>
            </p>
        }
    });
    let title = if passed {
        format!("{} ({})", t.deadline_name(d.id), t.passed())
    } else {
        t.deadline_name(d.id).to_string()
    };
    let body = render(t, card_lines(t, &d, earliest_attr.is_some()));
    let readings = reading_lines(t, &d);
    let has_readings = !readings.is_empty();
    let id = d.id;
    let calendar_button = event_date(&d).map(|_| {
        view! {
            <button type="button" class="dp-button dp-button--quiet dp-no-print" data-action="calendar-one" aria-label=format!("{}: {}", t.add_one_to_calendar(), t.deadline_name(id)) on:click=move |_| super::calendar::download(state, Some(id))>
                {t.add_one_to_calendar()}
            </button>
        }
    });
    let readings = render(t, readings);
    view! {
        <li
            class="dp-deadline"
            class:dp-deadline--passed=passed
            class:dp-deadline--family=d.owner.family_acts()
            data-deadline=d.id.as_str()
            data-date=date_attr
            data-earliest=earliest_attr
            data-status=d.status.as_str()
            data-source=d.source.as_str()
            data-owner=d.owner.as_str()
        >
            {when}
            <h3 class="dp-deadline__title">{title}</h3>
            {body}
            <details class="dp-readings" hidden=!has_readings>
                <summary>{t.other_readings()}</summary>
                {readings}
            </details>
            {calendar_button}
        </li>
    }
}
