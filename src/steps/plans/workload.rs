//! Workload per person: open tasks, and the most running on one day; overloads stand out.

use leptos::prelude::*;
use planner_core::dates::short_date;
use planner_core::i18n::{fill, PlansText, Text};
use planner_core::plans::workload::{workload, MAX_PARALLEL};

use crate::i18n::{t, use_language};
use crate::state::use_store;

/// The workload table.
#[component]
pub fn Workload() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    let rows = Memo::new(move |_| {
        plan.with(|p| {
            workload(p)
                .into_iter()
                .map(|load| {
                    let name = p
                        .stakeholders
                        .iter()
                        .find(|s| s.id == load.person)
                        .map(|s| s.name.clone())
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
    view! {
        <section class="card" aria-labelledby="workload-heading">
            <h2 id="workload-heading">{t(PlansText::WorkloadTitle)}</h2>
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
                            {move || {
                                let l = lang.get();
                                rows.get().into_iter().map(|(name, open, peak, day, over)| view! {
                                    <tr class:overloaded=over>
                                        <th scope="row">{name}</th>
                                        <td>{open}</td>
                                        <td>{peak}{day.map(|d| format!(" ({})", short_date(d, l)))}</td>
                                        <td>{over.then(|| view! { <span class="badge overdue">{PlansText::Overloaded.text(l)}</span> })}</td>
                                    </tr>
                                }).collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
