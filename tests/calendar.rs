//! The calendar file read back by an independent iCalendar parser (the `ical` crate): every event
//! must sit on the date the timeline gives its deadline, last one day, carry its reminders, keep
//! private text out unless asked, and keep its UID when the case changes.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::io::BufReader;

use chrono::NaiveDate;
use due_process_calculator::case::CaseFile;
use due_process_calculator::engine::{Timeline, timeline};
use due_process_calculator::i18n::Lang;
use due_process_calculator::ics::deadlines::{Options, calendar, event_date};
use due_process_calculator::ics::write;
use ical::parser::ical::component::IcalEvent;

fn file(json: &str) -> CaseFile {
    CaseFile::from_json(serde_json::from_str(json).expect("test JSON")).expect("a case")
}

fn today() -> NaiveDate {
    "2025-09-01".parse().expect("date")
}

fn computed(f: &CaseFile) -> Timeline {
    timeline(&f.to_case().0, today())
}

/// Parses with the independent parser; returns the events.
fn parse(text: &str) -> Vec<IcalEvent> {
    let mut calendars = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let cal = calendars
        .next()
        .expect("one calendar")
        .expect("parses as iCalendar");
    assert!(calendars.next().is_none(), "exactly one calendar");
    cal.events
}

fn prop<'a>(e: &'a IcalEvent, name: &str) -> Option<&'a str> {
    e.properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.as_deref())
}

fn date_of(e: &IcalEvent, name: &str) -> NaiveDate {
    let p = e
        .properties
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name}"));
    let is_date = p.params.as_ref().is_some_and(|ps| {
        ps.iter()
            .any(|(k, v)| k == "VALUE" && v.iter().any(|x| x == "DATE"))
    });
    assert!(is_date, "{name} is an all-day DATE value");
    NaiveDate::parse_from_str(p.value.as_deref().expect("value"), "%Y%m%d").expect("YYYYMMDD")
}

/// Undoes RFC 5545 TEXT escaping (the parser leaves values escaped).
fn unescape(s: &str) -> String {
    s.replace("\\n", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
}

const MAYA: &str = r#"{"format":"due-process-case","version":1,"case_id":"c0ffee","revision":4,
    "jurisdiction":"US","title":"Maya, 2025 complaint","notes":"Ask about speech; bring IEP",
    "events":{"complaint-received":"2025-08-29","resolution-meeting-held":"2025-09-10",
    "settlement-signed":"2025-11-26","settlement-offer-received":"2025-09-20",
    "hearing-start":"2025-10-20","decision-issued":"2025-11-05"}}"#;

#[test]
fn every_event_matches_its_deadline_on_the_timeline() {
    let t = Lang::En.text();
    let f = file(MAYA);
    let tl = computed(&f);
    let text = write(&calendar(
        t,
        &f,
        "c0ffee",
        &tl,
        &Options::default(),
        "20261125T160000Z",
    ));
    let events = parse(&text);
    let expected: BTreeMap<String, NaiveDate> = tl
        .deadlines
        .iter()
        .filter_map(|d| Some((d.id.as_str().to_string(), event_date(d)?)))
        .collect();
    assert!(expected.len() >= 8, "a rich case: {expected:?}");
    assert_eq!(events.len(), expected.len(), "one event per dated deadline");
    for e in &events {
        let uid = prop(e, "UID").expect("UID");
        let id = uid
            .strip_prefix("c0ffee.")
            .and_then(|r| r.strip_suffix("@due-process-calculator"))
            .unwrap_or_else(|| panic!("stable UID: {uid}"));
        let start = date_of(e, "DTSTART");
        assert_eq!(Some(&start), expected.get(id), "{id}");
        assert_eq!(date_of(e, "DTEND"), start.succ_opt().expect("next day"));
        assert_eq!(prop(e, "SEQUENCE"), Some("4"));
        let triggers: Vec<&str> = e
            .alarms
            .iter()
            .filter_map(|a| a.properties.iter().find(|p| p.name == "TRIGGER"))
            .filter_map(|p| p.value.as_deref())
            .collect();
        assert_eq!(triggers, ["-P6DT15H", "-P1DT15H"], "{id}");
        let description = unescape(prop(e, "DESCRIPTION").expect("DESCRIPTION"));
        assert!(
            description.contains("34 CFR") || description.contains("U.S.C."),
            "{id}: cites"
        );
        assert!(description.contains("Rules last checked"), "{id}");
        // The date in words, as the page says it, not the stored ISO date.
        let checked = due_process_calculator::rules::rules_checked();
        assert!(!description.contains(checked), "{id}: {checked} in words");
        assert!(description.contains("not legal advice"), "{id}");
        let summary = unescape(prop(e, "SUMMARY").expect("SUMMARY"));
        assert!(
            !summary.contains("Maya") && !description.contains("Maya"),
            "private by default"
        );
        assert!(!description.contains("speech"), "notes left out by default");
    }
    // Worked example 1: the decision is the hearing officer's, on its primary date.
    assert_eq!(expected["hearing-decision"].to_string(), "2025-11-12");
}

