//! Plain-language explanations of each stage of due process.

use leptos::prelude::*;

use super::state::AppState;
use crate::engine::ids::DeadlineId;
use crate::i18n::Stage;

/// The id of a stage's explanation, for the cards' "What does this mean?" links.
pub fn anchor(stage: Stage) -> &'static str {
    match stage {
        Stage::ResolutionSession => "stage-resolution-session",
        Stage::Mediation => "stage-mediation",
        Stage::Hearing => "stage-hearing",
        Stage::DecisionAndAppeal => "stage-decision",
        Stage::Expedited => "stage-expedited",
        Stage::StayPut => "stage-stay-put",
    }
}

/// The stage whose explanation says what a deadline means for the family.
pub fn stage_of(id: DeadlineId) -> Stage {
    use DeadlineId as D;
    match id {
        D::ResolutionMeeting
        | D::ResolutionPeriodEnd
        | D::SettlementVoidWindow
        | D::SettlementOfferResponse => Stage::ResolutionSession,
        D::FilingLimit
        | D::DistrictResponse
        | D::ResponseToComplaint
        | D::SufficiencyChallenge
        | D::SufficiencyRuling
        | D::AmendmentCutoff
        | D::EvidenceDisclosure => Stage::Hearing,
        D::HearingDecision
        | D::CivilAction
        | D::StateReviewRequest
        | D::StateReviewNotice
        | D::CivilActionStateCourt
        | D::CivilActionFederalCourt => Stage::DecisionAndAppeal,
        D::ExpeditedResolutionMeeting
        | D::ExpeditedResolutionPeriodEnd
        | D::ExpeditedHearing
        | D::ExpeditedDecision
        | D::ManifestationDetermination => Stage::Expedited,
        D::PrivatePlacementNotice | D::ReimbursementClaimLimit => Stage::StayPut,
    }
}

#[component]
pub fn StageGuide() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let california = Memo::new(move |_| {
        state
            .case
            .with(|(c, _)| c.jurisdiction.state() == Some(*b"CA"))
    });
    // The state's hearing office and mediation program, named where they were confirmed
    // (California's own paragraphs already name them).
    let place = Memo::new(move |_| state.case.with(|(c, _)| c.jurisdiction));
    let office = move |stage: Stage| {
        if california.get() {
            return None;
        }
        let jurisdiction = place.get();
        let code = jurisdiction.state()?;
        let name = t.state_name(std::str::from_utf8(&code).unwrap_or(""));
        let pack = crate::rules::pack_for(jurisdiction).0;
        match stage {
            Stage::Hearing => pack
                .hearings
                .map(|o| (o, t.office_hearings(name, t.office_name(o.name)))),
            Stage::Mediation => pack
                .mediation
                .map(|o| (o, t.office_mediation(name, t.office_name(o.name)))),
            _ => None,
        }
    };
    view! {
        <section class="dp-step dp-stages" aria-labelledby="stages-heading">
            <h2 id="stages-heading">{t.stages_heading()}</h2>
            {Stage::ALL
                .into_iter()
                .map(|stage| {
                    view! {
                        <details class="dp-stage" id=anchor(stage)>
                            <summary>{t.stage_title(stage)}</summary>
                            {move || {
                                t.stage_body(stage, california.get())
                                    .into_iter()
                                    .map(|p| view! { <p>{p}</p> })
                                    .collect_view()
                            }}
                            {move || office(stage).map(|(o, said)| view! { <super::sources::OfficeLine kind="stage" office=o said/> })}
                        </details>
                    }
                })
                .collect_view()}
        </section>
    }
}
