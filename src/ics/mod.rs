//! iCalendar (RFC 5545) for the family's own calendar app: a small writer for all-day events with
//! reminders ([`write`]), the deadlines of a case as such events ([`deadlines`]), and a reader
//! for the no-school days of a district's published calendar ([`school`]). Pure code: no web
//! dependency; the page only downloads or reads the text.
//!
//! Conventions followed (those of Google Calendar, Apple Calendar and Outlook on import):
//! - every event is all-day: `DTSTART;VALUE=DATE` with `DTEND` the next day (DTEND is exclusive);
//! - `UID` is stable per case and deadline, and `SEQUENCE` is the case's revision, so importing an
//!   updated file updates the events instead of adding copies;
//! - reminders are `VALARM`s with `ACTION:DISPLAY`, at 9:00 on the chosen day before;
//! - text is escaped (backslash, semicolon, comma, newline), control characters are dropped, and
//!   lines are folded at 75 octets without splitting a UTF-8 character; lines end with CRLF.

pub mod deadlines;
pub mod school;

use chrono::NaiveDate;

/// One all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable identity across re-imports.
    pub uid: String,
    /// Bumped whenever the content may have changed (the case's revision).
    pub sequence: u64,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
    /// Reminders, in days before the event (each fires at 9:00 that day).
    pub reminders: Vec<u32>,
}

/// A calendar file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calendar {
    /// Shown by some apps as the calendar's name (`X-WR-CALNAME`).
    pub name: String,
    /// When the file was made, as `YYYYMMDDTHHMMSSZ` (see [`stamp`]).
    pub stamp: String,
    pub events: Vec<Event>,
}

/// The longest line, in octets, before folding (RFC 5545 section 3.1).
const MAX_LINE: usize = 75;

