//! `timeline(case, today)`: every deadline of the contract for one case, as data.
//!
//! Each [`Deadline`] says whose it is, whether it applies (and if not, why; or what is missing),
//! its primary date with the arithmetic behind it, the alternative readings the sources leave
//! open, the earliest date among them, and notes the page explains. Nothing here is English: the
//! page words every field in the family's language.

use chrono::{Datelike, NaiveDate, Weekday};

use super::calendar::{DayCalendar, HolidayDate};
use super::case::{Case, FiledBy, Jurisdiction};
use super::count::{Count, Direction, EngineError, Unit, count, days_between};
use super::ids::{DeadlineId as D, EventId as E};
use super::validate::{Issue, validate};
use crate::rules::{
    self, Owner, Pack, ReadingKind, Rule, RuleSource, Trigger, Variant, Verification, federal,
};

/// Whether a deadline applies to this case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Applies,
    NotApplicable(NotApplicable),
    MissingInput(Missing),
}

impl Status {
    /// The `data-status` hook value.
    pub const fn as_str(&self) -> &'static str {
        match self {
            Status::Applies => "applies",
            Status::NotApplicable(_) => "not-applicable",
            Status::MissingInput(_) => "missing-input",
        }
    }
}

/// Why a deadline does not apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotApplicable {
    /// The district filed; this step belongs to a parent's complaint.
    DistrictFiled,
    /// The parent filed; this step belongs to a district's complaint.
    ParentFiled,
    /// Both sides waived the resolution meeting in writing.
    Waived,
    /// Both sides chose mediation instead of the resolution meeting.
    MediationInstead,
    /// Only on the expedited (discipline) track.
    ExpeditedOnly,
    /// Only on the regular track.
    StandardOnly,
    /// No resolution agreement has been signed.
    NoSettlement,
    /// Only a mediation agreement was signed: it has no cancellation window.
    MediationAgreementOnly,
    /// No written settlement offer was received.
    NoOffer,
    /// Nobody has challenged the complaint as insufficient.
    NoChallenge,
    /// No decision to change the child's placement for discipline.
    NoPlacementChange,
    /// The state has one tier: the hearing decision goes straight to court.
    OneTier,
    /// The state's review is asked for without a notice of intention beforehand.
    NoReviewNotice,
    /// The state sets no court period of its own: the federal one applies to every court.
    NoStateCourtPeriod,
    /// The state's period for its own courts is federal law's (same length, unit and start), so
    /// one date serves every court.
    SameCourtPeriod,
    /// The state sets no shorter limit for reimbursement claims: the filing limit applies.
    NoReimbursementLimit,
    /// No private placement is planned.
    NoPrivatePlacement,
}

impl NotApplicable {
    /// The step does not exist under the state's law as encoded (no state-level review, no
    /// state-court period, no shorter reimbursement limit), as opposed to a step that applies
    /// once something happens.
    pub const fn absent_from_state_law(self) -> bool {
        matches!(
            self,
            NotApplicable::OneTier
                | NotApplicable::NoReviewNotice
                | NotApplicable::NoStateCourtPeriod
                | NotApplicable::SameCourtPeriod
                | NotApplicable::NoReimbursementLimit
        )
    }
}

/// What a deadline that applies still needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    /// The events that would let it be computed.
    pub needs: Vec<E>,
    pub why: MissingWhy,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissingWhy {
    /// A date has not been entered yet.
    NotEntered,
    /// The parent did not take part in the meeting: the clocks wait for it (300.510(b)(3)).
    WaitsForMeeting,
    /// Mediation continues in writing: the 45 days start when a party withdraws (300.510(c)(3)).
    WaitsForWithdrawal,
    /// The count would leave the years the calculator has rules for.
    OutOfRange,
    /// The state's own period has not been confirmed from any source.
    StateRuleUnknown,
}

/// Something the page should say beside a deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// The resolution meeting took place on this date, on time or late.
    MeetingHeld { on: NaiveDate, on_time: bool },
    /// The date entered as the meeting's is after today: it has not happened yet, so the page
    /// cannot say it was held, on time or not.
    MeetingNotYetHeld { on: NaiveDate },
    /// The district did not meet in time: from this date the family may ask the hearing officer
    /// to start the hearing timeline (300.510(b)(5)).
    MayAskHearingOfficer { from: NaiveDate },
    /// A signed agreement ends the case; this date matters only if it is voided or fails.
    AppliesOnlyIfAgreementFails,
    /// 300.511(f): the limit does not apply when the district misled the family or withheld
    /// required information.
    FilingLimitExceptions,
    /// The complaint was filed after the computed limit.
    FiledAfterLimit { filed: NaiveDate },
    /// Courts move a weekend or holiday last day to the next business day (FRCP 6(a)); not used
    /// as the date.
    CourtRollForward { to: NaiveDate },
    /// School days are counted on an assumed calendar; the district's own calendar decides.
    AssumedSchoolCalendar,
    /// The offer came less than 10 days before the hearing, so the fee rule may not apply
    /// (300.517(c)(2)(i)(A)).
    OfferLate,
    /// The clocks restarted with the amended complaint filed on this date.
    RestartedByAmendment { on: NaiveDate },
    /// A written "no agreement" dated after the 30-day period does not change the clock.
    NoAgreementTooLate,
    /// If nobody voids it, the agreement is final the day after this date.
    FinalIfNotVoided { after: NaiveDate },
    /// No extensions exist on the expedited track.
    NoExtensions,
    /// The date the hearing officer ordered the timeline to start, as entered.
    StartedByHearingOfficer,
    /// A district's complaint has no resolution period: the 45 days run from its receipt (state
    /// practice, as New York's education department describes it).
    NoResolutionPeriodForDistrict,
    /// Counted from the decision date because the mailing date the state's rule runs from is not
    /// entered (that date can only be later).
    CountedFromDecisionDate,
    /// Counted from the decision date because the receipt date the state's rule runs from is not
    /// entered (that date can only be later).
    CountedFromDecisionDateUntilReceived,
    /// The family's step was taken: a later event entered shows it (the review decision, for the
    /// request for a state-level review and its notice).
    StepTaken,
    /// A reading of the state's rule counts from the district's act or omission, which is not
    /// entered: that day can come before the one the date is counted from, so the reading may give
    /// an earlier date.
    ActDateMayGiveEarlier,
}

/// Facts about one date: weekday, weekend, holiday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayFacts {
    pub weekday: Weekday,
    pub weekend: bool,
    pub holiday: Option<HolidayDate>,
    /// The last business day before the date (the safe day to act when it is not one).
    pub previous_business_day: Option<NaiveDate>,
    /// A holiday on a weekday between that business day and the date: why the safe day is
    /// earlier than the weekday before.
    pub holiday_between: Option<HolidayDate>,
}

impl DayFacts {
    /// True when the date is not a business day.
    pub const fn non_business(&self) -> bool {
        self.weekend || self.holiday.is_some()
    }

