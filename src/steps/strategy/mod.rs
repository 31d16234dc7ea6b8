//! Step 2: define the CRM strategy — vision, goals, processes, people, software, the links
//! between them (the text's four-way interrelation), benefits and KPIs, with the alignment
//! matrix and the goal → KPI → benefit traceability.

mod contents;
mod goals;
mod kpis;
mod links;
mod records;
mod views;

use std::collections::HashSet;

use leptos::prelude::*;
use planner_core::checks::{AnchorKind, FieldAnchor};
use planner_core::i18n::{fill, Shell, StrategyText, Text};
use planner_core::profile::optional_text;
use planner_core::references::delete_strategy_record;
use planner_core::steps::{Route, StepId};
use planner_core::strategy::checks::started;
use planner_core::strategy::sections::Section;
use planner_core::strategy::RecordKind;
use planner_core::{Id, Plan};

use super::EmptyState;
use crate::i18n::{t, use_language};
use crate::route::use_route;
use crate::state::use_store;
use crate::widgets::Origin;
use crate::widgets::{provide_people, OpenRow, StepPage, TextField};
use contents::Fold;

/// The open editors of step 2's summarised lists.
#[derive(Clone, Copy)]
pub(crate) struct StrategyState {
    /// The KPI whose editor is open.
    pub kpi: OpenRow,
    /// The business goal whose editor is open.
    pub goal: OpenRow,
    /// The sections folded away.
    pub folded: RwSignal<HashSet<Section>>,
}

impl StrategyState {
    /// The open row of a kind's list, for the kinds drawn as summaries.
    pub fn row(&self, kind: RecordKind) -> Option<OpenRow> {
        match kind {
            RecordKind::Kpi => Some(self.kpi),
            RecordKind::Goal => Some(self.goal),
            _ => None,
        }
    }
}

pub(crate) fn use_strategy() -> StrategyState {
    expect_context::<StrategyState>()
}

/// A summarised record of step 2 (a KPI, a business goal): its summary (the children) with
/// Edit/Close and Delete, and its editor while it is the list's open one.
#[component]
pub(crate) fn SummaryRow(
    id: Id,
    /// The prefix of the row's element ids (`kpi`, `goal`).
    prefix: &'static str,
    /// The row's own class, beside `record-row summarised`.
    class: &'static str,
    /// The list's open record.
    open: OpenRow,
    /// The record's name, for the buttons' labels.
    name: Signal<String>,
    /// The editor, drawn while the record is open.
    #[prop(into)]
    editor: ViewFn,
    children: Children,
) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let is_open = Memo::new(move |_| open.is_open(&id));
    let dom = format!("{prefix}-{id}");
    let f = move |field: &str| format!("{dom}-{field}");
    view! {
        <li class=format!("record-row summarised {class}") class:open=move || is_open.get() data-id=id.to_string()>
            <div class="record-summary">
                {children()}
                <span class="record-actions">
                    <button
                        type="button"
                        class="button"
                        id=f("toggle")
                        aria-expanded=move || is_open.get().to_string()
                        aria-controls=f("editor")
                        aria-label=move || {
                            let key = if is_open.get() { StrategyText::CloseNamed } else { StrategyText::EditNamed };
                            fill(key.text(lang.get()), &[&name.get()])
                        }
                        on:click=move |_| open.toggle(&id)
                    >
                        {move || if is_open.get() { t(StrategyText::Close)() } else { t(StrategyText::Edit)() }}
                    </button>
                    <button
                        type="button"
                        class="button subtle danger"
                        id=f("delete")
                        aria-label=move || fill(StrategyText::DeleteNamed.text(lang.get()), &[&name.get()])
                        on:click=move |_| {
                            let id = id;
                            store.remove(&name.get_untracked(), |p| { delete_strategy_record(p, &id); });
                            open.forget(&id);
                        }
                    >
                        {t(StrategyText::Delete)}
                    </button>
                </span>
            </div>
            <Show when=move || is_open.get()>
                {editor.run()}
            </Show>
        </li>
    }
}

/// A name as a summary shows it: "—" while it is blank.
fn named(name: &str) -> &str {
    match name.trim() {
        "" => "—",
        name => name,
    }
}

