//! The small badge on each section that says where it comes from: a requirement of the
//! textbook, or a tool this app adds. Both lead to "About the method".

use leptos::prelude::*;
use planner_core::method::MethodText;

use crate::i18n::t;

/// "Textbook requirement" or, when `added`, "Added tool".
#[component]
pub fn Origin(
    /// The section is this app's addition, not the textbook's.
    #[prop(optional)]
    added: bool,
) -> impl IntoView {
    let (class, text) = if added {
        ("origin added", MethodText::AddedTool)
    } else {
        ("origin textbook", MethodText::Requirement)
    };
    view! { <a class=class href="#/method" data-origin=if added { "added" } else { "textbook" }>{t(text)}</a> }
}
