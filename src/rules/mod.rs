//! Jurisdiction rule packs as typed data.
//!
//! Each [`Rule`] is one period of the law: which deadline it sets, whose it is, what starts it,
//! how long it is and in which unit, the citation and a link to the primary text, and how well
//! that is sourced ([`Verification`]). A rule can only combine the primitives the engine knows
//! (calendar, business or school days, years; forward or backward; an event or another deadline
//! as trigger): a new kind of rule means new engine code and tests.
//!
//! The federal pack applies everywhere. A state [`Pack`] adds its holidays and overrides rules;
//! only a verified state rule sets a primary date (contract section 4).

pub mod california;
pub mod federal;
pub mod notes_es;
pub mod states;

use crate::engine::calendar::HolidayRule;
use crate::engine::case::Jurisdiction;
use crate::engine::count::{Direction, Unit};
use crate::engine::ids::{DeadlineId, EventId};

/// How well a rule is sourced (the labels of the rules reference).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verification {
    /// The primary text was read.
    Verified,
    /// The sources leave more than one reading open; the page shows the one used.
    Interpretive,
    /// Known only from a reputable secondary source.
    Secondary,
    /// Not confirmed from any source.
    Unverified,
}

impl Verification {
    pub const fn as_str(self) -> &'static str {
        match self {
            Verification::Verified => "verified",
            Verification::Interpretive => "interpretive",
            Verification::Secondary => "secondary",
            Verification::Unverified => "unverified",
        }
    }
}

/// Whose deadline it is (contract section 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    Family,
    District,
    HearingOfficer,
    Either,
}

impl Owner {
    pub const fn as_str(self) -> &'static str {
        match self {
            Owner::Family => "family",
            Owner::District => "district",
            Owner::HearingOfficer => "hearing-officer",
            Owner::Either => "either",
        }
    }
    /// True when the family must act by this date (their "act by" line uses the earliest date).
    pub const fn family_acts(self) -> bool {
        matches!(self, Owner::Family | Owner::Either)
    }
}

/// What starts a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// A date the family enters.
    Event(EventId),
    /// The date of another computed deadline (the 45 days run from the end of the 30).
    Deadline(DeadlineId),
}

/// Which branch of a deadline a rule describes. Most deadlines have one; the hearing decision
/// has one per adjustment of 34 CFR 300.510(c).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// The ordinary rule.
    Standard,
    /// Clocks restarted by an amended complaint (34 CFR 300.508(d)(4)).
    Amended,
    /// Both sides waived the resolution meeting in writing (300.510(c)(1)).
    Waiver,
    /// Both agreed in writing that no agreement is possible (300.510(c)(2)).
    NoAgreement,
    /// A party withdrew from mediation continued in writing (300.510(c)(3)).
    MediationWithdrawn,
    /// A hearing officer started the hearing timeline (300.510(b)(5)).
    HearingOfficerStart,
    /// A hearing officer granted a specific extension (300.515(c)).
    Extension,
    /// The district filed: no resolution period (state practice).
    DistrictFiled,
    /// Counted from a fallback trigger because the usual one is not entered.
    Fallback,
    /// In a two-tier state: after the state-level review (34 CFR 300.514(b), 300.516(b)).
    AfterReview,
}

/// One rule of one jurisdiction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub id: DeadlineId,
    pub variant: Variant,
    pub owner: Owner,
    pub trigger: Trigger,
    pub period: u32,
    pub unit: Unit,
    pub direction: Direction,
    /// The citation as it is written in legal texts.
    pub citation: &'static str,
    /// A link to the primary text (or the best official copy).
    pub source_url: &'static str,
    pub status: Verification,
}

