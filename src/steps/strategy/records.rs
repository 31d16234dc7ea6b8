//! The lists of goals, processes, people groups, software and benefits: each record's fields
//! inline (a business goal's in its editor, see goals.rs), a delete that takes the record's
//! links along, and a form that adds one by name.

use leptos::prelude::*;
use planner_core::i18n::{fill, StrategyText, Text};
use planner_core::inputs::{format_number, optional_count};
use planner_core::profile::required_text;
use planner_core::references::delete_strategy_record;
use planner_core::store::patch::Parts;
use planner_core::strategy::{toggle_id, InteractionArea, RecordKind, SoftwareKind};
use planner_core::{Id, Plan};

use super::goals::GoalRow;
use super::use_strategy;
use crate::i18n::{t, use_language};
use crate::state::use_store;
use crate::widgets::checks::{id_values, record_options};
use crate::widgets::Origin;
use crate::widgets::{
    choose_first, option, CheckGroup, CheckboxField, NameForm, Select, TextField,
};

fn section_title(kind: RecordKind) -> StrategyText {
    match kind {
        RecordKind::Goal => StrategyText::GoalsSection,
        RecordKind::Process => StrategyText::ProcessesSection,
        RecordKind::People => StrategyText::PeopleSection,
        RecordKind::Software => StrategyText::SoftwareSection,
        RecordKind::Benefit => StrategyText::BenefitsSection,
        RecordKind::Kpi => StrategyText::KpisSection,
    }
}

/// The label of a record's name.
pub fn record_label(kind: RecordKind) -> StrategyText {
    match kind {
        RecordKind::Goal => StrategyText::Goal,
        RecordKind::Process => StrategyText::Process,
        RecordKind::People => StrategyText::PeopleGroup,
        RecordKind::Software => StrategyText::SoftwareItem,
        RecordKind::Benefit => StrategyText::Benefit,
        RecordKind::Kpi => StrategyText::Kpi,
    }
}

/// The (id, name) of every record of a kind, in order.
pub fn names_of(plan: &Plan, kind: RecordKind) -> Vec<(Id, String)> {
    let s = &plan.strategy;
    let pairs: Vec<(&Id, &String)> = match kind {
        RecordKind::Goal => s.goals.iter().map(|r| (&r.id, &r.name)).collect(),
        RecordKind::Process => s.processes.iter().map(|r| (&r.id, &r.name)).collect(),
        RecordKind::People => s.people.iter().map(|r| (&r.id, &r.name)).collect(),
        RecordKind::Software => s.software.iter().map(|r| (&r.id, &r.name)).collect(),
        RecordKind::Benefit => s.benefits.iter().map(|r| (&r.id, &r.name)).collect(),
        RecordKind::Kpi => s.kpis.iter().map(|r| (&r.id, &r.name)).collect(),
    };
    pairs
        .into_iter()
        .map(|(id, name)| (*id, name.clone()))
        .collect()
}

fn set_name(plan: &mut Plan, kind: RecordKind, id: &Id, name: String) {
    let s = &mut plan.strategy;
    let slot = match kind {
        RecordKind::Goal => s.goal_mut(id).map(|r| &mut r.name),
        RecordKind::Process => s.process_mut(id).map(|r| &mut r.name),
        RecordKind::People => s.people_mut(id).map(|r| &mut r.name),
        RecordKind::Software => s.software_mut(id).map(|r| &mut r.name),
        RecordKind::Benefit => s.benefit_mut(id).map(|r| &mut r.name),
        RecordKind::Kpi => s.kpi_mut(id).map(|r| &mut r.name),
    };
    if let Some(slot) = slot {
        *slot = name;
    }
}

