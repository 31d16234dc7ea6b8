//! The scope decision for each customer-interaction area.

use leptos::prelude::*;
use planner_core::goals::{area_code, MAIN_AREAS};
use planner_core::i18n::{GoalsText, Text};
use planner_core::profile::optional_text;
use planner_core::strategy::InteractionArea;

use crate::i18n::{t, use_language};
use crate::state::use_store;
use crate::widgets::Origin;
use crate::widgets::{option, Select, TextField};

/// Every interaction area with its decision, and the reason when it is out of scope.
#[component]
pub fn ScopeCard() -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="scope-heading">
            <h2 id="scope-heading">{t(GoalsText::ScopeSection)} <Origin /></h2>
            <p class="muted">{t(GoalsText::ScopeIntro)}</p>
            <ul class="scope-list" id="scope-list">
                {InteractionArea::ALL.into_iter().map(|area| view! { <AreaRow area=area /> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn AreaRow(area: InteractionArea) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    let code = area_code(area);
    let decision = Memo::new(move |_| {
        plan.with(|p| {
            p.scope_decision(area)
                .map(|d| (d.in_scope, d.reason.clone()))
        })
    });
    let value = Signal::derive(move || {
        match decision.get() {
            None => "",
            Some((true, _)) => "in",
            Some((false, _)) => "out",
        }
        .to_owned()
    });
    let options = Signal::derive(move || {
        let l = lang.get();
        vec![
            ("", GoalsText::Undecided.text(l)),
            ("in", GoalsText::InScope.text(l)),
            ("out", GoalsText::OutOfScope.text(l)),
        ]
        .into_iter()
        .map(option)
        .collect::<Vec<_>>()
    });
    let main = MAIN_AREAS.contains(&area);
    view! {
        <li class="scope-row" data-area=code class:main=main>
            <span class="scope-name">
                {move || GoalsText::area(area).text(lang.get())}
                {main.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </span>
            <Select
                id=format!("scope-{code}-decision")
                label=Signal::derive(t(GoalsText::Decision))
                options=options
                value=value
                on_change=Callback::new(move |v: String| {
                    let choice = match v.as_str() {
                        "in" => Some(true),
                        "out" => Some(false),
                        _ => None,
                    };
                    store.update(|p| p.decide_area(area, choice));
                })
            />
            <Show when=move || matches!(decision.get(), Some((false, _)))>
                <TextField
                    id=format!("scope-{code}-reason")
                    label=Signal::derive(t(GoalsText::Reason))
                    required=true
                    value=Signal::derive(move || decision.get().map(|d| d.1).unwrap_or_default())
                    commit=Callback::new(move |s: String| {
                        let v = optional_text(&s)?;
                        store.update(|p| p.set_area_reason(area, v));
                        Ok(())
                    })
                />
            </Show>
        </li>
    }
}
