//! Drafts kept on this device: loading them when the page opens, saving the case a moment after
//! each change, following edits made in another tab, and the panel where the family names,
//! switches, copies and deletes drafts. The rules (keys, versions, which copy is newer) are in
//! [`crate::storage`]; the browser calls are in [`crate::web`].

use leptos::ev;
use leptos::prelude::*;

use super::state::AppState;
use crate::case::CaseFile;
use crate::storage::{self, Found, SavePlan, Stored};
use crate::web::{self, StorageError};

/// Whether the case on screen is kept on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Saved on this device.
    Saved,
    /// Not stored yet, and nothing to lose: a new case with nothing entered, or the empty case
    /// after a link that could not be opened. Saved at the first change.
    NotYet,
    /// Saved, but as a separate draft: another tab had saved a newer edit of the same draft.
    KeptAsCopy,
    /// Opened from a link and not saved on this device until the family uses it (a change, a
    /// checklist tick, the calendar, print) or keeps it; meanwhile this tab keeps it
    /// ([`crate::web::session_store`]), so a reload still shows it.
    FromLink,
    /// Could not be saved: the case lives only in this page.
    NotSaved(StorageError),
}

/// The drafts part of the page state.
#[derive(Clone, Copy)]
pub struct Drafts {
    pub list: RwSignal<Vec<Stored>>,
    pub status: RwSignal<SaveStatus>,
    /// Entries that could not be read and were moved aside (reported, never deleted).
    pub set_aside: RwSignal<usize>,
    /// The last deleted draft, for "Undo".
    pub deleted: RwSignal<Option<CaseFile>>,
    /// Whether that was a case opened from a link (only in this page, never stored).
    deleted_from_link: StoredValue<bool>,
    /// The case as last loaded or saved: a change is anything that differs from it.
    baseline: StoredValue<CaseFile>,
    /// The save a moment after the last change (made at the first change, then reused).
    timer: StoredValue<Option<web::Debounce>, LocalStorage>,
}

/// Reads the drafts on this device, moving unreadable entries aside untouched.
pub fn load() -> Result<Found, StorageError> {
    let entries = web::stored_entries()?;
    let found = storage::read_all(
        entries.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        web::parse_json,
    );
    for key in &found.unreadable {
        let moved = entries
            .iter()
            .find(|(k, _)| k == key)
            .is_some_and(|(_, text)| web::store(&storage::set_aside_key(key), text).is_ok());
        if moved {
            let _ = web::unstore(key);
        }
        web::log(&format!(
            "drafts: entry {key} could not be read and was set aside"
        ));
    }
    Ok(found)
}

/// [`SaveStatus::Saved`] when `current` is one of the drafts on this device, else
/// [`SaveStatus::NotYet`].
fn stored_status(drafts: &[Stored], current: &CaseFile) -> SaveStatus {
    let id = current.case_id.as_deref().unwrap_or_default();
    if drafts.iter().any(|d| d.case_id() == id) {
        SaveStatus::Saved
    } else {
        SaveStatus::NotYet
    }
}

/// The key, in this tab's `sessionStorage`, of a linked case the family has not used yet: a
/// reload or a return to the page in the same tab opens it again.
pub const TAB_LINK: &str = "due-process-calculator.v1.tab-link";

/// The linked case this tab keeps, if any (see [`TAB_LINK`]).
pub fn tab_link() -> Option<CaseFile> {
    let text = web::session_stored(TAB_LINK)?;
    let file = CaseFile::from_json_to_read(web::parse_json(&text)?).ok()?;
    file.case_id.is_some().then_some(file)
}

/// Keeps a linked case for this tab only.
fn keep_for_tab(file: &CaseFile) {
    if let Some(text) = web::to_json(&file.to_json()) {
        web::session_store(TAB_LINK, &text);
    }
}

