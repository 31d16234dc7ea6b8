//! Step 3: define the implementation goals and set priorities. The scope decision for each
//! interaction area, the ranked list of goals with the editor of the chosen one, and the views
//! (value/effort matrix, coverage, resistance by unit).

mod editor;
mod list;
mod scope;
mod views;

use leptos::prelude::*;
use planner_core::checks::{AnchorKind, FieldAnchor};
use planner_core::steps::StepId;
use planner_core::Id;

use crate::route::use_route;
use crate::widgets::StepPage;

/// The goal whose editor is open, shared by the list and the editor.
#[derive(Clone, Copy)]
pub struct OpenGoal(pub RwSignal<Option<Id>>);

/// The goal a route's field id names (`igoal-g3-priority` → `g3`), so that a check link opens
/// that goal's editor before the app focuses the field.
pub fn goal_in_focus(focus: Option<&str>) -> Option<Id> {
    FieldAnchor::record_of(focus?, AnchorKind::Goal)
}

/// The page of step 3.
#[component]
pub fn GoalsStep() -> impl IntoView {
    let route = use_route();
    let focus = route.0.get_untracked().focus;
    let open = OpenGoal(RwSignal::new(goal_in_focus(focus.as_deref())));
    // A check link within this page moves the focus without remounting it: open the goal it
    // names, so that the field exists when the app focuses it. It reads the route itself, not a
    // memo of the goal: the same link followed again, with the goal closed in between,
    // announces the same route again (`CurrentRoute::follow`) and must open it again.
    Effect::new(move |_| {
        if let Some(id) = route.0.with(|r| goal_in_focus(r.focus.as_deref())) {
            open.0.set(Some(id));
        }
    });
    provide_context(open);
    view! {
        <StepPage step=StepId::Goals>
            <scope::ScopeCard />
            <list::GoalList />
            <views::GoalViews />
        </StepPage>
    }
}
