//! Reading a school district's published calendar (an `.ics` file) for its no-school days. Only
//! all-day events can be closures; those whose names say so ("no school", "break", "holiday",
//! "recess", and their Spanish forms) are proposed ticked, the others unticked, and the family
//! reviews them all before any is applied to the case's `school_closures`.

use chrono::NaiveDate;

/// The largest calendar file read (district calendars are a few hundred KB at most).
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// An all-day event of the district's calendar, proposed as a closure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub from: NaiveDate,
    /// Inclusive (the file's `DTEND` is exclusive).
    pub to: NaiveDate,
    pub label: String,
    /// Its name says there is no school: proposed ticked.
    pub likely: bool,
}

/// Why a file gives no closures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    TooLarge,
    /// Not an iCalendar file.
    NotACalendar,
    /// A calendar, but with no all-day events.
    NoAllDayEvents,
}

/// Words in an event's name that mean no school that day (lower case).
const NO_SCHOOL_WORDS: [&str; 22] = [
    "no school",
    "no classes",
    "school closed",
    "schools closed",
    "closed",
    "holiday",
    "break",
    "recess",
    "vacation",
    "no students",
    "student free",
    "pupil free",
    "non-student",
    "non student",
    "furlough",
    "day off",
    "sin clases",
    "no hay clases",
    "vacaciones",
    "receso",
    "feriado",
    "día festivo",
];

/// Reads the all-day events of a calendar, sorted by date, without duplicates.
pub fn read(text: &str) -> Result<Vec<Candidate>, ReadError> {
    if text.len() > MAX_BYTES {
        return Err(ReadError::TooLarge);
    }
    let lines = unfold(text);
    if !lines
        .iter()
        .any(|l| l.eq_ignore_ascii_case("BEGIN:VCALENDAR"))
    {
        return Err(ReadError::NotACalendar);
    }
    let mut out = Vec::new();
    let mut event: Option<Fields> = None;
    for line in &lines {
        let Some((name, params, value)) = split(line) else {
            continue;
        };
        match (name.as_str(), value) {
            ("BEGIN", v) if v.eq_ignore_ascii_case("VEVENT") => event = Some(Fields::default()),
            ("END", v) if v.eq_ignore_ascii_case("VEVENT") => {
                if let Some(c) = event.take().and_then(Fields::candidate) {
                    out.push(c);
                }
            }
            ("DTSTART", v) => {
                if let Some(e) = event.as_mut() {
                    e.start = all_day(params, v);
                    e.timed = e.start.is_none();
                }
            }
            ("DTEND", v) => {
                if let Some(e) = event.as_mut() {
                    e.end = all_day(params, v);
                }
            }
            ("SUMMARY", v) => {
                if let Some(e) = event.as_mut() {
                    e.summary = unescape(v);
                }
            }
            _ => {}
        }
    }
    crate::sort::sort_by(&mut out, |a, b| {
        (a.from, a.to, &a.label).cmp(&(b.from, b.to, &b.label))
    });
    out.dedup_by(|a, b| a.from == b.from && a.to == b.to && a.label == b.label);
    if out.is_empty() {
        return Err(ReadError::NoAllDayEvents);
    }
    Ok(out)
}

#[derive(Default)]
struct Fields {
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    timed: bool,
    summary: String,
}

impl Fields {
    fn candidate(self) -> Option<Candidate> {
        if self.timed {
            return None;
        }
        let from = self.start?;
        // DTEND is exclusive; a missing or equal end means one day.
        let to = self
            .end
            .and_then(|e| e.pred_opt())
            .filter(|e| *e >= from)
            .unwrap_or(from);
        let lower = crate::letter_case::lowercase(&self.summary);
        Some(Candidate {
            from,
            to,
            likely: NO_SCHOOL_WORDS.iter().any(|w| lower.contains(w)),
            label: self.summary,
        })
    }
}

/// Joins folded lines (a line break followed by a space or tab continues the line).
fn unfold(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in text.split('\n') {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        match (line.strip_prefix([' ', '\t']), out.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ => out.push(line.to_string()),
        }
    }
    out
}

/// A content line's name (upper case), parameters and value.
fn split(line: &str) -> Option<(String, &str, &str)> {
    let colon = line.find(':')?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let (name, params) = head.split_once(';').unwrap_or((head, ""));
    Some((name.to_ascii_uppercase(), params, value))
}