impl Drafts {
    pub fn new(found: &Result<Found, StorageError>, from_link: bool, current: &CaseFile) -> Self {
        let (list, status, set_aside) = match found {
            Ok(f) => (
                f.drafts.clone(),
                if from_link {
                    SaveStatus::FromLink
                } else {
                    stored_status(&f.drafts, current)
                },
                f.unreadable.len(),
            ),
            Err(e) => (Vec::new(), SaveStatus::NotSaved(*e), 0),
        };
        if from_link {
            // A reload of this tab opens it again ([`tab_link`]).
            keep_for_tab(current);
        }
        Drafts {
            list: RwSignal::new(list),
            status: RwSignal::new(status),
            set_aside: RwSignal::new(set_aside),
            deleted: RwSignal::new(None),
            deleted_from_link: StoredValue::new(false),
            baseline: StoredValue::new(current.clone()),
            timer: StoredValue::new_local(None),
        }
    }

    /// Saves the case now (a new revision), and lists it. A case from a link becomes the
    /// family's own draft at its first change, unless this device keeps a draft of the same case:
    /// that draft is never overwritten by the link's, and the family chooses (open it, or keep the
    /// link's as a new draft). A case only to read (a newer version saved it) is never written.
    pub fn save_now(self, file: RwSignal<CaseFile>) {
        self.cancel_timer();
        if file.with_untracked(CaseFile::read_only) {
            return;
        }
        if self.status.get_untracked() == SaveStatus::FromLink {
            let edited = file.with_untracked(|f| self.baseline.with_value(|b| b != f));
            let id = file.with_untracked(|f| f.case_id.clone());
            let known = id.is_some_and(|id| {
                self.list
                    .with_untracked(|l| storage::editable(l, &id).is_some())
            });
            if known || !edited {
                // Still the link's: this tab keeps what is on screen.
                file.with_untracked(keep_for_tab);
                return;
            }
            self.leave_link();
        }
        let mut copy = file.get_untracked();
        let Some(mut id) = copy.case_id.clone() else {
            return;
        };
        let plan = match web::stored(&storage::draft_key(&id)) {
            Ok(stored) => storage::save_plan(stored.as_deref(), &copy, web::parse_json),
            Err(e) => {
                self.status.set(SaveStatus::NotSaved(e));
                return;
            }
        };
        if plan == SavePlan::KeepAsCopy {
            id = web::new_case_id();
            copy.case_id = Some(id.clone());
            copy.revision = Some(0);
        }
        storage::touch(&mut copy, &web::now_iso());
        let result = web::to_json(&copy.to_json())
            .ok_or(StorageError::WriteFailed)
            .and_then(|text| web::store(&storage::draft_key(&id), &text))
            .and_then(|()| web::store(storage::LAST_OPENED, &id));
        match result {
            Ok(()) => {
                // The revision and id change nothing the page shows: no need to recompute.
                file.update_untracked(|f| {
                    f.case_id = copy.case_id.clone();
                    f.revision = copy.revision;
                    f.updated_at = copy.updated_at.clone();
                });
                self.baseline.set_value(file.get_untracked());
                self.list_first(Stored::of(copy));
                self.status.set(match plan {
                    SavePlan::Overwrite => SaveStatus::Saved,
                    SavePlan::KeepAsCopy => SaveStatus::KeptAsCopy,
                });
            }
            Err(e) => self.status.set(SaveStatus::NotSaved(e)),
        }
    }

    /// Saves now if anything on screen is not saved yet: a change waiting for its timer, or one
    /// so recent that the timer is not even set (the tab is closing).
    fn flush(self, file: RwSignal<CaseFile>) {
        let changed = file.with_untracked(|f| self.baseline.with_value(|b| b != f));
        if self.waiting() || changed {
            self.save_now(file);
        }
    }

    /// Saves a moment after the last change (well under a second).
    fn schedule(self, file: RwSignal<CaseFile>) {
        let started = self
            .timer
            .try_update_value(|t| {
                t.get_or_insert_with(|| web::Debounce::new(300, move || self.save_now(file)))
                    .restart()
            })
            .is_some();
        if !started {
            self.save_now(file);
        }
    }

