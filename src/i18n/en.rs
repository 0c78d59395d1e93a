//! English.

use crate::embed::Theme;
use chrono::NaiveDate;

use super::{OpenProblem, Stage, Text, month_index, sign, weekday_index};
use crate::case::link::LinkError;
use crate::case::{FieldProblem, LoadError};
use crate::engine::calendar::HolidayId;
use crate::engine::case::STATE_CODES;
use crate::engine::count::{Count, Unit};
use crate::engine::ids::{DeadlineId as D, EventId as E};
use crate::engine::timeline::{MissingWhy, NotApplicable, Note};
use crate::engine::validate::Issue;
use crate::rules::{Field, Owner, ReadingKind, Verification};

pub struct En;
pub static EN: En = En;

impl Text for En {
    fn app_title(&self) -> &'static str {
        "Due process deadline calculator"
    }
    fn tagline(&self) -> &'static str {
        "Special education due process under IDEA: your dates, how each was counted, and what each step means for your family."
    }
    fn not_advice(&self) -> &'static str {
        "This is information, not legal advice. A calculator cannot see every fact of your case. Check any date that matters with a lawyer, an advocate, or your state's Parent Training and Information Center."
    }
    fn privacy(&self) -> &'static str {
        "Everything you enter stays in this browser. Nothing is sent anywhere."
    }
    fn language_label(&self) -> &'static str {
        "Language"
    }
    fn skip_to_timeline(&self) -> &'static str {
        "Skip to your timeline"
    }
    fn see_timeline(&self) -> &'static str {
        "See your timeline"
    }
    fn today_fixed(&self, today: &str) -> String {
        format!("\"Today\" is fixed to {today} for this page (set by the link you opened).")
    }
    fn rules_checked(&self, date: &str) -> String {
        format!("Rules last checked against their sources on {date}.")
    }
    fn report_wrong_date(&self) -> &'static str {
        "Report a wrong date"
    }
    fn report_help(&self) -> &'static str {
        "If a date looks wrong, use \"Report a wrong date\" on its card: it prepares a report with the deadline, the dates you entered and the date shown, for you to send by e-mail or copy, with no names or notes unless you add them. Or tell the organization that shared this tool."
    }

    fn step_situation(&self) -> &'static str {
        "1. Your situation"
    }
    fn state_label(&self) -> &'static str {
        "Where is your child's school?"
    }
    fn state_help(&self) -> &'static str {
        "States may set their own time limits. This version has all of California's rules and some of every other state's; where a state's rule is not here yet, the federal rule is used, and the date says so."
    }
    fn federal_only(&self) -> &'static str {
        "Federal rules only"
    }
    fn state_name(&self, code: &str) -> &'static str {
        state_name(code)
    }
    fn fallback_warning(&self, state: &str) -> String {
        format!(
            "We do not have {state}'s own rules yet, so these dates use the federal rules. {state} may set shorter time limits, especially for filing a complaint and for going to court. Check with your state's parent center or department of education before you rely on a date."
        )
    }
    // Fields of a state's rules checked or not (issue 23).
    fn field_name(&self, field: Field) -> &'static str {
        match field {
            Field::FilingLimit => "the time limit to file a complaint",
            Field::Court => "the time to go to court",
            Field::StateReview => "a state-level review of the hearing decision",
            Field::StateCourt => "a separate time limit for state court",
            Field::Reimbursement => "a time limit on claims for private school costs",
            Field::Holidays => "state holidays that are not business days",
            Field::HearingOffice => "who conducts the hearings",
        }
    }
    fn partial_pack_warning(&self, state: &str, fields: &[Field]) -> String {
        let names: Vec<&str> = fields.iter().map(|f| self.field_name(*f)).collect();
        let list = match names.split_last() {
            Some((last, [])) => (*last).to_string(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => String::new(),
        };
        format!(
            "We have not yet read {state}'s own texts on {list}. For these, the dates use the federal rules (or a {state} rule labelled as not fully sourced), and {state} may set other limits. Everything else was checked against {state}'s texts: “Sources for {state}” lists what we read. Check with your state's parent center or department of education before you rely on a date."
        )
    }
    fn sources_no_state_rule(&self, state: &str, field: Field) -> String {
        match field {
            Field::StateReview => format!(
                "Checked: {state} has no state-level review of the hearing decision, which goes straight to court. What we read:"
            ),
            _ => format!(
                "Checked: {state} sets no rule of its own for {}; the federal rule applies. What we read:",
                self.field_name(field)
            ),
        }
    }
    fn sources_heading(&self, state: &str) -> String {
        format!("Sources for {state}")
    }
    fn sources_intro(&self, state: &str) -> String {
        format!(
            "The rules of {state} that this calculator uses, each with the text it comes from, how well it is sourced and when it was last checked. Every other date follows the federal rules."
        )
    }
    fn sources_none(&self, state: &str) -> String {
        format!(
            "We have not encoded any rule of {state}'s own yet: every date uses the federal rules (IDEA, 34 CFR part 300)."
        )
    }
    fn sources_rule(&self, period: u32, unit: &str, from: &str) -> String {
        format!("{period} {unit} after {from}")
    }
    fn sources_checked(&self, date: &str) -> String {
        format!("Checked {date}.")
    }
    fn sources_holidays(&self, citation: &str) -> String {
        format!("Holidays for business days: the federal holidays and {citation}.")
    }
    fn sources_holidays_federal_only(&self, state: &str) -> String {
        format!(
            "Business days count federal holidays only: {state}'s own holidays are not encoded yet."
        )
    }
    fn sources_school_holidays(&self, citation: &str) -> String {
        format!(
            "School days (an assumed calendar): weekdays except the federal holidays and the school holidays of {citation}."
        )
    }
    fn sources_two_tier(&self) -> &'static str {
        "Here a state-level review of the hearing decision comes before any court."
    }
    fn office_hearings(&self, state: &str, office: &str) -> String {
        format!("In {state}, due process hearings are run or arranged by: {office}")
    }
    fn office_mediation(&self, state: &str, office: &str) -> String {
        format!("Mediation in {state}: {office}")
    }
    fn federal_note(&self) -> &'static str {
        "Using the federal rules (IDEA). Your state may add its own time limits."
    }
    fn state_pack_note(&self, state: &str) -> String {
        format!("Using the federal rules plus {state}'s own rules and state holidays.")
    }
    fn filed_by_legend(&self) -> &'static str {
        "Who filed the due process complaint?"
    }
    fn filed_by_parent(&self) -> &'static str {
        "We did (the parent or family)"
    }
    fn filed_by_district(&self) -> &'static str {
        "The school district"
    }
    fn track_legend(&self) -> &'static str {
        "What kind of hearing is it?"
    }
    fn track_standard(&self) -> &'static str {
        "A regular hearing"
    }
    fn track_expedited(&self) -> &'static str {
        "A fast (expedited) hearing about discipline"
    }
    fn track_dual(&self) -> &'static str {
        "Both: a fast discipline hearing and a regular one"
    }
    fn track_help(&self) -> &'static str {
        "An expedited hearing is for disagreements about discipline, such as a suspension or a move to another setting. Its timelines are shorter and counted in school days."
    }
    fn key_dates(&self) -> &'static str {
        "Key dates"
    }

    fn step_events(&self) -> &'static str {
        "2. What has happened since"
    }
    fn step_events_help(&self) -> &'static str {
        "Answer only what has happened: open a group to see its questions. Leave a date empty if it has not happened or you do not know it. Your timeline updates as you type."
    }
    fn group_meeting(&self) -> &'static str {
        "The resolution meeting"
    }
    fn group_complaint(&self) -> &'static str {
        "Changes to the complaint"
    }
    fn group_agreements(&self) -> &'static str {
        "Agreements and offers"
    }
    fn group_hearing(&self) -> &'static str {
        "The hearing and the decision"
    }
    fn group_discipline(&self) -> &'static str {
        "Discipline"
    }
    fn group_private(&self) -> &'static str {
        "Private school"
    }
    fn event_question(&self, id: E) -> &'static str {
        match id {
            E::KnewOfProblem => "When did you first know (or should have known) about the problem?",
            E::ActOrOmission => {
                "When did the district do (or fail to do) what your complaint is about?"
            }
            E::DistrictDecisionNotice => {
                "When did the district give you written notice of the decision you disagree with?"
            }
            E::ComplaintFiled => "When was the due process complaint filed?",
            E::ComplaintReceived => "When did the other side receive the complaint?",
            E::SufficiencyNoticeReceived => {
                "If someone told the hearing officer that the complaint lacks information the law requires, on what day did the hearing officer get that notice?"
            }
            E::ResolutionWaived => {
                "If you and the district both signed a paper saying you would skip the resolution meeting, on what day?"
            }
            E::MediationChosen => {
                "If you and the district agreed to use mediation instead of the resolution meeting, on what day?"
            }
            E::ResolutionMeetingScheduled => {
                "What date does the district's letter give for the resolution meeting?"
            }
            E::ResolutionMeetingHeld => "When was the resolution meeting held?",
            E::DistrictMissedMeeting => {
                "If the district did not hold or join the resolution meeting within 15 days, on what day did you notice?"
            }
            E::ParentMissedMeeting => {
                "If the family who filed missed the resolution meeting, on what day?"
            }
            E::HearingTimelineStarted => {
                "If a hearing officer ordered the hearing timeline to start, from what day?"
            }
            E::NoAgreementInWriting => {
                "If both sides agreed in writing that no agreement is possible, on what day?"
            }
            E::MediationContinuedInWriting => {
                "If both sides agreed in writing, at the end of the 30 days, to keep mediating, on what day?"
            }
            E::MediationWithdrawn => {
                "If either side later withdrew from that mediation, on what day?"
            }
            E::AmendedComplaintFiled => "If an amended (changed) complaint was filed, on what day?",
            E::SettlementSigned => {
                "If you signed a written agreement at the resolution meeting, on what day?"
            }
            E::MediationAgreementSigned => {
                "If you signed a written agreement in mediation, on what day?"
            }
            E::SettlementOfferReceived => {
                "If you received a written settlement offer from the district, on what day?"
            }
            E::HearingStart => "When does (or did) the hearing start?",
            E::HearingEnded => "When did the hearing end?",
            E::DecisionIssued => "What is the date of the hearing officer's decision?",
            E::DecisionMailed => "When was the decision mailed?",
            E::DecisionReceived => "When did you receive the decision?",
            E::DecisionDueExtendedTo => {
                "If the hearing officer extended the decision deadline, to what day?"
            }
            E::ReviewDecisionIssued => "What is the date of the state-level review decision?",
            E::PlacementChangeDecided => {
                "When did the school decide to change your child's placement because of discipline?"
            }
            E::PrivatePlacementPlanned => {
                "On what day do you plan to move your child to a private school and ask the district to pay?"
            }
            E::PrivatePlacementStarted => "On what day did your child start at the private school?",
        }
    }
    fn event_help(&self, id: E) -> &'static str {
        match id {
            E::ResolutionMeetingScheduled => {
                "The date the district set for the meeting, as its letter or e-mail writes it. The page says whether it falls within the days the law gives."
            }
            E::ActOrOmission => {
                "In your state the time to file may count from this day, not from the day you found out. If it went on over time, the first day gives the safest date."
            }
            E::KnewOfProblem => {
                "The two-year limit for filing usually counts from this day. A hearing officer decides the exact day if it is disputed."
            }
            E::DistrictDecisionNotice => {
                "The date on the district's letter (often called prior written notice). We use it to show an earlier, safer filing date."
            }
            E::ComplaintFiled => "The day the complaint was sent to the hearing office.",
            E::ComplaintReceived => {
                "Most clocks start the day after the other side gets the complaint. If you are not sure, use the earliest likely day."
            }
            E::SufficiencyNoticeReceived => {
                "Either side has 15 days after receiving a complaint to say it is missing required information."
            }
            E::ResolutionWaived => "Both of you must sign. A spoken agreement does not count.",
            E::MediationChosen => {
                "Mediation replaces the resolution meeting; the 30-day period still runs."
            }
            E::ResolutionMeetingHeld => {
                "The meeting must be held within 15 days after the district received your complaint."
            }
            E::DistrictMissedMeeting => {
                "Enter the day you noticed. You may then ask the hearing officer to start the hearing timeline."
            }
            E::ParentMissedMeeting => {
                "If the family who filed does not take part, the timelines wait until the meeting happens."
            }
            E::HearingTimelineStarted => "Use the date in the hearing officer's order.",
            E::NoAgreementInWriting => {
                "It must be in writing and signed before the 30-day period ends."
            }
            E::MediationContinuedInWriting => {
                "A written agreement, made at the end of the 30 days."
            }
            E::MediationWithdrawn => "The 45 days for the decision start the next day.",
            E::AmendedComplaintFiled => {
                "An amended complaint restarts the resolution meeting, the 30 days and the decision clock."
            }
            E::SettlementSigned => {
                "Either side can cancel it within 3 business days after signing."
            }
            E::MediationAgreementSigned => {
                "It is binding once you and someone with authority to bind the district have signed it. There is no window to cancel it."
            }
            E::SettlementOfferReceived => {
                "An offer you do not accept within 10 days can limit the lawyer's fees you could recover later."
            }
            E::HearingStart => {
                "The first day of the hearing. Evidence must be shared at least 5 business days before."
            }
            E::HearingEnded => {
                "The last day of the hearing. On the expedited track the decision is due 10 school days later."
            }
            E::DecisionIssued => "The date written on the decision.",
            E::DecisionMailed => "The postmark or mailing date, if you know it.",
            E::DecisionReceived => "The day the decision reached you.",
            E::DecisionDueExtendedTo => {
                "Only a hearing officer can extend it, at one side's request, to a specific date."
            }
            E::ReviewDecisionIssued => "Only in states with a second, state-level review.",
            E::PlacementChangeDecided => {
                "The school must hold a manifestation determination review within 10 school days."
            }
            E::PrivatePlacementPlanned => {
                "You must tell the district in writing at least 10 business days before."
            }
            E::PrivatePlacementStarted => {
                "Some states set a shorter limit for asking to be repaid."
            }
        }
    }
    fn event_name(&self, id: E) -> &'static str {
        match id {
            E::KnewOfProblem => "the day you knew about the problem",
            E::ActOrOmission => "the day of the district's act or omission",
            E::ResolutionMeetingScheduled => "the meeting date on the district's letter",
            E::DistrictDecisionNotice => "the district's written notice",
            E::ComplaintFiled => "the day the complaint was filed",
            E::ComplaintReceived => "the day the complaint was received",
            E::SufficiencyNoticeReceived => {
                "the day the hearing officer got the sufficiency notice"
            }
            E::ResolutionWaived => "the written waiver of the meeting",
            E::MediationChosen => "the agreement to use mediation",
            E::ResolutionMeetingHeld => "the resolution meeting",
            E::DistrictMissedMeeting => "the district's missed meeting",
            E::ParentMissedMeeting => "the family's missed meeting",
            E::HearingTimelineStarted => "the hearing officer's order starting the timeline",
            E::NoAgreementInWriting => "the written statement that no agreement is possible",
            E::MediationContinuedInWriting => "the written agreement to continue mediation",
            E::MediationWithdrawn => "the withdrawal from mediation",
            E::AmendedComplaintFiled => "the amended complaint",
            E::SettlementSigned => "the signing of the resolution agreement",
            E::MediationAgreementSigned => "the signing of the mediation agreement",
            E::SettlementOfferReceived => "the day you received the offer",
            E::HearingStart => "the first day of the hearing",
            E::HearingEnded => "the last day of the hearing",
            E::DecisionIssued => "the date of the decision",
            E::DecisionMailed => "the day the decision was mailed",
            E::DecisionReceived => "the day you received the decision",
            E::DecisionDueExtendedTo => "the extended due date",
            E::ReviewDecisionIssued => "the state review decision",
            E::PlacementChangeDecided => "the decision to change placement",
            E::PrivatePlacementPlanned => "the planned first day at the private school",
            E::PrivatePlacementStarted => "the first day at the private school",
        }
    }
    fn counted_from(&self, what: &str) -> String {
        format!("Counted from {what}.")
    }
    fn date_order(&self) -> super::typed_date::DateOrder {
        super::typed_date::DateOrder::MonthFirst
    }
    fn date_order_words(&self, order: super::typed_date::DateOrder) -> &'static str {
        match order {
            super::typed_date::DateOrder::MonthFirst => "month/day/year",
            super::typed_date::DateOrder::DayFirst => "day/month/year",
        }
    }
    fn typed_date_hint(&self, order: super::typed_date::DateOrder) -> String {
        let words = crate::letter_case::capitalized(self.date_order_words(order));
        format!("{words}, for example {}", super::typed_date::example(order))
    }
    fn typed_date_read(&self, date: &str, order: Option<super::typed_date::DateOrder>) -> String {
        match order {
            Some(order) => format!("Read as {date} ({}).", self.date_order_words(order)),
            None => format!("Read as {date}."),
        }
    }
    fn typed_date_problem(
        &self,
        problem: super::typed_date::TypedProblem,
        order: super::typed_date::DateOrder,
    ) -> String {
        use super::typed_date::{DateOrder, TypedProblem as P};
        let (words, example) = (
            self.date_order_words(order),
            super::typed_date::example(order),
        );
        match problem {
            P::Empty => String::new(),
            P::NotUnderstood => format!(
                "We could not read this date. Type the date as {words}, for example {example}."
            ),
            P::MissingYear => {
                format!("Add the year: type the date as {words}, for example {example}.")
            }
            P::BadMonth(m) => match order {
                DateOrder::MonthFirst => {
                    format!("There is no month {m}. Type the month first, then the day: {example}.")
                }
                DateOrder::DayFirst => {
                    format!("There is no month {m}. Type the day first, then the month: {example}.")
                }
            },
            P::NoSuchDay { day, month, year } => format!(
                "{} {year} has no day {day}.",
                self.month_names()[month.clamp(1, 12) as usize - 1]
            ),
            P::OutOfRange(year) => {
                format!("The calculator covers the years 1990 to 2100, not {year}.")
            }
        }
    }
    fn type_dates(&self) -> &'static str {
        "Type dates instead of picking them"
    }
    fn type_dates_help(&self, order: super::typed_date::DateOrder) -> String {
        format!(
            "Every date box becomes a text box: type {} (for example {}), and the page says which date it read.",
            self.date_order_words(order),
            super::typed_date::example(order)
        )
    }
    fn clear_date(&self) -> &'static str {
        "Clear"
    }
    fn bad_date(&self, raw: &str, order: super::typed_date::DateOrder) -> String {
        format!(
            "\"{raw}\" is not a date we can read. Pick the date in the box, or type the date as {}, for example {}.",
            self.date_order_words(order),
            super::typed_date::example(order)
        )
    }
    fn agreement_resolution(&self, days: Option<(&str, &str)>) -> String {
        match days {
            Some((act_by, final_after)) => format!(
                "You signed a resolution agreement. To cancel it, do so in writing by {act_by}. If nobody cancels it, it is final after {final_after}, and a court can enforce it."
            ),
            None => "A resolution agreement can be cancelled by either side within 3 business days after it is signed. After that it is binding.".to_string(),
        }
    }
    fn agreement_mediation(&self) -> &'static str {
        "A mediation agreement is binding once you and someone with authority to bind the district have signed it, and it ends the due process case. There are no days to change your mind: read every term before you sign, and ask whether the person signing for the district has that authority."
    }
    fn board_approval_ca(&self) -> &'static str {
        "In California, the person who signs for the district often cannot bind it alone: the school board usually still has to approve the settlement, in a closed session, and it is final only once the board votes (a parent resource says so; we did not find it in the law). Ask whether your agreement waits for the board and what happens if the board says no. After the vote, the Office of Administrative Hearings (OAH) closes the case."
    }
    fn scheduled_meeting(
        &self,
        days: u32,
        scheduled: &str,
        last_day: &str,
        within: bool,
    ) -> String {
        if within {
            format!(
                "The meeting on the district's letter, {scheduled}, is within the {days} days: the last day is {last_day}."
            )
        } else {
            format!(
                "The meeting on the district's letter, {scheduled}, is after the {days} days: the district had to hold it by {last_day}. You can ask the district in writing for an earlier date; if it does not hold the meeting in time, you can ask the hearing officer to start the hearing timeline."
            )
        }
    }
    fn next_heading(&self) -> &'static str {
        "Your next dates"
    }
    fn next_none(&self) -> &'static str {
        "Every date on your timeline has passed. If that seems wrong, check the year of the dates you entered."
    }
    fn next_unknown_date(&self) -> &'static str {
        "Date not known: act as soon as you can"
    }
    fn next_check_dates(&self) -> &'static str {
        "Some dates you entered need a check: see “Please check these dates”."
    }
    fn next_all(&self) -> &'static str {
        "All your dates, with how each was counted"
    }
    fn next_typed_read(&self, order: super::typed_date::DateOrder, list: &str) -> String {
        format!(
            "Dates you typed that could be read two ways, read as {}: {list}.",
            self.date_order_words(order)
        )
    }
    fn facts_summary(
        &self,
        place: &str,
        by_district: bool,
        track: crate::engine::case::Track,
        received: Option<&str>,
    ) -> String {
        use crate::engine::case::Track;
        let filer = if by_district {
            "the district's complaint"
        } else {
            "your complaint"
        };
        let hearing = match track {
            Track::Standard => "regular hearing",
            Track::Expedited => "fast discipline hearing",
            Track::Dual => "fast discipline and regular hearings",
        };
        match received {
            Some(day) => format!("{place}, {filer}, {hearing}, received {day}."),
            None => format!("{place}, {filer}, {hearing}."),
        }
    }
    fn change_facts(&self) -> &'static str {
        "Change the facts"
    }
    fn what_it_means(&self) -> &'static str {
        "What does this mean?"
    }
    fn checklist_link(&self) -> &'static str {
        "Checklist for this meeting"
    }

    fn step_timeline(&self) -> &'static str {
        "3. Your timeline"
    }
    fn timeline_empty(&self) -> &'static str {
        "Enter the day the other side received the complaint (or the day you knew about the problem) to see your dates."
    }
    fn timeline_summary(&self, dated: usize, waiting: usize) -> String {
        let dates = if dated == 1 {
            "1 date".to_string()
        } else {
            format!("{dated} dates")
        };
        if waiting == 0 {
            format!("Timeline updated: {dates}.")
        } else {
            format!("Timeline updated: {dates}, {waiting} waiting for more information.")
        }
    }
    fn labels_heading(&self) -> &'static str {
        "What the labels on the dates mean"
    }
    fn issues_to_check(&self, n: usize) -> String {
        if n == 1 {
            "1 date to check, listed under \"Please check these dates\".".to_string()
        } else {
            format!("{n} dates to check, listed under \"Please check these dates\".")
        }
    }
    fn today_marker(&self, today: &str) -> String {
        format!("Today, {today}")
    }
    fn deadline_name(&self, id: D) -> &'static str {
        match id {
            D::FilingLimit => "Last day to file a due process complaint",
            D::DistrictResponse => "District's written response to your complaint",
            D::ResponseToComplaint => "Your written response to the district's complaint",
            D::SufficiencyChallenge => "Last day to say the complaint is not sufficient",
            D::SufficiencyRuling => "Hearing officer's ruling on sufficiency",
            D::ResolutionMeeting => "Resolution meeting must be held",
            D::ResolutionPeriodEnd => "End of the 30-day resolution period",
            D::HearingDecision => "Hearing decision due",
            D::SettlementVoidWindow => "Last day to cancel the resolution agreement",
            D::SettlementOfferResponse => "Answer the settlement offer",
            D::AmendmentCutoff => "Last day to amend the complaint",
            D::EvidenceDisclosure => "Share evidence with the other side",
            D::CivilAction => "Last day to appeal to court",
            D::ExpeditedResolutionMeeting => "Resolution meeting (expedited) must be held",
            D::ExpeditedResolutionPeriodEnd => "End of the 15-day resolution period (expedited)",
            D::ExpeditedHearing => "Expedited hearing must be held",
            D::ExpeditedDecision => "Expedited decision due",
            D::ManifestationDetermination => "Manifestation determination review",
            D::PrivatePlacementNotice => "Written notice before a private placement",
            D::StateReviewRequest => "Last day to ask for the state-level review",
            D::StateReviewNotice => "Last day to serve a notice that you will ask for review",
            D::CivilActionStateCourt => "Last day to file in state court",
            D::CivilActionFederalCourt => "Last day to file in federal court",
            D::ReimbursementClaimLimit => "Last day to claim the private school costs",
        }
    }
    fn deadline_explain(&self, id: D) -> &'static str {
        match id {
            D::FilingLimit => {
                "A complaint must be filed within a time limit: under federal law, two years from when you knew, or should have known, about the problem. Your state may set its own limit, or count it from another day; the lines below say which."
            }
            D::DistrictResponse => {
                "Unless it already sent you a prior written notice about this, the district must answer your complaint in writing: why it acted, what else it considered, and what records it relied on."
            }
            D::ResponseToComplaint => {
                "When the district files, you must send a written response that answers the issues in its complaint."
            }
            D::SufficiencyChallenge => {
                "After this day the complaint counts as sufficient. A side that thinks it lacks required information must tell the hearing officer and the other side in writing by then."
            }
            D::SufficiencyRuling => {
                "The hearing officer decides, from the complaint itself, whether it has what the law requires, and tells both sides in writing."
            }
            D::ResolutionMeeting => {
                "The district must meet with you to try to settle the complaint. Someone who can make decisions for the district must attend, with the IEP team members who know the issues. The district may bring a lawyer only if you bring one."
            }
            D::ResolutionPeriodEnd => {
                "If the complaint is not settled by this day, the hearing can go ahead and the 45 days for a decision begin."
            }
            D::HearingDecision => {
                "The hearing officer must reach a final decision and mail it to both sides by this day, unless they grant a specific extension at one side's request."
            }
            D::SettlementVoidWindow => {
                "Either side can cancel a resolution agreement within 3 business days after signing. After that, the agreement is binding and a court can enforce it."
            }
            D::SettlementOfferResponse => {
                "If you do not accept a written offer within 10 days and later win no more than it offered, you may not recover lawyer's fees for work done after the offer (unless you had good reason to turn it down)."
            }
            D::AmendmentCutoff => {
                "A complaint can be changed only with the other side's written consent or the hearing officer's permission, and no later than 5 days before the hearing starts."
            }
            D::EvidenceDisclosure => {
                "Each side must share the evaluations and recommendations it plans to use at least 5 business days before the hearing. Evidence not shared in time can be kept out."
            }
            D::CivilAction => {
                "If you disagree with the decision, you can appeal to state or federal court. Courts are strict about this date; talk to a lawyer well before it. In a state with a state-level review, the court comes after that review, and this date counts from the review decision."
            }
            D::ReimbursementClaimLimit => {
                "Your state gives less time to ask the district to pay for a private school you chose than for other complaints. The time runs from your child's first day there."
            }
            D::CivilActionStateCourt => {
                "Your state sets a time of its own to appeal in a state court. Where it is shorter than the time for federal court, the earlier date is the one to plan around."
            }
            D::CivilActionFederalCourt => {
                "The time to appeal in federal court under IDEA: 90 days, unless your state's law sets a limit of its own, as a reading below may say. Where your state's period for its own courts is different, both dates are shown."
            }
            D::StateReviewNotice => {
                "Before asking for the state-level review, your state requires a written notice that you intend to ask for it, served on the other side by this date. If you disagree with the decision, serve it in time: the review request comes after it."
            }
            D::StateReviewRequest => {
                "In your state a hearing decision is first reviewed at the state level before anyone can go to court. If you disagree with the decision, ask for that review in time: once the time to ask has passed, the hearing decision usually becomes final and a court may refuse to hear you."
            }
            D::ExpeditedResolutionMeeting => {
                "In a discipline appeal the district must meet with you within 7 days, unless both sides agree in writing to skip it or to use mediation."
            }
            D::ExpeditedResolutionPeriodEnd => {
                "If the matter is not resolved to both sides' satisfaction within 15 days, the expedited hearing goes ahead."
            }
            D::ExpeditedHearing => {
                "The expedited hearing must take place within 20 school days of the day the complaint was filed. These dates cannot be extended."
            }
            D::ExpeditedDecision => {
                "The hearing officer must decide within 10 school days after the hearing. No extensions are allowed."
            }
            D::ManifestationDetermination => {
                "The school, you and relevant IEP team members must decide whether the behavior was caused by your child's disability, or was a direct result of the school not following the IEP."
            }
            D::PrivatePlacementNotice => {
                "To keep your right to ask the district to pay for a private school, tell the district in writing at least 10 business days before you move your child (or say so at the most recent IEP meeting). Weekday holidays count as business days here."
            }
        }
    }
    fn owner(&self, owner: Owner) -> &'static str {
        match owner {
            Owner::Family => "Your deadline",
            Owner::District => "The district's deadline",
            Owner::HearingOfficer => "The hearing officer's deadline",
            Owner::Either => "Deadline for either side",
        }
    }
    fn days_left(&self, days: i64) -> String {
        match days {
            0 => "Today".to_string(),
            1 => "Tomorrow".to_string(),
            -1 => "Passed yesterday".to_string(),
            d if d > 1 => format!("In {d} days"),
            d => format!("Passed {} days ago", -d),
        }
    }
    fn act_by(&self, date: &str) -> String {
        format!("Act by {date}")
    }
    fn act_by_passed(&self, date: &str) -> String {
        format!(
            "That day has passed; under the rule used for the date above ({date}) time may remain. Ask a lawyer or your parent center now which applies."
        )
    }
    fn act_by_reason(&self) -> &'static str {
        "The earliest date any reading of the rules gives (or the business day before it), so acting by then is safe."
    }
    fn days_to_act(&self, days: i64) -> String {
        match days {
            1 => "1 day to act".to_string(),
            d if d > 1 => format!("{d} days to act"),
            d => self.days_left(d),
        }
    }
    fn if_passed(&self, id: D) -> Option<&'static str> {
        Some(match id {
            D::SufficiencyChallenge => {
                "If the district has not challenged your complaint in writing by then, it counts as sufficient."
            }
            D::ResolutionMeeting | D::ExpeditedResolutionMeeting => {
                "If it passes without a meeting, you may ask the hearing officer to start the hearing timeline."
            }
            D::ResolutionPeriodEnd | D::ExpeditedResolutionPeriodEnd => {
                "If nothing is settled by then, you need not act: the hearing's clock starts."
            }
            D::ManifestationDetermination => {
                "If it passes without the review, ask the district for it in writing; you may also file an expedited complaint."
            }
            D::DistrictResponse
            | D::SufficiencyRuling
            | D::HearingDecision
            | D::ExpeditedHearing
            | D::ExpeditedDecision => {
                "If it passes and nothing has come, write to the hearing officer and ask why."
            }
            _ => return None,
        })
    }
    fn weekend_flag(&self, weekday: &str, earlier_business_day: &str) -> String {
        format!(
            "Falls on a {weekday}. The date does not move; to be safe, act by {earlier_business_day}."
        )
    }
    fn day_before_holiday(&self, business_day: &str, holiday_day: &str, holiday: &str) -> String {
        format!("{business_day} ({holiday_day} is {holiday})")
    }
    fn holiday_flag(&self, holiday: &str, earlier_business_day: &str) -> String {
        format!(
            "Falls on a holiday ({holiday}). The date does not move; to be safe, act by {earlier_business_day}."
        )
    }
    fn weekend_flag_others(&self, weekday: &str) -> String {
        format!(
            "Falls on a {weekday}. The date does not move, though offices are usually closed that day."
        )
    }
    fn holiday_flag_others(&self, holiday: &str) -> String {
        format!(
            "Falls on a holiday ({holiday}). The date does not move, though offices are usually closed that day."
        )
    }
    fn holiday_name(&self, id: HolidayId) -> &'static str {
        match id {
            HolidayId::NewYearsDay => "New Year's Day",
            HolidayId::MartinLutherKingJrDay => "Martin Luther King Jr. Day",
            HolidayId::WashingtonsBirthday => "Washington's Birthday",
            HolidayId::MemorialDay => "Memorial Day",
            HolidayId::Juneteenth => "Juneteenth",
            HolidayId::IndependenceDay => "Independence Day",
            HolidayId::LaborDay => "Labor Day",
            HolidayId::ColumbusDay => "Columbus Day",
            HolidayId::VeteransDay => "Veterans Day",
            HolidayId::Thanksgiving => "Thanksgiving",
            HolidayId::Christmas => "Christmas Day",
            HolidayId::LincolnDay => "Lincoln Day",
            HolidayId::CesarChavezDay => "Cesar Chavez Day",
            HolidayId::AdmissionDay => "Admission Day",
            HolidayId::NativeAmericanDay => "Native American Day",
            HolidayId::DayAfterThanksgiving => "Day after Thanksgiving",
            HolidayId::SewardsDay => "Seward's Day",
            HolidayId::AlaskaDay => "Alaska Day",
            HolidayId::KuhioDay => "Prince Jonah Kuhio Kalanianaole Day",
            HolidayId::KamehamehaDay => "King Kamehameha I Day",
            HolidayId::StatehoodDay => "Statehood Day",
            HolidayId::TrumanDay => "Truman Day",
            HolidayId::ArborDay => "Arbor Day",
            HolidayId::ConfederateHeroesDay => "Confederate Heroes Day",
            HolidayId::TexasIndependenceDay => "Texas Independence Day",
            HolidayId::SanJacintoDay => "San Jacinto Day",
            HolidayId::LbjDay => "Lyndon Baines Johnson Day",
            HolidayId::ChristmasEve => "Christmas Eve",
            HolidayId::DayAfterChristmas => "Day after Christmas",
            HolidayId::TownMeetingDay => "Town Meeting Day",
            HolidayId::BenningtonBattleDay => "Bennington Battle Day",
            HolidayId::ElectionDay => "General Election Day",
            HolidayId::ConfederateMemorialDay => "Confederate Memorial Day",
            HolidayId::CabriniDay => "Frances Xavier Cabrini Day",
            HolidayId::DcEmancipationDay => "DC Emancipation Day",
            HolidayId::GoodFriday => "Good Friday",
            HolidayId::MardiGras => "Mardi Gras",
            HolidayId::BattleOfNewOrleans => "Battle of New Orleans Day",
            HolidayId::HueyLongDay => "Huey P. Long Day",
            HolidayId::AllSaintsDay => "All Saints' Day",
            HolidayId::JeffersonDavisBirthday => "Jefferson Davis' Birthday",
            HolidayId::PatriotsDay => "Patriots' Day",
            HolidayId::EvacuationDay => "Evacuation Day (Suffolk County)",
            HolidayId::BunkerHillDay => "Bunker Hill Day (Suffolk County)",
            HolidayId::NevadaDay => "Nevada Day",
            HolidayId::RhodeIslandIndependenceDay => "Rhode Island Independence Day",
            HolidayId::VictoryDay => "Victory Day",
            HolidayId::ConstitutionCommemorationDay => "Constitution Commemoration Day",
            HolidayId::RobertELeeDay => "Robert E. Lee Day",
            HolidayId::FranklinRooseveltDay => "Franklin D. Roosevelt Day",
            HolidayId::PioneerDay => "Pioneer Day",
            HolidayId::WestVirginiaDay => "West Virginia Day",
            HolidayId::InaugurationDay => "Inauguration Day",
            HolidayId::GreekIndependenceDay => "Greek Independence Day",
            HolidayId::HalifaxResolvesDay => "Halifax Resolves Day",
            HolidayId::MecklenburgDeclarationDay => "Mecklenburg Declaration Day",
            HolidayId::FirstRespondersDay => "First Responders Day",
            HolidayId::YomKippur => "Yom Kippur",
            HolidayId::FlagDay => "Flag Day",
        }
    }
    fn how_counted(&self) -> &'static str {
        "How this date was counted"
    }
    fn arithmetic(&self, c: &Count) -> String {
        let from = self.date_short(c.trigger_date);
        let to = self.date_short(c.date);
        let unit = self.unit(c.unit, c.period);
        let mut text = format!("{from} {} {} {unit} = {to}", sign(c.direction), c.period);
        if c.trigger_day_counted {
            text.push_str(" (the first day counted as day 1)");
        }
        if c.leap_day_adjusted {
            text.push_str(" (February 29 becomes February 28)");
        }
        text
    }
    fn skipped_days(&self, list: &str) -> String {
        format!("Not counted: {list}.")
    }
    fn unit(&self, unit: Unit, n: u32) -> &'static str {
        match (unit, n == 1) {
            (Unit::CalendarDays, true) => "calendar day",
            (Unit::CalendarDays, false) => "calendar days",
            (Unit::BusinessDays, true) => "business day",
            (Unit::BusinessDays, false) => "business days",
            (Unit::BusinessDaysHolidaysCounted, true) => "business day (holidays counted)",
            (Unit::BusinessDaysHolidaysCounted, false) => "business days (holidays counted)",
            (Unit::SchoolDays, true) => "school day",
            (Unit::SchoolDays, false) => "school days",
            (Unit::Years, true) => "year",
            (Unit::Years, false) => "years",
        }
    }
    fn rule_label(&self) -> &'static str {
        "Rule"
    }
    fn status_label(&self, status: Verification) -> &'static str {
        match status {
            Verification::Verified => "Verified",
            Verification::Interpretive => "Interpretation",
            Verification::Secondary => "Not verified (secondary source)",
            Verification::Unverified => "Not verified",
        }
    }
    fn status_explain(&self, status: Verification) -> &'static str {
        match status {
            Verification::Verified => "We read the text of the rule.",
            Verification::Interpretive => {
                "The rule can be read more than one way. We show the reading used and the earliest date."
            }
            Verification::Secondary => {
                "We found this rule only in a reliable summary, not in the law itself. Do not rely on it alone."
            }
            Verification::Unverified => "We could not confirm this rule. Do not rely on it.",
        }
    }
    fn other_readings(&self) -> &'static str {
        "Other ways to read the rule"
    }
    fn reading(&self, kind: ReadingKind) -> &'static str {
        match kind {
            ReadingKind::ReceiptDayIsDayOne => {
                "If the day of receipt counts as day 1 (New York's wording)"
            }
            ReadingKind::TwoYearsAs730Days => "If two years are counted as 730 days",
            ReadingKind::FromDistrictNotice => "If counted from the district's written notice",
            ReadingKind::FederalHolidaysSigningDayCounts => {
                "If the signing day counts as day 1 and only federal holidays are skipped"
            }
            ReadingKind::WidestHolidays => "If every holiday any source names is skipped",
            ReadingKind::FiveFullBusinessDaysBetween => {
                "If five full business days must separate sharing and the hearing"
            }
            ReadingKind::EveryWeekdayIsSchoolDay => {
                "If every weekday is a school day (no holidays)"
            }
            ReadingKind::StateRule => "Your state's rule, another reading",
            ReadingKind::StateRuleVerified => "Your state's rule (verified)",
            ReadingKind::StateRuleFromDecisionDate => {
                "Your state's rule, counted from the decision date until you enter the date the \
                 decision was mailed (that date can only be later)"
            }
            ReadingKind::StateRuleFromDecisionDateUntilReceived => {
                "Your state's rule, counted from the decision date until you enter the date you \
                 received the decision (that date can only be later)"
            }
            ReadingKind::FederalDefault => "The federal rule",
            ReadingKind::StateCourtPeriod => "In a state court (its own, shorter period)",
        }
    }
    fn earliest_line(&self, date: &str) -> String {
        format!("Earliest date under any reading: {date}")
    }
    fn not_applicable(&self, why: NotApplicable) -> &'static str {
        match why {
            NotApplicable::DistrictFiled => {
                "Does not apply: this step is for a complaint filed by the family, and the district filed."
            }
            NotApplicable::ParentFiled => {
                "Does not apply: this step is for a complaint filed by the district."
            }
            NotApplicable::Waived => {
                "Does not apply: both sides waived the resolution meeting in writing."
            }
            NotApplicable::MediationInstead => {
                "Does not apply: both sides chose mediation instead of the meeting."
            }
            NotApplicable::ExpeditedOnly => "Does not apply to an expedited (discipline) hearing.",
            NotApplicable::StandardOnly => "Applies only to an expedited (discipline) hearing.",
            NotApplicable::NoSettlement => "Applies once a resolution agreement is signed.",
            NotApplicable::MediationAgreementOnly => {
                "Does not apply: a mediation agreement cannot be cancelled once signed."
            }
            NotApplicable::NoOffer => "Applies if you receive a written settlement offer.",
            NotApplicable::NoChallenge => {
                "Applies only if someone says the complaint is not sufficient."
            }
            NotApplicable::NoPlacementChange => {
                "Applies if the school decides to change your child's placement for discipline."
            }
            NotApplicable::NoPrivatePlacement => {
                "Applies if you plan to move your child to a private school and ask the district to pay."
            }
            NotApplicable::NoReimbursementLimit => {
                "Does not apply: no shorter limit for private school costs is known here; the filing limit applies."
            }
            NotApplicable::NoStateCourtPeriod => {
                "Does not apply: no separate state-court period is known here, so \"Last day to appeal to court\" above applies to every court."
            }
            NotApplicable::SameCourtPeriod => {
                "Does not apply: your state gives its own courts the same time as federal law, so \"Last day to appeal to court\" above applies to every court."
            }
            NotApplicable::NoReviewNotice => {
                "Does not apply under the rules used here: the state-level review is asked for without a notice beforehand."
            }
            NotApplicable::OneTier => {
                "Does not apply under the rules used here: the hearing decision goes straight to court, with no state-level review."
            }
        }
    }
    fn missing(&self, why: MissingWhy, needs: &str) -> String {
        match why {
            MissingWhy::NotEntered => format!("We need one more date to work this out: {needs}"),
            MissingWhy::WaitsForMeeting => "No date yet: because the family who filed did not take part in the resolution meeting, the timelines wait until the meeting is held. The district may ask the hearing officer to dismiss the complaint at the end of the 30 days.".to_string(),
            MissingWhy::WaitsForWithdrawal => "No date yet: mediation continues by written agreement. The 45 days for the decision start the day after either side withdraws.".to_string(),
            MissingWhy::OutOfRange => "This date falls outside the years this calculator covers (1990-2100).".to_string(),
            MissingWhy::StateRuleUnknown => "This state has a state-level review, but we have not confirmed how long you have to ask for it. Ask the state department of education or the hearing office as soon as you get the decision: the time can be short.".to_string(),
        }
    }
    fn note(&self, note: &Note) -> String {
        match note {
            Note::MeetingHeld { on, on_time: true } => format!("The meeting was held on {}, on time.", self.date_short(*on)),
            Note::MeetingHeld { on, on_time: false } => format!("The meeting was held on {}, after the 15 days.", self.date_short(*on)),
            Note::MeetingNotYetHeld { on } => format!("The meeting date entered, {}, is still to come: not held yet.", self.date_short(*on)),
            Note::MayAskHearingOfficer { from } => format!(
                "If the district did not hold or join the meeting within 15 days, from {} you may ask the hearing officer to start the hearing timeline now.",
                self.date_short(*from)
            ),
            Note::AppliesOnlyIfAgreementFails => "You signed an agreement, so this date matters only if the agreement is cancelled or falls apart.".to_string(),
            Note::FilingLimitExceptions => "The limit does not apply to a family who could not file because the district said it had fixed the problem when it had not, or held back information it had to give.".to_string(),
            Note::FiledAfterLimit { filed } => format!(
                "The complaint was filed on {}, after this date. The two exceptions to the limit may matter; talk to an advocate or lawyer.",
                self.date_short(*filed)
            ),
            Note::CourtRollForward { to } => format!(
                "Court rules usually move a deadline that falls on a weekend or holiday to the next business day ({}). Do not count on it.",
                self.date_short(*to)
            ),
            Note::AssumedSchoolCalendar => "School days are counted on an assumed calendar (weekdays minus the usual school holidays and the closures you entered). Your district's own calendar decides; add its breaks to be precise.".to_string(),
            Note::OfferLate => "The offer came less than 10 days before the hearing, so the rule on lawyer's fees may not apply to it.".to_string(),
            Note::RestartedByAmendment { on } => format!("The clocks restarted with the amended complaint filed on {}.", self.date_short(*on)),
            Note::NoAgreementTooLate => "The written statement that no agreement is possible came after the 30 days ended, so it does not change this date.".to_string(),
            Note::FinalIfNotVoided { after } => format!("If nobody cancels it, the agreement is final after {}.", self.date_short(*after)),
            Note::NoExtensions => "No extensions are allowed on the expedited track.".to_string(),
            Note::NoResolutionPeriodForDistrict => "When the district files, there is no resolution meeting or 30-day resolution period, so the 45 days count from the day you receive the complaint. Federal rules do not say this in so many words; it is how they are commonly applied, so ask the hearing officer to confirm the date.".to_string(),
            Note::StartedByHearingOfficer => "Counted from the date the hearing officer ordered the hearing timeline to start.".to_string(),
            Note::ActDateMayGiveEarlier => "One reading of your state's rule counts from the day of the district's act or omission, which can come before the day you found out: enter that day with your facts to see whether it gives an earlier date.".to_string(),
            Note::CountedFromDecisionDate => "Counted from the decision date because you have not entered the date the decision was mailed. The state counts from that later date: enter it for the exact day.".to_string(),
            Note::CountedFromDecisionDateUntilReceived => "Counted from the decision date because you have not entered the date you received the decision. The state counts from that later date: enter it for the exact day.".to_string(),
            Note::StepTaken => "Done: the review decision you entered shows that the review was asked for.".to_string(),
        }
    }
    fn passed(&self) -> &'static str {
        "Passed"
    }
    fn step_done(&self) -> &'static str {
        "Done"
    }
    fn sources_another_reading(&self) -> &'static str {
        "another reading"
    }
    fn does_not_apply_heading(&self) -> &'static str {
        "Steps that do not apply to your case"
    }
    fn state_unverified_badge(&self) -> &'static str {
        "Your state may differ"
    }

    fn stages_heading(&self) -> &'static str {
        "What happens at each step"
    }
    fn stage_title(&self, stage: Stage) -> &'static str {
        match stage {
            Stage::ResolutionSession => "The resolution session",
            Stage::Mediation => "Mediation",
            Stage::Hearing => "The hearing",
            Stage::DecisionAndAppeal => "The decision and appeals",
            Stage::Expedited => "Discipline: the expedited hearing",
            Stage::StayPut => "Stay put: where your child goes to school meanwhile",
        }
    }
    fn stage_body(&self, stage: Stage, california: bool) -> Vec<&'static str> {
        match stage {
            Stage::ResolutionSession => vec![
                "When a family files for due process, the law gives both sides one more chance to settle before a hearing. The district must hold this meeting within 15 days after it receives your complaint.",
                "You must take part. If the family who filed does not join the meeting (and it was not skipped in writing or replaced by mediation), the timelines wait, and at the end of the 30 days the district may ask the hearing officer to dismiss your complaint.",
                "There is no judge, mediator or other neutral person at this meeting: only you, the people you bring, and the district. It can be an informal talk in a school office or a formal presentation in a conference room.",
                "The district must send someone who can make decisions for it, along with the IEP team members who know the issues. You can bring a friend, a relative or an advocate. The district can bring a lawyer only if you bring one, and lawyer's fees for this meeting cannot be recovered later.",
                "The meeting is skipped only if both sides agree in writing to skip it, or agree to use mediation instead.",
                "The meeting is not confidential unless both sides sign a confidentiality agreement. Anything you say or show, such as a new outside evaluation, can be used later in the hearing, so think about what you share.",
                "Expect the district to make an offer. You can negotiate and make your own offers too, not only answer the district's. If you reach an agreement, it must be written and signed by you and by someone who can bind the district. Either side can cancel it within 3 business days; after that a court can enforce it. An agreement that settles your complaint ends the due process case.",
                "Only about 22 percent of resolution meetings end in a written agreement. If there is none by the end of the 30-day period, the case goes on to a hearing.",
            ],
            Stage::Mediation => {
                let mut body = vec![
                    "Mediation is voluntary and free for families. A neutral mediator helps you and the district try to reach an agreement. You can use it instead of the resolution meeting, or at any time.",
                    "Mediation is confidential: what is said cannot be used as evidence at a later hearing. You will usually sign a confidentiality agreement at the start.",
                    "Come with your own settlement terms: what you are asking for, in detail (services, hours, costs, providers), and what you could accept. The mediator starts from the offers already made, for example at the resolution session.",
                    "Mediation usually opens with both sides together; then offers go back and forth, often with each side in its own room. It can take a whole day, though some larger districts book only half a day.",
                    "If you agree, the terms are written into a settlement agreement that you sign that day. It is binding once you and someone with authority to bind the district have signed it, a court can enforce it, and there is no period to cancel it (34 CFR 300.506(b)(6)-(7)). An agreement that settles your complaint ends the due process case.",
                    "Before you sign, check: whether the terms go into your child's IEP; whether they end at the next annual IEP meeting; whether you are giving up (waiving) any of your child's rights or claims; and what your child's \"stay put\" placement will be if you disagree again later.",
                ];
                if california {
                    body.push("In California, the mediator is an administrative law judge from the Office of Administrative Hearings (OAH) who will not hear your case.");
                    body.push(CA_MEDIATION_ONLY);
                    body.push(CA_MEDIATION_DATE);
                    body.push(CA_MEDIATION_HELD);
                    body.push(CA_OPENING_PROPOSAL);
                    body.push(self.board_approval_ca());
                }
                body
            }
            Stage::Hearing => {
                let mut body = vec![
                    "If the case is not settled, a hearing officer hears both sides, much like a short trial. You can bring a lawyer and experts, present evidence and question witnesses.",
                    "At least 5 business days before the hearing starts, each side must share the evaluations and recommendations it plans to use. The hearing officer can keep out evidence that was not shared in time.",
                    "The complaint can be changed only with the other side's written consent or the hearing officer's permission, and not later than 5 days before the hearing. A changed complaint restarts the timelines.",
                    "The decision is due 45 days after the 30-day resolution period ends (or sooner, after a written waiver or a written statement that no agreement is possible). The hearing officer can extend it only at one side's request and to a specific date.",
                ];
                if california {
                    body.push(CA_JUDGE_AND_COMPLAINT);
                }
                body
            }
            Stage::DecisionAndAppeal => {
                let mut body = vec![
                    "You have the right to a written (or, if you prefer, electronic) record of the hearing and the decision, at no cost.",
                    "The decision is final unless someone appeals. In most states you can appeal directly to state or federal court within 90 days of the decision; some states set a different period or add a state-level review first.",
                    "Court deadlines are strict. Talk to a lawyer well before the last day.",
                ];
                if california {
                    body.push("In California, the decision of the Office of Administrative Hearings is the final administrative decision. Sources say the 90 days run from the day you receive it (Education Code 56505(k)); we could not read that text, so this page counts from the decision date, which is earlier and safer.");
                }
                body
            }
            Stage::Expedited => vec![
                "An expedited hearing is for disagreements about discipline: a change of placement, or a manifestation determination.",
                "The district must hold a resolution meeting within 7 days, unless both sides skip it in writing or use mediation. If the matter is not resolved within 15 days, the hearing goes ahead.",
                "The hearing must take place within 20 school days after the complaint was filed, and the decision is due 10 school days after the hearing. These dates cannot be extended, and they can run past school breaks into the next school year.",
                "Within 10 school days of deciding to change your child's placement for discipline, the school must hold a manifestation determination review with you.",
                "During the appeal, your child usually stays in the interim setting until the decision or until the removal period ends, whichever comes first, unless you and the district agree otherwise.",
            ],
            Stage::StayPut => vec![
                "While due process and any appeal go on, your child stays in the current educational placement unless you and the district agree otherwise. This is called \"stay put\".",
                "Discipline appeals are different: the child usually stays in the interim setting chosen for discipline.",
                "If a hearing officer agrees with you that a change of placement is right, that placement becomes the stay-put placement.",
            ],
        }
    }

    fn drafts_heading(&self) -> &'static str {
        "Your drafts"
    }
    fn saved_here(&self) -> &'static str {
        "Saved on this device."
    }
    fn link_saved_on_change(&self) -> &'static str {
        "Opened from a link and kept only in this tab for now. It is saved on this device as soon as you use it: change something, tick a checklist item, add its dates to your calendar or print it."
    }
    fn not_saved_link(&self) -> &'static str {
        "Opened from a link and not saved on this device. Keep it as a draft if you want to come back to it."
    }
    fn kept_as_copy(&self) -> &'static str {
        "Saved on this device as a separate draft: this draft was also changed in another tab or window, so both versions are kept. Pick the one you want from your drafts."
    }
    fn link_case_known(&self, title: &str) -> String {
        format!(
            "This case is already saved on this device as \"{title}\". The link does not change that draft; keeping the link makes a separate copy."
        )
    }
    fn open_saved_copy(&self) -> &'static str {
        "Open my saved draft instead"
    }
    fn not_saved(&self, why: crate::web::StorageError) -> &'static str {
        match why {
            crate::web::StorageError::Unavailable => {
                "Not saved: this browser does not let the page keep drafts here (for example in a private window or inside another site). Your case stays on screen until you close the page. Use \"Save to a file\" below to keep a copy."
            }
            crate::web::StorageError::WriteFailed => {
                "Not saved: this browser refused to store the draft (its storage may be full). Your case stays on screen until you close the page. Use \"Save to a file\" below to keep a copy."
            }
        }
    }
    fn drafts_set_aside(&self, n: usize) -> String {
        if n == 1 {
            "One saved draft could not be read. It was kept aside, unchanged; your other drafts are below.".to_string()
        } else {
            format!(
                "{n} saved drafts could not be read. They were kept aside, unchanged; your other drafts are below."
            )
        }
    }
    fn draft_name_label(&self) -> &'static str {
        "Name of this draft (only you see it)"
    }
    fn keep_linked_case(&self) -> &'static str {
        "Keep as a new draft"
    }
    fn new_draft(&self) -> &'static str {
        "New draft"
    }
    fn duplicate_draft(&self) -> &'static str {
        "Make a copy"
    }
    fn delete_draft(&self) -> &'static str {
        "Delete this draft"
    }
    fn deleted_draft(&self, title: &str) -> String {
        format!("Deleted \"{title}\".")
    }
    fn undo(&self) -> &'static str {
        "Undo"
    }
    fn open_draft(&self) -> &'static str {
        "Open"
    }
    fn untitled_draft(&self) -> &'static str {
        "Untitled draft"
    }
    fn newer_version_draft(&self) -> &'static str {
        "made with a newer version; reload the page to open it"
    }
    fn newer_version_draft_to_read(&self) -> &'static str {
        "made with a newer version; opens to read only"
    }
    fn read_only_notice(&self, version: u64) -> String {
        format!(
            "Read only: this case was saved by a newer version of the calculator (case file version {version}). This page shows it, but will not change it or save it. Its dates are counted by this older version, which may not know every rule the newer one does. Keep the case: use \"Save to a file\" under \"Your drafts\" (the file keeps everything the newer version wrote), then open that file in the newer calculator where it was made, or ask the site that offers this one to update it."
        )
    }
    fn read_only_status(&self) -> &'static str {
        "Read only: made with a newer version, so this page will not change or save it."
    }
    fn embedded_drafts_hint(&self) -> &'static str {
        "You are using the calculator inside another website. Your browser may keep its drafts separately there, or not at all: \"Save to a file\" keeps a copy you can always open."
    }
    fn drafts_explain(&self) -> &'static str {
        "Drafts are kept only in this browser on this device, never on a server. Clearing your browsing data erases them, and Safari may erase them after seven days without a visit. A saved file is the safe copy: keep one after each change that matters."
    }
    fn notes_label(&self) -> &'static str {
        "Notes (kept with this draft; shown only to you)"
    }
    fn share_heading(&self) -> &'static str {
        "Move or share this case"
    }
    fn copy_link(&self) -> &'static str {
        "Copy a link to this case"
    }
    fn link_warning(&self) -> &'static str {
        "The whole case is inside the link. Anyone who gets the link can read it, including the draft's name and, unless you leave them out, your notes. The link is never sent to us."
    }
    fn leave_notes_out(&self) -> &'static str {
        "Leave my notes out of the link"
    }
    fn make_link(&self) -> &'static str {
        "Make the link"
    }
    fn link_ready(&self) -> &'static str {
        "Link to this case"
    }
    fn link_copied(&self) -> &'static str {
        "Copied. Paste it in a message or open it on another device."
    }
    fn link_copy_by_hand(&self) -> &'static str {
        "This browser did not let the page copy it. Select the link above and copy it."
    }
    fn link_too_large(&self) -> &'static str {
        "This case is too big for a link. Save it as a file instead."
    }
    fn save_file(&self) -> &'static str {
        "Save to a file"
    }
    fn open_file(&self) -> &'static str {
        "Open a file"
    }
    fn drop_hint(&self) -> &'static str {
        "A saved file is the safest copy of your case. You can also drop a case file here."
    }
    fn file_outcome(&self, outcome: crate::storage::FileOutcome) -> &'static str {
        use crate::storage::FileOutcome;
        match outcome {
            FileOutcome::Opened => "Opened the case from the file and saved it as a draft.",
            FileOutcome::OpenedToRead => {
                "Opened the case from the file, to read only: a newer version of the calculator saved it."
            }
            FileOutcome::NotJson => {
                "That file is not a case file from this calculator (it is not the right kind of file). Nothing was changed."
            }
            FileOutcome::NotACase => {
                "That file does not hold a case from this calculator. Nothing was changed."
            }
            FileOutcome::Newer => {
                "That case was saved by a newer version of the calculator, in a form this page cannot read. Reload the page to get the newest version, then open it again."
            }
            FileOutcome::TooLarge => {
                "That file is far too large to be a case file. Nothing was changed."
            }
            FileOutcome::Unreadable => "The browser could not read that file. Nothing was changed.",
        }
    }
    fn calendar_name(&self) -> &'static str {
        "Due process deadlines"
    }
    fn calendar_date_line(&self, date: &str) -> String {
        format!("Date: {date}")
    }
    fn calendar_heading(&self) -> &'static str {
        "Add the dates to your calendar"
    }
    fn calendar_help(&self) -> &'static str {
        "Downloads one calendar file with every date above, as all-day events. Open it on your phone or computer to add them to your calendar app. If your dates change, download it again: the events are updated, not copied. Your own deadlines are placed on the earliest possible date."
    }
    fn reminder_label(&self, n: u8) -> &'static str {
        if n == 1 {
            "First reminder"
        } else {
            "Second reminder"
        }
    }
    fn reminder_choice(&self, days: Option<u32>) -> String {
        match days {
            None => "No reminder".into(),
            Some(1) => "1 day before, at 9 a.m.".into(),
            Some(7) => "1 week before, at 9 a.m.".into(),
            Some(14) => "2 weeks before, at 9 a.m.".into(),
            Some(n) => format!("{n} days before, at 9 a.m."),
        }
    }
    fn calendar_include_private(&self) -> &'static str {
        "Also put the draft's name and my notes in the events (leave this off if others can see your calendar)"
    }
    fn add_all_to_calendar(&self) -> &'static str {
        "Add all dates to my calendar"
    }
    fn add_one_to_calendar(&self) -> &'static str {
        "Add this date to my calendar"
    }
    fn mediation_mediator_ca(&self) -> &'static str {
        "In California the mediator is an administrative law judge from the Office of Administrative Hearings (OAH)."
    }
    fn mediation_terms_ca(&self) -> &'static str {
        "In California, OAH asks the side that filed for them as a detailed opening proposal."
    }
    fn checklists_heading(&self) -> &'static str {
        "Getting ready for your meetings"
    }
    fn checklists_help(&self) -> &'static str {
        "Tick what you have prepared or checked. Your ticks are kept with this draft."
    }
    fn meeting_title(&self, meeting: crate::checklist::Meeting) -> &'static str {
        use crate::checklist::Meeting as M;
        match meeting {
            M::ResolutionSession => "Before the resolution session",
            M::Mediation => "Before and during mediation",
        }
    }
    fn checklist_item(&self, item: crate::checklist::Item) -> &'static str {
        use crate::checklist::Item as I;
        match item {
            I::ResolutionMustAttend => {
                "Go: the meeting is required. If you do not take part, the district may ask the hearing officer to dismiss your complaint at the end of the 30 days."
            }
            I::ResolutionNoJudge => {
                "No judge or mediator is there: only you, the people you bring and the district. Make your own offers too."
            }
            I::ResolutionBring => {
                "Bring a copy of your complaint, your child's current IEP, recent evaluations, and a short written list of what you are asking for."
            }
            I::ResolutionWhoAttends => {
                "Who will be there: someone from the district who can make decisions (for example a principal or special education director) and the members of your child's IEP team who know the facts in your complaint."
            }
            I::ResolutionCompanion => {
                "You may bring a relative, a friend or an advocate. Let the district know ahead of time who is coming."
            }
            I::ResolutionLawyers => {
                "The district may bring a lawyer only if you bring one. The cost of a lawyer for this meeting is not paid back later, even if you win."
            }
            I::ResolutionNotConfidential => {
                "This meeting is not confidential unless both sides sign an agreement that says so. Anything you say or show (for example a new evaluation) can be used later at the hearing, so decide beforehand what you will share."
            }
            I::ResolutionOffers => {
                "Expect the district to make an offer, and know what you would accept. An agreement only counts when it is written and signed by both sides; one that settles your complaint ends the due process case. If there is no agreement, the hearing comes next."
            }
            I::ResolutionCancelWindow => {
                "If you sign an agreement, either side can cancel it in writing within 3 business days. Enter the day you signed it in the calculator, under “Agreements and offers”, to see the exact days."
            }
            I::MediationConfidential => {
                "What is said in mediation is confidential: it cannot be used as evidence at a later hearing or in court. You may be asked to sign a confidentiality agreement at the start."
            }
            I::MediationMediator => {
                "Mediation is voluntary. A trained, neutral mediator who works for neither side leads it."
            }
            I::MediationTerms => {
                "Write down your own settlement terms: what you ask for (services, hours, costs, providers) and what you could accept. The mediator starts from the offers already made."
            }
            I::MediationLongDay => {
                "It usually opens with both sides together, then offers go back and forth, often in separate rooms. It can take all day (some larger districts book half a day): plan child care and time off."
            }
            I::MediationTermsInIep => {
                "Check that the agreement says whether its terms will be written into your child's IEP."
            }
            I::MediationTermsEnd => {
                "Check whether the terms end at the next yearly IEP meeting or keep going after it."
            }
            I::MediationWaiver => {
                "Look for any waiver or release of your child's rights or claims. Be sure you understand what you would give up before you sign."
            }
            I::MediationStayPut => {
                "Check what the agreement says about \"stay put\": where your child stays if you disagree again at a later IEP meeting."
            }
            I::MediationBinding => {
                "It is binding once you and someone with authority to bind the district sign it: no days to cancel, and it ends the due process case. Ask whether the district's signer has that authority."
            }
            I::MediationBoardApprovalCa => {
                "In California the school board usually must still approve it, in a closed session (a parent resource says so): ask what happens if it says no. OAH then closes the case."
            }
        }
    }
    fn print_open(&self) -> &'static str {
        "Printable summary"
    }
    fn print_now(&self) -> &'static str {
        "Print or save as PDF"
    }
    fn print_brief(&self) -> &'static str {
        "One page for the meeting"
    }
    fn print_close(&self) -> &'static str {
        "Back to the calculator"
    }
    fn print_heading(&self) -> &'static str {
        "Due process deadlines: summary"
    }
    fn printed_on(&self, date: &str) -> String {
        format!("Printed on {date}.")
    }
    fn facts_heading(&self) -> &'static str {
        "Your case"
    }
    fn no_dates_entered(&self) -> &'static str {
        "No dates entered yet."
    }
    fn school_breaks_heading(&self) -> &'static str {
        "School breaks and closures (optional)"
    }
    fn school_breaks_toggle(&self, entered: usize) -> String {
        match entered {
            0 => "Add your district's breaks (for deadlines counted in school days)".into(),
            1 => "1 entered: see or change it".into(),
            n => format!("{n} entered: see or change them"),
        }
    }
    fn school_breaks_help(&self) -> &'static str {
        "Deadlines for fast (expedited) hearings and discipline meetings count only days when school is in session. Without your district's calendar, the page assumes school is open on weekdays except the usual holidays. Add the breaks and closures from your district's calendar to be precise."
    }
    fn closure_line(&self, from: &str, to: &str, label: &str) -> String {
        let days = if from == to {
            from.to_string()
        } else {
            format!("{from} to {to}")
        };
        if label.trim().is_empty() {
            days
        } else {
            format!("{days}: {label}")
        }
    }
    fn remove_closure(&self) -> &'static str {
        "Remove"
    }
    fn closure_from(&self) -> &'static str {
        "First day without school"
    }
    fn closure_to(&self) -> &'static str {
        "Last day without school (leave empty for one day)"
    }
    fn closure_label(&self) -> &'static str {
        "Name (optional), such as \"Winter break\""
    }
    fn closure_bad(&self) -> &'static str {
        "Enter the first day, and a last day that is not before it."
    }
    fn add_closure(&self) -> &'static str {
        "Add this closure"
    }
    fn import_school_calendar(&self) -> &'static str {
        "Import the school calendar"
    }
    fn import_help(&self) -> &'static str {
        "Most districts publish their calendar as a file ending in .ics (look for \"subscribe\" or \"export\" on the district's website). The file is read on this device only. You will see every all-day event in it and choose which ones are days without school."
    }
    fn import_review(&self) -> &'static str {
        "These all-day events were found. The ones whose names suggest there is no school are ticked; check each one before adding."
    }
    fn apply_closures(&self, n: usize) -> String {
        match n {
            1 => "Add 1 ticked day or range".into(),
            n => format!("Add {n} ticked days or ranges"),
        }
    }
    fn cancel(&self) -> &'static str {
        "Cancel"
    }
    fn school_calendar_error(&self, e: crate::ics::school::ReadError) -> &'static str {
        use crate::ics::school::ReadError as R;
        match e {
            R::TooLarge => "This file is too large to be a school calendar. Nothing was changed.",
            R::NotACalendar => "This file is not a calendar file (.ics). Nothing was changed.",
            R::NoAllDayEvents => {
                "This calendar has no all-day events, so it lists no days without school. Nothing was changed."
            }
        }
    }
    fn issues_heading(&self) -> &'static str {
        "Please check these dates"
    }
    fn issue(&self, issue: &Issue) -> String {
        match issue {
            Issue::OutOfRange { event } => format!(
                "\"{}\": this date is outside the years this calculator covers (1990-2100), so it is not used.",
                self.event_question(*event)
            ),
            Issue::FarFromToday { event } => format!(
                "\"{}\": this date is far from today. Is the year right?",
                self.event_question(*event)
            ),
            Issue::InTheFuture { event } => format!(
                "\"{}\": this date is after today. If it has not happened yet, the dates from it are a preview; if it has, check the year.",
                self.event_question(*event)
            ),
            Issue::OutOfOrder { event, must_follow } => format!(
                "\"{}\" is dated before \"{}\", which has to come first. Please check both dates.",
                self.event_question(*event),
                self.event_question(*must_follow)
            ),
            Issue::WithdrawalWithoutContinuation => "A withdrawal from mediation only changes the timeline after both sides agreed in writing to continue mediation. Enter that date too, or remove the withdrawal.".to_string(),
            Issue::ExtensionOnExpeditedTrack => "Expedited hearings cannot be extended, so the extended decision date is not used.".to_string(),
        }
    }
    fn field_problem(&self, problem: &FieldProblem) -> String {
        match problem {
            FieldProblem::UnknownJurisdiction(s) => format!(
                "The case names a place we do not know (\"{s}\"). Federal rules are used; choose your state above."
            ),
            FieldProblem::UnknownTrack(s) => format!(
                "The case names an unknown kind of hearing (\"{s}\"). A regular hearing is assumed."
            ),
            FieldProblem::UnknownFiledBy(s) => format!(
                "The case names an unknown filer (\"{s}\"). A complaint filed by the family is assumed."
            ),
            FieldProblem::BadDate { event, raw } => format!(
                "\"{}\": {}",
                self.event_question(*event),
                self.bad_date(raw, self.date_order())
            ),
            FieldProblem::UnknownEvent(_) => {
                "The case contains a date this version does not know. It is kept, but not used."
                    .to_string()
            }
            FieldProblem::BadClosure { index } => format!(
                "School closure number {} has a date we cannot read, or ends before it starts. It is not used.",
                index + 1
            ),
        }
    }
    fn open_problem(&self, problem: &OpenProblem) -> &'static str {
        match problem {
            OpenProblem::Link(LinkError::TooLarge) => {
                "This link holds more than a link can carry, so it was not opened. Ask the sender for the case as a file."
            }
            OpenProblem::Link(_) | OpenProblem::NotJson => {
                "This link seems to be cut off or changed, so the case in it could not be opened. Ask the sender to copy the whole link again. Nothing on this device was changed."
            }
            OpenProblem::Load(LoadError::NewerVersion(_)) => {
                "This case was made with a newer version of the calculator, in a form this page cannot read. Reload the page to get the newest version, then open the link again."
            }
            OpenProblem::Load(_) => {
                "This link does not hold a case from this calculator, so nothing was opened. Nothing on this device was changed."
            }
        }
    }
    fn opened_link(&self) -> &'static str {
        "Opened the case from your link. It is kept on this device as soon as you use it (change something, tick a checklist item, add its dates to your calendar or print it), or now with \"Keep as a new draft\" under \"Your drafts\". Until then only this tab keeps it: it is still here after a reload, but not once the tab is closed."
    }
    fn dismiss(&self) -> &'static str {
        "Dismiss"
    }

    fn offline_now(&self) -> &'static str {
        "You are offline. The calculator keeps working: nothing on this page needs a connection."
    }
    fn offline_ready(&self) -> &'static str {
        "This device keeps a copy of the calculator, so it opens even with no connection."
    }
    fn new_version_ready(&self) -> &'static str {
        "A newer version of the calculator is ready. Your drafts stay as they are."
    }
    fn use_new_version(&self) -> &'static str {
        "Use the new version"
    }

    fn embed_code_link(&self) -> &'static str {
        "Put this calculator on your website"
    }
    fn embed_code_heading(&self) -> &'static str {
        "Get the embed code"
    }
    fn embed_code_intro(&self) -> &'static str {
        "Choose how the calculator looks on your site, then paste the code into your page. \
         It runs in each visitor's browser: a family's case is never sent to your site or to \
         anyone else. Your page only hears the calculator's height, so the frame can fit it."
    }
    fn embed_lang_label(&self) -> &'static str {
        "Language"
    }
    fn embed_lang_auto(&self) -> &'static str {
        "Visitors choose (their browser's language first)"
    }
    fn embed_state_auto(&self) -> &'static str {
        "Visitors choose"
    }
    fn embed_theme_label(&self) -> &'static str {
        "Light or dark"
    }
    fn embed_theme(&self, theme: Theme) -> &'static str {
        match theme {
            Theme::Auto => "Follow the visitor's device",
            Theme::Light => "Always light",
            Theme::Dark => "Always dark",
        }
    }
    fn embed_accent_use(&self) -> &'static str {
        "Use my site's colour for buttons and links"
    }
    fn embed_accent_label(&self) -> &'static str {
        "Colour"
    }
    fn embed_accent_rejected(
        &self,
        colour: &str,
        problem: crate::embed::AccentProblem,
        ratio: &str,
    ) -> String {
        use crate::embed::AccentProblem;
        let what = match problem {
            AccentProblem::WhiteText(_) => format!(
                "{colour} is too light for white text on buttons: contrast {ratio} to 1, and at \
                 least 4.5 to 1 is needed."
            ),
            AccentProblem::Background { dark: false, .. } => format!(
                "{colour} is too close to the light theme's background: contrast {ratio} to 1, \
                 and at least 3 to 1 is needed."
            ),
            AccentProblem::Background { dark: true, .. } => format!(
                "{colour} is too dark against the dark theme's background: contrast {ratio} to 1, \
                 and at least 3 to 1 is needed. Choose \"Always light\", or a lighter shade."
            ),
        };
        format!("{what} The calculator keeps its own colours until the colour passes.")
    }
    fn one_decimal(&self, x: f64) -> String {
        let (whole, tenth) = super::tenths(x);
        format!("{whole}.{tenth}")
    }
    fn embed_sandbox(&self) -> &'static str {
        "Run it in a sandbox (recommended). Families can still save files, add dates to their \
         calendar and print."
    }
    fn embed_code_label(&self) -> &'static str {
        "Code to paste into your page"
    }
    fn copy_code(&self) -> &'static str {
        "Copy the code"
    }
    fn code_copied(&self) -> &'static str {
        "Copied."
    }
    fn code_copy_failed(&self) -> &'static str {
        "This browser did not let the page copy. Select the code and copy it yourself."
    }
    fn embed_preview_heading(&self) -> &'static str {
        "Preview"
    }
    fn embed_host_note(&self) -> &'static str {
        "If your site sends its own Content Security Policy, add this calculator's address to \
         its frame-src, and allow the short script (or move it into a script file of your site)."
    }
    fn back_to_calculator(&self) -> &'static str {
        "Back to the calculator"
    }

    fn not_saved_yet(&self) -> &'static str {
        "Nothing is saved yet. The case is saved on this device as soon as you enter something."
    }
    fn storage_notice(&self, embedded: bool) -> &'static str {
        if embedded {
            "This page cannot keep your case here: your browser does not let it save inside \
             another site. Save it as a file (under \"Your drafts\"), or open the calculator in \
             its own tab, where it can be kept."
        } else {
            "This browser does not let the page keep your case (for example in a private window). \
             It stays on screen until you close the page: use \"Save to a file\" under \"Your \
             drafts\" to keep a copy."
        }
    }
    fn open_in_own_tab(&self) -> &'static str {
        "Open this case in its own tab (opens in a new tab)"
    }
    fn embed_state_question(&self) -> &'static str {
        "Which state's rules should it start with?"
    }
    fn embed_width_label(&self) -> &'static str {
        "How wide is the space for it on your page?"
    }
    fn embed_width(&self, px: u32) -> String {
        match px {
            0..=400 => format!("{px} pixels (a phone)"),
            401..=900 => format!("{px} pixels (a column or a tablet)"),
            _ => format!("{px} pixels (a wide page)"),
        }
    }
    fn embed_preview_help(&self) -> &'static str {
        "The top of the calculator as your visitors first see it, at the width you chose. Scroll \
         inside the preview to see the rest."
    }
    fn embed_report_label(&self) -> &'static str {
        "Where should reports of a wrong date go? (optional)"
    }
    fn embed_report_help(&self) -> &'static str {
        "Each date has a \"Report a wrong date\" button. To receive your visitors' reports, \
         give an e-mail address as mailto:dates@your-site.org, or the https: address of a form \
         on your site (it opens in a new tab, with the report copied for pasting). Leave it \
         empty to let each visitor choose where to send it."
    }
    fn embed_report_rejected(&self) -> &'static str {
        "Only a mailto: address (one e-mail address) or an https: address can be used. This one \
         is left out of the code."
    }
    fn report_heading(&self, deadline: &str) -> String {
        format!("Report a wrong date: {deadline}")
    }
    fn report_intro(&self) -> &'static str {
        "The report below says which deadline, the state, the dates entered, the date shown, \
         and this page's version, so someone can check the date. It does not include the case's \
         name or notes unless you tick the box. Nothing is sent until you send it yourself."
    }
    fn report_route(&self, route: crate::report::Route) -> &'static str {
        use crate::report::Route;
        match route {
            Route::MailApp => {
                "Your e-mail app opens with the report: choose who gets it (the organization \
                 that shared this calculator, or its maintainers). Or copy it."
            }
            Route::Mail => {
                "Your e-mail app opens with the report, addressed to the organization that \
                 offers this calculator. Or copy it."
            }
            Route::Web => {
                "The organization that offers this calculator takes reports on its own page: \
                 the report is copied, then paste it there."
            }
        }
    }
    fn report_expected_label(&self) -> &'static str {
        "The date you expected (optional)"
    }
    fn report_include_private(&self) -> &'static str {
        "Include the case's name and notes"
    }
    fn report_text_label(&self) -> &'static str {
        "The report"
    }
    fn report_send_mail(&self) -> &'static str {
        "Send by e-mail"
    }
    fn report_open_page(&self) -> &'static str {
        "Copy the report and open the reporting page (opens in a new tab)"
    }
    fn report_copy(&self) -> &'static str {
        "Copy the report"
    }
    fn report_copied(&self) -> &'static str {
        "The report is copied."
    }
    fn report_copy_by_hand(&self) -> &'static str {
        "The browser did not let the page copy it: select the report above and copy it."
    }
    fn report_close(&self) -> &'static str {
        "Close"
    }
    fn report_subject(&self, deadline: &str, jurisdiction: &str) -> String {
        format!("Wrong date? {deadline} ({jurisdiction})")
    }
    fn report_field(&self, field: crate::report::Field) -> &'static str {
        use crate::report::Field;
        match field {
            Field::Deadline => "Deadline",
            Field::DateShown => "Date shown",
            Field::Earliest => "Earliest date shown",
            Field::Expected => "Date I expected",
            Field::NotGiven => "not given",
            Field::NoDate => "no date",
            Field::Jurisdiction => "State",
            Field::Track => "Track",
            Field::FiledBy => "Filed by",
            Field::Entered => "Dates entered",
            Field::NothingEntered => "none",
            Field::Closures => "School breaks",
            Field::Today => "Today, as the page counted",
            Field::TodayFixed => "fixed by the address",
            Field::PageVersion => "Page version",
            Field::RulesChecked => "Rules checked on",
            Field::Title => "Case name",
            Field::Notes => "Notes",
        }
    }

    fn month_names(&self) -> [&'static str; 12] {
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
    }
    fn month_abbr(&self) -> [&'static str; 12] {
        [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ]
    }
    fn weekday_names(&self) -> [&'static str; 7] {
        [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ]
    }
    fn weekday_abbr(&self) -> [&'static str; 7] {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    }
    fn date_long(&self, d: NaiveDate) -> String {
        use chrono::Datelike;
        format!(
            "{}, {} {}, {}",
            self.weekday_names()[weekday_index(d)],
            self.month_names()[month_index(d)],
            d.day(),
            d.year()
        )
    }
    fn date_short(&self, d: NaiveDate) -> String {
        use chrono::Datelike;
        format!(
            "{}, {} {}, {}",
            self.weekday_abbr()[weekday_index(d)],
            self.month_abbr()[month_index(d)],
            d.day(),
            d.year()
        )
    }
}

