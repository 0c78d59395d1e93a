//! "Your next dates": right under the page's title, the next few deadlines that matter, nearest
//! first, so that a family who opens a link or comes back sees its dates before the questions.
//! Each entry says what the deadline is, whose it is and, for the family's own deadlines, the day
//! to act by: the same date the card's "act by" line, the calendar file and the checklist use
//! ([`event_date`]). Each links to its card. Holds no date logic of its own.
//!
//! Hooks (contract section 7): the block carries `data-next-dates`; each entry `data-next` (the
//! deadline id) and `data-next-date` (the date it shows).

use chrono::NaiveDate;
use leptos::prelude::*;

use super::state::AppState;
use crate::embed::escape_html as escape;
use crate::engine::Timeline;
use crate::engine::count::days_between;
use crate::engine::ids::{DeadlineId, EventId};
use crate::engine::timeline::{MissingWhy, Status};
use crate::ics::deadlines::{event_date, repeats_court_date};
use crate::rules::Owner;

/// How many dates the block gives.
pub const HOW_MANY: usize = 3;

/// One entry of the block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextDate {
    pub id: DeadlineId,
    /// The day to act by for the family's own deadlines, else the deadline's date.
    pub date: NaiveDate,
    pub owner: Owner,
    /// Whether the family is the one to act by `date` (then the entry says "act by").
    pub family_acts: bool,
}

/// The first `n` deadlines that apply and whose date (see [`NextDate::date`]) is today or later,
/// nearest first; deadlines on the same day keep the timeline's order. A court date is listed once
/// ([`repeats_court_date`]); another side's step that is over is left out.
pub fn upcoming(tl: &Timeline, n: usize) -> Vec<NextDate> {
    let mut next: Vec<NextDate> = tl
        .deadlines
        .iter()
        // A step someone else takes that a later event shows is over (the meeting held, the
        // decision issued) is not a date to plan around any more.
        .filter(|d| !repeats_court_date(tl, d) && (d.family_acts || !d.step_over))
        .filter_map(|d| {
            let date = event_date(d)?;
            (date >= tl.today).then_some(NextDate {
                id: d.id,
                date,
                owner: d.owner,
                family_acts: d.family_acts,
            })
        })
        .collect();
    // A stable sort: the timeline's order breaks ties.
    crate::sort::sort_by_key(&mut next, |x| x.date);
    next.truncate(n);
    next
}

/// The family's steps that are due now but have no date because the state's period for them is
/// not known (Kentucky's request for a state-level review, once the hearing decision is entered
/// and no review decision is): listed after the dated ones, so that the block never says every
/// date has passed while such a step is open.
pub fn undated(tl: &Timeline) -> Vec<DeadlineId> {
    tl.deadlines
        .iter()
        .filter(|d| {
            // `step_over` is set for these once a hearing decision is entered: the step they
            // follow is over, so this one is due.
            d.family_acts
                && d.step_over
                && !d.taken
                && matches!(&d.status, Status::MissingInput(m) if m.why == MissingWhy::StateRuleUnknown)
        })
        .map(|d| d.id)
        .collect()
}