    /// Whether a change is waiting for its save.
    fn waiting(self) -> bool {
        self.timer
            .try_with_value(|t| t.as_ref().is_some_and(web::Debounce::pending))
            .unwrap_or(false)
    }

    fn cancel_timer(self) {
        self.timer.try_with_value(|t| {
            if let Some(t) = t {
                t.cancel();
            }
        });
    }

    /// Opens another draft (saving the current one first). A case opened from a link is left
    /// behind: what is on screen now is kept on this device again.
    pub fn open(self, file: RwSignal<CaseFile>, next: CaseFile) {
        self.flush(file);
        self.leave_link();
        if let Some(id) = &next.case_id {
            let _ = web::store(storage::LAST_OPENED, id);
        }
        self.baseline.set_value(next.clone());
        file.set(next);
    }

    /// The draft on this device with the same case as the one on screen, if the case on screen
    /// came from a link or a file and is already kept here.
    pub fn saved_copy_of(self, file: RwSignal<CaseFile>) -> Option<CaseFile> {
        let id = file.with(|f| f.case_id.clone())?;
        self.list.with(|l| storage::editable(l, &id).cloned())
    }

    /// Leaves a linked case and opens the family's own saved draft of it.
    pub fn open_saved(self, file: RwSignal<CaseFile>, saved: CaseFile) {
        self.status.set(SaveStatus::Saved);
        self.open(file, saved);
    }

    /// After a linked case is left (or kept): the case on screen is saved as usual again, and
    /// the tab forgets the link's copy.
    fn leave_link(self) {
        if self.status.get_untracked() == SaveStatus::FromLink {
            self.status.set(SaveStatus::Saved);
            web::session_unstore(TAB_LINK);
        }
    }

    /// The family used the case on screen (added it to a calendar, printed it): a linked case
    /// becomes a draft on this device, as at a change. Not when this device already keeps a
    /// draft of the same case (the family chooses, see [`Drafts::save_now`]), nor a case only to
    /// read.
    pub fn used(self, file: RwSignal<CaseFile>) {
        if self.status.get_untracked() != SaveStatus::FromLink
            || file.with_untracked(CaseFile::read_only)
            || self.saved_copy_of_untracked(file)
        {
            return;
        }
        self.leave_link();
        self.save_now(file);
    }

    fn saved_copy_of_untracked(self, file: RwSignal<CaseFile>) -> bool {
        let Some(id) = file.with_untracked(|f| f.case_id.clone()) else {
            return false;
        };
        self.list
            .with_untracked(|l| storage::editable(l, &id).is_some())
    }

    /// Opens what a link entered into this tab carries, as a fresh visit would: the case on
    /// screen is saved first if it changed, then `next` is shown, as the link's case
    /// (`from_link`) or as the empty case after a link that could not be opened.
    pub fn open_from_link(self, file: RwSignal<CaseFile>, next: CaseFile, from_link: bool) {
        self.flush(file);
        self.leave_link();
        self.cancel_timer();
        self.deleted.set(None);
        self.baseline.set_value(next.clone());
        if from_link {
            keep_for_tab(&next);
        }
        let refused = matches!(self.status.get_untracked(), SaveStatus::NotSaved(_));
        file.set(next);
        if refused {
            return;
        }
        self.status.set(if from_link {
            SaveStatus::FromLink
        } else {
            SaveStatus::NotYet
        });
    }

    /// Starts a fresh case as a new draft.
    pub fn create(self, file: RwSignal<CaseFile>) {
        self.open(file, CaseFile::new(web::new_case_id()));
        self.save_now(file);
    }

