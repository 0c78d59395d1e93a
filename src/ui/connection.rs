//! What the page says about the connection: working offline, and a newer version waiting.
//! One live region, always present, so screen readers hear each change.

use leptos::prelude::*;

use super::state::AppState;
use crate::web::offline::{OfflineNews, keep_offline_copy, online, use_new_version};

/// Follows the connection and the offline copy (once per page). The window's listeners end
/// with the app.
pub fn follow(state: AppState) {
    let on = window_event_listener(leptos::ev::online, move |_| state.online.set(online()));
    let off = window_event_listener(leptos::ev::offline, move |_| state.online.set(online()));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    keep_offline_copy(move |news| match news {
        OfflineNews::Ready => state.offline_ready.set(true),
        OfflineNews::NewVersion => state.new_version.set(true),
    });
}

#[component]
pub fn ConnectionNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    view! {
        <div class="dp-connection" role="status">
            {move || (!state.online.get()).then(|| view! {
                <p class="dp-banner dp-banner--info" data-offline="">{t.offline_now()}</p>
            })}
            {move || state.new_version.get().then(|| view! {
                <div class="dp-banner dp-banner--info" data-new-version="">
                    <p>{t.new_version_ready()}</p>
                    <button type="button" class="dp-button" data-action="use-new-version" on:click=move |_| use_new_version()>
                        {t.use_new_version()}
                    </button>
                </div>
            })}
        </div>
    }
}

/// The footer's line saying that this device keeps an offline copy.
#[component]
pub fn OfflineReady() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    move || {
        state
            .offline_ready
            .get()
            .then(|| view! { <p data-offline-ready="">{t.offline_ready()}</p> })
    }
}
