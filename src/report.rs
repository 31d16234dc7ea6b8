//! The report page (`#/report`): which sections go in, summary or full detail, "Print / save as
//! PDF", and the report itself. `planner_core::outputs::report` writes the document as nodes,
//! and the page builds its elements straight from them (`platform::nodes`: text as text, never
//! parsed as markup) rather than as thousands of views: the cover at once, then each section's
//! blocks a few milliseconds' worth at a time, so that even the large plan's report shows at
//! once and never holds the page for long.

use std::collections::VecDeque;
use std::time::Duration;

use leptos::prelude::*;
use planner_core::i18n::{Lang, ReportText, Text};
use planner_core::outputs::report::html::Fragment;
use planner_core::outputs::report::{
    self, chosen, page_rule, Detail, Options, Section, StepFindings,
};
use wasm_bindgen::JsCast;

use crate::i18n::{t, use_language};
use crate::platform::{nodes, print};
use crate::state::{today, use_checks, use_store, PlanRead};
use crate::widgets::CheckGroup;

/// Milliseconds of DOM work per turn before the page gets the thread back.
const SLICE_MS: f64 = 12.0;

/// The report still being put into the page.
struct Job {
    /// Which rendering this is: a newer one (an option or the plan changed) cancels it.
    generation: u64,
    lang: Lang,
    detail: Detail,
    findings: StepFindings,
    /// The sections not yet written.
    sections: VecDeque<Section>,
    /// Written blocks not yet in the page: (the section to append to, or none for the page's
    /// top level; the markup).
    pending: VecDeque<(Option<String>, Fragment)>,
}

/// The report page.
#[component]
pub fn ReportPage() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let checks = use_checks();
    let plan = store.plan();
    let sections = RwSignal::new(Section::ALL.to_vec());
    let detail = RwSignal::new(Detail::Full);
    let ready = RwSignal::new(false);
    let container = NodeRef::<leptos::html::Div>::new();
    let job = StoredValue::new(None::<Job>);
    let date = today();

    // Any change (an option, the language, the plan, undo) starts the report again.
    Effect::new(move |_| {
        let options = Options {
            sections: sections.get(),
            detail: detail.get(),
        };
        let lang = lang.get();
        let findings: StepFindings = checks
            .all()
            .into_iter()
            .map(|r| (r.step, r.findings))
            .collect();
        let Some(el) = container.get() else {
            return;
        };
        let chosen = chosen(&options);
        let cover = plan.with(|p| report::cover(p, lang, date, &findings, &chosen));
        el.set_text_content(None);
        let _ = nodes::append(&el, &cover);
        let _ = el.remove_attribute("data-ready");
        ready.set(false);
        // One more than the rendering it replaces.
        let generation = job.with_value(|j| j.as_ref().map_or(0, |j| j.generation) + 1);
        job.set_value(Some(Job {
            generation,
            lang,
            detail: options.detail,
            findings,
            sections: chosen.into(),
            pending: VecDeque::new(),
        }));
        set_timeout(
            move || work(generation, plan, date, job, container, ready),
            Duration::ZERO,
        );
    });

    // While the report is shown, print without the app around it (see report.css) and with
    // the plan's name in every page's top margin.
    let body = document().body();
    if let Some(body) = &body {
        let _ = body.class_list().add_1("report-shown");
    }
    Effect::new(move |_| print::set_page_rules(&plan.with(|p| page_rule(p, lang.get()))));
    on_cleanup(move || {
        print::set_page_rules("");
        if let Some(body) = &body {
            let _ = body.class_list().remove_1("report-shown");
        }
    });

    let options = Signal::derive(move || {
        let lang = lang.get();
        Section::ALL
            .into_iter()
            .map(|s| (s.code().to_owned(), s.title(lang)))
            .collect::<Vec<_>>()
    });
    let selected = Signal::derive(move || {
        sections.with(|list| list.iter().map(|s| s.code().to_owned()).collect::<Vec<_>>())
    });
    let on_toggle = Callback::new(move |(code, on): (String, bool)| {
        let Some(section) = Section::ALL.into_iter().find(|s| s.code() == code) else {
            return;
        };
        sections.update(|list| {
            list.retain(|s| *s != section);
            if on {
                list.push(section);
            }
        });
    });
    let level = move |value: Detail, id: &'static str, name: ReportText, hint: ReportText| {
        view! {
            <label class="choice" for=id>
                <input
                    type="radio"
                    name="report-detail"
                    id=id
                    prop:checked=move || detail.get() == value
                    on:change=move |_| detail.set(value)
                />
                <span><strong>{t(name)}</strong>" — "{t(hint)}</span>
            </label>
        }
    };
    view! {
        <article class="step report-page" aria-labelledby="step-title">
            <header class="step-header report-controls">
                <h1 id="step-title" tabindex="-1">{t(ReportText::Open)}</h1>
                <p class="step-purpose">{t(ReportText::Intro)}</p>
            </header>
            <section class="card report-controls report-options">
                <CheckGroup
                    id="report-sections"
                    legend=Signal::derive(move || ReportText::Sections.text(lang.get()))
                    options=options
                    selected=selected
                    on_toggle=on_toggle
                    empty=Signal::derive(|| "")
                    chips=true
                />
                <fieldset class="import-choice report-detail" id="report-detail">
                    <legend>{t(ReportText::Detail)}</legend>
                    {level(Detail::Summary, "report-detail-summary", ReportText::Summary, ReportText::SummaryHint)}
                    {level(Detail::Full, "report-detail-full", ReportText::Full, ReportText::FullHint)}
                </fieldset>
                <div class="report-print">
                    <button
                        type="button"
                        class="button primary"
                        id="report-print"
                        disabled=move || !ready.get()
                        on:click=move |_| print::print()
                    >
                        {move || if ready.get() { t(ReportText::Print)() } else { t(ReportText::Preparing)() }}
                    </button>
                    <p class="muted">{t(ReportText::PrintHint)}</p>
                </div>
            </section>
            <div class="report" id="report" node_ref=container on:click=jump></div>
        </article>
    }
}

