//! "Open the example": loads the worked example (a Tashkent bank) as the open plan. The file is
//! built into the app, so it works offline and in any interface language. When the open plan
//! has work, the user is asked first, and the notice offers to undo.

use leptos::prelude::*;
use planner_core::checks::step_started;
use planner_core::i18n::{fill, Shell, StakeholdersText, Text};
use planner_core::steps::StepId;
use planner_core::{format, Plan};

use crate::i18n::{t, use_language};
use crate::state::{use_store, Notice};

/// The worked example, as shipped in `examples/`.
pub const EXAMPLE: &str = include_str!("../../examples/tashkent-bank.crmplan.json");

/// Whether a plan has anything entered in any step.
pub fn has_work(plan: &Plan) -> bool {
    StepId::ALL.into_iter().any(|s| step_started(s, plan))
}

/// A button that opens the example, with an in-page confirmation when work would be replaced.
#[component]
pub fn OpenExampleButton(
    /// The element id of the button (the confirmation's ids derive from it).
    #[prop(into)]
    id: String,
    /// A primary (card) or a quiet (toolbar) button.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let asking = RwSignal::new(false);
    let open = move || {
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
        let previous = store.plan().get_untracked();
        let had_work = has_work(&previous);
        store.replace(example);
        store.notice.set(Some(Notice {
            is_error: false,
            text: if had_work {
                StakeholdersText::ExampleOpened.text(lang).into()
            } else {
                StakeholdersText::ExampleOpenedEmpty.text(lang).into()
            },
            undo: had_work.then_some(previous),
            raw: None,
        }));
        asking.set(false);
    };
    let confirm_id = format!("{id}-confirm");
    let cancel_id = format!("{id}-cancel");
    let class = if primary {
        "button primary"
    } else {
        "button subtle"
    };
    let plan_name = move || {
        store.plan().with(|p| match p.display_name() {
            "" => Shell::Untitled.text(lang.get()).to_owned(),
            name => name.to_owned(),
        })
    };
    view! {
        <span class="open-example">
            <button
                type="button"
                class=class
                id=id
                aria-expanded=move || asking.get().to_string()
                on:click=move |_| {
                    if store.plan().with_untracked(has_work) {
                        asking.set(true);
                    } else {
                        open();
                    }
                }
            >
                {t(StakeholdersText::OpenExample)}
            </button>
            <Show when=move || asking.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="example-ask">
                    <p id="example-ask">
                        {move || fill(StakeholdersText::ExampleReplace.text(lang.get()), &[&plan_name()])}
                    </p>
                    <div class="confirm-actions">
                        <button type="button" class="button danger" id=confirm_id.clone() on:click=move |_| open()>
                            {t(StakeholdersText::ExampleConfirm)}
                        </button>
                        <button type="button" class="button" id=cancel_id.clone() on:click=move |_| asking.set(false)>
                            {t(StakeholdersText::Cancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </span>
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
