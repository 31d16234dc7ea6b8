//! Plan cards: the text's triple first (responsible, key indicators, deadline), then status and
//! tasks; and the form that starts a new plan.

use leptos::prelude::*;
use planner_core::dates::long_date;
use planner_core::i18n::{fill, PlansText, Text};
use planner_core::paging::CARD_PAGE_SIZE;
use planner_core::plans::texts::task_count;
use planner_core::profile::texts::money;
use planner_core::profile::Currency;
use planner_core::store::patch::{Part, Parts};
use planner_core::Id;

use super::use_selection;
use crate::i18n::{t, use_language};
use crate::state::{today, use_store};
use crate::widgets::pager::paged_by;
use crate::widgets::Origin;
use crate::widgets::{NameForm, Pager};

/// What a card shows, computed once per change of the plan.
#[derive(Clone, PartialEq)]
struct CardData {
    name: String,
    responsible: Option<String>,
    indicators: Vec<String>,
    deadline: Option<chrono::NaiveDate>,
    status: planner_core::plans::PlanStatus,
    tasks: usize,
    overdue: usize,
    budget: Option<(f64, Currency)>,
}

/// Every plan as a card, and the new-plan form.
#[component]
pub fn PlanCards() -> impl IntoView {
    let store = use_store();
    let plan = store.plan();
    let selection = use_selection();
    let ids = Memo::new(move |_| plan.with(|p| p.plans.iter().map(|x| x.id).collect::<Vec<_>>()));
    // Many plans are drawn a page at a time; the plan opened (a link, a new plan, the timeline)
    // is on the page shown.
    let paged = paged_by(ids, CARD_PAGE_SIZE);
    paged.follow(move || selection.plan.get());
    view! {
        <section class="card" aria-labelledby="plans-heading">
            <h2 id="plans-heading">{t(PlansText::PlansSection)} <Origin /></h2>
            <p class="muted">{t(PlansText::PlansIntro)}</p>
            <ul class="plan-cards" id="plan-cards">
                <For each=move || paged.visible.get() key=|id| *id let:id>
                    <PlanCard id=id />
                </For>
            </ul>
            <Pager id="plan-pager" paging=paged.paging page=paged.page />
            <NewPlanForm />
        </section>
    }
}

#[component]
fn PlanCard(id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let selection = use_selection();
    let now = today();
    let data = {
        // Its plan (with its tasks), and the names it shows of people and KPIs.
        let also = Parts::of(&[Part::Profile, Part::Stakeholders, Part::Strategy]);
        Memo::new(move |_| {
            store.with_record(&id, also, |p| {
                let x = p.plan(&id)?;
                Some(CardData {
                    name: x.name.clone(),
                    responsible: x.responsible.as_ref().and_then(|r| {
                        p.stakeholders
                            .iter()
                            .find(|s| &s.id == r)
                            .map(|s| s.name.clone())
                    }),
                    indicators: x
                        .indicators
                        .iter()
                        .filter_map(|k| p.strategy.kpis.iter().find(|kpi| &kpi.id == k))
                        .map(|k| k.name.clone())
                        .collect(),
                    deadline: x.deadline,
                    status: x.status,
                    tasks: x.tasks.len(),
                    overdue: x.tasks.iter().filter(|t| t.is_overdue(now)).count(),
                    budget: x.budget.map(|b| (b, p.profile.currency)),
                })
            })
        })
    };
    let is_open = Memo::new(move |_| selection.plan.with(|s| s.as_ref() == Some(&id)));
    let dom = id.to_string();
    let not_set = move || PlansText::NotSet.text(lang.get());
    let missing = |s: Option<String>| s.map_or((true, String::new()), |v| (false, v));
    view! {
        <li class="plan-card" data-plan=dom.clone() class:open=move || is_open.get()>
            {move || data.get().map(|d| {
                let l = lang.get();
                let (no_resp, resp) = missing(d.responsible.clone());
                let (no_ind, ind) = missing((!d.indicators.is_empty()).then(|| d.indicators.join(", ")));
                let (no_dead, dead) = missing(d.deadline.map(|x| long_date(x, l)));
                view! {
                    <h3 class="plan-card-name">{d.name.clone()}</h3>
                    <dl class="triple">
                        <div class:missing=no_resp>
                            <dt>{PlansText::Responsible.text(l)}</dt>
                            <dd class="triple-responsible">{if no_resp { not_set().to_owned() } else { resp }}</dd>
                        </div>
                        <div class:missing=no_ind>
                            <dt>{PlansText::Indicators.text(l)}</dt>
                            <dd class="triple-indicators">{if no_ind { not_set().to_owned() } else { ind }}</dd>
                        </div>
                        <div class:missing=no_dead>
                            <dt>{PlansText::Deadline.text(l)}</dt>
                            <dd class="triple-deadline">{if no_dead { not_set().to_owned() } else { dead }}</dd>
                        </div>
                    </dl>
                    <p class="plan-meta">
                        <span class=format!("badge plan-status-{}", d.status.code())>{PlansText::plan_status(d.status).text(l)}</span>
                        <span class="muted plan-tasks">{task_count(l, d.tasks as u64)}</span>
                        {d.budget.map(|(b, c)| view! { <span class="muted plan-budget">{money(b, c, l)}</span> })}
                        {(d.overdue > 0).then(|| view! {
                            <span class="badge overdue">{fill(PlansText::OverdueCount.text(l), &[&d.overdue.to_string()])}</span>
                        })}
                    </p>
                }
            })}
            <button
                type="button"
                class="button"
                id=format!("plan-{dom}-open")
                aria-pressed=move || is_open.get().to_string()
                aria-label=move || fill(PlansText::OpenNamed.text(lang.get()), &[&data.get().map(|d| d.name).unwrap_or_default()])
                on:click={
                    move |_| {
                        selection.plan.set(Some(id));
                        selection.task.set(None);
                    }
                }
            >
                {t(PlansText::Open)}
            </button>
        </li>
    }
}

#[component]
fn NewPlanForm() -> impl IntoView {
    let store = use_store();
    let selection = use_selection();
    view! {
        <NameForm
            id="plan-new-name"
            label=Signal::derive(t(PlansText::PlanName))
            placeholder=Signal::derive(t(PlansText::PlanNameHint))
            heading=("new-plan-heading", Signal::derive(t(PlansText::NewPlan)))
            button_id="plan-add"
            button=Signal::derive(t(PlansText::AddPlan))
            on_add=Callback::new(move |name: String| {
                let mut added = None;
                store.update(|p| added = Some(p.add_plan(name)));
                selection.plan.set(added);
                selection.task.set(None);
                if let Some(id) = added {
                    crate::platform::focus::first_empty_field(format!("plan-{id}-editor"));
                }
                Ok(())
            })
        />
    }
}
