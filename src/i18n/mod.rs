//! Everything the page says, per language, and dates formatted per language.
//!
//! Each language implements [`Text`]; a method without an implementation is a compile error, so
//! a missing translation fails the build, not the family. The engine's output is data; these
//! methods turn it into words.

pub mod catalog;
#[cfg(not(target_arch = "wasm32"))]
mod en;
// The Spanish in Rust: natively only (the generator of `lang/es.json`, the tests). The page
// fetches `lang/es.json` instead, so the WebAssembly carries no Spanish.
mod digest;
#[cfg(not(target_arch = "wasm32"))]
mod es;
pub mod samples;
pub mod typed_date;
pub(crate) mod variants;

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

pub use catalog::{Catalog, CatalogError};

use crate::case::FieldProblem;
use crate::case::LoadError;
use crate::case::link::LinkError;
use crate::embed::Theme;
use crate::engine::count::{Count, Direction, Unit};
use crate::engine::ids::{DeadlineId, EventId};
use crate::engine::timeline::{MissingWhy, NotApplicable, Note};
use crate::engine::validate::Issue;
use crate::rules::{Owner, ReadingKind, Verification};

/// A language of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// Every language of the page, in the order of the language switch.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The language's name in itself, as the switch shows it whatever the page's language.
    pub const fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
    pub fn parse(tag: &str) -> Option<Self> {
        match tag.trim().to_ascii_lowercase().get(..2)? {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }
    /// The page's language: the `lang` parameter of the address, else the family's saved choice,
    /// else the first of the browser's languages the page speaks, else English.
    pub fn choose(param: Option<&str>, saved: Option<&str>, browser: &[String]) -> Lang {
        param
            .and_then(Lang::parse)
            .or_else(|| saved.and_then(Lang::parse))
            .or_else(|| browser.iter().find_map(|tag| Lang::parse(tag)))
            .unwrap_or_default()
    }

    /// The digest of the file of this language's words the program was built with (build.rs);
    /// `None` for English, which is built in.
    pub fn file_digest(self) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Es => Some(env!("DP_LANG_ES_DIGEST")),
        }
    }

    /// The digest of the file of the language's citation notes (`lang/<tag>-notes.json`),
    /// fetched after the first timeline; `None` for English, whose notes are its citations.
    pub fn notes_digest(self) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Es => Some(env!("DP_LANG_ES_NOTES_DIGEST")),
        }
    }

    /// The words of the language.
    ///
    /// In the WebAssembly every language is a [`Catalog`]: English from `lang/en.json`, which is
    /// built into the program (so it is always there, with no code per sentence), Spanish from
    /// `lang/es.json` once it is fetched and [`install`]ed, and the English until then (the
    /// page's fallback when the file cannot be fetched). Natively (tests, the generators of those
    /// files) each language is its Rust implementation, and the tests check that each file's
    /// catalog says exactly what the Rust says.
    pub fn text(self) -> &'static dyn Text {
        match self {
            #[cfg(not(target_arch = "wasm32"))]
            Lang::En => &en::EN,
            #[cfg(not(target_arch = "wasm32"))]
            Lang::Es => &es::ES,
            #[cfg(target_arch = "wasm32")]
            Lang::En => english(),
            #[cfg(target_arch = "wasm32")]
            Lang::Es => SPANISH.get().copied().unwrap_or_else(english),
        }
    }
}

/// The English catalog, read from the program's own copy of `lang/en.json` on first use.
#[cfg(target_arch = "wasm32")]
static ENGLISH: OnceLock<&'static dyn Text> = OnceLock::new();

#[cfg(target_arch = "wasm32")]
fn english() -> &'static dyn Text {
    *ENGLISH.get_or_init(|| {
        // The file is part of the build, not something a family or a server can change, and
        // `cargo test` reads the same bytes with the same reader and checks every key
        // (`catalog::tests::the_catalog_says_what_the_rust_says`).
        catalog::read(include_str!("../../lang/en.json"))
            .expect("lang/en.json is checked by cargo test")
            .leak()
    })
}

/// The Spanish catalog, once installed.
static SPANISH: OnceLock<&'static dyn Text> = OnceLock::new();

