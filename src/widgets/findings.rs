//! A list of check findings, each a link to the field that fixes it. The findings about one
//! record are gathered into one line ("Goal “…” — still to fill in: Priority · Value"), and a
//! step not started yet lists what it needs as what comes next, not as errors.

use leptos::prelude::*;
use planner_core::checks::{gather, Entry, Finding, Severity};
use planner_core::i18n::Shell;

use crate::i18n::t;
use crate::route::{href, use_route};

/// How a group of findings is shown: its title and class.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// What a step in progress still lacks.
    Blocking,
    /// What a step not started yet will ask for: the same findings, without the alarm.
    ToDo,
    /// Worth a look.
    Warning,
}

impl Tone {
    /// The tone of `severity` in a step that is (or is not) `started`.
    pub fn of(severity: Severity, started: bool) -> Tone {
        match severity {
            Severity::Blocking if started => Tone::Blocking,
            Severity::Blocking => Tone::ToDo,
            Severity::Warning => Tone::Warning,
        }
    }

    /// The CSS class (and `data-severity`).
    pub fn class(self) -> &'static str {
        match self {
            Tone::Blocking => "blocking",
            Tone::ToDo => "todo",
            Tone::Warning => "warning",
        }
    }

    /// The group's title.
    pub fn title(self) -> Shell {
        match self {
            Tone::Blocking => Shell::Blocking,
            Tone::ToDo => Shell::ToDoNext,
            Tone::Warning => Shell::Warnings,
        }
    }
}

/// Blocking findings first, then warnings; each links to its field.
#[component]
pub fn FindingList(
    /// What the checks found.
    #[prop(into)]
    findings: Signal<Vec<Finding>>,
    /// Whether anything of the step was entered: if not, its findings are what comes next.
    #[prop(into)]
    started: Signal<bool>,
) -> impl IntoView {
    let group = move |severity: Severity| {
        Signal::derive(move || {
            findings.with(|all| {
                gather(
                    all.iter()
                        .filter(|f| f.severity == severity)
                        .cloned()
                        .collect(),
                )
            })
        })
    };
    let blocking = group(Severity::Blocking);
    let warnings = group(Severity::Warning);
    let section = move |severity: Severity, entries: Signal<Vec<Entry>>| {
        view! {
            <Show when=move || !entries.with(Vec::is_empty)>
                {move || {
                    let tone = Tone::of(severity, started.get());
                    view! {
                        <h2 class=format!("findings-title {}", tone.class())>{t(tone.title())}</h2>
                        <ul class="finding-list" data-severity=tone.class()>
                            {entries.get().into_iter().map(|e| entry_item(e, tone)).collect_view()}
                        </ul>
                    }
                }}
            </Show>
        }
    };
    view! {
        <section class="findings" aria-live="polite">
            {section(Severity::Blocking, blocking)}
            {section(Severity::Warning, warnings)}
        </section>
    }
}

/// One entry of a list: a finding alone, or a record's findings on one line, each of its parts
/// a link to its own field.
pub fn entry_item(entry: Entry, tone: Tone) -> AnyView {
    match entry {
        Entry::One(finding) => finding_item(finding, tone).into_any(),
        Entry::Record { heading, findings } => view! {
            <li class=format!("finding-record {}", tone.class())>
                <span class="finding-heading">{heading}</span>
                " "
                <ul class="finding-needs">
                    {findings.into_iter().map(|f| need_item(f, tone)).collect_view()}
                </ul>
            </li>
        }
        .into_any(),
    }
}

/// A link that follows the route on a plain click, so that the same link twice acts twice;
/// a click with a modifier opens a tab or a window as usual.
fn finding_link(finding: &Finding, text: String, title: Option<String>) -> impl IntoView {
    let route = use_route();
    let link = href(finding.target.step, Some(&finding.target.anchor));
    let target = link.clone();
    view! {
        <a
            href=link
            title=title
            on:click=move |ev| {
                if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
                    ev.prevent_default();
                    route.follow(&target);
                }
            }
        >
            {text}
        </a>
    }
}

/// One finding as a list item with a link to the field.
pub fn finding_item(finding: Finding, tone: Tone) -> impl IntoView {
    let link = finding_link(&finding, finding.message.clone(), None);
    view! {
        <li class=format!("finding {}", tone.class()) data-rule=finding.rule>
            {link}
        </li>
    }
}

/// One part of a record's line: what it needs, the whole sentence as its tooltip.
fn need_item(finding: Finding, tone: Tone) -> impl IntoView {
    let what = finding
        .need
        .as_ref()
        .map_or_else(|| finding.message.clone(), |n| n.what.clone());
    let link = finding_link(&finding, what, Some(finding.message.clone()));
    view! {
        <li class=format!("finding need {}", tone.class()) data-rule=finding.rule>
            {link}
        </li>
    }
}