    /// The day to act by for a deadline on `date` (these facts' date): the date itself when it
    /// is a business day, else the last business day before it.
    pub fn safe_day(&self, date: NaiveDate) -> NaiveDate {
        if self.non_business() {
            self.previous_business_day.unwrap_or(date)
        } else {
            date
        }
    }
}

/// An alternative reading of a deadline, with its arithmetic and source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub kind: ReadingKind,
    pub count: Count,
    pub citation: &'static str,
    pub source_url: &'static str,
    pub status: Verification,
}

/// One computed deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub id: D,
    pub owner: Owner,
    /// The rule behind the primary date (or the rule that would apply).
    pub rule: &'static Rule,
    pub source: RuleSource,
    pub status: Status,
    pub primary: Option<Count>,
    pub readings: Vec<Reading>,
    /// The earliest date under any reading (equal to the primary date when there is none).
    pub earliest: Option<NaiveDate>,
    /// The latest date under any reading (the void window's "final" reading).
    pub latest: Option<NaiveDate>,
    /// Whether the family is the one to act by this date: its own deadlines, and the either-side
    /// deadlines where the family acts (not the end of a resolution period, which only passes,
    /// nor the district's chance to challenge the family's complaint).
    pub family_acts: bool,
    /// The day the family should act by, for the deadlines it acts on (`None` for the others):
    /// the earliest date under any reading, or, when that day is not a business day, the last
    /// business day before it (contract section 4: "falls on a Saturday: act by Friday").
    pub act_by: Option<NaiveDate>,
    /// Facts about the primary date (the one the card's headline shows).
    pub day: Option<DayFacts>,
    /// Days from today to `act_by`, or to the primary date when the family does not act
    /// (negative when passed).
    pub days_left: Option<i64>,
    /// Days from today to the primary date (negative when passed): the countdown printed
    /// beside it.
    pub days_to_date: Option<i64>,
    /// The step this deadline is for is over (a later event is entered, such as the hearing
    /// decision): what to do if the date passes no longer applies.
    pub step_over: bool,
    /// The family's own step was taken, as a later event entered shows (a review decision means
    /// the review was asked for): no day to act by, and the card says the step is done.
    pub taken: bool,
    pub notes: Vec<Note>,
}

impl Deadline {
    /// The primary date.
    pub fn date(&self) -> Option<NaiveDate> {
        self.primary.as_ref().map(|c| c.date)
    }

    /// Whether the day to act by has passed (a deadline the family acts on).
    pub fn act_by_passed(&self) -> bool {
        self.act_by.is_some() && self.days_left.is_some_and(|n| n < 0)
    }
}

/// Every deadline of a case, in date order, with the case's issues.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    pub today: NaiveDate,
    pub jurisdiction: Jurisdiction,
    /// The pack used (the federal pack for a state without one).
    pub pack_code: &'static str,
    /// True when the state has no pack of its own yet and the federal rules stand in.
    pub fallback: bool,
    /// True when the state's pack holds only part of its rules (the rest are federal).
    pub partial: bool,
    pub deadlines: Vec<Deadline>,
    pub issues: Vec<Issue>,
    pub rules_checked: &'static str,
}

impl Timeline {
    pub fn get(&self, id: D) -> Option<&Deadline> {
        self.deadlines.iter().find(|d| d.id == id)
    }
    /// The primary date of a deadline, when it has one.
    pub fn date(&self, id: D) -> Option<NaiveDate> {
        self.get(id).and_then(Deadline::date)
    }
}

/// The calendars one case needs.
struct Calendars<'a> {
    business: DayCalendar<'a>,
    business_federal: DayCalendar<'a>,
    business_widest: DayCalendar<'a>,
    holidays_counted: DayCalendar<'a>,
    school: DayCalendar<'a>,
    school_weekdays: DayCalendar<'a>,
}

impl<'a> Calendars<'a> {
    fn new(pack: &'static Pack, case: &'a Case) -> Self {
        let federal: Vec<_> = federal::HOLIDAYS.iter().collect();
        let mut business = federal.clone();
        business.extend(pack.holidays.iter());
        let mut widest = business.clone();
        widest.extend(pack.interpretive_holidays.iter());
        Calendars {
            business: DayCalendar {
                holidays: business,
                shared: Some((pack.code, "business")),
                ..DayCalendar::default()
            },
            business_federal: DayCalendar {
                holidays: federal,
                shared: Some(("US", "business")),
                ..DayCalendar::default()
            },
            business_widest: DayCalendar {
                holidays: widest,
                shared: Some((pack.code, "widest")),
                ..DayCalendar::default()
            },
            holidays_counted: DayCalendar {
                holidays_count: true,
                ..DayCalendar::default()
            },
            school: DayCalendar {
                holidays: pack.school_holidays.iter().collect(),
                closures: &case.school_closures,
                shared: Some((pack.code, "school")),
                ..DayCalendar::default()
            },
            school_weekdays: DayCalendar {
                closures: &case.school_closures,
                ..DayCalendar::default()
            },
        }
    }

    /// The primary calendar for a unit.
    fn for_unit(&self, unit: Unit) -> &DayCalendar<'a> {
        match unit {
            Unit::BusinessDays => &self.business,
            Unit::BusinessDaysHolidaysCounted => &self.holidays_counted,
            Unit::SchoolDays => &self.school,
            Unit::CalendarDays | Unit::Years => &self.business_federal,
        }
    }
}

struct Ctx<'a> {
    case: &'a Case,
    today: NaiveDate,
    pack: &'static Pack,
    cal: Calendars<'a>,
}

/// A deadline under construction.
struct Draft {
    d: Deadline,
}

impl Draft {
    fn new(rule: &'static Rule, source: RuleSource) -> Self {
        Draft {
            d: Deadline {
                id: rule.id,
                owner: rule.owner,
                rule,
                source,
                status: Status::Applies,
                primary: None,
                readings: Vec::new(),
                earliest: None,
                latest: None,
                family_acts: rule.owner.family_acts(),
                act_by: None,
                day: None,
                days_left: None,
                days_to_date: None,
                step_over: false,
                taken: false,
                notes: Vec::new(),
            },
        }
    }
    fn not_applicable(mut self, why: NotApplicable) -> Self {
        self.d.status = Status::NotApplicable(why);
        self
    }
    fn missing(mut self, needs: Vec<E>, why: MissingWhy) -> Self {
        self.d.status = Status::MissingInput(Missing { needs, why });
        self
    }
    fn note(mut self, note: Note) -> Self {
        self.d.notes.push(note);
        self
    }
    fn reading(&mut self, kind: ReadingKind, count: Count) {
        let src = rules::reading_source(kind);
        self.d.readings.push(Reading {
            kind,
            count,
            citation: src.citation,
            source_url: src.source_url,
            status: src.status,
        });
    }
}

