//! The message shown when the page opened a share link, or could not.

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
                    <button type="button" class="dp-button dp-button--quiet" on:click=move |_| { state.banner.set(None); web::focus_soon("step-situation"); }>
                        {t.dismiss()}
                    </button>
                </div>
            }
        })
    }
}
