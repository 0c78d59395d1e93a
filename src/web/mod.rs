//! The thin layer between the pure code and the browser: the address bar, JSON through the
//! browser's own parser, random ids, and the local date. Every call tolerates a missing or
//! throwing browser API and reports failure as `None`/`Err`, never as a panic.

use chrono::NaiveDate;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::case::{Json, parse_date};

pub mod offline;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The value of a query parameter of the page's address.
pub fn query_param(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name).filter(|v| !v.is_empty())
}

/// The browser's preferred languages, most preferred first (`navigator.languages`).
pub fn browser_languages() -> Vec<String> {
    window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The fragment of the page's address, without clearing it.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading or adding a history entry.
pub fn clear_fragment() {
    let Some(w) = window() else { return };
    let location = w.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = w.history() {
        let _ =
            history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

/// Today's date on this device, or the `?today=YYYY-MM-DD` override (and whether it was fixed).
pub fn today() -> (NaiveDate, bool) {
    if let Some(fixed) = query_param("today").as_deref().and_then(parse_date) {
        return (fixed, true);
    }
    let now = js_sys::Date::new_0();
    let local = NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    );
    (local.unwrap_or_default(), false)
}

/// Parses JSON text with the browser's parser. `None` for text that is not JSON, or nested
/// deeper than any case file could be.
pub fn parse_json(text: &str) -> Option<Json> {
    let js = js_sys::JSON::parse(text).ok()?;
    from_js(&js, 0)
}

/// Converts what `JSON.parse` returns (null, booleans, numbers, strings, arrays, plain objects)
/// into [`Json`]. Written by hand rather than through serde: it is all the page needs, and it
/// keeps serde's error formatting out of the WebAssembly.
fn from_js(v: &JsValue, depth: u32) -> Option<Json> {
    const MAX_DEPTH: u32 = 64;
    if depth > MAX_DEPTH {
        return None;
    }
    Some(if v.is_null() || v.is_undefined() {
        Json::Null
    } else if let Some(b) = v.as_bool() {
        Json::Bool(b)
    } else if let Some(n) = v.as_f64() {
        Json::Number(n)
    } else if let Some(s) = v.as_string() {
        Json::String(s)
    } else if js_sys::Array::is_array(v) {
        let items: Option<Vec<Json>> = js_sys::Array::from(v)
            .iter()
            .map(|x| from_js(&x, depth + 1))
            .collect();
        Json::Array(items?)
    } else {
        let mut map = std::collections::BTreeMap::new();
        for entry in js_sys::Object::entries(v.unchecked_ref()).iter() {
            let pair = js_sys::Array::from(&entry);
            map.insert(pair.get(0).as_string()?, from_js(&pair.get(1), depth + 1)?);
        }
        Json::Object(map)
    })
}

/// Writes JSON text with the browser's serializer.
pub fn to_json(value: &Json) -> Option<String> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let js = value.serialize(&serializer).ok()?;
    js_sys::JSON::stringify(&js).ok().map(String::from)
}

/// A random version-4 UUID from the browser's cryptographic generator (or, if that is
/// unavailable, `Math.random`): a case id never derived from the case's content.
pub fn new_case_id() -> String {
    let mut bytes = [0u8; 16];
    let filled = window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok())
        .unwrap_or(false);
    if !filled {
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// Writes a technical detail to the browser console (never shown to the family).
pub fn log(detail: &str) {
    web_sys::console::warn_1(&JsValue::from_str(detail));
}

/// Why drafts cannot be kept on this device right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser offers no storage here (disabled, private mode, a blocked iframe).
    Unavailable,
    /// Writing failed (storage full, or refused).
    WriteFailed,
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    // `localStorage` itself can throw (some iframes, some private modes).
    window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// Every entry under the calculator's keys, as (key, text).
pub fn stored_entries() -> Result<Vec<(String, String)>, StorageError> {
    let store = local_storage()?;
    let n = store.length().map_err(|_| StorageError::Unavailable)?;
    let mut out = Vec::new();
    for i in 0..n {
        let Some(key) = store.key(i).ok().flatten() else {
            continue;
        };
        if !key.starts_with(crate::storage::PREFIX) {
            continue;
        }
        if let Some(text) = store.get_item(&key).ok().flatten() {
            out.push((key, text));
        }
    }
    Ok(out)
}

/// Writes one entry.
pub fn store(key: &str, text: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(key, text)
        .map_err(|_| StorageError::WriteFailed)
}

/// The text stored under one key, if any.
pub fn stored(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Removes one entry (a missing entry is not an error).
pub fn unstore(key: &str) -> Result<(), StorageError> {
    local_storage()?
        .remove_item(key)
        .map_err(|_| StorageError::WriteFailed)
}

/// This tab's `sessionStorage` (kept across reloads of the tab, gone when it closes).
fn session_storage() -> Option<web_sys::Storage> {
    window().and_then(|w| w.session_storage().ok().flatten())
}

/// Keeps text for this tab only. Silently does nothing where the browser refuses: the tab's copy
/// is a convenience, never the only copy of anything.
pub fn session_store(key: &str, text: &str) {
    if let Some(s) = session_storage() {
        let _ = s.set_item(key, text);
    }
}

/// Text kept for this tab under `key`, if any.
pub fn session_stored(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

/// Forgets what this tab keeps under `key`.
pub fn session_unstore(key: &str) {
    if let Some(s) = session_storage() {
        let _ = s.remove_item(key);
    }
}

/// The current time as ISO 8601 UTC, from the browser clock.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Sends the message of any panic to the browser console (as an error), so a failure is never
/// silent. Kept minimal on purpose: the page never expects to panic, and a full formatter would
/// cost download size for every family.
pub fn log_panics() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("unexpected error");
        let place = info.location().map(|l| l.file()).unwrap_or("");
        web_sys::console::error_2(&JsValue::from_str(message), &JsValue::from_str(place));
    }));
}