fn fed(id: D, variant: Variant) -> &'static Rule {
    // Every (id, variant) used below is in the federal table; a unit test checks it.
    rules::federal_rule(id, variant).unwrap_or(&federal::RULES[0])
}

impl Ctx<'_> {
    fn ev(&self, id: E) -> Option<NaiveDate> {
        self.case
            .events
            .get(id)
            .filter(|d| super::count::in_range(*d))
    }

    /// The amended complaint's filing date, when it restarts the resolution clocks.
    fn amended(&self) -> Option<NaiveDate> {
        let amended = self.ev(E::AmendedComplaintFiled)?;
        match self.ev(E::ComplaintReceived) {
            Some(received) if amended < received => None,
            _ => Some(amended),
        }
    }

    /// A resolution-stage event, unless an amended complaint filed later superseded it.
    fn live(&self, id: E) -> Option<NaiveDate> {
        let date = self.ev(id)?;
        match self.amended() {
            Some(a) if date < a => None,
            _ => Some(date),
        }
    }

    /// The rule that sets the primary date, where it comes from, and the other rules shown beside
    /// it: a verified state rule sets the primary date (the federal rule is then shown beside
    /// it); otherwise the federal rule does, and every state rule (secondary, unverified, or a
    /// second reading where the sources conflict) is shown beside it and feeds the earliest date.
    fn pick(&self, id: D, variant: Variant) -> (&'static Rule, RuleSource, Vec<&'static Rule>) {
        let federal = fed(id, variant);
        let state: Vec<&'static Rule> = self
            .pack
            .overrides
            .iter()
            .filter(|r| r.id == id && r.variant == variant)
            .collect();
        let verified = state
            .iter()
            .position(|r| r.status == Verification::Verified);
        match verified {
            // Counted from its own trigger, or waiting for it: it sets the date.
            Some(i) if !self.counted_from_stand_in(state[i]) => {
                let mut others = vec![federal];
                others.extend(
                    state
                        .iter()
                        .enumerate()
                        .filter(|(j, _)| *j != i)
                        .map(|(_, r)| *r),
                );
                (state[i], RuleSource::State, others)
            }
            // A verified state rule counted from a mailing or receipt date not entered yet: shown
            // beside the federal rule, counted from the decision date (never later than its own).
            Some(_) => (federal, RuleSource::Federal, state),
            None if !state.is_empty() => (federal, RuleSource::StateUnverified, state),
            None => (federal, RuleSource::Federal, Vec::new()),
        }
    }

    /// Whether a rule can be counted now only from the decision date standing in for its own,
    /// not yet entered, trigger (see [`Self::reading_trigger`]).
    fn counted_from_stand_in(&self, rule: &Rule) -> bool {
        self.reading_trigger(rule, None)
            .is_some_and(|(_, stand_in)| stand_in)
    }

    fn trigger_date(&self, trigger: Trigger, chained: Option<NaiveDate>) -> Option<NaiveDate> {
        match trigger {
            Trigger::Event(e) => self.ev(e),
            Trigger::Deadline(_) => chained,
        }
    }

    /// The trigger date of a state rule shown beside the primary one. A period that runs from the
    /// mailing or the receipt of the decision is counted from the decision date while those are
    /// not entered: the decision is never mailed or received before it is issued, so that date is
    /// never later than the rule's own.
    fn reading_trigger(
        &self,
        rule: &Rule,
        chained: Option<NaiveDate>,
    ) -> Option<(NaiveDate, bool)> {
        if let Some(date) = self.trigger_date(rule.trigger, chained) {
            return Some((date, false));
        }
        match rule.trigger {
            Trigger::Event(E::DecisionMailed | E::DecisionReceived) => {
                self.ev(E::DecisionIssued).map(|d| (d, true))
            }
            _ => None,
        }
    }

    fn run(
        &self,
        rule: &Rule,
        trigger: NaiveDate,
        cal: &DayCalendar<'_>,
        trigger_day_counts: bool,
    ) -> Result<Count, EngineError> {
        count(
            cal,
            trigger,
            rule.period,
            rule.unit,
            rule.direction,
            trigger_day_counts,
        )
    }

    /// Computes a deadline from its rule: primary date, and the other rules' readings.
    fn compute(&self, id: D, variant: Variant, chained: Option<NaiveDate>) -> Draft {
        let (rule, source, others) = self.pick(id, variant);
        let mut draft = Draft::new(rule, source);
        let Some(trigger) = self.trigger_date(rule.trigger, chained) else {
            let needs = match rule.trigger {
                Trigger::Event(e) => vec![e],
                Trigger::Deadline(_) => vec![E::ComplaintReceived],
            };
            return draft.missing(needs, MissingWhy::NotEntered);
        };
        match self.run(rule, trigger, self.cal.for_unit(rule.unit), false) {
            Ok(c) => draft.d.primary = Some(c),
            Err(EngineError::OutOfRange) => {
                return draft.missing(vec![], MissingWhy::OutOfRange);
            }
        }
        self.add_readings(&mut draft, &others, Some(fed(id, variant)), chained);
        draft
    }

    /// Counts each rule of `others` and shows it beside the primary date, labelled by where it
    /// comes from: the federal rule, a state rule (verified or not), or a state rule counted from
    /// the decision date standing in for its trigger. A rule that cannot be counted yet is left
    /// out.
    fn add_readings(
        &self,
        draft: &mut Draft,
        others: &[&'static Rule],
        federal: Option<&'static Rule>,
        chained: Option<NaiveDate>,
    ) {
        for other in others {
            let Some((t, stand_in)) = self.reading_trigger(other, chained) else {
                let note = Note::ActDateMayGiveEarlier;
                if other.trigger == Trigger::Event(E::ActOrOmission)
                    && !draft.d.notes.contains(&note)
                {
                    draft.d.notes.push(note);
                }
                continue;
            };
            let Ok(count) = self.run(other, t, self.cal.for_unit(other.unit), false) else {
                continue;
            };
            let kind = if federal.is_some_and(|f| std::ptr::eq(*other, f)) {
                ReadingKind::FederalDefault
            } else if stand_in && other.trigger == Trigger::Event(E::DecisionReceived) {
                ReadingKind::StateRuleFromDecisionDateUntilReceived
            } else if stand_in {
                ReadingKind::StateRuleFromDecisionDate
            } else if other.status == Verification::Verified {
                ReadingKind::StateRuleVerified
            } else {
                ReadingKind::StateRule
            };
            draft.d.readings.push(Reading {
                kind,
                count,
                citation: other.citation,
                source_url: other.source_url,
                status: other.status,
            });
        }
    }

    fn finish(&self, draft: Draft) -> Deadline {
        let mut d = draft.d;
        d.family_acts = self.family_acts(&d);
        d.step_over = self.step_over(d.id);
        d.taken = d.family_acts && self.taken(d.id);
        if d.status != Status::Applies {
            d.primary = None;
            d.readings.clear();
            return d;
        }
        let Some(primary) = d.date() else { return d };
        let dates = d.readings.iter().map(|r| r.count.date).chain([primary]);
        d.earliest = dates.clone().min();
        d.latest = dates.max();
        let day = self.facts(primary);
        d.act_by = d.earliest.filter(|_| d.family_acts).map(|e| {
            if e == primary {
                day.safe_day(e)
            } else {
                self.facts(e).safe_day(e)
            }
        });
        if d.taken {
            d.act_by = None;
            d.notes.push(Note::StepTaken);
        }
        d.day = Some(day);
        d.days_left = Some(days_between(self.today, d.act_by.unwrap_or(primary)));
        d.days_to_date = Some(days_between(self.today, primary));
        d
    }

    /// Whether the step of a deadline the family does not act on is over: an event entered that
    /// comes after it (the meeting held by today, the hearing begun, the decision issued, an
    /// agreement signed).
    fn step_over(&self, id: D) -> bool {
        let any = |events: &[E]| events.iter().any(|e| self.ev(*e).is_some());
        let decided = any(&[E::DecisionIssued, E::DecisionMailed, E::DecisionReceived]);
        let heard = decided || any(&[E::HearingStart, E::HearingEnded]);
        let settled = any(&[E::SettlementSigned, E::MediationAgreementSigned]);
        match id {
            D::SufficiencyChallenge => heard || any(&[E::SufficiencyNoticeReceived]),
            D::ResolutionMeeting | D::ExpeditedResolutionMeeting => {
                heard
                    || settled
                    || self
                        .live(E::ResolutionMeetingHeld)
                        .is_some_and(|held| held <= self.today)
            }
            D::ResolutionPeriodEnd | D::ExpeditedResolutionPeriodEnd => heard || settled,
            D::ExpeditedHearing => heard,
            _ => decided,
        }
    }

    /// Whether a later event entered shows that the family took the step of deadline `id`: a
    /// review decision exists only if the review was asked for (and, where a state asks for it,
    /// the notice of intention served).
    fn taken(&self, id: D) -> bool {
        matches!(id, D::StateReviewRequest | D::StateReviewNotice)
            && self.ev(E::ReviewDecisionIssued).is_some()
    }

    /// Whether the family acts by a deadline: its own; an either-side deadline unless it only
    /// passes (the end of a resolution period) or belongs to the district in this case (the
    /// district's challenge to the family's complaint).
    fn family_acts(&self, d: &Deadline) -> bool {
        match (d.owner, d.id) {
            (Owner::Family, _) => true,
            (Owner::Either, D::ResolutionPeriodEnd | D::ExpeditedResolutionPeriodEnd) => false,
            (Owner::Either, D::SufficiencyChallenge) => !self.parent_filed(),
            (Owner::Either, _) => true,
            (Owner::District | Owner::HearingOfficer, _) => false,
        }
    }

    fn facts(&self, date: NaiveDate) -> DayFacts {
        let previous_business_day = count(
            &self.cal.business,
            date,
            1,
            Unit::BusinessDays,
            Direction::Before,
            false,
        )
        .ok()
        .map(|c| c.date);
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        // The holidays the card counts with (one holiday reading per card): a day that only
        // the widest reading treats as a holiday (California's day after Thanksgiving) is a
        // business day in the card's arithmetic, so it is not flagged as a holiday either.
        let holiday = self.cal.business.holiday_on(date);
        // Only a date that is not a business day is flagged with the day before it.
        let flagged = weekend || holiday.is_some();
        let holiday_between = previous_business_day
            .filter(|_| flagged)
            .and_then(|before| {
                before
                    .iter_days()
                    .skip(1)
                    .take_while(|d| *d < date)
                    .find_map(|d| self.cal.business.holiday_on(d))
            });
        DayFacts {
            weekday: date.weekday(),
            weekend,
            holiday,
            previous_business_day,
            holiday_between,
        }
    }

    /// The next business day on or after `date` (court roll-forward, shown as a note only).
    fn roll_forward(&self, date: NaiveDate) -> Option<NaiveDate> {
        let mut d = date;
        for _ in 0..10 {
            if self.cal.business.check(d).is_ok() {
                return Some(d);
            }
            d = d.succ_opt()?;
        }
        None
    }

    fn parent_filed(&self) -> bool {
        self.case.filed_by == FiledBy::Parent
    }

    fn waived(&self) -> bool {
        self.live(E::ResolutionWaived).is_some()
    }

    fn mediation_instead(&self) -> bool {
        self.live(E::MediationChosen).is_some()
    }
}

