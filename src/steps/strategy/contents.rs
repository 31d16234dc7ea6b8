//! Step 2's in-page contents and its foldable sections. The contents stay in view at the top
//! of the page, one entry per section with its state ("2 to fix", "done", "to do"); an entry
//! unfolds its section and brings its heading into view. Each section folds away by the
//! button at its top right corner.

use leptos::prelude::*;
use planner_core::i18n::{fill, StrategyText, Text};
use planner_core::steps::StepId;
use planner_core::strategy::sections::{Section, SectionState};

use super::use_strategy;
use crate::i18n::{t, use_language};
use crate::state::{use_checks, use_store};

/// Brings a section's heading into view and gives it the focus, after the next frame (once
/// an unfolded section is drawn).
fn go_to(section: Section) {
    crate::platform::focus::after_next_frame(section.heading_id(), |el| {
        // A heading takes the focus without joining the tab order.
        if el.get_attribute("tabindex").is_none() {
            let _ = el.set_attribute("tabindex", "-1");
        }
        el.scroll_into_view();
        let _ = el.focus();
    });
}

/// The contents of step 2, kept in view.
#[component]
pub fn Contents() -> impl IntoView {
    let store = use_store();
    let checks = use_checks();
    let state = use_strategy();
    let lang = use_language();
    let plan = store.plan();
    let states = Memo::new(move |_| {
        let findings = checks
            .step(StepId::Strategy)
            .map(|r| r.findings)
            .unwrap_or_default();
        plan.with(|p| {
            Section::ALL
                .into_iter()
                .map(|s| s.state(p, &findings))
                .collect::<Vec<_>>()
        })
    });
    let entry = move |index: usize, section: Section| {
        let current =
            move || states.with(|all| all.get(index).copied().unwrap_or(SectionState::View));
        let code = move || match current() {
            SectionState::Empty => "empty",
            SectionState::ToFix(_) => "to-fix",
            SectionState::Done => "done",
            SectionState::View => "view",
        };
        let said = move || {
            let l = lang.get();
            match current() {
                SectionState::Empty => Some(StrategyText::TocEmpty.text(l).to_owned()),
                SectionState::ToFix(n) => {
                    Some(fill(StrategyText::TocToFix.text(l), &[&n.to_string()]))
                }
                SectionState::Done => Some(StrategyText::TocDone.text(l).to_owned()),
                SectionState::View => None,
            }
        };
        view! {
            <li>
                <button
                    type="button"
                    class="toc-entry"
                    id=format!("toc-{}", section.code())
                    data-section=section.code()
                    data-state=code
                    on:click=move |_| {
                        state.folded.update(|f| {
                            f.remove(&section);
                        });
                        go_to(section);
                    }
                >
                    <span class="toc-name">{t(section.short_name())}</span>
                    {move || said().map(|s| view! { <span class="toc-state">{s}</span> })}
                </button>
            </li>
        }
    };
    view! {
        <nav class="section-toc" id="strategy-contents" aria-label=t(StrategyText::TocLabel)>
            <ol>
                {Section::ALL.into_iter().enumerate().map(|(i, s)| entry(i, s)).collect_view()}
            </ol>
        </nav>
    }
}

/// A section of step 2 that folds away; its content is the section's card.
#[component]
pub fn Fold(section: Section, children: Children) -> impl IntoView {
    let state = use_strategy();
    let lang = use_language();
    let folded = Memo::new(move |_| state.folded.with(|f| f.contains(&section)));
    view! {
        <div class="fold" class:folded=move || folded.get() data-section=section.code()>
            <button
                type="button"
                class="fold-toggle"
                id=format!("fold-{}", section.code())
                aria-expanded=move || (!folded.get()).to_string()
                aria-label=move || {
                    let l = lang.get();
                    let key = if folded.get() { StrategyText::Unfold } else { StrategyText::Fold };
                    fill(key.text(l), &[section.short_name().text(l)])
                }
                on:click=move |_| state.folded.update(|f| {
                    if !f.remove(&section) {
                        f.insert(section);
                    }
                })
            >
                <span aria-hidden="true">{move || if folded.get() { "▸" } else { "▾" }}</span>
            </button>
            {children()}
        </div>
    }
}
