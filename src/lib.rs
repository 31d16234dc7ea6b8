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
            leptos::mount::mount_to_body(app::App);
        } else {
            platform::panic::texts_missing();
        }
    });
}
