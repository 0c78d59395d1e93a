//! Moving a case to another device or person: a share link (with a privacy warning, and the
//! choice to leave notes out) and case files (save, open, drag and drop).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::state::AppState;
use crate::case::link::{self, LinkError};
use crate::storage::Stored;
use crate::storage::file::{FileOutcome, MAX_FILE_BYTES, open_text};
use crate::web;

#[component]
pub fn ShareAndFiles() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let (file, drafts, today) = (state.file, state.drafts, state.today);
    let sharing = RwSignal::new(false);
    let without_notes = RwSignal::new(true);
    let link_result: RwSignal<Option<Result<String, LinkError>>> = RwSignal::new(None);
    let copied = RwSignal::new(None::<bool>);
    let outcome = RwSignal::new(None::<FileOutcome>);

    let make_link = move |_| {
        let doc = file.with_untracked(|f| {
            if without_notes.get_untracked() {
                f.without_notes()
            } else {
                f.clone()
            }
        });
        let result = web::to_json(&doc.to_json())
            .ok_or(LinkError::TooLarge)
            .and_then(|json| link::encode(&json))
            .map(|fragment| format!("{}{fragment}", web::page_address().unwrap_or_default()));
        let text = result.as_ref().ok().cloned();
        link_result.set(Some(result));
        copied.set(None);
        if let Some(text) = text {
            spawn_local(async move { copied.set(Some(web::copy_text(&text).await)) });
        }
    };
    let save_file = move |_| {
        let doc = file.get_untracked();
        // "Today" as the page counts it (a fixed `?today=` included).
        let date = today.to_string();
        if let Some(text) = web::to_pretty_json(&doc.to_json()) {
            web::download(&doc.file_name(&date), "application/json", &text);
        }
    };
    let open_files = move |files: Option<web_sys::FileList>| {
        let Some(f) = files.and_then(|l| l.get(0)) else {
            return;
        };
        if f.size() > MAX_FILE_BYTES {
            outcome.set(Some(FileOutcome::TooLarge));
            return;
        }
        spawn_local(async move {
            let Some(text) = web::read_file(&f).await else {
                outcome.set(Some(FileOutcome::Unreadable));
                return;
            };
            match open_text(&text, web::parse_json) {
                Ok(mut opened) => {
                    // Never overwrite a draft already on this device: a file with a known id
                    // becomes a new draft.
                    let id = opened.case_id.clone().unwrap_or_default();
                    let known = drafts
                        .list
                        .with_untracked(|l| l.iter().any(|d: &Stored| d.case_id() == id));
                    if id.is_empty() || known {
                        opened.case_id = Some(web::new_case_id());
                    }
                    let to_read = opened.read_only();
                    drafts.open(file, opened);
                    // A case only to read is never stored (see `Drafts::save_now`).
                    drafts.save_now(file);
                    outcome.set(Some(if to_read {
                        FileOutcome::OpenedToRead
                    } else {
                        FileOutcome::Opened
                    }));
                }
                Err(why) => outcome.set(Some(why)),
            }
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        open_files(input.as_ref().and_then(|i| i.files()));
        if let Some(i) = input {
            i.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        open_files(ev.data_transfer().and_then(|d| d.files()));
    };
    let link_view = move || {
        link_result.get().map(|r| match r {
            Ok(url) => view! {
                <div class="dp-field">
                    <label for="dp-link" class="dp-label">{t.link_ready()}</label>
                    <input id="dp-link" class="dp-input dp-input--wide" readonly data-field="share-link" prop:value=url/>
                    <p class="dp-help" role="status">
                        {move || match copied.get() {
                            Some(true) => t.link_copied(),
                            Some(false) => t.link_copy_by_hand(),
                            None => "",
                        }}
                    </p>
                </div>
            }
            .into_any(),
            Err(_) => view! { <p class="dp-warning" role="alert">{t.link_too_large()}</p> }.into_any(),
        })
    };
    view! {
        <div class="dp-share" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <h3>{t.share_heading()}</h3>
            <button type="button" class="dp-button dp-button--quiet" data-action="share" aria-expanded=move || sharing.get().to_string() on:click=move |_| sharing.update(|s| *s = !*s)>
                {t.copy_link()}
            </button>
            {move || sharing.get().then(|| view! {
                <div class="dp-callout">
                    <p>{t.link_warning()}</p>
                    <div class="dp-radio">
                        <input type="checkbox" id="dp-without-notes" prop:checked=move || without_notes.get() on:change=move |ev| without_notes.set(event_target_checked(&ev))/>
                        <label for="dp-without-notes">{t.leave_notes_out()}</label>
                    </div>
                    <button type="button" class="dp-button" data-action="make-link" on:click=make_link>{t.make_link()}</button>
                    {link_view}
                </div>
            })}
            <div class="dp-actions">
                <button type="button" class="dp-button dp-button--quiet" data-action="save-file" on:click=save_file>{t.save_file()}</button>
                <label class="dp-button dp-button--quiet dp-file">
                    {t.open_file()}
                    <input type="file" class="dp-sr-only" accept=".json,application/json" data-field="open-file" on:change=on_pick/>
                </label>
            </div>
            <p class="dp-help">{t.drop_hint()}</p>
            <p class="dp-help" role="status" data-file-outcome=move || outcome.get().map(|o| format!("{o:?}")).unwrap_or_default()>
                {move || outcome.get().map(|o| t.file_outcome(o))}
            </p>
        </div>
    }
}
