//! A language's words as data: a flat map of keys to strings, read from `lang/<tag>.json`.
//!
//! [`Catalog`] implements [`Text`] by reading every word from its map. The logic a method has
//! (which branch, how a list is joined, how a date is put together) is written once here, the
//! same for every language; the words and the patterns are the map's:
//!
//! * a method without arguments reads the key named after it (`"app_title"`);
//! * a method of an enum reads `"method.Variant"` (the variant's `Debug` form, or its `as_str`
//!   where the type has one, as [`super::samples`] names its keys);
//! * a method that fills words in reads a template with named placeholders, `{state}`, `{date}`,
//!   `{n}`, and each branch of a number or a choice is its own key (`"days_left.future"`);
//! * `citation_note.<digest>.legal` / `.note` and `office_name.<name>` are optional: they exist
//!   where the language has a note or a name of its own (from `src/rules/notes_es.rs`). A
//!   citation's key is the digest of the citation as its pack writes it ([`citation_note_key`]), not the
//!   citation itself: the English citation is in the program already, and writing it again in
//!   every key made the Spanish file 5 KB heavier gzipped; `.legal` says which citation it is.
//!   They are written to a file of their own, `lang/<tag>-notes.json`, which the page fetches
//!   after the first timeline ([`read_notes`], [`Catalog::with_notes`]).
//!
//! [`spec`] lists every key the map must have, with the placeholders its template may use;
//! [`Catalog::from_map`] checks a map against it. Natively, [`generate`] writes the map of a
//! language from its Rust implementation (`UPDATE_LANG=1 cargo test --lib i18n --
//! --test-threads=1` writes `lang/en.json` and `lang/es.json`, one test at a time so that no
//! test reads a file half written; `cargo test` fails when they are not current), and the tests
//! check that the catalog made from each file says exactly what the Rust says.
//!
//! `Text` hands out `&'static str`, so a catalog must live for the rest of the page: it is leaked
//! ([`Catalog::leak`]) when it is installed ([`super::install`]). A page loads a language at most
//! once, so this leaks one map per language, once.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use super::typed_date::{self, DateOrder, TypedProblem};
use super::variants::{
    every_note, file_outcomes, missing_whys, not_applicables, owners, read_errors, readings,
    report_fields, routes, storage_errors, themes, tracks, units, verifications,
};
use super::{OpenProblem, Stage, Text, month_index, sign, weekday_index};
use crate::case::link::LinkError;
use crate::case::{FieldProblem, LoadError};
use crate::checklist::{Item, Meeting};
use crate::embed::{AccentProblem, Theme};
use crate::engine::calendar::HolidayId;
use crate::engine::case::{STATE_CODES, Track};
use crate::engine::count::{Count, Direction, Unit};
use crate::engine::ids::{DeadlineId, EventId};
use crate::engine::timeline::{MissingWhy, NotApplicable, Note};
use crate::engine::validate::Issue;
use crate::ics::school::ReadError;
use crate::report::Route;
use crate::rules::{Field, Owner, ReadingKind, Verification};
use crate::storage::FileOutcome;
use crate::web::StorageError;

/// A language's words, checked against [`spec`].
#[derive(Clone, Debug)]
pub struct Catalog {
    map: HashMap<String, String>,
    /// The language's citation notes, where they come in a file of their own fetched later
    /// (`lang/<tag>-notes.json`): looked up when the map has no note for a citation.
    notes: Option<&'static OnceLock<HashMap<String, String>>>,
}

/// Why a language file cannot be used. Small on purpose: the page says one fixed sentence (in
/// English) whatever the reason; the keys are for tests and for whoever edits the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogError {
    /// Not a JSON object whose values are all strings; the byte offset where reading stopped.
    NotJson(usize),
    /// Keys the page needs that the file does not have.
    Missing(Vec<String>),
    /// Keys the file has that the page does not know.
    Extra(Vec<String>),
    /// Keys whose template uses other placeholders than the page fills in.
    Placeholders(Vec<String>),
    /// Keys whose value is not one of the values allowed (`date_order`, `date_in_sentence`).
    BadValue(Vec<String>),
    /// Not the version of the file this program was built with ([`super::parse_catalog`]).
    NotThisBuild,
}

impl Catalog {
    /// Checks `map` against [`spec`]: every key present, no other key, every template with the
    /// placeholders its method fills in. Reports the first kind of problem found, with every key
    /// that has it, sorted.
    pub fn from_map(map: HashMap<String, String>) -> Result<Catalog, CatalogError> {
        let mut check = Check {
            map: &map,
            expected: HashSet::new(),
            missing: Vec::new(),
            holes: Vec::new(),
        };
        spec(&mut check);
        let Check {
            expected,
            mut missing,
            holes: mut bad_holes,
            ..
        } = check;
        if !missing.is_empty() {
            missing.sort();
            return Err(CatalogError::Missing(missing));
        }
        let mut extra: Vec<String> = map
            .keys()
            .filter(|k| !expected.contains(k.as_str()) && !family_member(&map, k))
            .cloned()
            .collect();
        if !extra.is_empty() {
            extra.sort();
            return Err(CatalogError::Extra(extra));
        }
        if !bad_holes.is_empty() {
            bad_holes.sort();
            return Err(CatalogError::Placeholders(bad_holes));
        }
        let mut bad: Vec<String> = Vec::new();
        if !matches!(map["date_order"].as_str(), "MonthFirst" | "DayFirst") {
            bad.push("date_order".into());
        }
        if !matches!(map["date_in_sentence"].as_str(), "long" | "short") {
            bad.push("date_in_sentence".into());
        }
        if !bad.is_empty() {
            return Err(CatalogError::BadValue(bad));
        }
        Ok(Catalog { map, notes: None })
    }

    /// The catalog for the rest of the program's life, as a [`Text`]. Call it once per language
    /// (see the module documentation).
    pub fn leak(self) -> &'static dyn Text {
        let catalog: &'static Catalog = Box::leak(Box::new(self));
        Box::leak(Box::new(Leaked(catalog)))
    }

    /// The same catalog, looking up the citation notes it lacks in `notes` once they are set.
    pub fn with_notes(self, notes: &'static OnceLock<HashMap<String, String>>) -> Self {
        Catalog {
            notes: Some(notes),
            ..self
        }
    }

    /// The map, for tests and tools.
    pub fn map(&self) -> &HashMap<String, String> {
        &self.map
    }
}

/// Reads a language file (a flat JSON object of strings) and checks it ([`Catalog::from_map`]).
/// The same reader natively and in the WebAssembly, so the tests read files as the page does.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(json: &str) -> Result<Catalog, CatalogError> {
    Catalog::from_map(json::parse_object(json).map_err(CatalogError::NotJson)?)
}

/// Reads a language file the page knows to be the one `cargo test` checked (its digest matched,
/// [`super::parse_catalog`]), without checking it again.
#[cfg(target_arch = "wasm32")]
pub fn read(json: &str) -> Result<Catalog, CatalogError> {
    Ok(Catalog {
        map: json::parse_object(json).map_err(CatalogError::NotJson)?,
        notes: None,
    })
}

/// How every key of a citation's note begins ([`citation_note_key`]).
const NOTE_PREFIX: &str = "citation_note.";

/// Whether `key` is a half of a citation's note: the keys of `lang/<tag>-notes.json`, fetched
/// after the first timeline, apart from the language's other words.
pub fn is_note_key(key: &str) -> bool {
    key.starts_with(NOTE_PREFIX)
}

/// Reads a file of citation notes (`lang/<tag>-notes.json`: only [`is_note_key`] keys, both
/// halves of each note), natively checking what [`Catalog::from_map`] checks of those keys.
pub fn read_notes(json: &str) -> Result<HashMap<String, String>, CatalogError> {
    let map = json::parse_object(json).map_err(CatalogError::NotJson)?;
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(k) = map
        .keys()
        .find(|k| !is_note_key(k) || !family_member(&map, k))
    {
        return Err(CatalogError::Extra(vec![k.clone()]));
    }
    Ok(map)
}

/// The key of one half (`legal` or `note`) of the note to `citation`: the citation's FNV-1a
/// digest stands for it (a test checks that no two citations share one).
fn citation_note_key(citation: &str, half: &str) -> String {
    format!(
        "{NOTE_PREFIX}{}.{half}",
        super::digest::file_digest(citation.as_bytes())
    )
}

/// Whether `key` is one of the optional keys: a citation's note (both halves present) or an
/// office's name.
fn family_member(map: &HashMap<String, String>, key: &str) -> bool {
    if key.starts_with("office_name.") {
        return true;
    }
    let Some(rest) = key.strip_prefix(NOTE_PREFIX) else {
        return false;
    };
    let pair =
        |citation: &str, other: &str| map.contains_key(&format!("{NOTE_PREFIX}{citation}.{other}"));
    match (rest.strip_suffix(".legal"), rest.strip_suffix(".note")) {
        (Some(citation), _) => pair(citation, "note"),
        (_, Some(citation)) => pair(citation, "legal"),
        _ => false,
    }
}

/// The placeholders a template uses, `{name}`, in order (a `{` without its `}` counts as one).
fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        let after = &rest[i + 1..];
        match after.find('}') {
            Some(j) => {
                out.push(&after[..j]);
                rest = &after[j + 1..];
            }
            None => {
                out.push(after);
                break;
            }
        }
    }
    out
}

/// `template` with each `{name}` replaced by its value in `args`.
fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let Some(j) = after.find('}') else {
            rest = &rest[i..];
            break;
        };
        let name = &after[..j];
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[i..i + j + 2]),
        }
        rest = &after[j + 1..];
    }
    out.push_str(rest);
    out
}

fn key(method: &str, part: impl std::fmt::Display) -> String {
    format!("{method}.{part}")
}

/// Every key a language file has, told to a [`Visit`]or with the placeholders its template may
/// use and, for the generator, how to read it from a Rust implementation of [`Text`].
pub(crate) trait Visit {
    fn entry<F: Fn(&dyn Text) -> String>(
        &mut self,
        key: String,
        holes: &'static [&'static str],
        make: F,
    );
}

/// Checks a map against the keys.
struct Check<'a> {
    map: &'a HashMap<String, String>,
    expected: HashSet<String>,
    missing: Vec<String>,
    holes: Vec<String>,
}

impl Visit for Check<'_> {
    fn entry<F: Fn(&dyn Text) -> String>(
        &mut self,
        key: String,
        holes: &'static [&'static str],
        _make: F,
    ) {
        match self.map.get(&key) {
            None => self.missing.push(key.clone()),
            Some(template) => {
                let mut used = placeholders(template);
                used.sort_unstable();
                used.dedup();
                let mut wanted = holes.to_vec();
                wanted.sort_unstable();
                if used != wanted {
                    self.holes.push(key.clone());
                }
            }
        }
        self.expected.insert(key);
    }
}