/// Keeps `catalog` as the words of `lang` for the rest of the page: it is leaked, so a page
/// installs a language at most once. A second install of the same language is ignored (the
/// first stays, and nothing more is leaked). Installing English is ignored too: English is
/// always the program's own.
///
/// Natively, [`Lang::text`] keeps giving the Spanish written in Rust; the install is kept all the
/// same.
pub fn install(lang: Lang, catalog: Catalog) {
    match lang {
        Lang::En => {}
        Lang::Es => {
            if SPANISH.get().is_none() {
                let _ = SPANISH.set(catalog.with_notes(&SPANISH_NOTES).leak());
            }
        }
    }
}

/// Whether a fetched file is the one this program was built with: its digest is the one build.rs
/// recorded (`None`: the language has no such file).
fn this_build(digest: Option<&str>, text: &str) -> Result<(), CatalogError> {
    if digest == Some(digest::file_digest(text.as_bytes()).as_str()) {
        Ok(())
    } else {
        Err(CatalogError::NotThisBuild)
    }
}

/// The Spanish citation notes, once their file is read ([`install_notes`]).
static SPANISH_NOTES: OnceLock<std::collections::HashMap<String, String>> = OnceLock::new();

/// Reads `lang`'s file of citation notes (`lang/<tag>-notes.json`) and keeps them for the rest
/// of the page: the language's catalog finds them from then on. As with [`parse_catalog`], only
/// the file this program was built with is taken.
///
/// # Errors
/// [`CatalogError::NotThisBuild`] for another version of the file (or a language without one),
/// [`CatalogError::NotJson`] for a file that cannot be read.
pub fn install_notes(lang: Lang, json_text: &str) -> Result<(), CatalogError> {
    this_build(lang.notes_digest(), json_text)?;
    let notes = catalog::read_notes(json_text)?;
    if lang == Lang::Es {
        let _ = SPANISH_NOTES.set(notes);
    }
    Ok(())
}

/// Whether `lang`'s citation notes are here: always for English (its citations say it all),
/// natively always (the notes are in Rust), in the WebAssembly once [`install_notes`] read them.
pub fn notes_loaded(lang: Lang) -> bool {
    match lang {
        Lang::En => true,
        Lang::Es => cfg!(not(target_arch = "wasm32")) || SPANISH_NOTES.get().is_some(),
    }
}

/// Whether [`Lang::text`] gives `lang`'s own words: always for English; for Spanish, in the
/// WebAssembly once its catalog is [`install`]ed, natively always (the Spanish is in Rust).
pub fn is_loaded(lang: Lang) -> bool {
    match lang {
        Lang::En => true,
        Lang::Es => cfg!(not(target_arch = "wasm32")) || SPANISH.get().is_some(),
    }
}

/// Reads `lang`'s file (`lang/es.json`), once it is known to be the file this program was built
/// with: its digest must be the one build.rs recorded ([`Lang::file_digest`]); another version
/// of the file (an old copy, a half-written deploy) is refused, and the page stays in English.
///
/// That file passed, in `cargo test`, every check [`Catalog::from_map`] makes (every key the page
/// needs, no other, the placeholders each template may use), so the WebAssembly only reads it:
/// the checks, and the list of keys behind them, stay out of the page. Natively the checks run
/// again here.
pub fn parse_catalog(lang: Lang, json_text: &str) -> Result<Catalog, CatalogError> {
    this_build(lang.file_digest(), json_text)?;
    #[cfg(not(target_arch = "wasm32"))]
    return catalog::parse(json_text);
    #[cfg(target_arch = "wasm32")]
    return catalog::read(json_text);
}

/// A stage of due process the page explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    ResolutionSession,
    Mediation,
    Hearing,
    DecisionAndAppeal,
    Expedited,
    StayPut,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::ResolutionSession,
        Stage::Mediation,
        Stage::Hearing,
        Stage::DecisionAndAppeal,
        Stage::Expedited,
        Stage::StayPut,
    ];
}

/// Why opening a shared case failed, as the page reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenProblem {
    Link(LinkError),
    NotJson,
    Load(LoadError),
}