/// The block, once the case has a dated deadline or an open step without a date. Written as
/// one piece of HTML each time the timeline changes (one coarse update: the block is small and
/// changes as a whole), every text escaped.
#[component]
pub fn NextDates() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let today = state.today;
    let order = state.date_order();
    let html = move || {
        // Typed dates that could be read two ways, as the page read them (they are also echoed
        // under their boxes).
        let typed = state.typed_dates.get().then(|| {
            state.case.with(|(c, _)| {
                c.events
                    .iter()
                    .filter(|(_, d)| crate::i18n::typed_date::ambiguous(*d))
                    .map(|(e, d): (EventId, NaiveDate)| {
                        format!("{} {}", t.event_name(e), t.date_long(d))
                    })
                    .collect::<Vec<_>>()
            })
        });
        state.timeline.with(|tl| {
            let next = upcoming(tl, HOW_MANY);
            let open = undated(tl);
            if next.is_empty() && open.is_empty() && !tl.deadlines.iter().any(|d| d.date().is_some()) {
                return None;
            }
            let mut out = format!("<h2 id=\"next-heading\">{}</h2>", escape(t.next_heading()));
            if next.is_empty() && open.is_empty() {
                out += &format!("<p>{}</p>", escape(t.next_none()));
            } else {
                out += "<ol class=\"dp-next__list\">";
                for n in &next {
                    let long = t.date_long(n.date);
                    // A date on a line of its own starts with a capital ("Miércoles, 9 de
                    // diciembre").
                    let when = if n.family_acts {
                        t.act_by(&long)
                    } else {
                        crate::letter_case::capitalized(&long)
                    };
                    out += &row(
                        t,
                        n.id,
                        Some(n.date),
                        &when,
                        &t.days_left(days_between(today, n.date)),
                        t.owner(n.owner),
                    );
                }
                for id in open {
                    out += &row(t, id, None, t.next_unknown_date(), "", t.owner(Owner::Family));
                }
                out += "</ol>";
            }
            if let Some(list) = typed.filter(|l| !l.is_empty()) {
                out += &format!(
                    "<p class=\"dp-help\" data-next-read=\"\">{}</p>",
                    escape(&t.next_typed_read(order, &list.join("; ")))
                );
            }
            // Where a date entered needs a check (a decision dated after today, two dates out of
            // order), the block's dates are counted from it: the last link goes to that list.
            out += &if tl.issues.is_empty() {
                format!(
                    "<p class=\"dp-next__all\"><a href=\"#step-timeline\">{}</a></p>",
                    escape(t.next_all())
                )
            } else {
                format!(
                    "<p class=\"dp-next__all\" data-next-check=\"\"><a href=\"#dp-issues\">{}</a></p>",
                    escape(t.next_check_dates())
                )
            };
            Some(out)
        })
    };
    move || {
        html().map(|inner| {
            view! {
                <section class="dp-step dp-next dp-no-print" aria-labelledby="next-heading" data-next-dates="" inner_html=inner></section>
            }
        })
    }
}