/// Alternative readings the engine knows, each with its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadingKind {
    /// The receipt day counts as day 1 (New York's wording).
    ReceiptDayIsDayOne,
    /// Two years counted as 730 days.
    TwoYearsAs730Days,
    /// The filing limit counted from the district's written notice.
    FromDistrictNotice,
    /// Federal holidays only, and the signing day as day 1.
    FederalHolidaysSigningDayCounts,
    /// Every holiday any source names (the latest date the window could close).
    WidestHolidays,
    /// Five full business days between disclosure and hearing.
    FiveFullBusinessDaysBetween,
    /// Every weekday is a school day except the case's closures.
    EveryWeekdayIsSchoolDay,
    /// A state rule that is not verified, shown beside the federal default.
    StateRule,
    /// A verified state rule shown beside the one that sets the date (its trigger is not
    /// entered yet, or the sources give two readings).
    StateRuleVerified,
    /// A state rule counted from the decision date because the mailing or receipt date it runs
    /// from is not entered (never later than the rule's own date).
    StateRuleFromDecisionDate,
    /// The same, for a rule that runs from the receipt of the decision.
    StateRuleFromDecisionDateUntilReceived,
    /// The federal default, shown beside a verified state rule.
    FederalDefault,
    /// On the general court deadline: a state court's own period, where it ends before every
    /// other reading (the card's "act by" then covers every court).
    StateCourtPeriod,
}

/// The source of an alternative reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadingSource {
    pub kind: ReadingKind,
    pub citation: &'static str,
    pub source_url: &'static str,
    pub status: Verification,
}

/// A jurisdiction's rules: its overrides of the federal pack, its holidays, its school holidays.
#[derive(Debug)]
pub struct Pack {
    /// The contract code, `"US"` or `"US-XX"`.
    pub code: &'static str,
    /// Rules that replace the federal rule with the same id and variant.
    pub overrides: &'static [Rule],
    /// State holidays for business days (added to the federal ones).
    pub holidays: &'static [HolidayRule],
    /// Holidays some sources treat as non-business days and others do not.
    pub interpretive_holidays: &'static [HolidayRule],
    /// Holidays when schools close (the assumed school calendar).
    pub school_holidays: &'static [HolidayRule],
    /// Holiday statute for business days.
    pub holiday_citation: &'static str,
    /// School-holiday statute for school days.
    pub school_holiday_citation: &'static str,
    /// Date the rules were last checked against their sources (ISO).
    pub checked: &'static str,
    /// Every rule of the state that changes a date has been looked for and encoded, holidays
    /// included. A pack that is not complete carries what has been confirmed so far, and the
    /// page says that the state may set other limits.
    pub complete: bool,
    /// A state-level review of hearing decisions comes before court (34 CFR 300.514(b)):
    /// the court deadline runs from the review decision.
    pub two_tier: bool,
    /// How well the state's holidays are sourced, once its holiday statute has been read and its
    /// holidays are in `holidays` (empty when every state holiday is also a federal one) or, where
    /// the text leaves them open, in `interpretive_holidays`. `None`: not encoded yet.
    pub holidays_status: Option<Verification>,
    /// Who runs or arranges due process hearings in the state (a proper name, with the text
    /// that says so), for the explanations.
    pub hearings: Option<Office>,
    /// The state's mediation program, likewise.
    pub mediation: Option<Office>,
    /// The fields checked and found to have no rule of the state's own (the federal rule
    /// applies), each with the provision read that shows it.
    pub no_state_rule: &'static [NoStateRule],
}

/// A part of a state's rules that is looked for in every state: the columns of
/// `reports/coverage.md`, and what the page's warning names while it is not checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The time limit to file a due process complaint.
    FilingLimit,
    /// The time to bring a civil action (court).
    Court,
    /// A state-level review of hearing decisions (two-tier states), its notice and its period.
    StateReview,
    /// The time to file in the state's own courts, where it differs from the court deadline.
    StateCourt,
    /// A time limit on claims for reimbursement of a private placement.
    Reimbursement,
    /// State holidays counted for business days.
    Holidays,
    /// Who conducts due process hearings.
    HearingOffice,
}

impl Field {
    /// Every field, in the order of the coverage table.
    pub const ALL: [Field; 7] = [
        Field::FilingLimit,
        Field::Court,
        Field::StateReview,
        Field::StateCourt,
        Field::Reimbursement,
        Field::Holidays,
        Field::HearingOffice,
    ];

