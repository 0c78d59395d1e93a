//! Helpers shared by the native test files.
#![allow(dead_code)]

use chrono::NaiveDate;
use due_process_calculator::engine::case::{Case, FiledBy, Jurisdiction, Track};
use due_process_calculator::engine::ids::EventId;

pub fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

pub fn iso(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid ISO test date")
}

/// A case built from (event id, ISO date) pairs.
pub fn case(jurisdiction: &str, events: &[(EventId, &str)]) -> Case {
    let mut c = Case {
        jurisdiction: Jurisdiction::parse(jurisdiction).expect("valid test jurisdiction"),
        ..Case::default()
    };
    for (id, date) in events {
        c.events.set(*id, Some(iso(date)));
    }
    c
}

pub fn district(mut c: Case) -> Case {
    c.filed_by = FiledBy::District;
    c
}

pub fn track(mut c: Case, t: Track) -> Case {
    c.track = t;
    c
}
