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

/// One line of a card. Every part of a card is a list of these, so the page has one shape of
/// line to render instead of a dozen (which keeps the WebAssembly small).
struct Line {
    class: &'static str,
    text: String,
    link: Option<(&'static str, &'static str)>,
    badge: Option<Verification>,
}

impl Line {
    fn new(class: &'static str, text: impl Into<String>) -> Self {
        Line {
            class,
            text: text.into(),
            link: None,
            badge: None,
        }
    }
    fn cited(mut self, url: &'static str, citation: &'static str, status: Verification) -> Self {
        self.link = Some((url, citation));
        self.badge = Some(status);
        self
    }
}

fn render(t: &'static dyn Text, lines: Vec<Line>) -> impl IntoView {
    lines
        .into_iter()
        .map(|l| {
            view! {
                <p class=l.class>
                    {l.text}
                    {l.link.map(|(href, label)| view! { " " <a href=href target="_blank" rel="noopener noreferrer">{label}</a> })}
                    {l.badge.map(|s| view! { " " <span class=status_class(s) title=t.status_explain(s)>{t.status_label(s)}</span> })}
                </p>
            }
        })
        .collect_view()
}

/// The lines of a card, in reading order (the date and title are rendered apart).
fn lines(t: &'static dyn Text, d: &Deadline, earliest_differs: bool) -> Vec<Line> {
    let mut out = vec![Line::new("dp-owner", t.owner(d.owner))];
    match &d.status {
        Status::NotApplicable(why) => {
            out.push(Line::new("dp-deadline__why", t.not_applicable(*why)))
        }
        Status::MissingInput(m) => {
            let needs: Vec<&str> = m.needs.iter().map(|e| t.event_question(*e)).collect();
            out.push(Line::new(
                "dp-deadline__missing",
                t.missing(m.why, &needs.join(" / ")),
            ));
        }
        Status::Applies => {}
    }
    if let (true, Some(a)) = (d.owner.family_acts(), d.act_by) {
        let act_by = t.act_by(&t.date_long(a));
        let text = if earliest_differs {
            format!("{act_by}. {}", t.act_by_reason())
        } else {
            act_by
        };
        out.push(Line::new("dp-actby", text));
    }
    if let Some(flag) = d.day.as_ref().and_then(|f| day_flag(t, f)) {
        out.push(Line::new("dp-flag", format!("⚠ {flag}")));
    }
    out.push(Line::new("dp-explain", t.deadline_explain(d.id)));
    if d.status == Status::Applies {
        out.extend(d.notes.iter().map(|n| Line::new("dp-note", t.note(n))));
    }
    if let Some(c) = &d.primary {
        out.push(Line::new("dp-arithmetic", t.arithmetic(c)));
        let from = match d.rule.trigger {
            Trigger::Event(e) => t.event_name(e).to_string(),
            Trigger::Deadline(id) => t.deadline_name(id).to_lowercase(),
        };
        out.push(Line::new("dp-counted-from", t.counted_from(&from)));
        if let Some(s) = skipped_list(t, c) {
            out.push(Line::new("dp-skipped", s));
        }
    }
    let rule = d.rule;
    out.push(Line::new("dp-rule", format!("{}:", t.rule_label())).cited(
        rule.source_url,
        rule.citation,
        rule.status,
    ));
    out
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
    let body = render(t, lines(t, &d, earliest_attr.is_some()));
    let readings: Vec<Line> = d
        .readings
        .iter()
        .map(|r| {
            Line::new(
                "dp-reading",
                format!(
                    "{}: {} ({}).",
                    t.reading(r.kind),
                    t.date_long(r.count.date),
                    t.arithmetic(&r.count)
                ),
            )
            .cited(r.source_url, r.citation, r.status)
        })
        .chain(
            d.earliest
                .filter(|_| !d.readings.is_empty())
                .map(|e| Line::new("dp-earliest", t.earliest_line(&t.date_long(e)))),
        )
        .collect();
    let has_readings = !readings.is_empty();
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
        </li>
    }
}
