//! Drafts on this device: the storage layout and its rules, as pure code. A thin adapter in
//! [`crate::web`] reads and writes the browser's `localStorage`; everything that decides what a
//! stored entry means (versions, corruption, which copy is newer) lives here and is tested
//! natively.
//!
//! Layout (every key starts with [`PREFIX`], and carries the layout version):
//!
//! | key | value |
//! | --- | --- |
//! | `due-process-calculator.v1.draft.<case_id>` | the case file of contract section 1, as JSON |
//! | `due-process-calculator.v1.last-opened` | the `case_id` of the draft to reopen |
//! | `due-process-calculator.v1.lang` | the language chosen with the page's switch |
//! | `due-process-calculator.v1.set-aside.<original key>` | an entry that could not be read, moved aside unchanged |
//!
//! There is no separate index: the drafts are the keys, so a half-written index can never hide a
//! draft.

use crate::case::{CaseFile, Json, LoadError};

pub mod file;
pub use file::FileOutcome;

/// The prefix of every key this calculator writes.
pub const PREFIX: &str = "due-process-calculator.v1.";
const DRAFT: &str = "due-process-calculator.v1.draft.";
const SET_ASIDE: &str = "due-process-calculator.v1.set-aside.";
/// The key that remembers which draft to reopen.
pub const LAST_OPENED: &str = "due-process-calculator.v1.last-opened";

/// The language the family chose with the page's switch (a BCP 47 tag such as `es`).
pub const LANG: &str = "due-process-calculator.v1.lang";

/// The storage key of a draft.
pub fn draft_key(case_id: &str) -> String {
    format!("{DRAFT}{case_id}")
}

/// The key an unreadable entry is moved to.
pub fn set_aside_key(key: &str) -> String {
    format!("{SET_ASIDE}{key}")
}

/// The case id a draft key names, if it is a draft key.
pub fn case_id_of(key: &str) -> Option<&str> {
    key.strip_prefix(DRAFT).filter(|id| !id.is_empty())
}

/// One stored draft, as found.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// A case this version can edit.
    Editable(Box<CaseFile>),
    /// A case from a newer version of the calculator: listed, opened to read when this version
    /// can read it (`file`), never overwritten.
    ReadOnly {
        case_id: String,
        version: u64,
        title: String,
        file: Option<Box<CaseFile>>,
    },
}

/// What was found under the calculator's keys.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    /// The drafts, newest first.
    pub drafts: Vec<Stored>,
    /// Keys whose entries could not be read; the adapter moves them aside, untouched.
    pub unreadable: Vec<String>,
    /// The draft to reopen, when it still exists.
    pub last_opened: Option<String>,
}

impl Stored {
    /// A case as the list of drafts holds it: editable, or only to read when a newer version of
    /// the calculator wrote it.
    pub fn of(file: CaseFile) -> Stored {
        if file.read_only() {
            Stored::ReadOnly {
                case_id: file.case_id.clone().unwrap_or_default(),
                version: file.version,
                title: file.title.clone(),
                file: Some(Box::new(file)),
            }
        } else {
            Stored::Editable(Box::new(file))
        }
    }

    pub fn case_id(&self) -> &str {
        match self {
            Stored::Editable(f) => f.case_id.as_deref().unwrap_or(""),
            Stored::ReadOnly { case_id, .. } => case_id,
        }
    }
    fn updated_at(&self) -> &str {
        match self {
            Stored::Editable(f) => f.updated_at.as_deref().unwrap_or(""),
            Stored::ReadOnly { .. } => "",
        }
    }
}

/// Reads every entry under the calculator's keys. `parse` turns JSON text into a value (the
/// browser's parser in the page, serde_json in tests).
pub fn read_all<'a>(
    entries: impl IntoIterator<Item = (&'a str, &'a str)>,
    parse: impl Fn(&str) -> Option<Json>,
) -> Found {
    let mut found = Found::default();
    let mut last = None;
    for (key, text) in entries {
        if key == LAST_OPENED {
            last = Some(text.to_string());
            continue;
        }
        let Some(id) = case_id_of(key) else { continue };
        match read_entry(id, text, &parse) {
            Some(draft) => found.drafts.push(draft),
            None => found.unreadable.push(key.to_string()),
        }
    }
    crate::sort::sort_by(&mut found.drafts, |a, b| b.updated_at().cmp(a.updated_at()));
    found.last_opened = last.filter(|id| found.drafts.iter().any(|d| d.case_id() == id));
    found
}

