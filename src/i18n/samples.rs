//! Every string the catalog can produce, for checking the languages against each other.
//!
//! [`samples`] calls every method of [`Text`] (except [`Text::date_order`], which is not a
//! string), once per variant of each enum argument and once per branch of each number or
//! `Option` argument, so tests can check that each language has every entry, that no entry is
//! empty, that every prose entry is translated, and that no English is left on another
//! language's page.
//!
//! The arguments a method formats in (dates, event names, state names, draft titles) come from
//! the same language's catalog where the page does so, so a sample reads as the page would show
//! it. The list of samples, and each sample's `(method, key)`, is the same in every language;
//! only `text` differs.
//!
//! Fieldless enums without an `ALL` constant are listed here with `every!`, whose exhaustive
//! match stops the build when a variant is added to the enum and not to the list; enums with
//! data are listed with `each_variant!`, which does the same and also checks that each variant
//! has a value.

use chrono::NaiveDate;

use super::typed_date::TypedProblem;
use super::{OpenProblem, Stage, Text, variants};
use crate::case::link::LinkError;
use crate::case::{FieldProblem, LoadError};
use crate::checklist::Meeting;
use crate::embed::{AccentProblem, Theme};
use crate::engine::calendar::HolidayId;
use crate::engine::case::STATE_CODES;
use crate::engine::count::{Count, Direction, Unit};
use crate::engine::ids::{DeadlineId, EventId};
use crate::engine::timeline::Note;
use crate::engine::validate::Issue;
use crate::rules::Field as RuleField;

/// One thing the page can say, produced by one call of a `Text` method.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sample {
    /// The `Text` method's name.
    pub method: &'static str,
    /// Which call of the method: the argument (a variant's `Debug` form, a number, a state code,
    /// an index into an array, a paragraph number), or empty for a method without arguments.
    /// `(method, key)` is unique and the same in every language.
    pub key: String,
    pub text: String,
    /// True for sentences and labels a family reads, which must differ from the English in any
    /// other language. False where the same text can rightly be the same in two languages: state
    /// names, proper names, dates and numbers only, abbreviations under 4 characters.
    pub prose: bool,
    /// True only where the text is empty on purpose (`typed_date_problem(Empty)`: nothing to
    /// say about an empty box). Every other sample must be non-empty.
    pub allow_empty: bool,
}

/// Every variant of a fieldless enum, as an array. The match names the same list, so a variant
/// added to the enum and not here fails to compile.
macro_rules! every {
    ($ty:ident { $($v:ident),+ $(,)? }) => {{
        let _exhaustive = |x: $ty| match x {
            $($ty::$v)|+ => (),
        };
        [$($ty::$v),+]
    }};
}

/// Representative values of an enum with data. The match names every variant (a variant added to
/// the enum and not here fails to compile), and each named variant must have a value.
macro_rules! each_variant {
    ($ty:ident { $($v:ident),+ $(,)? }, $values:expr) => {{
        let values = $values;
        let _exhaustive = |x: &$ty| match x {
            $($ty::$v { .. })|+ => (),
        };
        $(
            assert!(
                values.iter().any(|x| matches!(x, $ty::$v { .. })),
                concat!(stringify!($ty), "::", stringify!($v), " has no sample")
            );
        )+
        values
    }};
}

/// Calls of methods without arguments, all prose.
macro_rules! plain {
    ($out:ident, $t:ident: $($m:ident),+ $(,)?) => {
        $( $out.add(stringify!($m), "", $t.$m(), true); )+
    };
}

/// The samples being collected.
struct Out(Vec<Sample>);

