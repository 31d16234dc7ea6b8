//! Workload per person: open tasks, and the most running on one day; overloads stand out.

use std::collections::HashMap;

use leptos::prelude::*;
use planner_core::dates::short_date;
use planner_core::i18n::{fill, PlansText, Text};
use planner_core::paging::ROW_PAGE_SIZE;
use planner_core::plans::workload::{workload, MAX_PARALLEL};
use planner_core::Id;

use crate::i18n::{t, use_language};
use crate::state::use_store;
use crate::widgets::pager::{paged_by, Paged, Pager};
use crate::widgets::Origin;

/// The workload table.
#[component]
pub fn Workload() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    let rows = Memo::new(move |_| {
        plan.with(|p| {
            let names: HashMap<&Id, &str> = p
                .stakeholders
                .iter()
                .map(|s| (&s.id, s.name.as_str()))
                .collect();
            workload(p)
                .into_iter()
                .map(|load| {
                    let name = names
                        .get(&load.person)
                        .map(|n| (*n).to_owned())
                        .unwrap_or_else(|| load.person.to_string());
                    (
                        name,
                        load.open_tasks,
                        load.peak,
                        load.peak_day,
                        load.overloaded(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let Paged {
        page,
        paging,
        visible,
        ..
    } = paged_by(rows, ROW_PAGE_SIZE);
    view! {
        <section class="card deferred" aria-labelledby="workload-heading">
            <h2 id="workload-heading">{t(PlansText::WorkloadTitle)} <Origin added=true /></h2>
            <p class="muted">{move || fill(PlansText::WorkloadIntro.text(lang.get()), &[&MAX_PARALLEL.to_string()])}</p>
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=|| view! { <p class="empty-inline">{t(PlansText::NoWorkload)}</p> }
            >
                <div class="table-scroll">
                    <table class="data-table workload" id="workload-table">
                        <thead>
                            <tr>
                                <th scope="col">{t(PlansText::Person)}</th>
                                <th scope="col">{t(PlansText::OpenTasks)}</th>
                                <th scope="col">{t(PlansText::Peak)}</th>
                                <th scope="col"><span class="visually-hidden">{t(PlansText::Overloaded)}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            // Keyed by the whole row: an edit redraws the rows it changed.
                            <For
                                each=move || {
                                    let l = lang.get();
                                    visible.get().into_iter().map(move |row| (l, row)).collect::<Vec<_>>()
                                }
                                key=|row| row.clone()
                                let:row
                            >
                                {
                                    let (l, (name, open, peak, day, over)) = row;
                                    view! {
                                        <tr class:overloaded=over>
                                            <th scope="row">{name}</th>
                                            <td>{open}</td>
                                            <td>{peak}{day.map(|d| format!(" ({})", short_date(d, l)))}</td>
                                            <td>{over.then(|| view! { <span class="badge overdue">{PlansText::Overloaded.text(l)}</span> })}</td>
                                        </tr>
                                    }
                                }
                            </For>
                        </tbody>
                    </table>
                </div>
                <Pager id="workload-pager" paging=paging page=page />
            </Show>
        </section>
    }
}
