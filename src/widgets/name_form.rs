//! The one "add by name" form: a required name, optional extra fields, an add button.

use leptos::prelude::*;
use planner_core::i18n::{fill, ErrorText, Text, WidgetText};
use planner_core::inputs::name_list;
use planner_core::profile::{required_text, FieldError};

use crate::i18n::{t, use_language};

/// A form that adds a record by its name; the record's other fields are then edited in place.
/// An empty (or too long) name is refused beside the input; the form clears after an add.
#[component]
pub fn NameForm(
    /// The name input's id; its error is `{id}-error`.
    #[prop(into)]
    id: String,
    /// The name's label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// The submit button's id.
    #[prop(into)]
    button_id: String,
    /// The submit button's text.
    #[prop(into)]
    button: Signal<&'static str>,
    /// Called with the checked name; `Ok` once the record is added.
    on_add: Callback<String, Result<(), FieldError>>,
    /// A heading above the form, with its id (the form's accessible name).
    #[prop(optional)]
    heading: Option<(&'static str, Signal<&'static str>)>,
    /// The heading is one level down (`h4`, inside an editor) instead of `h3`.
    #[prop(optional)]
    minor: bool,
    /// A hint shown as the placeholder.
    #[prop(optional, into)]
    placeholder: Option<Signal<&'static str>>,
    /// The form's class; its row of fields is `{class}-fields`.
    #[prop(default = "new-record")]
    class: &'static str,
    /// A tighter layout (inside a card's list).
    #[prop(optional)]
    compact: bool,
    /// Puts the focus back in the name after an add, for adding several in a row.
    #[prop(optional)]
    refocus: bool,
    /// Adds many records at once (one undo step) from a list pasted into the name, one name a
    /// line; without it a paste is typed in as it is.
    #[prop(optional)]
    on_add_many: Option<Callback<Vec<String>>>,
    /// Extra fields of the form (a category, a level), shown between the name and the button.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let lang = use_language();
    let name = RwSignal::new(String::new());
    // The names of a pasted list, waiting for "Add all".
    let pasted = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(None::<FieldError>);
    let input = NodeRef::<leptos::html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match required_text(&name.get_untracked()).and_then(|v| on_add.run(v)) {
            Ok(()) => {
                name.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
        if refocus {
            if let Some(el) = input.get_untracked() {
                let _ = el.focus();
            }
        }
    };
    // A paste of two lines or more is a list: shown for confirmation, not typed into the name.
    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        if on_add_many.is_none() {
            return;
        }
        let text = ev
            .clipboard_data()
            .and_then(|data| data.get_data("text/plain").ok())
            .unwrap_or_default();
        let names = name_list(&text);
        if names.len() >= 2 {
            ev.prevent_default();
            pasted.set(names);
        }
    };
    let add_all = move |_| {
        let names = pasted.get_untracked();
        if let Some(add) = on_add_many {
            add.run(names);
        }
        pasted.set(Vec::new());
        if let Some(el) = input.get_untracked() {
            let _ = el.focus();
        }
    };
    let cancel_paste = move |_| {
        pasted.set(Vec::new());
        if let Some(el) = input.get_untracked() {
            let _ = el.focus();
        }
    };
    let paste_panel = {
        let id = id.clone();
        move || {
            let count = pasted.with(Vec::len);
            (count > 0).then(|| {
                let count = count.to_string();
                view! {
                    <div class="paste-list" id=format!("{id}-pasted") role="group" aria-labelledby=format!("{id}-pasted-title")>
                        <p class="paste-list-title" id=format!("{id}-pasted-title")>
                            <strong>{fill(WidgetText::PastedTitle.text(lang.get()), &[&count])}</strong>
                        </p>
                        <ol class="paste-names">
                            {pasted.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                        </ol>
                        <p class="muted">{t(WidgetText::PastedHint)}</p>
                        <div class="paste-actions">
                            <button type="button" class="button primary" id=format!("{id}-pasted-add") on:click=add_all>
                                {fill(WidgetText::PastedAdd.text(lang.get()), &[&count])}
                            </button>
                            <button type="button" class="button subtle" id=format!("{id}-pasted-cancel") on:click=cancel_paste>
                                {t(WidgetText::PastedCancel)}
                            </button>
                        </div>
                    </div>
                }
            })
        }
    };
    let hint = on_add_many.map(|_| {
        view! { <p class="field-hint" id=format!("{id}-hint")>{t(WidgetText::PasteHint)}</p> }
    });
    let described = if on_add_many.is_some() {
        format!("{id}-error {id}-hint")
    } else {
        format!("{id}-error")
    };
    let error_id = format!("{id}-error");
    let labelled_by = heading.map(|(hid, _)| hid);
    let heading = heading.map(|(hid, text)| {
        if minor {
            view! { <h4 id=hid>{move || text.get()}</h4> }.into_any()
        } else {
            view! { <h3 id=hid>{move || text.get()}</h3> }.into_any()
        }
    });
    view! {
        <form
            class=class
            class:compact=compact
            aria-labelledby=labelled_by
            on:submit=submit
        >
            {heading}
            <div class=format!("{class}-fields")>
                <div class="field" class:invalid=move || error.with(Option::is_some)>
                    <label for=id.clone()>{move || label.get()}</label>
                    <input
                        id=id.clone()
                        type="text"
                        node_ref=input
                        placeholder=move || placeholder.map(|p| p.get())
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        aria-describedby=described
                        prop:value=move || name.get()
                        on:paste=on_paste
                        on:input:target=move |ev| {
                            name.set(ev.target().value());
                            error.set(None);
                        }
                    />
                    <p class="field-error" id=error_id.clone() role="alert">
                        {move || error.with(|e| e.map(|e| e.text(lang.get())))}
                    </p>
                    {hint}
                </div>
                {children.map(|c| c())}
                <button type="submit" class="button primary" id=button_id>{move || button.get()}</button>
            </div>
            {paste_panel}
        </form>
    }
}