/// What one stored draft (the entry under [`draft_key`]`(id)`) holds, or `None` when it cannot
/// be read at all.
pub fn read_entry(id: &str, text: &str, parse: impl Fn(&str) -> Option<Json>) -> Option<Stored> {
    let value = parse(text)?;
    let title = match &value {
        Json::Object(m) => m.get("title").and_then(Json::as_str).map(str::to_string),
        _ => None,
    };
    match CaseFile::from_json_to_read(value) {
        Ok(mut file) => {
            // The key is the draft's identity; a document without an id takes it from there.
            file.case_id.get_or_insert_with(|| id.to_string());
            if !file.read_only() {
                file.revision.get_or_insert(0);
            }
            Some(Stored::of(file))
        }
        // A newer version's draft whose known fields this version cannot read: listed only.
        Err(LoadError::NewerVersion(version)) => Some(Stored::ReadOnly {
            case_id: id.to_string(),
            version,
            title: title.unwrap_or_default(),
            file: None,
        }),
        Err(_) => None,
    }
}

/// The draft with this id that this version can open: to edit, or to read only when a newer
/// version saved it.
pub fn openable<'a>(drafts: &'a [Stored], case_id: &str) -> Option<&'a CaseFile> {
    drafts.iter().find_map(|d| match d {
        Stored::Editable(f) | Stored::ReadOnly { file: Some(f), .. } if d.case_id() == case_id => {
            Some(&**f)
        }
        _ => None,
    })
}

/// The first draft this version can edit (the newest: the list is kept newest first).
pub fn first_editable(drafts: &[Stored]) -> Option<&CaseFile> {
    drafts.iter().find_map(|d| match d {
        Stored::Editable(f) => Some(&**f),
        Stored::ReadOnly { .. } => None,
    })
}

/// The editable draft with this id in a list of stored drafts.
pub fn editable<'a>(drafts: &'a [Stored], case_id: &str) -> Option<&'a CaseFile> {
    drafts.iter().find_map(|d| match d {
        Stored::Editable(f) if f.case_id.as_deref() == Some(case_id) => Some(&**f),
        _ => None,
    })
}

/// Marks a case as saved now: the next revision and the time (ISO 8601, UTC).
pub fn touch(file: &mut CaseFile, now: &str) {
    file.revision = Some(file.revision.unwrap_or(0) + 1);
    file.updated_at = Some(now.to_string());
}

/// Whether a copy from another tab should replace the one on screen: only when it is a newer
/// revision of the same case (ties go to the later save time). Never replaces a newer edit.
pub fn is_newer(incoming: &CaseFile, current: &CaseFile) -> bool {
    if incoming.case_id != current.case_id {
        return false;
    }
    let key = |f: &CaseFile| {
        (
            f.revision.unwrap_or(0),
            f.updated_at.clone().unwrap_or_default(),
        )
    };
    key(incoming) > key(current)
}

/// What a save does with the copy already stored under the same key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavePlan {
    /// Nothing newer is stored: write over it.
    Overwrite,
    /// Another tab saved a newer edit since this page last loaded or saved the draft: writing
    /// would silently destroy it, so this page's version is kept as a separate draft instead.
    KeepAsCopy,
}