const ORDERS: [DateOrder; 2] = [DateOrder::MonthFirst, DateOrder::DayFirst];

/// A number no sentence holds by itself, for the generator to find where a number goes.
const N: u32 = 987_654;
const N_TEXT: &str = "987654";

/// The key of a note, by variant (and, for a meeting held, whether on time).
fn note_key(note: &Note) -> &'static str {
    match note {
        Note::MeetingHeld { on_time: true, .. } => "note.MeetingHeld.on_time",
        Note::MeetingHeld { on_time: false, .. } => "note.MeetingHeld.late",
        Note::MeetingNotYetHeld { .. } => "note.MeetingNotYetHeld",
        Note::MayAskHearingOfficer { .. } => "note.MayAskHearingOfficer",
        Note::AppliesOnlyIfAgreementFails => "note.AppliesOnlyIfAgreementFails",
        Note::FilingLimitExceptions => "note.FilingLimitExceptions",
        Note::FiledAfterLimit { .. } => "note.FiledAfterLimit",
        Note::CourtRollForward { .. } => "note.CourtRollForward",
        Note::AssumedSchoolCalendar => "note.AssumedSchoolCalendar",
        Note::OfferLate => "note.OfferLate",
        Note::RestartedByAmendment { .. } => "note.RestartedByAmendment",
        Note::NoAgreementTooLate => "note.NoAgreementTooLate",
        Note::FinalIfNotVoided { .. } => "note.FinalIfNotVoided",
        Note::NoExtensions => "note.NoExtensions",
        Note::StartedByHearingOfficer => "note.StartedByHearingOfficer",
        Note::CountedFromDecisionDate => "note.CountedFromDecisionDate",
        Note::CountedFromDecisionDateUntilReceived => "note.CountedFromDecisionDateUntilReceived",
        Note::StepTaken => "note.StepTaken",
        Note::ActDateMayGiveEarlier => "note.ActDateMayGiveEarlier",
        Note::NoResolutionPeriodForDistrict => "note.NoResolutionPeriodForDistrict",
    }
}

/// The date a note carries, if any.
fn note_date(note: &Note) -> Option<NaiveDate> {
    match *note {
        Note::MeetingHeld { on, .. }
        | Note::MeetingNotYetHeld { on }
        | Note::RestartedByAmendment { on } => Some(on),
        Note::MayAskHearingOfficer { from } => Some(from),
        Note::FiledAfterLimit { filed } => Some(filed),
        Note::CourtRollForward { to } => Some(to),
        Note::FinalIfNotVoided { after } => Some(after),
        _ => None,
    }
}

fn issue_key(issue: &Issue) -> &'static str {
    match issue {
        Issue::OutOfRange { .. } => "issue.OutOfRange",
        Issue::FarFromToday { .. } => "issue.FarFromToday",
        Issue::InTheFuture { .. } => "issue.InTheFuture",
        Issue::OutOfOrder { .. } => "issue.OutOfOrder",
        Issue::WithdrawalWithoutContinuation => "issue.WithdrawalWithoutContinuation",
        Issue::ExtensionOnExpeditedTrack => "issue.ExtensionOnExpeditedTrack",
    }
}

fn field_problem_key(problem: &FieldProblem) -> &'static str {
    match problem {
        FieldProblem::UnknownJurisdiction(_) => "field_problem.UnknownJurisdiction",
        FieldProblem::UnknownTrack(_) => "field_problem.UnknownTrack",
        FieldProblem::UnknownFiledBy(_) => "field_problem.UnknownFiledBy",
        FieldProblem::BadDate { .. } => "field_problem.BadDate",
        FieldProblem::UnknownEvent(_) => "field_problem.UnknownEvent",
        FieldProblem::BadClosure { .. } => "field_problem.BadClosure",
    }
}

fn open_problem_key(problem: &OpenProblem) -> &'static str {
    match problem {
        OpenProblem::Link(LinkError::TooLarge) => "open_problem.LinkTooLarge",
        OpenProblem::Link(_) | OpenProblem::NotJson => "open_problem.LinkBroken",
        OpenProblem::Load(LoadError::NewerVersion(_)) => "open_problem.NewerVersion",
        OpenProblem::Load(_) => "open_problem.NotACase",
    }
}

fn accent_key(problem: AccentProblem) -> &'static str {
    match problem {
        AccentProblem::WhiteText(_) => "embed_accent_rejected.WhiteText",
        AccentProblem::Background { dark: false, .. } => "embed_accent_rejected.Background.light",
        AccentProblem::Background { dark: true, .. } => "embed_accent_rejected.Background.dark",
    }
}

fn embed_width_key(px: u32) -> &'static str {
    match px {
        0..=400 => "embed_width.narrow",
        401..=900 => "embed_width.medium",
        _ => "embed_width.wide",
    }
}