    /// Keeps the case on screen as a new draft with its own id (a copy, or a linked case).
    /// A case only to read cannot be kept: the copy would be the newer version's document.
    pub fn keep_as_new(self, file: RwSignal<CaseFile>) {
        if file.with_untracked(CaseFile::read_only) {
            return;
        }
        self.leave_link();
        let mut copy = file.get_untracked();
        copy.case_id = Some(web::new_case_id());
        copy.revision = Some(0);
        self.baseline.set_value(copy.clone());
        file.set(copy);
        self.save_now(file);
    }

    /// Deletes the draft on screen (undo brings it back) and opens the next one or a new case. A
    /// case opened from a link is only in this page: deleting it removes nothing stored, not even
    /// a saved draft of the same case.
    pub fn delete(self, file: RwSignal<CaseFile>) {
        let gone = file.get_untracked();
        let from_link = self.status.get_untracked() == SaveStatus::FromLink;
        if from_link {
            self.leave_link();
        } else if let Some(id) = &gone.case_id {
            if let Err(e) = web::unstore(&storage::draft_key(id)) {
                self.status.set(SaveStatus::NotSaved(e));
                return;
            }
            self.list.update(|l| l.retain(|d| d.case_id() != id));
        }
        self.deleted.set(Some(gone));
        self.deleted_from_link.set_value(from_link);
        let next = self
            .list
            .with_untracked(|l| storage::first_editable(l).cloned());
        let next = next.unwrap_or_else(|| CaseFile::new(web::new_case_id()));
        self.baseline.set_value(next.clone());
        file.set(next);
        self.save_now(file);
    }

    /// Brings back the last deleted draft.
    pub fn undo_delete(self, file: RwSignal<CaseFile>) {
        if let Some(back) = self.deleted.get_untracked() {
            self.deleted.set(None);
            if self.deleted_from_link.get_value() {
                // Back to the linked case, still only in this page.
                self.flush(file);
                self.baseline.set_value(back.clone());
                keep_for_tab(&back);
                file.set(back);
                self.status.set(SaveStatus::FromLink);
            } else if back.read_only() {
                self.restore_read_only(file, back);
            } else {
                self.open(file, back);
                self.save_now(file);
            }
        }
    }

    /// Puts a deleted draft of a newer version back as it was (this page never saves it as a
    /// new revision), and opens it.
    fn restore_read_only(self, file: RwSignal<CaseFile>, back: CaseFile) {
        let Some(id) = back.case_id.clone() else {
            return;
        };
        let stored = web::to_json(&back.to_json())
            .ok_or(StorageError::WriteFailed)
            .and_then(|text| web::store(&storage::draft_key(&id), &text));
        if let Err(e) = stored {
            self.status.set(SaveStatus::NotSaved(e));
        }
        self.list_first(Stored::of(back.clone()));
        self.open(file, back);
    }

    /// Puts `entry` first in the list of drafts, in place of the same case's entry.
    fn list_first(self, entry: Stored) {
        let id = entry.case_id().to_string();
        self.list.update(|l| {
            l.retain(|d| d.case_id() != id);
            l.insert(0, entry);
        });
    }
}

/// The buttons whose use keeps a linked case: the calendar files, the printable summary, print.
const USE_ACTIONS: &str = "[data-action=\"calendar\"], [data-action=\"calendar-one\"], \
     [data-action=\"print-view\"], [data-action=\"print\"]";