impl Out {
    fn add(
        &mut self,
        method: &'static str,
        key: impl ToString,
        text: impl Into<String>,
        prose: bool,
    ) {
        self.0.push(Sample {
            method,
            key: key.to_string(),
            text: text.into(),
            prose,
            allow_empty: false,
        });
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

/// Every string `t` can produce; see the module documentation.
pub fn samples(t: &'static dyn Text) -> Vec<Sample> {
    let mut out = Out(Vec::new());
    // A Saturday, the Friday before it, and a range across the winter break.
    let saturday = day(2025, 9, 13);
    let friday = day(2025, 9, 12);
    let (break_from, break_to) = (day(2025, 12, 22), day(2026, 1, 2));
    let long = t.date_long(saturday);
    let short = t.date_short(saturday);

    // Page frame
    plain!(out, t: app_title, tagline, not_advice, privacy, skip_to_timeline, see_timeline, language_label);
    out.add("today_fixed", "", t.today_fixed(&long), true);
    out.add("rules_checked", "", t.rules_checked(&long), true);
    plain!(out, t: report_wrong_date, report_help);

    // Step 1
    plain!(out, t: step_situation, state_label, state_help, federal_only);
    for code in STATE_CODES {
        out.add("state_name", code, t.state_name(code), false);
    }
    // An unknown code gives the generic "your state", which is prose.
    out.add("state_name", "XX", t.state_name("XX"), true);
    out.add(
        "fallback_warning",
        "NY",
        t.fallback_warning(t.state_name("NY")),
        true,
    );
    let hawaii = t.state_name("HI");
    out.add("sources_heading", "", t.sources_heading(hawaii), true);
    out.add("sources_intro", "", t.sources_intro(hawaii), true);
    out.add("sources_none", "", t.sources_none(hawaii), true);
    out.add(
        "sources_rule",
        "",
        t.sources_rule(
            30,
            t.unit(Unit::CalendarDays, 30),
            t.event_name(EventId::DecisionIssued),
        ),
        true,
    );
    out.add(
        "sources_checked",
        "",
        t.sources_checked(&t.date_short(friday)),
        true,
    );
    out.add(
        "sources_holidays",
        "",
        t.sources_holidays("Cal. Gov. Code 6700"),
        true,
    );
    out.add(
        "sources_holidays_federal_only",
        "",
        t.sources_holidays_federal_only(hawaii),
        true,
    );
    plain!(out, t: sources_two_tier);
    out.add(
        "sources_school_holidays",
        "",
        t.sources_school_holidays("Cal. Educ. Code 37220"),
        true,
    );
    out.add(
        "office_hearings",
        "",
        t.office_hearings(hawaii, "Office of Administrative Hearings"),
        true,
    );
    out.add(
        "office_mediation",
        "",
        t.office_mediation(hawaii, "Office of Administrative Hearings"),
        true,
    );
    // Fields of a state's rules checked or not (issue 23).
    for field in RuleField::ALL {
        out.add(
            "field_name",
            format!("{field:?}"),
            t.field_name(field),
            true,
        );
        out.add(
            "sources_no_state_rule",
            format!("{field:?}"),
            t.sources_no_state_rule(t.state_name("TX"), field),
            true,
        );
    }
    out.add(
        "partial_pack_warning",
        "HI:one",
        t.partial_pack_warning(t.state_name("HI"), &[RuleField::Court]),
        true,
    );
    out.add(
        "partial_pack_warning",
        "HI:all",
        t.partial_pack_warning(t.state_name("HI"), &RuleField::ALL),
        true,
    );
    plain!(out, t: federal_note);
    // A citation with a note (Texas's filing limit) and an office's name, as the page shows them.
    let texas = "19 Tex. Admin. Code 89.1151(c); Tex. Educ. Code 29.0164 (two years for hearings requested on or after September 1, 2022, one year for those requested before; the two years run from when the party knew or should have known)";
    out.add(
        "citation_note",
        "TX",
        t.citation_note(texas)
            .map_or(texas.to_string(), |(legal, note)| {
                format!("{legal} ({note})")
            }),
        true,
    );
    out.add(
        "office_name",
        "TX",
        t.office_name("Texas Education Agency").to_string(),
        true,
    );
    out.add(
        "state_pack_note",
        "CA",
        t.state_pack_note(t.state_name("CA")),
        true,
    );
    plain!(out, t: filed_by_legend, filed_by_parent, filed_by_district, track_legend,
        track_standard, track_expedited, track_dual, track_help, key_dates);

    // Step 2
    plain!(out, t: step_events, step_events_help, group_meeting, group_complaint,
        group_agreements, group_hearing, group_discipline, group_private);
    for &id in EventId::ALL {
        out.add("event_question", id.as_str(), t.event_question(id), true);
        out.add("event_help", id.as_str(), t.event_help(id), true);
        out.add("event_name", id.as_str(), t.event_name(id), true);
    }
    out.add(
        "counted_from",
        "",
        t.counted_from(t.event_name(EventId::ComplaintReceived)),
        true,
    );
    plain!(out, t: clear_date);
    // `date_order` is not a string (it says how typed dates are read), so it has no sample.
    use super::typed_date::DateOrder;
    for order in [DateOrder::MonthFirst, DateOrder::DayFirst] {
        let key = format!("{order:?}");
        out.add("date_order_words", &key, t.date_order_words(order), true);
        out.add("typed_date_hint", &key, t.typed_date_hint(order), true);
        out.add("type_dates_help", &key, t.type_dates_help(order), true);
        out.add("bad_date", &key, t.bad_date("2025-02-30", order), true);
        out.add(
            "typed_date_read",
            &key,
            t.typed_date_read(&long, Some(order)),
            true,
        );
        out.add(
            "next_typed_read",
            &key,
            t.next_typed_read(order, &long),
            true,
        );
    }
    out.add("typed_date_read", "", t.typed_date_read(&long, None), true);
    let problems = each_variant!(
        TypedProblem {
            Empty,
            NotUnderstood,
            MissingYear,
            BadMonth,
            NoSuchDay,
            OutOfRange
        },
        [
            TypedProblem::Empty,
            TypedProblem::NotUnderstood,
            TypedProblem::MissingYear,
            TypedProblem::BadMonth(13),
            TypedProblem::NoSuchDay {
                day: 31,
                month: 4,
                year: 2025,
            },
            TypedProblem::OutOfRange(1850),
        ]
    );
    out.add(
        "typed_field_problem",
        "",
        t.typed_field_problem(
            EventId::ComplaintReceived,
            TypedProblem::BadMonth(13),
            DateOrder::MonthFirst,
        ),
        true,
    );
    for order in [DateOrder::MonthFirst, DateOrder::DayFirst] {
        for p in problems {
            // Nothing to say about an empty box, in either order: sampled once.
            if p == TypedProblem::Empty && order == DateOrder::DayFirst {
                continue;
            }
            let key = if p == TypedProblem::Empty {
                "Empty".to_string()
            } else {
                format!("{p:?} {order:?}")
            };
            out.add(
                "typed_date_problem",
                key,
                t.typed_date_problem(p, order),
                p != TypedProblem::Empty,
            );
            if p == TypedProblem::Empty {
                // Nothing to say about an empty box: the one entry that is empty on purpose.
                if let Some(last) = out.0.last_mut() {
                    last.allow_empty = true;
                }
            }
        }
    }
    plain!(out, t: type_dates);
    out.add(
        "agreement_resolution",
        "None",
        t.agreement_resolution(None),
        true,
    );
    out.add(
        "agreement_resolution",
        "Some",
        t.agreement_resolution(Some((&long, &long))),
        true,
    );
    plain!(out, t: agreement_mediation, board_approval_ca, mediation_terms_ca, mediation_mediator_ca);
    for within in [true, false] {
        out.add(
            "scheduled_meeting",
            within,
            t.scheduled_meeting(15, &long, &long, within),
            true,
        );
    }
    plain!(out, t: next_heading, next_none, next_unknown_date, next_check_dates, next_all, change_facts, what_it_means, checklist_link);
    {
        use crate::engine::case::Track;
        for (by_district, track, received) in [
            (false, Track::Standard, Some(long.as_str())),
            (true, Track::Expedited, None),
            (false, Track::Dual, None),
        ] {
            out.add(
                "facts_summary",
                format!("{by_district} {track:?} {}", received.is_some()),
                t.facts_summary(t.state_name("CA"), by_district, track, received),
                true,
            );
        }
    }

    // Step 3
    plain!(out, t: step_timeline, timeline_empty);
    for (dated, waiting) in [(0, 0), (1, 0), (2, 0), (1, 1), (2, 3)] {
        out.add(
            "timeline_summary",
            format!("{dated},{waiting}"),
            t.timeline_summary(dated, waiting),
            true,
        );
    }
    plain!(out, t: labels_heading);
    for n in [1, 2] {
        out.add("issues_to_check", n.to_string(), t.issues_to_check(n), true);
    }
    out.add("today_marker", "", t.today_marker(&long), true);
    for &id in DeadlineId::ALL {
        out.add("deadline_name", id.as_str(), t.deadline_name(id), true);
        out.add(
            "deadline_explain",
            id.as_str(),
            t.deadline_explain(id),
            true,
        );
    }
    let owners = variants::owners();
    for o in owners {
        out.add("owner", format!("{o:?}"), t.owner(o), true);
    }
    for days in [-5, -1, 0, 1, 5] {
        out.add("days_left", days, t.days_left(days), true);
    }
    out.add("act_by", "", t.act_by(&long), true);
    out.add("act_by_passed", "", t.act_by_passed(&long), true);
    plain!(out, t: act_by_reason);
    for days in [-1, 0, 1, 5] {
        out.add("days_to_act", days, t.days_to_act(days), true);
    }
    for &id in DeadlineId::ALL {
        if let Some(text) = t.if_passed(id) {
            out.add("if_passed", id.as_str(), text, true);
        }
    }
    out.add(
        "weekend_flag",
        "",
        t.weekend_flag(t.weekday_names()[5], &t.date_in_sentence(friday)),
        true,
    );
    out.add(
        "day_before_holiday",
        "",
        t.day_before_holiday(
            &t.date_in_sentence(friday),
            &t.date_in_sentence(friday),
            t.holiday_name(HolidayId::Christmas),
        ),
        true,
    );
    out.add(
        "holiday_flag",
        "",
        t.holiday_flag(t.holiday_name(HolidayId::Christmas), &t.date_short(friday)),
        true,
    );
    out.add(
        "weekend_flag_others",
        "",
        t.weekend_flag_others(t.weekday_names()[5]),
        true,
    );
    out.add(
        "holiday_flag_others",
        "",
        t.holiday_flag_others(t.holiday_name(HolidayId::Christmas)),
        true,
    );
    let holidays = HolidayId::ALL;
    for &h in holidays {
        // Juneteenth is a proper name a translation may keep.
        let prose = h != HolidayId::Juneteenth;
        out.add("holiday_name", h.as_str(), t.holiday_name(h), prose);
    }
    plain!(out, t: how_counted);
    let units = variants::units();
    let directions = every!(Direction { After, Before });
    let count = |period, unit, direction, first_day: bool, leap: bool| Count {
        trigger_date: friday,
        period,
        unit,
        direction,
        trigger_day_counted: first_day,
        leap_day_adjusted: leap,
        date: saturday,
        skipped: Vec::new(),
    };
    for unit in units {
        for (period, direction) in [(1, Direction::After), (10, Direction::After)] {
            let c = count(period, unit, direction, false, false);
            let key = format!("{period} {unit:?} {direction:?}");
            out.add("arithmetic", key, t.arithmetic(&c), true);
        }
    }
    for direction in directions {
        for (first_day, leap) in [(true, false), (false, true), (true, true)] {
            let c = count(2, Unit::Years, direction, first_day, leap);
            let key = format!("2 Years {direction:?} first_day={first_day} leap={leap}");
            out.add("arithmetic", key, t.arithmetic(&c), true);
        }
    }
    out.add(
        "skipped_days",
        "",
        t.skipped_days(&format!(
            "{} ({})",
            t.date_short(day(2025, 12, 25)),
            t.holiday_name(HolidayId::Christmas)
        )),
        true,
    );
    for unit in units {
        for n in [1, 2] {
            out.add("unit", format!("{unit:?} {n}"), t.unit(unit, n), true);
        }
    }
    plain!(out, t: rule_label);
    let statuses = variants::verifications();
    for s in statuses {
        out.add("status_label", s.as_str(), t.status_label(s), true);
        out.add("status_explain", s.as_str(), t.status_explain(s), true);
    }
    plain!(out, t: other_readings);
    let readings = variants::readings();
    for r in readings {
        out.add("reading", format!("{r:?}"), t.reading(r), true);
    }
    out.add("earliest_line", "", t.earliest_line(&long), true);
    let not_applicable = variants::not_applicables();
    for why in not_applicable {
        out.add(
            "not_applicable",
            format!("{why:?}"),
            t.not_applicable(why),
            true,
        );
    }
    let missing = variants::missing_whys();
    for why in missing {
        let needs = t.event_question(EventId::ComplaintReceived);
        out.add("missing", format!("{why:?}"), t.missing(why, needs), true);
    }
    let notes = each_variant!(
        Note {
            MeetingHeld,
            MeetingNotYetHeld,
            MayAskHearingOfficer,
            AppliesOnlyIfAgreementFails,
            FilingLimitExceptions,
            FiledAfterLimit,
            CourtRollForward,
            AssumedSchoolCalendar,
            OfferLate,
            RestartedByAmendment,
            NoAgreementTooLate,
            FinalIfNotVoided,
            NoExtensions,
            StartedByHearingOfficer,
            CountedFromDecisionDate,
            CountedFromDecisionDateUntilReceived,
            StepTaken,
            ActDateMayGiveEarlier,
            NoResolutionPeriodForDistrict,
        },
        variants::every_note(friday)
    );
    for n in &notes {
        out.add("note", format!("{n:?}"), t.note(n), true);
    }
    plain!(out, t: passed, step_done, sources_another_reading, does_not_apply_heading, state_unverified_badge);

    // Explanations
    plain!(out, t: stages_heading);
    for stage in Stage::ALL {
        out.add(
            "stage_title",
            format!("{stage:?}"),
            t.stage_title(stage),
            true,
        );
    }
    for stage in Stage::ALL {
        for california in [false, true] {
            for (i, paragraph) in t.stage_body(stage, california).into_iter().enumerate() {
                let key = format!("{stage:?} california={california} {i}");
                out.add("stage_body", key, paragraph, true);
            }
        }
    }

    // Drafts
    plain!(out, t: drafts_heading, saved_here, not_saved_link, link_saved_on_change, kept_as_copy);
    out.add(
        "link_case_known",
        "",
        t.link_case_known(t.untitled_draft()),
        true,
    );
    plain!(out, t: open_saved_copy);
    let storage = variants::storage_errors();
    for why in storage {
        out.add("not_saved", format!("{why:?}"), t.not_saved(why), true);
    }
    for n in [0, 1, 2] {
        out.add("drafts_set_aside", n, t.drafts_set_aside(n), true);
    }
    plain!(out, t: draft_name_label, keep_linked_case, new_draft, duplicate_draft,
        delete_draft);
    out.add(
        "deleted_draft",
        "",
        t.deleted_draft(t.untitled_draft()),
        true,
    );
    plain!(out, t: undo, open_draft, untitled_draft, newer_version_draft,
        newer_version_draft_to_read, drafts_explain, embedded_drafts_hint, read_only_status);
    out.add("read_only_notice", 2, t.read_only_notice(2), true);

    plain!(out, t: notes_label, share_heading, copy_link, link_warning, leave_notes_out,
        make_link, link_ready, link_copied, link_copy_by_hand, link_too_large, save_file,
        open_file, drop_hint);
    let outcomes = variants::file_outcomes();
    for o in outcomes {
        out.add("file_outcome", format!("{o:?}"), t.file_outcome(o), true);
    }

    // Meeting kit: calendar file, print, checklists
    plain!(out, t: calendar_name);
    out.add("calendar_date_line", "", t.calendar_date_line(&long), true);
    plain!(out, t: calendar_heading, calendar_help);
    for n in [1, 2] {
        out.add("reminder_label", n, t.reminder_label(n), true);
    }
    for days in crate::ics::deadlines::REMINDER_CHOICES {
        out.add(
            "reminder_choice",
            format!("{days:?}"),
            t.reminder_choice(days),
            true,
        );
    }
    plain!(out, t: calendar_include_private, add_all_to_calendar, add_one_to_calendar,
        checklists_heading, checklists_help);
    for meeting in Meeting::ALL {
        out.add(
            "meeting_title",
            meeting.as_str(),
            t.meeting_title(meeting),
            true,
        );
    }
    for meeting in Meeting::ALL {
        for &item in meeting.items() {
            out.add(
                "checklist_item",
                format!("{item:?}"),
                t.checklist_item(item),
                true,
            );
        }
    }
    plain!(out, t: print_open, print_now, print_brief, print_close, print_heading);
    out.add("printed_on", "", t.printed_on(&long), true);
    plain!(out, t: facts_heading, no_dates_entered, school_breaks_heading);
    for n in [0, 1, 2] {
        out.add("school_breaks_toggle", n, t.school_breaks_toggle(n), true);
    }
    plain!(out, t: school_breaks_help);
    let (from, to) = (t.date_short(break_from), t.date_short(break_to));
    // One day is a date only (with the family's own label); a range joins two dates in words.
    out.add(
        "closure_line",
        "one day",
        t.closure_line(&short, &short, ""),
        false,
    );
    out.add(
        "closure_line",
        "one day, label",
        t.closure_line(&short, &short, "Teacher training"),
        false,
    );
    out.add(
        "closure_line",
        "range",
        t.closure_line(&from, &to, ""),
        true,
    );
    out.add(
        "closure_line",
        "range, label",
        t.closure_line(&from, &to, "Winter break"),
        true,
    );
    plain!(out, t: remove_closure, closure_from, closure_to, closure_label, closure_bad,
        add_closure, import_school_calendar, import_help, import_review);
    for n in [0, 1, 2] {
        out.add("apply_closures", n, t.apply_closures(n), true);
    }
    plain!(out, t: cancel);
    let read_errors = variants::read_errors();
    for e in read_errors {
        out.add(
            "school_calendar_error",
            format!("{e:?}"),
            t.school_calendar_error(e),
            true,
        );
    }

    // Problems
    plain!(out, t: issues_heading);
    let issues = each_variant!(
        Issue {
            OutOfRange,
            FarFromToday,
            InTheFuture,
            OutOfOrder,
            WithdrawalWithoutContinuation,
            ExtensionOnExpeditedTrack,
        },
        [
            Issue::OutOfRange {
                event: EventId::ComplaintFiled,
            },
            Issue::FarFromToday {
                event: EventId::ComplaintFiled,
            },
            Issue::InTheFuture {
                event: EventId::ComplaintFiled,
            },
            Issue::OutOfOrder {
                event: EventId::ComplaintFiled,
                must_follow: EventId::KnewOfProblem,
            },
            Issue::WithdrawalWithoutContinuation,
            Issue::ExtensionOnExpeditedTrack,
        ]
    );
    for i in &issues {
        out.add("issue", format!("{i:?}"), t.issue(i), true);
    }
    let field_problems = each_variant!(
        FieldProblem {
            UnknownJurisdiction,
            UnknownTrack,
            UnknownFiledBy,
            BadDate,
            UnknownEvent,
            BadClosure,
        },
        [
            FieldProblem::UnknownJurisdiction("XX".into()),
            FieldProblem::UnknownTrack("fast".into()),
            FieldProblem::UnknownFiledBy("someone".into()),
            FieldProblem::BadDate {
                event: EventId::ComplaintFiled,
                raw: "2025-02-30".into(),
            },
            FieldProblem::UnknownEvent("future-event".into()),
            FieldProblem::BadClosure { index: 0 },
        ]
    );
    for p in &field_problems {
        out.add("field_problem", format!("{p:?}"), t.field_problem(p), true);
    }
    let link_errors = every!(LinkError {
        NotBase64,
        NotText,
        TooLarge
    });
    let load_errors = each_variant!(
        LoadError {
            NotAnObject,
            NotACase,
            NewerVersion
        },
        [
            LoadError::NotAnObject,
            LoadError::NotACase("format"),
            LoadError::NewerVersion(2),
        ]
    );
    let mut open_problems: Vec<OpenProblem> = link_errors.map(OpenProblem::Link).into();
    open_problems.push(OpenProblem::NotJson);
    open_problems.extend(load_errors.map(OpenProblem::Load));
    let open_problems = each_variant!(
        OpenProblem {
            Link,
            NotJson,
            Load
        },
        open_problems
    );
    for p in &open_problems {
        out.add("open_problem", format!("{p:?}"), t.open_problem(p), true);
    }
    plain!(out, t: opened_link, dismiss);
    plain!(out, t: offline_now, offline_ready, new_version_ready, use_new_version);
    plain!(out, t: embed_code_link, embed_code_heading, embed_code_intro, embed_lang_label,
        embed_lang_auto, embed_state_auto, embed_theme_label, embed_accent_use, embed_accent_label,
        embed_sandbox, embed_code_label, copy_code, code_copied, code_copy_failed,
        embed_preview_heading, embed_host_note, back_to_calculator);
    for theme in each_variant!(
        Theme { Auto, Light, Dark },
        [Theme::Auto, Theme::Light, Theme::Dark]
    ) {
        out.add(
            "embed_theme",
            format!("{theme:?}"),
            t.embed_theme(theme),
            true,
        );
    }
    for problem in each_variant!(
        AccentProblem {
            WhiteText,
            Background
        },
        [
            AccentProblem::WhiteText(1.07),
            AccentProblem::Background {
                dark: false,
                ratio: 1.07
            },
            AccentProblem::Background {
                dark: true,
                ratio: 2.6
            },
        ]
    ) {
        out.add(
            "embed_accent_rejected",
            format!("{problem:?}"),
            t.embed_accent_rejected("#ffff00", problem, &t.one_decimal(1.07)),
            true,
        );
    }

    // Links in an open tab, storage refused, the embed builder's questions, reports of a date
    plain!(out, t: not_saved_yet, open_in_own_tab, embed_state_question, embed_width_label,
        embed_preview_help, embed_report_label, embed_report_help, embed_report_rejected,
        report_intro, report_expected_label, report_include_private, report_text_label,
        report_send_mail, report_open_page, report_copy, report_copied, report_copy_by_hand,
        report_close);
    for embedded in [false, true] {
        out.add("storage_notice", embedded, t.storage_notice(embedded), true);
    }
    for px in crate::embed::PREVIEW_WIDTHS {
        out.add("embed_width", px, t.embed_width(px), true);
    }
    out.add(
        "report_heading",
        "",
        t.report_heading(t.deadline_name(DeadlineId::HearingDecision)),
        true,
    );
    // Not prose: it carries a contract id, which is English in every language.
    out.add(
        "report_subject",
        "",
        t.report_subject("hearing-decision", "US-CA"),
        false,
    );
    for route in variants::routes() {
        out.add(
            "report_route",
            format!("{route:?}"),
            t.report_route(route),
            true,
        );
    }
    let fields = variants::report_fields();
    for field in fields {
        out.add(
            "report_field",
            format!("{field:?}"),
            t.report_field(field),
            true,
        );
    }
    out.add("one_decimal", "", t.one_decimal(4.54), false);

    // Dates. Full names are words to translate; abbreviations are under 4 characters.
    for (i, name) in t.month_names().into_iter().enumerate() {
        out.add("month_names", i, name, true);
    }
    for (i, name) in t.month_abbr().into_iter().enumerate() {
        out.add("month_abbr", i, name, false);
    }
    for (i, name) in t.weekday_names().into_iter().enumerate() {
        out.add("weekday_names", i, name, true);
    }
    for (i, name) in t.weekday_abbr().into_iter().enumerate() {
        out.add("weekday_abbr", i, name, false);
    }
    for d in [
        saturday,
        day(2026, 1, 1),
        day(2024, 2, 29),
        day(2025, 12, 25),
    ] {
        out.add("date_long", d, t.date_long(d), false);
        out.add("date_short", d, t.date_short(d), false);
        out.add("date_in_sentence", d, t.date_in_sentence(d), false);
    }

    out.0
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeSet, HashSet};

    use super::*;
    use crate::i18n::Lang;

    /// Trait methods that deliberately have no sample: `date_order` is not a string.
    const NOT_STRINGS: [&str; 1] = ["date_order"];

    /// The names of the methods declared in `pub trait Text` in `mod.rs`.
    fn trait_methods() -> Vec<&'static str> {
        let source = include_str!("mod.rs");
        let mut lines = source
            .lines()
            .skip_while(|l| !l.starts_with("pub trait Text"))
            .skip(1);
        let body = lines.by_ref().take_while(|l| *l != "}");
        let names: Vec<&str> = body
            .filter_map(|l| l.trim_start().strip_prefix("fn "))
            .map(|rest| rest.split(['(', '<']).next().unwrap_or(rest).trim())
            .collect();
        assert!(names.len() > 100, "found the trait in mod.rs");
        names
    }