fn reminder_choice_key(days: Option<u32>) -> &'static str {
    match days {
        None => "reminder_choice.None",
        Some(1) => "reminder_choice.1",
        Some(7) => "reminder_choice.7",
        Some(14) => "reminder_choice.14",
        Some(_) => "reminder_choice.other",
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

/// `text` with each value of `subs` replaced by its placeholder: `(value, name)` -> `{name}`.
fn tpl(text: impl Into<String>, subs: &[(&str, &str)]) -> String {
    let mut text = text.into();
    for (value, name) in subs {
        if !value.is_empty() {
            text = text.replace(value, &format!("{{{name}}}"));
        }
    }
    text
}

/// The parts of `texts` that differ: their common beginning and end are cut off, at a word's
/// edge. The generator uses it to find the words a method puts inside a sentence.
fn differing(texts: &[String]) -> Vec<String> {
    let first = texts[0].as_str();
    let shortest = texts.iter().map(String::len).min().unwrap_or(0);
    let mut pre = 0;
    while pre < shortest
        && texts
            .iter()
            .all(|t| t.as_bytes()[pre] == first.as_bytes()[pre])
    {
        pre += 1;
    }
    while pre > 0
        && (!first.is_char_boundary(pre)
            || first[..pre]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric))
    {
        pre -= 1;
    }
    let mut suf = 0;
    let byte_from_end = |t: &String, i: usize| t.as_bytes()[t.len() - 1 - i];
    while suf < shortest - pre
        && texts
            .iter()
            .all(|t| byte_from_end(t, suf) == byte_from_end(&texts[0], suf))
    {
        suf += 1;
    }
    let starts_word = |suf: usize| {
        let at = first.len() - suf;
        !first.is_char_boundary(at)
            || first[at..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    };
    while suf > 0 && starts_word(suf) {
        suf -= 1;
    }
    texts
        .iter()
        .map(|t| t[pre..t.len() - suf].to_string())
        .collect()
}

/// The methods without arguments that return a fixed string, each read from the key of its name.
macro_rules! plain_list {
    ($then:ident $(, $arg:ident)?) => {
        $then! {$($arg;)? app_title, tagline, not_advice, privacy, skip_to_timeline, see_timeline,
            language_label, report_wrong_date, report_help, step_situation, state_label,
            state_help, federal_only, sources_two_tier, federal_note, filed_by_legend,
            filed_by_parent, filed_by_district, track_legend, track_standard, track_expedited,
            track_dual, track_help, key_dates, step_events, step_events_help, group_meeting,
            group_complaint, group_agreements, group_hearing, group_discipline, group_private,
            clear_date, type_dates, agreement_mediation, board_approval_ca, next_heading,
            next_none, next_unknown_date, next_check_dates, next_all, change_facts, what_it_means, checklist_link, step_timeline,
            timeline_empty, labels_heading, act_by_reason, how_counted, rule_label,
            other_readings, passed, step_done, sources_another_reading, does_not_apply_heading, state_unverified_badge,
            stages_heading, drafts_heading, saved_here, link_saved_on_change, not_saved_link,
            kept_as_copy, open_saved_copy, draft_name_label, keep_linked_case, new_draft,
            duplicate_draft, delete_draft, undo, open_draft, untitled_draft, newer_version_draft,
            newer_version_draft_to_read, read_only_status, drafts_explain, embedded_drafts_hint,
            notes_label, share_heading, copy_link, link_warning, leave_notes_out, make_link,
            link_ready, link_copied, link_copy_by_hand, link_too_large, save_file, open_file,
            drop_hint, calendar_name, calendar_heading, calendar_help, calendar_include_private,
            add_all_to_calendar, add_one_to_calendar, checklists_heading, checklists_help,
            mediation_terms_ca, mediation_mediator_ca, print_open, print_now, print_brief, print_close, print_heading,
            facts_heading, no_dates_entered, school_breaks_heading, school_breaks_help,
            remove_closure, closure_from, closure_to, closure_label, closure_bad, add_closure,
            import_school_calendar, import_help, import_review, cancel, issues_heading,
            opened_link, dismiss, offline_now, offline_ready, new_version_ready, use_new_version,
            embed_code_link, embed_code_heading, embed_code_intro, embed_lang_label,
            embed_lang_auto, embed_state_auto, embed_theme_label, embed_accent_use,
            embed_accent_label, embed_sandbox, embed_code_label, copy_code, code_copied,
            code_copy_failed, embed_preview_heading, embed_host_note, back_to_calculator,
            not_saved_yet, open_in_own_tab, embed_state_question, embed_width_label,
            embed_preview_help, embed_report_label, embed_report_help, embed_report_rejected,
            report_intro, report_expected_label, report_include_private, report_text_label,
            report_send_mail, report_open_page, report_copy, report_copied, report_copy_by_hand,
            report_close}
    };
}

macro_rules! plain_spec {
    ($v:ident; $($m:ident),+ $(,)?) => {
        $( $v.entry(stringify!($m).into(), &[], |t| t.$m().into()); )+
    };
}

macro_rules! plain_impl {
    ($($m:ident),+ $(,)?) => {
        $( fn $m(&self) -> &'static str { self.word(stringify!($m)) } )+
    };
}

/// Every key of a language file (the optional citation notes and office names aside).
pub(crate) fn spec<V: Visit>(v: &mut V) {
    plain_list!(plain_spec, v);

    macro_rules! with_arg {
        ($method:ident, $hole:literal) => {
            v.entry(stringify!($method).into(), &[$hole], |t| {
                t.$method(concat!("{", $hole, "}"))
            });
        };
    }
    let saturday = day(2025, 9, 13);
    let friday = day(2025, 9, 12);

    // Page frame, step 1
    with_arg!(today_fixed, "today");
    with_arg!(rules_checked, "date");
    for code in STATE_CODES {
        v.entry(key("state_name", code), &[], move |t| {
            t.state_name(code).into()
        });
    }
    v.entry("state_name.unknown".into(), &[], |t| {
        t.state_name("XX").into()
    });
    with_arg!(fallback_warning, "state");
    for field in Field::ALL {
        v.entry(key("field_name", format!("{field:?}")), &[], move |t| {
            t.field_name(field).into()
        });
    }
    v.entry("partial_pack_warning".into(), &["state", "list"], |t| {
        tpl(
            t.partial_pack_warning("{state}", &[Field::Court]),
            &[(t.field_name(Field::Court), "list")],
        )
    });
    v.entry("partial_pack_warning.list".into(), &["rest", "last"], |t| {
        let (a, b) = (t.field_name(Field::FilingLimit), t.field_name(Field::Court));
        let text = t.partial_pack_warning("{state}", &[Field::FilingLimit, Field::Court]);
        let from = text.find(a).map_or(0, |i| i + a.len());
        let to = text.find(b).unwrap_or(from);
        format!("{{rest}}{}{{last}}", &text[from..to.max(from)])
    });
    v.entry(
        "sources_no_state_rule.StateReview".into(),
        &["state"],
        |t| t.sources_no_state_rule("{state}", Field::StateReview),
    );
    v.entry("sources_no_state_rule".into(), &["state", "field"], |t| {
        tpl(
            t.sources_no_state_rule("{state}", Field::Court),
            &[(t.field_name(Field::Court), "field")],
        )
    });
    with_arg!(sources_heading, "state");
    with_arg!(sources_intro, "state");
    with_arg!(sources_none, "state");
    v.entry("sources_rule".into(), &["period", "unit", "from"], |t| {
        tpl(t.sources_rule(N, "{unit}", "{from}"), &[(N_TEXT, "period")])
    });
    v.entry("sources_rule.article".into(), &[], |t| {
        sources_rule_article(t).to_string()
    });
    v.entry(
        "sources_rule.contracted".into(),
        &["period", "unit", "rest"],
        |t| {
            let article = sources_rule_article(t);
            tpl(
                t.sources_rule(N, "{unit}", &format!("{article}{{rest}}")),
                &[(N_TEXT, "period")],
            )
        },
    );
    with_arg!(sources_checked, "date");
    with_arg!(sources_holidays, "citation");
    with_arg!(sources_holidays_federal_only, "state");
    with_arg!(sources_school_holidays, "citation");
    v.entry("office_hearings".into(), &["state", "office"], |t| {
        t.office_hearings("{state}", "{office}")
    });
    v.entry("office_mediation".into(), &["state", "office"], |t| {
        t.office_mediation("{state}", "{office}")
    });
    with_arg!(state_pack_note, "state");

    // Step 2
    for &id in EventId::ALL {
        v.entry(key("event_question", id.as_str()), &[], move |t| {
            t.event_question(id).into()
        });
        v.entry(key("event_help", id.as_str()), &[], move |t| {
            t.event_help(id).into()
        });
        v.entry(key("event_name", id.as_str()), &[], move |t| {
            t.event_name(id).into()
        });
    }
    with_arg!(counted_from, "what");
    v.entry("date_order".into(), &[], |t| {
        format!("{:?}", t.date_order())
    });
    for order in ORDERS {
        v.entry(
            key("date_order_words", format!("{order:?}")),
            &[],
            move |t| t.date_order_words(order).into(),
        );
    }
    let mf = DateOrder::MonthFirst;
    let words_example = |t: &dyn Text, text: String| {
        tpl(
            text,
            &[
                (typed_date::example(mf), "example"),
                (t.date_order_words(mf), "words"),
            ],
        )
    };
    v.entry("typed_date_hint".into(), &["words", "example"], |t| {
        tpl(
            t.typed_date_hint(mf),
            &[
                (typed_date::example(mf), "example"),
                (
                    &crate::letter_case::capitalized(t.date_order_words(mf)),
                    "words",
                ),
            ],
        )
    });
    v.entry("typed_date_read".into(), &["date"], |t| {
        t.typed_date_read("{date}", None)
    });
    v.entry("typed_date_read.order".into(), &["date", "words"], |t| {
        tpl(
            t.typed_date_read("{date}", Some(mf)),
            &[(t.date_order_words(mf), "words")],
        )
    });
    v.entry(
        "typed_date_problem.NotUnderstood".into(),
        &["words", "example"],
        move |t| words_example(t, t.typed_date_problem(TypedProblem::NotUnderstood, mf)),
    );
    v.entry(
        "typed_date_problem.MissingYear".into(),
        &["words", "example"],
        move |t| words_example(t, t.typed_date_problem(TypedProblem::MissingYear, mf)),
    );
    for order in ORDERS {
        v.entry(
            key("typed_date_problem.BadMonth", format!("{order:?}")),
            &["month", "example"],
            move |t| {
                tpl(
                    t.typed_date_problem(TypedProblem::BadMonth(N), order),
                    &[(N_TEXT, "month"), (typed_date::example(order), "example")],
                )
            },
        );
    }
    v.entry(
        "typed_date_problem.NoSuchDay".into(),
        &["day", "month", "year"],
        |t| {
            let problem = TypedProblem::NoSuchDay {
                day: 55,
                month: 4,
                year: 7777,
            };
            tpl(
                t.typed_date_problem(problem, mf),
                &[
                    ("7777", "year"),
                    ("55", "day"),
                    (
                        &crate::letter_case::capitalized(t.month_names()[3]),
                        "month",
                    ),
                ],
            )
        },
    );
    v.entry("typed_date_problem.OutOfRange".into(), &["year"], |t| {
        tpl(
            t.typed_date_problem(TypedProblem::OutOfRange(7777), mf),
            &[("7777", "year")],
        )
    });
    v.entry("type_dates_help".into(), &["words", "example"], move |t| {
        words_example(t, t.type_dates_help(mf))
    });
    v.entry("bad_date".into(), &["raw", "words", "example"], move |t| {
        words_example(t, t.bad_date("{raw}", mf))
    });
    v.entry("agreement_resolution.None".into(), &[], |t| {
        t.agreement_resolution(None)
    });
    v.entry(
        "agreement_resolution.Some".into(),
        &["act_by", "final_after"],
        |t| t.agreement_resolution(Some(("{act_by}", "{final_after}"))),
    );
    for within in [true, false] {
        v.entry(
            key("scheduled_meeting", within),
            &["days", "scheduled", "last_day"],
            move |t| {
                tpl(
                    t.scheduled_meeting(N, "{scheduled}", "{last_day}", within),
                    &[(N_TEXT, "days")],
                )
            },
        );
    }
    v.entry("next_typed_read".into(), &["words", "list"], |t| {
        tpl(
            t.next_typed_read(mf, "{list}"),
            &[(t.date_order_words(mf), "words")],
        )
    });
    // The facts' line: who filed and which hearing are words inside one sentence.
    let filers = |t: &dyn Text| {
        differing(&[false, true].map(|d| t.facts_summary("{place}", d, Track::Standard, None)))
    };
    let hearings = |t: &dyn Text| {
        differing(&tracks().map(|track| t.facts_summary("{place}", false, track, None)))
    };
    for (i, who) in ["family", "district"].into_iter().enumerate() {
        v.entry(key("facts_summary.filer", who), &[], move |t| {
            filers(t)[i].clone()
        });
    }
    for (i, track) in tracks().into_iter().enumerate() {
        v.entry(
            key("facts_summary.hearing", format!("{track:?}")),
            &[],
            move |t| hearings(t)[i].clone(),
        );
    }
    let summary = move |t: &dyn Text, received: Option<&str>| {
        tpl(
            t.facts_summary("{place}", false, Track::Standard, received),
            &[(&filers(t)[0], "filer"), (&hearings(t)[0], "hearing")],
        )
    };
    v.entry(
        "facts_summary".into(),
        &["place", "filer", "hearing"],
        move |t| summary(t, None),
    );
    v.entry(
        "facts_summary.received".into(),
        &["place", "filer", "hearing", "day"],
        move |t| summary(t, Some("{day}")),
    );

    // Step 3
    let dates =
        |t: &dyn Text| differing(&[t.timeline_summary(1, 0), t.timeline_summary(N as usize, 0)]);
    v.entry("timeline_summary.dates.one".into(), &[], move |t| {
        dates(t)[0].clone()
    });
    v.entry("timeline_summary.dates".into(), &["n"], move |t| {
        tpl(dates(t)[1].clone(), &[(N_TEXT, "n")])
    });
    v.entry("timeline_summary".into(), &["dates"], move |t| {
        tpl(
            t.timeline_summary(N as usize, 0),
            &[(&dates(t)[1], "dates")],
        )
    });
    v.entry(
        "timeline_summary.waiting".into(),
        &["dates", "waiting"],
        move |t| {
            tpl(
                t.timeline_summary(N as usize, 55555),
                &[(&dates(t)[1], "dates"), ("55555", "waiting")],
            )
        },
    );
    v.entry("issues_to_check.one".into(), &[], |t| t.issues_to_check(1));
    v.entry("issues_to_check".into(), &["n"], |t| {
        tpl(t.issues_to_check(N as usize), &[(N_TEXT, "n")])
    });
    with_arg!(today_marker, "today");
    for &id in DeadlineId::ALL {
        v.entry(key("deadline_name", id.as_str()), &[], move |t| {
            t.deadline_name(id).into()
        });
        v.entry(key("deadline_explain", id.as_str()), &[], move |t| {
            t.deadline_explain(id).into()
        });
        // Which deadlines have words for when they pass is the same in every language: the
        // English says which.
        if super::Lang::En.text().if_passed(id).is_some() {
            v.entry(key("if_passed", id.as_str()), &[], move |t| {
                t.if_passed(id).unwrap_or_default().into()
            });
        }
    }
    for o in owners() {
        v.entry(key("owner", format!("{o:?}")), &[], move |t| {
            t.owner(o).into()
        });
    }
    for (k, days) in [("0", 0), ("1", 1), ("-1", -1)] {
        v.entry(key("days_left", k), &[], move |t| t.days_left(days));
    }
    v.entry("days_left.future".into(), &["n"], |t| {
        tpl(t.days_left(i64::from(N)), &[(N_TEXT, "n")])
    });
    v.entry("days_left.past".into(), &["n"], |t| {
        tpl(t.days_left(-i64::from(N)), &[(N_TEXT, "n")])
    });
    with_arg!(act_by, "date");
    with_arg!(act_by_passed, "date");
    v.entry("days_to_act.1".into(), &[], |t| t.days_to_act(1));
    v.entry("days_to_act".into(), &["n"], |t| {
        tpl(t.days_to_act(i64::from(N)), &[(N_TEXT, "n")])
    });
    v.entry(
        "weekend_flag".into(),
        &["weekday", "earlier_business_day"],
        |t| t.weekend_flag("{weekday}", "{earlier_business_day}"),
    );
    v.entry(
        "day_before_holiday".into(),
        &["business_day", "holiday_day", "holiday"],
        |t| t.day_before_holiday("{business_day}", "{holiday_day}", "{holiday}"),
    );
    v.entry("day_before_holiday.article_words".into(), &[], |t| {
        article_words(t).join(" ")
    });
    v.entry(
        "day_before_holiday.article".into(),
        &["business_day", "holiday_day", "holiday"],
        |t| {
            let words = article_words(t);
            let name = HolidayId::ALL
                .iter()
                .map(|h| t.holiday_name(*h))
                .find(|name| words.iter().any(|w| name.starts_with(w.as_str())));
            match name {
                Some(name) => tpl(
                    t.day_before_holiday("{business_day}", "{holiday_day}", name),
                    &[(name, "holiday")],
                ),
                None => t.day_before_holiday("{business_day}", "{holiday_day}", "{holiday}"),
            }
        },
    );
    v.entry(
        "holiday_flag".into(),
        &["holiday", "earlier_business_day"],
        |t| t.holiday_flag("{holiday}", "{earlier_business_day}"),
    );
    with_arg!(weekend_flag_others, "weekday");
    with_arg!(holiday_flag_others, "holiday");
    for &h in HolidayId::ALL {
        v.entry(key("holiday_name", h.as_str()), &[], move |t| {
            t.holiday_name(h).into()
        });
    }
    let count = move |first_day: bool, leap: bool| Count {
        trigger_date: friday,
        period: N,
        unit: Unit::CalendarDays,
        direction: Direction::After,
        trigger_day_counted: first_day,
        leap_day_adjusted: leap,
        date: saturday,
        skipped: Vec::new(),
    };
    v.entry(
        "arithmetic".into(),
        &["from", "sign", "n", "unit", "to"],
        move |t| {
            tpl(
                t.arithmetic(&count(false, false)),
                &[
                    (&t.date_short(friday), "from"),
                    (&t.date_short(saturday), "to"),
                    ("+", "sign"),
                    (N_TEXT, "n"),
                    (t.unit(Unit::CalendarDays, N), "unit"),
                ],
            )
        },
    );
    for (k, first_day, leap) in [("first_day", true, false), ("leap", false, true)] {
        v.entry(key("arithmetic", k), &["text"], move |t| {
            let plain = t.arithmetic(&count(false, false));
            let more = t.arithmetic(&count(first_day, leap));
            let added = more.strip_prefix(plain.as_str()).unwrap_or(&more);
            format!("{{text}}{added}")
        });
    }
    with_arg!(skipped_days, "list");
    for unit in units() {
        for (k, n) in [("one", 1), ("other", 2)] {
            v.entry(key("unit", format!("{unit:?}.{k}")), &[], move |t| {
                t.unit(unit, n).into()
            });
        }
    }
    for s in verifications() {
        v.entry(key("status_label", s.as_str()), &[], move |t| {
            t.status_label(s).into()
        });
        v.entry(key("status_explain", s.as_str()), &[], move |t| {
            t.status_explain(s).into()
        });
    }
    for r in readings() {
        v.entry(key("reading", format!("{r:?}")), &[], move |t| {
            t.reading(r).into()
        });
    }
    with_arg!(earliest_line, "date");
    for why in not_applicables() {
        v.entry(key("not_applicable", format!("{why:?}")), &[], move |t| {
            t.not_applicable(why).into()
        });
    }
    for why in missing_whys() {
        let holes: &'static [&'static str] = if why == MissingWhy::NotEntered {
            &["needs"]
        } else {
            &[]
        };
        v.entry(key("missing", format!("{why:?}")), holes, move |t| {
            t.missing(why, "{needs}")
        });
    }
    for note in every_note(friday) {
        let holes: &'static [&'static str] = if note_date(&note).is_some() {
            &["date"]
        } else {
            &[]
        };
        v.entry(note_key(&note).into(), holes, move |t| {
            tpl(t.note(&note), &[(&t.date_in_sentence(friday), "date")])
        });
    }

    // Explanations
    for stage in Stage::ALL {
        v.entry(key("stage_title", format!("{stage:?}")), &[], move |t| {
            t.stage_title(stage).into()
        });
        // How many paragraphs a stage has is the same in every language: the English says.
        let en = super::Lang::En.text();
        let base = en.stage_body(stage, false).len();
        let all = en.stage_body(stage, true).len();
        for i in 0..all {
            let k = if i < base {
                format!("stage_body.{stage:?}.{i}")
            } else {
                format!("stage_body.{stage:?}.california.{}", i - base)
            };
            v.entry(k, &[], move |t| {
                t.stage_body(stage, i >= base)
                    .get(i)
                    .copied()
                    .unwrap_or_default()
                    .into()
            });
        }
    }

    // Drafts
    with_arg!(link_case_known, "title");
    for why in storage_errors() {
        v.entry(key("not_saved", format!("{why:?}")), &[], move |t| {
            t.not_saved(why).into()
        });
    }
    v.entry("drafts_set_aside.one".into(), &[], |t| {
        t.drafts_set_aside(1)
    });
    v.entry("drafts_set_aside".into(), &["n"], |t| {
        tpl(t.drafts_set_aside(N as usize), &[(N_TEXT, "n")])
    });
    with_arg!(deleted_draft, "title");
    v.entry("read_only_notice".into(), &["version"], |t| {
        tpl(t.read_only_notice(u64::from(N)), &[(N_TEXT, "version")])
    });
    for o in file_outcomes() {
        v.entry(key("file_outcome", format!("{o:?}")), &[], move |t| {
            t.file_outcome(o).into()
        });
    }

    // Meeting kit
    with_arg!(calendar_date_line, "date");
    for n in [1, 2] {
        v.entry(key("reminder_label", n), &[], move |t| {
            t.reminder_label(n).into()
        });
    }
    for days in [None, Some(1), Some(7), Some(14)] {
        v.entry(reminder_choice_key(days).into(), &[], move |t| {
            t.reminder_choice(days)
        });
    }
    v.entry("reminder_choice.other".into(), &["n"], |t| {
        tpl(t.reminder_choice(Some(N)), &[(N_TEXT, "n")])
    });
    for meeting in Meeting::ALL {
        v.entry(key("meeting_title", meeting.as_str()), &[], move |t| {
            t.meeting_title(meeting).into()
        });
        for &item in meeting.items() {
            v.entry(key("checklist_item", format!("{item:?}")), &[], move |t| {
                t.checklist_item(item).into()
            });
        }
    }
    with_arg!(printed_on, "date");
    for n in [0, 1] {
        v.entry(key("school_breaks_toggle", n), &[], move |t| {
            t.school_breaks_toggle(n)
        });
    }
    v.entry("school_breaks_toggle.other".into(), &["n"], |t| {
        tpl(t.school_breaks_toggle(N as usize), &[(N_TEXT, "n")])
    });
    v.entry("closure_line.range".into(), &["from", "to"], |t| {
        t.closure_line("{from}", "{to}", "")
    });
    v.entry("closure_line.label".into(), &["days", "label"], |t| {
        t.closure_line("{days}", "{days}", "{label}")
    });
    v.entry("apply_closures.1".into(), &[], |t| t.apply_closures(1));
    v.entry("apply_closures.other".into(), &["n"], |t| {
        tpl(t.apply_closures(N as usize), &[(N_TEXT, "n")])
    });
    for e in read_errors() {
        v.entry(
            key("school_calendar_error", format!("{e:?}")),
            &[],
            move |t| t.school_calendar_error(e).into(),
        );
    }

    // Problems
    let (filed, knew) = (EventId::ComplaintFiled, EventId::KnewOfProblem);
    for issue in [
        Issue::OutOfRange { event: filed },
        Issue::FarFromToday { event: filed },
        Issue::InTheFuture { event: filed },
        Issue::OutOfOrder {
            event: filed,
            must_follow: knew,
        },
        Issue::WithdrawalWithoutContinuation,
        Issue::ExtensionOnExpeditedTrack,
    ] {
        let holes: &'static [&'static str] = match issue {
            Issue::OutOfRange { .. } | Issue::FarFromToday { .. } | Issue::InTheFuture { .. } => {
                &["event"]
            }
            Issue::OutOfOrder { .. } => &["event", "must_follow"],
            _ => &[],
        };
        v.entry(issue_key(&issue).into(), holes, move |t| {
            tpl(
                t.issue(&issue),
                &[
                    (t.event_question(filed), "event"),
                    (t.event_question(knew), "must_follow"),
                ],
            )
        });
    }
    for problem in [
        FieldProblem::UnknownJurisdiction("{value}".into()),
        FieldProblem::UnknownTrack("{value}".into()),
        FieldProblem::UnknownFiledBy("{value}".into()),
        FieldProblem::UnknownEvent("x".into()),
    ] {
        let holes: &'static [&'static str] = match problem {
            FieldProblem::UnknownEvent(_) => &[],
            _ => &["value"],
        };
        let k = field_problem_key(&problem);
        v.entry(k.into(), holes, move |t| t.field_problem(&problem));
    }
    v.entry(
        "field_problem.BadDate".into(),
        &["event", "problem"],
        move |t| {
            let raw = "2025-02-30";
            tpl(
                t.field_problem(&FieldProblem::BadDate {
                    event: filed,
                    raw: raw.into(),
                }),
                &[
                    (&t.bad_date(raw, t.date_order()), "problem"),
                    (t.event_question(filed), "event"),
                ],
            )
        },
    );
    v.entry("field_problem.BadClosure".into(), &["n"], |t| {
        tpl(
            t.field_problem(&FieldProblem::BadClosure {
                index: N as usize - 1,
            }),
            &[(N_TEXT, "n")],
        )
    });
    for problem in [
        OpenProblem::Link(LinkError::TooLarge),
        OpenProblem::NotJson,
        OpenProblem::Load(LoadError::NewerVersion(2)),
        OpenProblem::Load(LoadError::NotAnObject),
    ] {
        v.entry(open_problem_key(&problem).into(), &[], move |t| {
            t.open_problem(&problem).into()
        });
    }

    // The embed code page, reports
    for theme in themes() {
        v.entry(key("embed_theme", format!("{theme:?}")), &[], move |t| {
            t.embed_theme(theme).into()
        });
    }
    for problem in [
        AccentProblem::WhiteText(1.0),
        AccentProblem::Background {
            dark: false,
            ratio: 1.0,
        },
        AccentProblem::Background {
            dark: true,
            ratio: 1.0,
        },
    ] {
        v.entry(accent_key(problem).into(), &["colour", "ratio"], move |t| {
            t.embed_accent_rejected("{colour}", problem, "{ratio}")
        });
    }
    v.entry("one_decimal".into(), &["whole", "tenth"], |t| {
        tpl(
            t.one_decimal(98765.4),
            &[("98765", "whole"), ("4", "tenth")],
        )
    });
    for embedded in [false, true] {
        v.entry(key("storage_notice", embedded), &[], move |t| {
            t.storage_notice(embedded).into()
        });
    }
    for px in [321, 777, 1234] {
        v.entry(embed_width_key(px).into(), &["px"], move |t| {
            tpl(t.embed_width(px), &[(&px.to_string(), "px")])
        });
    }
    with_arg!(report_heading, "deadline");
    for route in routes() {
        v.entry(key("report_route", format!("{route:?}")), &[], move |t| {
            t.report_route(route).into()
        });
    }
    v.entry(
        "report_subject".into(),
        &["deadline", "jurisdiction"],
        |t| t.report_subject("{deadline}", "{jurisdiction}"),
    );
    for field in report_fields() {
        v.entry(key("report_field", format!("{field:?}")), &[], move |t| {
            t.report_field(field).into()
        });
    }

    // Dates
    for i in 0..12 {
        v.entry(key("month_names", i), &[], move |t| {
            t.month_names()[i].into()
        });
        v.entry(key("month_abbr", i), &[], move |t| t.month_abbr()[i].into());
    }
    for i in 0..7 {
        v.entry(key("weekday_names", i), &[], move |t| {
            t.weekday_names()[i].into()
        });
        v.entry(key("weekday_abbr", i), &[], move |t| {
            t.weekday_abbr()[i].into()
        });
    }
    let date_holes: &'static [&'static str] = &["weekday", "day", "month", "year"];
    v.entry("date_long".into(), date_holes, move |t| {
        tpl(
            t.date_long(saturday),
            &[
                ("2025", "year"),
                ("13", "day"),
                (t.weekday_names()[5], "weekday"),
                (t.month_names()[8], "month"),
            ],
        )
    });
    v.entry("date_short".into(), date_holes, move |t| {
        tpl(
            t.date_short(saturday),
            &[
                ("2025", "year"),
                ("13", "day"),
                (t.weekday_abbr()[5], "weekday"),
                (t.month_abbr()[8], "month"),
            ],
        )
    });
    v.entry("date_in_sentence".into(), &[], move |t| {
        let d = t.date_in_sentence(saturday);
        if d == t.date_long(saturday) {
            "long".into()
        } else {
            "short".into()
        }
    });
}

