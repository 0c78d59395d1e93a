//! "Sources for this state": every state rule the calculator uses for the chosen state, with
//! its citation and link, how well it is sourced and when it was last checked, so that an
//! advocate can audit the state's dates in a minute.

use leptos::prelude::*;

use super::state::AppState;
use crate::case::parse_date;
use crate::rules::{self, Office, Rule, Trigger};

#[component]
pub fn StateSources() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    // Drawn again only when the state changes, not on every date typed.
    let place = Memo::new(move |_| state.timeline.with(|tl| (tl.jurisdiction, tl.fallback)));
    move || {
        let (jurisdiction, fallback) = place.get();
        let code = jurisdiction.state()?;
        let name = t.state_name(std::str::from_utf8(&code).unwrap_or(""));
        let (pack, _) = rules::pack_for(jurisdiction);
        let checked = parse_date(pack.checked)
            .map(|d| t.date_short(d))
            .unwrap_or_default();
        let body = if fallback {
            view! { <p>{t.sources_none(name)}</p> }.into_any()
        } else {
            let holidays = if pack.holidays_status.is_some() {
                t.sources_holidays(pack.holiday_citation)
            } else {
                t.sources_holidays_federal_only(name)
            };
            view! {
                <p>{t.sources_intro(name)}</p>
                <ul class="dp-sources__list">
                    {pack.overrides.iter().map(|r| view! { <SourceLine rule=r checked=checked.clone()/> }).collect_view()}
                </ul>
                <p>{holidays}</p>
                // The state's own school holidays, where its pack has them (California).
                {(pack.school_holiday_citation != rules::federal::PACK.school_holiday_citation)
                    .then(|| view! { <p>{t.sources_school_holidays(pack.school_holiday_citation)}</p> })}
                {pack.two_tier.then(|| view! { <p>{t.sources_two_tier()}</p> })}
                {pack.hearings.map(|o| view! { <OfficeLine kind="hearings" office=o said=t.office_hearings(name, o.name)/> })}
                {pack.mediation.map(|o| view! { <OfficeLine kind="mediation" office=o said=t.office_mediation(name, o.name)/> })}
            }
            .into_any()
        };
        Some(view! {
            <details class="dp-sources" data-sources=pack.code>
                <summary>{t.sources_heading(name)}</summary>
                {body}
            </details>
        })
    }
}

/// One rule: the deadline, its period and trigger, the citation linked to the text read, its
/// status and when it was checked.
#[component]
fn SourceLine(rule: &'static Rule, checked: String) -> impl IntoView {
    let t = expect_context::<AppState>().text();
    let from = match rule.trigger {
        Trigger::Event(e) => t.event_name(e),
        Trigger::Deadline(d) => t.deadline_name(d),
    };
    let period = t.sources_rule(rule.period, t.unit(rule.unit, rule.period), from);
    view! {
        <li data-source-rule=rule.id.as_str() data-status=rule.status.as_str()>
            <strong>{t.deadline_name(rule.id)}</strong>
            {format!(": {period}. ")}
            <a href=rule.source_url rel="noopener noreferrer" target="_blank" lang="en">{rule.citation}</a>
            {format!(". {}. {}", t.status_label(rule.status), t.sources_checked(&checked))}
        </li>
    }
}

/// A state office: what the page says of it, then where its name was read, linked where that
/// was a web page. `kind` is the `data-office` hook.
#[component]
pub(crate) fn OfficeLine(kind: &'static str, office: Office, said: String) -> impl IntoView {
    let source = match office.url {
        Some(url) => {
            view! { <a href=url rel="noopener noreferrer" target="_blank" lang="en">{office.citation}</a> }
                .into_any()
        }
        None => view! { <span lang="en">{office.citation}</span> }.into_any(),
    };
    view! { <p data-office=kind>{said}" ("{source}")."</p> }
}
