//! Step 0: the project profile and the organisation's units.

use leptos::prelude::*;
use planner_core::i18n::{fill, ProfileText, StakeholdersText, Text};
use planner_core::profile::{
    optional_date, optional_text, required_text, Currency, FunctionalLevel,
};
use planner_core::references::{self, UnitUse};
use planner_core::steps::StepId;
use planner_core::Id;

use crate::i18n::{t, use_language};
use crate::state::use_store;
use crate::widgets::example::{has_work, ExampleCard};
use crate::widgets::Origin;
use crate::widgets::{option, CheckboxField, DateField, NameForm, Select, StepPage, TextField};

/// The profile page.
#[component]
pub fn ProfileStep() -> impl IntoView {
    let store = use_store();
    view! {
        <StepPage step=StepId::Profile>
            <Show when=move || !store.plan().with(has_work)>
                <ExampleCard />
            </Show>
            <ProjectCard />
            <UnitsCard />
        </StepPage>
    }
}

#[component]
fn ProjectCard() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    let text = move |f: fn(&planner_core::Plan) -> &String| {
        Signal::derive(move || plan.with(|p| f(p).clone()))
    };
    view! {
        <section class="card" aria-labelledby="project-heading">
            <h2 id="project-heading">{t(ProfileText::ProjectSection)} <Origin added=true /></h2>
            <div class="form-grid">
                <TextField
                    id="profile-name"
                    label=Signal::derive(t(ProfileText::Name))
                    placeholder=Signal::derive(t(ProfileText::NameHint))
                    required=true
                    value=text(|p| &p.profile.name)
                    commit=Callback::new(move |s: String| {
                        let v = required_text(&s)?;
                        store.update(|p| p.profile.name = v);
                        Ok(())
                    })
                />
                <TextField
                    id="profile-organisation"
                    label=Signal::derive(t(ProfileText::Organisation))
                    required=true
                    value=text(|p| &p.profile.organisation)
                    commit=Callback::new(move |s: String| {
                        let v = required_text(&s)?;
                        store.update(|p| p.profile.organisation = v);
                        Ok(())
                    })
                />
                <TextField
                    id="profile-industry"
                    label=Signal::derive(t(ProfileText::Industry))
                    value=text(|p| &p.profile.industry)
                    commit=Callback::new(move |s: String| {
                        let v = optional_text(&s)?;
                        store.update(|p| p.profile.industry = v);
                        Ok(())
                    })
                />
                <DateField
                    id="profile-go-live"
                    label=Signal::derive(t(ProfileText::GoLive))
                    value=Signal::derive(move || {
                        plan.with(|p| p.profile.go_live.map(|d| d.to_string()).unwrap_or_default())
                    })
                    commit=Callback::new(move |s: String| {
                        let v = optional_date(&s)?;
                        store.update(|p| p.profile.go_live = v);
                        Ok(())
                    })
                />
                <Select
                    id="profile-currency"
                    label=Signal::derive(t(ProfileText::Currency))
                    options=Signal::derive(move || currency_options(lang.get()))
                    value=Signal::derive(move || plan.with(|p| p.profile.currency.code().to_owned()))
                    on_change=Callback::new(move |code: String| {
                        if let Some(c) = Currency::from_code(&code) {
                            store.update(|p| p.profile.currency = c);
                        }
                    })
                />
            </div>
        </section>
    }
}

fn currency_options(lang: planner_core::i18n::Lang) -> Vec<(String, String)> {
    Currency::ALL
        .into_iter()
        .map(|c| option((c.code(), ProfileText::currency(c).text(lang))))
        .collect()
}

fn level_options(lang: planner_core::i18n::Lang) -> Vec<(String, String)> {
    FunctionalLevel::ALL
        .into_iter()
        .map(|l| option((l.code(), ProfileText::level(l).text(lang))))
        .collect()
}

#[component]
fn UnitsCard() -> impl IntoView {
    let store = use_store();
    let plan = store.plan();
    let ids = move || plan.with(|p| p.profile.units.iter().map(|u| u.id).collect::<Vec<_>>());
    view! {
        <section class="card" aria-labelledby="units-heading">
            <h2 id="units-heading">{t(ProfileText::UnitsSection)} <Origin /></h2>
            <p class="muted">{t(ProfileText::UnitsIntro)}</p>
            <Show
                when=move || !ids().is_empty()
                fallback=|| view! { <p class="empty-inline" id="units-empty">{t(ProfileText::UnitsEmpty)}</p> }
            >
                <ul class="unit-list" id="unit-list">
                    <For each=ids key=|id| *id let:id>
                        <UnitRow id=id />
                    </For>
                </ul>
            </Show>
            <NewUnitForm />
        </section>
    }
}

