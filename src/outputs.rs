//! The plan leaves the app: spreadsheets, a calendar, a Markdown summary and a share link, all
//! made in the browser from the domain's writers (`planner_core::outputs`, `share`), in the
//! interface language. Nothing is sent anywhere: the user takes the file or the link.

use leptos::prelude::*;
use planner_core::i18n::{fill, DataText, Lang, ReportText, Text};
use planner_core::inputs::format_number;
use planner_core::outputs::tables::{self, Table};
use planner_core::outputs::{ics, markdown};
use planner_core::share;

use crate::i18n::{t, use_language};
use crate::platform::files;
use crate::platform::share as platform_share;
use crate::state::{today, use_store};

/// What the last action of a section said, and whether it was a failure.
type Said = RwSignal<Option<(bool, String)>>;

fn said(message: Said) -> impl IntoView {
    move || {
        message.get().map(|(failed, text)| {
            view! { <p class="output-said" class:failed=failed role="status">{text}</p> }
        })
    }
}

/// The share link: the plan file compressed into the address's fragment.
#[component]
fn ShareLink() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let link = RwSignal::new(None::<String>);
    let message: Said = RwSignal::new(None);
    let make = move |_| {
        let text = store.export_text();
        leptos::task::spawn_local(async move {
            let lang: Lang = lang.0.get_untracked();
            let Some(bytes) = platform_share::deflate(&text).await else {
                let _ = message.try_set(Some((
                    true,
                    DataText::LinkUnsupported.text(lang).to_owned(),
                )));
                return;
            };
            let page = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .unwrap_or_default();
            let base = page.split('#').next().unwrap_or_default().to_owned();
            let address = format!("{base}{}", share::fragment(&share::encode(&bytes)));
            let chars = address.chars().count();
            let length = format_number(chars as f64, lang);
            let copied = platform_share::copy(&address).await;
            let (failed, key) = match (copied, chars > share::MESSENGER_CHARS) {
                (false, _) => (true, DataText::LinkNotCopied),
                (true, true) => (true, DataText::LinkTooLongForMessengers),
                (true, false) => (false, DataText::LinkCopied),
            };
            // The overview may have been left while the browser compressed and copied.
            let _ = link.try_set(Some(address));
            let _ = message.try_set(Some((failed, fill(key.text(lang), &[&length]))));
        });
    };
    view! {
        <section class="output" aria-labelledby="share-heading">
            <h3 id="share-heading">{t(DataText::ShareTitle)}</h3>
            <p class="muted">{t(DataText::ShareHint)}</p>
            <div class="output-actions">
                <button type="button" class="button" id="share-link-button" on:click=make>
                    {t(DataText::CopyLink)}
                </button>
            </div>
            {move || link.get().map(|address| view! {
                <input
                    type="text"
                    class="share-link"
                    id="share-link"
                    readonly=true
                    aria-labelledby="share-heading"
                    prop:value=address
                    on:focus:target=move |ev| ev.target().select()
                />
            })}
            {said(message)}
        </section>
    }
}

fn table_label(table: Table) -> DataText {
    match table {
        Table::Stakeholders => DataText::CsvStakeholders,
        Table::Kpis => DataText::CsvKpis,
        Table::Goals => DataText::CsvGoals,
        Table::Tasks => DataText::CsvTasks,
    }
}

/// The four lists of the plan, each as a CSV file for Excel and LibreOffice.
#[component]
fn Spreadsheets() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let save = move |table: Table| {
        let lang = lang.0.get_untracked();
        let (name, text) = store.plan().with_untracked(|plan| {
            (
                tables::file_name(plan, table),
                tables::csv(plan, table, lang),
            )
        });
        let _ = files::download(&name, &text, "text/csv;charset=utf-8");
    };
    view! {
        <section class="output" aria-labelledby="csv-heading">
            <h3 id="csv-heading">{t(DataText::SpreadsheetsTitle)}</h3>
            <p class="muted">{t(DataText::SpreadsheetsHint)}</p>
            <div class="output-actions">
                {Table::ALL.into_iter().map(|table| view! {
                    <button
                        type="button"
                        class="button"
                        id=format!("csv-{}", table.slug())
                        on:click=move |_| save(table)
                    >
                        {t(table_label(table))}
                    </button>
                }).collect_view()}
            </div>
        </section>
    }
}

