//! The offline copy: registers the service worker that `scripts/offline.mjs` writes into release
//! builds, and reports what it does. Development builds register nothing (they have no worker,
//! and a cached page would hide the changes being made). Browsers without service workers
//! (a `file:` page, an insecure origin, some private modes) simply keep working online.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

use super::log;

/// The worker's file, relative to the page (so the page works under any path).
const WORKER: &str = "sw.js";
/// The message that lets a waiting new version take over (scripts/service-worker.js).
const USE_NEW_VERSION: &str = "due-process-calculator:use-new-version";

/// What the offline copy has to say to the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfflineNews {
    /// This device has a whole copy of the page: it will open with no connection.
    Ready,
    /// A newer version is downloaded and waits for the family's go-ahead.
    NewVersion,
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // `navigator.serviceWorker` is missing where it is not allowed; reading it then would fail.
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Keeps an offline copy of the page on this device (release builds) and reports its news.
pub fn keep_offline_copy(news: impl Fn(OfflineNews) + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else { return };
    let news: Rc<dyn Fn(OfflineNews)> = Rc::new(news);
    let registering = container.register(WORKER);
    spawn_local(async move {
        let registration: ServiceWorkerRegistration = match JsFuture::from(registering).await {
            Ok(r) => r.unchecked_into(),
            Err(e) => {
                log(&format!("offline copy not kept: {e:?}"));
                return;
            }
        };
        // Only a page that an older version already controls has anything to switch from.
        let controlled = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        let found: Rc<dyn Fn(ServiceWorker)> = {
            let news = news.clone();
            Rc::new(move |worker| report_when_installed(worker, news.clone(), controlled.clone()))
        };
        // Look for a new version now: browsers check on their own only now and then.
        if let Ok(checking) = registration.update() {
            spawn_local(async move {
                // Offline, or the server is away: the copy kept stays in use.
                let _ = JsFuture::from(checking).await;
            });
        }
        if registration.waiting().is_some() && container.controller().is_some() {
            news(OfflineNews::NewVersion);
        }
        // A new version may already be on its way (found before this page asked), or come later.
        if let Some(worker) = registration.installing() {
            found(worker);
        }
        let on_found = {
            let registration = registration.clone();
            Closure::<dyn Fn()>::new(move || {
                if let Some(worker) = registration.installing() {
                    found(worker);
                }
            })
        };
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        // Lives as long as the page.
        on_found.forget();
        if let Ok(ready) = container.ready()
            && JsFuture::from(ready).await.is_ok()
        {
            news(OfflineNews::Ready);
        }
    });
}

/// Reports a new version once it has been downloaded whole and checked.
fn report_when_installed(
    worker: ServiceWorker,
    news: Rc<dyn Fn(OfflineNews)>,
    controlled: impl Fn() -> bool + 'static,
) {
    let seen = worker.clone();
    let on_state = Closure::<dyn Fn()>::new(move || {
        if seen.state() == ServiceWorkerState::Installed && controlled() {
            news(OfflineNews::NewVersion);
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    // Lives as long as the worker's page: one per version found.
    on_state.forget();
}

/// Switches to the waiting new version and reloads the page once it has taken over. Drafts are
/// saved by the page's own `pagehide` handler before the reload.
pub fn use_new_version() {
    let Some(container) = container() else { return };
    spawn_local(async move {
        let Ok(found) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Some(waiting) = found
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting())
        else {
            return;
        };
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &USE_NEW_VERSION.into());
        if let Err(e) = waiting.post_message(&message) {
            log(&format!("could not switch to the new version: {e:?}"));
        }
    });
}

/// Whether the browser believes it has a network connection (`navigator.onLine`).
pub fn online() -> bool {
    web_sys::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true)
}
