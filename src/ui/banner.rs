//! The messages about the case on screen: the page opened a share link, or could not; the
//! case is only to read.

use leptos::prelude::*;

use super::state::{AppState, Banner as Message};
use crate::web;

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