    /// The `data-field` hook.
    pub const fn as_str(self) -> &'static str {
        match self {
            Field::FilingLimit => "filing-limit",
            Field::Court => "court",
            Field::StateReview => "state-review",
            Field::StateCourt => "state-court",
            Field::Reimbursement => "reimbursement",
            Field::Holidays => "holidays",
            Field::HearingOffice => "hearing-office",
        }
    }

    /// The deadlines whose state rules answer this field (none for holidays and the office).
    pub const fn deadlines(self) -> &'static [DeadlineId] {
        match self {
            Field::FilingLimit => &[DeadlineId::FilingLimit],
            Field::Court => &[DeadlineId::CivilAction, DeadlineId::CivilActionFederalCourt],
            Field::StateReview => &[
                DeadlineId::StateReviewRequest,
                DeadlineId::StateReviewNotice,
            ],
            Field::StateCourt => &[DeadlineId::CivilActionStateCourt],
            Field::Reimbursement => &[DeadlineId::ReimbursementClaimLimit],
            Field::Holidays | Field::HearingOffice => &[],
        }
    }
}

/// A recorded check that a state sets no rule of its own for `field`: the federal rule applies.
/// Like a rule, it names what was read: the provision that shows it (a due-process section that
/// only refers to the federal regulation, or one that is silent where a period would be), a link
/// to the text read, and the date of the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoStateRule {
    pub field: Field,
    /// The provision read, as legal texts cite it, with what it shows in a few words.
    pub citation: &'static str,
    /// The copy of that text that was read.
    pub url: &'static str,
    /// The date of the check (ISO).
    pub checked: &'static str,
    /// `Verified` when the text read says so (or is read whole where a period would be);
    /// `Interpretive` when it leaves that open (the parts read name none). Never less: a check
    /// known only from someone else's account is not recorded.
    pub status: Verification,
}

/// What is known of one field of a state: the best-sourced rule, a check that found none, or
/// nothing yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Rule(Verification),
    NoStateRule(Verification),
    NotChecked,
}

impl Pack {
    /// What is known of `field` in this pack.
    pub fn answer(&self, field: Field) -> Answer {
        let best = match field {
            Field::Holidays => self.holidays_status,
            Field::HearingOffice => self.hearings.map(|o| o.status()),
            _ => self
                .overrides
                .iter()
                .filter(|r| field.deadlines().contains(&r.id))
                .map(|r| r.status)
                .min(),
        };
        match (best, self.no_state_rule.iter().find(|n| n.field == field)) {
            (Some(status), _) => Answer::Rule(status),
            (None, Some(check)) => Answer::NoStateRule(check.status),
            (None, None) => Answer::NotChecked,
        }
    }

    /// The fields not yet checked against the state's own text: no rule whose text was read
    /// (verified or interpretive) and no check that found none. The page's warning names them.
    pub fn unchecked(&self) -> impl Iterator<Item = Field> + '_ {
        Field::ALL.into_iter().filter(|f| {
            !matches!(
                self.answer(*f),
                Answer::NoStateRule(Verification::Verified | Verification::Interpretive)
                    | Answer::Rule(Verification::Verified | Verification::Interpretive)
            )
        })
    }

    /// Whether a rule of this pack counts from `event` (the review decision, in a two-tier
    /// state, always does), so that the page asks for that date.
    pub fn counts_from(&self, event: EventId) -> bool {
        (event == EventId::ReviewDecisionIssued && self.two_tier)
            || self
                .overrides
                .iter()
                .any(|r| r.trigger == Trigger::Event(event))
    }
}

/// A state office named in the explanations: its proper name and the text that names it (a
/// provision of law, or an agency's page: [`Office::status`] tells which).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Office {
    pub name: &'static str,
    /// Where the name was read, as the page shows it: a statute or rule, or the title of the
    /// agency's page or document.
    pub citation: &'static str,
    /// The address of that page, where the name was read on the web.
    pub url: Option<&'static str>,
}

