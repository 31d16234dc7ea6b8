//! A list of check findings, each a link to the field that fixes it.

use leptos::prelude::*;
use planner_core::checks::{Finding, Severity};
use planner_core::i18n::Shell;

use crate::i18n::t;
use crate::route::{href, use_route};

/// Blocking findings first, then warnings; each links to its field.
#[component]
pub fn FindingList(
    /// What the checks found.
    #[prop(into)]
    findings: Signal<Vec<Finding>>,
) -> impl IntoView {
    let group = move |severity: Severity| {
        Signal::derive(move || {
            findings.with(|all| {
                all.iter()
                    .filter(|f| f.severity == severity)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let blocking = group(Severity::Blocking);
    let warnings = group(Severity::Warning);
    view! {
        <section class="findings" aria-live="polite">
            <Show when=move || !blocking.with(Vec::is_empty)>
                <h2 class="findings-title blocking">{t(Shell::Blocking)}</h2>
                <ul class="finding-list" data-severity="blocking">
                    {move || blocking.get().into_iter().map(finding_item).collect_view()}
                </ul>
            </Show>
            <Show when=move || !warnings.with(Vec::is_empty)>
                <h2 class="findings-title warning">{t(Shell::Warnings)}</h2>
                <ul class="finding-list" data-severity="warning">
                    {move || warnings.get().into_iter().map(finding_item).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

/// One finding as a list item with a link to the field (followed through the route, so that
/// the same link twice acts twice).
pub fn finding_item(finding: Finding) -> impl IntoView {
    let route = use_route();
    let link = href(finding.target.step, Some(&finding.target.anchor));
    let target = link.clone();
    let class = match finding.severity {
        Severity::Blocking => "finding blocking",
        Severity::Warning => "finding warning",
    };
    view! {
        <li class=class data-rule=finding.rule>
            <a
                href=link
                on:click=move |ev| {
                    // A plain click only: one with a modifier opens a tab or a window as usual.
                    if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
                        ev.prevent_default();
                        route.follow(&target);
                    }
                }
            >
                {finding.message}
            </a>
        </li>
    }
}
