//! The frame of a step: its number, its title in the source text's words, what it is for, its
//! status and what its checks found.

use leptos::prelude::*;
use planner_core::i18n::{fill, StepText, Text};
use planner_core::steps::StepId;

use crate::i18n::{t, use_language};
use crate::state::use_checks;
use crate::widgets::FindingList;

/// A step's page: header, purpose, checks, then the step's own content.
#[component]
pub fn StepPage(
    /// Which step.
    step: StepId,
    /// The step's editor.
    children: Children,
) -> impl IntoView {
    let lang = use_language();
    let checks = use_checks();
    let report = Memo::new(move |_| checks.step(step));
    let status = move || report.get().map(|r| r.status);
    view! {
        <article class="step" aria-labelledby="step-title">
            <header class="step-header">
                <p class="step-number">
                    {move || fill(StepText::StepNumber.text(lang.get()), &[&step.number().to_string()])}
                </p>
                <h1 id="step-title">{t(StepText::title(step))}</h1>
                <p class="step-purpose">{t(StepText::purpose(step))}</p>
                <p class="status-line">
                    {move || status().map(|s| view! {
                        <span class=format!("badge status-{}", s.code()) data-status=s.code()>
                            {StepText::status(s).text(lang.get())}
                        </span>
                    })}
                </p>
            </header>
            <FindingList findings=Signal::derive(move || report.get().map(|r| r.findings).unwrap_or_default()) />
            <div class="step-body">{children()}</div>
        </article>
    }
}