/// Where a deadline goes on the line: those that apply, then those waiting for a date, then
/// those that do not apply; by date (the day to act by first, no date first) within each; ties
/// by id. Packed into one number, so that sorting compares integers: bits 48 and up hold the
/// rank, bits 8 to 47 the day (0 for none, else 1 plus its distance from the year 1 after
/// shifting it positive), bits 0 to 7 the id.
fn line_order(d: &Deadline) -> u64 {
    let rank: u64 = match d.status {
        Status::Applies => 0,
        Status::MissingInput(_) => 1,
        Status::NotApplicable(_) => 2,
    };
    order_key(rank, d.act_by.or(d.date()), d.id)
}

/// The number [`line_order`] packs: ordered as the tuple `(rank, day, id)` is.
fn order_key(rank: u64, day: Option<NaiveDate>, id: D) -> u64 {
    let day = day.map_or(0, |date| {
        // Every NaiveDate's day number fits in 32 bits either side of zero.
        (i64::from(date.num_days_from_ce()) + (1 << 32) + 1) as u64
    });
    (rank << 48) | (day << 8) | id.index() as u64
}

/// Computes every deadline of the contract for `case`, as of `today`.
///
/// Never panics: missing or inconsistent input gives [`Status::MissingInput`] deadlines and
/// [`Issue`]s, not errors.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use due_process_calculator::engine::{case::Case, ids::{DeadlineId, EventId}, timeline};
/// let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let case = Case::default().with(EventId::ComplaintReceived, ymd(2025, 8, 29));
/// let t = timeline(&case, ymd(2025, 9, 1));
/// assert_eq!(t.date(DeadlineId::HearingDecision), Some(ymd(2025, 11, 12)));
/// ```
pub fn timeline(case: &Case, today: NaiveDate) -> Timeline {
    let (pack, fallback) = rules::pack_for(case.jurisdiction);
    let ctx = Ctx {
        case,
        today,
        pack,
        cal: Calendars::new(pack, case),
    };
    let drafts = [
        filing_limit(&ctx),
        district_response(&ctx),
        response_to_complaint(&ctx),
        sufficiency_challenge(&ctx),
        sufficiency_ruling(&ctx),
        resolution_meeting(&ctx),
        resolution_period_end(&ctx),
        hearing_decision(&ctx),
        settlement_void_window(&ctx),
        settlement_offer_response(&ctx),
        amendment_cutoff(&ctx),
        evidence_disclosure(&ctx),
        civil_action(&ctx),
        expedited_resolution_meeting(&ctx),
        expedited_resolution_period_end(&ctx),
        expedited_hearing(&ctx),
        expedited_decision(&ctx),
        manifestation_determination(&ctx),
        private_placement_notice(&ctx),
        state_review_request(&ctx),
        state_review_notice(&ctx),
        civil_action_state_court(&ctx),
        civil_action_federal_court(&ctx),
        reimbursement_claim_limit(&ctx),
    ];
    let deadlines: Vec<Deadline> = drafts.into_iter().map(|d| ctx.finish(d)).collect();
    // Sorted through a list of keys: a deadline is a few hundred bytes, and sorting the
    // deadlines themselves moved each one many times (the engine benchmark measured the copying
    // at about a tenth of a timeline's cost). The keys are unique (the id is last).
    let mut order: Vec<_> = deadlines.iter().map(line_order).zip(0..).collect();
    crate::sort::sort_by(&mut order, Ord::cmp);
    let mut slots: Vec<Option<Deadline>> = deadlines.into_iter().map(Some).collect();
    let deadlines = order
        .into_iter()
        .filter_map(|(_, i)| slots.get_mut(i).and_then(Option::take))
        .collect();
    Timeline {
        today,
        jurisdiction: case.jurisdiction,
        pack_code: pack.code,
        fallback,
        // The page's warning names the fields not checked; a pack with none left carries none.
        partial: !fallback && !pack.complete && pack.unchecked().next().is_some(),
        deadlines,
        issues: validate(case, today),
        rules_checked: rules::rules_checked(),
    }
}

