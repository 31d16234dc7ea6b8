//! Workload per person: open tasks, and the most running on one day; overloads stand out.

use std::collections::HashMap;

use chrono::NaiveDate;
use leptos::prelude::*;
use planner_core::dates::short_date;
use planner_core::i18n::{fill, Lang, PlansText, Text};
use planner_core::outputs::report::html::{Fragment, Html};
use planner_core::paging::ROW_PAGE_SIZE;
use planner_core::plans::workload::{workload, MAX_PARALLEL};
use planner_core::Id;

use crate::i18n::{t, use_language};
use crate::platform::nodes;
use crate::state::use_store;
use crate::widgets::pager::{paged_by, Paged, Pager};
use crate::widgets::Origin;

/// A person's row: their name, open tasks, peak with its day, and whether they are overloaded.
type Row = (String, usize, usize, Option<NaiveDate>, bool);

/// The page of rows shown, as document nodes: the table shows and is not edited here, so it is
/// drawn as plain DOM, redrawn whole when a row or the language changes.
fn rows_html(rows: &[Row], lang: Lang) -> Fragment {
    let mut html = Html::default();
    for (name, open, peak, day, over) in rows {
        html.open(
            "tr",
            if *over {
                &[("class", "overloaded")]
            } else {
                &[]
            },
        );
        html.el("th", &[("scope", "row")], name);
        html.el("td", &[], &open.to_string());
        let peak = match day {
            Some(day) => format!("{peak} ({})", short_date(*day, lang)),
            None => peak.to_string(),
        };
        html.el("td", &[], &peak);
        html.open("td", &[]);
        if *over {
            let said = PlansText::Overloaded.text(lang);
            html.el("span", &[("class", "badge overdue")], said);
        }
        html.close("td");
        html.close("tr");
    }
    html.finish()
}

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
    let body = NodeRef::<leptos::html::Tbody>::new();
    nodes::keep_drawn(body, move || {
        let lang = lang.get();
        visible.with(|rows| rows_html(rows, lang))
    });
    view! {
        <section class="card deferred" aria-labelledby="workload-heading">
            <h2 id="workload-heading">{t(PlansText::WorkloadTitle)} <Origin added=true /></h2>
            <p class="muted">{move || fill(PlansText::WorkloadIntro.text(lang.get()), &[&MAX_PARALLEL.to_string()])}</p>
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=|| view! { <p class="empty-inline">{t(PlansText::NoWorkload)}</p> }
            >
                <div class="table-scroll" tabindex="0">
                    <table class="data-table workload" id="workload-table">
                        <thead>
                            <tr>
                                <th scope="col">{t(PlansText::Person)}</th>
                                <th scope="col">{t(PlansText::OpenTasks)}</th>
                                <th scope="col">{t(PlansText::Peak)}</th>
                                <th scope="col"><span class="visually-hidden">{t(PlansText::Overloaded)}</span></th>
                            </tr>
                        </thead>
                        <tbody node_ref=body></tbody>
                    </table>
                </div>
                <Pager id="workload-pager" paging=paging page=page />
            </Show>
        </section>
    }
}