/// The words of the page in one language.
pub trait Text: Sync {
    // Page frame
    fn app_title(&self) -> &'static str;
    fn tagline(&self) -> &'static str;
    fn not_advice(&self) -> &'static str;
    fn privacy(&self) -> &'static str;
    fn skip_to_timeline(&self) -> &'static str;
    /// The link at the end of step 1 to the timeline below (shown on narrow screens only).
    fn see_timeline(&self) -> &'static str;
    fn language_label(&self) -> &'static str;
    fn today_fixed(&self, today: &str) -> String;
    fn rules_checked(&self, date: &str) -> String;
    fn report_wrong_date(&self) -> &'static str;
    fn report_help(&self) -> &'static str;

    // Step 1
    fn step_situation(&self) -> &'static str;
    fn state_label(&self) -> &'static str;
    fn state_help(&self) -> &'static str;
    fn federal_only(&self) -> &'static str;
    fn state_name(&self, code: &str) -> &'static str;
    fn fallback_warning(&self, state: &str) -> String;
    // Fields of a state's rules checked or not (issue 23): one block.
    /// A field of a state's rules as a phrase inside a sentence ("the time to go to court").
    fn field_name(&self, field: crate::rules::Field) -> &'static str;
    /// The warning for a state whose `fields` are not checked against its own texts yet (never
    /// empty: a state with every field checked carries no warning).
    fn partial_pack_warning(&self, state: &str, fields: &[crate::rules::Field]) -> String;
    /// "Checked: {state} sets no rule of its own for {field}; the federal rule applies. Read:",
    /// followed on the page by the provision read, its status and the date.
    fn sources_no_state_rule(&self, state: &str, field: crate::rules::Field) -> String;
    fn sources_heading(&self, state: &str) -> String;
    fn sources_intro(&self, state: &str) -> String;
    fn sources_none(&self, state: &str) -> String;
    /// "30 calendar days after the date of the decision".
    fn sources_rule(&self, period: u32, unit: &str, from: &str) -> String;
    fn sources_checked(&self, date: &str) -> String;
    fn sources_holidays(&self, citation: &str) -> String;
    fn sources_holidays_federal_only(&self, state: &str) -> String;
    fn sources_two_tier(&self) -> &'static str;
    /// The assumed school calendar's holidays, where a state adds its own.
    fn sources_school_holidays(&self, citation: &str) -> String;
    /// Who runs or arranges hearings in the state: a proper name and the text naming it.
    /// "...hearings are run or arranged by: {office}", without a final stop: the page adds
    /// the office's source after it, in parentheses.
    fn office_hearings(&self, state: &str, office: &str) -> String;
    /// "Mediation in {state}: {office}", without a final stop (see `office_hearings`).
    fn office_mediation(&self, state: &str, office: &str) -> String;
    /// A citation that ends with a note (what a period counts from, which holidays move): the
    /// citation proper and the note in this language, where the note is not in English. `None`
    /// shows the citation as its pack writes it.
    fn citation_note(&self, _citation: &str) -> Option<(&'static str, &'static str)> {
        None
    }
    /// A state office's proper name in this language (the English name where none is known).
    fn office_name(&self, name: &'static str) -> &'static str {
        name
    }
    fn federal_note(&self) -> &'static str;
    fn state_pack_note(&self, state: &str) -> String;
    fn filed_by_legend(&self) -> &'static str;
    fn filed_by_parent(&self) -> &'static str;
    fn filed_by_district(&self) -> &'static str;
    fn track_legend(&self) -> &'static str;
    fn track_standard(&self) -> &'static str;
    fn track_expedited(&self) -> &'static str;
    fn track_dual(&self) -> &'static str;
    fn track_help(&self) -> &'static str;
    fn key_dates(&self) -> &'static str;

    // Step 2
    fn step_events(&self) -> &'static str;
    fn step_events_help(&self) -> &'static str;
    fn group_meeting(&self) -> &'static str;
    fn group_complaint(&self) -> &'static str;
    fn group_agreements(&self) -> &'static str;
    fn group_hearing(&self) -> &'static str;
    fn group_discipline(&self) -> &'static str;
    fn group_private(&self) -> &'static str;
    fn event_question(&self, id: EventId) -> &'static str;
    fn event_help(&self, id: EventId) -> &'static str;
    /// A short noun phrase for an event ("the day the complaint was received").
    fn event_name(&self, id: EventId) -> &'static str;
    fn counted_from(&self, what: &str) -> String;
    fn clear_date(&self) -> &'static str;
    /// The language's own order, used when the browser names no region
    /// ([`typed_date::region_order`]).
    fn date_order(&self) -> typed_date::DateOrder;
    /// "month/day/year" or "day/month/year".
    fn date_order_words(&self, order: typed_date::DateOrder) -> &'static str;
    fn typed_date_hint(&self, order: typed_date::DateOrder) -> String;
    /// The date a typed box read, in words; `order` is given when the date could be read two
    /// ways ([`typed_date::ambiguous`]), to say which order was used.
    fn typed_date_read(&self, date: &str, order: Option<typed_date::DateOrder>) -> String;
    fn typed_date_problem(
        &self,
        problem: typed_date::TypedProblem,
        order: typed_date::DateOrder,
    ) -> String;
    /// A typed date that cannot be read, in the list of dates to check: the question, then the
    /// same words as the line under its box (so the two never give different advice).
    fn typed_field_problem(
        &self,
        event: EventId,
        problem: typed_date::TypedProblem,
        order: typed_date::DateOrder,
    ) -> String {
        format!(
            "\"{}\": {}",
            self.event_question(event),
            self.typed_date_problem(problem, order)
        )
    }
    fn type_dates(&self) -> &'static str;
    fn type_dates_help(&self, order: typed_date::DateOrder) -> String;
    /// A date of the case file that cannot be read; names the order a typed box expects.
    fn bad_date(&self, raw: &str, order: typed_date::DateOrder) -> String;
    /// What a signed resolution agreement means; with its dates once computed: the day to
    /// cancel by (the card's act-by day) and the last day anyone may still cancel it (after
    /// which it is final), the same two dates as on the card.
    fn agreement_resolution(&self, days: Option<(&str, &str)>) -> String;
    fn agreement_mediation(&self) -> &'static str;
    fn board_approval_ca(&self) -> &'static str;
    /// Under the scheduled meeting date: whether the meeting the district scheduled falls within
    /// the days the rule gives (`days`: 15, or 7 on the expedited track); `last_day` is the
    /// deadline's date.
    fn scheduled_meeting(&self, days: u32, scheduled: &str, last_day: &str, within: bool)
    -> String;

    // "Your next dates", at the top of the page (issue 20)
    fn next_heading(&self) -> &'static str;
    /// Said instead of the list when every dated deadline has passed.
    fn next_none(&self) -> &'static str;
    /// In place of the date, for a step of the family's whose period is not known.
    fn next_unknown_date(&self) -> &'static str;
    /// Under the next dates, when some dates entered need a check.
    fn next_check_dates(&self) -> &'static str;
    /// The link from the block to the whole timeline.
    fn next_all(&self) -> &'static str;
    /// The typed dates that could be read two ways, as the page read them (`list` joins
    /// "event: date" pairs).
    fn next_typed_read(&self, order: typed_date::DateOrder, list: &str) -> String;
    /// The folded form's one line: the state, who filed, the hearing, and the day the complaint
    /// was received.
    fn facts_summary(
        &self,
        place: &str,
        by_district: bool,
        track: crate::engine::case::Track,
        received: Option<&str>,
    ) -> String;
    fn change_facts(&self) -> &'static str;
    /// A card's link to its stage in "What happens at each step".
    fn what_it_means(&self) -> &'static str;
    /// A card's link to the checklist of its meeting.
    fn checklist_link(&self) -> &'static str;

    // Step 3
    fn step_timeline(&self) -> &'static str;
    fn timeline_empty(&self) -> &'static str;
    fn timeline_summary(&self, dated: usize, waiting: usize) -> String;
    /// The folded list under the timeline of what each sourcing label means.
    fn labels_heading(&self) -> &'static str;
    /// Said after the timeline summary when dates need checking (the list under
    /// `issues_heading`), once typing pauses.
    fn issues_to_check(&self, n: usize) -> String;
    fn today_marker(&self, today: &str) -> String;
    fn deadline_name(&self, id: DeadlineId) -> &'static str;
    fn deadline_explain(&self, id: DeadlineId) -> &'static str;
    fn owner(&self, owner: Owner) -> &'static str;
    fn days_left(&self, days: i64) -> String;
    fn act_by(&self, date: &str) -> String;
    /// Under an act-by day that has passed while the card's own date has not: the earliest
    /// reading is over, the rule used for the date may still leave time.
    fn act_by_passed(&self, date: &str) -> String;
    fn act_by_reason(&self) -> &'static str;
    /// The days left to the act-by day, said beside it ("3 days to act").
    fn days_to_act(&self, days: i64) -> String;
    /// What the family can do if a deadline it does not act on (the district's, the hearing
    /// officer's, the end of a period) passes; `None` where there is nothing to add.
    fn if_passed(&self, id: DeadlineId) -> Option<&'static str>;
    fn weekend_flag(&self, weekday: &str, earlier_business_day: &str) -> String;
    /// The business day to act by, with the holiday that makes it earlier than the weekday
    /// before the date ("Thu, Sep 25, 2025 (Fri, Sep 26, 2025 is Native American Day)").
    fn day_before_holiday(&self, business_day: &str, holiday_day: &str, holiday: &str) -> String;
    fn holiday_flag(&self, holiday: &str, earlier_business_day: &str) -> String;
    /// The weekend flag of a deadline the family does not act on (the district's, the hearing
    /// officer's): it warns without telling the family to act.
    fn weekend_flag_others(&self, weekday: &str) -> String;
    fn holiday_flag_others(&self, holiday: &str) -> String;
    fn holiday_name(&self, id: crate::engine::calendar::HolidayId) -> &'static str;
    fn how_counted(&self) -> &'static str;
    fn arithmetic(&self, c: &Count) -> String;
    fn skipped_days(&self, list: &str) -> String;
    fn unit(&self, unit: Unit, n: u32) -> &'static str;
    fn rule_label(&self) -> &'static str;
    fn status_label(&self, status: Verification) -> &'static str;
    fn status_explain(&self, status: Verification) -> &'static str;
    fn other_readings(&self) -> &'static str;
    fn reading(&self, kind: ReadingKind) -> &'static str;
    fn earliest_line(&self, date: &str) -> String;
    fn not_applicable(&self, why: NotApplicable) -> &'static str;
    fn missing(&self, why: MissingWhy, needs: &str) -> String;
    fn note(&self, note: &Note) -> String;
    fn passed(&self) -> &'static str;
    /// Beside a family's deadline whose step a later event shows was taken.
    fn step_done(&self) -> &'static str;
    /// Beside a deadline's name in the sources list, for a second rule of a state for it.
    fn sources_another_reading(&self) -> &'static str;
    fn does_not_apply_heading(&self) -> &'static str;
    fn state_unverified_badge(&self) -> &'static str;

    // Explanations
    fn stages_heading(&self) -> &'static str;
    fn stage_title(&self, stage: Stage) -> &'static str;
    fn stage_body(&self, stage: Stage, california: bool) -> Vec<&'static str>;

    // Drafts
    fn drafts_heading(&self) -> &'static str;
    fn saved_here(&self) -> &'static str;
    /// The save status of a linked case this device does not keep yet.
    fn link_saved_on_change(&self) -> &'static str;
    fn not_saved_link(&self) -> &'static str;
    fn kept_as_copy(&self) -> &'static str;
    fn link_case_known(&self, title: &str) -> String;
    fn open_saved_copy(&self) -> &'static str;
    fn not_saved(&self, why: crate::web::StorageError) -> &'static str;
    fn drafts_set_aside(&self, n: usize) -> String;
    fn draft_name_label(&self) -> &'static str;
    fn keep_linked_case(&self) -> &'static str;
    fn new_draft(&self) -> &'static str;
    fn duplicate_draft(&self) -> &'static str;
    fn delete_draft(&self) -> &'static str;
    fn deleted_draft(&self, title: &str) -> String;
    fn undo(&self) -> &'static str;
    fn open_draft(&self) -> &'static str;
    fn untitled_draft(&self) -> &'static str;
    fn newer_version_draft(&self) -> &'static str;
    /// A draft a newer version saved, which this page opens to read only.
    fn newer_version_draft_to_read(&self) -> &'static str;
    /// The notice over a case a newer version of the calculator saved (case file `version`).
    fn read_only_notice(&self, version: u64) -> String;
    /// The drafts panel's save status for such a case.
    fn read_only_status(&self) -> &'static str;
    fn drafts_explain(&self) -> &'static str;
    fn embedded_drafts_hint(&self) -> &'static str;

    fn notes_label(&self) -> &'static str;
    fn share_heading(&self) -> &'static str;
    fn copy_link(&self) -> &'static str;
    fn link_warning(&self) -> &'static str;
    fn leave_notes_out(&self) -> &'static str;
    fn make_link(&self) -> &'static str;
    fn link_ready(&self) -> &'static str;
    fn link_copied(&self) -> &'static str;
    fn link_copy_by_hand(&self) -> &'static str;
    fn link_too_large(&self) -> &'static str;
    fn save_file(&self) -> &'static str;
    fn open_file(&self) -> &'static str;
    fn drop_hint(&self) -> &'static str;
    fn file_outcome(&self, outcome: crate::storage::FileOutcome) -> &'static str;

    // Meeting kit: calendar file, print, checklists
    fn calendar_name(&self) -> &'static str;
    fn calendar_date_line(&self, date: &str) -> String;
    fn calendar_heading(&self) -> &'static str;
    fn calendar_help(&self) -> &'static str;
    fn reminder_label(&self, n: u8) -> &'static str;
    fn reminder_choice(&self, days: Option<u32>) -> String;
    fn calendar_include_private(&self) -> &'static str;
    fn add_all_to_calendar(&self) -> &'static str;
    fn add_one_to_calendar(&self) -> &'static str;
    fn checklists_heading(&self) -> &'static str;
    fn checklists_help(&self) -> &'static str;
    fn meeting_title(&self, meeting: crate::checklist::Meeting) -> &'static str;
    fn checklist_item(&self, item: crate::checklist::Item) -> &'static str;
    /// Added to the mediation-terms item in California (OAH's opening settlement proposal).
    fn mediation_terms_ca(&self) -> &'static str;
    /// Added to the mediator item in California.
    fn mediation_mediator_ca(&self) -> &'static str;
    fn print_open(&self) -> &'static str;
    fn print_now(&self) -> &'static str;
    /// The switch between the full summary and one page for the meeting.
    fn print_brief(&self) -> &'static str;
    fn print_close(&self) -> &'static str;
    fn print_heading(&self) -> &'static str;
    fn printed_on(&self, date: &str) -> String;
    fn facts_heading(&self) -> &'static str;
    fn no_dates_entered(&self) -> &'static str;
    fn school_breaks_heading(&self) -> &'static str;
    /// The control that shows or hides the breaks, with how many are entered.
    fn school_breaks_toggle(&self, entered: usize) -> String;
    fn school_breaks_help(&self) -> &'static str;
    fn closure_line(&self, from: &str, to: &str, label: &str) -> String;
    fn remove_closure(&self) -> &'static str;
    fn closure_from(&self) -> &'static str;
    fn closure_to(&self) -> &'static str;
    fn closure_label(&self) -> &'static str;
    fn closure_bad(&self) -> &'static str;
    fn add_closure(&self) -> &'static str;
    fn import_school_calendar(&self) -> &'static str;
    fn import_help(&self) -> &'static str;
    fn import_review(&self) -> &'static str;
    fn apply_closures(&self, n: usize) -> String;
    fn cancel(&self) -> &'static str;
    fn school_calendar_error(&self, e: crate::ics::school::ReadError) -> &'static str;

    // Problems
    fn issues_heading(&self) -> &'static str;
    fn issue(&self, issue: &Issue) -> String;
    fn field_problem(&self, problem: &FieldProblem) -> String;
    fn open_problem(&self, problem: &OpenProblem) -> &'static str;
    fn opened_link(&self) -> &'static str;
    fn dismiss(&self) -> &'static str;

    // The offline copy
    fn offline_now(&self) -> &'static str;
    fn offline_ready(&self) -> &'static str;
    fn new_version_ready(&self) -> &'static str;
    fn use_new_version(&self) -> &'static str;

    // The "Get the embed code" page
    fn embed_code_link(&self) -> &'static str;
    fn embed_code_heading(&self) -> &'static str;
    fn embed_code_intro(&self) -> &'static str;
    fn embed_lang_label(&self) -> &'static str;
    fn embed_lang_auto(&self) -> &'static str;
    fn embed_state_auto(&self) -> &'static str;
    fn embed_theme_label(&self) -> &'static str;
    fn embed_theme(&self, theme: Theme) -> &'static str;
    fn embed_accent_use(&self) -> &'static str;
    fn embed_accent_label(&self) -> &'static str;
    /// One check an accent colour failed ([`crate::embed::check_accent`]); `ratio` is written
    /// with [`Text::one_decimal`].
    fn embed_accent_rejected(
        &self,
        colour: &str,
        problem: crate::embed::AccentProblem,
        ratio: &str,
    ) -> String;
    /// A number with one decimal, as this language writes it (a contrast ratio).
    fn one_decimal(&self, x: f64) -> String;
    fn embed_sandbox(&self) -> &'static str;
    fn embed_code_label(&self) -> &'static str;
    fn copy_code(&self) -> &'static str;
    fn code_copied(&self) -> &'static str;
    fn code_copy_failed(&self) -> &'static str;
    fn embed_preview_heading(&self) -> &'static str;
    fn embed_host_note(&self) -> &'static str;
    fn back_to_calculator(&self) -> &'static str;

    // Links in an open tab, storage refused, the embed builder's questions, reports of a date
    /// The save status of a case not stored yet (nothing entered; the empty case after a link
    /// that could not be opened).
    fn not_saved_yet(&self) -> &'static str;
    /// The notice at the top of the page when the browser refuses storage (`embedded`: inside
    /// another site's frame).
    fn storage_notice(&self, embedded: bool) -> &'static str;
    /// The link in that notice that opens the same case in a new tab.
    fn open_in_own_tab(&self) -> &'static str;
    fn embed_state_question(&self) -> &'static str;
    fn embed_width_label(&self) -> &'static str;
    /// One width of the preview, in CSS pixels.
    fn embed_width(&self, px: u32) -> String;
    fn embed_preview_help(&self) -> &'static str;
    fn embed_report_label(&self) -> &'static str;
    fn embed_report_help(&self) -> &'static str;
    fn embed_report_rejected(&self) -> &'static str;
    /// The heading of the report dialog for one deadline (its name).
    fn report_heading(&self, deadline: &str) -> String;
    fn report_intro(&self) -> &'static str;
    /// Where the report goes, said before it is sent.
    fn report_route(&self, route: crate::report::Route) -> &'static str;
    fn report_expected_label(&self) -> &'static str;
    fn report_include_private(&self) -> &'static str;
    fn report_text_label(&self) -> &'static str;
    fn report_send_mail(&self) -> &'static str;
    fn report_open_page(&self) -> &'static str;
    fn report_copy(&self) -> &'static str;
    fn report_copied(&self) -> &'static str;
    fn report_copy_by_hand(&self) -> &'static str;
    fn report_close(&self) -> &'static str;
    fn report_subject(&self, deadline: &str, jurisdiction: &str) -> String;
    /// The name of one part of a report.
    fn report_field(&self, field: crate::report::Field) -> &'static str;

    // Dates
    fn month_names(&self) -> [&'static str; 12];
    fn month_abbr(&self) -> [&'static str; 12];
    fn weekday_names(&self) -> [&'static str; 7];
    fn weekday_abbr(&self) -> [&'static str; 7];
    /// "Saturday, September 13, 2025".
    fn date_long(&self, d: NaiveDate) -> String;
    /// "Sat, Sep 13, 2025".
    fn date_short(&self, d: NaiveDate) -> String;
    /// A date inside a sentence: the short form where it reads well (English), written out
    /// where abbreviations are hard to read in running text (Spanish).
    fn date_in_sentence(&self, d: NaiveDate) -> String {
        self.date_short(d)
    }
}

/// Every state code (and DC and Puerto Rico) with its name in `t`'s language, sorted by name.
pub fn states_by_name(t: &dyn Text) -> Vec<(&'static str, &'static str)> {
    let mut states: Vec<(&'static str, &'static str)> = crate::engine::case::STATE_CODES
        .iter()
        .map(|c| (*c, t.state_name(c)))
        .collect();
    crate::sort::sort_by_key(&mut states, |(_, name)| *name);
    states
}

/// Weekday index, Monday = 0.
pub fn weekday_index(d: NaiveDate) -> usize {
    d.weekday().num_days_from_monday() as usize
}

/// Month index, January = 0.
pub fn month_index(d: NaiveDate) -> usize {
    d.month0() as usize
}

/// "+" for forward counts, "−" for backward ones.
pub fn sign(direction: Direction) -> char {
    match direction {
        Direction::After => '+',
        Direction::Before => '−',
    }
}

/// A non-negative number rounded to tenths, as whole and tenth digits. Written out with integers:
/// Rust's float formatting would add about 12 KB to the WebAssembly.
fn tenths(x: f64) -> (u32, u32) {
    let tenths = (x.max(0.0) * 10.0).round() as u32;
    (tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_round_half_up_and_carry() {
        assert_eq!(tenths(4.54), (4, 5));
        assert_eq!(tenths(1.07), (1, 1));
        assert_eq!(tenths(20.96), (21, 0));
        assert_eq!(tenths(-3.0), (0, 0));
        assert_eq!(Lang::En.text().one_decimal(4.54), "4.5");
        assert_eq!(Lang::Es.text().one_decimal(4.54), "4,5");
    }

    #[test]
    fn only_the_language_file_the_program_was_built_with_is_used() {
        let file = include_str!("../../lang/es.json");
        assert!(parse_catalog(Lang::Es, file).is_ok());
        // Another version of the file: one word changed, or an old copy.
        let other = file.replacen("Calculadora", "Calculadora!", 1);
        assert_ne!(other, file);
        assert_eq!(
            parse_catalog(Lang::Es, &other).err(),
            Some(CatalogError::NotThisBuild)
        );
        // English is built in: no file of English words is ever taken.
        assert_eq!(
            parse_catalog(Lang::En, include_str!("../../lang/en.json")).err(),
            Some(CatalogError::NotThisBuild)
        );
    }

    #[test]
    fn every_id_has_words() {
        let t = Lang::En.text();
        for id in EventId::ALL {
            assert!(!t.event_question(*id).is_empty(), "{id}");
        }
        for id in DeadlineId::ALL {
            assert!(!t.deadline_name(*id).is_empty(), "{id}");
            assert!(!t.deadline_explain(*id).is_empty(), "{id}");
        }
        for s in Stage::ALL {
            assert!(!t.stage_body(s, true).is_empty());
        }
    }

    #[test]
    fn every_state_has_its_name() {
        let t = Lang::En.text();
        assert_eq!(t.state_name("CA"), "California");
        assert_eq!(t.state_name("DC"), "District of Columbia");
        assert_eq!(t.state_name("PR"), "Puerto Rico");
        assert_eq!(t.state_name("WY"), "Wyoming");
        assert_eq!(t.state_name("NY"), "New York");
        for code in crate::engine::case::STATE_CODES {
            assert_ne!(t.state_name(code), "your state", "{code}");
        }
    }

    #[test]
    fn dates_read_naturally() {
        let t = Lang::En.text();
        let d = NaiveDate::from_ymd_opt(2025, 9, 13).expect("valid");
        assert_eq!(t.date_long(d), "Saturday, September 13, 2025");
        assert_eq!(t.date_short(d), "Sat, Sep 13, 2025");
    }

    #[test]
    fn language_choice_order() {
        let browser = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        assert_eq!(Lang::choose(None, None, &[]), Lang::En);
        assert_eq!(
            Lang::choose(Some("xx"), Some("yy"), &browser(&["fr-FR"])),
            Lang::En
        );
        assert_eq!(
            Lang::choose(None, None, &browser(&["fr-FR", "en-GB"])),
            Lang::En
        );
        assert_eq!(Lang::choose(Some("EN-us"), None, &[]), Lang::En);
        assert_eq!(
            Lang::choose(None, None, &browser(&["fr-FR", "es-MX", "en-US"])),
            Lang::Es
        );
        assert_eq!(
            Lang::choose(None, Some("en"), &browser(&["es-MX"])),
            Lang::En
        );
        assert_eq!(
            Lang::choose(Some("es"), Some("en"), &browser(&["en-US"])),
            Lang::Es
        );
        assert_eq!(Lang::choose(Some("zz"), Some("es"), &[]), Lang::Es);
    }
}
