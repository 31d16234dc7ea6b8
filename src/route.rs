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
pub struct CurrentRoute(pub ReadSignal<Route>, WriteSignal<Route>);

impl CurrentRoute {
    /// Goes to `target` (an address such as `#/strategy/kpi-k3-unit`). When the address bar
    /// already shows it, no `hashchange` comes, so the route is announced again: whoever
    /// follows it (a step opening the record a field belongs to, the app focusing the field)
    /// acts as on a new address. A finding followed twice, with its editor closed in between,
    /// opens it again.
    pub fn follow(&self, target: &str) {
        if current_hash() == target {
            self.1.set(Route::parse(target));
        } else if let Some(window) = web_sys::window() {
            let _ = window.location().set_hash(target);
        }
    }
}

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
    let current = CurrentRoute(route, set_route);
    provide_context(current);
    current
}

/// The route in context.
pub fn use_route() -> CurrentRoute {
    expect_context::<CurrentRoute>()
}
