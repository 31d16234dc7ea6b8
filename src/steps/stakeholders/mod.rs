//! Step 1: engage the key stakeholders — the register with its editor, and the views (the
//! power/interest grid, the attitude gap, stakeholders × activities).

mod delete;
mod editor;
mod grid;
mod intake;
mod register;
mod sheet;
mod views;

use leptos::prelude::*;
use planner_core::checks::{AnchorKind, FieldAnchor};
use planner_core::i18n::Shell;
use planner_core::steps::StepId;
use planner_core::Id;

use super::EmptyState;
use crate::route::use_route;
use crate::state::use_store;
use crate::widgets::sheet::{remembered, Layout};
use crate::widgets::{OpenRow, StepPage};

/// Which stakeholder's editor is open, whose deletion waits for an answer, and whether the
/// register is shown as cards or as a table.
#[derive(Clone, Copy)]
pub(crate) struct RegisterState {
    /// The stakeholder whose editor is open.
    pub row: OpenRow,
    /// The stakeholder whose deletion asks where their references go.
    pub deleting: RwSignal<Option<Id>>,
    /// Cards or the table.
    pub layout: RwSignal<Layout>,
    /// The stakeholder just added in the table, whose row the register's page shows.
    pub added: RwSignal<Option<Id>>,
}

impl RegisterState {
    fn new(open: Option<Id>) -> RegisterState {
        let row = OpenRow::new(open);
        let layout = remembered("register", row.open);
        RegisterState {
            row,
            deleting: RwSignal::new(None),
            layout,
            added: RwSignal::new(None),
        }
    }
}

/// The stakeholder named by a field id such as `stakeholder-s3-power`.
fn stakeholder_of_field(field: &str) -> Option<Id> {
    FieldAnchor::record_of(field, AnchorKind::Stakeholder)
}

/// The page of step 1.
#[component]
pub fn StakeholdersStep() -> impl IntoView {
    let store = use_store();
    let route = use_route();
    let exists = move |id: &Id| store.plan().with_untracked(|p| p.stakeholder(id).is_some());
    // A check link names a field inside a stakeholder's editor: open that editor, so that the
    // field exists when the app focuses it.
    let from_route = move || {
        route
            .0
            .get()
            .focus
            .as_deref()
            .and_then(stakeholder_of_field)
            .filter(exists)
    };
    let state = RegisterState::new(route.0.with_untracked(|r| {
        r.focus
            .as_deref()
            .and_then(stakeholder_of_field)
            .filter(exists)
    }));
    Effect::new(move |_| {
        if let Some(id) = from_route() {
            state.row.open.set(Some(id));
        }
    });
    provide_context(state);
    view! {
        <StepPage step=StepId::Stakeholders>
            <Show when=move || store.plan().with(|p| p.stakeholders.is_empty())>
                <EmptyState text=Shell::StakeholdersEmpty />
            </Show>
            <register::RegisterCard />
            <views::ViewsCard />
        </StepPage>
    }
}

pub(crate) fn use_register() -> RegisterState {
    expect_context::<RegisterState>()
}
