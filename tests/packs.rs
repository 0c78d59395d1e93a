//! Every rule pack, checked as data and through the engine: each rule has a citation, a link
//! and a status; pack codes are real and unique; and, by running timelines (not by reading the
//! status flag), only a verified rule ever sets a primary date while every state rule that is
//! shorter than the primary sets the earliest date.

mod common;

use chrono::NaiveDate;
use common::{case, iso};
use due_process_calculator::engine::case::{Jurisdiction, STATE_CODES};
use due_process_calculator::engine::count::count;
use due_process_calculator::engine::ids::{DeadlineId as D, EventId as E};
use due_process_calculator::engine::timeline;
use due_process_calculator::rules::{PACKS, Rule, RuleSource, Trigger, Verification};

#[test]
fn every_pack_and_rule_is_cited() {
    let mut codes = Vec::new();
    for pack in PACKS {
        assert!(
            pack.code == "US" || STATE_CODES.contains(&pack.code.trim_start_matches("US-")),
            "{}",
            pack.code
        );
        assert!(!codes.contains(&pack.code), "{} twice", pack.code);
        codes.push(pack.code);
        assert!(NaiveDate::parse_from_str(pack.checked, "%Y-%m-%d").is_ok());
        assert!(!pack.holiday_citation.is_empty() && !pack.school_holiday_citation.is_empty());
        for rule in pack.overrides {
            assert!(
                !rule.citation.trim().is_empty(),
                "{}: {:?}",
                pack.code,
                rule.id
            );
            assert!(
                rule.source_url.starts_with("https://") || rule.source_url.starts_with("http://"),
                "{}: {:?} {}",
                pack.code,
                rule.id,
                rule.source_url
            );
            assert!(rule.period > 0, "{}: {:?}", pack.code, rule.id);
        }
    }
    assert_eq!(codes.len(), PACKS.len());
}

/// A case in `code` with every trigger a state rule can use, the decision mailed two days and
/// received five days after it is issued.
fn all_triggers(code: &str) -> due_process_calculator::engine::case::Case {
    case(
        code,
        &[
            (E::KnewOfProblem, "2024-03-15"),
            (E::DistrictDecisionNotice, "2024-02-01"),
            (E::ComplaintReceived, "2025-08-29"),
            (E::DecisionIssued, "2025-10-01"),
            (E::DecisionMailed, "2025-10-03"),
            (E::DecisionReceived, "2025-10-06"),
            (E::ReviewDecisionIssued, "2025-11-10"),
            (E::PrivatePlacementStarted, "2025-01-06"),
        ],
    )
}

fn own_date(rule: &Rule, c: &due_process_calculator::engine::case::Case) -> Option<NaiveDate> {
    let Trigger::Event(e) = rule.trigger else {
        return None;
    };
    let from = c.events.get(e)?;
    // Calendar days and years do not depend on holidays.
    let calendar = due_process_calculator::engine::calendar::DayCalendar::default();
    count(
        &calendar,
        from,
        rule.period,
        rule.unit,
        rule.direction,
        false,
    )
    .ok()
    .map(|c| c.date)
}

/// An office is named with where its name was read: a citation the page can show as it is, and
/// the address when that was a web page (shown as a link, never as text).
#[test]
fn every_office_is_sourced_in_words_and_linked_where_read_on_the_web() {
    let mut linked = 0;
    for pack in PACKS {
        for office in [pack.hearings, pack.mediation].into_iter().flatten() {
            assert!(!office.name.trim().is_empty(), "{}", pack.code);
            assert!(
                !office.citation.trim().is_empty() && !office.citation.contains("://"),
                "{}: {}",
                pack.code,
                office.citation
            );
            if let Some(url) = office.url {
                linked += 1;
                assert!(
                    (url.starts_with("https://") || url.starts_with("http://"))
                        && !url.contains(char::is_whitespace),
                    "{}: {url}",
                    pack.code
                );
            }
        }
    }
    assert!(
        linked > 0,
        "the offices read on the web keep their addresses"
    );
}

#[test]
fn only_verified_rules_set_primary_dates_and_shorter_ones_set_the_earliest() {
    for pack in PACKS.iter().filter(|p| p.code != "US") {
        let c = all_triggers(pack.code);
        let t = timeline(&c, iso("2025-09-01"));
        for rule in pack.overrides {
            let d = t.get(rule.id).expect("every deadline is listed");
            let Some(mine) = own_date(rule, &c) else {
                continue;
            };
            let primary = d.date().expect("every trigger is entered");
            let verified_exists = pack
                .overrides
                .iter()
                .any(|r| r.id == rule.id && r.status == Verification::Verified);
            if rule.status == Verification::Verified {
                assert_eq!(
                    primary, mine,
                    "{} {:?}: a verified rule sets the date",
                    pack.code, rule.id
                );
                assert_eq!(d.source, RuleSource::State, "{} {:?}", pack.code, rule.id);
            } else if !verified_exists
                && matches!(
                    rule.id,
                    D::StateReviewRequest | D::CivilActionStateCourt | D::ReimbursementClaimLimit
                )
            {
                // Federal law sets no review period: the state's rule gives the date, labelled.
                assert_eq!(primary, mine, "{}", pack.code);
                assert_eq!(d.source, RuleSource::StateUnverified, "{}", pack.code);
            } else if !verified_exists {
                assert_ne!(d.source, RuleSource::State, "{} {:?}", pack.code, rule.id);
                assert!(
                    d.readings.iter().any(|r| r.count.date == mine),
                    "{} {:?}: the unverified rule is shown",
                    pack.code,
                    rule.id
                );
            }
            if mine < primary {
                assert!(
                    d.earliest.is_some_and(|e| e <= mine),
                    "{} {:?}: a shorter rule sets the earliest date",
                    pack.code,
                    rule.id
                );
            }
        }
    }
}