/// Decides how to save `ours` given the text stored under its key (if any). A stored copy that
/// cannot be read is not an edit to protect; it was set aside when the page loaded.
pub fn save_plan(
    stored: Option<&str>,
    ours: &CaseFile,
    parse: impl Fn(&str) -> Option<Json>,
) -> SavePlan {
    let theirs = stored
        .and_then(parse)
        .and_then(|json| CaseFile::from_json(json).ok());
    match theirs {
        Some(theirs) if is_newer(&theirs, ours) => SavePlan::KeepAsCopy,
        _ => SavePlan::Overwrite,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Option<Json> {
        serde_json::from_str(text).ok()
    }

    fn doc(id: &str, revision: u64, at: &str) -> String {
        format!(
            r#"{{"format":"due-process-case","version":1,"case_id":"{id}","revision":{revision},"updated_at":"{at}","jurisdiction":"US","title":"T {id}","shelf":{{"kept":true}}}}"#
        )
    }

    #[test]
    fn reads_drafts_newest_first_and_keeps_unknown_fields() {
        let a = doc("a", 3, "2026-01-01T10:00:00Z");
        let b = doc("b", 1, "2026-02-01T10:00:00Z");
        let a_key = draft_key("a");
        let b_key = draft_key("b");
        let found = read_all(
            [
                (a_key.as_str(), a.as_str()),
                (b_key.as_str(), b.as_str()),
                (LAST_OPENED, "a"),
            ],
            parse,
        );
        let ids: Vec<&str> = found.drafts.iter().map(Stored::case_id).collect();
        assert_eq!(ids, ["b", "a"]);
        assert_eq!(found.last_opened.as_deref(), Some("a"));
        let Stored::Editable(file) = &found.drafts[1] else {
            panic!("editable")
        };
        assert_eq!(
            file.extra.get("shelf"),
            Some(&Json::Object(
                [("kept".to_string(), Json::Bool(true))].into()
            ))
        );
    }

    #[test]
    fn corrupt_entries_are_reported_and_the_rest_still_load() {
        let good = doc("good", 1, "2026-01-01T00:00:00Z");
        let keys = [draft_key("good"), draft_key("cut"), draft_key("other")];
        let found = read_all(
            [
                (keys[0].as_str(), good.as_str()),
                (keys[1].as_str(), r#"{"format":"due-process-case","vers"#),
                (
                    keys[2].as_str(),
                    r#"{"format":"something-else","version":1}"#,
                ),
                ("unrelated.key", "whatever"),
            ],
            parse,
        );
        assert_eq!(found.drafts.len(), 1);
        assert_eq!(found.unreadable, vec![keys[1].clone(), keys[2].clone()]);
        assert_eq!(
            set_aside_key(&keys[1]),
            "due-process-calculator.v1.set-aside.due-process-calculator.v1.draft.cut"
        );
    }

    #[test]
    fn newer_versions_open_read_only() {
        let key = draft_key("future");
        let text = r#"{"format":"due-process-case","version":9,"jurisdiction":"US","title":"From the future"}"#;
        let found = read_all([(key.as_str(), text)], parse);
        let [
            Stored::ReadOnly {
                case_id,
                version,
                title,
                file: Some(file),
            },
        ] = found.drafts.as_slice()
        else {
            panic!("one read-only draft that opens: {:?}", found.drafts)
        };
        assert_eq!((case_id.as_str(), *version), ("future", 9));
        assert_eq!(title, "From the future");
        assert!(file.read_only());
        assert_eq!(file.case_id.as_deref(), Some("future"));
        assert!(found.unreadable.is_empty());
        assert_eq!(openable(&found.drafts, "future"), Some(&**file));
        assert_eq!(editable(&found.drafts, "future"), None);
        assert_eq!(first_editable(&found.drafts), None);
    }

    #[test]
    fn a_newer_draft_this_version_cannot_read_is_listed_not_set_aside() {
        let key = draft_key("far");
        let text =
            r#"{"format":"due-process-case","version":9,"jurisdiction":["US"],"title":"Far"}"#;
        let found = read_all([(key.as_str(), text)], parse);
        assert_eq!(
            found.drafts,
            vec![Stored::ReadOnly {
                case_id: "far".into(),
                version: 9,
                title: "Far".into(),
                file: None,
            }]
        );
        assert!(found.unreadable.is_empty(), "never moved aside or lost");
    }

    #[test]
    fn a_forgotten_last_opened_draft_is_ignored() {
        let found = read_all([(LAST_OPENED, "gone")], parse);
        assert_eq!(found.last_opened, None);
    }

    #[test]
    fn only_a_newer_revision_of_the_same_case_wins() {
        let mut mine = CaseFile::new("x".into());
        touch(&mut mine, "2026-01-01T00:00:01Z");
        let mut theirs = mine.clone();
        touch(&mut theirs, "2026-01-01T00:00:02Z");
        assert!(is_newer(&theirs, &mine));
        assert!(
            !is_newer(&mine, &theirs),
            "an older copy never overwrites a newer edit"
        );
        let other = CaseFile::new("y".into());
        assert!(!is_newer(&other, &mine));
        assert_eq!(mine.revision, Some(1));
    }

    #[test]
    fn a_save_never_overwrites_a_newer_edit_from_another_tab() {
        let ours =
            CaseFile::from_json(parse(&doc("x", 4, "2026-03-01T10:00:00Z")).unwrap()).unwrap();
        let same = doc("x", 4, "2026-03-01T10:00:00Z");
        let older = doc("x", 3, "2026-03-01T09:00:00Z");
        let newer = doc("x", 5, "2026-03-01T10:00:01Z");
        let same_revision_later = doc("x", 4, "2026-03-01T10:00:05Z");
        assert_eq!(save_plan(None, &ours, parse), SavePlan::Overwrite);
        assert_eq!(save_plan(Some(&same), &ours, parse), SavePlan::Overwrite);
        assert_eq!(save_plan(Some(&older), &ours, parse), SavePlan::Overwrite);
        assert_eq!(
            save_plan(Some("{broken"), &ours, parse),
            SavePlan::Overwrite
        );
        assert_eq!(save_plan(Some(&newer), &ours, parse), SavePlan::KeepAsCopy);
        assert_eq!(
            save_plan(Some(&same_revision_later), &ours, parse),
            SavePlan::KeepAsCopy
        );
    }

    #[test]
    fn finds_an_editable_draft_by_id_only() {
        let a = doc("a", 1, "2026-01-01T00:00:00Z");
        let key = draft_key("a");
        let future = r#"{"format":"due-process-case","version":9,"jurisdiction":"US"}"#;
        let fkey = draft_key("f");
        let found = read_all([(key.as_str(), a.as_str()), (fkey.as_str(), future)], parse);
        assert_eq!(
            editable(&found.drafts, "a").and_then(|f| f.case_id.as_deref()),
            Some("a")
        );
        assert!(
            editable(&found.drafts, "f").is_none(),
            "a read-only draft is not editable"
        );
        assert!(editable(&found.drafts, "zz").is_none());
    }
}
