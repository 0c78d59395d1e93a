//! The page footer: the not-legal-advice notice, when the rules were checked, a fixed "today",
//! and how to report a wrong date.

use leptos::prelude::*;

use super::connection::OfflineReady;
use super::embed_code::EmbedCodeLink;
use super::state::AppState;
use crate::case::parse_date;
use crate::rules::rules_checked;

#[component]
pub fn PageFooter() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let checked = parse_date(rules_checked())
        .map(|d| t.date_long(d))
        .unwrap_or_default();
    view! {
        <footer class="dp-footer">
            <p>{t.not_advice()}</p>
            <p data-rules-checked=rules_checked()>{t.rules_checked(&checked)}</p>
            <OfflineReady/>
            <EmbedCodeLink/>
            {state.today_fixed.then(|| view! { <p class="dp-fixed-today" data-today-fixed=state.today.to_string()>{t.today_fixed(&t.date_long(state.today))}</p> })}
            <details class="dp-report">
                <summary>{t.report_wrong_date()}</summary>
                <p>{t.report_help()}</p>
            </details>
        </footer>
    }
}
