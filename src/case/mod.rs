//! The case file (contract section 1): the one JSON document that drafts, share links, files
//! and embed prefill all carry, and its validation into the engine's typed [`Case`].
//!
//! The document is kept as the family wrote it, unknown fields included, so that nothing is
//! lost on a round trip; the engine only ever sees the validated [`Case`] and a list of
//! [`FieldProblem`]s the page explains.

pub mod json;
pub mod link;

use std::collections::BTreeMap;

use chrono::NaiveDate;

pub use json::Json;

use crate::engine::calendar::Closure;
use crate::engine::case::{Case, FiledBy, Jurisdiction, Track};
use crate::engine::ids::EventId;

/// The value of the `format` field.
pub const FORMAT: &str = "due-process-case";
/// The newest version of the document this build understands.
pub const VERSION: u64 = 1;

/// One school closure as written in the file (inclusive ISO dates).
#[derive(Clone, Debug, PartialEq)]
pub struct ClosureFile {
    pub from: String,
    pub to: String,
    /// Fields this version does not know, written back unchanged.
    pub extra: BTreeMap<String, Json>,
}

/// The case document. Invariant: `format` is [`FORMAT`] and `version` is at most [`VERSION`]
/// (checked by [`CaseFile::from_json`]).
#[derive(Clone, Debug, PartialEq)]
pub struct CaseFile {
    pub format: String,
    pub version: u64,
    pub case_id: Option<String>,
    pub revision: Option<u64>,
    pub updated_at: Option<String>,
    pub jurisdiction: String,
    pub track: String,
    pub filed_by: String,
    pub events: BTreeMap<String, String>,
    pub school_closures: Vec<ClosureFile>,
    pub title: String,
    pub notes: String,
    /// Fields this version does not know, written back unchanged.
    pub extra: BTreeMap<String, Json>,
}

fn default_track() -> String {
    Track::Standard.as_str().to_string()
}

fn default_filed_by() -> String {
    FiledBy::Parent.as_str().to_string()
}

/// Why a document could not be opened at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not a JSON object.
    NotAnObject,
    /// A JSON object, but not a case file (wrong `format`, or a known field missing or of the
    /// wrong type). The field name is for the console, not the family.
    NotACase(&'static str),
    /// Written by a newer version of the calculator.
    NewerVersion(u64),
}

/// A field the engine could not use; the rest of the case still computes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    UnknownJurisdiction(String),
    UnknownTrack(String),
    UnknownFiledBy(String),
    /// Not a real `YYYY-MM-DD` date (for example `2025-02-30`).
    BadDate {
        event: EventId,
        raw: String,
    },
    /// An event id this version does not know; kept in the file, ignored by the engine.
    UnknownEvent(String),
    /// A school closure with a bad date or its end before its start.
    BadClosure {
        index: usize,
    },
}

/// Takes an optional string field out of an object.
fn take_string(
    map: &mut BTreeMap<String, Json>,
    key: &'static str,
) -> Result<Option<String>, LoadError> {
    match map.remove(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) => Ok(Some(s)),
        Some(_) => Err(LoadError::NotACase(key)),
    }
}

/// Takes an object of strings (`events`).
fn take_string_map(
    map: &mut BTreeMap<String, Json>,
    key: &'static str,
) -> Result<BTreeMap<String, String>, LoadError> {
    match map.remove(key) {
        None | Some(Json::Null) => Ok(BTreeMap::new()),
        Some(Json::Object(entries)) => {
            // Inserted one by one: collecting into a map sorts first, with several kilobytes of
            // sorting code per call site; the entries are already in order.
            let mut out = BTreeMap::new();
            for (k, v) in entries {
                let Json::String(s) = v else {
                    return Err(LoadError::NotACase(key));
                };
                out.insert(k, s);
            }
            Ok(out)
        }
        Some(_) => Err(LoadError::NotACase(key)),
    }
}