fn filing_limit(ctx: &Ctx<'_>) -> Draft {
    let mut draft = ctx
        .compute(D::FilingLimit, Variant::Standard, None)
        .note(Note::FilingLimitExceptions);
    let Some(primary) = draft.d.date() else {
        return draft;
    };
    let rule = draft.d.rule;
    // Two years as 730 days, from the same day as the two years (the day the family knew, or the
    // state's own trigger, such as Oregon's act or omission).
    if (rule.period, rule.unit) == (2, Unit::Years)
        && let Some(from) = ctx.trigger_date(rule.trigger, None)
        && let Ok(c) = count(
            &ctx.cal.business_federal,
            from,
            730,
            Unit::CalendarDays,
            Direction::After,
            false,
        )
        && c.date < primary
    {
        draft.reading(ReadingKind::TwoYearsAs730Days, c);
    }
    if let Some(notice) = ctx.ev(E::DistrictDecisionNotice)
        && let Ok(c) = ctx.run(rule, notice, &ctx.cal.business_federal, false)
        && c.date < primary
    {
        draft.reading(ReadingKind::FromDistrictNotice, c);
    }
    let earliest = draft
        .d
        .readings
        .iter()
        .map(|r| r.count.date)
        .chain([primary])
        .min()
        .unwrap_or(primary);
    if let Some(filed) = ctx.ev(E::ComplaintFiled)
        && filed > earliest
    {
        draft = draft.note(Note::FiledAfterLimit { filed });
    }
    draft
}

fn district_response(ctx: &Ctx<'_>) -> Draft {
    let draft = ctx.compute(D::DistrictResponse, Variant::Standard, None);
    if ctx.parent_filed() {
        draft
    } else {
        draft.not_applicable(NotApplicable::DistrictFiled)
    }
}

fn response_to_complaint(ctx: &Ctx<'_>) -> Draft {
    let draft = ctx.compute(D::ResponseToComplaint, Variant::Standard, None);
    if ctx.parent_filed() {
        draft.not_applicable(NotApplicable::ParentFiled)
    } else {
        draft
    }
}

fn sufficiency_challenge(ctx: &Ctx<'_>) -> Draft {
    ctx.compute(D::SufficiencyChallenge, Variant::Standard, None)
}

fn sufficiency_ruling(ctx: &Ctx<'_>) -> Draft {
    let draft = ctx.compute(D::SufficiencyRuling, Variant::Standard, None);
    if ctx.ev(E::SufficiencyNoticeReceived).is_none() {
        return draft.not_applicable(NotApplicable::NoChallenge);
    }
    draft
}

/// The trigger variant of the resolution clocks: restarted by an amended complaint, or not.
fn resolution_variant(ctx: &Ctx<'_>) -> Variant {
    if ctx.amended().is_some() {
        Variant::Amended
    } else {
        Variant::Standard
    }
}

/// Whether the case is in New York, the one state whose own wording counts the day of receipt
/// as day 1 of the resolution clocks (NYSED). A reading drawn from one state's guidance applies
/// in that state only (contract section 4; research/round6-date-story.md).
fn receipt_day_counts(ctx: &Ctx<'_>) -> bool {
    ctx.case.jurisdiction.state() == Some(*b"NY")
}

/// Adds the receipt-day-is-day-1 reading to a resolution clock, in New York only.
fn receipt_day_reading(ctx: &Ctx<'_>, draft: &mut Draft) {
    if !receipt_day_counts(ctx) {
        return;
    }
    let Some(primary) = draft.d.primary.as_ref() else {
        return;
    };
    let (trigger, period) = (primary.trigger_date, primary.period);
    if let Ok(c) = count(
        &ctx.cal.business_federal,
        trigger,
        period,
        Unit::CalendarDays,
        Direction::After,
        true,
    ) {
        draft.reading(ReadingKind::ReceiptDayIsDayOne, c);
    }
}

fn amendment_note(ctx: &Ctx<'_>, draft: Draft) -> Draft {
    match ctx.amended() {
        Some(on) => draft.note(Note::RestartedByAmendment { on }),
        None => draft,
    }
}

fn resolution_meeting(ctx: &Ctx<'_>) -> Draft {
    let mut draft = ctx.compute(D::ResolutionMeeting, resolution_variant(ctx), None);
    if !ctx.case.track.has_standard() {
        return draft.not_applicable(NotApplicable::ExpeditedOnly);
    }
    if !ctx.parent_filed() {
        return draft.not_applicable(NotApplicable::DistrictFiled);
    }
    if ctx.waived() {
        return draft.not_applicable(NotApplicable::Waived);
    }
    if ctx.mediation_instead() {
        return draft.not_applicable(NotApplicable::MediationInstead);
    }
    receipt_day_reading(ctx, &mut draft);
    if let Some(due) = draft.d.date() {
        if let Some(held) = ctx.live(E::ResolutionMeetingHeld) {
            draft = draft.note(held_note(ctx, held, due));
        }
        if let Some(from) = may_ask_hearing_officer(ctx, due) {
            draft = draft.note(Note::MayAskHearingOfficer { from });
        }
    }
    amendment_note(ctx, draft)
}

