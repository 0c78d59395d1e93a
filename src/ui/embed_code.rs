//! The "Get the embed code" page (`#embed-code`): a web manager picks the language and the state
//! (or lets visitors choose), the colours, where reports of a wrong date go, copies the snippet,
//! and sees the top of the calculator as their visitors will, at the width of their page.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::AppState;
use crate::embed::{
    AccentProblem, EmbedChoices, FRAME_ID, PREVIEW_WIDTHS, SANDBOX, Theme, check_accent, parse_rgb,
};
use crate::engine::case::STATE_CODES;
use crate::i18n::Lang;
use crate::web;

/// The fragment that opens this page.
pub const FRAGMENT: &str = "#embed-code";

/// The footer's way in.
#[component]
pub fn EmbedCodeLink() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    (!state.embedded).then(|| {
        view! { <p class="dp-embed-link"><a href=FRAGMENT data-action="embed-code">{t.embed_code_link()}</a></p> }
    })
}

#[component]
pub fn EmbedCodePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let lang = RwSignal::new(None::<&'static str>);
    let jurisdiction = RwSignal::new(None::<String>);
    // An embed's default (contract section 6).
    let theme = RwSignal::new(Theme::Light);
    let use_accent = RwSignal::new(false);
    let colour = RwSignal::new(String::from("#1d4ed8"));
    let sandboxed = RwSignal::new(true);
    let report = RwSignal::new(String::new());
    let width = RwSignal::new(PREVIEW_WIDTHS[0]);
    let copied = RwSignal::new(None::<bool>);
    let base = web::page_href().unwrap_or_default();
    let page_lang = state.lang.get_untracked();

    let choices = Memo::new(move |_| EmbedChoices {
        lang: lang.get(),
        jurisdiction: jurisdiction.get(),
        theme: theme.get(),
        accent: use_accent
            .get()
            .then(|| colour.with(|c| crate::embed::accent(c, theme.get())))
            .flatten(),
        report: report.with(|r| crate::report::destination(r).map(|_| r.trim().to_string())),
        sandboxed: sandboxed.get(),
    });
    // The frame's title is in the host's chosen language: its words are fetched when it is
    // chosen, and the code is written again when they come.
    let words_came = RwSignal::new(0_u32);
    Effect::new(move |_| {
        if let Some(chosen) = lang.get().and_then(Lang::parse) {
            super::texts::fetch_for(chosen, move || words_came.update(|n| *n += 1));
        }
    });
    let snippet = {
        let base = base.clone();
        Memo::new(move |_| {
            words_came.track();
            choices.with(|c| c.snippet(&base, frame_title(c, page_lang)))
        })
    };
    // A colour turned down, and each check it failed.
    let rejected = move || {
        if !use_accent.get() {
            return Vec::new();
        }
        let raw = colour.get();
        let Some(rgb) = parse_rgb(&raw) else {
            return Vec::new();
        };
        match check_accent(rgb, theme.get()) {
            Ok(_) => Vec::new(),
            Err(problems) => problems
                .into_iter()
                .map(|p| {
                    let ratio = match p {
                        AccentProblem::WhiteText(r)
                        | AccentProblem::Background { ratio: r, .. } => r,
                    };
                    let text = t.embed_accent_rejected(&raw, p, &t.one_decimal(ratio));
                    view! { <span class="dp-block">{text}</span> }
                })
                .collect(),
        }
    };
    let report_rejected = move || {
        report
            .with(|r| !r.trim().is_empty() && crate::report::destination(r).is_none())
            .then(|| t.embed_report_rejected())
    };
    let copy = move |_| {
        let text = snippet.get_untracked();
        copied.set(None);
        spawn_local(async move { copied.set(Some(web::copy_text(&text).await)) });
    };

    let states = crate::i18n::states_by_name(t);
    web::focus_soon("dp-embed-code-heading");

    view! {
        <section class="dp-embed-code" aria-labelledby="dp-embed-code-heading" data-embed-code="">
            <h2 id="dp-embed-code-heading" tabindex="-1">{t.embed_code_heading()}</h2>
            <p>{t.embed_code_intro()}</p>
            <div class="dp-embed-choices">
                <div class="dp-field">
                    <label for="dp-embed-lang" class="dp-label">{t.embed_lang_label()}</label>
                    <select id="dp-embed-lang" class="dp-input" data-field="embed-lang"
                        on:change=move |ev| lang.set(Lang::parse(&event_target_value(&ev)).map(Lang::tag))>
                        <option value="">{t.embed_lang_auto()}</option>
                        {Lang::ALL.map(|l| view! { <option value=l.tag() lang=l.tag()>{l.own_name()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="dp-field">
                    <label for="dp-embed-state" class="dp-label">{t.embed_state_question()}</label>
                    <select id="dp-embed-state" class="dp-input" data-field="embed-jurisdiction"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            jurisdiction.set(STATE_CODES.iter().find(|c| v == format!("US-{c}")).map(|c| format!("US-{c}")));
                        }>
                        <option value="">{t.embed_state_auto()}</option>
                        {states.into_iter().map(|(code, name)| view! { <option value=format!("US-{code}")>{name}</option> }).collect_view()}
                    </select>
                </div>
                <fieldset class="dp-fieldset">
                    <legend class="dp-label">{t.embed_theme_label()}</legend>
                    {[Theme::Auto, Theme::Light, Theme::Dark].map(|choice| {
                        let id = format!("dp-embed-theme-{}", choice.attribute().unwrap_or("auto"));
                        view! {
                            <div class="dp-radio">
                                <input type="radio" id=id.clone() name="dp-embed-theme" data-field="embed-theme"
                                    value=choice.attribute().unwrap_or("auto")
                                    prop:checked=move || theme.get() == choice
                                    on:change=move |_| theme.set(choice)/>
                                <label for=id>{t.embed_theme(choice)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="dp-field">
                    <div class="dp-radio">
                        <input type="checkbox" id="dp-embed-accent-use" data-field="embed-accent-use"
                            prop:checked=move || use_accent.get()
                            on:change=move |ev| use_accent.set(event_target_checked(&ev))/>
                        <label for="dp-embed-accent-use">{t.embed_accent_use()}</label>
                    </div>
                    <label for="dp-embed-accent" class="dp-label">{t.embed_accent_label()}</label>
                    <input type="color" id="dp-embed-accent" class="dp-colour" data-field="embed-accent"
                        aria-describedby="dp-embed-accent-problem"
                        prop:disabled=move || !use_accent.get()
                        prop:value=move || colour.get()
                        on:input=move |ev| colour.set(event_target_value(&ev))/>
                    <p id="dp-embed-accent-problem" class="dp-error" role="status" data-accent-problem="">
                        {rejected}
                    </p>
                </div>
                <div class="dp-field">
                    <label for="dp-embed-report" class="dp-label">{t.embed_report_label()}</label>
                    <input type="text" id="dp-embed-report" class="dp-input dp-input--wide" data-field="embed-report"
                        inputmode="url" autocomplete="off" spellcheck="false"
                        aria-describedby="dp-embed-report-help dp-embed-report-problem"
                        prop:value=move || report.get()
                        on:input=move |ev| report.set(event_target_value(&ev))/>
                    <p id="dp-embed-report-help" class="dp-help">{t.embed_report_help()}</p>
                    <p id="dp-embed-report-problem" class="dp-error" role="status" data-report-problem="">{report_rejected}</p>
                </div>
                <div class="dp-field dp-radio">
                    <input type="checkbox" id="dp-embed-sandbox" data-field="embed-sandbox"
                        prop:checked=move || sandboxed.get()
                        on:change=move |ev| sandboxed.set(event_target_checked(&ev))/>
                    <label for="dp-embed-sandbox">{t.embed_sandbox()}</label>
                </div>
            </div>
            <label for="dp-embed-snippet" class="dp-label">{t.embed_code_label()}</label>
            <textarea id="dp-embed-snippet" class="dp-input dp-code" readonly rows="16" spellcheck="false"
                data-field="embed-snippet" prop:value=snippet></textarea>
            <div class="dp-actions">
                <button type="button" class="dp-button" data-action="copy-embed-code" on:click=copy>{t.copy_code()}</button>
                <p role="status" data-copied="">
                    {move || copied.get().map(|ok| if ok { t.code_copied() } else { t.code_copy_failed() })}
                </p>
            </div>
            <p class="dp-help">{t.embed_host_note()}</p>
            <h3>{t.embed_preview_heading()}</h3>
            <div class="dp-field">
                <label for="dp-embed-width" class="dp-label">{t.embed_width_label()}</label>
                <select id="dp-embed-width" class="dp-input" data-field="embed-width"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(px) = PREVIEW_WIDTHS.into_iter().find(|px| px.to_string() == v) {
                            width.set(px);
                        }
                    }>
                    {PREVIEW_WIDTHS.map(|px| view! { <option value=px.to_string()>{t.embed_width(px)}</option> }).collect_view()}
                </select>
            </div>
            <p class="dp-help">{t.embed_preview_help()}</p>
            <Preview base=base choices=choices page_lang=page_lang width=width words_came=words_came/>
            <p><a href="#" data-action="back-to-calculator">{t.back_to_calculator()}</a></p>
        </section>
    }
}

/// The calculator framed as the snippet frames it, at the width the host chose and the height of
/// a screen: the top of the page, as a visitor first sees it (the rest scrolls inside).
#[component]
fn Preview(
    base: String,
    choices: Memo<EmbedChoices>,
    page_lang: Lang,
    width: RwSignal<u32>,
    /// Bumped when the chosen language's words come (the title is written again).
    words_came: RwSignal<u32>,
) -> impl IntoView {
    move || {
        let c = choices.get();
        let title = {
            let c = c.clone();
            move || {
                words_came.track();
                frame_title(&c, page_lang)
            }
        };
        view! {
            <iframe class="dp-embed-preview" data-embed-preview=""
                id=format!("{FRAME_ID}-preview")
                title=title
                src=c.frame_src(&base)
                width=move || width.get().to_string()
                height="600"
                allow="clipboard-write"
                sandbox=c.sandboxed.then_some(SANDBOX)></iframe>
        }
    }
}

/// The frame's `title`, in the language the host chose, else in `page`'s.
fn frame_title(c: &EmbedChoices, page: Lang) -> &'static str {
    c.lang
        .and_then(Lang::parse)
        .unwrap_or(page)
        .text()
        .app_title()
}
