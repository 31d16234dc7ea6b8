//! Step 3's views: the value/effort matrix (SVG), coverage of interaction areas × functional
//! levels, and resistance to change by unit.

use leptos::prelude::*;
use planner_core::goals::coverage;
use planner_core::goals::matrix;
use planner_core::i18n::{GoalsText, ProfileText, Text};
use planner_core::outputs::report::{html::Html, matrix_drawing};
use planner_core::profile::FunctionalLevel;

use crate::i18n::{t, use_language};
use crate::platform::nodes;
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
    // The drawing comes from the document nodes the report's matrix is written with, redrawn
    // whole when a dot (its place, rank, name) or the language changes: a few dozen elements.
    let drawing = NodeRef::<leptos::svg::Svg>::new();
    nodes::keep_drawn(drawing, move || {
        let lang = lang.get();
        dots.track();
        let mut html = Html::default();
        plan.with_untracked(|p| matrix_drawing(&mut html, p, lang));
        html.finish()
    });
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
                node_ref=drawing
            ></svg>
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
    // Redrawn when a cell changes, not on every edit of the step.
    let rows = Memo::new(move |_| {
        let lang = lang.get();
        plan.with(|p| coverage::coverage_rows_html(p, lang))
    });
    let body = NodeRef::<leptos::html::Tbody>::new();
    nodes::keep_drawn(body, move || rows.get());
    view! {
        <section class="card deferred" aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">{t(GoalsText::CoverageTitle)} <Origin added=true /></h2>
            <p class="muted">{t(GoalsText::CoverageIntro)}</p>
            <div class="table-scroll" tabindex="0">
                <table class="data-table coverage" id="coverage-table">
                    <thead>
                        <tr>
                            <th scope="col">{t(GoalsText::Area)}</th>
                            {FunctionalLevel::ALL.into_iter().map(|l| view! { <th scope="col">{t(ProfileText::level(l))}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody node_ref=body></tbody>
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
    let rows = Memo::new(move |_| plan.with(coverage::resistance_rows_html));
    let body = NodeRef::<leptos::html::Tbody>::new();
    nodes::keep_drawn(body, move || rows.get());
    view! {
        <section class="card deferred" aria-labelledby="resistance-heading">
            <h2 id="resistance-heading">{t(GoalsText::ResistanceTitle)} <Origin added=true /></h2>
            <div class="table-scroll" tabindex="0">
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
                    <tbody node_ref=body></tbody>
                </table>
            </div>
        </section>
    }
}
