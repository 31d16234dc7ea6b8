//! Step 4: develop the implementation plan. Plan cards led by the text's triple (responsible,
//! indicators, deadline), the editor of the open plan with its tasks, the timeline and the
//! workload per person.

mod cards;
mod editor;
mod fields;
mod sheet;
mod tasks;
mod timeline;
mod workload;

use leptos::prelude::*;
use planner_core::checks::{AnchorKind, FieldAnchor};
use planner_core::steps::StepId;
use planner_core::{Id, Plan};

use crate::route::use_route;
use crate::state::use_store;
use crate::widgets::{provide_people, StepPage};

/// The plan whose editor is open and the task whose editor is open, shared by the cards, the
/// editor and the timeline.
#[derive(Clone, Copy)]
pub struct Selection {
    /// The open plan.
    pub plan: RwSignal<Option<Id>>,
    /// The open task.
    pub task: RwSignal<Option<Id>>,
}

impl Selection {
    /// Opens a task and the plan it belongs to.
    pub fn open_task(&self, plan: Id, task: Id) {
        self.plan.set(Some(plan));
        self.task.set(Some(task));
    }
}

/// The plan and task a route's field id names (`plan-p2-deadline`, `task-t7-due`), so that a
/// check link opens their editors before the app focuses the field.
pub fn selection_for(plan: &Plan, focus: Option<&str>) -> (Option<Id>, Option<Id>) {
    let Some(focus) = focus else {
        return (None, None);
    };
    if let Some(task) = FieldAnchor::record_of(focus, AnchorKind::Task) {
        let owner = plan.plan_of_task(&task).map(|p| p.id);
        return (owner, Some(task));
    }
    match FieldAnchor::record_of(focus, AnchorKind::Plan) {
        Some(p) if plan.plan(&p).is_some() => (Some(p), None),
        _ => (None, None),
    }
}

/// The page of step 4.
#[component]
pub fn PlansStep() -> impl IntoView {
    let store = use_store();
    // One list of people for the plan's and the task's pickers.
    provide_people();
    let focus = use_route().0.get_untracked().focus;
    let (plan, task) = store
        .plan()
        .with_untracked(|p| selection_for(p, focus.as_deref()));
    // Without a link to follow, open the first plan so the timeline shows tasks at once.
    let plan = plan.or_else(|| {
        store
            .plan()
            .with_untracked(|p| p.plans.first().map(|p| p.id))
    });
    let selection = Selection {
        plan: RwSignal::new(plan),
        task: RwSignal::new(task),
    };
    // A check link within this page moves the focus without remounting it: open the plan and
    // task it names, so that the field exists when the app focuses it. It reads the route
    // itself, not a memo of the selection: the same link followed again, with the task closed
    // in between, announces the same route again (`CurrentRoute::follow`) and must reopen it.
    let route = use_route();
    Effect::new(move |first: Option<()>| {
        let (plan, task) = route.0.with(|r| {
            store
                .plan()
                .with_untracked(|p| selection_for(p, r.focus.as_deref()))
        });
        // At mount the selection above already follows the address.
        if first.is_some() {
            if let Some(plan) = plan {
                selection.plan.set(Some(plan));
                selection.task.set(task);
            }
        }
    });
    provide_context(selection);
    view! {
        <StepPage step=StepId::Plans>
            <cards::PlanCards />
            <editor::PlanEditor />
            <timeline::Timeline />
            <workload::Workload />
        </StepPage>
    }
}

/// The selection in context.
pub fn use_selection() -> Selection {
    expect_context::<Selection>()
}
