//! The words of a deadline, as plain lines: what it is, whose it is, the "act by" date, weekend
//! and holiday flags, the arithmetic, the rule with its citation and status, and the other
//! readings. The page's cards, the calendar file and the printed summary all say the same
//! thing because they all read these lines.

use crate::engine::Deadline;
use crate::engine::count::Count;
use crate::engine::timeline::{DayFacts, Status};
use crate::i18n::Text;
use crate::rules::{Trigger, Verification};

/// What a line is (the page styles each kind its own way).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Owner,
    NotApplicable,
    Missing,
    ActBy,
    DayFlag,
    Explain,
    Note,
    Arithmetic,
    CountedFrom,
    Skipped,
    Rule,
    Reading,
    Earliest,
}

fn skipped_list(t: &'static dyn Text, c: &Count) -> Option<String> {
    if c.skipped.is_empty() {
        return None;
    }
    use crate::engine::calendar::SkipReason;
    let weekends = c
        .skipped
        .iter()
        .filter(|s| s.reason == SkipReason::Weekend)
        .count();
    let mut parts: Vec<String> = c
        .skipped
        .iter()
        .filter_map(|s| match s.reason {
            SkipReason::Holiday(h) => Some(format!(
                "{} ({})",
                t.date_short(s.date),
                t.holiday_name(h.id)
            )),
            SkipReason::SchoolClosure => Some(t.date_short(s.date)),
            SkipReason::Weekend => None,
        })
        .collect();
    if weekends > 0 {
        parts.insert(
            0,
            format!(
                "{weekends} × {}/{}",
                t.weekday_abbr()[5],
                t.weekday_abbr()[6]
            ),
        );
    }
    Some(t.skipped_days(&parts.join("; ")))
}

/// The warning for a date on a weekend or holiday. Only the family's own deadlines tell the
/// family to act earlier; the others (the district's, the hearing officer's) only warn.
fn day_flag(t: &'static dyn Text, facts: &DayFacts, family_acts: bool) -> Option<String> {
    let weekday = t.weekday_names()[facts.weekday.num_days_from_monday() as usize];
    let previous = facts
        .previous_business_day
        .map(|d| t.date_in_sentence(d))
        .unwrap_or_default();
    let previous = match facts.holiday_between {
        Some(h) => {
            t.day_before_holiday(&previous, &t.date_in_sentence(h.date), t.holiday_name(h.id))
        }
        None => previous,
    };
    match (facts.weekend, facts.holiday, family_acts) {
        (true, _, true) => Some(t.weekend_flag(weekday, &previous)),
        (true, _, false) => Some(t.weekend_flag_others(weekday)),
        (false, Some(h), true) => Some(t.holiday_flag(t.holiday_name(h.id))),
        (false, Some(h), false) => Some(t.holiday_flag_others(t.holiday_name(h.id))),
        (false, None, _) => None,
    }
}

/// One line about a deadline. Every part of a card is a list of these, so the page has one shape
/// of line to render instead of a dozen (which keeps the WebAssembly small).
pub struct Line {
    /// What the line is, for styling.
    pub kind: LineKind,
    pub text: String,
    /// The citation and its link.
    pub link: Option<(&'static str, &'static str)>,
    /// How well the cited rule is sourced.
    pub badge: Option<Verification>,
}

impl Line {
    fn new(kind: LineKind, text: impl Into<String>) -> Self {
        Line {
            kind,
            text: text.into(),
            link: None,
            badge: None,
        }
    }
    fn cited(mut self, url: &'static str, citation: &'static str, status: Verification) -> Self {
        self.link = Some((url, citation));
        self.badge = Some(status);
        self
    }
}

/// The lines of a card, in reading order (the date and title are rendered apart).
pub fn card_lines(t: &'static dyn Text, d: &Deadline, earliest_differs: bool) -> Vec<Line> {
    let family_acts = d.owner.family_acts();
    let mut out = vec![Line::new(LineKind::Owner, t.owner(d.owner))];
    match &d.status {
        Status::NotApplicable(why) => {
            out.push(Line::new(LineKind::NotApplicable, t.not_applicable(*why)))
        }
        Status::MissingInput(m) => {
            let needs: Vec<&str> = m.needs.iter().map(|e| t.event_question(*e)).collect();
            out.push(Line::new(
                LineKind::Missing,
                t.missing(m.why, &needs.join(" / ")),
            ));
        }
        Status::Applies => {}
    }
    if let (true, Some(a)) = (family_acts, d.act_by) {
        let act_by = t.act_by(&t.date_long(a));
        let text = if earliest_differs {
            format!("{act_by}. {}", t.act_by_reason())
        } else {
            act_by
        };
        out.push(Line::new(LineKind::ActBy, text));
    }
    // The day to act by is the one to warn about: for the family's deadlines it is the earliest
    // reading, which can fall on a weekend when the primary date does not (contract section 4);
    // for the others it is the primary date.
    if let Some(flag) = d
        .act_by_day
        .as_ref()
        .and_then(|f| day_flag(t, f, family_acts))
    {
        out.push(Line::new(LineKind::DayFlag, format!("⚠ {flag}")));
    }
    // A step the state's law does not have: its explanation, written for states that have it,
    // would contradict the line saying so.
    if !matches!(d.status, Status::NotApplicable(why) if why.absent_from_state_law()) {
        out.push(Line::new(LineKind::Explain, t.deadline_explain(d.id)));
    }
    if d.status == Status::Applies {
        out.extend(d.notes.iter().map(|n| Line::new(LineKind::Note, t.note(n))));
    }
    if let Some(c) = &d.primary {
        out.push(Line::new(LineKind::Arithmetic, t.arithmetic(c)));
        let from = match d.rule.trigger {
            Trigger::Event(e) => t.event_name(e).to_string(),
            Trigger::Deadline(id) => crate::letter_case::lowercase(t.deadline_name(id)),
        };
        out.push(Line::new(LineKind::CountedFrom, t.counted_from(&from)));
        if let Some(s) = skipped_list(t, c) {
            out.push(Line::new(LineKind::Skipped, s));
        }
    }
    let rule = d.rule;
    out.push(
        Line::new(LineKind::Rule, format!("{}:", t.rule_label())).cited(
            rule.source_url,
            rule.citation,
            rule.status,
        ),
    );
    out
}

/// The other readings of a deadline, each with its date, arithmetic and source, and the earliest
/// date among them.
pub fn reading_lines(t: &'static dyn Text, d: &Deadline) -> Vec<Line> {
    d.readings
        .iter()
        .map(|r| {
            Line::new(
                LineKind::Reading,
                format!(
                    "{}: {} ({}).",
                    t.reading(r.kind),
                    t.date_long(r.count.date),
                    t.arithmetic(&r.count)
                ),
            )
            .cited(r.source_url, r.citation, r.status)
        })
        .chain(
            d.earliest
                .filter(|_| !d.readings.is_empty())
                .map(|e| Line::new(LineKind::Earliest, t.earliest_line(&t.date_long(e)))),
        )
        .collect()
}
