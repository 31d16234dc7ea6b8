//! Step 2: define the CRM strategy — vision, goals, processes, people, software, the links
//! between them (the text's four-way interrelation), benefits and KPIs, with the alignment
//! matrix and the goal → KPI → benefit traceability.

mod kpis;
mod links;
mod records;
mod views;

use leptos::prelude::*;
use planner_core::i18n::{Shell, StrategyText};
use planner_core::profile::optional_text;
use planner_core::steps::StepId;
use planner_core::strategy::checks::started;
use planner_core::strategy::RecordKind;

use super::EmptyState;
use crate::i18n::t;
use crate::state::use_store;
use crate::widgets::{provide_people, StepPage, TextField};

/// The page of step 2.
#[component]
pub fn StrategyStep() -> impl IntoView {
    let store = use_store();
    // One list of people for every picker on the page.
    provide_people();
    let plan = store.plan();
    view! {
        <StepPage step=StepId::Strategy>
            <Show when=move || !plan.with(started)>
                <EmptyState text=Shell::StrategyEmpty />
            </Show>
            <section class="card" aria-labelledby="vision-heading">
                <h2 id="vision-heading">{t(StrategyText::VisionSection)}</h2>
                <p class="muted">{t(StrategyText::Intro)}</p>
                <TextField
                    id="strategy-vision"
                    label=Signal::derive(t(StrategyText::Vision))
                    placeholder=Signal::derive(t(StrategyText::VisionHint))
                    multiline=true
                    required=true
                    value=Signal::derive(move || plan.with(|p| p.strategy.vision.clone()))
                    commit=Callback::new(move |s: String| {
                        let v = optional_text(&s)?;
                        store.update(|p| p.strategy.vision = v);
                        Ok(())
                    })
                />
            </section>
            <records::RecordSection kind=RecordKind::Goal />
            <div class="strategy-columns">
                <records::RecordSection kind=RecordKind::Process />
                <records::RecordSection kind=RecordKind::People />
                <records::RecordSection kind=RecordKind::Software />
            </div>
            <links::LinksCard />
            <records::RecordSection kind=RecordKind::Benefit />
            <kpis::KpisCard />
            <views::AlignmentMatrix />
            <views::Traceability />
        </StepPage>
    }
}
