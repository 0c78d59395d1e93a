//! The case file (contract section 1): the one JSON document that drafts, share links, files
//! and embed prefill all carry, and its validation into the engine's typed [`Case`].
//!
//! The document is kept as the family wrote it, unknown fields included, so that nothing is
//! lost on a round trip; the engine only ever sees the validated [`Case`] and a list of
//! [`FieldProblem`]s the page explains.

pub mod link;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::engine::calendar::Closure;
use crate::engine::case::{Case, FiledBy, Jurisdiction, Track};
use crate::engine::ids::EventId;

/// The value of the `format` field.
pub const FORMAT: &str = "due-process-case";
/// The newest version of the document this build understands.
pub const VERSION: u64 = 1;

/// One school closure as written in the file (inclusive ISO dates).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClosureFile {
    pub from: String,
    pub to: String,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The case document. Invariant: `format` is [`FORMAT`] and `version` is at most [`VERSION`]
/// (checked by [`CaseFile::from_value`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseFile {
    pub format: String,
    pub version: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    pub jurisdiction: String,
    #[serde(default = "default_track")]
    pub track: String,
    #[serde(default = "default_filed_by")]
    pub filed_by: String,
    #[serde(default)]
    pub events: BTreeMap<String, String>,
    #[serde(default)]
    pub school_closures: Vec<ClosureFile>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub notes: String,
    /// Fields this version does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
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
    /// A JSON object, but not a case file (wrong `format`, or a required field is missing or of
    /// the wrong type). The detail is for the console, not the family.
    NotACase(String),
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
    pub fn from_value(value: Value) -> Result<Self, LoadError> {
        let Value::Object(map) = &value else {
            return Err(LoadError::NotAnObject);
        };
        if map.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(LoadError::NotACase(
                "format is not \"due-process-case\"".into(),
            ));
        }
        let version = map
            .get("version")
            .and_then(Value::as_u64)
            .ok_or_else(|| LoadError::NotACase("version is not a positive integer".into()))?;
        if version > VERSION {
            return Err(LoadError::NewerVersion(version));
        }
        if version == 0 {
            return Err(LoadError::NotACase("version 0 does not exist".into()));
        }
        serde_json::from_value(value).map_err(|e| LoadError::NotACase(e.to_string()))
    }

    /// The document as JSON, unknown fields included.
    pub fn to_value(&self) -> Value {
        // Serializing these plain types cannot fail (string keys, no non-finite floats).
        serde_json::to_value(self).unwrap_or(Value::Null)
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
        CaseFile::from_value(serde_json::from_str(text).expect("test JSON"))
    }

    #[test]
    fn contract_example_opens_and_keeps_unknown_fields() {
        let text = r#"{"format":"due-process-case","version":1,"jurisdiction":"US-CA",
            "events":{"complaint-received":"2025-08-29","from-the-future":"2025-01-01"},
            "school_closures":[{"from":"2026-03-30","to":"2026-04-03","label":"spring"}],
            "advocate":{"name":"Dana"}}"#;
        let file = doc(text).expect("opens");
        assert_eq!(
            file.extra.get("advocate"),
            Some(&serde_json::json!({"name":"Dana"}))
        );
        let back = file.to_value();
        assert_eq!(back["advocate"]["name"], "Dana");
        assert_eq!(back["school_closures"][0]["label"], "spring");
        assert_eq!(back["events"]["from-the-future"], "2025-01-01");
        let (case, problems) = file.to_case();
        assert_eq!(case.jurisdiction.code(), "US-CA");
        assert_eq!(
            problems,
            vec![FieldProblem::UnknownEvent("from-the-future".into())]
        );
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
}
