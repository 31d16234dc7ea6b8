//! The address: `#/` is the overview, `#/<step>` a step, `#/<step>/<field-id>` a step with the
//! field to fix focused. Hash addresses survive a reload on any static server, even one with no
//! fallback to index.html, and under any sub-path.

use leptos::prelude::*;
use planner_core::steps::StepId;
pub use planner_core::steps::{Page, Route};

/// The address of a step, optionally with a field to focus.
pub fn href(step: StepId, focus: Option<&str>) -> String {
    match focus {
        Some(id) => format!("#/{}/{}", step.slug(), id),
        None => format!("#/{}", step.slug()),
    }
}

/// The current route, following `hashchange`.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub ReadSignal<Route>);

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Creates the route signal and keeps it in step with the address bar.
pub fn provide_route() -> CurrentRoute {
    let (route, set_route) = signal(Route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    let current = CurrentRoute(route);
    provide_context(current);
    current
}

/// The route in context.
pub fn use_route() -> CurrentRoute {
    expect_context::<CurrentRoute>()
}