/// What the page says of a meeting entered as held on `held`, due by `due`: held on time or
/// late, or, when the date is after today, not held yet.
fn held_note(ctx: &Ctx<'_>, held: NaiveDate, due: NaiveDate) -> Note {
    if held > ctx.today {
        Note::MeetingNotYetHeld { on: held }
    } else {
        Note::MeetingHeld {
            on: held,
            on_time: held <= due,
        }
    }
}

/// The day from which the family may ask the hearing officer to start the hearing timeline
/// because the district did not hold the meeting within 15 days (300.510(b)(5)), if that is
/// the case: no meeting held by `due`, no mediation instead, and either the family says the
/// district missed it or `due` has passed.
fn may_ask_hearing_officer(ctx: &Ctx<'_>, due: NaiveDate) -> Option<NaiveDate> {
    let met = ctx.live(E::ResolutionMeetingHeld).is_some_and(|h| h <= due);
    let missed = ctx.live(E::DistrictMissedMeeting).is_some() || ctx.today > due;
    // Once the hearing has begun or been decided, asking to start its timeline is over.
    let over = [E::HearingStart, E::HearingEnded, E::DecisionIssued]
        .iter()
        .any(|e| ctx.ev(*e).is_some());
    if met || over || ctx.mediation_instead() || !missed {
        return None;
    }
    due.succ_opt()
}

fn resolution_period_end(ctx: &Ctx<'_>) -> Draft {
    let mut draft = ctx.compute(D::ResolutionPeriodEnd, resolution_variant(ctx), None);
    if !ctx.case.track.has_standard() {
        return draft.not_applicable(NotApplicable::ExpeditedOnly);
    }
    if !ctx.parent_filed() {
        return draft.not_applicable(NotApplicable::DistrictFiled);
    }
    if ctx.waived() {
        return draft.not_applicable(NotApplicable::Waived);
    }
    if parent_missed_without_meeting(ctx) {
        return draft.missing(vec![E::ResolutionMeetingHeld], MissingWhy::WaitsForMeeting);
    }
    receipt_day_reading(ctx, &mut draft);
    amendment_note(ctx, draft)
}

fn parent_missed_without_meeting(ctx: &Ctx<'_>) -> bool {
    ctx.live(E::ParentMissedMeeting).is_some() && ctx.live(E::ResolutionMeetingHeld).is_none()
}

fn hearing_decision(ctx: &Ctx<'_>) -> Draft {
    let draft = hearing_decision_branch(ctx);
    let draft = if !ctx.case.track.has_standard() {
        draft.not_applicable(NotApplicable::ExpeditedOnly)
    } else {
        draft
    };
    if ctx.ev(E::SettlementSigned).is_some() || ctx.ev(E::MediationAgreementSigned).is_some() {
        draft.note(Note::AppliesOnlyIfAgreementFails)
    } else {
        draft
    }
}

/// The 45-day decision, in the order of contract section 4.
fn hearing_decision_branch(ctx: &Ctx<'_>) -> Draft {
    use Variant::*;
    if ctx.ev(E::DecisionDueExtendedTo).is_some() {
        return ctx.compute(D::HearingDecision, Extension, None);
    }
    if ctx.live(E::HearingTimelineStarted).is_some() {
        return ctx
            .compute(D::HearingDecision, HearingOfficerStart, None)
            .note(Note::StartedByHearingOfficer);
    }
    if !ctx.parent_filed() {
        // Cited to the regulation and worded as a precaution in every state: New York's page
        // that describes this reading is a state's guidance (research/round6-date-story.md).
        return ctx
            .compute(D::HearingDecision, DistrictFiled, None)
            .note(Note::NoResolutionPeriodForDistrict);
    }
    if ctx.waived() {
        return amendment_note(ctx, ctx.compute(D::HearingDecision, Waiver, None));
    }
    // The 30-day period, to test a written "no agreement" against its last day.
    let period = ctx.compute(D::ResolutionPeriodEnd, resolution_variant(ctx), None);
    let period_end = period.d.date();
    let mut late_no_agreement = false;
    if let Some(no_agreement) = ctx.live(E::NoAgreementInWriting) {
        if period_end.is_some_and(|end| no_agreement <= end) {
            return amendment_note(ctx, ctx.compute(D::HearingDecision, NoAgreement, None));
        }
        late_no_agreement = true;
    }
    if ctx.live(E::MediationContinuedInWriting).is_some() {
        let draft = ctx.compute(D::HearingDecision, MediationWithdrawn, None);
        if ctx.live(E::MediationWithdrawn).is_none() {
            return draft.missing(vec![E::MediationWithdrawn], MissingWhy::WaitsForWithdrawal);
        }
        return amendment_note(ctx, draft);
    }
    if parent_missed_without_meeting(ctx) {
        return ctx
            .compute(D::HearingDecision, Standard, period_end)
            .missing(vec![E::ResolutionMeetingHeld], MissingWhy::WaitsForMeeting);
    }
    let mut draft = ctx.compute(D::HearingDecision, Standard, period_end);
    if period_end.is_none() {
        return draft;
    }
    // The receipt-day reading moves the end of the 30 days, and so the 45 after it.
    let mut early_period = period;
    receipt_day_reading(ctx, &mut early_period);
    if let Some(r) = early_period.d.readings.first()
        && let Ok(c) = count(
            &ctx.cal.business_federal,
            r.count.date,
            45,
            Unit::CalendarDays,
            Direction::After,
            false,
        )
    {
        draft.reading(ReadingKind::ReceiptDayIsDayOne, c);
    }
    if late_no_agreement {
        draft = draft.note(Note::NoAgreementTooLate);
    }
    if let Some(due) = ctx
        .compute(D::ResolutionMeeting, resolution_variant(ctx), None)
        .d
        .date()
        && let Some(from) = may_ask_hearing_officer(ctx, due)
    {
        draft = draft.note(Note::MayAskHearingOfficer { from });
    }
    amendment_note(ctx, draft)
}

fn settlement_void_window(ctx: &Ctx<'_>) -> Draft {
    let mut draft = ctx.compute(D::SettlementVoidWindow, Variant::Standard, None);
    let Some(signed) = ctx.ev(E::SettlementSigned) else {
        if ctx.ev(E::MediationAgreementSigned).is_some() {
            return draft.not_applicable(NotApplicable::MediationAgreementOnly);
        }
        return draft.not_applicable(NotApplicable::NoSettlement);
    };
    let rule = draft.d.rule;
    if let Ok(c) = ctx.run(rule, signed, &ctx.cal.business_federal, true)
        && Some(c.date) != draft.d.date()
    {
        draft.reading(ReadingKind::FederalHolidaysSigningDayCounts, c);
    }
    if let Ok(c) = ctx.run(rule, signed, &ctx.cal.business_widest, false)
        && Some(c.date) != draft.d.date()
    {
        draft.reading(ReadingKind::WidestHolidays, c);
    }
    let latest = draft
        .d
        .readings
        .iter()
        .map(|r| r.count.date)
        .chain(draft.d.date())
        .max();
    match latest {
        Some(after) => draft.note(Note::FinalIfNotVoided { after }),
        None => draft,
    }
}

