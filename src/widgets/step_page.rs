//! The frame of a step: its number, its title in the source text's words, what it is for, its
//! status and what its checks found.

use leptos::prelude::*;
use planner_core::i18n::{fill, ReportText, StepText, Text};
use planner_core::steps::{StepId, StepStatus};

use crate::i18n::{t, use_language};
use crate::route::href;
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
    // The next step in the workflow; after the last, the report of the whole plan.
    let next = StepId::ALL
        .iter()
        .position(|s| *s == step)
        .and_then(|i| StepId::ALL.get(i + 1).copied());
    let next_href = next.map_or_else(|| "#/report".to_owned(), |s| href(s, None));
    let next_name = move |lang| match next {
        Some(s) => StepText::numbered(s, lang),
        None => ReportText::Open.text(lang).to_owned(),
    };
    view! {
        <article class="step" aria-labelledby="step-title">
            <header class="step-header">
                <p class="step-number">
                    {move || fill(StepText::StepNumber.text(lang.get()), &[&step.number().to_string()])}
                </p>
                // Focusable by script only: a step's link moves the focus here (app.rs).
                <h1 id="step-title" tabindex="-1">{t(StepText::title(step))}</h1>
                <p class="step-purpose">{t(StepText::purpose(step))}</p>
                <p class="status-line">
                    {move || status().map(|s| view! {
                        <span class=format!("badge status-{}", s.code()) data-status=s.code()>
                            {StepText::status(s).text(lang.get())}
                        </span>
                    })}
                </p>
            </header>
            <FindingList
                findings=Signal::derive(move || report.get().map(|r| r.findings).unwrap_or_default())
                started=Signal::derive(move || status() != Some(StepStatus::NotStarted))
            />
            <div class="step-body">{children()}</div>
            <nav class="step-next" aria-label=t(StepText::NextLabel)>
                <a class="button primary" href=next_href id="step-next">
                    {move || fill(StepText::Next.text(lang.get()), &[&next_name(lang.get())])}
                </a>
            </nav>
        </article>
    }
}
