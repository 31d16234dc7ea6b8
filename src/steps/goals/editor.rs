//! The editor of one implementation goal: what it is, what it serves, where it acts, and how it
//! ranks (priority, value, effort, resistance and its mitigation).

use leptos::prelude::*;
use planner_core::goals::{
    area_code, area_from_code, score, ImplementationGoal, Priority, Resistance,
};
use planner_core::i18n::{GoalsText, ProfileText, Text};
use planner_core::profile::{optional_date, optional_text, required_text, FunctionalLevel};
use planner_core::strategy::{toggle_id, InteractionArea};
use planner_core::{Id, Plan};

use super::OpenGoal;
use crate::i18n::{t, use_language};
use crate::state::use_store;
use crate::widgets::checks::id_values;
use crate::widgets::{option, score_options, Bound, CheckGroup, DateField, Select, TextField};

/// The editor of the goal `id`.
#[component]
pub fn GoalEditor(id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    let rec = Bound::new(id, Plan::implementation_goal, Plan::implementation_goal_mut);
    let goal = rec.record();
    let dom = id.to_string();
    let fid = move |field: &str| format!("igoal-{dom}-{field}");
    let text = move |f: fn(&ImplementationGoal) -> String| Signal::derive(move || goal.with(f));

    let business_options = Memo::new(move |_| {
        let none = GoalsText::NoneChosen.text(lang.get()).to_owned();
        plan.with(|p| {
            std::iter::once((String::new(), none))
                .chain(
                    p.strategy
                        .goals
                        .iter()
                        .map(|g| (g.id.to_string(), g.name.clone())),
                )
                .collect::<Vec<_>>()
        })
    });
    let kpi_options = Memo::new(move |_| {
        plan.with(|p| {
            p.strategy
                .kpis
                .iter()
                .map(|k| (k.id.to_string(), k.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let unit_options = Memo::new(move |_| {
        plan.with(|p| {
            p.profile
                .units
                .iter()
                .map(|u| (u.id.to_string(), u.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let area_options = Memo::new(move |_| {
        let l = lang.get();
        InteractionArea::ALL
            .into_iter()
            .map(|a| {
                (
                    area_code(a).to_owned(),
                    GoalsText::area(a).text(l).to_owned(),
                )
            })
            .collect::<Vec<_>>()
    });
    let level_options = Memo::new(move |_| {
        let l = lang.get();
        FunctionalLevel::ALL
            .into_iter()
            .map(|v| {
                (
                    v.code().to_owned(),
                    ProfileText::level(v).text(l).to_owned(),
                )
            })
            .collect::<Vec<_>>()
    });
    let priority_options = Signal::derive(move || {
        let l = lang.get();
        std::iter::once(("", GoalsText::NotSet.text(l)))
            .chain(
                Priority::ALL
                    .into_iter()
                    .map(|p| (p.code(), GoalsText::priority(p).text(l))),
            )
            .map(option)
            .collect::<Vec<_>>()
    });
    let score_options = score_options(lang);
    let resistance_options = Signal::derive(move || {
        let l = lang.get();
        std::iter::once(("", GoalsText::NotSet.text(l)))
            .chain(
                Resistance::ALL
                    .into_iter()
                    .map(|r| (r.code(), GoalsText::resistance(r).text(l))),
            )
            .map(option)
            .collect::<Vec<_>>()
    });

    let open = use_context::<OpenGoal>().map(|o| o.0);

    view! {
        <div class="goal-editor" id=fid("editor")>
            <div class="form-grid">
                <TextField
                    id=fid("name")
                    label=Signal::derive(t(GoalsText::Name))
                    required=true
                    value=text(|g| g.name.clone())
                    commit=rec.commit(required_text, |g, v| g.name = v)
                />
                <Select
                    id=fid("business-goal")
                    label=Signal::derive(t(GoalsText::BusinessGoal))
                    options=business_options
                    value=Signal::derive(move || goal.with(|g| g.business_goal.as_ref().map(Id::to_string).unwrap_or_default()))
                    on_change=Callback::new(move |v: String| {
                        rec.edit(|g| g.business_goal = (!v.is_empty()).then_some(Id::from(v)));
                    })
                />
            </div>
            <TextField
                id=fid("description")
                label=Signal::derive(t(GoalsText::Description))
                multiline=true
                value=text(|g| g.description.clone())
                commit=rec.commit(optional_text, |g, v| g.description = v)
            />
            <div class="form-grid four">
                <Select
                    id=fid("priority")
                    label=Signal::derive(t(GoalsText::Priority))
                    options=priority_options
                    value=Signal::derive(move || goal.with(|g| g.priority.map(|p| p.code()).unwrap_or_default().to_owned()))
                    on_change=Callback::new(move |v: String| rec.edit(|g| g.priority = Priority::from_code(&v)))
                />
                <Select
                    id=fid("value")
                    label=Signal::derive(t(GoalsText::Value))
                    options=score_options
                    value=Signal::derive(move || goal.with(|g| g.value.map(|v| v.to_string()).unwrap_or_default()))
                    on_change=Callback::new(move |v: String| rec.edit(|g| g.value = score(&v)))
                />
                <Select
                    id=fid("effort")
                    label=Signal::derive(t(GoalsText::Effort))
                    options=score_options
                    value=Signal::derive(move || goal.with(|g| g.effort.map(|v| v.to_string()).unwrap_or_default()))
                    on_change=Callback::new(move |v: String| rec.edit(|g| g.effort = score(&v)))
                />
                <DateField
                    id=fid("target-date")
                    label=Signal::derive(t(GoalsText::TargetDate))
                    value=Signal::derive(move || goal.with(|g| g.target_date.map(|d| d.to_string()).unwrap_or_default()))
                    commit=rec.commit(optional_date, |g, v| g.target_date = v)
                />
            </div>
            <div class="form-grid">
                <CheckGroup
                    id=fid("kpis")
                    legend=Signal::derive(t(GoalsText::Kpis))
                    options=kpi_options
                    selected=Signal::derive(move || goal.with(|g| id_values(&g.kpis)))
                    on_toggle=Callback::new(move |(v, on): (String, bool)| rec.edit(|g| toggle_id(&mut g.kpis, &Id::from(v), on)))
                    empty=Signal::derive(t(GoalsText::NoKpis))
                />
                <CheckGroup
                    id=fid("areas")
                    legend=Signal::derive(t(GoalsText::Areas))
                    options=area_options
                    selected=Signal::derive(move || goal.with(|g| g.areas.iter().map(|a| area_code(*a).to_owned()).collect()))
                    on_toggle=Callback::new(move |(v, on): (String, bool)| {
                        if let Some(a) = area_from_code(&v) {
                            rec.edit(|g| toggle_id(&mut g.areas, &a, on));
                        }
                    })
                    empty=Signal::derive(t(GoalsText::NotSet))
                />
                <CheckGroup
                    id=fid("units")
                    legend=Signal::derive(t(GoalsText::Units))
                    options=unit_options
                    selected=Signal::derive(move || goal.with(|g| id_values(&g.units)))
                    on_toggle=Callback::new(move |(v, on): (String, bool)| rec.edit(|g| toggle_id(&mut g.units, &Id::from(v), on)))
                    empty=Signal::derive(t(GoalsText::NoUnits))
                />
                <CheckGroup
                    id=fid("levels")
                    legend=Signal::derive(t(GoalsText::Levels))
                    options=level_options
                    selected=Signal::derive(move || goal.with(|g| g.levels.iter().map(|l| l.code().to_owned()).collect()))
                    on_toggle=Callback::new(move |(v, on): (String, bool)| {
                        if let Some(level) = FunctionalLevel::from_code(&v) {
                            rec.edit(|g| toggle_id(&mut g.levels, &level, on));
                        }
                    })
                    empty=Signal::derive(t(GoalsText::NotSet))
                />
            </div>
            <div class="form-grid">
                <Select
                    id=fid("resistance")
                    label=Signal::derive(t(GoalsText::Resistance))
                    options=resistance_options
                    value=Signal::derive(move || goal.with(|g| g.resistance.map(|r| r.code()).unwrap_or_default().to_owned()))
                    on_change=Callback::new(move |v: String| rec.edit(|g| g.resistance = Resistance::from_code(&v)))
                />
            </div>
            <div class="form-grid">
                <TextField
                    id=fid("causes")
                    label=Signal::derive(t(GoalsText::Causes))
                    multiline=true
                    value=text(|g| g.resistance_causes.clone())
                    commit=rec.commit(optional_text, |g, v| g.resistance_causes = v)
                />
                <TextField
                    id=fid("mitigation")
                    label=Signal::derive(t(GoalsText::Mitigation))
                    multiline=true
                    required=Signal::derive(move || goal.with(|g| g.resistance == Some(Resistance::High))).get_untracked()
                    value=text(|g| g.mitigation.clone())
                    commit=rec.commit(optional_text, |g, v| g.mitigation = v)
                />
            </div>
            <div class="editor-actions">
                <button
                    type="button"
                    class="button danger subtle"
                    id=fid("delete")
                    on:click=move |_| {
                        rec.remove(|g| g.name.clone(), |p, id| { p.remove_implementation_goal(id); });
                        if let Some(open) = open { open.set(None); }
                    }
                >
                    {t(GoalsText::Delete)}
                </button>
            </div>
        </div>
    }
}
