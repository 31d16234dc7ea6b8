//! The editor of the open plan: the text's three parts first (responsible person, key
//! indicators, deadline), then the goals it serves, start, status and budget, then its tasks.

use std::sync::Arc;

use leptos::prelude::*;
use planner_core::i18n::{fill, GoalsText, PlansText, Text};
use planner_core::plans::{self, PlanStatus};
use planner_core::profile::money::MoneyError;
use planner_core::profile::texts::{currency_unit, money};
use planner_core::store::patch::Part as PlanPart;
use planner_core::strategy::toggle_id;
use planner_core::{Id, Plan};

use super::fields::{shared_fields, Part};
use super::tasks::TaskList;
use super::use_selection;
use crate::i18n::{t, use_language};
use crate::state::use_store;
use crate::widgets::checks::id_values;
use crate::widgets::{option, Bound, CheckGroup, RecordPicker, Select};

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
    let rec = Bound::new(id, Plan::plan, Plan::plan_mut);
    let record = rec.record();
    let dom = id.to_string();
    let fid = move |field: &str| format!("plan-{dom}-{field}");
    let kpis = Memo::new(move |_| {
        plan.with(|p| {
            p.strategy
                .kpis
                .iter()
                .map(|k| (k.id.to_string(), k.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    // The goals the plan may serve, in ranked order, with their priority: one list for the
    // picker, however many goals there are.
    let goals = Memo::new(move |_| {
        let l = lang.get();
        plan.with(|p| {
            planner_core::goals::ranking::ranked(p)
                .into_iter()
                .map(|g| {
                    let priority = g.priority.map_or("", |x| GoalsText::priority(x).text(l));
                    let label = if priority.is_empty() {
                        g.name.clone()
                    } else {
                        format!("{} ({priority})", g.name)
                    };
                    (g.id, label)
                })
                .collect::<Arc<[_]>>()
        })
    });
    let statuses = Signal::derive(move || {
        let l = lang.get();
        PlanStatus::ALL
            .into_iter()
            .map(|s| option((s.code(), PlansText::plan_status(s).text(l))))
            .collect::<Vec<_>>()
    });
    let budget_error = RwSignal::new(None::<MoneyError>);
    let currency = move || store.part(PlanPart::Profile).with(|p| p.profile.currency);
    let currency_untracked = move || {
        store
            .part(PlanPart::Profile)
            .with_untracked(|p| p.profile.currency)
    };
    let budget_id = fid("budget");
    view! {
        <section class="card plan-editor" id=fid("editor") aria-labelledby=fid("heading")>
            <h2 id=fid("heading")>{move || record.with(|r| r.name.clone())}</h2>
            <div class="form-grid">
                {shared_fields(
                    rec,
                    &format!("plan-{}", rec.id()),
                    Part { field: "name", label: PlansText::PlanName, get: |r| r.name.clone(), set: |r, v| r.name = v },
                    Part { field: "responsible", label: PlansText::Responsible, get: |r| r.responsible.as_ref(), set: |r, v| r.responsible = v },
                    [
                        Part { field: "deadline", label: PlansText::Deadline, get: |r| r.deadline, set: |r, v| r.deadline = v },
                        Part { field: "start", label: PlansText::Start, get: |r| r.start, set: |r, v| r.start = v },
                    ],
                )}
                <Select
                    id=fid("status")
                    label=Signal::derive(t(PlansText::Status))
                    options=statuses
                    value=Signal::derive(move || record.with(|r| r.status.code().to_owned()))
                    on_change=Callback::new(move |v: String| {
                        if let Some(s) = PlanStatus::from_code(&v) {
                            rec.edit(|x| x.status = s);
                        }
                    })
                />
                <div class="field" class:invalid=move || budget_error.get().is_some()>
                    <label for=budget_id.clone()>{move || {
                        let l = lang.get();
                        // Reads the profile alone: typing in this plan does not re-run the label.
                        fill(PlansText::Budget.text(l), &[currency_unit(currency(), l)])
                    }}</label>
                    <input
                        id=budget_id.clone()
                        type="text"
                        inputmode="decimal"
                        aria-invalid=move || budget_error.get().is_some().to_string()
                        aria-describedby=format!("{budget_id}-error")
                        // Shown as it is read back: grouped, with its currency.
                        prop:value=move || {
                            let (l, c) = (lang.get(), currency());
                            record.with(|r| r.budget.map(|b| money(b, c, l)).unwrap_or_default())
                        }
                        on:change:target=move |ev| {
                            let typed = ev.target().value();
                            let read = plans::budget(&typed, lang.0.get_untracked(), currency_untracked());
                            match read {
                                Ok(v) => {
                                    budget_error.set(None);
                                    rec.edit(|x| x.budget = v);
                                    // The same amount typed another way: show it the app's way.
                                    let l = lang.0.get_untracked();
                                    ev.target().set_value(&v.map(|b| money(b, currency_untracked(), l)).unwrap_or_default());
                                }
                                Err(e) => budget_error.set(Some(e)),
                            }
                        }
                    />
                    <p class="field-error" id=format!("{budget_id}-error") role="alert">
                        {move || budget_error.get().map(|e| {
                            let l = lang.get();
                            match e {
                                MoneyError::NotAnAmount => PlansText::BudgetInvalid.text(l).to_owned(),
                                MoneyError::OtherCurrency(other) => fill(
                                    PlansText::BudgetOtherCurrency.text(l),
                                    &[currency_unit(currency(), l), currency_unit(other, l)],
                                ),
                            }
                        })}
                    </p>
                </div>
            </div>
            <div class="form-grid">
                <CheckGroup
                    id=fid("indicators")
                    legend=Signal::derive(t(PlansText::Indicators))
                    options=kpis
                    selected=Signal::derive(move || record.with(|r| id_values(&r.indicators)))
                    on_toggle=Callback::new(move |(v, on): (String, bool)| rec.edit(|x| toggle_id(&mut x.indicators, &Id::from(v), on)))
                    empty=Signal::derive(t(PlansText::NoKpis))
                />
                <RecordPicker
                    id=fid("goals")
                    label=Signal::derive(t(PlansText::Goals))
                    options=goals
                    chosen=Signal::derive(move || record.with(|r| r.goals.clone()))
                    on_pick=Callback::new(move |goal: Id| rec.edit(|x| toggle_id(&mut x.goals, &goal, true)))
                    on_remove=Callback::new(move |goal: Id| rec.edit(|x| toggle_id(&mut x.goals, &goal, false)))
                    empty=Signal::derive(t(PlansText::NoGoals))
                />
            </div>
            <TaskList plan=id />
            <div class="editor-actions">
                <button
                    type="button"
                    class="button danger subtle"
                    id=fid("delete")
                    on:click=move |_| {
                        rec.remove(|x| x.name.clone(), |p, id| { p.remove_plan(id); });
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
