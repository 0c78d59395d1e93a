//! "Sources for this state": every state rule the calculator uses for the chosen state, with
//! its citation and link, how well it is sourced and when it was last checked, so that an
//! advocate can audit the state's dates in a minute.

use leptos::prelude::*;

use super::state::AppState;
use crate::case::parse_date;
use crate::rules::{self, NoStateRule, Office, Rule, Trigger};

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
            .map(|d| t.date_in_sentence(d))
            .unwrap_or_default();
        let body = if fallback {
            view! { <p>{t.sources_none(name)}</p> }.into_any()
        } else {
            let holidays = if pack.holidays_status.is_some() {
                view! { <CitedSentence said=|c| t.sources_holidays(c) citation=pack.holiday_citation/> }.into_any()
            } else {
                t.sources_holidays_federal_only(name).into_any()
            };
            view! {
                <p>{t.sources_intro(name)}</p>
                <ul class="dp-sources__list">
                    {pack.overrides.iter().enumerate().map(|(i, r)| {
                        // A second rule for the same deadline is another reading of it.
                        let again = pack.overrides[..i].iter().any(|p| p.id == r.id);
                        view! { <SourceLine rule=r again checked=checked.clone()/> }
                    }).collect_view()}
                </ul>
                // The fields checked and found to have no rule of the state's own.
                {(!pack.no_state_rule.is_empty()).then(|| view! {
                    <ul class="dp-sources__list" data-no-state-rules="">
                        {pack.no_state_rule.iter().map(|n| view! { <NoRuleLine check=n state=name/> }).collect_view()}
                    </ul>
                })}
                <p>{holidays}</p>
                // The state's own school holidays, where its pack has them (California).
                {(pack.school_holiday_citation != rules::federal::PACK.school_holiday_citation)
                    .then(|| view! { <p><CitedSentence said=|c| t.sources_school_holidays(c) citation=pack.school_holiday_citation/></p> })}
                {pack.two_tier.then(|| view! { <p>{t.sources_two_tier()}</p> })}
                {pack.hearings.map(|o| view! { <OfficeLine kind="hearings" office=o said=t.office_hearings(name, t.office_name(o.name))/> })}
                {pack.mediation.map(|o| view! { <OfficeLine kind="mediation" office=o said=t.office_mediation(name, t.office_name(o.name))/> })}
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
fn SourceLine(rule: &'static Rule, again: bool, checked: String) -> impl IntoView {
    let t = expect_context::<AppState>().text();
    let from = match rule.trigger {
        Trigger::Event(e) => t.event_name(e),
        Trigger::Deadline(d) => t.deadline_name(d),
    };
    let period = t.sources_rule(rule.period, t.unit(rule.unit, rule.period), from);
    let mut name = t.deadline_name(rule.id).to_string();
    if again {
        name = format!("{name} ({})", t.sources_another_reading());
    }
    view! {
        <li data-source-rule=rule.id.as_str() data-status=rule.status.as_str()>
            <strong>{name}</strong>
            {format!(": {period}. ")}
            <Citation citation=rule.citation url=Some(rule.source_url)/>
            {format!(". {}. {}", t.status_label(rule.status), t.sources_checked(&checked))}
        </li>
    }
}

/// A citation as the law writes it (in English, marked so), linked where it was read on the web,
/// then the note it carries in the page's language, where there is one.
#[component]
pub(crate) fn Citation(citation: &'static str, url: Option<&'static str>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    // Drawn again when the citation notes arrive (fetched after the first timeline).
    move || {
        state.notes.track();
        let (shown, note) = t
            .citation_note(citation)
            .map_or((citation, None), |(legal, note)| (legal, Some(note)));
        let proper = match url {
            Some(url) => {
                view! { <a href=url rel="noopener noreferrer" target="_blank" lang="en">{shown}</a> }
                    .into_any()
            }
            None => view! { <span lang="en">{shown}</span> }.into_any(),
        };
        view! { {proper}{note.map(|n| format!(" ({n})"))} }
    }
}

/// A sentence of the catalog with a citation inside it: the words around the citation in the
/// page's language, the citation marked as English.
#[component]
fn CitedSentence(said: impl Fn(&str) -> String + 'static, citation: &'static str) -> impl IntoView {
    // The catalog's sentence, with a mark where the citation goes.
    const MARK: &str = "\u{1}";
    let whole = said(MARK);
    let (before, after) = whole.split_once(MARK).unwrap_or((whole.as_str(), ""));
    let (before, after) = (before.to_string(), after.to_string());
    view! { {before}<Citation citation url=None/>{after} }
}

/// A check that found no rule of the state's own: the field, the provision read (linked), how
/// well it settles the question and when it was made.
#[component]
fn NoRuleLine(check: &'static NoStateRule, state: &'static str) -> impl IntoView {
    let t = expect_context::<AppState>().text();
    let checked = parse_date(check.checked)
        .map(|d| t.date_in_sentence(d))
        .unwrap_or_default();
    view! {
        <li data-no-state-rule=check.field.as_str() data-status=check.status.as_str()>
            {format!("{} ", t.sources_no_state_rule(state, check.field))}
            <Citation citation=check.citation url=Some(check.url)/>
            {format!(". {}. {}", t.status_label(check.status), t.sources_checked(&checked))}
        </li>
    }
}

/// A state office: what the page says of it, then where its name was read, linked where that
/// was a web page. `kind` is the `data-office` hook. Where the page names the office in its own
/// language, the office's own (English) proper name comes first in the parentheses.
#[component]
pub(crate) fn OfficeLine(kind: &'static str, office: Office, said: String) -> impl IntoView {
    let t = expect_context::<AppState>().text();
    // A proper name only: a description ("Kansas school districts, each for its own pupils...")
    // is said in the page's language alone.
    let own_name = (t.office_name(office.name) != office.name
        && !crate::rules::notes_es::has_note(office.name))
    .then(|| view! { <span lang="en">{office.name}</span>"; " });
    view! { <p data-office=kind>{said}" ("{own_name}<Citation citation=office.citation url=office.url/>")."</p> }
}
