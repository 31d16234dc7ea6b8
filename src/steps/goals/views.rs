//! Step 3's views: the value/effort matrix (SVG), coverage of interaction areas × functional
//! levels, and resistance to change by unit.

use leptos::prelude::*;
use planner_core::goals::coverage;
use planner_core::goals::matrix::geometry::{CELL, LEFT, TOP};
use planner_core::goals::matrix::{self, name_place, quadrant_areas};
use planner_core::i18n::{GoalsText, ProfileText, Text};
use planner_core::profile::FunctionalLevel;

use crate::i18n::{t, use_language};
use crate::state::use_store;
use crate::widgets::Origin;

/// The three views, side by side where there is room.
#[component]
pub fn GoalViews() -> impl IntoView {
    view! {
        <div class="goal-views">
            <Matrix />
            <Coverage />
            <ResistanceByUnit />
        </div>
    }
}

/// Value (up) against effort (right), split at [`matrix::HIGH`]: quick wins top left.
#[component]
fn Matrix() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    let dots = Memo::new(move |_| {
        plan.with(|p| {
            matrix::dots(p)
                .into_iter()
                .map(|d| {
                    let name = p
                        .implementation_goal(&d.id)
                        .map(|g| g.name.clone())
                        .unwrap_or_default();
                    (d, name)
                })
                .collect::<Vec<_>>()
        })
    });
    let size = CELL * 5.0;
    let quadrants = quadrant_areas();
    // The ranks in each quadrant (won't-have goals left out): unchanged while a goal's name is
    // typed, so the legend stays.
    let ranks = Memo::new(move |_| {
        dots.with(|all| {
            matrix::legend(all.iter().map(|(d, _)| d)).map(|(q, ranks)| {
                let list = if ranks.is_empty() {
                    "—".to_owned()
                } else {
                    ranks
                        .iter()
                        .map(usize::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                (q, list)
            })
        })
    });
    let summary = move || {
        let l = lang.get();
        ranks
            .get()
            .into_iter()
            .map(|(q, list)| {
                view! {
                    <li class=q.class() data-quadrant=q.class()>
                        <span class="swatch" aria-hidden="true"></span>
                        <strong>{GoalsText::quadrant(q).text(l)}</strong>": "{list}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <figure class="card matrix-card deferred" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{t(GoalsText::MatrixTitle)} <Origin added=true /></h2>
            <p class="muted">{t(GoalsText::MatrixIntro)}</p>
            <svg
                class="matrix"
                id="value-effort-matrix"
                viewBox=format!("0 0 {} {}", matrix::geometry::WIDTH, matrix::geometry::HEIGHT)
                role="img"
                aria-labelledby="matrix-heading"
            >
                {quadrants.into_iter().map(|(q, x, y, w, h)| {
                    view! {
                        <rect class=format!("quadrant {}", q.class()) x=x y=y width=w height=h></rect>
                    }
                }).collect_view()}
                // The names over every area, so that a long one ("Попутные задачи") may run on
                // into its neighbour's instead of under it.
                {quadrants.into_iter().map(|(q, x, y, w, h)| {
                    let (tx, ty, anchor) = name_place(x, y, w, h);
                    view! {
                        <text class="quadrant-label" x=tx y=ty text-anchor=anchor>
                            {move || GoalsText::quadrant(q).text(lang.get())}
                        </text>
                    }
                }).collect_view()}
                {(1..=5u8).map(|n| {
                    let c = f64::from(n) - 0.5;
                    view! {
                        <text class="tick" x=LEFT + c * CELL y=TOP + size + 16.0 text-anchor="middle">{n}</text>
                        <text class="tick" x=LEFT - 8.0 y=TOP + (5.0 - c) * CELL + 4.0 text-anchor="end">{n}</text>
                    }
                }).collect_view()}
                <text class="axis" x=LEFT + size / 2.0 y=TOP + size + 36.0 text-anchor="middle">{t(GoalsText::AxisEffort)}</text>
                <text class="axis" x="0" y="0" text-anchor="middle" transform=format!("translate(16 {}) rotate(-90)", TOP + size / 2.0)>
                    {t(GoalsText::AxisValue)}
                </text>
                // Keyed by everything a dot shows: typing one goal's name redraws its dot only.
                <For each=move || dots.get() key=|dot| dot.clone() let:dot>
                {
                    let (d, name) = dot;
                    let (cx, cy) = d.centre();
                    view! {
                        <g class=format!("dot {}{}", d.quadrant.class(), if d.wont { " wont" } else { "" }) data-goal=d.id.to_string()>
                            <title>{format!("{}. {}", d.rank, name)}</title>
                            <circle cx=cx cy=cy r=matrix::DOT_R></circle>
                            <text x=cx y=cy + 4.0 text-anchor="middle">{d.rank}</text>
                        </g>
                    }
                }
                </For>
            </svg>
            <figcaption>
                <ul class="quadrant-legend" id="quadrant-legend">{summary}</ul>
            </figcaption>
        </figure>
    }
}

/// Goals per interaction area and functional level; gaps in scope are marked.
#[component]
fn Coverage() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    let rows = Memo::new(move |_| {
        plan.with(|p| {
            coverage::areas(p)
                .into_iter()
                .map(|a| {
                    let in_scope = p.scope_decision(a).is_some_and(|d| d.in_scope);
                    let cells = FunctionalLevel::ALL.map(|l| coverage::cell(p, a, l));
                    (a, in_scope, cells)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card deferred" aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">{t(GoalsText::CoverageTitle)} <Origin added=true /></h2>
            <p class="muted">{t(GoalsText::CoverageIntro)}</p>
            <div class="table-scroll">
                <table class="data-table coverage" id="coverage-table">
                    <thead>
                        <tr>
                            <th scope="col">{t(GoalsText::Area)}</th>
                            {FunctionalLevel::ALL.into_iter().map(|l| view! { <th scope="col">{t(ProfileText::level(l))}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|(a, in_scope, cells)| view! {
                            <tr>
                                <th scope="row">{GoalsText::area(a).text(lang.get())}</th>
                                {cells.into_iter().map(|n| view! {
                                    <td class:gap={in_scope && n == 0} class:covered={n > 0}>{n}</td>
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Low / medium / high resistance per unit, and high resistance still unmitigated.
#[component]
fn ResistanceByUnit() -> impl IntoView {
    let store = use_store();
    let plan = store.plan();
    let rows = Memo::new(move |_| {
        plan.with(|p| {
            coverage::resistance_by_unit(p)
                .into_iter()
                .map(|r| {
                    let name = p
                        .profile
                        .units
                        .iter()
                        .find(|u| u.id == r.unit)
                        .map(|u| u.name.clone())
                        .unwrap_or_default();
                    (name, r.counts, r.unmitigated)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card deferred" aria-labelledby="resistance-heading">
            <h2 id="resistance-heading">{t(GoalsText::ResistanceTitle)} <Origin added=true /></h2>
            <div class="table-scroll">
                <table class="data-table resistance" id="resistance-table">
                    <thead>
                        <tr>
                            <th scope="col">{t(GoalsText::Unit)}</th>
                            <th scope="col">{t(GoalsText::Low)}</th>
                            <th scope="col">{t(GoalsText::Medium)}</th>
                            <th scope="col">{t(GoalsText::High)}</th>
                            <th scope="col">{t(GoalsText::Unmitigated)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|(name, [low, medium, high], open)| view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td>{low}</td>
                                <td>{medium}</td>
                                <td class:high={high > 0}>{high}</td>
                                <td class:gap={open > 0}>{open}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
