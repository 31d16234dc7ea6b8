//! The editor of the open plan: the text's three parts first (responsible person, key
//! indicators, deadline), then the goals it serves, start, status and budget, then its tasks.

use leptos::prelude::*;
use planner_core::i18n::{GoalsText, PlansText, Text};
use planner_core::plans::{budget, ImplementationPlan, PlanStatus};
use planner_core::profile::{optional_date, required_text};
use planner_core::Id;

use super::tasks::TaskList;
use super::use_selection;
use crate::i18n::{t, use_language};
use crate::state::{use_store, PlanStore};
use crate::widgets::choice::{CheckGroup, Choice};
use crate::widgets::{DateField, SelectField, TextField};

fn edit(store: PlanStore, id: &Id, change: impl FnOnce(&mut ImplementationPlan)) {
    let id = id.clone();
    store.update(move |p| {
        if let Some(x) = p.plan_mut(&id) {
            change(x);
        }
    });
}

fn toggle(list: &mut Vec<Id>, value: Id, on: bool) {
    let present = list.contains(&value);
    if on && !present {
        list.push(value);
    } else if !on {
        list.retain(|v| v != &value);
    }
}

/// The open plan's editor, if a plan is open.
#[component]
pub fn PlanEditor() -> impl IntoView {
    let selection = use_selection();
    let store = use_store();
    // Only a different plan rebuilds the editor, not every write to the selection.
    let open = Memo::new(move |_| {
        let id = selection.plan.get()?;
        store.plan().with(|p| p.plan(&id).is_some()).then_some(id)
    });
    move || open.get().map(|id| view! { <PlanForm id=id /> })
}