#[component]
fn UnitRow(id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    let unit =
        { Memo::new(move |_| plan.with(|p| p.profile.units.iter().find(|u| u.id == id).cloned())) };
    let name = Signal::derive(move || unit.get().map(|u| u.name).unwrap_or_default());
    let dom = id.to_string();
    let asking = RwSignal::new(false);
    view! {
        <li class="unit-row" data-unit=dom.clone()>
            <TextField
                id=format!("unit-{dom}-name")
                label=Signal::derive(t(ProfileText::UnitName))
                required=true
                value=name
                commit=Callback::new(move |s: String| {
                    let v = required_text(&s)?;
                    store.update(|p| if let Some(u) = p.unit_mut(&id) { u.name = v });
                    Ok(())
                })
            />
            <Select
                id=format!("unit-{dom}-level")
                label=Signal::derive(t(ProfileText::UnitLevel))
                options=Signal::derive(move || level_options(lang.get()))
                value=Signal::derive(move || unit.get().map(|u| u.level.code().to_owned()).unwrap_or_default())
                on_change=Callback::new(move |code: String| {
                    if let Some(level) = FunctionalLevel::from_code(&code) {
                        store.update(|p| if let Some(u) = p.unit_mut(&id) { u.level = level });
                    }
                })
            />
            <CheckboxField
                id=format!("unit-{dom}-customer")
                label=Signal::derive(t(ProfileText::CustomerFacing))
                checked=Signal::derive(move || unit.get().is_some_and(|u| u.customer_facing))
                on_change=Callback::new(move |on: bool| {
                    store.update(|p| if let Some(u) = p.unit_mut(&id) { u.customer_facing = on });
                })
            />
            <button
                type="button"
                class="button danger subtle"
                aria-label=move || fill(ProfileText::DeleteUnitNamed.text(lang.get()), &[&name.get()])
                on:click=move |_| {
                    // A unit that others use is deleted only after the user says where they go.
                    if store.plan().with_untracked(|p| references::unit_uses(p, &id).is_empty()) {
                        store.remove(&name.get_untracked(), |p| { references::delete_unit(p, &id, None); });
                    } else {
                        asking.set(true);
                    }
                }
            >
                {t(ProfileText::DeleteUnit)}
            </button>
            <Show when=move || asking.get()>
                <UnitDeleteDialog id=id name=name asking=asking />
            </Show>
        </li>
    }
}

#[component]
fn NewUnitForm() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let level = RwSignal::new(FunctionalLevel::Operational);
    let customer = RwSignal::new(true);
    view! {
        <NameForm
            id="unit-new-name"
            label=Signal::derive(t(ProfileText::UnitName))
            heading=("new-unit-heading", Signal::derive(t(ProfileText::NewUnit)))
            class="new-unit"
            refocus=true
            button_id="unit-add"
            button=Signal::derive(t(ProfileText::AddUnit))
            on_add=Callback::new(move |name: String| {
                store.update(|p| {
                    p.add_unit(name, level.get_untracked(), customer.get_untracked());
                });
                Ok(())
            })
        >
            <Select
                id="unit-new-level"
                label=Signal::derive(t(ProfileText::UnitLevel))
                options=Signal::derive(move || level_options(lang.get()))
                value=Signal::derive(move || level.get().code().to_owned())
                on_change=Callback::new(move |code: String| {
                    if let Some(l) = FunctionalLevel::from_code(&code) {
                        level.set(l);
                    }
                })
            />
            <CheckboxField
                id="unit-new-customer"
                label=Signal::derive(t(ProfileText::CustomerFacing))
                checked=customer
                on_change=Callback::new(move |on| customer.set(on))
            />
        </NameForm>
    }
}

/// Asks where the references to a unit go before deleting it: another unit, or nowhere.
#[component]
fn UnitDeleteDialog(id: Id, name: Signal<String>, asking: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    let uses = Memo::new(move |_| plan.with(|p| references::unit_uses(p, &id)));
    let others = Signal::derive(move || {
        plan.with(|p| {
            p.profile
                .units
                .iter()
                .filter(|u| u.id != id)
                .map(|u| (u.id.to_string(), u.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let heir = RwSignal::new(
        others
            .with_untracked(|o| o.first().map(|(v, _)| v.clone()))
            .unwrap_or_default(),
    );
    let finish = move |to: Option<Id>| {
        store.remove(&name.get_untracked(), |p| {
            references::delete_unit(p, &id, to.as_ref());
        });
        asking.set(false);
    };
    let use_text = move |u: &UnitUse| {
        let l = lang.get();
        match u {
            UnitUse::Stakeholder { name, .. } => {
                fill(StakeholdersText::UnitUseStakeholder.text(l), &[name])
            }
            UnitUse::ImplementationGoal { name, .. } => {
                fill(StakeholdersText::UnitUseGoal.text(l), &[name])
            }
        }
    };
    view! {
        <div class="confirm unit-delete" role="alertdialog" aria-labelledby="unit-delete-text" id="unit-delete-dialog">
            <p id="unit-delete-text">{move || fill(StakeholdersText::UnitUsedIn.text(lang.get()), &[&name.get()])}</p>
            <ul class="uses" id="unit-delete-uses">
                {move || uses.get().iter().map(|u| view! { <li>{use_text(u)}</li> }).collect_view()}
            </ul>
            <Show when=move || !others.with(Vec::is_empty)>
                <Select
                    id="unit-delete-reassign"
                    label=Signal::derive(t(StakeholdersText::ReassignTo))
                    options=others
                    value=heir
                    on_change=Callback::new(move |v| heir.set(v))
                />
            </Show>
            <div class="confirm-actions">
                <Show when=move || !others.with(Vec::is_empty)>
                    <button type="button" class="button primary" id="unit-delete-reassign-confirm" on:click=move |_| {
                        let to = heir.get_untracked();
                        finish((!to.is_empty()).then_some(Id::from(to)));
                    }>{t(StakeholdersText::ReassignAndDelete)}</button>
                </Show>
                <button type="button" class="button danger" id="unit-delete-clear-confirm" on:click=move |_| finish(None)>
                    {t(StakeholdersText::ClearAndDelete)}
                </button>
                <button type="button" class="button" id="unit-delete-cancel" on:click=move |_| asking.set(false)>
                    {t(StakeholdersText::Cancel)}
                </button>
            </div>
        </div>
    }
}
