//! Whole-range invariants of the timeline: for every trigger date from 2000 to 2040, in both
//! jurisdictions and on every track, the engine never panics, every forward deadline falls after
//! its trigger (backward ones before), business-day results are business days, and the earliest
//! date is never after the primary date.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use due_process_calculator::engine::calendar::DayCalendar;
use due_process_calculator::engine::case::{Case, FiledBy, Jurisdiction, Track};
use due_process_calculator::engine::count::{Direction, Unit};
use due_process_calculator::engine::ids::EventId as E;
use due_process_calculator::engine::timeline;
use due_process_calculator::rules::{california, federal};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

#[test]
fn every_trigger_date_2000_to_2040() {
    let federal_business = DayCalendar {
        holidays: federal::HOLIDAYS.iter().collect(),
        ..DayCalendar::default()
    };
    let ca_business = DayCalendar {
        holidays: federal::HOLIDAYS
            .iter()
            .chain(california::HOLIDAYS.iter())
            .collect(),
        ..DayCalendar::default()
    };
    let mut day = ymd(2000, 1, 1);
    let mut checked = 0usize;
    while day <= ymd(2040, 12, 31) {
        let plus = |n: i64| day + Duration::days(n);
        // Rotate through tracks, filers and jurisdictions so every combination meets many dates.
        let i = day.num_days_from_ce();
        let track = [Track::Standard, Track::Expedited, Track::Dual][(i % 3) as usize];
        let filed_by = if i % 5 == 0 {
            FiledBy::District
        } else {
            FiledBy::Parent
        };
        let jurisdiction = if i % 2 == 0 {
            Jurisdiction::Federal
        } else {
            Jurisdiction::parse("US-CA").unwrap()
        };
        let mut c = Case {
            jurisdiction,
            track,
            filed_by,
            ..Case::default()
        };
        for (id, offset) in [
            (E::KnewOfProblem, -400),
            (E::DistrictDecisionNotice, -420),
            (E::ComplaintFiled, -1),
            (E::ComplaintReceived, 0),
            (E::SettlementSigned, 12),
            (E::SettlementOfferReceived, 20),
            (E::HearingStart, 60),
            (E::HearingEnded, 62),
            (E::DecisionIssued, 100),
            (E::DecisionReceived, 104),
            (E::PlacementChangeDecided, 3),
            (E::PrivatePlacementPlanned, 200),
        ] {
            c.events.set(id, Some(plus(offset)));
        }
        let t = timeline(&c, day);
        for d in &t.deadlines {
            let Some(p) = &d.primary else { continue };
            match p.direction {
                Direction::After if p.period > 0 => {
                    assert!(p.date > p.trigger_date, "{} {day}", d.id)
                }
                Direction::Before => assert!(p.date < p.trigger_date, "{} {day}", d.id),
                Direction::After => {}
            }
            if p.unit == Unit::BusinessDays {
                let cal = if jurisdiction == Jurisdiction::Federal {
                    &federal_business
                } else {
                    &ca_business
                };
                assert!(
                    cal.check(p.date).is_ok(),
                    "{} on {} is not a business day",
                    d.id,
                    p.date
                );
            }
            if matches!(p.unit, Unit::SchoolDays | Unit::BusinessDaysHolidaysCounted) {
                assert!(
                    !matches!(p.date.weekday(), Weekday::Sat | Weekday::Sun),
                    "{} {day}",
                    d.id
                );
            }
            let earliest = d.earliest.expect("a dated deadline has an earliest date");
            assert!(
                earliest <= p.date,
                "{}: earliest {earliest} after primary {}",
                d.id,
                p.date
            );
            checked += 1;
        }
        day = day.succ_opt().expect("in range");
    }
    assert!(checked > 150_000, "checked {checked} deadlines");
}

/// The court lines tell one story in every jurisdiction: for decisions issued on every fifth day
/// of 2026 to 2028, mailed one to three days later and received two to six days later (and, in
/// two-tier states, a review decision a month on), the general court card, which speaks for every
/// court, never gives a later earliest date (the day its "act by" rests on) than the state-court or
/// federal-court line.
#[test]
fn the_court_card_is_never_later_than_either_court_line() {
    use due_process_calculator::engine::ids::DeadlineId as D;
    use due_process_calculator::rules::PACKS;
    let mut compared = 0usize;
    for pack in PACKS.iter() {
        let Some(jurisdiction) = Jurisdiction::parse(pack.code) else {
            continue;
        };
        let mut day = ymd(2026, 1, 1);
        while day <= ymd(2028, 12, 31) {
            let i = i64::from(day.ordinal());
            let mut c = Case {
                jurisdiction,
                ..Case::default()
            };
            c.events
                .set(E::ComplaintReceived, Some(day - Duration::days(100)));
            c.events.set(E::DecisionIssued, Some(day));
            c.events
                .set(E::DecisionMailed, Some(day + Duration::days(1 + i % 3)));
            c.events
                .set(E::DecisionReceived, Some(day + Duration::days(2 + i % 5)));
            c.events
                .set(E::ReviewDecisionIssued, Some(day + Duration::days(30)));
            let t = timeline(&c, day);
            let earliest = |id: D| {
                t.deadlines
                    .iter()
                    .find(|d| d.id == id)
                    .and_then(|d| d.earliest)
            };
            if let Some(general) = earliest(D::CivilAction) {
                for line in [D::CivilActionStateCourt, D::CivilActionFederalCourt] {
                    if let Some(own) = earliest(line) {
                        assert!(
                            general <= own,
                            "{} decided {day}: court card {general}, {line} {own}",
                            pack.code
                        );
                        compared += 1;
                    }
                }
            }
            day += Duration::days(5);
        }
    }
    assert!(compared > 5_000, "compared {compared} court lines");
}