impl Office {
    /// How well the office's name is sourced: `Verified` when the citation names a numbered
    /// provision of law read in its own text, `Secondary` when it names an agency's page or
    /// document, or says the text behind it was not read (see [`unread_marker`]).
    pub fn status(&self) -> Verification {
        if unread_marker(self.citation).is_none() && names_a_provision(self.citation) {
            Verification::Verified
        } else {
            Verification::Secondary
        }
    }
}

/// Words by which a citation says that the rule's own text was not read: that it is known
/// through someone else's account of it (an agency's notice, guide or page, a court's list or
/// reading, a report, a summary) or not read at all. "As X states it" (and "applies it", "reads
/// it", "lists it", "describes it") is the packs' way of writing "read only in X's words"; a
/// verbatim quotation ("as a court quotes it") is a reading of the text and is not listed.
pub const UNREAD_MARKERS: [&str; 18] = [
    "not read",
    "not reached",
    "states it",
    "state it",
    "applies it",
    "reads it",
    "lists it",
    "describes it",
    "described it",
    "reported",
    "safeguards notice",
    "guidance",
    "guide",
    "faq",
    "summary",
    "summaries",
    "secondary",
    "third-party",
];

/// The first of [`UNREAD_MARKERS`] that `citation` contains as whole words (case-insensitive),
/// if any.
pub fn unread_marker(citation: &str) -> Option<&'static str> {
    let lower = citation.to_lowercase();
    UNREAD_MARKERS.into_iter().find(|m| {
        lower.match_indices(m).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + m.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// Whether a citation opens with a numbered provision of law (its head, before the first
/// parenthesis, colon or semicolon, holds a section number: "Md. Code, Educ. 8-413(j)") rather
/// than with the name of an agency, an office or a document ("Office for Dispute Resolution:").
pub fn names_a_provision(citation: &str) -> bool {
    citation
        .split(['(', ':', ';'])
        .next()
        .is_some_and(|head| head.chars().any(|c| c.is_ascii_digit()))
}

/// Where a deadline's primary rule comes from (the `data-source` hook).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleSource {
    Federal,
    State,
    StateUnverified,
}

impl RuleSource {
    pub const fn as_str(self) -> &'static str {
        match self {
            RuleSource::Federal => "federal",
            RuleSource::State => "state",
            RuleSource::StateUnverified => "state-unverified",
        }
    }
}

/// The pack for a jurisdiction, and whether that is a fallback to the federal rules.
pub fn pack_for(jurisdiction: Jurisdiction) -> (&'static Pack, bool) {
    match jurisdiction {
        Jurisdiction::Federal => (&federal::PACK, false),
        Jurisdiction::State(code) => PACKS
            .iter()
            .find(|p| p.code.as_bytes().get(3..) == Some(&code[..]))
            .map_or((&federal::PACK, true), |p| (*p, false)),
    }
}

/// Every pack with rules of its own: the federal pack, then the states by code.
pub static PACKS: [&Pack; 2 + states::COUNT] = {
    let mut all: [&Pack; 2 + states::COUNT] = [&federal::PACK; 2 + states::COUNT];
    all[1] = &california::PACK;
    let mut i = 0;
    while i < states::COUNT {
        all[2 + i] = states::PACKS[i];
        i += 1;
    }
    all
};

/// The federal rule for a deadline and branch.
pub fn federal_rule(id: DeadlineId, variant: Variant) -> Option<&'static Rule> {
    federal::RULES
        .iter()
        .find(|r| r.id == id && r.variant == variant)
}

/// The source of an alternative reading.
pub fn reading_source(kind: ReadingKind) -> ReadingSource {
    federal::reading(kind)
}

/// The date all packs were last checked against their sources (the latest of them).
pub fn rules_checked() -> &'static str {
    PACKS
        .iter()
        .map(|p| p.checked)
        .max()
        .unwrap_or(federal::PACK.checked)
}
