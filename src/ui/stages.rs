//! Plain-language explanations of each stage of due process.

use leptos::prelude::*;

use super::state::AppState;
use crate::i18n::Stage;

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
                        <details class="dp-stage" >
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
