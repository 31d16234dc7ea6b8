//! Deleting a stakeholder that other records use: say where, and let the user reassign those
//! references to someone else, remove them, or cancel. No reference is left naming nobody.

use std::sync::Arc;

use leptos::prelude::*;
use planner_core::i18n::{fill, Lang, StakeholdersText, Text};
use planner_core::references::{self, StakeholderUse};
use planner_core::Id;

use super::use_register;
use crate::i18n::{t, use_language};
use crate::platform::focus;
use crate::state::use_store;
use crate::widgets::{use_people, RecordPicker};

fn use_text(u: &StakeholderUse, lang: Lang) -> String {
    let (key, name) = match u {
        StakeholderUse::KpiOwner { name, .. } => (StakeholdersText::UseKpiOwner, name),
        StakeholderUse::GoalStakeholder { name, .. } => (StakeholdersText::UseGoal, name),
        StakeholderUse::PlanResponsible { name, .. } => (StakeholdersText::UsePlan, name),
        StakeholderUse::TaskOwner { name, .. } => (StakeholdersText::UseTask, name),
    };
    fill(key.text(lang), &[name])
}

/// The in-page dialog shown while a referenced stakeholder's deletion waits for an answer.
#[component]
pub fn DeleteDialog() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let state = use_register();
    let plan = store.plan();
    let heir = RwSignal::new(None::<Id>);
    let people = use_people();
    let target = Memo::new(move |_| {
        let id = state.deleting.get()?;
        plan.with(|p| p.stakeholder(&id).map(|s| (id, s.name.clone())))
    });
    let uses = Memo::new(move |_| {
        target
            .get()
            .map(|(id, _)| plan.with(|p| references::stakeholder_uses(p, &id)))
            .unwrap_or_default()
    });
    // Anyone else can take over.
    let others = Memo::new(move |_| {
        let Some((id, _)) = target.get() else {
            return Arc::from([]);
        };
        people.0.with(|all| {
            all.iter()
                .filter(|(o, _)| *o != id)
                .cloned()
                .collect::<Arc<[_]>>()
        })
    });
    // The first of them is proposed when the dialog opens (not again on every edit of the plan).
    Effect::new(move |_| {
        let proposed = target.get().and_then(|(id, _)| {
            people
                .0
                .with_untracked(|all| all.iter().find(|(o, _)| *o != id).map(|(o, _)| *o))
        });
        heir.set(proposed);
    });
    // The dialog opens under the stakeholder's line: move the focus to it, so that a screen
    // reader announces it and Tab continues in it.
    Effect::new(move |_| {
        if target.with(Option::is_some) {
            focus::element_later("delete-heading".to_owned());
        }
    });
    // Cancelled, the focus goes back to the delete button that opened the dialog.
    let cancel = move || {
        let back = state
            .deleting
            .get_untracked()
            .map(|id| format!("stakeholder-{id}-delete"));
        state.deleting.set(None);
        if let Some(back) = back {
            focus::element_later(back);
        }
    };
    let finish = move |to: Option<Id>| {
        if let Some((id, name)) = target.get_untracked() {
            store.remove(&name, |p| {
                references::delete_stakeholder(p, &id, to.as_ref());
            });
            state.row.forget(&id);
        }
        state.deleting.set(None);
    };
    view! {
        <Show when=move || target.get().is_some()>
            <section
                class="card dialog"
                role="alertdialog"
                aria-modal="false"
                aria-labelledby="delete-heading"
                id="delete-dialog"
                // Escape that closed the reassignment picker's list stays with the picker.
                on:keydown=move |ev| {
                    if ev.key() == "Escape" && !ev.default_prevented() {
                        ev.prevent_default();
                        cancel();
                    }
                }
            >
                <h2 id="delete-heading" tabindex="-1">
                    {move || fill(StakeholdersText::DeleteTitle.text(lang.get()), &[&target.get().map(|t| t.1).unwrap_or_default()])}
                </h2>
                <p>{move || fill(StakeholdersText::UsedIn.text(lang.get()), &[&target.get().map(|t| t.1).unwrap_or_default()])}</p>
                <ul class="uses" id="delete-uses">
                    {move || uses.get().iter().map(|u| view! { <li>{use_text(u, lang.get())}</li> }).collect_view()}
                </ul>
                <Show when=move || !others.with(|o| o.is_empty())>
                    <RecordPicker
                        id="delete-reassign"
                        label=Signal::derive(t(StakeholdersText::ReassignTo))
                        options=others
                        single=true
                        chosen=Signal::derive(move || heir.get().into_iter().collect::<Vec<_>>())
                        on_pick=Callback::new(move |id| heir.set(Some(id)))
                        on_remove=Callback::new(move |_| heir.set(None))
                    />
                </Show>
                <div class="confirm-actions">
                    <Show when=move || !others.with(|o| o.is_empty())>
                        <button
                            type="button"
                            class="button primary"
                            id="delete-reassign-confirm"
                            disabled=move || heir.with(Option::is_none)
                            on:click=move |_| finish(heir.get_untracked())
                        >
                            {t(StakeholdersText::ReassignAndDelete)}
                        </button>
                    </Show>
                    <button type="button" class="button danger" id="delete-clear-confirm" on:click=move |_| finish(None)>
                        {t(StakeholdersText::ClearAndDelete)}
                    </button>
                    <button type="button" class="button" id="delete-cancel" on:click=move |_| cancel()>
                        {t(StakeholdersText::Cancel)}
                    </button>
                </div>
            </section>
        </Show>
    }
}
