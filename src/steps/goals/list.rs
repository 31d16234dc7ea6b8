//! The ranked list of implementation goals: priority first, then the user's order, which Move
//! up/down (buttons, or Alt+↑/↓ on a focused row) changes within a priority.

use leptos::prelude::*;
use planner_core::goals::ranking::{self, priority_rank};
use planner_core::goals::Priority;
use planner_core::i18n::{fill, GoalsText, Text};
use planner_core::paging::ROW_PAGE_SIZE;
use planner_core::store::patch::Parts;
use planner_core::Id;

use super::editor::GoalEditor;
use super::OpenGoal;
use crate::i18n::{t, use_language};
use crate::state::use_store;
use crate::widgets::pager::{paged_by, Paged};
use crate::widgets::Origin;
use crate::widgets::{NameForm, Pager};

/// The goals in ranked order, each with its priority's rank.
fn ranked_ids(plan: &planner_core::Plan) -> Vec<(Id, usize)> {
    ranking::ranked(plan)
        .into_iter()
        .map(|g| (g.id, priority_rank(g.priority)))
        .collect()
}

/// The ranked list with the new-goal form.
#[component]
pub fn GoalList() -> impl IntoView {
    let store = use_store();
    let plan = store.plan();
    let ranked = Memo::new(move |_| plan.with(ranked_ids));
    let ids = Memo::new(move |_| ranked.with(|r| r.iter().map(|(id, _)| *id).collect::<Vec<_>>()));
    // A long list is drawn a page at a time; the rank numbers still count the whole list.
    let paged = paged_by(ids, ROW_PAGE_SIZE);
    let open = use_context::<OpenGoal>().map(|o| o.0);
    // The goal opened (a check link, a new goal) is on the page shown.
    paged.follow(move || open.and_then(|o| o.get()));
    view! {
        <section class="card" aria-labelledby="goals-heading">
            <div class="card-head">
                <h2 id="goals-heading">{t(GoalsText::GoalsSection)} <Origin /></h2>
                <button
                    type="button"
                    class="button"
                    id="goals-rank-value"
                    on:click=move |_| store.update(ranking::rank_by_value_for_effort)
                >
                    {t(GoalsText::RankByValue)}
                </button>
            </div>
            <p class="muted">{t(GoalsText::RankIntro)}</p>
            <Show
                when=move || !ranked.with(Vec::is_empty)
                fallback=|| view! { <p class="empty-inline" id="goals-empty">{t(GoalsText::NoGoals)}</p> }
            >
                <ol class="goal-list" id="goal-list">
                    <For each=move || paged.visible.get() key=|id| *id let:id>
                        <GoalRow id=id ranked=ranked paged=paged />
                    </For>
                </ol>
                <Pager id="goal-pager" paging=paged.paging page=paged.page />
            </Show>
            <NewGoalForm />
        </section>
    }
}

