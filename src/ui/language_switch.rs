//! The language switch, on every screen: each language named in itself. The choice is kept on
//! this device (when storage allows) and wins over the browser's language on the next visit; a
//! `lang` parameter in the address wins over both.

use leptos::prelude::*;

use super::state::AppState;
use crate::i18n::Lang;
use crate::{storage, web};

/// The id of a language's button, to give it focus back after the page is redrawn.
fn button_id(lang: Lang) -> String {
    format!("dp-lang-{}", lang.tag())
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let choose = move |lang: Lang| {
        if state.lang.get_untracked() == lang {
            return;
        }
        let _ = web::store(storage::LANG, lang.tag());
        // The page is redrawn in the new language once its words are here (fetched the first
        // time); keep the keyboard where it was.
        super::texts::switch(state, lang, move || web::focus_soon(button_id(lang)));
    };
    view! {
        <nav class="dp-lang dp-no-print" aria-label=t.language_label()>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    let current = state.lang.get_untracked() == lang;
                    view! {
                        <button
                            type="button"
                            id=button_id(lang)
                            class="dp-button dp-button--quiet"
                            lang=lang.tag()
                            data-lang=lang.tag()
                            aria-pressed=current.to_string()
                            on:click=move |_| choose(lang)
                        >
                            {lang.own_name()}
                        </button>
                    }
                })
                .collect_view()}
        </nav>
    }
}