/// One turn of putting the report in: writes the next section when nothing is pending, then
/// appends blocks for about [`SLICE_MS`], and comes back for the rest in a later turn.
fn work(
    generation: u64,
    plan: PlanRead,
    date: chrono::NaiveDate,
    job: StoredValue<Option<Job>>,
    container: NodeRef<leptos::html::Div>,
    ready: RwSignal<bool>,
) {
    // The page may be gone (another address), or a newer rendering may have started.
    let Some(Some(el)) = container.try_get_untracked() else {
        return;
    };
    let current = job
        .try_with_value(|j| j.as_ref().map(|j| j.generation))
        .flatten();
    if current != Some(generation) {
        return;
    }
    let start = js_sys::Date::now();
    let done = job
        .try_update_value(|j| {
            let Some(j) = j.as_mut() else {
                return true;
            };
            if j.pending.is_empty() {
                let Some(section) = j.sections.pop_front() else {
                    return true;
                };
                let blocks = plan
                    .try_with_untracked(|p| {
                        report::section(p, j.lang, date, &j.findings, section, j.detail)
                    })
                    .unwrap_or_default();
                let target = format!("report-{}", section.code());
                for (i, block) in blocks.into_iter().enumerate() {
                    let into = (i > 0).then(|| target.clone());
                    j.pending.push_back((into, block));
                }
            }
            while let Some((into, fragment)) = j.pending.pop_front() {
                let parent: Option<web_sys::Element> = match into {
                    Some(id) => document().get_element_by_id(&id),
                    None => Some(el.clone().unchecked_into()),
                };
                if let Some(parent) = parent {
                    let _ = nodes::append(&parent, &fragment);
                }
                if js_sys::Date::now() - start > SLICE_MS {
                    break;
                }
            }
            j.pending.is_empty() && j.sections.is_empty()
        })
        .unwrap_or(true);
    if done {
        let _ = el.set_attribute("data-ready", "true");
        let _ = ready.try_set(true);
    } else {
        set_timeout(
            move || work(generation, plan, date, job, container, ready),
            Duration::ZERO,
        );
    }
}

/// The contents' links scroll to their section: as addresses they would leave the page.
fn jump(ev: leptos::ev::MouseEvent) {
    let link = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[data-jump]").ok().flatten());
    let Some(link) = link else {
        return;
    };
    ev.prevent_default();
    let target = link
        .get_attribute("href")
        .and_then(|href| document().get_element_by_id(href.trim_start_matches('#')));
    if let Some(target) = target {
        // Every section laid out at its true height, so the scroll lands on the section.
        if let Some(report) = link.closest(".report").ok().flatten() {
            let _ = report.class_list().add_1("report-whole");
        }
        settle(target, 3);
    }
}

/// Scrolls `target` to the top, and again on the next frames while it is not there yet (the
/// report may still be growing below it).
fn settle(target: web_sys::Element, tries: u8) {
    target.scroll_into_view();
    if tries > 0 {
        request_animation_frame(move || {
            if target.get_bounding_client_rect().top().abs() > 1.0 {
                settle(target, tries - 1);
            }
        });
    }
}
