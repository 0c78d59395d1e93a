//! The page: one component per file, named for what the family sees. Components hold no date
//! logic; they read [`state::AppState`] and word the engine's data with [`crate::i18n`].

mod banner;
pub mod calendar;
mod checklists;
mod connection;
mod date_field;
mod deadline_card;
pub mod drafts;
mod embed_code;
mod events;
mod footer;
mod language_switch;
mod next_dates;
mod print;
mod report_date;
mod school_breaks;
pub mod share;
mod situation;
mod sources;
mod stages;
pub mod state;
mod texts;
mod timeline;

use leptos::prelude::*;

use crate::web;
use banner::{Banner, ReadOnlyNotice, StorageNotice};
use checklists::MeetingChecklists;
use connection::ConnectionNotice;
use events::EventsStep;
use footer::PageFooter;
use language_switch::LanguageSwitch;
use print::{PrintChecklist, PrintControls, PrintFacts};
use school_breaks::SchoolBreaks;
use situation::SituationStep;
use stages::StageGuide;
use state::AppState;
use timeline::TimelineStep;

/// The whole calculator.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::from_location();
    provide_context(state);
    drafts::start(state);
    state.follow_links();
    print::follow_print_command();
    connection::follow(state);
    follow_embed_code_address(state);
    open_linked_details();
    dress_for_host(state);
    texts::start(state);
    texts::follow_notes(state);
    Effect::new(move |_| {
        // The first timeline is drawn once the language's words are here.
        if state.words.get() != texts::Words::Loading {
            // index.html's "Loading the calculator" line goes when the page is drawn.
            web::remove_element("dp-loading");
            web::after_next_paint(move || state.rest_drawn.set(true));
        }
    });
    Effect::new(move |_| {
        let lang = texts::drawn_in(state);
        let tag = lang.tag();
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", tag);
        }
        // The tab's title follows the language too.
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(lang.text().app_title());
        }
    });
    // Drawn again, whole, when the family switches language; the case lives in the state and
    // is not touched.
    move || {
        state.lang.track();
        (state.words.get() != texts::Words::Loading).then(|| page(state))
    }
}

/// Shows the "Get the embed code" page while the address ends in `#embed-code` (never inside a
/// host's frame).
fn follow_embed_code_address(state: AppState) {
    let show = move || !state.embedded && web::fragment() == embed_code::FRAGMENT;
    state.embed_code.set(show());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        state.embed_code.set(show())
    });
    on_cleanup(move || listener.remove());
}

/// A link to a part of the page folded in a `<details>` (a card's "What does this mean?", its
/// checklist) opens that part before the browser scrolls to it.
fn open_linked_details() {
    use wasm_bindgen::JsCast;
    let listener = window_event_listener(leptos::ev::click, |ev| {
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href^=\"#\"]").ok().flatten())
            .and_then(|a| a.get_attribute("href"))
            .and_then(|href| {
                let id = href.strip_prefix('#')?.to_string();
                web_sys::window()?.document()?.get_element_by_id(&id)
            });
        if let Some(details) = target.and_then(|el| el.closest("details").ok().flatten()) {
            let _ = details.set_attribute("open", "");
        }
    });
    on_cleanup(move || listener.remove());
}

/// Embedded on another site: the validated `theme` and `accent` parameters, the embedded layout,
/// and the height posted to the host (contract section 6). An embed is light unless the host
/// asks for `auto` or `dark`; the standalone page follows the visitor unless the address says.
fn dress_for_host(state: AppState) {
    let theme = crate::embed::Theme::for_page(web::query_param("theme").as_deref(), state.embedded);
    web::set_root_attribute("data-theme", theme.attribute());
    if let Some(accent) = web::query_param("accent")
        .as_deref()
        .and_then(|raw| crate::embed::accent(raw, theme))
    {
        use crate::embed::{DARK, LIGHT, readable_on};
        web::set_root_css_variable("--dp-accent", &accent.css());
        // The accent was checked against white text, and against every theme it can meet.
        web::set_root_css_variable("--dp-accent-text", "#ffffff");
        // Links and outline-button labels: the accent's shade that reads on each theme.
        web::set_root_css_variable("--dp-accent-link-light", &readable_on(accent, &LIGHT).css());
        web::set_root_css_variable("--dp-accent-link-dark", &readable_on(accent, &DARK).css());
        web::set_root_class("dp-accented", true);
    }
    if state.embedded {
        web::set_root_class("dp-embed", true);
        web::post_height_to_host();
    }
}

/// A part of the page drawn after the first timeline (see [`AppState::rest_drawn`]).
pub(crate) fn later<V: IntoView>(state: AppState, part: impl FnOnce() -> V) -> Option<V> {
    state.rest_drawn.get().then(part)
}