/// The page's own address without its fragment (share links point here, also inside an iframe).
pub fn page_address() -> Option<String> {
    let href = window()?.location().href().ok()?;
    Some(crate::embed::share_base(&href))
}

/// Writes JSON text indented by two spaces, for files people may open and read.
pub fn to_pretty_json(value: &Json) -> Option<String> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let js = value.serialize(&serializer).ok()?;
    js_sys::JSON::stringify_with_replacer_and_space(&js, &JsValue::NULL, &JsValue::from_f64(2.0))
        .ok()
        .map(String::from)
}

/// Copies text to the clipboard. `false` when the browser refuses (the page then shows the text
/// to copy by hand).
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let clipboard = js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("clipboard")).ok();
    let Some(clipboard) = clipboard.filter(|c| !c.is_undefined()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")) else {
        return false;
    };
    let Some(write) = write.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) else {
        return false;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers `text` as a download named `name`, of media type `mime`.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let link = window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let done = link.is_some_and(|a| {
        a.set_href(&url);
        a.set_download(name);
        a.click();
        true
    });
    // Revoked a little later: some browsers start the download after the click returns.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    done
}

/// The text of a file the family chose, or `None` when it cannot be read.
pub async fn read_file(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?
        .as_string()
}

/// Adds or removes a class on `<html>` (the print layout).
pub fn set_root_class(name: &str, on: bool) {
    if let Some(list) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map(|e| e.class_list())
    {
        let _ = if on {
            list.add_1(name)
        } else {
            list.remove_1(name)
        };
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Moves keyboard focus to the element with this id once the page has been redrawn (the button
/// that had the focus may be gone), so that keyboard users never lose their place.
pub fn focus_soon(id: impl Into<String>) {
    let id = id.into();
    leptos::prelude::request_animation_frame(move || focus(&id));
}

/// Runs `run` once the browser has painted what is on the page now: the frame's callback runs
/// before its paint, and the timer it starts runs after it.
pub fn after_next_paint(run: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(run, std::time::Duration::ZERO)
    });
}

/// The element with this id, if it is on the page.
fn element(id: &str) -> Option<web_sys::Element> {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
}

/// Removes the element with this id, if it is on the page.
pub fn remove_element(id: &str) {
    if let Some(el) = element(id) {
        el.remove();
    }
}

/// Moves keyboard focus to the element with this id, if it is on the page.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Whether this browser has a date picker (`<input type="date">`); old ones fall back to text.
pub fn date_input_supported() -> bool {
    use wasm_bindgen::JsCast;
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("input").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_none_or(|input| {
            input.set_type("date");
            input.type_() == "date"
        })
}

/// Sets (or removes, with `None`) an attribute of `<html>`.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = match value {
            Some(v) => root.set_attribute(name, v),
            None => root.remove_attribute(name),
        };
    }
}

/// Sets a CSS custom property on `<html>` through the CSS object model (allowed by the page's
/// policy, unlike a `style` attribute). The value must already be validated.
pub fn set_root_css_variable(name: &str, value: &str) {
    use wasm_bindgen::JsCast;
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = root.style().set_property(name, value);
    }
}

/// The `type` of the height message.
const HEIGHT_MESSAGE: &str = "due-process-calculator:height";

/// The height in a height message, if `data` is one, in whole pixels.
pub fn height_message(data: &JsValue) -> Option<u32> {
    let kind = js_sys::Reflect::get(data, &JsValue::from_str("type")).ok()?;
    if kind.as_string().as_deref() != Some(HEIGHT_MESSAGE) {
        return None;
    }
    let height = js_sys::Reflect::get(data, &JsValue::from_str("height"))
        .ok()?
        .as_f64()?;
    // `as` saturates: no float formatting (heavy in WebAssembly) is needed downstream.
    (height.is_finite() && height > 0.0).then_some(height.min(100_000.0).ceil() as u32)
}

/// The page's whole address.
pub fn page_href() -> Option<String> {
    window()?.location().href().ok()
}