/// Deadlines, due dates, milestones and the go-live date as one calendar file.
#[component]
fn Calendar() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let save = move |_| {
        let lang = lang.0.get_untracked();
        let key = store.id.get_untracked();
        let now = chrono::Utc::now().naive_utc();
        let (name, text) = store
            .plan()
            .with_untracked(|plan| (ics::file_name(plan), ics::calendar(plan, &key, lang, now)));
        let _ = files::download(&name, &text, "text/calendar;charset=utf-8");
    };
    // A calendar needs at least one event (RFC 5545): no dates, no file.
    let has_dates = Memo::new(move |_| store.plan().with(ics::has_events));
    view! {
        <section class="output" aria-labelledby="ics-heading">
            <h3 id="ics-heading">{t(DataText::CalendarTitle)}</h3>
            <p class="muted">{t(DataText::CalendarHint)}</p>
            <div class="output-actions">
                <button
                    type="button"
                    class="button"
                    id="ics-download"
                    disabled=move || !has_dates.get()
                    aria-describedby="ics-empty"
                    on:click=save
                >
                    {t(DataText::CalendarDownload)}
                </button>
            </div>
            <Show when=move || !has_dates.get()>
                <p class="muted" id="ics-empty">{t(DataText::CalendarEmpty)}</p>
            </Show>
        </section>
    }
}

/// The plan in plain-text Markdown, to download or copy.
#[component]
fn Summary() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let message: Said = RwSignal::new(None);
    let text = move || {
        let lang = lang.0.get_untracked();
        store
            .plan()
            .with_untracked(|plan| markdown::summary(plan, lang, today()))
    };
    let download = move |_| {
        let name = store.plan().with_untracked(|plan| {
            format!("{}.summary.md", planner_core::outputs::file_stem(plan))
        });
        let _ = files::download(&name, &text(), "text/markdown;charset=utf-8");
    };
    let copy = move |_| {
        let summary = text();
        leptos::task::spawn_local(async move {
            let lang: Lang = lang.0.get_untracked();
            let copied = platform_share::copy(&summary).await;
            let (failed, key) = if copied {
                (false, DataText::Copied)
            } else {
                (true, DataText::CopyFailed)
            };
            let _ = message.try_set(Some((failed, key.text(lang).to_owned())));
        });
    };
    view! {
        <section class="output" aria-labelledby="summary-heading">
            <h3 id="summary-heading">{t(DataText::SummaryTitle)}</h3>
            <p class="muted">{t(DataText::SummaryHint)}</p>
            <div class="output-actions">
                <button type="button" class="button" id="summary-download" on:click=download>
                    {t(DataText::Download)}
                </button>
                <button type="button" class="button" id="summary-copy" on:click=copy>
                    {t(DataText::Copy)}
                </button>
            </div>
            {said(message)}
        </section>
    }
}

/// The card on the overview that gathers every way out of the app.
#[component]
pub fn Outputs() -> impl IntoView {
    view! {
        <section class="card outputs" id="outputs" aria-labelledby="outputs-heading">
            <h2 id="outputs-heading">{t(DataText::OutputsTitle)}</h2>
            <p class="muted">{t(DataText::OutputsIntro)}</p>
            <section class="output" aria-labelledby="report-heading">
                <h3 id="report-heading">{t(ReportText::OutputTitle)}</h3>
                <p class="muted">{t(ReportText::OutputHint)}</p>
                <div class="output-actions">
                    <a class="button primary" href="#/report" id="overview-report">{t(ReportText::OpenReport)}</a>
                </div>
            </section>
            <Spreadsheets />
            <Calendar />
            <Summary />
            <ShareLink />
        </section>
    }
}