#[component]
fn GoalRow(id: Id, ranked: Memo<Vec<(Id, usize)>>, paged: Paged<Id>) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let open = use_context::<OpenGoal>()
        .map(|o| o.0)
        .unwrap_or_else(|| RwSignal::new(None));
    let goal = Memo::new(move |_| {
        store.with_record(&id, Parts::NONE, |p| p.implementation_goal(&id).cloned())
    });
    // Position in the ranked list, and whether a neighbour shares the priority.
    let place = Memo::new(move |_| {
        ranked.with(|r| {
            let i = r.iter().position(|(g, _)| g == &id).unwrap_or(0);
            let rank = r.get(i).map(|x| x.1);
            let up = i > 0 && r.get(i - 1).map(|x| x.1) == rank;
            let down = r.get(i + 1).map(|x| x.1) == rank;
            (i + 1, up, down)
        })
    });
    let name = move || goal.with(|g| g.as_ref().map(|g| g.name.clone()).unwrap_or_default());
    let dom = id.to_string();
    let is_open = Memo::new(move |_| open.with(|o| o.as_ref() == Some(&id)));
    let mover = {
        let row_id = format!("igoal-{dom}-row");
        move |up: bool, refocus: Option<String>| {
            store.update(|p| {
                ranking::move_within_priority(p, &id, up);
            });
            // A goal moved past the page's edge takes the page with it.
            paged.show(&id);
            // The button pressed keeps the focus, unless the move disabled it (the goal is
            // now first or last of its priority): then its row takes it.
            let row = row_id.clone();
            crate::platform::focus::enabled_or_later(refocus.unwrap_or_else(|| row.clone()), row);
        }
    };
    let (m_key, m_up, m_down) = (mover.clone(), mover.clone(), mover);
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if !ev.alt_key() {
            return;
        }
        let up = match ev.key().as_str() {
            "ArrowUp" => true,
            "ArrowDown" => false,
            _ => return,
        };
        ev.prevent_default();
        m_key(up, None);
    };
    let toggle = move |_| {
        let now = open.get_untracked();
        open.set(if now.as_ref() == Some(&id) {
            None
        } else {
            Some(id)
        });
    };
    let meta = move || {
        let l = lang.get();
        goal.with(|g| {
            let g = g.as_ref()?;
            let not_set = GoalsText::NotSet.text(l);
            let priority = g
                .priority
                .map_or(not_set, |p| GoalsText::priority(p).text(l));
            let scores = fill(
                GoalsText::Scores.text(l),
                &[
                    &g.value.map_or(not_set.to_owned(), |v| v.to_string()),
                    &g.effort.map_or(not_set.to_owned(), |v| v.to_string()),
                ],
            );
            let resistance = g.resistance.map(|r| {
                format!(
                    "{}: {}",
                    GoalsText::Resistance.text(l),
                    GoalsText::resistance(r).text(l)
                )
            });
            let class = format!("badge priority-{}", g.priority.map_or("none", |p| p.code()));
            Some(view! {
                <span class=class>{priority}</span>
                <span class="muted">{scores}</span>
                {resistance.map(|r| view! { <span class="muted">{r}</span> })}
            })
        })
    };
    let up_id = format!("igoal-{dom}-up");
    let down_id = format!("igoal-{dom}-down");
    let (up_focus, down_focus) = (up_id.clone(), down_id.clone());
    view! {
        <li
            class="goal-item"
            data-goal=dom.clone()
            class:open=move || is_open.get()
            class:wont=move || goal.with(|g| g.as_ref().and_then(|g| g.priority) == Some(Priority::Wont))
        >
            <div
                class="goal-row"
                id=format!("igoal-{dom}-row")
                tabindex="0"
                on:keydown=on_key
                aria-label=move || format!("{}. {}", place.get().0, name())
            >
                <span class="rank" aria-hidden="true">{move || place.get().0}</span>
                <div class="goal-main">
                    <span class="goal-name">{name}</span>
                    <span class="goal-meta">{meta}</span>
                </div>
                <div class="goal-actions">
                    <button
                        type="button"
                        class="button subtle icon"
                        id=up_id
                        disabled=move || !place.get().1
                        aria-label=move || fill(GoalsText::MoveUpNamed.text(lang.get()), &[&name()])
                        title=t(GoalsText::MoveUp)
                        on:click=move |_| m_up(true, Some(up_focus.clone()))
                    >"↑"</button>
                    <button
                        type="button"
                        class="button subtle icon"
                        id=down_id
                        disabled=move || !place.get().2
                        aria-label=move || fill(GoalsText::MoveDownNamed.text(lang.get()), &[&name()])
                        title=t(GoalsText::MoveDown)
                        on:click=move |_| m_down(false, Some(down_focus.clone()))
                    >"↓"</button>
                    <button
                        type="button"
                        class="button"
                        id=format!("igoal-{dom}-edit")
                        aria-expanded=move || is_open.get().to_string()
                        on:click=toggle
                    >
                        {move || if is_open.get() { t(GoalsText::Close)() } else { t(GoalsText::Edit)() }}
                    </button>
                </div>
            </div>
            <Show when=move || is_open.get()>
                <GoalEditor id=id />
            </Show>
        </li>
    }
}

#[component]
fn NewGoalForm() -> impl IntoView {
    let store = use_store();
    let open = use_context::<OpenGoal>()
        .map(|o| o.0)
        .unwrap_or_else(|| RwSignal::new(None));
    view! {
        <NameForm
            id="igoal-new-name"
            label=Signal::derive(t(GoalsText::Name))
            placeholder=Signal::derive(t(GoalsText::NameHint))
            heading=("new-goal-heading", Signal::derive(t(GoalsText::NewGoal)))
            button_id="igoal-add"
            button=Signal::derive(t(GoalsText::AddGoal))
            on_add=Callback::new(move |name: String| {
                let mut added = None;
                store.update(|p| added = Some(p.add_implementation_goal(name)));
                open.set(added);
                if let Some(id) = added {
                    crate::platform::focus::first_empty_field(format!("igoal-{id}-editor"));
                }
                Ok(())
            })
        />
    }
}