/// The article `sources_rule` contracts with "de" ("de" + "el día" = "del día"), or "" where the
/// language has none: the generator asks the Rust implementation.
fn sources_rule_article(t: &dyn Text) -> &'static str {
    let plain = t.sources_rule(N, "u", "{from}").replace("{from}", "el x");
    if t.sources_rule(N, "u", "el x") == plain {
        ""
    } else {
        "el "
    }
}

/// The first words of the holiday names that take an article in `day_before_holiday` ("es el
/// Día de...", but "es Navidad"): the generator asks the Rust implementation.
fn article_words(t: &dyn Text) -> Vec<String> {
    let plain = t.day_before_holiday("{b}", "{h}", "{holiday}");
    let mut words: Vec<String> = HolidayId::ALL
        .iter()
        .map(|h| t.holiday_name(*h))
        .filter(|name| t.day_before_holiday("{b}", "{h}", name) != plain.replace("{holiday}", name))
        .filter_map(|name| name.split_whitespace().next().map(str::to_string))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// A catalog that lives for the rest of the program ([`Catalog::leak`]), so it can hand out
/// `&'static str`.
struct Leaked(&'static Catalog);

impl Leaked {
    /// The words of `key`; empty only if the key is missing, which [`Catalog::from_map`] rules
    /// out for every key the methods read.
    fn word(&self, key: &str) -> &'static str {
        self.0.map.get(key).map_or("", String::as_str)
    }
    fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.word(key), args)
    }
    fn fill_n(&self, key: &str, n: impl ToString) -> String {
        self.fill(key, &[("n", &n.to_string())])
    }
    fn words_example(&self, key: &str, order: DateOrder, more: &[(&str, &str)]) -> String {
        let mut args = vec![
            ("words", self.date_order_words(order)),
            ("example", typed_date::example(order)),
        ];
        args.extend_from_slice(more);
        self.fill(key, &args)
    }
    fn date_with(&self, key: &str, d: NaiveDate, weekday: &str, month: &str) -> String {
        self.fill(
            key,
            &[
                ("weekday", weekday),
                ("day", &d.day().to_string()),
                ("month", month),
                ("year", &d.year().to_string()),
            ],
        )
    }
}