fn settlement_offer_response(ctx: &Ctx<'_>) -> Draft {
    let draft = ctx.compute(D::SettlementOfferResponse, Variant::Standard, None);
    let Some(offer) = ctx.ev(E::SettlementOfferReceived) else {
        return draft.not_applicable(NotApplicable::NoOffer);
    };
    match ctx.ev(E::HearingStart) {
        Some(hearing) if days_between(offer, hearing) <= 10 => draft.note(Note::OfferLate),
        _ => draft,
    }
}

fn amendment_cutoff(ctx: &Ctx<'_>) -> Draft {
    ctx.compute(D::AmendmentCutoff, Variant::Standard, None)
}

fn evidence_disclosure(ctx: &Ctx<'_>) -> Draft {
    let mut draft = ctx.compute(D::EvidenceDisclosure, Variant::Standard, None);
    // Counted backward, a holiday the state's list leaves out moves the date later: the widest
    // reading (every holiday any source names) gives the safe, earlier date.
    if let Some(hearing) = ctx.ev(E::HearingStart)
        && let Ok(c) = ctx.run(draft.d.rule, hearing, &ctx.cal.business_widest, false)
        && Some(c.date) != draft.d.date()
    {
        draft.reading(ReadingKind::WidestHolidays, c);
    }
    if let Some(hearing) = ctx.ev(E::HearingStart)
        && let Ok(c) = count(
            &ctx.cal.business,
            hearing,
            6,
            Unit::BusinessDays,
            Direction::Before,
            false,
        )
    {
        draft.reading(ReadingKind::FiveFullBusinessDaysBetween, c);
    }
    draft
}

fn civil_action(ctx: &Ctx<'_>) -> Draft {
    let variant = if ctx.pack.two_tier {
        Variant::AfterReview
    } else {
        Variant::Standard
    };
    let mut draft = ctx.compute(D::CivilAction, variant, None);
    add_sooner_state_court(ctx, &mut draft);
    if let Some(date) = draft.d.date()
        && let Some(to) = ctx.roll_forward(date).filter(|to| *to != date)
    {
        draft = draft.note(Note::CourtRollForward { to });
    }
    draft
}

/// The general court deadline speaks for every court: where a state court's own period (counted
/// as on its own line, from the decision date while the mailing or receipt is not entered) ends
/// before every date the card gives, it is shown as a reading, so that the card's earliest date
/// and "act by" day are never later than the state court's.
fn add_sooner_state_court(ctx: &Ctx<'_>, draft: &mut Draft) {
    let Some(primary) = draft.d.date() else {
        return;
    };
    let mut earliest = draft
        .d
        .readings
        .iter()
        .map(|r| r.count.date)
        .fold(primary, NaiveDate::min);
    for rule in ctx
        .pack
        .overrides
        .iter()
        .filter(|r| r.id == D::CivilActionStateCourt)
    {
        let Some((trigger, _)) = ctx.reading_trigger(rule, None) else {
            continue;
        };
        let Ok(count) = ctx.run(rule, trigger, ctx.cal.for_unit(rule.unit), false) else {
            continue;
        };
        if count.date < earliest {
            earliest = count.date;
            draft.d.readings.push(Reading {
                kind: ReadingKind::StateCourtPeriod,
                count,
                citation: rule.citation,
                source_url: rule.source_url,
                status: rule.status,
            });
        }
    }
}

/// The last day to ask for the state-level review of a hearing decision, in a two-tier state.
/// Federal law leaves this period to the state.
fn state_review_request(ctx: &Ctx<'_>) -> Draft {
    let none = if ctx.pack.two_tier {
        Err(MissingWhy::StateRuleUnknown)
    } else {
        Ok(NotApplicable::OneTier)
    };
    state_only(
        ctx,
        D::StateReviewRequest,
        &federal::STATE_REVIEW_UNKNOWN,
        none,
    )
}

/// The last day to serve a notice of intention to seek the state-level review, in a two-tier
/// state whose rules require one before the review request (New York, 8 NYCRR 279.2(b)).
fn state_review_notice(ctx: &Ctx<'_>) -> Draft {
    let none = if ctx.pack.two_tier {
        NotApplicable::NoReviewNotice
    } else {
        NotApplicable::OneTier
    };
    state_only(
        ctx,
        D::StateReviewNotice,
        &federal::NO_REVIEW_NOTICE,
        Ok(none),
    )
}

/// The last day to file in state court, where the state sets its own period.
fn civil_action_state_court(ctx: &Ctx<'_>) -> Draft {
    let none = Ok(NotApplicable::NoStateCourtPeriod);
    state_only(
        ctx,
        D::CivilActionStateCourt,
        &federal::NO_STATE_COURT_PERIOD,
        none,
    )
}

/// The last day to claim reimbursement of a private placement, where a state sets a limit
/// shorter than its filing limit (counted from the first day at the private school).
fn reimbursement_claim_limit(ctx: &Ctx<'_>) -> Draft {
    let draft = state_only(
        ctx,
        D::ReimbursementClaimLimit,
        &federal::NO_REIMBURSEMENT_LIMIT,
        Ok(NotApplicable::NoReimbursementLimit),
    );
    let placement = ctx.ev(E::PrivatePlacementPlanned).is_some()
        || ctx.ev(E::PrivatePlacementStarted).is_some();
    if placement || matches!(draft.d.status, Status::NotApplicable(_)) {
        draft
    } else {
        draft.not_applicable(NotApplicable::NoPrivatePlacement)
    }
}

/// The last day to file in federal court, shown where the state's own court period differs
/// from it (contract section 3): a state-court period of the same length, unit and start as
/// federal law's gives no second date.
fn civil_action_federal_court(ctx: &Ctx<'_>) -> Draft {
    let variant = if ctx.pack.two_tier {
        Variant::AfterReview
    } else {
        Variant::Standard
    };
    let draft = ctx.compute(D::CivilActionFederalCourt, variant, None);
    let federal = fed(D::CivilActionFederalCourt, variant);
    let count = |r: &Rule| (r.period, r.unit, r.trigger, r.direction);
    let mut state_periods = ctx
        .pack
        .overrides
        .iter()
        .filter(|r| r.id == D::CivilActionStateCourt)
        .peekable();
    if state_periods.peek().is_none() {
        draft.not_applicable(NotApplicable::NoStateCourtPeriod)
    } else if state_periods.all(|r| count(r) == count(federal)) {
        draft.not_applicable(NotApplicable::SameCourtPeriod)
    } else {
        draft
    }
}