/// One list of strategy records with its "add" form.
#[component]
pub fn RecordSection(
    /// Which records.
    kind: RecordKind,
) -> impl IntoView {
    let store = use_store();
    let plan = store.plan();
    let ids = move || {
        plan.with(|p| {
            names_of(p, kind)
                .into_iter()
                .map(|(id, _)| id)
                .collect::<Vec<_>>()
        })
    };
    let heading = format!("{}-heading", kind.prefix());
    let labelled_by = heading.clone();
    view! {
        <section class=format!("card records records-{}", kind.prefix()) aria-labelledby=labelled_by>
            <h2 id=heading>{t(section_title(kind))} <Origin /></h2>
            <Show
                when=move || !ids().is_empty()
                fallback=|| view! { <p class="empty-inline">{t(StrategyText::NoneYet)}</p> }
            >
                <ul class="record-list" id=format!("{}-list", kind.prefix())>
                    // Business goals are summarised with an editor on demand (goals.rs); the
                    // others' few fields stand inline.
                    <For each=ids key=|id| *id let:id>
                        {if kind == RecordKind::Goal {
                            view! { <GoalRow id=id /> }.into_any()
                        } else {
                            view! { <RecordRow kind=kind id=id /> }.into_any()
                        }}
                    </For>
                </ul>
            </Show>
            <NewNameForm kind=kind />
        </section>
    }
}

/// One record: its name, its kind-specific fields and a delete button.
#[component]
pub fn RecordRow(kind: RecordKind, id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let name = Signal::derive(move || {
        store.track_record(&id);
        store.parts_of(Parts::NONE).with(|p| {
            names_of(p, kind)
                .into_iter()
                .find(|(rid, _)| *rid == id)
                .map(|(_, n)| n)
                .unwrap_or_default()
        })
    });
    let dom = format!("{}-{}", kind.prefix(), id);
    // Short fields stand on the name's line; long ones (text, choices) below it.
    let (inline, below) = match kind {
        RecordKind::Goal => (None, None),
        RecordKind::Process => (Some(process_fields(&dom, id).into_any()), None),
        RecordKind::People => (Some(people_fields(&dom, id).into_any()), None),
        RecordKind::Software => (Some(software_fields(&dom, id).into_any()), None),
        RecordKind::Benefit => (None, Some(benefit_fields(&dom, id).into_any())),
        RecordKind::Kpi => (None, None),
    };
    let main_class = if inline.is_some() {
        "record-main with-field"
    } else {
        "record-main"
    };
    view! {
        <li class="record-row" data-id=id.to_string()>
            <div class=main_class>
                <TextField
                    id=format!("{dom}-name")
                    label=Signal::derive(t(record_label(kind)))
                    required=true
                    value=name
                    commit=Callback::new(move |s: String| {
                        let v = required_text(&s)?;
                        store.update(|p| set_name(p, kind, &id, v));
                        Ok(())
                    })
                />
                {inline}
                <button
                    type="button"
                    class="button subtle danger"
                    id=format!("{dom}-delete")
                    aria-label=move || fill(StrategyText::DeleteNamed.text(lang.get()), &[&name.get()])
                    on:click=move |_| store.remove(&name.get_untracked(), |p| { delete_strategy_record(p, &id); })
                >
                    {t(StrategyText::Delete)}
                </button>
            </div>
            {below}
        </li>
    }
}

fn process_fields(dom: &str, id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    // Chosen by the user, never given: "— choose —" until then (a new process is in no area).
    view! {
        <Select
            id=format!("{dom}-area")
            label=Signal::derive(t(StrategyText::Area))
            options=Signal::derive(move || {
                let l = lang.get();
                choose_first(l, InteractionArea::ALL.into_iter().map(|a| (a.code(), StrategyText::area(a).text(l))).map(option))
            })
            value=Signal::derive(move || plan.with(|p| {
                p.strategy.processes.iter().find(|r| r.id == id).and_then(|r| r.area).map(|a| a.code().to_owned()).unwrap_or_default()
            }))
            on_change=Callback::new(move |code: String| {
                let chosen = InteractionArea::from_code(&code);
                if chosen.is_some() || code.is_empty() {
                    store.update(|p| if let Some(r) = p.strategy.process_mut(&id) { r.area = chosen });
                }
            })
        />
    }
}

