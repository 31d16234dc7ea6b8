//! Moving the focus where the user's next keystroke belongs.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// The fields a user fills in: text-like inputs, selects and text areas, not checkboxes.
const FIELDS: &str =
    "input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([disabled]), \
                      select:not([disabled]), textarea:not([disabled])";

/// After the next frame (once what it belongs to is drawn), runs `then` on the element with the
/// id `id`. Nothing happens when it is not there (a quick navigation removed it).
pub fn after_next_frame(id: String, then: impl FnOnce(HtmlElement) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let run = Closure::once_into_js(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        {
            then(el);
        }
    });
    let _ = window.request_animation_frame(run.unchecked_ref());
}

/// After the next frame, focuses the element with the id `id`. Focus scrolls only as far as
/// needed.
pub fn element_later(id: String) {
    after_next_frame(id, |el| {
        let _ = el.focus();
    });
}

/// After the next frame, focuses the element with the id `id`, or the one with the id
/// `instead` when `id` is disabled by then (a Move up button once its record is at the top):
/// the focus never stays on a control the keyboard cannot use, nor falls back to the page.
pub fn enabled_or_later(id: String, instead: String) {
    after_next_frame(id, move |el| {
        if el.has_attribute("disabled") {
            element_now(&instead);
        } else {
            let _ = el.focus();
        }
    });
}

fn element_now(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// After the next frame (once a just-opened editor is drawn), focuses the first empty field
/// inside the element `container` (a new record's editor), or its first field when none is
/// empty. Nothing happens when the container is not there.
pub fn first_empty_field(container: String) {
    after_next_frame(container, |root| {
        let Ok(fields) = root.query_selector_all(FIELDS) else {
            return;
        };
        let mut first: Option<HtmlElement> = None;
        for i in 0..fields.length() {
            let Some(field) = fields
                .item(i)
                .and_then(|n| n.dyn_into::<HtmlElement>().ok())
            else {
                continue;
            };
            if is_empty(&field) {
                let _ = field.focus();
                return;
            }
            first.get_or_insert(field);
        }
        if let Some(field) = first {
            let _ = field.focus();
        }
    });
}

fn is_empty(field: &HtmlElement) -> bool {
    if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
        input.value().is_empty()
    } else if let Some(select) = field.dyn_ref::<HtmlSelectElement>() {
        select.value().is_empty()
    } else if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
        area.value().is_empty()
    } else {
        false
    }
}

/// Called where a modal dialog is drawn: once it is, the focus moves to its control with the id
/// `first` (a dialog inserted into the page is not focused by `autofocus`), and the element in
/// focus now (what opened it) has the focus back when the dialog goes, if it is still there.
pub fn modal(first: &'static str) {
    element_later(first.to_owned());
    let opener = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    leptos::prelude::on_cleanup(move || {
        if let Some(opener) = opener.filter(|el| el.is_connected()) {
            let _ = opener.focus();
        }
    });
}