/// One entry: the deadline (a link to its card), the date or what stands for it, the days left
/// and whose deadline it is. Hooks: `data-next`, and `data-next-date` where there is a date.
fn row(
    t: &'static dyn crate::i18n::Text,
    id: DeadlineId,
    date: Option<NaiveDate>,
    when: &str,
    days: &str,
    owner: &str,
) -> String {
    let name = escape(t.deadline_name(id));
    let id = id.as_str();
    let (hook, when) = match date {
        Some(d) => (
            format!(" data-next-date=\"{d}\""),
            format!(
                "<time class=\"dp-next__when\" datetime=\"{d}\">{}</time>",
                escape(when)
            ),
        ),
        None => (
            String::new(),
            format!("<span class=\"dp-next__when\">{}</span>", escape(when)),
        ),
    };
    let whose = if days.is_empty() {
        escape(owner)
    } else {
        format!(
            "<span class=\"dp-next__days\">{}</span> · {}",
            escape(days),
            escape(owner)
        )
    };
    format!(
        "<li class=\"dp-next__item\" data-next=\"{id}\"{hook}><a class=\"dp-next__name\" href=\"#deadline-{id}\">{name}</a>{when}<span class=\"dp-next__owner\">{whose}</span></li>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::Case;
    use crate::engine::timeline;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a date")
    }

    /// An empty case in the jurisdiction `code` ("US-XX").
    fn in_state(code: &str) -> Case {
        Case {
            jurisdiction: crate::engine::case::Jurisdiction::parse(code).expect("a jurisdiction"),
            ..Case::default()
        }
    }

    // Source: issue 20 and contract sections 4 and 7: the entries are the nearest upcoming dates,
    // the family's on the day to act by (the calendar file's date), the others on their date.
    #[test]
    fn the_nearest_upcoming_dates_first() {
        let case = Case::default().with(EventId::ComplaintReceived, day("2026-11-24"));
        let tl = timeline(&case, day("2026-12-06"));
        let next = upcoming(&tl, HOW_MANY);
        assert_eq!(next.len(), HOW_MANY);
        let mut all: Vec<NaiveDate> = tl
            .deadlines
            .iter()
            .filter_map(event_date)
            .filter(|d| *d >= tl.today)
            .collect();
        all.sort();
        assert_eq!(next[0].date, all[0]);
        assert!(next.windows(2).all(|w| w[0].date <= w[1].date));
        // Received 2026-11-24: the meeting's 15 days end on 2026-12-09 (the district's).
        assert!(
            next.iter()
                .any(|n| n.id == DeadlineId::ResolutionMeeting && n.date == day("2026-12-09")),
            "{next:?}"
        );
        // Nothing passed is listed: the district's 10-day response was due 2026-12-04.
        assert!(next.iter().all(|n| n.date >= day("2026-12-06")));
        for n in &next {
            let d = tl.get(n.id).expect("listed from the timeline");
            assert_eq!(Some(n.date), event_date(d));
        }
    }
    // Source: issue 20, item 2 (deadlines the family does not act on get no act-by line), and
    // 34 CFR 300.508(d)(1), 300.510(b)(1). On a parent's complaint, the district's chance to
    // challenge it and the end of the 30-day period are either side's by owner, but the family
    // does not act on them: the block must not say "act by" for them, as the cards do not.
    #[test]
    fn the_block_says_act_by_only_where_the_card_does() {
        let case = Case::default().with(EventId::ComplaintReceived, day("2026-11-24"));
        let tl = timeline(&case, day("2026-12-06"));
        for n in upcoming(&tl, 10) {
            let d = tl.get(n.id).expect("listed from the timeline");
            assert_eq!(n.family_acts, d.act_by.is_some(), "{:?}", n.id);
        }
        let listed = upcoming(&tl, 10);
        for id in [
            DeadlineId::SufficiencyChallenge,
            DeadlineId::ResolutionPeriodEnd,
        ] {
            let n = listed.iter().find(|n| n.id == id).expect("listed");
            assert!(!n.family_acts, "{id:?}");
        }
    }

    // Source: issue 20 (one date story per deadline) and the Missouri pack: Mo. Rev. Stat.
    // 162.962(3) gives 45 days from receipt of the decision for a state court, federal law 90
    // days from the decision for a federal court. Decision 2026-11-20, received 2026-11-20:
    // state court 2027-01-04 (a Monday), federal court 2027-02-18. The general court deadline
    // is the earlier, 2027-01-04, the state court's own date: it is listed once, as the state
    // court's, beside the federal court's.
    #[test]
    fn the_general_court_date_is_not_listed_twice() {
        let case = in_state("US-MO")
            .with(EventId::ComplaintReceived, day("2026-08-03"))
            .with(EventId::DecisionIssued, day("2026-11-20"))
            .with(EventId::DecisionReceived, day("2026-11-20"));
        let tl = timeline(&case, day("2026-12-07"));
        let general = tl.get(DeadlineId::CivilAction).expect("on the timeline");
        assert_eq!(event_date(general), Some(day("2027-01-04")));
        let next = upcoming(&tl, HOW_MANY);
        let listed: Vec<(DeadlineId, NaiveDate)> = next.iter().map(|n| (n.id, n.date)).collect();
        assert_eq!(
            listed,
            vec![
                (DeadlineId::CivilActionStateCourt, day("2027-01-04")),
                (DeadlineId::CivilActionFederalCourt, day("2027-02-18")),
            ]
        );
    }

    // Source: the New Jersey pack (N.J. Admin. Code 6A:14-2.7(v) as a practitioner's page states
    // it: the Superior Court has federal law's 90 days from the decision; secondary). Decision
    // 2026-11-20 + 90 = 2027-02-18 on the court card and the state-court line, and no federal-court
    // line: the general court date, which speaks for every court, is listed once.
    #[test]
    fn a_state_court_with_the_federal_period_is_listed_once_as_the_court_date() {
        let case = in_state("US-NJ")
            .with(EventId::ComplaintReceived, day("2026-08-03"))
            .with(EventId::DecisionIssued, day("2026-11-20"));
        let tl = timeline(&case, day("2026-12-07"));
        let state = tl
            .get(DeadlineId::CivilActionStateCourt)
            .expect("on the timeline");
        assert_eq!(event_date(state), Some(day("2027-02-18")));
        let next = upcoming(&tl, HOW_MANY);
        let courts: Vec<(DeadlineId, NaiveDate)> = next
            .iter()
            .filter(|n| n.id.as_str().starts_with("civil-action"))
            .map(|n| (n.id, n.date))
            .collect();
        assert_eq!(courts, vec![(DeadlineId::CivilAction, day("2027-02-18"))]);
    }

    // Without a state-court period of its own (federal rules only), the general court deadline
    // is the only court entry and stays: decision 2026-11-20 + 90 days = 2027-02-18.
    #[test]
    fn the_general_court_date_stays_where_it_is_the_only_one() {
        let case = Case::default()
            .with(EventId::ComplaintReceived, day("2026-08-03"))
            .with(EventId::DecisionIssued, day("2026-11-20"));
        let tl = timeline(&case, day("2026-12-07"));
        let next = upcoming(&tl, HOW_MANY);
        assert!(
            next.iter()
                .any(|n| n.id == DeadlineId::CivilAction && n.date == day("2027-02-18")),
            "{next:?}"
        );
    }

    // Source: the Kentucky pack (two-tier; the period to ask the Exceptional Children Appeals
    // Board is not known) and the QA walk of 2026-12-07: 35 days after a hearing decision, the
    // block must not say every date has passed while the family's request for review is open.
    // Before the decision it is not due; once the review decision is entered it was asked for.
    #[test]
    fn an_open_step_without_a_known_period_is_listed() {
        let decided = in_state("US-KY").with(EventId::DecisionIssued, day("2026-11-02"));
        let tl = timeline(&decided, day("2026-12-07"));
        assert_eq!(undated(&tl), vec![DeadlineId::StateReviewRequest]);
        let before = in_state("US-KY").with(EventId::ComplaintReceived, day("2026-11-02"));
        assert!(undated(&timeline(&before, day("2026-12-07"))).is_empty());
        let reviewed = decided.with(EventId::ReviewDecisionIssued, day("2026-12-01"));
        assert!(undated(&timeline(&reviewed, day("2026-12-07"))).is_empty());
        // Where the period is known, the step has its date and is not listed here.
        let ny = in_state("US-NY").with(EventId::DecisionIssued, day("2026-11-02"));
        assert!(undated(&timeline(&ny, day("2026-12-07"))).is_empty());
    }

    // Source: the QA walk of 2026-12-07 (a California meeting held on Dec 5 still listed as due
    // Dec 10). Received Wed 2026-11-25: the meeting's 15 days end Thu 12/10; held Sat 12/5, the
    // district's step is over and leaves the block; the family's own dates stay.
    #[test]
    fn a_step_of_the_other_side_that_is_over_leaves_the_block() {
        let received = in_state("US-CA").with(EventId::ComplaintReceived, day("2026-11-25"));
        let tl = timeline(&received, day("2026-12-07"));
        assert!(
            upcoming(&tl, HOW_MANY)
                .iter()
                .any(|n| n.id == DeadlineId::ResolutionMeeting && n.date == day("2026-12-10"))
        );
        let held = received.with(EventId::ResolutionMeetingHeld, day("2026-12-05"));
        let tl = timeline(&held, day("2026-12-07"));
        let next = upcoming(&tl, HOW_MANY);
        assert!(
            !next.iter().any(|n| n.id == DeadlineId::ResolutionMeeting),
            "{next:?}"
        );
        assert!(!next.is_empty());
    }

    #[test]
    fn nothing_when_every_date_has_passed() {
        let case = Case::default().with(EventId::ComplaintReceived, day("2020-01-06"));
        let tl = timeline(&case, day("2026-12-06"));
        assert!(upcoming(&tl, HOW_MANY).is_empty());
    }
}
