//! A panic must not leave a dead page: the hook logs it and shows a screen that says the last
//! saved copy is safe, with a reload button. Built with text nodes only.

use planner_core::i18n::{Shell, Text};
use wasm_bindgen::prelude::*;

/// Installs the panic hook.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("panicked at {info}")));
        show_crash_screen();
    }));
}

fn show_crash_screen() -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.get_element_by_id("crash").is_some() {
        return Some(());
    }
    let lang = super::storage::load_lang().unwrap_or_default();
    let screen = document.create_element("div").ok()?;
    screen.set_id("crash");
    screen.set_attribute("role", "alertdialog").ok()?;
    screen.set_class_name("crash");
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(Shell::Crashed.text(lang)));
    let button = document.create_element("button").ok()?;
    button.set_text_content(Some(Shell::Reload.text(lang)));
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    button
        .add_event_listener_with_callback("click", reload.as_ref().unchecked_ref())
        .ok()?;
    reload.forget();
    screen.append_child(&text).ok()?;
    screen.append_child(&button).ok()?;
    document.body()?.append_child(&screen).ok()?;
    Some(())
}
