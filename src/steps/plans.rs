//! Step Plans: its page. The editor comes with the step's own issue; until then the page says
//! what the step asks for and what to do first.

use leptos::prelude::*;
use planner_core::i18n::Shell;
use planner_core::steps::StepId;

use super::EmptyState;
use crate::widgets::StepPage;

/// The page of this step.
#[component]
pub fn PlansStep() -> impl IntoView {
    view! {
        <StepPage step=StepId::Plans>
            <EmptyState text=Shell::PlansEmpty />
        </StepPage>
    }
}
