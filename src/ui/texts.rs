//! The words of a language the page fetches on demand (issue 22). English is built into the
//! page; another language's words are one of the page's own files, `lang/<tag>.json`, fetched the
//! first time a visit needs them and kept by the service worker, so they work offline after the
//! first visit. Nothing is sent: the request names the file and nothing else.
//!
//! If the file cannot be fetched, the page is drawn in English, says so in both languages, and
//! tries again when the connection comes back (or when asked). The case is never touched: it
//! lives in the state, and a language only changes its words.

use leptos::prelude::*;

use super::state::AppState;
use crate::i18n::{self, Lang};
use crate::web;

/// How long a first visit waits for its words before it draws the page in English (the words
/// of a slow but working connection still replace it when they come).
const WAIT_FOR_WORDS_MS: i32 = 10_000;

/// Where the words of the page's language stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Words {
    /// The language's words are here (always so for English).
    Ready,
    /// Fetching the words of the language a visit starts in: nothing is drawn yet, and the
    /// "Loading the calculator" line of index.html stays.
    Loading,
    /// The words could not be fetched or read: the page is in English and says so.
    Failed,
}

/// The address of a language's file, with the digest of the version the page was built with
/// (build.rs): a browser's cache never gives a new page an old file.
fn address(file: &str, digest: &str) -> String {
    format!("lang/{file}.json?v={digest}")
}

/// Fetches one of the page's language files and hands its text to `read`; what could not be
/// fetched or read is logged (the address and why) and comes back as `None`.
async fn fetch_file<T>(
    address: &str,
    read: impl FnOnce(&str) -> Result<T, i18n::CatalogError>,
) -> Option<T> {
    let got = match web::fetch_text(address).await {
        Ok(text) => read(&text).map_err(|e| format!("{e:?}")),
        Err(e) => Err(format!("{e:?}")),
    };
    got.map_err(|why| web::log(&format!("{address}: {why}")))
        .ok()
}

/// Fetches and installs `lang`'s words; `true` when they are here.
async fn fetch_words(lang: Lang) -> bool {
    if i18n::is_loaded(lang) {
        return true;
    }
    let Some(digest) = lang.file_digest() else {
        return true;
    };
    let read = |text: &str| i18n::parse_catalog(lang, text);
    match fetch_file(&address(lang.tag(), digest), read).await {
        Some(catalog) => {
            i18n::install(lang, catalog);
            true
        }
        None => false,
    }
}

/// Fetches the words of the language the visit starts in, if they are not built in; the page
/// waits for them (a short wait on the first visit, none after: the service worker has them).
/// Tries again when the connection comes back.
pub fn start(state: AppState) {
    if !i18n::is_loaded(state.lang.get_untracked()) {
        state.words.set(Words::Loading);
        load(state);
        // A fetch that never ends (a stalled connection) must not keep the page from the
        // family: after a while the page is drawn in English with the notice, and in the
        // family's language if the words still come.
        let give_up = web::Debounce::new(WAIT_FOR_WORDS_MS, move || {
            if state.words.get_untracked() == Words::Loading {
                state.words.set(Words::Failed);
            }
        });
        give_up.restart();
        // Kept for as long as the page.
        StoredValue::new_local(give_up);
    }
    Effect::new(move |_| {
        if state.online.get() && state.words.get_untracked() == Words::Failed {
            load(state);
        }
    });
}

/// Fetches the citation notes of the language the page is drawn in (`lang/<tag>-notes.json`)
/// once the first timeline is on screen: a first visit waits for the words, not for the notes.
/// Until they come, and if they cannot be fetched, a citation shows as the law writes it,
/// without its note in the family's language (the page says so); each citation is redrawn with
/// its note when they arrive. Tries again when the connection comes back.
pub fn follow_notes(state: AppState) {
    let fetching = StoredValue::new(false);
    Effect::new(move |_| {
        let lang = drawn_in(state);
        // Offline the service worker's copy answers; a fetch that failed is tried again when
        // the connection comes back.
        state.online.track();
        if !state.rest_drawn.get() || i18n::notes_loaded(lang) {
            return;
        }
        let Some(digest) = lang.notes_digest() else {
            return;
        };
        if fetching.get_value() {
            return;
        }
        fetching.set_value(true);
        let address = address(&format!("{}-notes", lang.tag()), digest);
        leptos::task::spawn_local(async move {
            let read = |text: &str| i18n::install_notes(lang, text);
            let installed = fetch_file(&address, read).await.is_some();
            fetching.set_value(false);
            state.notes_failed.set(!installed);
            if installed {
                state.notes.update(|n| *n += 1);
            }
        });
    });
}

