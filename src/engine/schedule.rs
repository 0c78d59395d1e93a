//! The resolution meeting the district scheduled, against the days the law gives for it.
//!
//! The district's letter names a meeting date (`resolution-meeting-scheduled`); the family wants
//! to know, before the day comes, whether that date is within the 15 days of 34 CFR 300.510(a)(1)
//! (7 days for an expedited complaint, 300.532(c)(3)(i)). This reads the date the timeline
//! already computed for the meeting deadline (with its state rule and any amended complaint), so
//! the answer never differs from the card's date. Pure: no "today" is needed.

use chrono::NaiveDate;

use super::case::Case;
use super::ids::{DeadlineId, EventId};
use super::timeline::{Status, Timeline};

/// A scheduled meeting date compared with one meeting deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScheduledMeeting {
    /// `resolution-meeting` or `expedited-resolution-meeting`.
    pub deadline: DeadlineId,
    /// The date on the district's letter.
    pub scheduled: NaiveDate,
    /// The deadline's primary date: the last day the meeting may be held.
    pub last_day: NaiveDate,
    /// The rule's period (15, or 7 on the expedited track), for the words.
    pub days: u32,
    /// The scheduled date is on or before the last day.
    pub within: bool,
}

/// The scheduled meeting against each meeting deadline that applies and has a date (two on the
/// dual track). Empty when no meeting date is entered, or when no meeting deadline applies (a
/// district's complaint, a written waiver, mediation chosen).
///
/// # Example
/// ```
/// use due_process_calculator::engine::{case::Case, ids::{DeadlineId, EventId}, schedule, timeline};
/// let day = |s: &str| s.parse().ok();
/// let mut case = Case::default();
/// case.events.set(EventId::ComplaintReceived, day("2026-11-24"));
/// case.events.set(EventId::ResolutionMeetingScheduled, day("2026-12-10"));
/// let tl = timeline(&case, "2026-12-06".parse().unwrap());
/// let found = schedule::scheduled_meetings(&case, &tl);
/// assert_eq!(found[0].deadline, DeadlineId::ResolutionMeeting);
/// assert!(!found[0].within); // the 15 days end on 2026-12-09
/// ```
pub fn scheduled_meetings(case: &Case, tl: &Timeline) -> Vec<ScheduledMeeting> {
    let Some(scheduled) = case.events.get(EventId::ResolutionMeetingScheduled) else {
        return Vec::new();
    };
    [
        DeadlineId::ResolutionMeeting,
        DeadlineId::ExpeditedResolutionMeeting,
    ]
    .into_iter()
    .filter_map(|id| {
        let d = tl.get(id)?;
        if d.status != Status::Applies {
            return None;
        }
        let last_day = d.date()?;
        Some(ScheduledMeeting {
            deadline: id,
            scheduled,
            last_day,
            days: d.rule.period,
            within: scheduled <= last_day,
        })
    })
    .collect()
}