fn take_closures(map: &mut BTreeMap<String, Json>) -> Result<Vec<ClosureFile>, LoadError> {
    const KEY: &str = "school_closures";
    let items = match map.remove(KEY) {
        None | Some(Json::Null) => return Ok(Vec::new()),
        Some(Json::Array(items)) => items,
        Some(_) => return Err(LoadError::NotACase(KEY)),
    };
    items
        .into_iter()
        .map(|item| {
            let Json::Object(mut fields) = item else {
                return Err(LoadError::NotACase(KEY));
            };
            let from = take_string(&mut fields, "from")?.ok_or(LoadError::NotACase(KEY))?;
            let to = take_string(&mut fields, "to")?.ok_or(LoadError::NotACase(KEY))?;
            Ok(ClosureFile {
                from,
                to,
                extra: fields,
            })
        })
        .collect()
}

/// Parses a strict ISO calendar date, `YYYY-MM-DD`.
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    // Hand-written rather than chrono's format parser, which would add its whole strftime
    // machinery to the page for this one pattern.
    let b = raw.trim().as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(number(&b[0..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&b[5..7])?, number(&b[8..10])?)
}

impl CaseFile {
    /// A new, empty case with the given random id (never derived from content).
    pub fn new(case_id: String) -> Self {
        CaseFile {
            format: FORMAT.to_string(),
            version: VERSION,
            case_id: Some(case_id),
            revision: Some(0),
            updated_at: None,
            jurisdiction: "US".to_string(),
            track: default_track(),
            filed_by: default_filed_by(),
            events: BTreeMap::new(),
            school_closures: Vec::new(),
            title: String::new(),
            notes: String::new(),
            extra: BTreeMap::new(),
        }
    }

    /// Opens a parsed JSON document.
    ///
    /// # Errors
    /// [`LoadError`] when it is not an object, not a case file, or from a newer version.
    pub fn from_json(value: Json) -> Result<Self, LoadError> {
        Self::read(value, false)
    }

    /// Opens a parsed JSON document for reading, even one a newer version of the calculator
    /// wrote (contract section 1: it opens read-only). Its fields this version knows are read
    /// as this version reads them; the rest are kept. See [`CaseFile::read_only`].
    ///
    /// # Errors
    /// [`LoadError`] when it is not an object or not a case file; `NewerVersion` when a newer
    /// document's known fields are not what this version expects, so not even reading is safe.
    pub fn from_json_to_read(value: Json) -> Result<Self, LoadError> {
        let version = match &value {
            Json::Object(m) => m.get("version").and_then(Json::as_u64),
            _ => None,
        };
        Self::read(value, true).map_err(|e| match (e, version) {
            (LoadError::NotACase(field), Some(v)) if v > VERSION && field != "format" => {
                LoadError::NewerVersion(v)
            }
            (e, _) => e,
        })
    }

    /// Whether a newer version of the calculator wrote this document: the page shows it and
    /// never changes or stores it.
    pub fn read_only(&self) -> bool {
        self.version > VERSION
    }

    fn read(value: Json, newer_allowed: bool) -> Result<Self, LoadError> {
        let Json::Object(mut map) = value else {
            return Err(LoadError::NotAnObject);
        };
        if map.get("format").and_then(Json::as_str) != Some(FORMAT) {
            return Err(LoadError::NotACase("format"));
        }
        let version = map
            .get("version")
            .and_then(Json::as_u64)
            .ok_or(LoadError::NotACase("version"))?;
        if version > VERSION && !newer_allowed {
            return Err(LoadError::NewerVersion(version));
        }
        if version == 0 {
            return Err(LoadError::NotACase("version"));
        }
        let revision = match map.remove("revision") {
            None | Some(Json::Null) => None,
            Some(n) => Some(n.as_u64().ok_or(LoadError::NotACase("revision"))?),
        };
        let format = take_string(&mut map, "format")?.unwrap_or_default();
        map.remove("version");
        Ok(CaseFile {
            format,
            version,
            case_id: take_string(&mut map, "case_id")?,
            revision,
            updated_at: take_string(&mut map, "updated_at")?,
            jurisdiction: take_string(&mut map, "jurisdiction")?
                .ok_or(LoadError::NotACase("jurisdiction"))?,
            track: take_string(&mut map, "track")?.unwrap_or_else(default_track),
            filed_by: take_string(&mut map, "filed_by")?.unwrap_or_else(default_filed_by),
            events: take_string_map(&mut map, "events")?,
            school_closures: take_closures(&mut map)?,
            title: take_string(&mut map, "title")?.unwrap_or_default(),
            notes: take_string(&mut map, "notes")?.unwrap_or_default(),
            extra: map,
        })
    }

