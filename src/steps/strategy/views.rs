//! The views of step 2: the goals × processes alignment matrix and the goal → KPI → benefit
//! traceability.

use leptos::prelude::*;
use planner_core::i18n::{StrategyText, Text};
use planner_core::strategy::views::{alignment, kpi_sentence, traceability};

use crate::i18n::{t, use_language};
use crate::state::use_store;
use crate::widgets::Origin;

/// Goals (rows) × processes (columns); each linked cell lists its people and software.
#[component]
pub fn AlignmentMatrix() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let matrix = Memo::new(move |_| store.plan().with(alignment));
    let table = move || {
        let m = matrix.get();
        let l = lang.get();
        if m.goals.is_empty() || m.processes.is_empty() {
            return view! { <p class="empty-inline" id="matrix-empty">{StrategyText::MatrixEmpty.text(l)}</p> }.into_any();
        }
        let head = m
            .processes
            .iter()
            .map(|(_, name, area)| {
                // A process whose area is not chosen yet is in none: no area under its name.
                let area = area.map(
                    |a| view! { <span class="matrix-area">{StrategyText::area(a).text(l)}</span> },
                );
                view! {
                    <th scope="col">
                        <span class="matrix-process">{name.clone()}</span>
                        {area}
                    </th>
                }
            })
            .collect_view();
        let rows = m
            .goals
            .iter()
            .zip(&m.cells)
            .map(|((gid, gname), cells)| {
                let cells = cells
                    .iter()
                    .map(|cell| match cell {
                        Some(c) => view! {
                            <td class="linked" data-link=c.link.to_string()>
                                <span class="visually-hidden">{StrategyText::MatrixLinked.text(l)}</span>
                                <ul class="cell-people">{c.people.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                                <ul class="cell-software">{c.software.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                            </td>
                        }
                        .into_any(),
                        None => view! { <td class="unlinked"></td> }.into_any(),
                    })
                    .collect_view();
                view! { <tr data-goal=gid.to_string()><th scope="row">{gname.clone()}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <div class="table-scroll" tabindex="0">
                <table class="data-table alignment-matrix" id="alignment-matrix" aria-labelledby="matrix-heading">
                    <thead><tr><td></td>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="matrix-legend muted">
                <span class="legend-people">{StrategyText::LinkPeople.text(l)}</span>
                <span class="legend-software">{StrategyText::LinkSoftware.text(l)}</span>
            </p>
        }
        .into_any()
    };
    view! {
        <section class="card" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{t(StrategyText::MatrixTitle)} <Origin added=true /></h2>
            {table}
        </section>
    }
}

/// For each goal: its KPIs (as sentences) and the benefits that come from it.
#[component]
pub fn Traceability() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    let rows = move || {
        let l = lang.get();
        plan.with(|p| {
            traceability(p)
                .into_iter()
                .map(|trace| {
                    let kpis = trace
                        .kpis
                        .iter()
                        .map(|(kid, name)| {
                            let text = p
                                .strategy
                                .kpis
                                .iter()
                                .find(|k| &k.id == kid)
                                .and_then(|k| kpi_sentence(k, l))
                                .unwrap_or_else(|| name.clone());
                            view! { <li>{text}</li> }
                        })
                        .collect_view();
                    let benefits = trace
                        .benefits
                        .iter()
                        .map(|(_, name, tangible)| {
                            let kind = if *tangible { StrategyText::TangibleShort } else { StrategyText::IntangibleShort };
                            view! { <li>{name.clone()} " " <span class="badge">{kind.text(l)}</span></li> }
                        })
                        .collect_view();
                    let none = || view! { <li class="muted">{StrategyText::TraceNone.text(l)}</li> };
                    view! {
                        <li class="trace" data-goal=trace.goal.0.to_string()>
                            <p class="trace-goal">{trace.goal.1.clone()}</p>
                            <div class="trace-parts">
                                <div>
                                    <p class="trace-label">"→ " {StrategyText::TraceKpis.text(l)}</p>
                                    <ul class="trace-kpis">{if trace.kpis.is_empty() { none().into_any() } else { kpis.into_any() }}</ul>
                                </div>
                                <div>
                                    <p class="trace-label">"→ " {StrategyText::TraceBenefits.text(l)}</p>
                                    <ul class="trace-benefits">{if trace.benefits.is_empty() { none().into_any() } else { benefits.into_any() }}</ul>
                                </div>
                            </div>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card" aria-labelledby="trace-heading">
            <h2 id="trace-heading">{t(StrategyText::TraceTitle)} <Origin added=true /></h2>
            <ul class="traceability" id="traceability">{rows}</ul>
        </section>
    }
}