/// Wires saving and cross-tab updates to the case signal. Call once, inside the app.
pub fn start(state: AppState) {
    let (file, drafts) = (state.file, state.drafts);
    Effect::new(move |_| {
        let changed = file.with(|f| drafts.baseline.with_value(|b| b != f));
        if changed {
            drafts.schedule(file);
        }
    });
    // Leaving the page (closing the tab, switching apps on a phone) saves at once.
    let flush = window_event_listener(ev::pagehide, move |_| drafts.flush(file));
    let hidden = window_event_listener(ev::visibilitychange, move |_| drafts.flush(file));
    // Using a linked case (its dates to a calendar, print) keeps it on this device.
    let used = window_event_listener(ev::click, move |e| {
        let acted = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|el| el.closest(USE_ACTIONS).ok().flatten())
            .is_some();
        if acted {
            drafts.used(file);
        }
    });
    let printing = window_event_listener(ev::Custom::<ev::Event>::new("beforeprint"), move |_| {
        drafts.used(file)
    });
    // Another tab saved: follow its newer copy of this case; refresh the list.
    let other_tab = window_event_listener(ev::storage, move |e| {
        let Some(key) = e.key() else { return };
        let Some(id) = storage::case_id_of(&key) else {
            return;
        };
        let incoming = e
            .new_value()
            .and_then(|t| storage::read_entry(id, &t, web::parse_json));
        let Some(entry) = incoming else {
            drafts.list.update(|l| l.retain(|d| d.case_id() != id));
            return;
        };
        // A newer version's save (from a newer page in that tab) is only listed, to read.
        if let Stored::Editable(incoming) = &entry {
            let current = file.get_untracked();
            // With an edit still waiting to be saved here, keep it on screen: its save will see
            // the newer copy and keep this page's version as a separate draft.
            let editing = drafts.waiting();
            // A case opened from a link stays the link's until the family keeps or leaves it.
            let linked = drafts.status.get_untracked() == SaveStatus::FromLink;
            if !editing
                && !linked
                && current.case_id.as_deref() == Some(id)
                && storage::is_newer(incoming, &current)
            {
                drafts.baseline.set_value((**incoming).clone());
                file.set((**incoming).clone());
            }
        }
        drafts.list_first(entry);
    });
    on_cleanup(move || {
        drafts.cancel_timer();
        flush.remove();
        hidden.remove();
        used.remove();
        printing.remove();
        other_tab.remove();
    });
}