impl Text for Leaked {
    plain_list!(plain_impl);

    fn today_fixed(&self, today: &str) -> String {
        self.fill("today_fixed", &[("today", today)])
    }
    fn rules_checked(&self, date: &str) -> String {
        self.fill("rules_checked", &[("date", date)])
    }
    fn state_name(&self, code: &str) -> &'static str {
        if STATE_CODES.contains(&code) {
            self.word(&key("state_name", code))
        } else {
            self.word("state_name.unknown")
        }
    }
    fn fallback_warning(&self, state: &str) -> String {
        self.fill("fallback_warning", &[("state", state)])
    }
    fn field_name(&self, field: Field) -> &'static str {
        self.word(&key("field_name", format!("{field:?}")))
    }
    fn partial_pack_warning(&self, state: &str, fields: &[Field]) -> String {
        let names: Vec<&str> = fields.iter().map(|f| self.field_name(*f)).collect();
        let list = match names.split_last() {
            Some((last, [])) => (*last).to_string(),
            Some((last, rest)) => self.fill(
                "partial_pack_warning.list",
                &[("rest", &rest.join(", ")), ("last", last)],
            ),
            None => String::new(),
        };
        self.fill("partial_pack_warning", &[("state", state), ("list", &list)])
    }
    fn sources_no_state_rule(&self, state: &str, field: Field) -> String {
        match field {
            Field::StateReview => {
                self.fill("sources_no_state_rule.StateReview", &[("state", state)])
            }
            _ => self.fill(
                "sources_no_state_rule",
                &[("state", state), ("field", self.field_name(field))],
            ),
        }
    }
    fn sources_heading(&self, state: &str) -> String {
        self.fill("sources_heading", &[("state", state)])
    }
    fn sources_intro(&self, state: &str) -> String {
        self.fill("sources_intro", &[("state", state)])
    }
    fn sources_none(&self, state: &str) -> String {
        self.fill("sources_none", &[("state", state)])
    }
    fn sources_rule(&self, period: u32, unit: &str, from: &str) -> String {
        let period = period.to_string();
        let article = self.word("sources_rule.article");
        match from.strip_prefix(article).filter(|_| !article.is_empty()) {
            Some(rest) => self.fill(
                "sources_rule.contracted",
                &[("period", &period), ("unit", unit), ("rest", rest)],
            ),
            None => self.fill(
                "sources_rule",
                &[("period", &period), ("unit", unit), ("from", from)],
            ),
        }
    }
    fn sources_checked(&self, date: &str) -> String {
        self.fill("sources_checked", &[("date", date)])
    }
    fn sources_holidays(&self, citation: &str) -> String {
        self.fill("sources_holidays", &[("citation", citation)])
    }
    fn sources_holidays_federal_only(&self, state: &str) -> String {
        self.fill("sources_holidays_federal_only", &[("state", state)])
    }
    fn sources_school_holidays(&self, citation: &str) -> String {
        self.fill("sources_school_holidays", &[("citation", citation)])
    }
    fn office_hearings(&self, state: &str, office: &str) -> String {
        self.fill("office_hearings", &[("state", state), ("office", office)])
    }
    fn office_mediation(&self, state: &str, office: &str) -> String {
        self.fill("office_mediation", &[("state", state), ("office", office)])
    }
    fn citation_note(&self, citation: &str) -> Option<(&'static str, &'static str)> {
        let get = |half: &str| {
            let key = citation_note_key(citation, half);
            self.0.map.get(&key).or_else(|| {
                self.0
                    .notes
                    .and_then(OnceLock::get)
                    .and_then(|notes| notes.get(&key))
            })
        };
        Some((get("legal")?.as_str(), get("note")?.as_str()))
    }
    fn office_name(&self, name: &'static str) -> &'static str {
        self.0
            .map
            .get(&key("office_name", name))
            .map_or(name, String::as_str)
    }
    fn state_pack_note(&self, state: &str) -> String {
        self.fill("state_pack_note", &[("state", state)])
    }

    fn event_question(&self, id: EventId) -> &'static str {
        self.word(&key("event_question", id.as_str()))
    }
    fn event_help(&self, id: EventId) -> &'static str {
        self.word(&key("event_help", id.as_str()))
    }
    fn event_name(&self, id: EventId) -> &'static str {
        self.word(&key("event_name", id.as_str()))
    }
    fn counted_from(&self, what: &str) -> String {
        self.fill("counted_from", &[("what", what)])
    }
    fn date_order(&self) -> DateOrder {
        if self.word("date_order") == "DayFirst" {
            DateOrder::DayFirst
        } else {
            DateOrder::MonthFirst
        }
    }
    fn date_order_words(&self, order: DateOrder) -> &'static str {
        self.word(&key("date_order_words", format!("{order:?}")))
    }
    fn typed_date_hint(&self, order: DateOrder) -> String {
        let words = crate::letter_case::capitalized(self.date_order_words(order));
        self.fill(
            "typed_date_hint",
            &[("words", &words), ("example", typed_date::example(order))],
        )
    }
    fn typed_date_read(&self, date: &str, order: Option<DateOrder>) -> String {
        match order {
            Some(order) => self.fill(
                "typed_date_read.order",
                &[("date", date), ("words", self.date_order_words(order))],
            ),
            None => self.fill("typed_date_read", &[("date", date)]),
        }
    }
    fn typed_date_problem(&self, problem: TypedProblem, order: DateOrder) -> String {
        let example = typed_date::example(order);
        match problem {
            TypedProblem::Empty => String::new(),
            TypedProblem::NotUnderstood => {
                self.words_example("typed_date_problem.NotUnderstood", order, &[])
            }
            TypedProblem::MissingYear => {
                self.words_example("typed_date_problem.MissingYear", order, &[])
            }
            TypedProblem::BadMonth(m) => self.fill(
                &key("typed_date_problem.BadMonth", format!("{order:?}")),
                &[("month", &m.to_string()), ("example", example)],
            ),
            TypedProblem::NoSuchDay { day, month, year } => {
                let name = self.month_names()[month.clamp(1, 12) as usize - 1];
                self.fill(
                    "typed_date_problem.NoSuchDay",
                    &[
                        ("month", &crate::letter_case::capitalized(name)),
                        ("year", &year.to_string()),
                        ("day", &day.to_string()),
                    ],
                )
            }
            TypedProblem::OutOfRange(year) => self.fill(
                "typed_date_problem.OutOfRange",
                &[("year", &year.to_string())],
            ),
        }
    }
    fn type_dates_help(&self, order: DateOrder) -> String {
        self.words_example("type_dates_help", order, &[])
    }
    fn bad_date(&self, raw: &str, order: DateOrder) -> String {
        self.words_example("bad_date", order, &[("raw", raw)])
    }
    fn agreement_resolution(&self, days: Option<(&str, &str)>) -> String {
        match days {
            Some((act_by, final_after)) => self.fill(
                "agreement_resolution.Some",
                &[("act_by", act_by), ("final_after", final_after)],
            ),
            None => self.word("agreement_resolution.None").into(),
        }
    }
    fn scheduled_meeting(
        &self,
        days: u32,
        scheduled: &str,
        last_day: &str,
        within: bool,
    ) -> String {
        self.fill(
            &key("scheduled_meeting", within),
            &[
                ("days", &days.to_string()),
                ("scheduled", scheduled),
                ("last_day", last_day),
            ],
        )
    }
    fn next_typed_read(&self, order: DateOrder, list: &str) -> String {
        self.fill(
            "next_typed_read",
            &[("words", self.date_order_words(order)), ("list", list)],
        )
    }
    fn facts_summary(
        &self,
        place: &str,
        by_district: bool,
        track: Track,
        received: Option<&str>,
    ) -> String {
        let filer = self.word(if by_district {
            "facts_summary.filer.district"
        } else {
            "facts_summary.filer.family"
        });
        let hearing = self.word(&key("facts_summary.hearing", format!("{track:?}")));
        let args = [("place", place), ("filer", filer), ("hearing", hearing)];
        match received {
            Some(day) => {
                let mut args = args.to_vec();
                args.push(("day", day));
                self.fill("facts_summary.received", &args)
            }
            None => self.fill("facts_summary", &args),
        }
    }

    fn timeline_summary(&self, dated: usize, waiting: usize) -> String {
        let dates = if dated == 1 {
            self.word("timeline_summary.dates.one").to_string()
        } else {
            self.fill_n("timeline_summary.dates", dated)
        };
        if waiting == 0 {
            self.fill("timeline_summary", &[("dates", &dates)])
        } else {
            self.fill(
                "timeline_summary.waiting",
                &[("dates", &dates), ("waiting", &waiting.to_string())],
            )
        }
    }
    fn issues_to_check(&self, n: usize) -> String {
        if n == 1 {
            self.word("issues_to_check.one").into()
        } else {
            self.fill_n("issues_to_check", n)
        }
    }
    fn today_marker(&self, today: &str) -> String {
        self.fill("today_marker", &[("today", today)])
    }
    fn deadline_name(&self, id: DeadlineId) -> &'static str {
        self.word(&key("deadline_name", id.as_str()))
    }
    fn deadline_explain(&self, id: DeadlineId) -> &'static str {
        self.word(&key("deadline_explain", id.as_str()))
    }
    fn owner(&self, owner: Owner) -> &'static str {
        self.word(&key("owner", format!("{owner:?}")))
    }
    fn days_left(&self, days: i64) -> String {
        match days {
            -1..=1 => self.word(&key("days_left", days)).into(),
            d if d > 1 => self.fill_n("days_left.future", d),
            d => self.fill_n("days_left.past", -d),
        }
    }
    fn act_by(&self, date: &str) -> String {
        self.fill("act_by", &[("date", date)])
    }
    fn act_by_passed(&self, date: &str) -> String {
        self.fill("act_by_passed", &[("date", date)])
    }
    fn days_to_act(&self, days: i64) -> String {
        match days {
            1 => self.word("days_to_act.1").into(),
            d if d > 1 => self.fill_n("days_to_act", d),
            d => self.days_left(d),
        }
    }
    fn if_passed(&self, id: DeadlineId) -> Option<&'static str> {
        self.0
            .map
            .get(&key("if_passed", id.as_str()))
            .map(String::as_str)
    }
    fn weekend_flag(&self, weekday: &str, earlier_business_day: &str) -> String {
        self.fill(
            "weekend_flag",
            &[
                ("weekday", weekday),
                ("earlier_business_day", earlier_business_day),
            ],
        )
    }
    fn day_before_holiday(&self, business_day: &str, holiday_day: &str, holiday: &str) -> String {
        let with_article = self
            .word("day_before_holiday.article_words")
            .split_whitespace()
            .any(|w| holiday.starts_with(w));
        self.fill(
            if with_article {
                "day_before_holiday.article"
            } else {
                "day_before_holiday"
            },
            &[
                ("business_day", business_day),
                ("holiday_day", holiday_day),
                ("holiday", holiday),
            ],
        )
    }
    fn holiday_flag(&self, holiday: &str, earlier_business_day: &str) -> String {
        self.fill(
            "holiday_flag",
            &[
                ("holiday", holiday),
                ("earlier_business_day", earlier_business_day),
            ],
        )
    }
    fn weekend_flag_others(&self, weekday: &str) -> String {
        self.fill("weekend_flag_others", &[("weekday", weekday)])
    }
    fn holiday_flag_others(&self, holiday: &str) -> String {
        self.fill("holiday_flag_others", &[("holiday", holiday)])
    }
    fn holiday_name(&self, id: HolidayId) -> &'static str {
        self.word(&key("holiday_name", id.as_str()))
    }
    fn arithmetic(&self, c: &Count) -> String {
        let mut text = self.fill(
            "arithmetic",
            &[
                ("from", &self.date_short(c.trigger_date)),
                ("sign", &sign(c.direction).to_string()),
                ("n", &c.period.to_string()),
                ("unit", self.unit(c.unit, c.period)),
                ("to", &self.date_short(c.date)),
            ],
        );
        if c.trigger_day_counted {
            text = self.fill("arithmetic.first_day", &[("text", &text)]);
        }
        if c.leap_day_adjusted {
            text = self.fill("arithmetic.leap", &[("text", &text)]);
        }
        text
    }
    fn skipped_days(&self, list: &str) -> String {
        self.fill("skipped_days", &[("list", list)])
    }
    fn unit(&self, unit: Unit, n: u32) -> &'static str {
        let form = if n == 1 { "one" } else { "other" };
        self.word(&key("unit", format!("{unit:?}.{form}")))
    }
    fn status_label(&self, status: Verification) -> &'static str {
        self.word(&key("status_label", status.as_str()))
    }
    fn status_explain(&self, status: Verification) -> &'static str {
        self.word(&key("status_explain", status.as_str()))
    }
    fn reading(&self, kind: ReadingKind) -> &'static str {
        self.word(&key("reading", format!("{kind:?}")))
    }
    fn earliest_line(&self, date: &str) -> String {
        self.fill("earliest_line", &[("date", date)])
    }
    fn not_applicable(&self, why: NotApplicable) -> &'static str {
        self.word(&key("not_applicable", format!("{why:?}")))
    }
    fn missing(&self, why: MissingWhy, needs: &str) -> String {
        self.fill(&key("missing", format!("{why:?}")), &[("needs", needs)])
    }
    fn note(&self, note: &Note) -> String {
        let date = note_date(note).map(|d| self.date_in_sentence(d));
        self.fill(note_key(note), &[("date", date.as_deref().unwrap_or(""))])
    }

    fn stage_title(&self, stage: Stage) -> &'static str {
        self.word(&key("stage_title", format!("{stage:?}")))
    }
    fn stage_body(&self, stage: Stage, california: bool) -> Vec<&'static str> {
        let paragraphs = |prefix: String| {
            (0..)
                .map_while(move |i| self.0.map.get(&format!("{prefix}.{i}")))
                .map(String::as_str)
        };
        let mut body: Vec<&'static str> = paragraphs(format!("stage_body.{stage:?}")).collect();
        if california {
            body.extend(paragraphs(format!("stage_body.{stage:?}.california")));
        }
        body
    }

    fn link_case_known(&self, title: &str) -> String {
        self.fill("link_case_known", &[("title", title)])
    }
    fn not_saved(&self, why: StorageError) -> &'static str {
        self.word(&key("not_saved", format!("{why:?}")))
    }
    fn drafts_set_aside(&self, n: usize) -> String {
        if n == 1 {
            self.word("drafts_set_aside.one").into()
        } else {
            self.fill_n("drafts_set_aside", n)
        }
    }
    fn deleted_draft(&self, title: &str) -> String {
        self.fill("deleted_draft", &[("title", title)])
    }
    fn read_only_notice(&self, version: u64) -> String {
        self.fill("read_only_notice", &[("version", &version.to_string())])
    }
    fn file_outcome(&self, outcome: FileOutcome) -> &'static str {
        self.word(&key("file_outcome", format!("{outcome:?}")))
    }

    fn calendar_date_line(&self, date: &str) -> String {
        self.fill("calendar_date_line", &[("date", date)])
    }
    fn reminder_label(&self, n: u8) -> &'static str {
        self.word(if n == 1 {
            "reminder_label.1"
        } else {
            "reminder_label.2"
        })
    }
    fn reminder_choice(&self, days: Option<u32>) -> String {
        let k = reminder_choice_key(days);
        match days {
            Some(n) if k == "reminder_choice.other" => self.fill_n(k, n),
            _ => self.word(k).into(),
        }
    }
    fn meeting_title(&self, meeting: Meeting) -> &'static str {
        self.word(&key("meeting_title", meeting.as_str()))
    }
    fn checklist_item(&self, item: Item) -> &'static str {
        self.word(&key("checklist_item", format!("{item:?}")))
    }
    fn printed_on(&self, date: &str) -> String {
        self.fill("printed_on", &[("date", date)])
    }
    fn school_breaks_toggle(&self, entered: usize) -> String {
        match entered {
            0 | 1 => self.word(&key("school_breaks_toggle", entered)).into(),
            n => self.fill_n("school_breaks_toggle.other", n),
        }
    }
    fn closure_line(&self, from: &str, to: &str, label: &str) -> String {
        let days = if from == to {
            from.to_string()
        } else {
            self.fill("closure_line.range", &[("from", from), ("to", to)])
        };
        if label.trim().is_empty() {
            days
        } else {
            self.fill("closure_line.label", &[("days", &days), ("label", label)])
        }
    }
    fn apply_closures(&self, n: usize) -> String {
        match n {
            1 => self.word("apply_closures.1").into(),
            n => self.fill_n("apply_closures.other", n),
        }
    }
    fn school_calendar_error(&self, e: ReadError) -> &'static str {
        self.word(&key("school_calendar_error", format!("{e:?}")))
    }

    fn issue(&self, issue: &Issue) -> String {
        let (event, must_follow) = match *issue {
            Issue::OutOfRange { event }
            | Issue::FarFromToday { event }
            | Issue::InTheFuture { event } => (self.event_question(event), ""),
            Issue::OutOfOrder { event, must_follow } => {
                (self.event_question(event), self.event_question(must_follow))
            }
            Issue::WithdrawalWithoutContinuation | Issue::ExtensionOnExpeditedTrack => ("", ""),
        };
        self.fill(
            issue_key(issue),
            &[("event", event), ("must_follow", must_follow)],
        )
    }
    fn field_problem(&self, problem: &FieldProblem) -> String {
        let k = field_problem_key(problem);
        match problem {
            FieldProblem::UnknownJurisdiction(s)
            | FieldProblem::UnknownTrack(s)
            | FieldProblem::UnknownFiledBy(s) => self.fill(k, &[("value", s)]),
            FieldProblem::BadDate { event, raw } => self.fill(
                k,
                &[
                    ("event", self.event_question(*event)),
                    ("problem", &self.bad_date(raw, self.date_order())),
                ],
            ),
            FieldProblem::UnknownEvent(_) => self.word(k).into(),
            FieldProblem::BadClosure { index } => self.fill_n(k, index + 1),
        }
    }
    fn open_problem(&self, problem: &OpenProblem) -> &'static str {
        self.word(open_problem_key(problem))
    }

    fn embed_theme(&self, theme: Theme) -> &'static str {
        self.word(&key("embed_theme", format!("{theme:?}")))
    }
    fn embed_accent_rejected(&self, colour: &str, problem: AccentProblem, ratio: &str) -> String {
        self.fill(accent_key(problem), &[("colour", colour), ("ratio", ratio)])
    }
    fn one_decimal(&self, x: f64) -> String {
        let (whole, tenth) = super::tenths(x);
        self.fill(
            "one_decimal",
            &[("whole", &whole.to_string()), ("tenth", &tenth.to_string())],
        )
    }
    fn storage_notice(&self, embedded: bool) -> &'static str {
        self.word(&key("storage_notice", embedded))
    }
    fn embed_width(&self, px: u32) -> String {
        self.fill(embed_width_key(px), &[("px", &px.to_string())])
    }
    fn report_heading(&self, deadline: &str) -> String {
        self.fill("report_heading", &[("deadline", deadline)])
    }
    fn report_route(&self, route: Route) -> &'static str {
        self.word(&key("report_route", format!("{route:?}")))
    }
    fn report_subject(&self, deadline: &str, jurisdiction: &str) -> String {
        self.fill(
            "report_subject",
            &[("deadline", deadline), ("jurisdiction", jurisdiction)],
        )
    }
    fn report_field(&self, field: crate::report::Field) -> &'static str {
        self.word(&key("report_field", format!("{field:?}")))
    }

    fn month_names(&self) -> [&'static str; 12] {
        std::array::from_fn(|i| self.word(&key("month_names", i)))
    }
    fn month_abbr(&self) -> [&'static str; 12] {
        std::array::from_fn(|i| self.word(&key("month_abbr", i)))
    }
    fn weekday_names(&self) -> [&'static str; 7] {
        std::array::from_fn(|i| self.word(&key("weekday_names", i)))
    }
    fn weekday_abbr(&self) -> [&'static str; 7] {
        std::array::from_fn(|i| self.word(&key("weekday_abbr", i)))
    }
    fn date_long(&self, d: NaiveDate) -> String {
        self.date_with(
            "date_long",
            d,
            self.word(&key("weekday_names", weekday_index(d))),
            self.word(&key("month_names", month_index(d))),
        )
    }
    fn date_short(&self, d: NaiveDate) -> String {
        self.date_with(
            "date_short",
            d,
            self.word(&key("weekday_abbr", weekday_index(d))),
            self.word(&key("month_abbr", month_index(d))),
        )
    }
    fn date_in_sentence(&self, d: NaiveDate) -> String {
        if self.word("date_in_sentence") == "long" {
            self.date_long(d)
        } else {
            self.date_short(d)
        }
    }
}