/// English names of the 50 states, DC and Puerto Rico, in the order of `STATE_CODES`.
const STATE_NAMES: [&str; 52] = [
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "District of Columbia",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Puerto Rico",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
];

fn state_name(code: &str) -> &'static str {
    STATE_CODES
        .iter()
        .position(|c| *c == code)
        .map_or("your state", |i| STATE_NAMES[i])
}

// California's mediation, said once and used by the stage guide and the checklist. Sources and
// the dates they were read: research/round6-words.md.

/// Education Code 56500.3(a)-(d) (text read); OAH's page on its case types (read 2026-12-06).
const CA_MEDIATION_ONLY: &str = "In California you can also ask for mediation without filing for a hearing (\"mediation only\", Education Code 56500.3; text read). Send the written request to OAH and a copy to the district at the same time. Lawyers, and others paid to act as legal advocates, may not take part; you may bring a helper who is not a lawyer and talk to a lawyer before or after. Mediation is voluntary: if the district declines, OAH closes the case. If no agreement is reached, you can still file for a hearing.";
/// OAH, "How to Set the Initial Mediation Date" (read 2026-12-06).
const CA_MEDIATION_DATE: &str = "In a case filed for a hearing and mediation, OAH does not set a mediation date by itself (it does in expedited and mediation-only cases). Its scheduling order gives the prehearing conference, the hearing date and a deadline to ask for mediation. Both sides must agree on a date and ask OAH together in writing, for example with OAH's optional form \"Request to Set Mediation and Continue Due Process Hearing\", signed by both. The request is a motion: file it early, usually no later than three business days before the prehearing conference (OAH's pages, read December 6, 2026).";
/// OAH, "The Mediation Process Including Virtual Mediations" (read 2026-12-06; the copy is undated).
const CA_MEDIATION_HELD: &str = "OAH has been holding its mediations by video (Microsoft Teams) or by telephone; when we read its page on December 6, 2026 it said no mediation would be held in person until further notice. Your notice of mediation says how yours will be held.";
/// Same OAH page (read 2026-12-06).
const CA_OPENING_PROPOSAL: &str = "In California, OAH asks the side that filed to give the mediator a detailed opening settlement proposal at the mediation: each thing asked for, with its cost and the providers or placement where possible (questions are allowed too). The mediator talks it over with that side before sharing it (OAH's page, read December 6, 2026).";
/// OAH's name for its judges and the request (Education Code 56505; OAH's pages).
const CA_JUDGE_AND_COMPLAINT: &str = "In California, the hearing officer is an administrative law judge of the Office of Administrative Hearings (OAH). There the complaint is also called a \"request for due process hearing\". It goes to OAH: it is not a complaint to the California Department of Education, which is a different process (a compliance complaint).";