#[test]
fn family_deadlines_sit_on_the_earliest_date() {
    // Source: 34 CFR 300.511(e); golden test filing_limit_730_day_reading_is_earlier_across_a_leap_day.
    // Knew 2023-03-10: the two-year anniversary is 2025-03-10, the 730-day reading 2025-03-09.
    // The family must plan on the earliest date; that one is a Sunday, so the event sits on the
    // act-by day, the business day before it (Friday 2025-03-07; contract section 4, "falls on
    // a Saturday: act by Friday"), the same day as the card's act-by line.
    let f = file(
        r#"{"format":"due-process-case","version":1,"jurisdiction":"US",
        "events":{"knew-of-problem":"2023-03-10"}}"#,
    );
    let tl = computed(&f);
    let limit = tl
        .deadlines
        .iter()
        .find(|d| d.id.as_str() == "filing-limit")
        .expect("filing limit");
    let earliest = limit.earliest.expect("an earliest date");
    assert_eq!(earliest.to_string(), "2025-03-09");
    assert!(Some(earliest) < limit.date(), "readings differ");
    let t = Lang::En.text();
    let text = write(&calendar(
        t,
        &f,
        "x",
        &tl,
        &Options::default(),
        "20261125T160000Z",
    ));
    let event = parse(&text)
        .into_iter()
        .find(|e| prop(e, "UID") == Some("x.filing-limit@due-process-calculator"))
        .expect("the filing-limit event");
    assert_eq!(date_of(&event, "DTSTART").to_string(), "2025-03-07");
    assert_eq!(limit.act_by, Some(date_of(&event, "DTSTART")));
    let description = unescape(prop(&event, "DESCRIPTION").expect("text"));
    assert!(
        description.contains(&t.date_long(earliest)),
        "{description}"
    );
}

#[test]
fn private_text_only_when_asked_and_one_deadline_on_its_own() {
    let t = Lang::En.text();
    let f = file(MAYA);
    let tl = computed(&f);
    let options = Options {
        reminders: vec![],
        include_private: true,
        only: Some(due_process_calculator::engine::ids::DeadlineId::HearingDecision),
    };
    let text = write(&calendar(
        t,
        &f,
        "c0ffee",
        &tl,
        &options,
        "20261125T160000Z",
    ));
    let events = parse(&text);
    assert_eq!(events.len(), 1);
    let e = &events[0];
    assert_eq!(
        prop(e, "UID"),
        Some("c0ffee.hearing-decision@due-process-calculator")
    );
    assert!(e.alarms.is_empty(), "reminders off");
    assert_eq!(
        unescape(prop(e, "SUMMARY").expect("summary")),
        "Maya, 2025 complaint: Hearing decision due"
    );
    // Read from the file unfolded by RFC 5545's rule (a line break and one space removed): the
    // `ical` reader also drops a space that starts a continuation line, so a fold that falls on
    // a space would hide it.
    let unfolded = unescape(&text.replace("\r\n ", ""));
    assert!(
        unfolded.contains("Ask about speech; bring IEP"),
        "{unfolded}"
    );
    assert!(prop(e, "DESCRIPTION").is_some());
}

#[test]
fn an_updated_case_keeps_its_uids_and_raises_the_sequence() {
    let t = Lang::En.text();
    let before = file(MAYA);
    let after = file(
        &MAYA
            .replace("\"revision\":4", "\"revision\":9")
            .replace("2025-08-29", "2025-09-02"),
    );
    let uids =
        |f: &CaseFile| -> Vec<String> {
            let text = write(&calendar(
                t,
                f,
                "c0ffee",
                &computed(f),
                &Options::default(),
                "20261125T160000Z",
            ));
            let events = parse(&text);
            assert!(events.iter().all(
                |e| prop(e, "SEQUENCE") == Some(&f.revision.expect("revision").to_string()[..])
            ));
            let mut u: Vec<String> = events
                .iter()
                .filter_map(|e| prop(e, "UID").map(str::to_string))
                .collect();
            u.sort();
            let n = u.len();
            u.dedup();
            assert_eq!(u.len(), n, "UIDs are unique within a file");
            u
        };
    assert_eq!(uids(&before), uids(&after));
}

