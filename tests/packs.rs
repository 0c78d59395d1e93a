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
use due_process_calculator::rules::{
    Answer, Field, PACKS, Rule, RuleSource, Trigger, Verification, names_a_provision, unread_marker,
};

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
                    D::StateReviewRequest
                        | D::StateReviewNotice
                        | D::CivilActionStateCourt
                        | D::ReimbursementClaimLimit
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
/// status, a check that found none, or nothing checked yet. `UPDATE_COVERAGE=1 cargo test --test
/// packs` rewrites `reports/coverage.md`; without it, this test fails when the committed report no
/// longer matches the packs.
#[test]
fn coverage_report_is_current() {
    let fields = [
        (Field::FilingLimit, "filing limit"),
        (Field::Court, "court deadline (civil action)"),
        (
            Field::StateReview,
            "state review (two-tier states), its notice and period",
        ),
        (Field::StateCourt, "state-court deadline, where it differs"),
        (
            Field::Reimbursement,
            "reimbursement claim limit (private placement)",
        ),
        (Field::Holidays, "state holidays for business days"),
        (Field::HearingOffice, "hearing office"),
    ];
    assert_eq!(fields.len(), Field::ALL.len());
    let slot = |a: Answer| match a {
        Answer::Rule(Verification::Verified) => 0,
        Answer::Rule(Verification::Interpretive) => 1,
        Answer::Rule(Verification::Secondary) => 2,
        Answer::Rule(Verification::Unverified) => 3,
        Answer::NoStateRule(_) => 4,
        Answer::NotChecked => 5,
    };
    let answer =
        |code: &str, field: Field| state_pack(code).map_or(Answer::NotChecked, |p| p.answer(field));
    let mut out = String::from(
        "# Coverage of the state rule packs\n\n\
         Generated by `UPDATE_COVERAGE=1 cargo test --test packs` from `src/rules`; checked by\n\
         `cargo test`. For each field: how many of the 52 jurisdictions (50 states, DC and Puerto\n\
         Rico) have a state rule of each status, how many were checked and set no rule of their own\n\
         (the federal rule applies; the provision read is recorded in the pack and listed on the\n\
         page), and how many are not checked yet (the page's warning names those fields). A\n\
         jurisdiction counts once, under its best-sourced rule.\n\n\
         | field | verified | interpretive | secondary | unverified | checked, none | not checked |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for (field, name) in fields {
        let mut counts = [0usize; 6];
        for code in STATE_CODES {
            counts[slot(answer(code, field))] += 1;
        }
        let [v, i, s, u, n, dash] = counts;
        out.push_str(&format!(
            "| {name} | {v} | {i} | {s} | {u} | {n} | {dash} |\n"
        ));
    }
    let complete = PACKS
        .iter()
        .filter(|p| p.code != "US" && p.complete)
        .count();
    let with_pack = PACKS.iter().filter(|p| p.code != "US").count();
    let two_tier = PACKS.iter().filter(|p| p.two_tier).count();
    let letter = |a: Answer| ["V", "I", "S", "U", "N", "-"][slot(a)];
    let mut rows = String::new();
    let mut dashes = 0;
    let mut top_dashes = 0;
    let mut no_warning = Vec::new();
    for code in STATE_CODES {
        let cells: Vec<&str> = Field::ALL
            .iter()
            .map(|f| letter(answer(code, *f)))
            .collect();
        let n = cells.iter().filter(|c| **c == "-").count();
        dashes += n;
        if MOST_POPULOUS.contains(&code) {
            top_dashes += n;
        }
        if state_pack(code).is_some_and(|p| p.complete || p.unchecked().next().is_none()) {
            no_warning.push(code);
        }
        rows.push_str(&format!("| {code} | {} |\n", cells.join(" | ")));
    }
    out.push_str(&format!(
        "\nJurisdictions with a pack: {with_pack} of 52 ({complete} complete). Two-tier states (a \
         state review before court): {two_tier}.\n\n\
         Cells not checked yet (`-`): {dashes} of {} over all 52; {top_dashes} in the 20 most \
         populous states ({}).\n\n\
         Jurisdictions whose page carries no \"may differ\" warning (every field checked against a \
         text that was read, or the pack complete): {}.\n\n\
         ## By jurisdiction\n\n\
         V verified, I interpretive, S secondary, U unverified: the state's own rule, best-sourced \
         first. N: checked, the state sets no rule of its own (the federal rule applies). -: not \
         checked yet. The page's warning names the fields marked S, U or -: their state text has \
         not been read.\n\n\
         | jurisdiction | filing limit | court | state review | state court | reimbursement | \
         holidays | hearing office |\n| --- | :-: | :-: | :-: | :-: | :-: | :-: | :-: |\n",
        STATE_CODES.len() * Field::ALL.len(),
        MOST_POPULOUS.join(" "),
        if no_warning.is_empty() {
            "none".to_string()
        } else {
            no_warning.join(" ")
        },
    ));
    out.push_str(&rows);
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

/// The 20 most populous states (2020 census order), whose every cell is to be answered.
const MOST_POPULOUS: [&str; 20] = [
    "CA", "TX", "FL", "NY", "PA", "IL", "OH", "GA", "NC", "MI", "NJ", "VA", "WA", "AZ", "MA", "TN",
    "IN", "MD", "MO", "WI",
];

/// The state's own pack, as the engine finds it (`None` where it would fall back to the federal
/// rules).
fn state_pack(code: &str) -> Option<&'static due_process_calculator::rules::Pack> {
    let place = Jurisdiction::parse(&format!("US-{code}"))?;
    let (pack, fallback) = due_process_calculator::rules::pack_for(place);
    (!fallback).then_some(pack)
}

