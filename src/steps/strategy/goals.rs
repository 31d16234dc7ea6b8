//! The business goals: each listed as its name with how many stakeholders it answers and how
//! many KPIs measure it; its editor (name, description, stakeholders) opens on demand, one at a
//! time.

use leptos::prelude::*;
use planner_core::i18n::{fill, StrategyText, Text};
use planner_core::profile::{optional_text, required_text};
use planner_core::store::patch::{Part, Parts};
use planner_core::strategy::{toggle_id, BusinessGoal};
use planner_core::{Id, Plan};

use super::{named, use_strategy, SummaryRow};
use crate::i18n::{t, use_language};
use crate::state::use_store;
use crate::widgets::{use_people, Bound, RecordPicker, TextField};

fn goal_of<'a>(plan: &'a Plan, id: &Id) -> Option<&'a BusinessGoal> {
    plan.strategy.goal(id)
}

fn goal_of_mut<'a>(plan: &'a mut Plan, id: &Id) -> Option<&'a mut BusinessGoal> {
    plan.strategy.goal_mut(id)
}

/// One business goal: its name and counts with its actions, and its editor when open.
#[component]
pub fn GoalRow(id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let open = use_strategy().goal;
    let goal = Memo::new(move |_| {
        store
            .with_record(&id, Parts::NONE, |p| goal_of(p, &id).cloned())
            .unwrap_or_default()
    });
    // The KPIs that measure it are other records: counted over the strategy.
    let kpis = Memo::new(move |_| {
        store
            .part(Part::Strategy)
            .with(|p| p.strategy.kpis_of(&id).count())
    });
    let dom = format!("goal-{id}");
    let f = move |field: &str| format!("{dom}-{field}");
    let name = move || goal.with(|g| named(&g.name).to_owned());
    let people = move || goal.with(|g| g.stakeholders.len());
    view! {
        <SummaryRow id=id prefix="goal" class="business-goal-row" open=open name=Signal::derive(name) editor=move || view! { <GoalEditor id=id /> }>
            <p class="record-line" id=f("summary")>
                <span class="record-title">{name}</span>
            </p>
            <span class="record-badges">
                <span class="badge" class:record-missing=move || people() == 0>
                    {move || fill(StrategyText::SummaryStakeholders.text(lang.get()), &[&people().to_string()])}
                </span>
                <span class="badge" class:record-missing=move || kpis.get() == 0>
                    {move || fill(StrategyText::SummaryKpis.text(lang.get()), &[&kpis.get().to_string()])}
                </span>
            </span>
        </SummaryRow>
    }
}

/// The editor of one business goal: its name, description and the stakeholders it answers.
#[component]
fn GoalEditor(id: Id) -> impl IntoView {
    let rec = Bound::new(id, goal_of, goal_of_mut);
    let goal = rec.record();
    let dom = format!("goal-{id}");
    let f = move |field: &str| format!("{dom}-{field}");
    view! {
        <div class="record-editor" id=f("editor")>
            <TextField
                id=f("name")
                label=Signal::derive(t(StrategyText::Goal))
                required=true
                value=rec.text(|g| g.name.clone())
                commit=rec.commit(required_text, |g, v| g.name = v)
            />
            <TextField
                id=f("description")
                label=Signal::derive(t(StrategyText::Description))
                multiline=true
                value=rec.text(|g| g.description.clone())
                commit=rec.commit(optional_text, |g, v| g.description = v)
            />
            <RecordPicker
                id=f("stakeholders")
                label=Signal::derive(t(StrategyText::GoalStakeholders))
                options=use_people().0
                chosen=Signal::derive(move || goal.with(|g| g.stakeholders.clone()))
                on_pick=Callback::new(move |sid: Id| rec.edit(|g| toggle_id(&mut g.stakeholders, &sid, true)))
                on_remove=Callback::new(move |sid: Id| rec.edit(|g| toggle_id(&mut g.stakeholders, &sid, false)))
            />
        </div>
    }
}
