//! The words of a deadline, as plain lines: what it is, whose it is, the "act by" date, weekend
//! and holiday flags, the arithmetic, the rule with its citation and status, and the other
//! readings. The page's cards, the calendar file and the printed summary all say the same
//! thing because they all read these lines.

use chrono::NaiveDate;

use crate::engine::Deadline;
use crate::engine::count::Count;
use crate::engine::ids::EventId;
use crate::engine::timeline::{DayFacts, Note, Status};
use crate::i18n::Text;
use crate::rules::{Trigger, Verification};

/// What a line is (the page styles each kind its own way).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Owner,
    NotApplicable,
    Missing,
    ActBy,
    /// Why the act-by day is earlier than the headline's date.
    ActByReason,
    DayFlag,
    Explain,
    Note,
    Arithmetic,
    CountedFrom,
    Skipped,
    Rule,
    Reading,
    Earliest,
    /// What the family can do if a deadline it does not act on passes.
    IfPassed,
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

/// The warning for a date on a weekend or holiday: it speaks of the date the card's headline
/// shows. For a deadline the family acts on, the safe day it names is the card's act-by day (no
/// third date); the others (the district's, the hearing officer's) only warn.
fn day_flag(t: &'static dyn Text, facts: &DayFacts, act_by: Option<NaiveDate>) -> Option<String> {
    let weekday = t.weekday_names()[facts.weekday.num_days_from_monday() as usize];
    let safe = act_by.map(|a| {
        let day = t.date_in_sentence(a);
        // Why the safe day is further back than the weekday before: a holiday between.
        match facts.holiday_between {
            Some(h) if facts.previous_business_day == Some(a) => {
                t.day_before_holiday(&day, &t.date_in_sentence(h.date), t.holiday_name(h.id))
            }
            _ => day,
        }
    });
    match (facts.weekend, facts.holiday, safe) {
        (true, _, Some(safe)) => Some(t.weekend_flag(weekday, &safe)),
        (true, _, None) => Some(t.weekend_flag_others(weekday)),
        (false, Some(h), Some(safe)) => Some(t.holiday_flag(t.holiday_name(h.id), &safe)),
        (false, Some(h), None) => Some(t.holiday_flag_others(t.holiday_name(h.id))),
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
    /// The days left to a date the line names, said beside it ("3 days to act"), and that date
    /// (the `data-countdown-to` hook). The page shows it; the calendar file, read on later
    /// days, leaves it out.
    pub countdown: Option<(NaiveDate, String)>,
}

impl Line {
    fn new(kind: LineKind, text: impl Into<String>) -> Self {
        Line {
            kind,
            text: text.into(),
            link: None,
            badge: None,
            countdown: None,
        }
    }
    fn cited(mut self, url: &'static str, citation: &'static str, status: Verification) -> Self {
        self.link = Some((url, citation));
        self.badge = Some(status);
        self
    }
}

/// The lines of a card, in reading order (the date and title are rendered apart). One date
/// story: the headline is the primary date; a deadline the family acts on has one "act by"
/// line (the earliest date under any reading, or the business day before it), with the days
/// left to it when it differs from the headline; a weekend or holiday flag speaks of the
/// headline's date and names that act-by day; a deadline the family does not act on says what
/// the family can do if the date passes instead.
pub fn card_lines(t: &'static dyn Text, d: &Deadline) -> Vec<Line> {
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
    if let Some(a) = d.act_by {
        let act_by = t.act_by(&t.date_long(a));
        let mut line = Line::new(LineKind::ActBy, act_by);
        // The headline's countdown counts to the headline's date; this one, beside the act-by
        // day, to that day.
        let differs = Some(a) != d.date();
        if let Some(days) = d.days_left.filter(|_| differs) {
            line.countdown = Some((a, t.days_to_act(days)));
        }
        out.push(line);
        // The earliest reading is over while the card's own date is not (a state court's shorter
        // period, say): the card must not leave the family thinking every door is shut, nor call
        // a day gone by "safe".
        if let (true, Some(to_date), Some(date)) = (d.act_by_passed(), d.days_to_date, d.date())
            && to_date >= 0
        {
            out.push(Line::new(
                LineKind::Note,
                t.act_by_passed(&t.date_in_sentence(date)),
            ));
        } else if differs {
            out.push(Line::new(LineKind::ActByReason, t.act_by_reason()));
        }
    }
    // The weekend or holiday warning names the act-by day as the safe day only where that day
    // comes from the headline's date; an act-by day from an earlier reading has its own line.
    let from_headline = |f: &DayFacts| {
        d.act_by
            .filter(|a| d.date().is_some_and(|date| f.safe_day(date) == *a))
    };
    // A court date's own note already says what court rules do with a weekend or holiday; a
    // flag with no safe day to name would only say "the date does not move" beside it.
    let court_note = d
        .notes
        .iter()
        .any(|n| matches!(n, Note::CourtRollForward { .. }));
    if let Some(flag) = d
        .day
        .as_ref()
        .and_then(|f| {
            let safe = from_headline(f);
            (safe.is_some() || !court_note).then_some((f, safe))
        })
        .and_then(|(f, safe)| day_flag(t, f, safe))
    {
        out.push(Line::new(LineKind::DayFlag, format!("⚠ {flag}")));
    }
    if d.status == Status::Applies
        && d.act_by.is_none()
        && !d.step_over
        && let Some(text) = t.if_passed(d.id)
    {
        out.push(Line::new(LineKind::IfPassed, text));
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
        // A rule counted from the mailing or the receipt, while only the decision's date is
        // entered, was counted from that date: the line names what was counted from, as the
        // arithmetic above it does, not what the rule would count from.
        let stand_in = d.notes.iter().any(|n| {
            matches!(
                n,
                Note::CountedFromDecisionDate | Note::CountedFromDecisionDateUntilReceived
            )
        });
        let from = match d.rule.trigger {
            Trigger::Event(_) if stand_in => t.event_name(EventId::DecisionIssued).to_string(),
            Trigger::Event(e) => t.event_name(e).to_string(),
            Trigger::Deadline(id) => crate::letter_case::lowercase(t.deadline_name(id)),
        };
        out.push(Line::new(LineKind::CountedFrom, t.counted_from(&from)));
        if let Some(s) = skipped_list(t, c) {
            out.push(Line::new(LineKind::Skipped, s));
        }
    }
    let rule = d.rule;
    let mut line = Line::new(LineKind::Rule, format!("{}:", t.rule_label())).cited(
        rule.source_url,
        rule.citation,
        rule.status,
    );
    // A step that does not apply cites the federal provision that stands in for the state's
    // absent period: no badge, which would speak of a state rule nobody counted.
    if matches!(d.status, Status::NotApplicable(_)) && crate::rules::federal::is_stand_in(rule) {
        line.badge = None;
    }
    out.push(line);
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
            // For a deadline the family acts on, the act-by line already gives it (once).
            d.earliest
                .filter(|_| !d.readings.is_empty() && !d.family_acts)
                .map(|e| Line::new(LineKind::Earliest, t.earliest_line(&t.date_long(e)))),
        )
        .collect()
}
