//! The checklists for the two meetings of due process: what to prepare and check before a
//! resolution session (34 CFR 300.510) and before and at a mediation (34 CFR 300.506). The items
//! are typed so that every one has its words in every language (see [`crate::i18n::Text`]); the
//! ticks are saved with the case as the `checklist` field (a list of item ids), which older
//! versions of the page keep unchanged as an unknown field.

use crate::case::{CaseFile, Json};
use crate::engine::case::{Case, FiledBy};
use crate::engine::ids::EventId;

/// The meetings that have a checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meeting {
    ResolutionSession,
    Mediation,
}

impl Meeting {
    pub const ALL: [Meeting; 2] = [Meeting::ResolutionSession, Meeting::Mediation];

    /// Its items, in the order a family goes through them.
    pub fn items(self) -> &'static [Item] {
        match self {
            Meeting::ResolutionSession => &RESOLUTION,
            Meeting::Mediation => &MEDIATION,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Meeting::ResolutionSession => "resolution-session",
            Meeting::Mediation => "mediation",
        }
    }
}

/// One thing to prepare or check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    ResolutionMustAttend,
    ResolutionNoJudge,
    ResolutionBring,
    ResolutionWhoAttends,
    ResolutionCompanion,
    ResolutionLawyers,
    ResolutionNotConfidential,
    ResolutionOffers,
    ResolutionCancelWindow,
    MediationConfidential,
    MediationMediator,
    MediationTerms,
    MediationLongDay,
    MediationTermsInIep,
    MediationTermsEnd,
    MediationWaiver,
    MediationStayPut,
    MediationBinding,
    MediationBoardApprovalCa,
}

const RESOLUTION: [Item; 9] = [
    Item::ResolutionMustAttend,
    Item::ResolutionNoJudge,
    Item::ResolutionBring,
    Item::ResolutionWhoAttends,
    Item::ResolutionCompanion,
    Item::ResolutionLawyers,
    Item::ResolutionNotConfidential,
    Item::ResolutionOffers,
    Item::ResolutionCancelWindow,
];

const MEDIATION: [Item; 10] = [
    Item::MediationConfidential,
    Item::MediationMediator,
    Item::MediationTerms,
    Item::MediationLongDay,
    Item::MediationTermsInIep,
    Item::MediationTermsEnd,
    Item::MediationWaiver,
    Item::MediationStayPut,
    Item::MediationBinding,
    Item::MediationBoardApprovalCa,
];

impl Item {
    /// The id saved in the case file when the item is ticked.
    pub const fn as_str(self) -> &'static str {
        match self {
            Item::ResolutionMustAttend => "resolution-must-attend",
            Item::ResolutionNoJudge => "resolution-no-judge",
            Item::ResolutionBring => "resolution-bring",
            Item::ResolutionWhoAttends => "resolution-who-attends",
            Item::ResolutionCompanion => "resolution-companion",
            Item::ResolutionLawyers => "resolution-lawyers",
            Item::ResolutionNotConfidential => "resolution-not-confidential",
            Item::ResolutionOffers => "resolution-offers",
            Item::ResolutionCancelWindow => "resolution-cancel-window",
            Item::MediationConfidential => "mediation-confidential",
            Item::MediationMediator => "mediation-mediator",
            Item::MediationTerms => "mediation-terms",
            Item::MediationLongDay => "mediation-long-day",
            Item::MediationTermsInIep => "mediation-terms-in-iep",
            Item::MediationTermsEnd => "mediation-terms-end",
            Item::MediationWaiver => "mediation-waiver",
            Item::MediationStayPut => "mediation-stay-put",
            Item::MediationBinding => "mediation-binding",
            Item::MediationBoardApprovalCa => "mediation-board-approval-ca",
        }
    }

    /// Only for cases in California.
    pub const fn california_only(self) -> bool {
        matches!(self, Item::MediationBoardApprovalCa)
    }
}

/// The case-file field that holds the ticked items.
pub const FIELD: &str = "checklist";

