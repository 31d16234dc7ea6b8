//! One module per workflow step; each renders its editor inside a [`crate::widgets::StepPage`].

pub mod goals;
pub mod overview;
pub mod plans;
pub mod profile;
pub mod stakeholders;
pub mod strategy;

use leptos::prelude::*;
use planner_core::steps::StepId;

/// The page of a step.
pub fn step_view(step: StepId) -> AnyView {
    match step {
        StepId::Profile => view! { <profile::ProfileStep /> }.into_any(),
        StepId::Stakeholders => view! { <stakeholders::StakeholdersStep /> }.into_any(),
        StepId::Strategy => view! { <strategy::StrategyStep /> }.into_any(),
        StepId::Goals => view! { <goals::GoalsStep /> }.into_any(),
        StepId::Plans => view! { <plans::PlansStep /> }.into_any(),
    }
}

/// The empty state of a step that has nothing yet: what to do first.
#[component]
pub fn EmptyState(
    /// What to do first.
    text: planner_core::i18n::Shell,
) -> impl IntoView {
    use crate::i18n::t;
    use planner_core::i18n::Shell;
    view! {
        <section class="empty-state">
            <h2>{t(Shell::EmptyStateTitle)}</h2>
            <p>{t(text)}</p>
        </section>
    }
}