/// The date of an all-day value (`VALUE=DATE`, or a bare `YYYYMMDD`); `None` for a timed one.
fn all_day(params: &str, value: &str) -> Option<NaiveDate> {
    let is_date_param = params
        .split(';')
        .any(|p| p.eq_ignore_ascii_case("VALUE=DATE"));
    let v = value.trim();
    if v.len() == 8 || is_date_param {
        basic_date(v.get(..8)?)
    } else {
        None
    }
}

/// `YYYYMMDD` (by hand, like [`crate::case::parse_date`], to keep chrono's parser out of the page).
fn basic_date(s: &str) -> Option<NaiveDate> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    NaiveDate::from_ymd_opt(i32::try_from(n(0..4)?).ok()?, n(4..6)?, n(6..8)?)
}

fn unescape(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push(' '),
                Some(other) => out.push(other),
                None => {}
            }
        } else if !c.is_control() {
            out.push(c);
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    const DISTRICT: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//District//EN\r\n\
BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20251222\r\nDTEND;VALUE=DATE:20260103\r\n\
SUMMARY:Winter Break - No School\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20251127\r\nDTEND;VALUE=DATE:20251129\r\n\
SUMMARY:Thanksgiving Holiday\\, schools closed\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:3\r\nDTSTART:20251118T180000Z\r\nDTEND:20251118T200000Z\r\n\
SUMMARY:Board meeting (closed session)\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:4\r\nDTSTART;VALUE=DATE:20251010\r\nSUMMARY:Picture day\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:5\r\nDTSTART:20260316\r\nDTEND:20260321\r\nSUMMARY:Vacaciones de prim\r\n avera\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:6\r\nDTSTART;VALUE=DATE:20251222\r\nDTEND;VALUE=DATE:20260103\r\n\
SUMMARY:Winter Break - No School\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";

    #[test]
    fn all_day_events_become_reviewable_closures() {
        let found = read(DISTRICT).expect("reads");
        assert_eq!(
            found,
            vec![
                Candidate {
                    from: d("2025-10-10"),
                    to: d("2025-10-10"),
                    label: "Picture day".into(),
                    likely: false
                },
                Candidate {
                    from: d("2025-11-27"),
                    to: d("2025-11-28"),
                    label: "Thanksgiving Holiday, schools closed".into(),
                    likely: true
                },
                Candidate {
                    from: d("2025-12-22"),
                    to: d("2026-01-02"),
                    label: "Winter Break - No School".into(),
                    likely: true
                },
                Candidate {
                    from: d("2026-03-16"),
                    to: d("2026-03-20"),
                    label: "Vacaciones de primavera".into(),
                    likely: true
                },
            ],
            "timed events (the board meeting) are never closures; duplicates merge"
        );
    }

    #[test]
    fn wrong_files_are_refused() {
        assert_eq!(read("hello"), Err(ReadError::NotACalendar));
        assert_eq!(
            read(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20251118T180000Z\nEND:VEVENT\nEND:VCALENDAR\n"
            ),
            Err(ReadError::NoAllDayEvents)
        );
        assert_eq!(read(&"x".repeat(MAX_BYTES + 1)), Err(ReadError::TooLarge));
        // A broken date is skipped, not a crash.
        assert_eq!(
            read(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2025133\nEND:VEVENT\nEND:VCALENDAR"
            ),
            Err(ReadError::NoAllDayEvents)
        );
    }

    #[test]
    fn reads_back_what_the_writer_writes() {
        let cal = super::super::Calendar {
            name: "n".into(),
            stamp: "20261125T160000Z".into(),
            events: vec![super::super::Event {
                uid: "u".into(),
                sequence: 0,
                date: d("2025-11-27"),
                summary: "Día festivo; escuela cerrada, sin clases".into(),
                description: "x".repeat(200),
                reminders: vec![7],
            }],
        };
        let found = read(&super::super::write(&cal)).expect("reads");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].from, d("2025-11-27"));
        assert_eq!(found[0].to, d("2025-11-27"));
        assert_eq!(found[0].label, "Día festivo; escuela cerrada, sin clases");
        assert!(found[0].likely);
    }
}
