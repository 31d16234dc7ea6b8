//! Step 2: define the CRM strategy — vision, goals, processes, people, software, the links
//! between them (the text's four-way interrelation), benefits and KPIs, with the alignment
//! matrix and the goal → KPI → benefit traceability.

mod goals;
mod kpis;
mod links;
mod records;
mod views;

use leptos::prelude::*;
use planner_core::checks::{AnchorKind, FieldAnchor};
use planner_core::i18n::{Shell, StrategyText};
use planner_core::profile::optional_text;
use planner_core::steps::{Route, StepId};
use planner_core::strategy::checks::started;
use planner_core::strategy::RecordKind;
use planner_core::{Id, Plan};
use wasm_bindgen::JsCast;

use super::EmptyState;
use crate::i18n::t;
use crate::route::use_route;
use crate::state::use_store;
use crate::widgets::{provide_people, StepPage, TextField};

/// Which row of one list (the KPIs, the business goals) has its editor open: at most one.
#[derive(Clone, Copy)]
pub(crate) struct OpenRow {
    /// The record whose editor is open.
    pub open: RwSignal<Option<Id>>,
    /// Notifies only the two rows whose "open" state changes, not the whole list.
    selector: StoredValue<Selector<Option<Id>>>,
}

impl OpenRow {
    fn new(open: Option<Id>) -> OpenRow {
        let open = RwSignal::new(open);
        OpenRow {
            open,
            selector: StoredValue::new(Selector::new(move || open.get())),
        }
    }

    /// Whether `id`'s editor is open (tracked for that id alone).
    pub fn is_open(&self, id: &Id) -> bool {
        self.selector.with_value(|s| s.selected(&Some(id.clone())))
    }

    /// Opens `id`'s editor, or closes it when it is the open one.
    pub fn toggle(&self, id: &Id) {
        self.open.update(|o| {
            *o = if o.as_ref() == Some(id) {
                None
            } else {
                Some(id.clone())
            }
        });
    }

    /// Forgets `id` (deleted), if its editor was open.
    pub fn forget(&self, id: &Id) {
        if self.open.get_untracked().as_ref() == Some(id) {
            self.open.set(None);
        }
    }
}

/// The open editors of step 2's summarised lists.
#[derive(Clone, Copy)]
pub(crate) struct StrategyState {
    /// The KPI whose editor is open.
    pub kpi: OpenRow,
    /// The business goal whose editor is open.
    pub goal: OpenRow,
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
    };
    let open_named = move |route: &Route| {
        let (kpi, goal) = plan.with_untracked(|p| named_by(route, p));
        if kpi.is_some() {
            state.kpi.open.set(kpi);
        }
        if goal.is_some() {
            state.goal.open.set(goal);
        }
    };
    // A check link within this page moves the focus without remounting it: open the record it
    // names before the app focuses the field.
    Effect::new(move |_| route.0.with(open_named));
    // A link to the address already shown (the same finding again, after its editor was
    // closed) changes no route: open the record and focus the field here.
    let again = window_event_listener(leptos::ev::click, move |ev| {
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest(".finding a[href]").ok().flatten());
        let Some(href) = link.and_then(|a| a.get_attribute("href")) else {
            return;
        };
        if window().location().hash().ok().as_deref() != Some(href.as_str()) {
            return;
        }
        let linked = Route::parse(&href);
        open_named(&linked);
        if let Some(field) = linked.focus {
            request_animation_frame(move || {
                let el = document().get_element_by_id(&field);
                if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = el.focus();
                    el.scroll_into_view_with_bool(false);
                }
            });
        }
    });
    on_cleanup(move || again.remove());
    provide_context(state);
    view! {
        <StepPage step=StepId::Strategy>
            <Show when=move || !plan.with(started)>
                <EmptyState text=Shell::StrategyEmpty />
            </Show>
            <section class="card" aria-labelledby="vision-heading">
                <h2 id="vision-heading">{t(StrategyText::VisionSection)}</h2>
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
            <records::RecordSection kind=RecordKind::Goal />
            <div class="strategy-columns">
                <records::RecordSection kind=RecordKind::Process />
                <records::RecordSection kind=RecordKind::People />
                <records::RecordSection kind=RecordKind::Software />
            </div>
            <links::LinksCard />
            <records::RecordSection kind=RecordKind::Benefit />
            <kpis::KpisCard />
            <views::AlignmentMatrix />
            <views::Traceability />
        </StepPage>
    }
}
