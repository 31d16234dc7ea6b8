//! "Open the example": opens the worked example (a Tashkent bank), in the interface language,
//! as a new plan of the library. The three files are served beside the app (`examples/`) and
//! fetched on demand rather than built in: they would add about 19 KB to every first load.
//! Nothing is replaced, so nothing needs confirming: the plan that was open stays in the library.

use leptos::prelude::*;
use planner_core::checks::step_started;
use planner_core::example;
use planner_core::file::format;
use planner_core::i18n::{fill, Lang, Shell, StakeholdersText, Text};
use planner_core::steps::StepId;
use planner_core::Plan;

use crate::i18n::{t, use_language};
use crate::platform::files;
use crate::state::{use_store, Notice, PlanStore};

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
    let busy = RwSignal::new(false);
    let open = move |_| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            let lang = lang.0.get_untracked();
            let path = format!("examples/{}", example::file_name(lang));
            let example = files::fetch_text(&path)
                .await
                .and_then(|text| format::import(&text).ok());
            // The button may have left the page while the file came (a step change).
            let _ = busy.try_set(false);
            match example {
                Some(example) => opened(store, example, lang),
                None => store.notice.set(Some(Notice {
                    is_error: true,
                    text: StakeholdersText::ExampleBroken.text(lang).into(),
                    undo: None,
                    raw: None,
                    details: None,
                })),
            }
        });
    };
    let class = if primary {
        "button primary"
    } else {
        "button subtle"
    };
    view! {
        <button type="button" class=class id=id on:click=open disabled=move || busy.get() aria-busy=move || busy.get().to_string()>
            {t(StakeholdersText::OpenExample)}
        </button>
    }
}

/// Opens the example as a new plan and says so, naming the plan that stays in the library.
fn opened(store: PlanStore, example: Plan, lang: Lang) {
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
        details: None,
    }));
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
