//! A link typed by a user or found in an imported file: a real link only when
//! [`planner_core::links::parse`] accepts it (http, https, mailto), opened in a new tab with
//! `rel="noopener noreferrer"`; anything else is shown as plain text, never as `href`.

use leptos::prelude::*;
use planner_core::links;

/// Shows `url` as a safe link, or as text when it is not one.
#[component]
pub fn SafeLink(
    /// The link as the user typed it.
    #[prop(into)]
    url: Signal<String>,
    /// The visible text; the link itself when empty.
    #[prop(optional, into)]
    label: Option<Signal<String>>,
) -> impl IntoView {
    move || {
        let raw = url.get();
        let text = label
            .map(|l| l.get())
            .filter(|l| !l.trim().is_empty())
            .unwrap_or_else(|| raw.clone());
        match links::parse(&raw) {
            Some(safe) => view! {
                <a class="user-link" href=safe.as_str().to_owned() target="_blank" rel="noopener noreferrer">
                    {text}
                </a>
            }
            .into_any(),
            None => view! { <span class="user-link-text">{text}</span> }.into_any(),
        }
    }
}