/// Natively: the map of a language, from its Rust implementation. Every key of [`spec`], plus
/// the citation notes and office names the language has (from `src/rules/notes_es.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub fn generate(t: &dyn Text) -> std::collections::BTreeMap<String, String> {
    struct Generate<'a> {
        t: &'a dyn Text,
        out: std::collections::BTreeMap<String, String>,
    }
    impl Visit for Generate<'_> {
        fn entry<F: Fn(&dyn Text) -> String>(
            &mut self,
            key: String,
            _holes: &'static [&'static str],
            make: F,
        ) {
            let text = make(self.t);
            assert!(self.out.insert(key.clone(), text).is_none(), "{key} twice");
        }
    }
    let mut generate = Generate {
        t,
        out: std::collections::BTreeMap::new(),
    };
    spec(&mut generate);
    let mut out = generate.out;
    for (citation, _, _) in crate::rules::notes_es::CITATION_NOTES {
        if let Some((legal, note)) = t.citation_note(citation) {
            out.insert(citation_note_key(citation, "legal"), legal.into());
            out.insert(citation_note_key(citation, "note"), note.into());
        }
    }
    for (name, _) in crate::rules::notes_es::OFFICE_NAMES {
        let own = t.office_name(name);
        if own != *name {
            out.insert(key("office_name", name), own.into());
        }
    }
    out
}