/// A deadline that only a state's rules set (no federal period exists): the state's rule gives
/// the date whatever its status (labelled), a verified rule first; the others are shown beside
/// it. Without a state rule: `none` says why (not applicable, or not computable).
fn state_only(
    ctx: &Ctx<'_>,
    id: D,
    placeholder: &'static Rule,
    none: Result<NotApplicable, MissingWhy>,
) -> Draft {
    let rules: Vec<&'static Rule> = ctx.pack.overrides.iter().filter(|r| r.id == id).collect();
    let first = rules
        .iter()
        .position(|r| r.status == Verification::Verified)
        .unwrap_or(0);
    let Some(rule) = rules.get(first).copied() else {
        let draft = Draft::new(placeholder, RuleSource::StateUnverified);
        return match none {
            Ok(why) => draft.not_applicable(why),
            Err(why) => draft.missing(vec![], why),
        };
    };
    let source = if rule.status == Verification::Verified {
        RuleSource::State
    } else {
        RuleSource::StateUnverified
    };
    let mut draft = Draft::new(rule, source);
    let Some((trigger, stand_in)) = ctx.reading_trigger(rule, None) else {
        let needs = match rule.trigger {
            Trigger::Event(e) => vec![e],
            Trigger::Deadline(_) => vec![],
        };
        return draft.missing(needs, MissingWhy::NotEntered);
    };
    match ctx.run(rule, trigger, ctx.cal.for_unit(rule.unit), false) {
        Ok(c) => draft.d.primary = Some(c),
        Err(EngineError::OutOfRange) => return draft.missing(vec![], MissingWhy::OutOfRange),
    }
    if stand_in {
        draft = draft.note(if rule.trigger == Trigger::Event(E::DecisionReceived) {
            Note::CountedFromDecisionDateUntilReceived
        } else {
            Note::CountedFromDecisionDate
        });
    }
    let others: Vec<&'static Rule> = rules
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != first)
        .map(|(_, r)| *r)
        .collect();
    ctx.add_readings(&mut draft, &others, None, None);
    draft
}

fn expedited_only(ctx: &Ctx<'_>, draft: Draft) -> Draft {
    if ctx.case.track.has_expedited() {
        draft
    } else {
        draft.not_applicable(NotApplicable::StandardOnly)
    }
}

fn expedited_resolution_meeting(ctx: &Ctx<'_>) -> Draft {
    let draft = expedited_only(
        ctx,
        ctx.compute(D::ExpeditedResolutionMeeting, Variant::Standard, None),
    );
    if !ctx.parent_filed() {
        return draft.not_applicable(NotApplicable::DistrictFiled);
    }
    if ctx.ev(E::ResolutionWaived).is_some() {
        return draft.not_applicable(NotApplicable::Waived);
    }
    if ctx.ev(E::MediationChosen).is_some() {
        return draft.not_applicable(NotApplicable::MediationInstead);
    }
    match (ctx.ev(E::ResolutionMeetingHeld), draft.d.date()) {
        (Some(on), Some(due)) => {
            let note = held_note(ctx, on, due);
            draft.note(note)
        }
        _ => draft,
    }
}

fn expedited_resolution_period_end(ctx: &Ctx<'_>) -> Draft {
    let draft = expedited_only(
        ctx,
        ctx.compute(D::ExpeditedResolutionPeriodEnd, Variant::Standard, None),
    );
    if !ctx.parent_filed() {
        return draft.not_applicable(NotApplicable::DistrictFiled);
    }
    draft
}

/// A school-day deadline: the assumed calendar, and every weekday as the earliest reading.
fn school_day_deadline(ctx: &Ctx<'_>, mut draft: Draft) -> Draft {
    if let Some(primary) = draft.d.primary.clone()
        && let Ok(c) = count(
            &ctx.cal.school_weekdays,
            primary.trigger_date,
            primary.period,
            Unit::SchoolDays,
            primary.direction,
            false,
        )
        && c.date != primary.date
    {
        draft.reading(ReadingKind::EveryWeekdayIsSchoolDay, c);
    }
    draft.note(Note::AssumedSchoolCalendar)
}

fn expedited_hearing(ctx: &Ctx<'_>) -> Draft {
    let variant = if ctx.ev(E::ComplaintFiled).is_some() {
        Variant::Standard
    } else {
        Variant::Fallback
    };
    let mut draft = ctx.compute(D::ExpeditedHearing, variant, None);
    if let Status::MissingInput(m) = &mut draft.d.status {
        m.needs = vec![E::ComplaintFiled];
    }
    let draft = school_day_deadline(ctx, draft).note(Note::NoExtensions);
    expedited_only(ctx, draft)
}

fn expedited_decision(ctx: &Ctx<'_>) -> Draft {
    let variant = if ctx.ev(E::HearingEnded).is_some() {
        Variant::Standard
    } else {
        Variant::Fallback
    };
    let mut draft = ctx.compute(D::ExpeditedDecision, variant, None);
    if let Status::MissingInput(m) = &mut draft.d.status {
        m.needs = vec![E::HearingEnded];
    }
    let draft = school_day_deadline(ctx, draft).note(Note::NoExtensions);
    expedited_only(ctx, draft)
}

fn manifestation_determination(ctx: &Ctx<'_>) -> Draft {
    let draft = school_day_deadline(
        ctx,
        ctx.compute(D::ManifestationDetermination, Variant::Standard, None),
    );
    if ctx.ev(E::PlacementChangeDecided).is_none() && !ctx.case.track.has_expedited() {
        return draft.not_applicable(NotApplicable::NoPlacementChange);
    }
    draft
}

fn private_placement_notice(ctx: &Ctx<'_>) -> Draft {
    let draft = ctx.compute(D::PrivatePlacementNotice, Variant::Standard, None);
    if ctx.ev(E::PrivatePlacementPlanned).is_none() {
        return draft.not_applicable(NotApplicable::NoPrivatePlacement);
    }
    draft
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn any_day() -> impl Strategy<Value = Option<NaiveDate>> {
        prop::option::of(
            (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce())
                .prop_filter_map("a day", NaiveDate::from_num_days_from_ce_opt),
        )
    }

    proptest! {
        // The packed key sorts exactly as the tuple it stands for, over every date chrono has.
        #[test]
        fn the_packed_order_is_the_tuple_order(
            a in (0u64..3, any_day(), 0..D::ALL.len()),
            b in (0u64..3, any_day(), 0..D::ALL.len()),
        ) {
            let (a, b) = ((a.0, a.1, D::ALL[a.2]), (b.0, b.1, D::ALL[b.2]));
            prop_assert_eq!(
                order_key(a.0, a.1, a.2).cmp(&order_key(b.0, b.1, b.2)),
                a.cmp(&b)
            );
        }
    }

    #[test]
    fn no_day_comes_first_and_the_extremes_keep_their_order() {
        let id = D::ALL[0];
        let keys = [None, Some(NaiveDate::MIN), Some(NaiveDate::MAX)].map(|d| order_key(0, d, id));
        assert!(keys[0] < keys[1] && keys[1] < keys[2]);
        assert!(
            order_key(0, Some(NaiveDate::MAX), D::ALL[D::ALL.len() - 1]) < order_key(1, None, id)
        );
    }
}