    /// The document as JSON, unknown fields included.
    pub fn to_json(&self) -> Json {
        let mut map = self.extra.clone();
        let text = |s: &str| Json::String(s.to_string());
        map.insert("format".into(), text(&self.format));
        map.insert("version".into(), Json::Number(self.version as f64));
        if let Some(id) = &self.case_id {
            map.insert("case_id".into(), text(id));
        }
        if let Some(r) = self.revision {
            map.insert("revision".into(), Json::Number(r as f64));
        }
        if let Some(at) = &self.updated_at {
            map.insert("updated_at".into(), text(at));
        }
        map.insert("jurisdiction".into(), text(&self.jurisdiction));
        map.insert("track".into(), text(&self.track));
        map.insert("filed_by".into(), text(&self.filed_by));
        let mut events = BTreeMap::new();
        for (k, v) in &self.events {
            events.insert(k.clone(), text(v));
        }
        map.insert("events".into(), Json::Object(events));
        let closures = self
            .school_closures
            .iter()
            .map(|c| {
                let mut m = c.extra.clone();
                m.insert("from".into(), text(&c.from));
                m.insert("to".into(), text(&c.to));
                Json::Object(m)
            })
            .collect();
        map.insert("school_closures".into(), Json::Array(closures));
        map.insert("title".into(), text(&self.title));
        map.insert("notes".into(), text(&self.notes));
        Json::Object(map)
    }

    /// A file name for this case: its title (letters, digits and dashes, lower case where the
    /// letter is ASCII or Latin-1) and the date, for example `maya-2025-complaint-2026-01-10.json`.
    pub fn file_name(&self, date: &str) -> String {
        let mut slug = String::new();
        for c in self.title.chars().map(crate::letter_case::lower) {
            if c.is_alphanumeric() {
                slug.push(c);
            } else if !slug.ends_with('-') && !slug.is_empty() {
                slug.push('-');
            }
            if slug.chars().count() >= 60 {
                break;
            }
        }
        let slug = slug.trim_end_matches('-');
        let stem = if slug.is_empty() {
            "due-process-case"
        } else {
            slug
        };
        format!("{stem}-{date}.json")
    }

    /// The case without its notes (for a share link the family chose to keep private).
    pub fn without_notes(&self) -> CaseFile {
        CaseFile {
            notes: String::new(),
            ..self.clone()
        }
    }

