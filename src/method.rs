//! "About the method" (`#/method`): where the method comes from, and the method coverage, each
//! textbook demand as met or not yet, with the plan's evidence and a link to the place.

use leptos::prelude::*;
use planner_core::checks::Context;
use planner_core::i18n::{fill, StepText, Text, SECTION, TEXTBOOK};
use planner_core::method::{self, MethodText};
use planner_core::steps::StepId;

use crate::i18n::{t, use_language};
use crate::route::href;
use crate::state::{today, use_store};

/// The method page.
#[component]
pub fn MethodPage() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let day = today();
    let lines = Memo::new(move |_| {
        let cx = Context {
            today: day,
            lang: lang.get(),
        };
        store.plan().with(|plan| method::coverage(plan, &cx))
    });
    let counts = Memo::new(move |_| lines.with(|l| method::met_count(l)));
    let summary = move || {
        let (met, all) = counts.get();
        let share = (met * 100).checked_div(all).unwrap_or(0);
        fill(
            MethodText::Summary.text(lang.get()),
            &[&met.to_string(), &all.to_string(), &share.to_string()],
        )
    };
    let steps = [
        StepId::Stakeholders,
        StepId::Strategy,
        StepId::Goals,
        StepId::Plans,
    ];
    view! {
        <article class="step method-page" aria-labelledby="step-title">
            <header class="step-header">
                <h1 id="step-title" tabindex="-1">{t(MethodText::Title)}</h1>
                <p class="step-purpose">{t(MethodText::Purpose)}</p>
            </header>
            <section class="card" aria-labelledby="method-source-title">
                <h2 id="method-source-title">{t(MethodText::SourceTitle)}</h2>
                <p id="method-source">
                    {move || fill(MethodText::Source.text(lang.get()), &[TEXTBOOK, SECTION])}
                </p>
                <p class="muted">{t(MethodText::Additions)}</p>
            </section>
            <section class="card coverage-card" aria-labelledby="coverage-title">
                <h2 id="coverage-title">{t(MethodText::CoverageTitle)}</h2>
                <p class="muted">{t(MethodText::CoverageIntro)}</p>
                <p class="coverage-summary" id="coverage-summary">{summary}</p>
                <progress
                    max=move || counts.get().1
                    value=move || counts.get().0
                    aria-labelledby="coverage-summary"
                ></progress>
                {steps.into_iter().map(|step| view! {
                    <h3 class="coverage-step">
                        <a href=href(step, None)>
                            {move || fill(StepText::StepNumber.text(lang.get()), &[&step.number().to_string()])}
                            ". "
                            {t(StepText::title(step))}
                        </a>
                    </h3>
                    <ul class="coverage-list">
                        {move || lines.get().into_iter().filter(|l| l.demand.step() == step).map(|line| {
                            let l = lang.get();
                            let (mark, status) = if line.met {
                                ("✓", MethodText::Met)
                            } else {
                                ("○", MethodText::NotMet)
                            };
                            let link = href(
                                line.target.step,
                                (!line.target.anchor.is_empty()).then_some(line.target.anchor.as_str()),
                            );
                            view! {
                                <li
                                    class="coverage-line"
                                    class:met=line.met
                                    id=format!("demand-{}", line.demand.code())
                                    data-met=line.met.to_string()
                                >
                                    <span class="coverage-mark" aria-hidden="true">{mark}</span>
                                    <div class="coverage-body">
                                        <p class="coverage-demand">{line.demand.text().text(l)}</p>
                                        <p class="coverage-evidence">
                                            <span class="coverage-status">{status.text(l)}</span>
                                            " · "
                                            {line.evidence}
                                            " · "
                                            <a href=link>{MethodText::GoThere.text(l)}</a>
                                        </p>
                                    </div>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }).collect_view()}
            </section>
        </article>
    }
}
