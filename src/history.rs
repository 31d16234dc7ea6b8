//! Undo and redo: header buttons and the keyboard (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y; ⌘ on a Mac).
//!
//! While the focus is in a text field, the keys belong to the browser's own undo of that
//! field's typing (which a person expects there); everywhere else they undo whole edits of the
//! plan. The buttons always undo whole edits.

use leptos::prelude::*;
use planner_core::i18n::DataText;
use wasm_bindgen::JsCast;

use crate::i18n::t;
use crate::state::use_store;

/// Whether `target` is a field where typing happens (its own undo applies there).
fn is_text_field(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    match element.tag_name().to_ascii_lowercase().as_str() {
        "textarea" => true,
        "input" => {
            let kind = element.get_attribute("type").unwrap_or_default();
            !matches!(
                kind.as_str(),
                "checkbox" | "radio" | "button" | "submit" | "reset" | "file" | "range" | "color"
            )
        }
        _ => element.get_attribute("contenteditable").is_some(),
    }
}

/// Listens for the undo and redo keys on the whole page.
#[component]
pub fn UndoKeys() -> impl IntoView {
    let store = use_store();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        let key = ev.key().to_ascii_lowercase();
        let redo = (key == "z" && ev.shift_key()) || (key == "y" && !ev.shift_key());
        let undo = key == "z" && !ev.shift_key();
        if !(undo || redo) || is_text_field(ev.target()) {
            return;
        }
        ev.prevent_default();
        if redo {
            store.redo();
        } else {
            store.undo();
        }
    });
    on_cleanup(move || handle.remove());
}

/// The undo and redo buttons of the header.
#[component]
pub fn HistoryButtons() -> impl IntoView {
    let store = use_store();
    view! {
        <div class="history-buttons" role="group">
            <button type="button" class="button icon" id="undo-button"
                title=t(DataText::UndoHint) aria-label=t(DataText::Undo)
                disabled=move || !store.can_undo.get()
                on:click=move |_| store.undo()>
                <span aria-hidden="true">"↶"</span>
            </button>
            <button type="button" class="button icon" id="redo-button"
                title=t(DataText::RedoHint) aria-label=t(DataText::Redo)
                disabled=move || !store.can_redo.get()
                on:click=move |_| store.redo()>
                <span aria-hidden="true">"↷"</span>
            </button>
        </div>
    }
}
