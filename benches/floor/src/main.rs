//! A counter: the framework floor the calculator's load time and size are compared with.

use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(Counter);
}

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! {
        <main>
            <h1>"Counter"</h1>
            <button data-floor="ready" on:click=move |_| set_count.update(|n| *n += 1)>
                "Add one: " {count}
            </button>
        </main>
    }
}