/// One signal per id of a dense id set (an id's `index()`), all written by one render effect.
///
/// A change to the source runs one closure, and wakes only the readers of the slots whose value
/// changed. A memo per id would run every id's closure, and subscribe every id to the source,
/// on every change: the deadline cards and the date boxes are many, and a date typed changes a
/// few of them.
pub(crate) struct Slots<T: Send + Sync + 'static> {
    slots: StoredValue<Vec<RwSignal<Option<T>>>>,
}

impl<T: Send + Sync + 'static> Clone for Slots<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Slots<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Slots<T> {
    /// `len` slots. `fill` reads the source (tracked) and calls `put(index, value)` for each
    /// slot that has a value: the first value put for a slot wins, and the slots it does not
    /// put are empty.
    pub fn new(len: usize, fill: impl Fn(&mut dyn FnMut(usize, &T)) + 'static) -> Self {
        let slots = StoredValue::new((0..len).map(|_| RwSignal::new(None)).collect::<Vec<_>>());
        let effect = RenderEffect::new(move |put: Option<Vec<bool>>| {
            let mut touched = put.unwrap_or_default();
            touched.clear();
            touched.resize(len, false);
            slots.with_value(|slots| {
                fill(&mut |i, value: &T| {
                    if let Some(slot) = slots.get(i)
                        && !touched[i]
                    {
                        touched[i] = true;
                        if slot.with_untracked(|old| old.as_ref() != Some(value)) {
                            slot.set(Some(value.clone()));
                        }
                    }
                });
                for (slot, put) in slots.iter().zip(&touched) {
                    if !put && slot.with_untracked(Option::is_some) {
                        slot.set(None);
                    }
                }
            });
            touched
        });
        // Kept for as long as the component that made the slots.
        StoredValue::new_local(effect);
        Slots { slots }
    }

    /// The slot at `index` (an empty signal past the end).
    pub fn get(self, index: usize) -> Signal<Option<T>> {
        self.slots
            .with_value(|s| s.get(index).copied())
            .map(Signal::from)
            .unwrap_or_else(|| Signal::stored(None))
    }
}

/// The page in the current language.
fn page(state: AppState) -> impl IntoView {
    let t = state.text();
    date_field::provide_slots(state);
    view! {
        <div class="dp-app">
            <a class="dp-skip" href="#step-timeline">{t.skip_to_timeline()}</a>
            <LanguageSwitch/>
            <header class="dp-header">
                // First, so that a parent typing at the top of a tall frame sees it.
                <StorageNotice/>
                <texts::WordsNotice/>
                <h1>{t.app_title()}</h1>
                // The family's next dates come first (issue 20): on a phone, the first is on
                // the first screen after a link opens or a draft comes back.
                <next_dates::NextDates/>
                <p class="dp-tagline">{t.tagline()}</p>
                <p class="dp-notice" role="note"><strong>{t.not_advice()}</strong></p>
                <p class="dp-privacy">{t.privacy()}</p>
                <PrintControls/>
                // Inside the header's landmark, so that a screen reader moving by landmarks
                // meets them.
                <Banner/>
                <ReadOnlyNotice/>
                <ConnectionNotice/>
            </header>
            {move || state.embed_code.get().then(|| view! { <embed_code::EmbedCodePage/> })}
            <main class="dp-main" hidden=move || state.embed_code.get()>
                {move || later(state, || view! { <PrintFacts/> })}
                // A fieldset, so that a case only to read disables every question at once.
                // One cell of the wide screen's grid: the folded facts' line above the questions.
                <div class="dp-inputs-column">
                <situation::FactsFold/>
                <fieldset
                    id="dp-inputs"
                    class="dp-inputs"
                    disabled=move || state.read_only.get()
                    hidden=move || state.facts_folded.get()
                >
                    <SituationStep/>
                    <EventsStep/>
                    <SchoolBreaks/>
                </fieldset>
                </div>
                <TimelineStep/>
                // Drawn once, moved under the card whose "Report a wrong date" was pressed.
                {move || later(state, || view! { <report_date::ReportPanel/> })}
                // After the timeline on a phone, so that the first question comes right after the
                // header; under the questions, beside the timeline, on a wide screen. Below the
                // first timeline either way, so it is drawn after it.
                {move || later(state, || view! { <drafts::DraftsPanel/> })}
                {move || later(state, || view! { <PrintChecklist/> <MeetingChecklists/> <StageGuide/> })}
            </main>
            {move || later(state, || view! { <PageFooter/> })}
        </div>
    }
}
