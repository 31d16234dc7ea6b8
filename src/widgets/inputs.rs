//! Fields for typed values of steps 1 and 2 (scores, numbers, KPI targets and dates) and a
//! multi-choice of records as checkboxes. Like [`crate::widgets::TextField`], each validates as
//! the user types, shows a refusal beside the field and never writes a refused value.

use leptos::prelude::*;
use planner_core::inputs::{input_error, InputError};
use planner_core::Id;

use crate::i18n::use_language;

/// What a typed field's commit says about a value: `Ok` when the plan took it.
pub type TypedCommit = Callback<String, Result<(), InputError>>;

/// A text input for a typed value (a score, a number) with its error beside it.
#[component]
pub fn TypedField(
    /// The element id (the target of check links, `<label for>`).
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// The plan's current value, as text.
    #[prop(into)]
    value: Signal<String>,
    /// Validates a typed value and, when valid, writes it to the plan.
    commit: TypedCommit,
    /// The virtual keyboard to offer (`numeric`, `decimal`).
    #[prop(optional, into)]
    inputmode: Option<&'static str>,
    /// A hint shown as the placeholder.
    #[prop(optional, into)]
    placeholder: Option<Signal<&'static str>>,
) -> impl IntoView {
    let lang = use_language();
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<InputError>);
    let shown = move || draft.get().unwrap_or_else(|| value.get());
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id.clone()>{move || label.get()}</label>
            <input
                id=id.clone()
                type="text"
                inputmode=inputmode.unwrap_or("text")
                placeholder=move || placeholder.map(|p| p.get()).unwrap_or_default()
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=move || error.get().map(|_| described.clone())
                prop:value=shown
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    let result = commit.run(text.clone());
                    draft.set(Some(text));
                    error.set(result.err());
                }
                // A field also loses focus when a navigation removes it: its signals may be
                // gone then.
                on:blur=move |_| {
                    if error.try_get_untracked().flatten().is_none() {
                        let _ = draft.try_set(None);
                    }
                }
            />
            <p class="field-error" id=error_id role="alert">
                {move || error.get().map(|e| input_error(e, lang.get()))}
            </p>
        </div>
    }
}

/// A date input whose value is checked by `commit` (for example "not in the past").
#[component]
pub fn TypedDateField(
    /// The element id.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// The plan's value as `YYYY-MM-DD`, or empty.
    #[prop(into)]
    value: Signal<String>,
    /// Validates and writes a value.
    commit: TypedCommit,
) -> impl IntoView {
    let lang = use_language();
    let error = RwSignal::new(None::<InputError>);
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    let check = move |input: web_sys::HtmlInputElement| {
        let result = if input.validity().bad_input() {
            Err(InputError::Field(
                planner_core::profile::FieldError::InvalidDate,
            ))
        } else {
            commit.run(input.value())
        };
        error.set(result.err());
    };
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id.clone()>{move || label.get()}</label>
            <input
                id=id.clone()
                type="date"
                min="1990-01-01"
                max="2100-12-31"
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=move || error.get().map(|_| described.clone())
                prop:value=move || value.get()
                on:input:target=move |ev| check(ev.target())
                on:change:target=move |ev| check(ev.target())
                on:blur:target=move |ev| {
                    if error.try_get_untracked().is_some() {
                        check(ev.target())
                    }
                }
            />
            <p class="field-error" id=error_id role="alert">
                {move || error.get().map(|e| input_error(e, lang.get()))}
            </p>
        </div>
    }
}

/// A labelled group of checkboxes choosing records by id (goals of a KPI, people of a link).
#[component]
pub fn ChoiceChips(
    /// The group's id (the target of check links); each box is `{id}-{option id}`.
    #[prop(into)]
    id: String,
    /// The group's label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// The choices: (id, name).
    #[prop(into)]
    options: Signal<Vec<(Id, String)>>,
    /// The chosen ids.
    #[prop(into)]
    chosen: Signal<Vec<Id>>,
    /// Called with an id and whether it is now chosen.
    on_toggle: Callback<(Id, bool)>,
    /// Shown when there is nothing to choose.
    #[prop(into)]
    empty: Signal<&'static str>,
) -> impl IntoView {
    let group = StoredValue::new(id.clone());
    view! {
        // tabindex -1: a check link can focus the group itself.
        <fieldset class="chips" id=id tabindex="-1">
            <legend>{move || label.get()}</legend>
            <Show when=move || options.with(Vec::is_empty)>
                <p class="muted chips-empty">{move || empty.get()}</p>
            </Show>
            // Keyed rows keep focus on a box while it is toggled.
            <For each=move || options.get() key=|(oid, name)| (oid.clone(), name.clone()) let:option>
                {
                    let (oid, name) = option;
                    let box_id = format!("{}-{oid}", group.get_value());
                    let on = {
                        let oid = oid.clone();
                        Memo::new(move |_| chosen.with(|c| c.contains(&oid)))
                    };
                    view! {
                        <label class="chip" class:on=move || on.get() for=box_id.clone()>
                            <input
                                type="checkbox"
                                id=box_id.clone()
                                prop:checked=move || on.get()
                                on:change:target=move |ev| {
                                    on_toggle.run((oid.clone(), ev.target().checked()))
                                }
                            />
                            <span>{name}</span>
                        </label>
                    }
                }
            </For>
        </fieldset>
    }
}

/// A labelled `<select>` over options computed from the plan (units, stakeholders, goals).
#[component]
pub fn DynSelect(
    /// The element id.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// The options: (value, label). An empty value stands for "none".
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The selected value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the chosen value.
    on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id.clone() on:change:target=move |ev| on_change.run(ev.target().value())>
                {move || {
                    let current = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, text)| {
                            let selected = v == current;
                            view! { <option value=v selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
