//! Printing: the browser's print dialog, and a print-only style sheet of the page's margins
//! (the plan's name on every page), added through the CSSOM as a constructed style sheet, which
//! the Content-Security-Policy (`style-src 'self'`, no inline styles) allows.

use wasm_bindgen::{JsCast, JsValue};

/// Opens the browser's print dialog (where "Save as PDF" is one of the printers).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

thread_local! {
    /// The page's own constructed style sheet, once made (see [`page_sheet`]).
    static PAGE_SHEET: std::cell::RefCell<Option<JsValue>> = const { std::cell::RefCell::new(None) };
}

/// The page's own constructed style sheet, created on first use and adopted by the document.
fn page_sheet() -> Option<JsValue> {
    if let Some(sheet) = PAGE_SHEET.with_borrow(Clone::clone) {
        return Some(sheet);
    }
    let window = web_sys::window()?;
    let class = js_sys::Reflect::get(&window, &JsValue::from_str("CSSStyleSheet")).ok()?;
    let sheet =
        js_sys::Reflect::construct(class.dyn_ref::<js_sys::Function>()?, &js_sys::Array::new())
            .ok()?;
    let document = window.document()?;
    let adopted = JsValue::from_str("adoptedStyleSheets");
    let list: js_sys::Array = js_sys::Reflect::get(&document, &adopted)
        .ok()?
        .dyn_into()
        .ok()?;
    let list = list.concat(&js_sys::Array::of1(&sheet));
    js_sys::Reflect::set(&document, &adopted, &list).ok()?;
    PAGE_SHEET.set(Some(sheet.clone()));
    Some(sheet)
}

/// Replaces the page sheet's rules with `css` (empty to clear them). A browser without
/// constructed style sheets prints without the plan's name in the margin; nothing else changes.
pub fn set_page_rules(css: &str) {
    let Some(sheet) = page_sheet() else {
        return;
    };
    let replace = js_sys::Reflect::get(&sheet, &JsValue::from_str("replaceSync"));
    if let Ok(replace) = replace.and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = replace.call1(&sheet, &JsValue::from_str(css));
    }
}
