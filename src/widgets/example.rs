//! "Open the example": opens the worked example (a Tashkent bank) as a new plan of the library.
//! The file is built into the app, so it works offline and in any interface language. Nothing
//! is replaced, so nothing needs confirming: the plan that was open stays in the library.

use leptos::prelude::*;
use planner_core::checks::step_started;
use planner_core::file::format;
use planner_core::i18n::{fill, Shell, StakeholdersText, Text};
use planner_core::steps::StepId;
use planner_core::Plan;

use crate::i18n::{t, use_language};
use crate::state::{use_store, Notice};

/// The worked example, as shipped in `examples/`.
pub const EXAMPLE: &str = include_str!("../../examples/tashkent-bank.crmplan.json");

/// Whether a plan has anything entered in any step.
pub fn has_work(plan: &Plan) -> bool {
    StepId::ALL.into_iter().any(|s| step_started(s, plan))
}

/// A button that opens the example as a new plan.
#[component]
pub fn OpenExampleButton(
    /// The element id of the button.
    #[prop(into)]
    id: String,
    /// A primary (card) or a quiet (toolbar) button.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let open = move |_| {
        let lang = lang.0.get_untracked();
        let Ok(example) = format::import(EXAMPLE) else {
            store.notice.set(Some(Notice {
                is_error: true,
                text: StakeholdersText::ExampleBroken.text(lang).into(),
                undo: None,
                raw: None,
            }));
            return;
        };
        let previous = store.plan().with_untracked(|p| {
            has_work(p).then(|| match p.display_name() {
                "" => Shell::Untitled.text(lang).to_owned(),
                name => name.to_owned(),
            })
        });
        store.open_as_new(example);
        store.notice.set(Some(Notice {
            is_error: false,
            text: match previous {
                Some(name) => fill(StakeholdersText::ExampleOpened.text(lang), &[&name]),
                None => StakeholdersText::ExampleOpenedEmpty.text(lang).into(),
            },
            undo: None,
            raw: None,
        }));
    };
    let class = if primary {
        "button primary"
    } else {
        "button subtle"
    };
    view! {
        <button type="button" class=class id=id on:click=open>
            {t(StakeholdersText::OpenExample)}
        </button>
    }
}

/// The card on the profile page while the plan is empty: start from the worked example.
#[component]
pub fn ExampleCard() -> impl IntoView {
    view! {
        <section class="card example-card" aria-labelledby="example-heading" id="example-card">
            <h2 id="example-heading">{t(StakeholdersText::ExampleTitle)}</h2>
            <p>{t(StakeholdersText::ExampleIntro)}</p>
            <OpenExampleButton id="open-example" primary=true />
        </section>
    }
}
