//! The four-way interrelation: each link ties a goal to the process that serves it, with the
//! people groups and software that make it work.

use leptos::prelude::*;
use planner_core::i18n::{fill, StrategyText, Text};
use planner_core::references::delete_strategy_record;
use planner_core::strategy::{toggle_id, RecordKind};
use planner_core::Id;

use super::records::names_of;
use crate::i18n::{t, use_language};
use crate::state::use_store;
use crate::widgets::checks::{id_values, record_options};
use crate::widgets::Origin;
use crate::widgets::{CheckGroup, Select};

/// The links card: a form to link a goal with a process, and each link's people and software.
#[component]
pub fn LinksCard() -> impl IntoView {
    let store = use_store();
    let plan = store.plan();
    let goal = RwSignal::new(String::new());
    let process = RwSignal::new(String::new());
    let goals = Signal::derive(move || {
        plan.with(|p| {
            names_of(p, RecordKind::Goal)
                .into_iter()
                .map(|(id, n)| (id.to_string(), n))
                .collect::<Vec<_>>()
        })
    });
    let processes = Signal::derive(move || {
        plan.with(|p| {
            names_of(p, RecordKind::Process)
                .into_iter()
                .map(|(id, n)| (id.to_string(), n))
                .collect::<Vec<_>>()
        })
    });
    // Keep each choice valid as records come and go: default to the first.
    let pick = |chosen: RwSignal<String>, list: Signal<Vec<(String, String)>>| {
        move || {
            let current = chosen.get();
            list.with(|l| {
                if l.iter().any(|(v, _)| *v == current) {
                    current
                } else {
                    l.first().map(|(v, _)| v.clone()).unwrap_or_default()
                }
            })
        }
    };
    let goal_value = Signal::derive(pick(goal, goals));
    let process_value = Signal::derive(pick(process, processes));
    let ids = move || plan.with(|p| p.strategy.links.iter().map(|l| l.id).collect::<Vec<_>>());
    let ready = move || !goals.with(Vec::is_empty) && !processes.with(Vec::is_empty);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (g, pr) = (
            Id::from(goal_value.get_untracked()),
            Id::from(process_value.get_untracked()),
        );
        store.update(|p| {
            p.add_link(&g, &pr);
        });
    };
    view! {
        <section class="card links" aria-labelledby="links-heading">
            <h2 id="links-heading">{t(StrategyText::LinksSection)} <Origin /></h2>
            <p class="muted">{t(StrategyText::LinksIntro)}</p>
            <Show when=move || !ids().is_empty()>
                <ul class="record-list link-list" id="link-list">
                    <For each=ids key=|id| *id let:id>
                        <LinkRow id=id />
                    </For>
                </ul>
            </Show>
            <form class="new-record compact" on:submit=submit>
                <div class="new-record-fields link-fields">
                    <Select
                        id="link-new-goal"
                        label=Signal::derive(t(StrategyText::LinkGoal))
                        options=goals
                        value=goal_value
                        on_change=Callback::new(move |v| goal.set(v))
                    />
                    <Select
                        id="link-new-process"
                        label=Signal::derive(t(StrategyText::LinkProcess))
                        options=processes
                        value=process_value
                        on_change=Callback::new(move |v| process.set(v))
                    />
                    <button type="submit" class="button primary" id="link-add" disabled=move || !ready()>
                        {t(StrategyText::AddLink)}
                    </button>
                </div>
                <Show when=move || !ready()>
                    <p class="muted" id="links-need">{t(StrategyText::LinksNeed)}</p>
                </Show>
            </form>
        </section>
    }
}

#[component]
fn LinkRow(id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    let link = Memo::new(move |_| {
        plan.with(|p| {
            p.strategy
                .links
                .iter()
                .find(|l| l.id == id)
                .cloned()
                .unwrap_or_default()
        })
    });
    let title = move || {
        let l = link.get();
        plan.with(|p| {
            let s = &p.strategy;
            fill(
                StrategyText::LinkServes.text(lang.get()),
                &[
                    s.name_of(&l.goal).unwrap_or("—"),
                    s.name_of(&l.process).unwrap_or("—"),
                ],
            )
        })
    };
    let dom = format!("link-{id}");
    view! {
        <li class="record-row link-row" data-id=id.to_string()>
            <div class="record-main">
                <p class="link-title">{title}</p>
                <button
                    type="button"
                    class="button subtle danger"
                    id=format!("{dom}-delete")
                    aria-label=move || fill(StrategyText::DeleteNamed.text(lang.get()), &[&title()])
                    on:click=move |_| store.remove(&untrack(title), |p| { delete_strategy_record(p, &id); })
                >
                    {t(StrategyText::Delete)}
                </button>
            </div>
            <CheckGroup
                chips=true
                id=format!("{dom}-people")
                legend=Signal::derive(t(StrategyText::LinkPeople))
                options=Signal::derive(move || record_options(plan.with(|p| names_of(p, RecordKind::People))))
                selected=Signal::derive(move || link.with(|r| id_values(&r.people)))
                empty=Signal::derive(t(StrategyText::NothingToChoose))
                on_toggle=Callback::new(move |(pid, on): (String, bool)| {
                    store.update(|p| if let Some(l) = p.strategy.link_mut(&id) { toggle_id(&mut l.people, &Id::from(pid), on) });
                })
            />
            <CheckGroup
                chips=true
                id=format!("{dom}-software")
                legend=Signal::derive(t(StrategyText::LinkSoftware))
                options=Signal::derive(move || record_options(plan.with(|p| names_of(p, RecordKind::Software))))
                selected=Signal::derive(move || link.with(|r| id_values(&r.software)))
                empty=Signal::derive(t(StrategyText::NothingToChoose))
                on_toggle=Callback::new(move |(sid, on): (String, bool)| {
                    store.update(|p| if let Some(l) = p.strategy.link_mut(&id) { toggle_id(&mut l.software, &Id::from(sid), on) });
                })
            />
        </li>
    }
}