// Issue 24: a Spanish calendar file says a citation's note in Spanish (Texas's filing limit:
// 19 Tex. Admin. Code 89.1151(c), two years from September 1, 2022), the citation as written.
#[test]
fn a_spanish_calendar_says_the_citation_note_in_spanish() {
    let f = file(
        r#"{"format":"due-process-case","version":1,"jurisdiction":"US-TX",
            "events":{"knew-of-problem":"2025-03-03"}}"#,
    );
    let tl = computed(&f);
    let options = Options {
        reminders: vec![],
        include_private: false,
        only: Some(due_process_calculator::engine::ids::DeadlineId::FilingLimit),
    };
    let text = write(&calendar(
        Lang::Es.text(),
        &f,
        "c0ffee",
        &tl,
        &options,
        "20261206T160000Z",
    ));
    let events = parse(&text);
    assert!(prop(&events[0], "DESCRIPTION").is_some());
    // Unfolded by RFC 5545's rule (the `ical` reader drops a space that starts a continuation).
    let description = unescape(&text.replace("\r\n ", ""));
    assert!(
        description
            .contains("19 Tex. Admin. Code 89.1151(c); Tex. Educ. Code 29.0164 (dos años para las audiencias pedidas el 1 de septiembre de 2022 o después"),
        "{description}"
    );
    assert!(!description.contains("two years for"), "{description}");
}

// Source: issue 20 (one date story per deadline) and the Missouri and New Jersey packs. Missouri
// (Mo. Rev. Stat. 162.962(3)): 45 days from receipt for a state court, federal law's 90 days from
// the decision for a federal court. Decision and receipt 2026-11-20: state court 2027-01-04 (a
// Monday), federal court 2027-02-18; the general court deadline is the earlier, 2027-01-04, and is
// not a third event. New Jersey (6A:14-2.7(v), secondary): the Superior Court has the same 90 days,
// there is no federal-court line, and the general court event speaks for every court: 2027-02-18.
// The "add this one" file of the general deadline still holds it.
#[test]
fn a_court_date_is_one_event() {
    let t = Lang::En.text();
    let court_events = |jurisdiction: &str, received: bool, only| {
        let mut events =
            String::from(r#""complaint-received":"2026-08-03","decision-issued":"2026-11-20""#);
        if received {
            events.push_str(r#","decision-received":"2026-11-20""#);
        }
        let f = file(&format!(
            r#"{{"format":"due-process-case","version":1,"case_id":"c0ffee",
            "jurisdiction":"{jurisdiction}","events":{{{events}}}}}"#
        ));
        let tl = computed(&f);
        let options = Options {
            only,
            ..Options::default()
        };
        let text = write(&calendar(
            t,
            &f,
            "c0ffee",
            &tl,
            &options,
            "20261207T040000Z",
        ));
        let mut found: Vec<(String, NaiveDate)> = parse(&text)
            .iter()
            .filter_map(|e| {
                let uid = prop(e, "UID")?;
                let id = uid
                    .strip_prefix("c0ffee.")?
                    .strip_suffix("@due-process-calculator")?;
                id.starts_with("civil-action")
                    .then(|| (id.to_string(), date_of(e, "DTSTART")))
            })
            .collect();
        found.sort();
        found
    };
    let day = |s: &str| s.parse::<NaiveDate>().expect("date");
    assert_eq!(
        court_events("US-MO", true, None),
        vec![
            ("civil-action-federal-court".to_string(), day("2027-02-18")),
            ("civil-action-state-court".to_string(), day("2027-01-04")),
        ]
    );
    assert_eq!(
        court_events("US-NJ", false, None),
        vec![("civil-action".to_string(), day("2027-02-18"))]
    );
    use due_process_calculator::engine::ids::DeadlineId;
    assert_eq!(
        court_events("US-MO", true, Some(DeadlineId::CivilAction)),
        vec![("civil-action".to_string(), day("2027-01-04"))]
    );
}