#[component]
fn PlanForm(id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let selection = use_selection();
    let plan = store.plan();
    let record = {
        let id = id.clone();
        Memo::new(move |_| plan.with(|p| p.plan(&id).cloned().unwrap_or_default()))
    };
    let dom = id.to_string();
    let fid = move |field: &str| format!("plan-{dom}-{field}");
    let people = Memo::new(move |_| {
        let none = PlansText::NoneChosen.text(lang.get()).to_owned();
        plan.with(|p| {
            std::iter::once((String::new(), none))
                .chain(
                    p.stakeholders
                        .iter()
                        .map(|s| (s.id.to_string(), s.name.clone())),
                )
                .collect::<Vec<_>>()
        })
    });
    let kpis = Memo::new(move |_| {
        plan.with(|p| {
            p.strategy
                .kpis
                .iter()
                .map(|k| (k.id.to_string(), k.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let goals = Memo::new(move |_| {
        let l = lang.get();
        plan.with(|p| {
            planner_core::ranking::ranked(p)
                .into_iter()
                .map(|g| {
                    let priority = g.priority.map_or("", |x| GoalsText::priority(x).text(l));
                    let label = if priority.is_empty() {
                        g.name.clone()
                    } else {
                        format!("{} ({priority})", g.name)
                    };
                    (g.id.to_string(), label)
                })
                .collect::<Vec<_>>()
        })
    });
    let statuses = Signal::derive(move || {
        let l = lang.get();
        PlanStatus::ALL
            .into_iter()
            .map(|s| (s.code(), PlansText::plan_status(s).text(l)))
            .collect::<Vec<_>>()
    });
    let budget_error = RwSignal::new(false);
    let (i_name, i_resp, i_ind, i_goal, i_start, i_dead, i_stat, i_budget, i_del) = (
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
    );
    let budget_id = fid("budget");
    let date = move |f: fn(&ImplementationPlan) -> Option<chrono::NaiveDate>| {
        Signal::derive(move || record.with(|r| f(r).map(|d| d.to_string()).unwrap_or_default()))
    };
    view! {
        <section class="card plan-editor" id=fid("editor") aria-labelledby=fid("heading")>
            <h2 id=fid("heading")>{move || record.with(|r| r.name.clone())}</h2>
            <div class="form-grid">
                <TextField
                    id=fid("name")
                    label=Signal::derive(t(PlansText::PlanName))
                    required=true
                    value=Signal::derive(move || record.with(|r| r.name.clone()))
                    commit=Callback::new(move |s: String| {
                        let v = required_text(&s)?;
                        edit(store, &i_name, |x| x.name = v);
                        Ok(())
                    })
                />
                <Choice
                    id=fid("responsible")
                    label=Signal::derive(t(PlansText::Responsible))
                    options=people
                    value=Signal::derive(move || record.with(|r| r.responsible.as_ref().map(Id::to_string).unwrap_or_default()))
                    on_change=Callback::new(move |v: String| edit(store, &i_resp, |x| x.responsible = (!v.is_empty()).then_some(Id(v))))
                />
                <DateField
                    id=fid("deadline")
                    label=Signal::derive(t(PlansText::Deadline))
                    value=date(|r| r.deadline)
                    commit=Callback::new(move |s: String| {
                        let v = optional_date(&s)?;
                        edit(store, &i_dead, |x| x.deadline = v);
                        Ok(())
                    })
                />
                <DateField
                    id=fid("start")
                    label=Signal::derive(t(PlansText::Start))
                    value=date(|r| r.start)
                    commit=Callback::new(move |s: String| {
                        let v = optional_date(&s)?;
                        edit(store, &i_start, |x| x.start = v);
                        Ok(())
                    })
                />
                <SelectField
                    id=fid("status")
                    label=Signal::derive(t(PlansText::Status))
                    options=statuses
                    value=Signal::derive(move || record.with(|r| r.status.code().to_owned()))
                    on_change=Callback::new(move |v: String| {
                        if let Some(s) = PlanStatus::from_code(&v) {
                            edit(store, &i_stat, |x| x.status = s);
                        }
                    })
                />
                <div class="field" class:invalid=move || budget_error.get()>
                    <label for=budget_id.clone()>{t(PlansText::Budget)}</label>
                    <input
                        id=budget_id.clone()
                        type="text"
                        inputmode="decimal"
                        aria-invalid=move || budget_error.get().to_string()
                        aria-describedby=format!("{budget_id}-error")
                        prop:value=move || record.with(|r| r.budget.map(|b| b.to_string()).unwrap_or_default())
                        on:change:target=move |ev| match budget(&ev.target().value()) {
                            Ok(v) => {
                                budget_error.set(false);
                                edit(store, &i_budget, |x| x.budget = v);
                            }
                            Err(_) => budget_error.set(true),
                        }
                    />
                    <p class="field-error" id=format!("{budget_id}-error") role="alert">
                        {move || budget_error.get().then(|| PlansText::BudgetInvalid.text(lang.get()))}
                    </p>
                </div>
            </div>
            <div class="form-grid">
                <CheckGroup
                    id=fid("indicators")
                    legend=Signal::derive(t(PlansText::Indicators))
                    options=kpis
                    selected=Signal::derive(move || record.with(|r| r.indicators.iter().map(Id::to_string).collect()))
                    on_toggle=Callback::new(move |(v, on): (String, bool)| edit(store, &i_ind, |x| toggle(&mut x.indicators, Id(v), on)))
                    empty=Signal::derive(t(PlansText::NoKpis))
                />
                <CheckGroup
                    id=fid("goals")
                    legend=Signal::derive(t(PlansText::Goals))
                    options=goals
                    selected=Signal::derive(move || record.with(|r| r.goals.iter().map(Id::to_string).collect()))
                    on_toggle=Callback::new(move |(v, on): (String, bool)| edit(store, &i_goal, |x| toggle(&mut x.goals, Id(v), on)))
                    empty=Signal::derive(t(PlansText::NoGoals))
                />
            </div>
            <TaskList plan=id.clone() />
            <div class="editor-actions">
                <button
                    type="button"
                    class="button danger subtle"
                    id=fid("delete")
                    on:click=move |_| {
                        let id = i_del.clone();
                        store.update(|p| { p.remove_plan(&id); });
                        selection.plan.set(None);
                        selection.task.set(None);
                    }
                >
                    {t(PlansText::DeletePlan)}
                </button>
            </div>
        </section>
    }
}