    /// The date entered for an event, as text (empty when none).
    pub fn event_text(&self, id: EventId) -> &str {
        self.events
            .get(id.as_str())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Sets an event from input text; empty text removes it. Bad text is kept as typed, so the
    /// page can point at it without losing it.
    pub fn set_event(&mut self, id: EventId, raw: &str) {
        let raw = raw.trim();
        if raw.is_empty() {
            self.events.remove(id.as_str());
        } else {
            self.events.insert(id.as_str().to_string(), raw.to_string());
        }
    }

    /// The typed case for the engine, and what could not be used.
    pub fn to_case(&self) -> (Case, Vec<FieldProblem>) {
        let mut problems = Vec::new();
        let mut case = Case::default();
        match Jurisdiction::parse(&self.jurisdiction) {
            Some(j) => case.jurisdiction = j,
            None => problems.push(FieldProblem::UnknownJurisdiction(self.jurisdiction.clone())),
        }
        match Track::parse(&self.track) {
            Some(t) => case.track = t,
            None => problems.push(FieldProblem::UnknownTrack(self.track.clone())),
        }
        match FiledBy::parse(&self.filed_by) {
            Some(f) => case.filed_by = f,
            None => problems.push(FieldProblem::UnknownFiledBy(self.filed_by.clone())),
        }
        for (key, raw) in &self.events {
            match EventId::parse(key) {
                None => problems.push(FieldProblem::UnknownEvent(key.clone())),
                Some(event) => match parse_date(raw) {
                    Some(date) => case.events.set(event, Some(date)),
                    None => problems.push(FieldProblem::BadDate {
                        event,
                        raw: raw.clone(),
                    }),
                },
            }
        }
        for (index, c) in self.school_closures.iter().enumerate() {
            match (parse_date(&c.from), parse_date(&c.to)) {
                (Some(from), Some(to)) if from <= to => {
                    case.school_closures.push(Closure { from, to })
                }
                _ => problems.push(FieldProblem::BadClosure { index }),
            }
        }
        (case, problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Result<CaseFile, LoadError> {
        CaseFile::from_json(serde_json::from_str(text).expect("test JSON"))
    }

    fn to_value(file: &CaseFile) -> serde_json::Value {
        serde_json::to_value(file.to_json()).expect("serializable")
    }

    #[test]
    fn contract_example_opens_and_keeps_unknown_fields() {
        let text = r#"{"format":"due-process-case","version":1,"jurisdiction":"US-CA",
            "events":{"complaint-received":"2025-08-29","from-the-future":"2025-01-01"},
            "school_closures":[{"from":"2026-03-30","to":"2026-04-03","label":"spring"}],
            "advocate":{"name":"Dana"}}"#;
        let file = doc(text).expect("opens");
        let back = to_value(&file);
        assert_eq!(back["advocate"]["name"], "Dana");
        assert_eq!(back["school_closures"][0]["label"], "spring");
        assert_eq!(back["events"]["from-the-future"], "2025-01-01");
        assert_eq!(back["format"], "due-process-case");
        assert_eq!(back["version"], 1);
        let again =
            CaseFile::from_json(serde_json::from_value(back).expect("json")).expect("reopens");
        assert_eq!(again, file, "a round trip changes nothing");
        let (case, problems) = file.to_case();
        assert_eq!(case.jurisdiction.code(), "US-CA");
        assert_eq!(
            problems,
            vec![FieldProblem::UnknownEvent("from-the-future".into())]
        );
    }

    #[test]
    fn file_names_are_safe_and_readable() {
        let mut f = CaseFile::new("x".into());
        assert_eq!(
            f.file_name("2026-01-10"),
            "due-process-case-2026-01-10.json"
        );
        f.title = "Maya - 2025 complaint / <draft>".into();
        assert_eq!(
            f.file_name("2026-01-10"),
            "maya-2025-complaint-draft-2026-01-10.json"
        );
        f.title = "Niño Ñandú".into();
        assert_eq!(f.file_name("2026-01-10"), "niño-ñandú-2026-01-10.json");
        f.title = "x".repeat(500);
        assert!(f.file_name("d").len() < 80);
        f.notes = "private".into();
        assert_eq!(f.without_notes().notes, "");
    }

    #[test]
    fn parse_date_is_strict_iso() {
        assert_eq!(
            parse_date("2025-08-29"),
            NaiveDate::from_ymd_opt(2025, 8, 29)
        );
        assert_eq!(
            parse_date(" 2024-02-29 "),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        for bad in [
            "2025-02-30",
            "2025-13-01",
            "2025-8-29",
            "25-08-29",
            "2025/08/29",
            "",
            "2025-08-2x",
            "+025-08-29",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn rejections_are_specific() {
        assert_eq!(doc("[1,2]"), Err(LoadError::NotAnObject));
        assert!(matches!(
            doc(r#"{"format":"other","version":1,"jurisdiction":"US"}"#),
            Err(LoadError::NotACase(_))
        ));
        assert!(matches!(
            doc(r#"{"format":"due-process-case","jurisdiction":"US"}"#),
            Err(LoadError::NotACase(_))
        ));
        assert!(matches!(
            doc(r#"{"format":"due-process-case","version":1}"#),
            Err(LoadError::NotACase(_))
        ));
        assert_eq!(
            doc(r#"{"format":"due-process-case","version":2,"jurisdiction":"US"}"#),
            Err(LoadError::NewerVersion(2))
        );
    }

    #[test]
    fn a_newer_document_opens_to_read_and_keeps_all_it_holds() {
        let text = r#"{"format":"due-process-case","version":3,"jurisdiction":"US-CA",
            "events":{"complaint-received":"2025-08-29","future-event":"2026-01-02"},
            "title":"From a newer page","reminders":{"days":[1,7]}}"#;
        let file = CaseFile::from_json_to_read(serde_json::from_str(text).expect("test JSON"))
            .expect("opens to read");
        assert!(file.read_only());
        assert_eq!(file.version, 3);
        assert_eq!(file.jurisdiction, "US-CA");
        assert_eq!(file.title, "From a newer page");
        let (case, problems) = file.to_case();
        assert_eq!(case.events.iter().count(), 1, "the known event is used");
        assert_eq!(
            problems,
            vec![FieldProblem::UnknownEvent("future-event".into())]
        );
        // Written back (a saved file, a share link) exactly as the newer page wrote it.
        let back = file.to_json();
        let Json::Object(map) = &back else {
            panic!("an object")
        };
        assert_eq!(map.get("version"), Some(&Json::Number(3.0)));
        assert!(map.contains_key("reminders"));
        assert_eq!(CaseFile::from_json(back), Err(LoadError::NewerVersion(3)));
        // This version's own documents are not read-only.
        let own = doc(r#"{"format":"due-process-case","version":1,"jurisdiction":"US"}"#);
        assert!(!own.expect("opens").read_only());
    }

    #[test]
    fn a_newer_document_this_version_cannot_read_says_so() {
        let value = |text: &str| serde_json::from_str(text).expect("test JSON");
        // `jurisdiction` became something else in version 4: not even readable here.
        assert_eq!(
            CaseFile::from_json_to_read(value(
                r#"{"format":"due-process-case","version":4,"jurisdiction":{"code":"US"}}"#
            )),
            Err(LoadError::NewerVersion(4))
        );
        assert!(matches!(
            CaseFile::from_json_to_read(value(r#"{"format":"other","version":4}"#)),
            Err(LoadError::NotACase(_))
        ));
    }

    #[test]
    fn impossible_dates_and_unknown_values_are_reported_not_dropped() {
        let file = doc(
            r#"{"format":"due-process-case","version":1,"jurisdiction":"US-ZZ","track":"fast",
            "filed_by":"court","events":{"complaint-received":"2025-02-30"},
            "school_closures":[{"from":"2026-04-03","to":"2026-03-30"}]}"#,
        )
        .expect("opens");
        let (_, problems) = file.to_case();
        assert!(problems.contains(&FieldProblem::UnknownJurisdiction("US-ZZ".into())));
        assert!(problems.contains(&FieldProblem::UnknownTrack("fast".into())));
        assert!(problems.contains(&FieldProblem::UnknownFiledBy("court".into())));
        assert!(problems.contains(&FieldProblem::BadDate {
            event: EventId::ComplaintReceived,
            raw: "2025-02-30".into()
        }));
        assert!(problems.contains(&FieldProblem::BadClosure { index: 0 }));
        assert_eq!(file.event_text(EventId::ComplaintReceived), "2025-02-30");
    }

    #[test]
    fn long_text_control_characters_and_markup_round_trip() {
        let mut file = CaseFile::new("long".into());
        file.title = "<script>alert(1)</script>\u{0}\u{1b}[1m\u{7f}\u{2028}ñ".into();
        let mut notes = String::from("\u{0}\u{1}\t\r\n\"\\</textarea><img src=x>é😀");
        while notes.chars().count() < 100_000 {
            notes.push_str("0123456789");
        }
        file.notes = notes;
        let text = serde_json::to_string(&file.to_json()).expect("serializable");
        let again = doc(&text).expect("reopens");
        assert_eq!(again, file, "nothing is lost or changed");
        let name = file.file_name("2026-01-01");
        assert!(
            name.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.'),
            "{name}"
        );
        // Too long for a link with the notes; fine without them.
        let json = serde_json::to_string(&file.to_json()).expect("serializable");
        assert_eq!(link::encode(&json), Err(link::LinkError::TooLarge));
        let short = serde_json::to_string(&file.without_notes().to_json()).expect("serializable");
        let payload = link::encode(&short).expect("fits");
        let payload = link::case_payload(&payload).expect("a case link");
        let back = doc(&link::decode(payload).expect("decodes")).expect("opens");
        assert_eq!(back.title, file.title);
        assert_eq!(back.notes, "");
    }
}