#[test]
fn every_state_is_selectable_and_gets_a_timeline() {
    for code in STATE_CODES {
        let t = timeline(&all_triggers(&format!("US-{code}")), iso("2025-09-01"));
        assert!(t.fallback || t.pack_code == format!("US-{code}"), "{code}");
        assert!(
            t.deadlines
                .iter()
                .all(|d| d.date().is_none_or(|p| d.earliest.is_none_or(|e| e <= p)))
        );
    }
}

/// The coverage report: per field, how many of the 52 jurisdictions have a state rule of each
/// status. `UPDATE_COVERAGE=1 cargo test --test packs` rewrites `reports/coverage.md`; without
/// it, this test fails when the committed report no longer matches the packs.
#[test]
fn coverage_report_is_current() {
    let fields = [
        (D::FilingLimit, "filing limit"),
        (D::CivilAction, "court deadline (civil action)"),
        (
            D::StateReviewRequest,
            "state review request (two-tier states)",
        ),
        (
            D::CivilActionStateCourt,
            "state-court deadline, where it differs",
        ),
        (
            D::ReimbursementClaimLimit,
            "reimbursement claim limit (private placement)",
        ),
    ];
    let statuses = [
        Verification::Verified,
        Verification::Interpretive,
        Verification::Secondary,
        Verification::Unverified,
    ];
    let mut out = String::from(
        "# Coverage of the state rule packs\n\n\
         Generated by `UPDATE_COVERAGE=1 cargo test --test packs` from `src/rules`; checked by\n\
         `cargo test`. For each field: how many of the 52 jurisdictions (50 states, DC and Puerto\n\
         Rico) have a state rule of each status. A jurisdiction counts once, under its best-sourced\n\
         rule. \"none\" means the federal default applies and the page says the state may differ.\n\n\
         | field | verified | interpretive | secondary | unverified | none |\n\
         | --- | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for (id, name) in fields {
        let mut counts = [0usize; 5];
        for code in STATE_CODES {
            let best = state_pack(code)
                .into_iter()
                .flat_map(|p| p.overrides.iter())
                .filter(|r| r.id == id)
                .map(|r| r.status)
                .min();
            let slot = best.map_or(4, |s| statuses.iter().position(|x| *x == s).unwrap_or(4));
            counts[slot] += 1;
        }
        out.push_str(&format!(
            "| {name} | {} | {} | {} | {} | {} |\n",
            counts[0], counts[1], counts[2], counts[3], counts[4]
        ));
    }
    let complete = PACKS
        .iter()
        .filter(|p| p.code != "US" && p.complete)
        .count();
    let mut holiday_counts = [0usize; 5];
    for code in STATE_CODES {
        let status = state_pack(code).and_then(|p| p.holidays_status);
        let slot = status.map_or(4, |s| statuses.iter().position(|x| *x == s).unwrap_or(4));
        holiday_counts[slot] += 1;
    }
    let [hv, hi, hs, hu, hn] = holiday_counts;
    let with_pack = PACKS.iter().filter(|p| p.code != "US").count();
    let two_tier = PACKS.iter().filter(|p| p.two_tier).count();
    out.push_str(&format!(
        "| state holidays for business days | {hv} | {hi} | {hs} | {hu} | {hn} |\n\n\
         Jurisdictions with a pack: {with_pack} of 52 ({complete} complete). A pack that is not \
         complete carries what has been confirmed so far; for everything else the page uses the \
         federal rules and says that the state may differ. Two-tier states (a state review before \
         court): {two_tier}.\n\n\
         ## By jurisdiction\n\n\
         V verified, I interpretive, S secondary, U unverified, - none (federal default). Where a \
         field has several rules, the best-sourced one is shown.\n\n\
         | jurisdiction | filing limit | court | state review | state court | reimbursement | \
         holidays |\n| --- | :-: | :-: | :-: | :-: | :-: | :-: |\n"
    ));
    let letter = |s: Option<Verification>| match s {
        Some(Verification::Verified) => "V",
        Some(Verification::Interpretive) => "I",
        Some(Verification::Secondary) => "S",
        Some(Verification::Unverified) => "U",
        None => "-",
    };
    for code in STATE_CODES {
        let pack = state_pack(code);
        let best = |id: D| {
            pack.into_iter()
                .flat_map(|p| p.overrides.iter())
                .filter(|r| r.id == id)
                .map(|r| r.status)
                .min()
        };
        out.push_str(&format!(
            "| {code} | {} | {} | {} | {} | {} | {} |\n",
            letter(best(D::FilingLimit)),
            letter(best(D::CivilAction)),
            letter(best(D::StateReviewRequest)),
            letter(best(D::CivilActionStateCourt)),
            letter(best(D::ReimbursementClaimLimit)),
            letter(pack.and_then(|p| p.holidays_status)),
        ));
    }
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("reports/coverage.md");
    if std::env::var_os("UPDATE_COVERAGE").is_some() {
        std::fs::write(&path, &out).expect("write reports/coverage.md");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        committed, out,
        "reports/coverage.md is out of date: run UPDATE_COVERAGE=1 cargo test --test packs"
    );
}

/// The state's own pack, as the engine finds it (`None` where it would fall back to the federal
/// rules).
fn state_pack(code: &str) -> Option<&'static due_process_calculator::rules::Pack> {
    let place = Jurisdiction::parse(&format!("US-{code}"))?;
    let (pack, fallback) = due_process_calculator::rules::pack_for(place);
    (!fallback).then_some(pack)
}