/// Fetches the words of the page's language, then redraws the page in it.
fn load(state: AppState) {
    let lang = state.lang.get_untracked();
    leptos::task::spawn_local(async move {
        let ready = fetch_words(lang).await;
        // The family may have chosen another language meanwhile.
        if state.lang.get_untracked() == lang {
            state
                .words
                .set(if ready { Words::Ready } else { Words::Failed });
        }
    });
}

/// Switches the page to `lang` once its words are here (the page stays in its language while
/// they are fetched, instead of flashing English), or in English with the notice if they cannot
/// be fetched. `then` runs after the switch.
pub fn switch(state: AppState, lang: Lang, then: impl FnOnce() + 'static) {
    leptos::task::spawn_local(async move {
        let ready = fetch_words(lang).await;
        state
            .words
            .set(if ready { Words::Ready } else { Words::Failed });
        state.lang.set(lang);
        then();
    });
}

/// Fetches `lang`'s words for a part of the page that speaks a language other than the page's
/// (the embed-code page's frame title), then runs `then` (whether they came or not: without them
/// that part stays in English).
pub fn fetch_for(lang: Lang, then: impl FnOnce() + 'static) {
    if i18n::is_loaded(lang) {
        return;
    }
    leptos::task::spawn_local(async move {
        fetch_words(lang).await;
        then();
    });
}

/// The notice when a language's words could not be fetched: in that language and in English
/// (the page is in English), with a way to try again.
#[component]
pub fn WordsNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    // One live region, always present, so that screen readers hear the notice when it comes.
    let notice = move || {
        let lang = state.lang.get();
        (state.words.get() == Words::Failed && lang != Lang::En).then(|| {
            let (own, english, again) = unavailable(lang);
            view! {
                <p class="dp-banner dp-banner--problem" data-words-failed=lang.tag()>
                    <span lang=lang.tag()>{own}</span>
                    " "
                    <span lang="en">{english}</span>
                    " "
                    <button type="button" class="dp-button dp-button--quiet" data-action="fetch-words" on:click=move |_| load(state)>
                        {again}
                    </button>
                </p>
            }
        })
    };
    view! { <div role="status">{notice}</div> }
}

/// The line when the words of the page's language are here but its notes to the citations are
/// not. Under the timeline, where the citations are, not above the family's first dates: the
/// dates and the words do not depend on it.
#[component]
pub fn NotesNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let line = move || {
        let lang = state.lang.get();
        (state.notes_failed.get() && state.words.get() == Words::Ready && lang != Lang::En).then(
            || {
                let (own, english) = notes_unavailable(lang);
                view! {
                    <p class="dp-notes-failed" data-notes-failed=lang.tag()>
                        <span lang=lang.tag()>{own}</span>
                        " "
                        <span lang="en">{english}</span>
                    </p>
                }
            },
        )
    };
    view! { <div role="status">{line}</div> }
}

/// What the line says when a language's citation notes could not be fetched: in that language
/// and in English.
fn notes_unavailable(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("", ""),
        Lang::Es => (
            "Las notas en español de las citas legales no se pudieron cargar: las citas se ven en inglés. Las fechas no cambian.",
            "The Spanish notes to the legal citations could not be loaded; the dates do not change.",
        ),
    }
}

/// What the notice says for `lang`: in that language, in English, and the button's label.
fn unavailable(lang: Lang) -> (&'static str, &'static str, &'static str) {
    match lang {
        Lang::En => ("", "", ""),
        Lang::Es => (
            "No se pudo cargar el texto en español: la página sigue en inglés, sin perder nada.",
            "The Spanish text could not be loaded: the page is in English, and nothing is lost.",
            "Intentar de nuevo · Try again",
        ),
    }
}

/// The language the page is drawn in: the family's, once its words are here; English until then.
pub fn drawn_in(state: AppState) -> Lang {
    let lang = state.lang.get();
    state.words.track();
    if i18n::is_loaded(lang) {
        lang
    } else {
        Lang::En
    }
}
