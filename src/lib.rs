//! The CRM Implementation Planner's web app: thin Leptos components over `planner-core`.
//!
//! Layout: `app` wires the state and the frame; `state` holds the plan and its saving; `route`
//! maps the address to a step; `i18n` puts the interface language in context; `platform` is
//! the browser (storage, files, panic screen) with no Leptos in it; `steps` holds one folder per
//! workflow step; `widgets` the shared form pieces.

pub mod app;
pub mod history;
pub mod i18n;
pub mod library;
pub mod method;
pub mod outputs;
pub mod platform;
pub mod report;
pub mod route;
pub mod state;
pub mod steps;
pub mod transfer;
pub mod widgets;

use wasm_bindgen::JsCast;

/// Installs the panic screen and mounts the app on `<body>`.
pub fn start() {
    platform::panic::install();
    // The interface language's texts first (the loader script began fetching them with the
    // WASM), English when they cannot be had; then the app. (Leptos's own executor starts with
    // the mount, so this first task is wasm-bindgen's.)
    wasm_bindgen_futures::spawn_local(async {
        let lang = i18n::Language::initial();
        if platform::texts::ensure(lang).await
            || platform::texts::ensure(planner_core::i18n::Lang::En).await
        {
            // The first screen is shown at least once, even when the WASM came so fast that
            // the page had not painted yet; then it goes in the same task as the mount, so no
            // frame is painted between the two.
            shown_once().await;
            remove_shell();
            leptos::mount::mount_to_body(app::App);
        } else {
            remove_shell();
            platform::panic::texts_missing();
        }
    });
}

/// Waits until the page has shown the first screen (`window.crmShown`, web/shell.js): at once
/// when there is none.
async fn shown_once() {
    let shown = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"crmShown".into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(shown) = shown {
        let _ = wasm_bindgen_futures::JsFuture::from(shown).await;
    }
}

/// Takes away the first screen the page drew before the WASM arrived (web/shell.js), and its
/// templates: the app draws the same in their place.
fn remove_shell() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(nodes) = doc.query_selector_all(".shell, template[id^=shell-]") {
        for i in 0..nodes.length() {
            if let Some(node) = nodes.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
}