/// Writes the calendar as iCalendar text (CRLF line ends, folded lines).
pub fn write(cal: &Calendar) -> String {
    let mut out = String::new();
    let mut line = |l: &str| fold_into(&mut out, l);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//due-process-calculator//IDEA deadlines//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape(&cal.name)));
    for e in &cal.events {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape(&e.uid)));
        line(&format!("DTSTAMP:{}", cal.stamp));
        line(&format!("SEQUENCE:{}", e.sequence));
        line(&format!("DTSTART;VALUE=DATE:{}", ics_date(e.date)));
        let end = e.date.succ_opt().unwrap_or(e.date);
        line(&format!("DTEND;VALUE=DATE:{}", ics_date(end)));
        line(&format!("SUMMARY:{}", escape(&e.summary)));
        line(&format!("DESCRIPTION:{}", escape(&e.description)));
        // A deadline is a reminder, not a busy block in the family's day.
        line("TRANSP:TRANSPARENT");
        for days in &e.reminders {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line(&format!("DESCRIPTION:{}", escape(&e.summary)));
            line(&format!("TRIGGER:{}", trigger(*days)));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// `YYYYMMDD` (by hand: chrono's formatter would add its whole strftime machinery to the page).
fn ics_date(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A file stamp (`YYYYMMDDTHHMMSSZ`) from an ISO 8601 UTC time such as the browser's
/// `2026-11-25T16:07:41.123Z`; `None` when it is not one.
pub fn stamp(iso: &str) -> Option<String> {
    let b = iso.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .filter(|s| s.iter().all(u8::is_ascii_digit))
            .map(|_| &iso[r])
    };
    if b.get(4) != Some(&b'-') || b.get(10) != Some(&b'T') || !iso.ends_with('Z') {
        return None;
    }
    Some(format!(
        "{}{}{}T{}{}{}Z",
        digits(0..4)?,
        digits(5..7)?,
        digits(8..10)?,
        digits(11..13)?,
        digits(14..16)?,
        digits(17..19)?
    ))
}

/// The alarm trigger for 9:00 on the day `days` before an all-day event (relative to its start,
/// midnight of the event's day).
fn trigger(days: u32) -> String {
    let hours = i64::from(days) * 24 - 9;
    if hours <= 0 {
        return format!("PT{}H", -hours);
    }
    let (d, h) = (hours / 24, hours % 24);
    match (d, h) {
        (0, h) => format!("-PT{h}H"),
        (d, 0) => format!("-P{d}D"),
        (d, h) => format!("-P{d}DT{h}H"),
    }
}

/// Escapes a TEXT value (RFC 5545 section 3.3.11). Control characters, which the format does
/// not allow, are dropped; a line break of any kind becomes `\n`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no physical line exceeds 75 octets (continuation
/// lines start with a space, which counts), never inside a UTF-8 character.
fn fold_into(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > MAX_LINE {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn one(summary: &str, description: &str, reminders: Vec<u32>) -> Calendar {
        Calendar {
            name: "Due process deadlines".into(),
            stamp: "20261125T160741Z".into(),
            events: vec![Event {
                uid: "abc.resolution-meeting@due-process-calculator".into(),
                sequence: 3,
                date: date("2025-09-13"),
                summary: summary.into(),
                description: description.into(),
                reminders,
            }],
        }
    }

    #[test]
    fn all_day_event_ends_the_next_day_with_crlf_lines() {
        let text = write(&one("Resolution meeting", "Held by the district", vec![]));
        assert!(text.contains("\r\nDTSTART;VALUE=DATE:20250913\r\nDTEND;VALUE=DATE:20250914\r\n"));
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "no bare LF");
        assert!(text.contains("\r\nUID:abc.resolution-meeting@due-process-calculator\r\n"));
        assert!(text.contains("\r\nSEQUENCE:3\r\n"));
        assert!(text.contains("\r\nDTSTAMP:20261125T160741Z\r\n"));
    }

    #[test]
    fn year_end_all_day_event() {
        let mut cal = one("x", "y", vec![]);
        cal.events[0].date = date("2026-12-31");
        let text = write(&cal);
        assert!(text.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
    }

    #[test]
    fn text_is_escaped_and_control_characters_dropped() {
        assert_eq!(escape(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(escape("one\ntwo\r\nthree\rfour"), r"one\ntwo\nthree\nfour");
        assert_eq!(
            escape("bell\u{7}nul\u{0}esc\u{1b}del\u{7f}"),
            "bellnulescdel"
        );
        assert_eq!(escape("tab\tkept"), "tab\tkept");
        assert_eq!(escape("línea\u{2028}dos"), r"línea\ndos");
        assert_eq!(
            escape("sábado, 13 de septiembre"),
            r"sábado\, 13 de septiembre"
        );
    }

    #[test]
    fn long_lines_fold_at_75_octets_on_character_boundaries() {
        let spanish =
            "Sesión de resolución: la audiencia de debido proceso comienza después. ".repeat(8);
        let text = write(&one(&spanish, &"ñ".repeat(300), vec![]));
        for physical in text.split("\r\n") {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
        }
        // Unfolding (remove CRLF + one space) gives back the escaped values unchanged.
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{}\r\n", escape(&spanish))));
        assert!(unfolded.contains(&format!("DESCRIPTION:{}\r\n", "ñ".repeat(300))));
        // 'ñ' is two octets: a line of them folds before 75 and never splits one.
        let mut out = String::new();
        fold_into(&mut out, &"ñ".repeat(40));
        let first = out.split("\r\n").next().expect("a line");
        assert_eq!(first.len(), 74);
    }

    #[test]
    fn reminders_fire_at_nine_on_the_day_before() {
        assert_eq!(trigger(7), "-P6DT15H");
        assert_eq!(trigger(2), "-P1DT15H");
        assert_eq!(trigger(1), "-PT15H");
        assert_eq!(trigger(0), "PT9H");
        assert_eq!(trigger(14), "-P13DT15H");
        let text = write(&one("Decision due", "d", vec![7, 2]));
        assert_eq!(
            text.matches("BEGIN:VALARM\r\nACTION:DISPLAY\r\n").count(),
            2
        );
        assert!(text.contains("TRIGGER:-P6DT15H\r\nEND:VALARM"));
        assert!(text.contains("TRIGGER:-P1DT15H\r\nEND:VALARM"));
        assert!(!write(&one("x", "y", vec![])).contains("VALARM"));
    }

    #[test]
    fn stamps_come_from_iso_times() {
        assert_eq!(
            stamp("2026-11-25T16:07:41.123Z").as_deref(),
            Some("20261125T160741Z")
        );
        assert_eq!(
            stamp("2026-11-25T16:07:41Z").as_deref(),
            Some("20261125T160741Z")
        );
        assert_eq!(stamp("2026-11-25 16:07:41"), None);
        assert_eq!(stamp("2026-1x-25T16:07:41Z"), None);
        assert_eq!(stamp("short"), None);
    }
}