fn people_fields(dom: &str, id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    view! {
        <TextField
            id=format!("{dom}-size")
            label=Signal::derive(t(StrategyText::Size))
            inputmode="numeric"
            value=Signal::derive(move || plan.with(|p| {
                p.strategy.people.iter().find(|r| r.id == id).and_then(|r| r.size).map(|n| format_number(f64::from(n), lang.get())).unwrap_or_default()
            }))
            commit=Callback::new(move |s: String| {
                let v = optional_count(&s, lang.0.get_untracked())?;
                store.update(|p| if let Some(r) = p.strategy.people_mut(&id) { r.size = v });
                Ok(())
            })
        />
    }
}

fn software_fields(dom: &str, id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    view! {
        <Select
            id=format!("{dom}-kind")
            label=Signal::derive(t(StrategyText::Kind))
            options=Signal::derive(move || {
                let l = lang.get();
                SoftwareKind::ALL.into_iter().map(|k| (k.code(), StrategyText::kind(k).text(l))).map(option).collect::<Vec<_>>()
            })
            value=Signal::derive(move || plan.with(|p| {
                p.strategy.software.iter().find(|r| r.id == id).map(|r| r.kind.code().to_owned()).unwrap_or_default()
            }))
            on_change=Callback::new(move |code: String| {
                if let Some(k) = SoftwareKind::from_code(&code) {
                    store.update(|p| if let Some(r) = p.strategy.software_mut(&id) { r.kind = k });
                }
            })
        />
    }
}

fn benefit_fields(dom: &str, id: Id) -> impl IntoView {
    let store = use_store();
    let plan = store.plan();
    let benefit = Memo::new(move |_| {
        plan.with(|p| {
            p.strategy
                .benefits
                .iter()
                .find(|b| b.id == id)
                .cloned()
                .unwrap_or_default()
        })
    });
    view! {
        <CheckboxField
            id=format!("{dom}-tangible")
            label=Signal::derive(t(StrategyText::Tangible))
            checked=Signal::derive(move || benefit.get().tangible)
            on_change=Callback::new(move |on| {
                store.update(|p| if let Some(b) = p.strategy.benefit_mut(&id) { b.tangible = on });
            })
        />
        <CheckGroup
                chips=true
            id=format!("{dom}-goals")
            legend=Signal::derive(t(StrategyText::BenefitGoals))
            options=Signal::derive(move || record_options(plan.with(|p| names_of(p, RecordKind::Goal))))
            selected=Signal::derive(move || benefit.with(|r| id_values(&r.goals)))
            empty=Signal::derive(t(StrategyText::NothingToChoose))
            on_toggle=Callback::new(move |(gid, on): (String, bool)| {
                store.update(|p| if let Some(b) = p.strategy.benefit_mut(&id) { toggle_id(&mut b.goals, &Id::from(gid), on) });
            })
        />
    }
}

/// Adds a record of a kind by its name; its other fields are then edited in its row.
#[component]
pub fn NewNameForm(kind: RecordKind) -> impl IntoView {
    let store = use_store();
    let state = use_strategy();
    let prefix = kind.prefix();
    view! {
        <NameForm
            id=format!("{prefix}-new-name")
            label=Signal::derive(t(record_label(kind)))
            button_id=format!("{prefix}-add")
            button=Signal::derive(t(StrategyText::Add))
            compact=true
            on_add=Callback::new(move |name: String| {
                let mut added = None;
                store.update(|p| added = Some(p.add_strategy_record(kind, name)));
                // A summarised record opens its editor, for its other fields.
                if let (Some(row), Some(id)) = (state.row(kind), added) {
                    row.open.set(Some(id));
                    crate::platform::focus::first_empty_field(format!("{prefix}-{id}-editor"));
                }
                Ok(())
            })
            on_add_many=Callback::new(move |names: Vec<String>| {
                store.update(|p| {
                    for name in names {
                        p.add_strategy_record(kind, name);
                    }
                });
            })
        />
    }
}