/// Inside a frame, tells the host page the height of the calculator whenever it changes, as
/// `{ "type": "due-process-calculator:height", "height": <px> }` (contract section 6).
pub fn post_height_to_host() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(w) = window() else { return };
    let Some(parent) = w.parent().ok().flatten() else {
        return;
    };
    if js_sys::Object::is(&parent, &w) {
        return; // not in a frame
    }
    let Some(root) = w.document().and_then(|d| d.document_element()) else {
        return;
    };
    let send = {
        let root = root.clone();
        move || {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(
                &message,
                &JsValue::from_str("type"),
                &JsValue::from_str(HEIGHT_MESSAGE),
            );
            let _ = js_sys::Reflect::set(
                &message,
                &JsValue::from_str("height"),
                &JsValue::from_f64(f64::from(root.scroll_height())),
            );
            let _ = parent.post_message(&message, "*");
        }
    };
    send();
    let observer = Closure::<dyn FnMut()>::new(send);
    if let Ok(ro) = web_sys::ResizeObserver::new(observer.as_ref().unchecked_ref()) {
        ro.observe(&root);
        if let Some(body) = w.document().and_then(|d| d.body()) {
            ro.observe(&body);
        }
    }
    // The observer lives as long as the page.
    observer.forget();
}

/// How long typing must pause before the page speaks: the timeline's summary, and a typed date
/// that cannot be read yet.
pub const TYPING_PAUSE_MS: i32 = 800;

/// Runs a callback once, a set time after the last [`Debounce::restart`].
///
/// - The callback is made once and kept, so restarting on every key pressed allocates nothing:
///   a one-shot closure per call (Leptos's `set_timeout_with_handle`) is never freed once its
///   timer is cleared, and a family typing dates would slowly fill the page's memory.
/// - A restart only moves the due time. The browser's timer is set when none is running, and
///   when it fires early it waits again for the rest; a change typed while a timer runs costs
///   a clock read instead of clearing one timer and setting another.
pub struct Debounce {
    timer: std::rc::Rc<Timer>,
}

struct Timer {
    callback: std::cell::OnceCell<wasm_bindgen::closure::Closure<dyn FnMut()>>,
    handle: std::cell::Cell<Option<i32>>,
    /// When the callback is due, in milliseconds since the epoch.
    due: std::cell::Cell<f64>,
    delay_ms: i32,
}

impl Timer {
    /// Sets the browser's timer to fire in `ms`.
    fn set(&self, ms: f64) {
        let id = self.callback.get().and_then(|callback| {
            web_sys::window()?
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    callback.as_ref().unchecked_ref(),
                    ms.ceil() as i32,
                )
                .ok()
        });
        self.handle.set(id);
    }
}

impl Debounce {
    pub fn new(delay_ms: i32, run: impl FnMut() + 'static) -> Self {
        // One copy of the timer's code for every caller (its JavaScript glue is not small).
        Self::boxed(delay_ms, Box::new(run))
    }

    fn boxed(delay_ms: i32, mut run: Box<dyn FnMut()>) -> Self {
        let timer = std::rc::Rc::new(Timer {
            callback: std::cell::OnceCell::new(),
            handle: std::cell::Cell::new(None),
            due: std::cell::Cell::new(0.0),
            delay_ms,
        });
        let weak = std::rc::Rc::downgrade(&timer);
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            let Some(timer) = weak.upgrade() else { return };
            let left = timer.due.get() - js_sys::Date::now();
            if left >= 1.0 {
                timer.set(left);
            } else {
                timer.handle.set(None);
                run();
            }
        });
        // A new cell: it cannot be full yet.
        let _ = timer.callback.set(callback);
        Debounce { timer }
    }

    /// Starts the wait again (the callback runs once, `delay_ms` after the last restart).
    pub fn restart(&self) {
        let timer = &self.timer;
        timer
            .due
            .set(js_sys::Date::now() + f64::from(timer.delay_ms));
        if timer.handle.get().is_none() {
            timer.set(f64::from(timer.delay_ms));
        }
    }

    /// Stops a wait in progress, if any.
    pub fn cancel(&self) {
        if let Some(id) = self.timer.handle.take()
            && let Some(w) = web_sys::window()
        {
            w.clear_timeout_with_handle(id);
        }
    }

    /// Whether the callback is waiting to run.
    pub fn pending(&self) -> bool {
        self.timer.handle.get().is_some()
    }
}

impl Drop for Debounce {
    fn drop(&mut self) {
        self.cancel();
    }
}

/// Why one of the page's own files could not be fetched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline, or the request was refused (the service worker had no copy either).
    Network,
    /// The server answered with this HTTP status.
    Status(u16),
}

/// The text of one of the page's own files, by an address relative to the page (the service
/// worker answers offline). Never another origin: the page's policy (`connect-src 'self'`)
/// would refuse it anyway.
pub async fn fetch_text(path: &str) -> Result<String, FetchError> {
    use wasm_bindgen_futures::JsFuture;
    let w = window().ok_or(FetchError::Network)?;
    let response = JsFuture::from(w.fetch_with_str(path))
        .await
        .map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::Network)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(FetchError::Network)
}