#[test]
fn the_not_read_markers_are_found_where_they_are_and_only_there() {
    assert_eq!(
        unread_marker(
            "Ga. Comp. R. & Regs. 160-4-7-.12(3), as the Georgia Department of Education states it"
        ),
        Some("states it")
    );
    assert_eq!(
        unread_marker("Fla. Admin. Code R. 6A-6.03311 (current text not read)"),
        Some("not read")
    );
    assert_eq!(unread_marker("8 NYCRR 279.4(a) (within 40 days)"), None);
    assert_eq!(unread_marker("a guidebook"), None);
    assert_eq!(unread_marker("as the Eighth Circuit quotes it"), None);
    assert!(names_a_provision(
        "Wash. Admin. Code 392-172A-05115(2) (state or federal court)"
    ));
    assert!(!names_a_provision(
        "Office for Dispute Resolution: 30 calendar days to state court"
    ));
    assert!(!names_a_provision(
        "West Virginia Department of Education, dispute resolution (90 days)"
    ));
}

/// A rule labelled verified names a text that was read: its citation opens with a numbered
/// provision of law (not an agency, office or document) and never says that the rule is known
/// only through another's account or was not read (contract section 4: only a rule checked
/// against the primary text is verified). Holiday statutes labelled verified likewise.
#[test]
fn no_verified_rule_says_its_text_was_not_read() {
    let mut wrong = Vec::new();
    for pack in PACKS {
        for rule in pack
            .overrides
            .iter()
            .filter(|r| r.status == Verification::Verified)
        {
            if let Some(m) = unread_marker(rule.citation) {
                wrong.push(format!(
                    "{} {}: \"{m}\" in {}",
                    pack.code, rule.id, rule.citation
                ));
            }
            if !names_a_provision(rule.citation) {
                wrong.push(format!(
                    "{} {}: no provision in {}",
                    pack.code, rule.id, rule.citation
                ));
            }
        }
        if pack.holidays_status == Some(Verification::Verified)
            && let Some(m) = unread_marker(pack.holiday_citation)
        {
            wrong.push(format!(
                "{} holidays: \"{m}\" in {}",
                pack.code, pack.holiday_citation
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "verified, yet not read:\n{}",
        wrong.join("\n")
    );
}

/// A check that found no state rule is sourced like a rule: it names the provision read (never
/// "not read" or someone else's account of it), links the copy read, and is dated; and it never
/// contradicts a rule of the same pack for the same field.
#[test]
fn every_no_state_rule_names_a_provision_read_and_a_date() {
    let mut count = 0;
    for pack in PACKS {
        for n in pack.no_state_rule {
            count += 1;
            let what = format!("{} {}", pack.code, n.field.as_str());
            assert!(n.citation.trim().len() > 8, "{what}: names no provision");
            assert!(
                n.citation.chars().any(|c| c.is_ascii_digit()),
                "{what}: a provision has a number: {}",
                n.citation
            );
            assert_eq!(unread_marker(n.citation), None, "{what}: {}", n.citation);
            assert!(
                (n.url.starts_with("https://") || n.url.starts_with("http://"))
                    && !n.url.contains(char::is_whitespace),
                "{what}: {}",
                n.url
            );
            assert!(
                matches!(
                    n.status,
                    Verification::Verified | Verification::Interpretive
                ),
                "{what}: a check rests on a text read"
            );
            assert!(
                NaiveDate::parse_from_str(n.checked, "%Y-%m-%d").is_ok(),
                "{what}: {}",
                n.checked
            );
            assert!(
                !pack
                    .overrides
                    .iter()
                    .any(|r| n.field.deadlines().contains(&r.id)),
                "{what}: a rule and a check that found none"
            );
            assert!(
                n.field != Field::HearingOffice,
                "{what}: every state has a hearing office"
            );
            assert!(
                n.field != Field::Holidays || pack.holidays_status.is_none(),
                "{what}: holidays are read into the pack"
            );
            assert!(
                n.field != Field::StateReview || !pack.two_tier,
                "{what}: a two-tier state has a review"
            );
            assert_eq!(
                pack.no_state_rule
                    .iter()
                    .filter(|m| m.field == n.field)
                    .count(),
                1,
                "{what} twice"
            );
        }
    }
    assert!(count > 0, "some checks are recorded");
}
