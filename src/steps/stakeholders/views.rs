//! The views of step 1: the grid, the attitude gap and stakeholders × the text's activities,
//! one at a time behind tabs, so that a register of 300 people is not drawn four times over.

use leptos::prelude::*;
use planner_core::i18n::StakeholdersText;
use planner_core::stakeholders::views::{
    activity_rows, activity_rows_html, attitude_gaps, gap_rows_html,
};
use planner_core::stakeholders::Activity;

use super::grid::StakeholderGrid;
use crate::i18n::{t, use_language};
use crate::platform::nodes;
use crate::state::use_store;
use crate::widgets::pager::{paged, Paged, Pager};
use crate::widgets::Origin;

/// The three views, in tab order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Grid,
    Gap,
    Activities,
}

impl View {
    const ALL: [View; 3] = [View::Grid, View::Gap, View::Activities];

    fn code(self) -> &'static str {
        match self {
            View::Grid => "grid",
            View::Gap => "gap",
            View::Activities => "activities",
        }
    }

    fn label(self) -> StakeholdersText {
        match self {
            View::Grid => StakeholdersText::TabGrid,
            View::Gap => StakeholdersText::TabGap,
            View::Activities => StakeholdersText::TabActivities,
        }
    }
}

fn focus_tab(view: View) {
    if let Some(el) = document().get_element_by_id(&format!("view-tab-{}", view.code())) {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

/// The views card, shown once there is a stakeholder to analyse (the project team's members are
/// in none of its views): a tab list (arrow keys move between tabs, as the WAI-ARIA tabs
/// pattern has it) and the chosen view.
#[component]
pub fn ViewsCard() -> impl IntoView {
    let store = use_store();
    let has_any = move || {
        store
            .plan()
            .with(|p| p.analysed_stakeholders().next().is_some())
    };
    let chosen = RwSignal::new(View::Grid);
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let at = View::ALL
            .iter()
            .position(|v| *v == chosen.get_untracked())
            .unwrap_or(0);
        let to = match ev.key().as_str() {
            "ArrowRight" => (at + 1) % View::ALL.len(),
            "ArrowLeft" => (at + View::ALL.len() - 1) % View::ALL.len(),
            "Home" => 0,
            "End" => View::ALL.len() - 1,
            _ => return,
        };
        ev.prevent_default();
        chosen.set(View::ALL[to]);
        focus_tab(View::ALL[to]);
    };
    let tabs = move || {
        View::ALL
            .into_iter()
            .map(|view| {
                let selected = move || chosen.get() == view;
                view! {
                    <button
                        type="button"
                        role="tab"
                        class="tab"
                        id=format!("view-tab-{}", view.code())
                        aria-selected=move || selected().to_string()
                        aria-controls="view-panel"
                        tabindex=move || if selected() { "0" } else { "-1" }
                        on:click=move |_| chosen.set(view)
                    >
                        {t(view.label())}
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=has_any>
            <section class="card views deferred" aria-labelledby="views-heading">
                <h2 id="views-heading">{t(StakeholdersText::ViewsSection)} <Origin added=true /></h2>
                <div class="tabs" role="tablist" aria-labelledby="views-heading" on:keydown=on_key>
                    {tabs()}
                </div>
                <div
                    class="tab-panel"
                    id="view-panel"
                    role="tabpanel"
                    aria-labelledby=move || format!("view-tab-{}", chosen.get().code())
                >
                    {move || match chosen.get() {
                        View::Grid => view! {
                            <h3>{t(StakeholdersText::GridTitle)}</h3>
                            <StakeholderGrid />
                        }
                        .into_any(),
                        View::Gap => view! { <AttitudeGap /> }.into_any(),
                        View::Activities => view! { <ActivityMatrix /> }.into_any(),
                    }}
                </div>
            </section>
        </Show>
    }
}

/// Current and desired attitude of each stakeholder, largest gap first.
#[component]
fn AttitudeGap() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let rows = Memo::new(move |_| store.plan().with(attitude_gaps));
    let Paged {
        page,
        paging,
        visible,
        ..
    } = paged(rows);
    let body = NodeRef::<leptos::html::Tbody>::new();
    nodes::keep_drawn(body, move || {
        let lang = lang.get();
        visible.with(|rows| gap_rows_html(rows, lang))
    });
    view! {
        <h3 id="gap-heading">{t(StakeholdersText::GapTitle)}</h3>
        <div class="table-scroll" tabindex="0">
            <table class="data-table stack-narrow" id="attitude-gap" aria-labelledby="gap-heading">
                <thead>
                    <tr>
                        <th scope="col">{t(StakeholdersText::Name)}</th>
                        <th scope="col">{t(StakeholdersText::CurrentAttitude)}</th>
                        <th scope="col">{t(StakeholdersText::DesiredAttitude)}</th>
                        <th scope="col">{t(StakeholdersText::GapColumn)}</th>
                    </tr>
                </thead>
                <tbody node_ref=body></tbody>
            </table>
        </div>
        <Pager id="gap-pager" paging=paging page=page />
    }
}

/// Stakeholders × the text's three activities, with the number of participants of each.
#[component]
fn ActivityMatrix() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let table = Memo::new(move |_| store.plan().with(activity_rows));
    let rows = Memo::new(move |_| table.with(|(rows, _)| rows.clone()));
    let Paged {
        page,
        paging,
        visible,
        ..
    } = paged(rows);
    let body = NodeRef::<leptos::html::Tbody>::new();
    nodes::keep_drawn(body, move || {
        let lang = lang.get();
        visible.with(|rows| activity_rows_html(rows, lang))
    });
    let totals = move || {
        let totals = table.with(|(_, totals)| *totals);
        Activity::ALL
            .into_iter()
            .zip(totals)
            .map(|(a, n)| view! { <td class:none=n == 0 data-activity=a.code()>{n}</td> })
            .collect_view()
    };
    view! {
        <h3 id="activities-heading">{t(StakeholdersText::ActivitiesTitle)}</h3>
        <div class="table-scroll" tabindex="0">
            <table class="data-table activity-matrix" id="activity-matrix" aria-labelledby="activities-heading">
                <thead>
                    <tr>
                        <th scope="col">{t(StakeholdersText::Name)}</th>
                        {Activity::ALL.into_iter().map(|a| view! { <th scope="col">{t(StakeholdersText::activity(a))}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody node_ref=body></tbody>
                <tfoot>
                    <tr><th scope="row">{t(StakeholdersText::Participants)}</th>{totals}</tr>
                </tfoot>
            </table>
        </div>
        <Pager id="activities-pager" paging=paging page=page />
    }
}
