//! One deadline on the line: its date, whose it is, days left, the "act by" line, weekend and
//! holiday flags, the arithmetic, the rule with its citation and status, other readings, and
//! what it means for the family. Carries the test hooks of contract section 7.

use leptos::prelude::*;

use super::state::AppState;
use crate::engine::Deadline;
use crate::engine::count::Count;
use crate::engine::timeline::{DayFacts, Status};
use crate::i18n::Text;
use crate::rules::{Trigger, Verification};

fn skipped_list(t: &'static dyn Text, c: &Count) -> Option<String> {
    if c.skipped.is_empty() {
        return None;
    }
    use crate::engine::calendar::SkipReason;
    let weekends = c
        .skipped
        .iter()
        .filter(|s| s.reason == SkipReason::Weekend)
        .count();
    let mut parts: Vec<String> = c
        .skipped
        .iter()
        .filter_map(|s| match s.reason {
            SkipReason::Holiday(h) => Some(format!(
                "{} ({})",
                t.date_short(s.date),
                t.holiday_name(h.id)
            )),
            SkipReason::SchoolClosure => Some(t.date_short(s.date)),
            SkipReason::Weekend => None,
        })
        .collect();
    if weekends > 0 {
        parts.insert(
            0,
            format!(
                "{weekends} × {}/{}",
                t.weekday_abbr()[5],
                t.weekday_abbr()[6]
            ),
        );
    }
    Some(t.skipped_days(&parts.join("; ")))
}

fn day_flag(t: &'static dyn Text, facts: &DayFacts) -> Option<String> {
    let previous = facts
        .previous_business_day
        .map(|d| t.date_short(d))
        .unwrap_or_default();
    if facts.weekend {
        Some(t.weekend_flag(
            t.weekday_names()[facts.weekday.num_days_from_monday() as usize],
            &previous,
        ))
    } else {
        facts.holiday.map(|h| t.holiday_flag(t.holiday_name(h.id)))
    }
}

fn status_class(status: Verification) -> &'static str {
    match status {
        Verification::Verified => "dp-badge dp-badge--verified",
        Verification::Interpretive => "dp-badge dp-badge--interpretive",
        Verification::Secondary | Verification::Unverified => "dp-badge dp-badge--unverified",
    }
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
    let rule = d.rule;
    let counted_from = match rule.trigger {
        Trigger::Event(e) => t.event_name(e).to_string(),
        Trigger::Deadline(id) => t.deadline_name(id).to_lowercase(),
    };
    let body = match &d.status {
        Status::NotApplicable(why) => {
            view! { <p class="dp-deadline__why">{t.not_applicable(*why)}</p> }.into_any()
        }
        Status::MissingInput(m) => {
            let needs: Vec<&str> = m.needs.iter().map(|e| t.event_question(*e)).collect();
            view! { <p class="dp-deadline__missing">{t.missing(m.why, &needs.join(" / "))}</p> }
                .into_any()
        }
        Status::Applies => ().into_any(),
    };
    let when = d.primary.as_ref().map(|c| {
        let c = c.clone();
        view! {
            <p class="dp-deadline__date">
                <time datetime=c.date.to_string()>{t.date_long(c.date)}</time>
                {d.days_left.map(|n| view! { <span class="dp-days" class:dp-days--passed=passed>{t.days_left(n)}</span> })}
            </p>
        }
    });
    let act_by = (d.owner.family_acts() && earliest_attr.is_some())
        .then_some(d.act_by)
        .flatten()
        .map(|a| {
            view! {
                <p class="dp-actby" data-act-by=a.to_string()>
                    <strong>{t.act_by(&t.date_long(a))}</strong>
                    " "
                    <span>{t.act_by_reason()}</span>
                </p>
            }
        });
    let flag = d.day.as_ref().and_then(|f| day_flag(t, f)).map(|text| {
        view! { <p class="dp-flag" data-flag="non-business-day"><span aria-hidden="true">"⚠ "</span>{text}</p> }
    });
    let arithmetic = d.primary.as_ref().map(|c| {
        let skipped = skipped_list(t, c);
        view! {
            <p class="dp-arithmetic" data-arithmetic="">{t.arithmetic(c)}</p>
            <p class="dp-counted-from">{t.counted_from(&counted_from)}</p>
            {skipped.map(|s| view! { <p class="dp-skipped">{s}</p> })}
        }
    });
    let readings = (!d.readings.is_empty()).then(|| {
        let items = d
            .readings
            .iter()
            .map(|r| {
                view! {
                    <li data-reading=format!("{:?}", r.kind)>
                        <strong>{t.reading(r.kind)}": "</strong>
                        {t.date_long(r.count.date)}
                        " ("{t.arithmetic(&r.count)}"). "
                        <a href=r.source_url target="_blank" rel="noopener noreferrer">{r.citation}</a>
                        " "
                        <span class=status_class(r.status)>{t.status_label(r.status)}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="dp-readings">
                <summary>{t.other_readings()}</summary>
                <ul>{items}</ul>
                {d.earliest.map(|e| view! { <p>{t.earliest_line(&t.date_long(e))}</p> })}
            </details>
        }
    });
    let notes = d
        .notes
        .iter()
        .map(|n| view! { <li>{t.note(n)}</li> })
        .collect_view();
    let applies = d.status == Status::Applies;
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
            <h3 class="dp-deadline__title">
                {t.deadline_name(d.id)}
                {passed.then(|| view! { <span class="dp-tag">{t.passed()}</span> })}
            </h3>
            <p class="dp-owner">{t.owner(d.owner)}</p>
            {body}
            {act_by}
            {flag}
            <p class="dp-explain">{t.deadline_explain(d.id)}</p>
            {applies.then(|| view! { <ul class="dp-notes">{notes}</ul> })}
            {arithmetic}
            <p class="dp-rule">
                {t.rule_label()}": "
                <a href=rule.source_url target="_blank" rel="noopener noreferrer">{rule.citation}</a>
                " "
                <span class=status_class(rule.status) title=t.status_explain(rule.status)>{t.status_label(rule.status)}</span>
            </p>
            {(rule.status != Verification::Verified).then(|| view! { <p class="dp-help">{t.status_explain(rule.status)}</p> })}
            {readings}
        </li>
    }
}
