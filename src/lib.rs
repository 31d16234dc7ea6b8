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
    leptos::mount::mount_to_body(app::App);
}
