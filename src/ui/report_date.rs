//! "Report a wrong date" on each deadline card: a button on the card, and one panel that opens
//! under the card whose button was pressed. The panel shows the report ([`crate::report`]) as it
//! will be sent, asks for the date the person expected, leaves the case's name and notes out
//! unless ticked, and sends it by e-mail (`mailto:`), to the host's page, or to the clipboard.
//!
//! The cards are drawn by hand (`deadline_card`), so the card only gets the button
//! ([`add_button`]); the panel is an ordinary component, drawn once, and moved into the card it
//! reports on. It stays in the page's flow (not a modal), so that in a tall frame on another
//! site it opens where the person is looking.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use super::state::AppState;
use crate::case::parse_date;
use crate::engine::ids::DeadlineId;
use crate::i18n::Text;
use crate::report::{self, Destination, Facts, Route};
use crate::web;

/// The `data-action` of the card's button.
const ACTION: &str = "report-date";

/// Adds the "Report a wrong date" button to a card.
pub fn add_button(doc: &Document, card: &Element, t: &'static dyn Text) {
    let Ok(button) = doc.create_element("button") else {
        return;
    };
    let _ = button.set_attribute("type", "button");
    button.set_class_name("dp-button dp-button--quiet dp-report-open");
    let _ = button.set_attribute("data-action", ACTION);
    let _ = button.set_attribute("aria-expanded", "false");
    button.set_text_content(Some(t.report_wrong_date()));
    let _ = card.append_child(&button);
}

/// The report panel, drawn once; the cards' buttons open it under their card.
#[component]
pub fn ReportPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let open = RwSignal::new(None::<DeadlineId>);
    let expected = RwSignal::new(String::new());
    let include_private = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);
    let panel = NodeRef::<html::Section>::new();
    let opener = StoredValue::new_local(None::<Element>);
    let destination = Destination::for_page(web::query_param("report").as_deref());
    let route = destination.route();

    let composed = Memo::new(move |_| {
        let id = open.get()?;
        let (shown, earliest) = state.timeline.with(|tl| {
            tl.deadlines
                .iter()
                .find(|d| d.id == id)
                .map(|d| (d.date(), d.earliest.filter(|e| Some(*e) != d.date())))
                .unwrap_or((None, None))
        });
        let expected = expected.with(|e| parse_date(e));
        let private = include_private.get();
        Some(state.file.with(|file| {
            report::compose(
                t,
                &Facts {
                    deadline: id,
                    shown,
                    earliest,
                    expected,
                    file,
                    include_private: private,
                    today: state.today,
                    today_fixed: state.today_fixed,
                    rules_checked: crate::rules::rules_checked(),
                },
            )
        }))
    });
    let body = move || composed.with(|r| r.as_ref().map(|r| r.body.clone()).unwrap_or_default());
    let is_web = route == Route::Web;
    // The e-mail with the report, or the host's page (the report is copied on the way).
    let href = move || match &destination {
        Destination::Web(url) => url.clone(),
        Destination::Mail(address) => composed.with(|r| {
            r.as_ref()
                .map(|r| report::mailto(address, &r.subject, &r.body))
                .unwrap_or_default()
        }),
    };
    let copy = move || {
        let text = composed.with_untracked(|r| r.as_ref().map(|r| r.body.clone()));
        copied.set(None);
        if let Some(text) = text {
            spawn_local(async move { copied.set(Some(web::copy_text(&text).await)) });
        }
    };
    let set_expanded = move |value: &str| {
        opener.with_value(|b| {
            if let Some(b) = b {
                let _ = b.set_attribute("aria-expanded", value);
            }
        })
    };
    let close = move || {
        set_expanded("false");
        open.set(None);
        opener.with_value(|b| {
            if let Some(b) = b.as_ref().and_then(|b| b.dyn_ref::<web_sys::HtmlElement>()) {
                let _ = b.focus();
            }
        });
    };
    // A card's button: the panel moves under that card and opens (again: it closes).
    let listener = window_event_listener(leptos::ev::click, move |ev| {
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| {
                el.closest(&format!("[data-action=\"{ACTION}\"]"))
                    .ok()
                    .flatten()
            });
        let Some(button) = button else { return };
        let id = button
            .closest("[data-deadline]")
            .ok()
            .flatten()
            .and_then(|card| card.get_attribute("data-deadline"))
            .and_then(|id| DeadlineId::parse(&id));
        let Some(id) = id else { return };
        if open.get_untracked() == Some(id) {
            close();
            return;
        }
        set_expanded("false");
        if let Some(section) = panel.get_untracked() {
            let _ = button.after_with_node_1(&section);
        }
        opener.set_value(Some(button));
        set_expanded("true");
        expected.set(String::new());
        include_private.set(false);
        copied.set(None);
        open.set(Some(id));
        web::focus_soon("dp-report-heading");
    });
    on_cleanup(move || listener.remove());

    view! {
        <section class="dp-report-panel dp-callout" node_ref=panel aria-labelledby="dp-report-heading"
            on:keydown=move |ev| if ev.key() == "Escape" { close() }
            hidden=move || open.get().is_none() data-report-panel=move || open.get().map(DeadlineId::as_str)>
            <h4 id="dp-report-heading" tabindex="-1">
                {move || open.get().map(|id| t.report_heading(t.deadline_name(id)))}
            </h4>
            <p>{t.report_intro()}</p>
            <p class="dp-help">{t.report_route(route)}</p>
            <div class="dp-field">
                <label for="dp-report-expected" class="dp-label">{t.report_expected_label()}</label>
                <input type="date" id="dp-report-expected" class="dp-input" data-field="report-expected"
                    prop:value=move || expected.get()
                    on:input=move |ev| expected.set(event_target_value(&ev))/>
            </div>
            <div class="dp-radio">
                <input type="checkbox" id="dp-report-private" data-field="report-private"
                    prop:checked=move || include_private.get()
                    on:change=move |ev| include_private.set(event_target_checked(&ev))/>
                <label for="dp-report-private">{t.report_include_private()}</label>
            </div>
            <label for="dp-report-body" class="dp-label">{t.report_text_label()}</label>
            <textarea id="dp-report-body" class="dp-input dp-code" readonly rows="12" spellcheck="false"
                data-report-body="" prop:value=body></textarea>
            <div class="dp-actions">
                <a class="dp-button" href=href target=is_web.then_some("_blank") rel=is_web.then_some("noopener")
                    data-report-web=is_web.then_some("") data-report-mailto=(!is_web).then_some("")
                    on:click=move |_| if is_web { copy() }>
                    {if is_web { t.report_open_page() } else { t.report_send_mail() }}
                </a>
                <button type="button" class="dp-button dp-button--quiet" data-action="report-copy" on:click=move |_| copy()>{t.report_copy()}</button>
                <button type="button" class="dp-button dp-button--quiet" data-action="report-close" on:click=move |_| close()>{t.report_close()}</button>
            </div>
            <p class="dp-help" role="status" data-report-copied="">
                {move || copied.get().map(|ok| if ok { t.report_copied() } else { t.report_copy_by_hand() })}
            </p>
        </section>
    }
}