/// The drafts panel: the draft's name, whether it is saved, the other drafts, and what to know
/// about keeping drafts in a browser.
#[component]
pub fn DraftsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let (file, drafts) = (state.file, state.drafts);
    let read_only = state.read_only;
    let status = move || match drafts.status.get() {
        _ if read_only.get() => t.read_only_status().to_string(),
        SaveStatus::Saved => t.saved_here().to_string(),
        SaveStatus::NotYet => t.not_saved_yet().to_string(),
        SaveStatus::KeptAsCopy => t.kept_as_copy().to_string(),
        SaveStatus::FromLink if drafts.saved_copy_of(file).is_some() => {
            t.not_saved_link().to_string()
        }
        SaveStatus::FromLink => t.link_saved_on_change().to_string(),
        SaveStatus::NotSaved(e) => t.not_saved(e).to_string(),
    };
    // Memos: typing a date rewrites none of these.
    let title = Memo::new(move |_| file.with(|f| f.title.clone()));
    let notes = Memo::new(move |_| file.with(|f| f.notes.clone()));
    let current = Memo::new(move |_| file.with(|f| f.case_id.clone()).unwrap_or_default());
    let others = move || {
        let current = current.get();
        drafts
            .list
            .get()
            .into_iter()
            .filter(|d| d.case_id() != current)
            .map(|d| {
                let (label, next) = match &d {
                    Stored::Editable(f) => (draft_title(t, f), Some((**f).clone())),
                    Stored::ReadOnly {
                        title,
                        file: Some(f),
                        ..
                    } => (
                        format!("{} ({})", named(t, title), t.newer_version_draft_to_read()),
                        Some((**f).clone()),
                    ),
                    Stored::ReadOnly { title, .. } => (
                        format!("{} ({})", named(t, title), t.newer_version_draft()),
                        None,
                    ),
                };
                view! {
                    <li>
                        <button
                            type="button"
                            class="dp-button dp-button--quiet"
                            data-draft=d.case_id().to_string()
                            disabled=next.is_none()
                            on:click=move |_| {
                                if let Some(n) = next.clone() {
                                    drafts.open(file, n)
                                }
                            }
                        >
                            {t.open_draft()}": "{label}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="dp-step dp-drafts" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">{t.drafts_heading()}</h2>
            <p class="dp-save-status" role="status" data-save-status="">{status}</p>
            {move || (drafts.set_aside.get() > 0).then(|| view! { <p class="dp-warning">{t.drafts_set_aside(drafts.set_aside.get())}</p> })}
            <div class="dp-field">
                <label for="dp-title" class="dp-label">{t.draft_name_label()}</label>
                <input
                    id="dp-title"
                    class="dp-input"
                    data-field="title"
                    maxlength="200"
                    readonly=move || read_only.get()
                    prop:value=move || title.get()
                    on:input=move |ev| file.update(|f| f.title = event_target_value(&ev))
                />
            </div>
            <div class="dp-field">
                <label for="dp-notes" class="dp-label">{t.notes_label()}</label>
                <textarea
                    id="dp-notes"
                    class="dp-input dp-input--wide"
                    rows="3"
                    data-field="notes"
                    readonly=move || read_only.get()
                    prop:value=move || notes.get()
                    on:input=move |ev| file.update(|f| f.notes = event_target_value(&ev))
                ></textarea>
            </div>
            <div class="dp-actions">
                {move || (drafts.status.get() == SaveStatus::FromLink && !read_only.get()).then(|| view! {
                    <button type="button" class="dp-button" data-action="keep-link" on:click=move |_| { drafts.keep_as_new(file); web::focus_soon("dp-title"); }>{t.keep_linked_case()}</button>
                })}
                {move || (drafts.status.get() == SaveStatus::FromLink).then(|| drafts.saved_copy_of(file)).flatten().map(|saved| {
                    let title = draft_title(t, &saved);
                    view! {
                        <p class="dp-callout" data-link-known="">
                            {t.link_case_known(&title)}" "
                            <button type="button" class="dp-button dp-button--quiet" data-action="open-saved" on:click=move |_| { drafts.open_saved(file, saved.clone()); web::focus_soon("dp-title"); }>{t.open_saved_copy()}</button>
                        </p>
                    }
                })}
                <button type="button" class="dp-button" data-action="new" on:click=move |_| { drafts.create(file); web::focus_soon("dp-title"); }>{t.new_draft()}</button>
                <button type="button" class="dp-button dp-button--quiet" data-action="duplicate" disabled=move || read_only.get() on:click=move |_| { drafts.keep_as_new(file); web::focus_soon("dp-title"); }>{t.duplicate_draft()}</button>
                <button type="button" id="dp-draft-delete" class="dp-button dp-button--quiet" data-action="delete" on:click=move |_| drafts.delete(file)>{t.delete_draft()}</button>
            </div>
            {move || drafts.deleted.get().map(|gone| view! {
                <p class="dp-callout" role="status">
                    {t.deleted_draft(&draft_title(t, &gone))}" "
                    <button type="button" class="dp-button dp-button--quiet" data-action="undo" on:click=move |_| { drafts.undo_delete(file); web::focus_soon("dp-draft-delete"); }>{t.undo()}</button>
                </p>
            })}
            <ul class="dp-draft-list">{others}</ul>
            <super::share::ShareAndFiles/>
            <p class="dp-help">{t.drafts_explain()}</p>
            {state.embedded.then(|| view! { <p class="dp-help" data-embedded-hint="">{t.embedded_drafts_hint()}</p> })}
        </section>
    }
}

fn draft_title(t: &'static dyn crate::i18n::Text, f: &CaseFile) -> String {
    named(t, &f.title)
}

/// A draft's title as the list shows it: "Untitled draft" when empty, at most 80 characters.
fn named(t: &'static dyn crate::i18n::Text, title: &str) -> String {
    if title.trim().is_empty() {
        t.untitled_draft().to_string()
    } else {
        title.chars().take(80).collect()
    }
}