    #[test]
    fn keys_are_unique() {
        for lang in Lang::ALL {
            let mut seen = HashSet::new();
            for s in samples(lang.text()) {
                assert!(
                    seen.insert((s.method, s.key.clone())),
                    "{lang:?}: ({}, {:?}) twice",
                    s.method,
                    s.key
                );
            }
        }
    }

    #[test]
    fn no_sample_is_empty() {
        for lang in Lang::ALL {
            for s in samples(lang.text()) {
                assert!(
                    s.allow_empty || !s.text.trim().is_empty(),
                    "{lang:?}: ({}, {:?}) is empty",
                    s.method,
                    s.key
                );
            }
        }
    }

    #[test]
    fn only_the_empty_typed_date_may_be_empty() {
        let allowed: Vec<Sample> = samples(Lang::En.text())
            .into_iter()
            .filter(|s| s.allow_empty)
            .collect();
        assert_eq!(allowed.len(), 1);
        assert_eq!(allowed[0].method, "typed_date_problem");
        assert_eq!(allowed[0].key, "Empty");
        assert!(!allowed[0].prose);
    }

    #[test]
    fn every_trait_method_has_samples() {
        let declared = trait_methods();
        let expected: BTreeSet<&str> = declared
            .iter()
            .copied()
            .filter(|m| !NOT_STRINGS.contains(m))
            .collect();
        assert_eq!(expected.len(), declared.len() - NOT_STRINGS.len());
        let sampled: BTreeSet<&str> = samples(Lang::En.text()).iter().map(|s| s.method).collect();
        let missing: Vec<_> = expected.difference(&sampled).collect();
        let unknown: Vec<_> = sampled.difference(&expected).collect();
        assert!(missing.is_empty(), "methods without samples: {missing:?}");
        assert!(
            unknown.is_empty(),
            "samples of no trait method: {unknown:?}"
        );
        assert_eq!(sampled.len(), declared.len() - NOT_STRINGS.len());
    }

