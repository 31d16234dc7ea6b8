//! Labelled form fields that validate as the user types and show the refusal beside the field.
//!
//! A field shows the plan's value until the user types; while the typed text is refused it stays
//! on screen with its message, and the plan keeps its last valid value (nothing invalid is
//! saved). A commit may refuse with any error that can say itself in a language ([`ErrorText`]):
//! `FieldError` (texts, dates), `InputError` (scores, numbers, KPI targets); `?` turns it into
//! the field's [`Refusal`]. One field type serves all of them, so the WASM carries each field's
//! view code once rather than once per error type.

use std::sync::Arc;

use leptos::prelude::*;
use planner_core::i18n::ErrorText;
use planner_core::profile::FieldError;

use crate::i18n::use_language;

/// Why a field refused a typed value: any [`ErrorText`], said in the current language.
#[derive(Clone)]
pub struct Refusal(Arc<dyn ErrorText + Send + Sync>);

impl<E: ErrorText + Send + Sync + 'static> From<E> for Refusal {
    fn from(error: E) -> Self {
        Refusal(Arc::new(error))
    }
}

/// What a field's commit says about a typed value: `Ok` when the plan took it.
pub type Commit = Callback<String, Result<(), Refusal>>;

/// The error paragraph and the attributes that tie the input to it.
struct Errors {
    error: RwSignal<Option<Refusal>>,
    id: String,
}

impl Errors {
    fn new(field: &str) -> Self {
        Errors {
            error: RwSignal::new(None),
            id: format!("{field}-error"),
        }
    }

    fn invalid(&self) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
        let error = self.error;
        move || error.with(Option::is_some)
    }

    /// `aria-describedby` only while there is something to read.
    fn described(&self) -> impl Fn() -> Option<String> + Send + Sync + 'static {
        let (error, id) = (self.error, self.id.clone());
        move || error.with(Option::is_some).then(|| id.clone())
    }

    fn message(&self) -> impl IntoView {
        let (error, lang) = (self.error, use_language());
        view! {
            <p class="field-error" id=self.id.clone() role="alert">
                {move || error.with(|e| e.as_ref().map(|e| e.0.text(lang.get())))}
            </p>
        }
    }
}

/// A text field (single line or multi-line) bound to a value of the plan; also takes typed
/// values such as scores and numbers, whose commit parses them.
#[component]
pub fn TextField(
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
    commit: Commit,
    /// A hint shown as the placeholder.
    #[prop(optional, into)]
    placeholder: Option<Signal<&'static str>>,
    /// The virtual keyboard to offer (`numeric`, `decimal`).
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// A textarea instead of an input.
    #[prop(optional)]
    multiline: bool,
    /// Marks the field as required for assistive technology.
    #[prop(optional)]
    required: bool,
) -> impl IntoView {
    let draft = RwSignal::new(None::<String>);
    let errors = Errors::new(&id);
    let error = errors.error;
    let invalid = errors.invalid();
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
        if error.try_with_untracked(Option::is_none) == Some(true) {
            draft.try_set(None);
        }
    };
    let placeholder = move || placeholder.map(|p| p.get()).unwrap_or_default();
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="3"
                placeholder=placeholder
                aria-invalid=move || invalid().to_string()
                aria-describedby=errors.described()
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
                inputmode=inputmode
                placeholder=placeholder
                required=required
                aria-invalid=move || invalid().to_string()
                aria-describedby=errors.described()
                prop:value=shown
                on:input:target=move |ev| on_input(ev.target().value())
                on:blur=on_blur
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:invalid=invalid>
            <label for=id.clone()>
                {move || label.get()}
                {required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </label>
            {control}
            {errors.message()}
        </div>
    }
}

/// A date field (`<input type="date">`); an incomplete or impossible date is refused, and the
/// commit may refuse more (for example "not in the past").
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
    let errors = Errors::new(&id);
    let error = errors.error;
    let invalid = errors.invalid();
    let on_input = move |input: web_sys::HtmlInputElement| {
        // The browser reports a half-typed or impossible date as "bad input" with an empty value.
        let result = if input.validity().bad_input() {
            Err(Refusal::from(FieldError::InvalidDate))
        } else {
            // try_run: a blur can arrive after the page holding the field was left.
            commit.try_run(input.value()).unwrap_or(Ok(()))
        };
        error.try_set(result.err());
    };
    view! {
        <div class="field" class:invalid=invalid>
            <label for=id.clone()>{move || label.get()}</label>
            <input
                id=id.clone()
                type="date"
                min="1990-01-01"
                max="2100-12-31"
                aria-invalid=move || invalid().to_string()
                aria-describedby=errors.described()
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
            // The browser draws the control in its own locale; say the date in the app's.
            <p class="field-hint" id=format!("{id}-hint")>
                {move || {
                    let date = planner_core::dates::parse_iso(&value.get())?;
                    (error.with(Option::is_none)).then(|| planner_core::dates::long_date(date, lang.get()))
                }}
            </p>
            {errors.message()}
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
