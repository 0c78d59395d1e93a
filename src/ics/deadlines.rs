//! The deadlines of a case as calendar events. Each event sits on the date the family should plan
//! around (the earliest date for deadlines the family meets, as contract section 4 requires; the
//! primary date for the others) and says, in the page's words, what the deadline is, how it was
//! counted, its citation, and any earlier reading.

use super::{Calendar, Event};
use crate::case::CaseFile;
use crate::engine::ids::DeadlineId;
use crate::engine::timeline::Status;
use crate::engine::{Deadline, Timeline};
use crate::explain::{Line, card_lines, reading_lines};
use crate::i18n::Text;

/// The reminder choices the page offers, in days before (`None` = no reminder).
pub const REMINDER_CHOICES: [Option<u32>; 6] = [None, Some(1), Some(2), Some(3), Some(7), Some(14)];

/// What the family chose for the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Reminders, in days before each deadline (empty for none).
    pub reminders: Vec<u32>,
    /// Put the case's title (often the child's name) and notes into the events.
    pub include_private: bool,
    /// One deadline only (the "add this one" button), or all.
    pub only: Option<DeadlineId>,
}

impl Default for Options {
    /// One week and two days before; nothing private.
    fn default() -> Self {
        Options {
            reminders: vec![7, 2],
            include_private: false,
            only: None,
        }
    }
}

/// The date a deadline's event sits on, or `None` when it has no date yet or its step was taken
/// (nothing is left to plan around).
pub fn event_date(d: &Deadline) -> Option<chrono::NaiveDate> {
    if d.status != Status::Applies || d.taken {
        return None;
    }
    if d.family_acts {
        d.act_by.or(d.earliest).or(d.date())
    } else {
        d.date()
    }
}

/// Whether a court deadline's date is told by another court line already, so that a list of dates
/// (the calendar file, "Your next dates") gives each court date once. Where the state-court and
/// federal-court dates both exist, the general "appeal to court" deadline (the earlier of the two)
/// repeats one of them; where the state's courts have federal law's period (no federal-court
/// line), the state-court deadline repeats the general one, which speaks for every court. A
/// deadline with its own date is never a repeat.
pub fn repeats_court_date(tl: &Timeline, d: &Deadline) -> bool {
    let dated = |id: DeadlineId| {
        tl.deadlines
            .iter()
            .find(|x| x.id == id)
            .and_then(event_date)
    };
    let Some(date) = event_date(d) else {
        return false;
    };
    let general = dated(DeadlineId::CivilAction);
    let state = dated(DeadlineId::CivilActionStateCourt);
    let federal = dated(DeadlineId::CivilActionFederalCourt);
    match d.id {
        DeadlineId::CivilAction => federal.is_some() && [state, federal].contains(&Some(date)),
        DeadlineId::CivilActionStateCourt => federal.is_none() && general == Some(date),
        _ => false,
    }
}

/// The case's dated deadlines as a calendar (a court date once: see [`repeats_court_date`]). `case_id` names the events (stable across files);
/// `stamp` is the file's time as `YYYYMMDDTHHMMSSZ`.
pub fn calendar(
    t: &'static dyn Text,
    file: &CaseFile,
    case_id: &str,
    timeline: &Timeline,
    options: &Options,
    stamp: &str,
) -> Calendar {
    let private = options.include_private && !file.title.trim().is_empty();
    let events = timeline
        .deadlines
        .iter()
        .filter(|d| match options.only {
            Some(only) => only == d.id,
            None => !repeats_court_date(timeline, d),
        })
        .filter_map(|d| {
            let date = event_date(d)?;
            let name = t.deadline_name(d.id);
            let summary = if private {
                format!("{}: {name}", file.title.trim())
            } else {
                name.to_string()
            };
            Some(Event {
                uid: format!("{case_id}.{}@due-process-calculator", d.id.as_str()),
                sequence: file.revision.unwrap_or(0),
                date,
                summary,
                description: description(t, file, d, timeline, options.include_private),
                reminders: options.reminders.clone(),
            })
        })
        .collect();
    Calendar {
        name: t.calendar_name().to_string(),
        stamp: stamp.to_string(),
        events,
    }
}

/// The event's text: the deadline's lines as on the page, the other readings, when the rules
/// were checked, and the not-legal-advice notice; the title and notes only when asked.
fn description(
    t: &'static dyn Text,
    file: &CaseFile,
    d: &Deadline,
    timeline: &Timeline,
    include_private: bool,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(date) = d.date() {
        parts.push(t.calendar_date_line(&t.date_long(date)));
    }
    parts.extend(card_lines(t, d).iter().map(|l| plain(t, l)));
    parts.extend(reading_lines(t, d).iter().map(|l| plain(t, l)));
    // In words, as on the page ("November 25, 2026"), not as the ISO date it is stored as.
    let checked = crate::case::parse_date(timeline.rules_checked)
        .map_or_else(|| timeline.rules_checked.to_string(), |c| t.date_long(c));
    parts.push(t.rules_checked(&checked));
    parts.push(t.not_advice().to_string());
    if include_private {
        if !file.title.trim().is_empty() {
            parts.push(file.title.clone());
        }
        if !file.notes.trim().is_empty() {
            parts.push(file.notes.clone());
        }
    }
    parts.join("\n")
}

/// A line as plain text, its citation and link spelled out.
pub fn plain(t: &'static dyn Text, line: &Line) -> String {
    let mut s = line.text.clone();
    if let Some((url, citation)) = line.link {
        // The citation as the law writes it; a note it carries, in the calendar's language.
        match t.citation_note(citation) {
            Some((legal, note)) => s.push_str(&format!(" {legal} ({note}) <{url}>")),
            None => s.push_str(&format!(" {citation} <{url}>")),
        }
    }
    if let Some(status) = line.badge {
        s.push_str(&format!(" ({})", t.status_label(status)));
    }
    s
}