    #[test]
    fn every_variant_is_sampled() {
        let s = samples(Lang::En.text());
        let count = |m: &str| s.iter().filter(|x| x.method == m).count();
        assert_eq!(count("event_question"), EventId::ALL.len());
        assert_eq!(count("deadline_explain"), DeadlineId::ALL.len());
        assert_eq!(count("state_name"), STATE_CODES.len() + 1);
        assert_eq!(count("stage_title"), Stage::ALL.len());
        let items: usize = Meeting::ALL.iter().map(|m| m.items().len()).sum();
        assert_eq!(count("checklist_item"), items);
        let paragraphs: usize = Stage::ALL
            .iter()
            .map(|&st| {
                let t = Lang::En.text();
                t.stage_body(st, false).len() + t.stage_body(st, true).len()
            })
            .sum();
        assert_eq!(count("stage_body"), paragraphs);
        assert_eq!(count("month_names"), 12);
        assert_eq!(count("weekday_abbr"), 7);
    }

    #[test]
    fn every_language_has_the_same_entries() {
        let keys = |lang: Lang| -> Vec<(&'static str, String, bool)> {
            samples(lang.text())
                .into_iter()
                .map(|s| (s.method, s.key, s.prose))
                .collect()
        };
        let english = keys(Lang::En);
        for lang in Lang::ALL {
            assert_eq!(keys(lang), english, "{lang:?}");
        }
    }

    #[test]
    fn prose_is_translated() {
        let english = samples(Lang::En.text());
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            for (s, en) in samples(lang.text()).iter().zip(&english) {
                assert!(
                    !en.prose || s.text != en.text,
                    "{lang:?}: ({}, {:?}) is still English: {:?}",
                    s.method,
                    s.key,
                    s.text
                );
            }
        }
    }

    #[test]
    fn english_samples_read_as_expected() {
        let s = samples(Lang::En.text());
        let text = |m: &str, k: &str| {
            s.iter()
                .find(|x| x.method == m && x.key == k)
                .map(|x| x.text.as_str())
                .unwrap_or_else(|| panic!("no ({m}, {k})"))
        };
        assert_eq!(text("days_left", "-1"), "Passed yesterday");
        assert_eq!(text("state_name", "XX"), "your state");
        assert_eq!(
            text("date_long", "2025-09-13"),
            "Saturday, September 13, 2025"
        );
        assert_eq!(text("closure_line", "one day"), "Sat, Sep 13, 2025");
        assert_eq!(text("reminder_choice", "None"), "No reminder");
    }
}
