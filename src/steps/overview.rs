//! The overview: every step's status, what is missing, the next action and progress. A plan
//! with nothing in it opens on the welcome instead: the method, its four steps and three ways
//! to start, not a wall of "to do" items about fields nobody has seen yet.

use leptos::prelude::*;
use planner_core::checks::{gather, Severity};
use planner_core::i18n::{
    fill, Shell, StepText, Text, WelcomeText, PLAN_FILE_EXTENSION, SECTION, TEXTBOOK,
};
use planner_core::method::MethodText;
use planner_core::steps::{StepId, StepStatus};

use crate::i18n::{t, use_language};
use crate::outputs::Outputs;
use crate::route::href;
use crate::state::{use_checks, use_store};
use crate::widgets::example::{has_work, OpenExampleButton};
use crate::widgets::findings::{entry_item, Tone};

/// The home page: the welcome while the plan is empty, else the overview.
#[component]
pub fn Overview() -> impl IntoView {
    let store = use_store();
    let blank = Memo::new(move |_| store.plan().with(|p| !has_work(p)));
    move || {
        if blank.get() {
            view! { <Welcome /> }.into_any()
        } else {
            view! { <StepsOverview /> }.into_any()
        }
    }
}

/// What an empty plan opens on: the method's source, the textbook's four steps, three starts.
#[component]
fn Welcome() -> impl IntoView {
    let lang = use_language();
    let steps = StepId::ALL.into_iter().filter_map(|step| {
        WelcomeText::step(step).map(|line| view! {
            <li class="welcome-step">
                <span class="step-number">
                    {move || fill(StepText::StepNumber.text(lang.get()), &[&step.number().to_string()])}
                </span>
                <h3><a href=href(step, None)>{t(StepText::title(step))}</a></h3>
                <p>{t(line)}</p>
            </li>
        })
    }).collect_view();
    view! {
        <article class="step welcome" aria-labelledby="step-title" id="welcome">
            <header class="step-header">
                <h1 id="step-title" tabindex="-1">{t(WelcomeText::Title)}</h1>
                <p class="step-purpose welcome-lead">
                    {move || fill(WelcomeText::Lead.text(lang.get()), &[TEXTBOOK, SECTION])}
                </p>
            </header>
            <section class="welcome-starts" aria-labelledby="welcome-start-title">
                <h2 id="welcome-start-title">{t(WelcomeText::StartTitle)}</h2>
                <ul>
                    <li class="card welcome-start">
                        <a class="button primary" href=href(StepId::Profile, None) id="welcome-start">
                            {t(WelcomeText::StartOwn)}
                        </a>
                        <p>{t(WelcomeText::StartOwnHint)}</p>
                    </li>
                    <li class="card welcome-start">
                        <OpenExampleButton id="welcome-example" />
                        <p>{t(WelcomeText::ExampleHint)}</p>
                    </li>
                    <li class="card welcome-start">
                        // The header's file input: one importer, one preview, wherever it starts.
                        <label class="button subtle file-button" for="import-input" id="welcome-import">
                            {t(WelcomeText::ImportFile)}
                        </label>
                        <p>{move || fill(WelcomeText::ImportHint.text(lang.get()), &[PLAN_FILE_EXTENSION])}</p>
                    </li>
                </ul>
                <p class="muted welcome-private">{t(WelcomeText::Private)}</p>
            </section>
            <section class="welcome-method" aria-labelledby="welcome-steps-title">
                <h2 id="welcome-steps-title">{t(WelcomeText::StepsTitle)}</h2>
                <ol class="welcome-steps">{steps}</ol>
                <p class="muted">{t(WelcomeText::StepZero)}</p>
                <p><a href="#/method" id="welcome-method">{t(MethodText::Title)}" →"</a></p>
            </section>
        </article>
    }
}

/// Every step's status and findings, the next action and the outputs.
#[component]
fn StepsOverview() -> impl IntoView {
    let lang = use_language();
    let checks = use_checks();
    let complete = move || {
        checks
            .all()
            .iter()
            .filter(|r| r.status == StepStatus::Complete)
            .count()
    };
    let next = move || {
        checks
            .all()
            .into_iter()
            .flat_map(|r| r.findings)
            .find(|f| f.severity == Severity::Blocking)
    };
    view! {
        <article class="step overview" aria-labelledby="step-title">
            <header class="step-header">
                <h1 id="step-title" tabindex="-1">{t(StepText::OverviewTitle)}</h1>
                <p class="step-purpose">{t(StepText::OverviewPurpose)}</p>
            </header>
            <section class="card progress-card">
                <p class="progress-text" id="progress-text">
                    {move || fill(
                        Shell::StepsComplete.text(lang.get()),
                        &[&complete().to_string(), &StepId::ALL.len().to_string()],
                    )}
                </p>
                <progress max=StepId::ALL.len() value=complete aria-labelledby="progress-text"></progress>
                <p class="next-action">
                    <strong>{t(Shell::NextAction)}": "</strong>
                    {move || match next() {
                        Some(f) => {
                            let link = href(f.target.step, Some(&f.target.anchor));
                            view! { <a href=link id="next-action">{f.message}</a> }.into_any()
                        }
                        None => view! { <span id="next-action">{t(Shell::AllDone)}</span> }.into_any(),
                    }}
                </p>
            </section>
            <ol class="overview-steps">
                {move || checks.all().into_iter().map(|report| {
                    let step = report.step;
                    let status = report.status;
                    let findings = report.findings;
                    let empty = findings.is_empty();
                    view! {
                        <li class="card overview-step" data-step=step.slug()>
                            <div class="overview-step-head">
                                <span class="step-number">
                                    {fill(StepText::StepNumber.text(lang.get()), &[&step.number().to_string()])}
                                </span>
                                <h2><a href=href(step, None)>{StepText::title(step).text(lang.get())}</a></h2>
                                <span class=format!("badge status-{}", status.code()) data-status=status.code()>
                                    {StepText::status(status).text(lang.get())}
                                </span>
                            </div>
                            {if empty {
                                view! { <p class="muted">{Shell::NoFindings.text(lang.get())}</p> }.into_any()
                            } else {
                                // Blocking problems first, then warnings, each under its name; a
                                // step not started lists what it needs as what comes next.
                                let started = status != StepStatus::NotStarted;
                                let (blocking, warnings): (Vec<_>, Vec<_>) =
                                    findings.into_iter().partition(|f| f.severity == Severity::Blocking);
                                let group = |severity: Severity, list: Vec<planner_core::checks::Finding>| {
                                    let tone = Tone::of(severity, started);
                                    let entries = gather(list);
                                    (!entries.is_empty()).then(|| view! {
                                        <h3 class=format!("findings-title {}", tone.class())>
                                            {format!("{} ({})", tone.title().text(lang.get()), entries.len())}
                                        </h3>
                                        <ul class="finding-list" data-severity=tone.class()>
                                            {entries.into_iter().map(|e| entry_item(e, tone)).collect_view()}
                                        </ul>
                                    })
                                };
                                view! {
                                    {group(Severity::Blocking, blocking)}
                                    {group(Severity::Warning, warnings)}
                                }.into_any()
                            }}
                        </li>
                    }
                }).collect_view()}
            </ol>
            <Outputs />
        </article>
    }
}
