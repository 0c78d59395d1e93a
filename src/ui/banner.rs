//! The messages about the case on screen: the page opened a share link, or could not; the
//! case is only to read; the browser refuses to let the page keep it.

use leptos::prelude::*;

use super::drafts::SaveStatus;
use super::state::{AppState, Banner as Message};
use crate::case::link;
use crate::web::{self, StorageError};

#[component]
pub fn Banner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    move || {
        state.banner.get().map(|message| {
            let (class, text) = match &message {
                Message::OpenedLink => ("dp-banner dp-banner--ok", t.opened_link()),
                Message::Problem(p) => ("dp-banner dp-banner--problem", t.open_problem(p)),
            };
            view! {
                <div class=class role="status" data-banner=match message { Message::OpenedLink => "opened", Message::Problem(_) => "problem" }>
                    <p>{text}</p>
                    <button type="button" class="dp-button dp-button--quiet" on:click=move |_| {
                        state.banner.set(None);
                        // The first question, or, while the facts are folded, the button that
                        // opens them (issue 20).
                        web::focus_soon(if state.facts_folded.get_untracked() { "dp-change-facts" } else { "step-situation" });
                    }>
                        {t.dismiss()}
                    </button>
                </div>
            }
        })
    }
}

/// Shown for as long as the case on screen is only to read: a newer version of the calculator
/// saved it. Not dismissed (it stays true while the case is open), and printed with the dates.
#[component]
pub fn ReadOnlyNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    move || {
        state.read_only.get().then(|| {
            // Followed only while the notice shows: opening another case only to read redraws
            // it with that case's version.
            let version = state.file.with(|f| f.version);
            view! {
                <div class="dp-banner dp-banner--problem dp-read-only" role="status" data-read-only=version.to_string()>
                    <p>{t.read_only_notice(version)}</p>
                </div>
            }
        })
    }
}

/// Said once, at the top of the page, while the browser refuses the page its storage (as some
/// browsers do inside another site's frame): the case lives only in this page. In a frame, a
/// link opens the same case in the calculator's own tab, where it can be kept (contract
/// section 7: `data-storage-notice`).
#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let refused = Memo::new(move |_| {
        state.drafts.status.get() == SaveStatus::NotSaved(StorageError::Unavailable)
    });
    // The link to the case on screen, kept current (no link for a case over the link's size).
    let own_tab = move || {
        let json = state.file.with(|f| web::to_json(&f.to_json()))?;
        let fragment = link::encode(&json).ok()?;
        Some(format!("{}{fragment}", web::page_address()?))
    };
    move || {
        refused.get().then(|| {
            view! {
                <div class="dp-banner dp-banner--problem dp-storage-notice" role="note" data-storage-notice="">
                    <p>{t.storage_notice(state.embedded)}</p>
                    {state.embedded.then_some(move || own_tab().map(|href| view! {
                        <p><a href=href target="_blank" rel="noopener" data-action="open-in-tab">{t.open_in_own_tab()}</a></p>
                    }))}
                </div>
            }
        })
    }
}
