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
                        </details>
                    }
                })
                .collect_view()}
        </section>
    }
}