/// The ids ticked in this case (unknown ids included: they are kept).
pub fn ticked(file: &CaseFile) -> Vec<String> {
    match file.extra.get(FIELD) {
        Some(Json::Array(items)) => items
            .iter()
            .filter_map(|i| i.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// Ticks or unticks an item, keeping everything else in the field in its place: other ids, known
/// or not, and anything that is not an id. A value that is not a list (a newer version's) is kept
/// untouched, and the tick is not stored (contract section 1: unknown content is never lost).
pub fn set(file: &mut CaseFile, item: Item, on: bool) {
    let id = item.as_str();
    match file.extra.get_mut(FIELD) {
        None if on => {
            file.extra.insert(
                FIELD.to_string(),
                Json::Array(vec![Json::String(id.to_string())]),
            );
        }
        None => {}
        Some(Json::Array(items)) => {
            items.retain(|i| i.as_str() != Some(id));
            if on {
                items.push(Json::String(id.to_string()));
            }
            if items.is_empty() {
                file.extra.remove(FIELD);
            }
        }
        Some(_) => {}
    }
}

/// The meeting the family is preparing for, if any: a mediation they chose, else a resolution
/// session on a parent's complaint that has not been held, waived or replaced.
pub fn next_meeting(case: &Case) -> Option<Meeting> {
    let has = |e: EventId| case.events.get(e).is_some();
    // Mediation chosen instead of the resolution meeting (300.510(a)(3)(ii)).
    if has(EventId::MediationChosen) {
        return (!has(EventId::MediationAgreementSigned)).then_some(Meeting::Mediation);
    }
    let pending = case.filed_by == FiledBy::Parent
        && has(EventId::ComplaintReceived)
        && !has(EventId::ResolutionMeetingHeld)
        && !has(EventId::ResolutionWaived)
        && !has(EventId::SettlementSigned);
    pending.then_some(Meeting::ResolutionSession)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Contract section 1: what a newer version wrote into the field survives a tick.
    #[test]
    fn a_tick_keeps_what_it_does_not_understand() {
        let item = Meeting::ALL[0].items()[0];
        let mut file = CaseFile::new("c".to_string());
        file.extra.insert(
            FIELD.to_string(),
            Json::Array(vec![
                Json::String("future-item".to_string()),
                Json::Object(Default::default()),
            ]),
        );
        set(&mut file, item, true);
        assert_eq!(ticked(&file), ["future-item", item.as_str()]);
        match file.extra.get(FIELD) {
            Some(Json::Array(items)) => assert_eq!(items.len(), 3, "the object is kept"),
            other => panic!("{other:?}"),
        }
        set(&mut file, item, false);
        assert_eq!(ticked(&file), ["future-item"]);
        // Not a list at all: left as it is.
        let mut newer = CaseFile::new("d".to_string());
        newer
            .extra
            .insert(FIELD.to_string(), Json::String("v2".to_string()));
        set(&mut newer, item, true);
        assert!(matches!(newer.extra.get(FIELD), Some(Json::String(s)) if s == "v2"));
    }

    #[test]
    fn ids_are_unique_and_every_item_is_in_one_list() {
        let all: Vec<Item> = Meeting::ALL
            .iter()
            .flat_map(|m| m.items())
            .copied()
            .collect();
        let mut ids: Vec<&str> = all.iter().map(|i| i.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all.len());
        assert_eq!(all.len(), 19);
    }

    #[test]
    fn ticks_round_trip_and_keep_unknown_ids() {
        let mut f = CaseFile::new("c".into());
        f.extra.insert(
            FIELD.into(),
            Json::Array(vec![Json::String("from-a-newer-version".into())]),
        );
        set(&mut f, Item::MediationWaiver, true);
        set(&mut f, Item::ResolutionBring, true);
        set(&mut f, Item::MediationWaiver, false);
        assert_eq!(ticked(&f), ["from-a-newer-version", "resolution-bring"]);
        set(&mut f, Item::ResolutionBring, true);
        assert_eq!(ticked(&f).len(), 2, "ticking twice keeps one");
        let mut empty = CaseFile::new("d".into());
        set(&mut empty, Item::ResolutionBring, true);
        set(&mut empty, Item::ResolutionBring, false);
        assert!(
            !empty.extra.contains_key(FIELD),
            "no empty field left behind"
        );
    }

    #[test]
    fn next_meeting_follows_the_case() {
        use chrono::NaiveDate;
        let d = NaiveDate::from_ymd_opt(2025, 8, 29);
        let mut c = Case::default();
        assert_eq!(next_meeting(&c), None);
        c.events.set(EventId::ComplaintReceived, d);
        assert_eq!(next_meeting(&c), Some(Meeting::ResolutionSession));
        c.events.set(EventId::MediationChosen, d);
        assert_eq!(next_meeting(&c), Some(Meeting::Mediation));
        c.events.set(EventId::MediationAgreementSigned, d);
        assert_eq!(next_meeting(&c), None, "settled in mediation");
        let mut held = Case::default();
        held.events.set(EventId::ComplaintReceived, d);
        held.events.set(EventId::ResolutionMeetingHeld, d);
        assert_eq!(next_meeting(&held), None);
        let mut district = Case {
            filed_by: FiledBy::District,
            ..Case::default()
        };
        district.events.set(EventId::ComplaintReceived, d);
        assert_eq!(next_meeting(&district), None);
    }
}
