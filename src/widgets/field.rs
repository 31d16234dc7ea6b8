//! Labelled form fields that validate as the user types and show the refusal beside the field.
//!
//! A field shows the plan's value until the user types; while the typed text is refused it stays
//! on screen with its message, and the plan keeps its last valid value (nothing invalid is
//! saved).

use leptos::prelude::*;
use planner_core::i18n::{field_error, Lang};
use planner_core::profile::FieldError;

use crate::i18n::use_language;

/// What a field's commit says about a typed value: `Ok` when the plan took it.
pub type Commit = Callback<String, Result<(), FieldError>>;

fn error_text(
    error: RwSignal<Option<FieldError>>,
    lang: impl Fn() -> Lang + Send + Sync + 'static,
) -> impl Fn() -> Option<String> {
    move || error.get().map(|e| field_error(e, lang()))
}

/// A single-line (or multi-line) text field bound to a value of the plan.
#[component]
pub fn TextField(
    /// The element id (the target of check links, `<label for>`).
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// The plan's current value.
    #[prop(into)]
    value: Signal<String>,
    /// Validates a typed value and, when valid, writes it to the plan.
    commit: Commit,
    /// A hint shown as the placeholder.
    #[prop(optional, into)]
    placeholder: Option<Signal<&'static str>>,
    /// A textarea instead of an input.
    #[prop(optional)]
    multiline: bool,
    /// Marks the field as required for assistive technology.
    #[prop(optional)]
    required: bool,
) -> impl IntoView {
    let lang = use_language();
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<FieldError>);
    let shown = move || draft.get().unwrap_or_else(|| value.get());
    let on_input = move |text: String| {
        let result = commit.run(text.clone());
        draft.set(Some(text));
        error.set(result.err());
    };
    // Once the user leaves a valid field, show the plan's (trimmed) value again.
    // Blur also fires when the page is left with the field focused, after the field's signals
    // are gone: the try_ variants make that a no-op instead of a panic.
    let on_blur = move |_| {
        if let Some(None) = error.try_get_untracked() {
            draft.try_set(None);
        }
    };
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    let message = error_text(error, move || lang.get());
    let placeholder = move || placeholder.map(|p| p.get()).unwrap_or_default();
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="3"
                placeholder=placeholder
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=move || error.get().map(|_| described.clone())
                prop:value=shown
                on:input:target=move |ev| on_input(ev.target().value())
                on:blur=on_blur
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                placeholder=placeholder
                required=required
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=move || error.get().map(|_| described.clone())
                prop:value=shown
                on:input:target=move |ev| on_input(ev.target().value())
                on:blur=on_blur
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id.clone()>
                {move || label.get()}
                {required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </label>
            {control}
            <p class="field-error" id=error_id role="alert">{message}</p>
        </div>
    }
}

/// A date field (`<input type="date">`); an incomplete or impossible date is refused.
#[component]
pub fn DateField(
    /// The element id.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// The plan's current value as `YYYY-MM-DD`, or empty.
    #[prop(into)]
    value: Signal<String>,
    /// Validates and writes a value.
    commit: Commit,
) -> impl IntoView {
    let lang = use_language();
    let error = RwSignal::new(None::<FieldError>);
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    let on_input = move |input: web_sys::HtmlInputElement| {
        // The browser reports a half-typed or impossible date as "bad input" with an empty value.
        let result = if input.validity().bad_input() {
            Err(FieldError::InvalidDate)
        } else {
            // try_run: a blur can arrive after the page holding the field was left.
            commit.try_run(input.value()).unwrap_or(Ok(()))
        };
        error.try_set(result.err());
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
                // Only a change of the plan's value rewrites the control, never a refusal: the
                // user's half-typed date stays for them to correct.
                prop:value=move || value.get()
                on:input:target=move |ev| on_input(ev.target())
                on:change:target=move |ev| on_input(ev.target())
                // A date that stays impossible fires no input event (the value stays empty):
                // look again on each key and when leaving the field.
                on:keyup:target=move |ev| on_input(ev.target())
                on:blur:target=move |ev| on_input(ev.target())
            />
            <p class="field-error" id=error_id role="alert">{error_text(error, move || lang.get())}</p>
        </div>
    }
}

/// A labelled `<select>` over a fixed list of options.
#[component]
pub fn SelectField(
    /// The element id.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// The options: (value, label).
    #[prop(into)]
    options: Signal<Vec<(&'static str, &'static str)>>,
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
                            view! { <option value=v selected=v == current>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// A labelled checkbox.
#[component]
pub fn CheckboxField(
    /// The element id.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// Whether it is ticked.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state.
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="field checkbox">
            <input
                id=id.clone()
                type="checkbox"
                prop:checked=move || checked.get()
                on:change:target=move |ev| on_change.run(ev.target().checked())
            />
            <label for=id>{move || label.get()}</label>
        </div>
    }
}