/// A reader of flat JSON objects of strings: `{"key": "value", ...}`, nothing else. The same code
/// in the WebAssembly and in the tests; much smaller than a general JSON library.
mod json {
    use std::collections::HashMap;

    /// The object's pairs, or the byte offset where it stops being a flat object of strings (a
    /// key given twice included).
    pub fn parse_object(text: &str) -> Result<HashMap<String, String>, usize> {
        let mut r = Reader {
            bytes: text.as_bytes(),
            text,
            at: 0,
        };
        let mut map = HashMap::new();
        r.space();
        r.expect(b'{')?;
        r.space();
        if r.peek() == Some(b'}') {
            r.at += 1;
        } else {
            loop {
                r.space();
                let start = r.at;
                let key = r.string()?;
                r.space();
                r.expect(b':')?;
                r.space();
                let value = r.string()?;
                if map.insert(key, value).is_some() {
                    return Err(start);
                }
                r.space();
                match r.peek() {
                    Some(b',') => r.at += 1,
                    Some(b'}') => {
                        r.at += 1;
                        break;
                    }
                    _ => return Err(r.at),
                }
            }
        }
        r.space();
        if r.at == r.bytes.len() {
            Ok(map)
        } else {
            Err(r.at)
        }
    }

    struct Reader<'a> {
        bytes: &'a [u8],
        text: &'a str,
        at: usize,
    }

    impl Reader<'_> {
        fn peek(&self) -> Option<u8> {
            self.bytes.get(self.at).copied()
        }
        fn space(&mut self) {
            while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
                self.at += 1;
            }
        }
        fn expect(&mut self, b: u8) -> Result<(), usize> {
            if self.peek() == Some(b) {
                self.at += 1;
                Ok(())
            } else {
                Err(self.at)
            }
        }
        fn hex4(&mut self) -> Result<u32, usize> {
            let digits = self.text.get(self.at..self.at + 4).ok_or(self.at)?;
            let n = u32::from_str_radix(digits, 16).map_err(|_| self.at)?;
            if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(self.at);
            }
            self.at += 4;
            Ok(n)
        }
        fn string(&mut self) -> Result<String, usize> {
            self.expect(b'"')?;
            let mut out = String::new();
            loop {
                let start = self.at;
                while let Some(b) = self.peek() {
                    if b == b'"' || b == b'\\' || b < 0x20 {
                        break;
                    }
                    self.at += 1;
                }
                out.push_str(&self.text[start..self.at]);
                match self.peek() {
                    Some(b'"') => {
                        self.at += 1;
                        return Ok(out);
                    }
                    Some(b'\\') => {
                        self.at += 1;
                        let escape = self.peek().ok_or(self.at)?;
                        self.at += 1;
                        let c = match escape {
                            b'"' => '"',
                            b'\\' => '\\',
                            b'/' => '/',
                            b'b' => '\u{8}',
                            b'f' => '\u{c}',
                            b'n' => '\n',
                            b'r' => '\r',
                            b't' => '\t',
                            b'u' => {
                                let at = self.at;
                                let high = self.hex4()?;
                                let code = if (0xD800..0xDC00).contains(&high) {
                                    self.expect(b'\\')?;
                                    self.expect(b'u')?;
                                    let low = self.hex4()?;
                                    if !(0xDC00..0xE000).contains(&low) {
                                        return Err(at);
                                    }
                                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                                } else {
                                    high
                                };
                                char::from_u32(code).ok_or(at)?
                            }
                            _ => return Err(self.at - 1),
                        };
                        out.push(c);
                    }
                    _ => return Err(self.at),
                }
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::i18n::samples::samples;
    use std::collections::BTreeMap;

    /// The committed language file of `lang`, or its file of citation notes.
    fn path(lang: Lang, notes: bool) -> std::path::PathBuf {
        let suffix = if notes { "-notes" } else { "" };
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("lang")
            .join(format!("{}{suffix}.json", lang.tag()))
    }

    /// The files `lang`'s Rust implementation generates, sorted keys, pretty-printed, UTF-8: its
    /// words, and its citation notes apart (fetched after the first timeline), if it has any.
    fn generated(lang: Lang) -> (String, Option<String>) {
        let (notes, words): (BTreeMap<_, _>, BTreeMap<_, _>) = generate(lang.text())
            .into_iter()
            .partition(|(k, _)| is_note_key(k));
        let pretty = |map: &BTreeMap<String, String>| {
            let mut text = serde_json::to_string_pretty(map).expect("a map of strings");
            text.push('\n');
            text
        };
        (pretty(&words), (!notes.is_empty()).then(|| pretty(&notes)))
    }

    /// The catalog the page has once both of `lang`'s files are read.
    fn catalog(lang: Lang) -> Catalog {
        let read = |notes| std::fs::read_to_string(path(lang, notes));
        let mut map = json::parse_object(&read(false).expect("the language file"))
            .unwrap_or_else(|e| panic!("{lang:?}: {e}"));
        if let Ok(notes) = read(true) {
            map.extend(read_notes(&notes).unwrap_or_else(|e| panic!("{lang:?} notes: {e:?}")));
        }
        Catalog::from_map(map).unwrap_or_else(|e| panic!("{lang:?}: {e:?}"))
    }

    fn map(lang: Lang) -> HashMap<String, String> {
        generate(lang.text()).into_iter().collect()
    }

    /// `UPDATE_LANG=1 cargo test --lib i18n -- --test-threads=1` rewrites `lang/en.json` and
    /// `lang/es.json` from the Rust; without it, this test fails when a committed file no longer matches the Rust.
    #[test]
    fn language_files_are_current() {
        for lang in Lang::ALL {
            let (words, notes) = generated(lang);
            for (path, want) in [(path(lang, false), Some(words)), (path(lang, true), notes)] {
                if std::env::var_os("UPDATE_LANG").is_some() {
                    match &want {
                        Some(text) => std::fs::write(&path, text).expect("write the file"),
                        None => {
                            let _ = std::fs::remove_file(&path);
                        }
                    }
                    continue;
                }
                let have = std::fs::read_to_string(&path).ok();
                assert!(
                    have == want,
                    "{} is not current: run `UPDATE_LANG=1 cargo test --lib i18n -- --test-threads=1`",
                    path.display()
                );
            }
        }
    }

    /// The Spanish words a first visit waits for carry no citation note: the notes come in their
    /// own file, after the first timeline, and nothing else is in that file.
    #[test]
    fn the_notes_are_a_file_of_their_own() {
        let (words, notes) = generated(Lang::Es);
        assert!(!words.contains("\"citation_note."));
        let notes = notes.expect("Spanish has citation notes");
        let map = read_notes(&notes).expect("a file of notes");
        assert!(map.len() > 200, "{}", map.len());
        assert_eq!(
            generated(Lang::En).1,
            None,
            "English has no notes of its own"
        );
        assert!(matches!(
            read_notes("{\"app_title\": \"x\"}"),
            Err(CatalogError::Extra(_))
        ));
    }

    /// The proof that the data says what the Rust says: every sample of the catalog read from
    /// each file is the Rust's, method, key and text.
    #[test]
    fn the_catalog_says_what_the_rust_says() {
        for lang in Lang::ALL {
            let rust = samples(lang.text());
            let data = samples(catalog(lang).leak());
            assert_eq!(rust.len(), data.len(), "{lang:?}");
            for (r, d) in rust.iter().zip(&data) {
                assert_eq!(r, d, "{lang:?}");
            }
        }
    }

    /// Beyond the samples: every citation note and office name, every holiday after "is", the
    /// numbers on both sides of each branch, dates across a year, rules counted from every event.
    /// A citation's note is found by the digest of the citation: two citations with one digest
    /// would share a note.
    #[test]
    fn no_two_citations_share_a_note_key() {
        let mut seen = HashMap::new();
        for (citation, _, _) in crate::rules::notes_es::CITATION_NOTES {
            if let Some(other) = seen.insert(citation_note_key(citation, "note"), citation) {
                panic!("{citation:?} and {other:?} have one key");
            }
        }
        assert!(seen.len() > 100);
    }

    #[test]
    fn the_catalog_agrees_on_wider_arguments() {
        for lang in Lang::ALL {
            let (rust, data) = (lang.text(), catalog(lang).leak());
            for (citation, _, _) in crate::rules::notes_es::CITATION_NOTES {
                assert_eq!(rust.citation_note(citation), data.citation_note(citation));
            }
            assert_eq!(
                rust.citation_note("34 CFR 300.511"),
                data.citation_note("34 CFR 300.511")
            );
            for (name, _) in crate::rules::notes_es::OFFICE_NAMES {
                assert_eq!(rust.office_name(name), data.office_name(name));
            }
            assert_eq!(rust.office_name("Nobody"), data.office_name("Nobody"));
            for &h in HolidayId::ALL {
                let name = rust.holiday_name(h);
                assert_eq!(
                    rust.day_before_holiday("a", "b", name),
                    data.day_before_holiday("a", "b", name),
                    "{lang:?} {h:?}"
                );
            }
            for n in -40..40 {
                assert_eq!(rust.days_left(n), data.days_left(n));
                assert_eq!(rust.days_to_act(n), data.days_to_act(n));
            }
            for n in 0..30 {
                assert_eq!(
                    rust.timeline_summary(n, n % 4),
                    data.timeline_summary(n, n % 4)
                );
                assert_eq!(rust.issues_to_check(n), data.issues_to_check(n));
                assert_eq!(rust.drafts_set_aside(n), data.drafts_set_aside(n));
                assert_eq!(rust.school_breaks_toggle(n), data.school_breaks_toggle(n));
                assert_eq!(rust.apply_closures(n), data.apply_closures(n));
            }
            for days in crate::ics::deadlines::REMINDER_CHOICES
                .into_iter()
                .chain([Some(30)])
            {
                assert_eq!(rust.reminder_choice(days), data.reminder_choice(days));
            }
            for px in [0, 400, 401, 900, 901, 4000] {
                assert_eq!(rust.embed_width(px), data.embed_width(px));
            }
            for x in [0.0, 1.04, 1.05, 4.5, 20.96] {
                assert_eq!(rust.one_decimal(x), data.one_decimal(x));
            }
            for &id in EventId::ALL {
                let from = rust.event_name(id);
                assert_eq!(
                    rust.sources_rule(90, "u", from),
                    data.sources_rule(90, "u", from)
                );
            }
            for field in Field::ALL {
                assert_eq!(
                    rust.sources_no_state_rule("X", field),
                    data.sources_no_state_rule("X", field)
                );
            }
            for n in 0..=Field::ALL.len() {
                let fields = &Field::ALL[..n];
                assert_eq!(
                    rust.partial_pack_warning("X", fields),
                    data.partial_pack_warning("X", fields)
                );
            }
            let mut d = day(2024, 1, 1);
            while d < day(2025, 1, 8) {
                assert_eq!(rust.date_long(d), data.date_long(d));
                assert_eq!(rust.date_short(d), data.date_short(d));
                assert_eq!(rust.date_in_sentence(d), data.date_in_sentence(d));
                d = d.succ_opt().expect("a next day");
            }
            for order in ORDERS {
                assert_eq!(data.date_order_words(order), rust.date_order_words(order));
                for m in 1..=12 {
                    let p = TypedProblem::NoSuchDay {
                        day: 31,
                        month: m,
                        year: 2025,
                    };
                    assert_eq!(
                        rust.typed_date_problem(p, order),
                        data.typed_date_problem(p, order)
                    );
                }
            }
            assert_eq!(rust.date_order(), data.date_order());
        }
    }

    #[test]
    fn a_missing_key_is_named() {
        let mut m = map(Lang::Es);
        m.remove("app_title");
        m.remove("holiday_name.christmas-day");
        let removed = m.len();
        assert!(removed > 0);
        match Catalog::from_map(m) {
            Err(CatalogError::Missing(keys)) => {
                assert!(keys.contains(&"app_title".to_string()), "{keys:?}");
            }
            other => panic!("{:?}", other.map(|_| ())),
        }
    }

    #[test]
    fn an_extra_key_is_named() {
        let mut m = map(Lang::Es);
        m.insert("app_titel".into(), "Calculadora".into());
        m.insert("citation_note.Nowhere 1.legal".into(), "Nowhere 1".into());
        assert_eq!(
            Catalog::from_map(m).map(|_| ()),
            Err(CatalogError::Extra(vec![
                "app_titel".into(),
                "citation_note.Nowhere 1.legal".into()
            ]))
        );
    }

    #[test]
    fn a_template_with_other_placeholders_is_named() {
        for (key, template) in [
            (
                "fallback_warning",
                "Todavía no tenemos las reglas de {estado}.",
            ),
            ("act_by", "Actúe a más tardar."),
            ("app_title", "Calculadora {"),
        ] {
            let mut m = map(Lang::Es);
            m.insert(key.into(), template.into());
            assert_eq!(
                Catalog::from_map(m).map(|_| ()),
                Err(CatalogError::Placeholders(vec![key.into()])),
                "{key}"
            );
        }
    }

    #[test]
    fn a_bad_choice_is_named() {
        let mut m = map(Lang::Es);
        m.insert("date_order".into(), "YearFirst".into());
        assert_eq!(
            Catalog::from_map(m).map(|_| ()),
            Err(CatalogError::BadValue(vec!["date_order".into()]))
        );
    }

    #[test]
    fn the_reader_reads_what_serde_json_reads() {
        for lang in Lang::ALL {
            for notes in [false, true] {
                let Ok(text) = std::fs::read_to_string(path(lang, notes)) else {
                    continue;
                };
                let ours = json::parse_object(&text).expect("ours");
                let theirs: HashMap<String, String> =
                    serde_json::from_str(&text).expect("serde_json");
                assert_eq!(ours, theirs);
            }
        }
        let tricky = r#" { "a\"b": "\u00e9\n\\\/\ud83d\ude00", "c" : "" } "#;
        let theirs: HashMap<String, String> = serde_json::from_str(tricky).expect("serde_json");
        assert_eq!(json::parse_object(tricky), Ok(theirs));
        for bad in [
            "",
            "[]",
            r#"{"a": 1}"#,
            r#"{"a": "b",}"#,
            r#"{"a": "b"} x"#,
            r#"{"a": "b", "a": "c"}"#,
            r#"{"a": "\x"}"#,
            r#"{"a": "\ud800"}"#,
            "{\"a\": \"line\nbreak\"}",
        ] {
            assert!(json::parse_object(bad).is_err(), "{bad}");
        }
        assert_eq!(parse("{").map(|_| ()), Err(CatalogError::NotJson(1)));
    }

    #[test]
    fn install_keeps_the_first_catalog() {
        crate::i18n::install(Lang::Es, catalog(Lang::Es));
        crate::i18n::install(Lang::Es, catalog(Lang::Es));
        assert!(crate::i18n::is_loaded(Lang::Es));
        assert!(crate::i18n::is_loaded(Lang::En));
        // Natively the Spanish stays the Rust's.
        assert_eq!(
            Lang::Es.text().app_title(),
            "Calculadora de plazos del debido proceso"
        );
    }

    #[test]
    fn placeholders_fill_and_stray_braces_stay() {
        assert_eq!(fill("{a} y {b}", &[("a", "1"), ("b", "2")]), "1 y 2");
        assert_eq!(fill("{a} {c}", &[("a", "1")]), "1 {c}");
        assert_eq!(fill("a {", &[]), "a {");
        assert_eq!(placeholders("{a} {b} {"), vec!["a", "b", ""]);
    }
}