/// The business goal named by a field id such as `goal-g3-description` (the goals' DOM ids
/// follow [`RecordKind::prefix`], which is not a check anchor's kind).
fn goal_of_field(field: &str) -> Option<Id> {
    let rest = field
        .strip_prefix(RecordKind::Goal.prefix())?
        .strip_prefix('-')?;
    let (id, name) = rest.split_once('-')?;
    let is_id = id.len() > 1
        && id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id[1..].bytes().all(|b| b.is_ascii_digit());
    (is_id && !name.is_empty()).then(|| Id::from(id))
}

/// The KPI or business goal a route's field names, when it exists: its editor is opened so
/// that the field exists when the app focuses it.
fn named_by(route: &Route, plan: &Plan) -> (Option<Id>, Option<Id>) {
    let field = route.focus.as_deref().unwrap_or_default();
    let kpi = FieldAnchor::record_of(field, AnchorKind::Kpi)
        .filter(|id| plan.strategy.kpis.iter().any(|k| &k.id == id));
    let goal = goal_of_field(field).filter(|id| plan.strategy.goal(id).is_some());
    (kpi, goal)
}

/// The page of step 2.
#[component]
pub fn StrategyStep() -> impl IntoView {
    let store = use_store();
    let route = use_route();
    // One list of people for every picker on the page.
    provide_people();
    let plan = store.plan();
    let (kpi, goal) = route
        .0
        .with_untracked(|r| plan.with_untracked(|p| named_by(r, p)));
    let state = StrategyState {
        kpi: OpenRow::new(kpi),
        goal: OpenRow::new(goal),
        folded: RwSignal::new(HashSet::new()),
    };
    let open_named = move |route: &Route| {
        let (kpi, goal) = plan.with_untracked(|p| named_by(route, p));
        if kpi.is_some() {
            state.kpi.open.set(kpi);
        }
        if goal.is_some() {
            state.goal.open.set(goal);
        }
        // A field in a folded section is unfolded before the app focuses it.
        if let Some(section) = route.focus.as_deref().and_then(Section::of_anchor) {
            if state.folded.with_untracked(|f| f.contains(&section)) {
                state.folded.update(|f| {
                    f.remove(&section);
                });
            }
        }
    };
    // A check link within this page moves the focus without remounting it: open the record it
    // names before the app focuses the field. The same link again (after its editor was closed)
    // announces the route again (`CurrentRoute::follow`), so it opens the record too.
    Effect::new(move |_| route.0.with(open_named));
    provide_context(state);
    view! {
        <StepPage step=StepId::Strategy>
            <Show when=move || !plan.with(started)>
                <EmptyState text=Shell::StrategyEmpty />
            </Show>
            <contents::Contents />
            <Fold section=Section::Vision>
                <section class="card" aria-labelledby="vision-heading">
                    <h2 id="vision-heading">{t(StrategyText::VisionSection)} <Origin added=true /></h2>
                    <p class="muted">{t(StrategyText::Intro)}</p>
                    <TextField
                        id="strategy-vision"
                        label=Signal::derive(t(StrategyText::Vision))
                        placeholder=Signal::derive(t(StrategyText::VisionHint))
                        multiline=true
                        required=true
                        value=Signal::derive(move || plan.with(|p| p.strategy.vision.clone()))
                        commit=Callback::new(move |s: String| {
                            let v = optional_text(&s)?;
                            store.update(|p| p.strategy.vision = v);
                            Ok(())
                        })
                    />
                </section>
            </Fold>
            <Fold section=Section::Goals><records::RecordSection kind=RecordKind::Goal /></Fold>
            <div class="strategy-columns">
                <Fold section=Section::Processes><records::RecordSection kind=RecordKind::Process /></Fold>
                <Fold section=Section::People><records::RecordSection kind=RecordKind::People /></Fold>
                <Fold section=Section::Software><records::RecordSection kind=RecordKind::Software /></Fold>
            </div>
            <Fold section=Section::Links><links::LinksCard /></Fold>
            <Fold section=Section::Benefits><records::RecordSection kind=RecordKind::Benefit /></Fold>
            <Fold section=Section::Kpis><kpis::KpisCard /></Fold>
            <Fold section=Section::Matrix><views::AlignmentMatrix /></Fold>
            <Fold section=Section::Trace><views::Traceability /></Fold>
        </StepPage>
    }
}
