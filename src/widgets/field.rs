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
use planner_core::i18n::{ErrorText, Text, WidgetText};
use planner_core::profile::FieldError;

use crate::i18n::use_language;
use crate::state::use_store;

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
    let store = use_store();
    let errors = Errors::new(&id);
    let error = errors.error;
    let invalid = errors.invalid();
    // A value this field refused before a reload is shown again, with its message.
    let draft = RwSignal::new(None::<String>);
    if let Some(kept) = store.refused.with_untracked(|all| all.get(&id).cloned()) {
        match commit.run(kept.clone()) {
            Err(refusal) => {
                draft.set(Some(kept));
                error.set(Some(refusal));
            }
            // Taken now (a newer version of the app reads it): nothing to keep.
            Ok(()) => store.set_refused(&id, None),
        }
    }
    let shown = move || draft.get().unwrap_or_else(|| value.get());
    let field = id.clone();
    let on_input = move |text: String| {
        let result = commit.run(text.clone());
        store.set_refused(&field, result.is_err().then(|| text.clone()));
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

/// A date field typed in the interface language's order (`27.11.2026` in Uzbek and Russian,
/// `27/11/2026` in English; `2026-11-27` is read too), with a calendar button that opens the
/// browser's own date picker. A browser's date input would show the order of the browser's
/// locale, not the app's: in an English browser "01.03.2026" typed the Russian way became
/// 3 January. An incomplete or impossible date is refused; the commit, which receives
/// `YYYY-MM-DD` or nothing, may refuse more (for example "not in the past").
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
    use planner_core::dates::{
        iso, long_date, parse_iso, parse_typed, short_date, typed_is_complete,
    };

    let lang = use_language();
    let store = use_store();
    let errors = Errors::new(&id);
    let error = errors.error;
    let invalid = errors.invalid();
    // The plan's value in the interface's order; only a change of the plan's value (or of the
    // language) rewrites the text, never a refusal: the user's typing stays to be corrected.
    let shown = move || {
        value.with(|v| {
            parse_iso(v)
                .map(|d| short_date(d, lang.get()))
                .unwrap_or_default()
        })
    };
    // A date this field refused before a reload is shown again, with its message.
    let kept = store.refused.with_untracked(|all| all.get(&id).cloned());
    let text = RwSignal::new(kept.clone().unwrap_or_else(|| untrack(shown)));
    // While the user types, the text is theirs: the plan's value does not rewrite it.
    let typing = StoredValue::new(kept.is_some());
    if kept.is_some() {
        error.set(Some(Refusal::from(FieldError::InvalidDate)));
    }
    let field = StoredValue::new(id.clone());
    Effect::new(move |_| {
        let shown = shown();
        if !typing.get_value() {
            text.set(shown);
        }
    });
    // `done`: the user has left the field (or pressed Enter), so a half-typed date is wrong,
    // and a taken one is shown in the interface's order.
    // Every access is a `try_`: a blur or change can arrive while the page holding the field
    // is being taken down (a link followed from the field), when its signals are gone.
    let read = move |raw: String, done: bool| {
        text.try_set(raw.clone());
        let result = if raw.trim().is_empty() {
            // Emptied: the date goes when the user leaves the field, not on the way to typing
            // another (select all, delete, type).
            if done {
                // try_run: a blur can arrive after the page holding the field was left.
                commit.try_run(String::new()).unwrap_or(Ok(()))
            } else {
                Ok(())
            }
        } else if done || typed_is_complete(&raw) {
            match parse_typed(&raw) {
                Some(date) => commit.try_run(iso(date)).unwrap_or(Ok(())),
                None => Err(Refusal::from(FieldError::InvalidDate)),
            }
        } else {
            // Still typing: say nothing yet.
            Ok(())
        };
        let taken = result.is_ok();
        if done || taken {
            field.try_with_value(|f| store.set_refused(f, (!taken).then(|| raw.clone())));
        }
        error.try_set(result.err());
        if done {
            typing.try_set_value(false);
            if taken {
                if let Some(shown) = untrack(|| value.try_with(|v| parse_iso(v))).flatten() {
                    text.try_set(short_date(shown, lang.0.get_untracked()));
                }
            }
        }
    };
    let picker = NodeRef::<leptos::html::Input>::new();
    let open_picker = move |_| {
        if let Some(input) = picker.get_untracked() {
            input.set_value(&value.get_untracked());
            // Chromium, Firefox and Safari 16+; where it is missing, typing still works.
            let _ = input.show_picker();
        }
    };
    let placeholder = move || WidgetText::DatePattern.text(lang.get());
    let picker_label = move || WidgetText::Calendar.text(lang.get());
    view! {
        <div class="field date-field" class:invalid=invalid>
            <label for=id.clone()>{move || label.get()}</label>
            <div class="date-input">
                <input
                    id=id.clone()
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    maxlength="12"
                    placeholder=placeholder
                    aria-invalid=move || invalid().to_string()
                    aria-describedby=errors.described()
                    prop:value=move || text.get()
                    on:input:target=move |ev| {
                        typing.try_set_value(true);
                        read(ev.target().value(), false);
                    }
                    on:change:target=move |ev| read(ev.target().value(), true)
                    on:keydown:target=move |ev| {
                        if ev.key() == "Enter" {
                            read(ev.target().value(), true);
                        }
                    }
                    // Leaving without a change (the text typed back as it was): the field
                    // follows the plan again.
                    on:blur=move |_| {
                        let fine = error.try_with_untracked(Option::is_none).unwrap_or(false);
                        if typing.try_get_value().unwrap_or(false) && fine {
                            typing.try_set_value(false);
                            if let Some(shown) = untrack(|| value.try_with(|v| parse_iso(v))).flatten() {
                                text.try_set(short_date(shown, lang.0.get_untracked()));
                            }
                        }
                    }
                />
                <button
                    type="button"
                    class="button icon date-calendar"
                    id=format!("{id}-calendar")
                    aria-label=picker_label
                    title=picker_label
                    on:click=open_picker
                >
                    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                        <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
                        <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" fill="none" />
                    </svg>
                </button>
                // The browser's calendar, opened by the button; its choice goes through the
                // same commit as typing.
                <input
                    type="date"
                    class="date-picker"
                    tabindex="-1"
                    aria-hidden="true"
                    min="1990-01-01"
                    max="2100-12-31"
                    node_ref=picker
                    on:change:target=move |ev| {
                        if let Some(date) = parse_iso(&ev.target().value()) {
                            read(short_date(date, lang.0.get_untracked()), true);
                        }
                    }
                />
            </div>
            // The date in words, in the app's language: a check on what was typed.
            <p class="field-hint" id=format!("{id}-hint")>
                {move || {
                    let date = parse_iso(&value.get())?;
                    (error.with(Option::is_none)).then(|| long_date(date, lang.get()))
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
