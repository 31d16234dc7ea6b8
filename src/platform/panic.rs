//! A panic must not leave a dead page: the hook logs it and shows a screen that says the last
//! saved copy is safe, with a reload button. Built with text nodes only.

use planner_core::i18n::{catalog, Lang, Shell, Text};
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
    let lang = if catalog::is_loaded(lang) {
        lang
    } else {
        Lang::En
    };
    // Without any language's texts (the crash came before they loaded), the built-in words.
    let (message, reload_text) = if catalog::is_loaded(lang) {
        (Shell::Crashed.text(lang), Shell::Reload.text(lang))
    } else {
        (WITHOUT_TEXTS, "Reload · Qayta yuklash · Перезагрузить")
    };
    crash_screen(&document, message, reload_text)
}

/// The page's message when no language's texts could be loaded: in the three languages, since
/// none of their catalogs is there to choose from.
const WITHOUT_TEXTS: &str =
    "The app could not load its texts. Check the connection and reload the page. \
     · Ilova matnlarini yuklay olmadi. Internetni tekshiring va sahifani qayta yuklang. \
     · Приложению не удалось загрузить тексты. Проверьте соединение и перезагрузите страницу.";

/// Shows that the app cannot start: no language's texts could be loaded.
pub fn texts_missing() {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let _ = crash_screen(
            &document,
            WITHOUT_TEXTS,
            "Reload · Qayta yuklash · Перезагрузить",
        );
    }
}

fn crash_screen(document: &web_sys::Document, message: &str, reload_text: &str) -> Option<()> {
    let screen = document.create_element("div").ok()?;
    screen.set_id("crash");
    screen.set_attribute("role", "alertdialog").ok()?;
    screen.set_class_name("crash");
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(message));
    let button = document.create_element("button").ok()?;
    button.set_text_content(Some(reload_text));
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
