//! Export and import of plan files and share links. An import always shows a preview first
//! (what the file or link holds beside the open plan); its default is "import as a new plan". Replacing the open plan
//! is the other choice: it keeps a backup and offers "undo import", which restores it exactly.

use leptos::prelude::*;
use planner_core::file::format::{self, Summary, MAX_FILE_BYTES};
use planner_core::file::texts::{import_error_text, import_failure};
use planner_core::i18n::{fill, DataText, Lang, Shell, Text};
use planner_core::inputs::format_number;
use planner_core::share::{self, LinkError};
use planner_core::Plan;

use crate::i18n::{t, use_language};
use crate::platform::share::{self as platform_share, InflateError};
use crate::platform::{files, focus};
use crate::state::{use_store, Notice, PlanStore};

fn plan_title(plan: &Plan, lang: Lang) -> String {
    match plan.display_name() {
        "" => Shell::Untitled.text(lang).to_owned(),
        name => name.to_owned(),
    }
}

/// Saves the plan as a file, and notes the export (for "last exported N days ago").
pub fn export_plan(store: PlanStore) {
    if files::download(&store.file_name(), &store.export_text(), "application/json").is_ok() {
        store.mark_exported();
    }
}

fn replace_with(store: PlanStore, incoming: Plan, lang: Lang) {
    let title = plan_title(&incoming, lang);
    // The backup in storage survives a reload; the copy in the notice makes undo exact. A
    // replace without its backup could lose the open plan to a reload: refuse it instead.
    if store.back_up_before_import().is_err() {
        store.notice.set(Some(Notice {
            is_error: true,
            text: fill(DataText::BackupFailed.text(lang), &[&title]),
            undo: None,
            raw: None,
            details: None,
        }));
        return;
    }
    let previous = store.plan().get_untracked();
    store.replace(incoming);
    store.notice.set(Some(Notice {
        is_error: false,
        text: fill(Shell::Imported.text(lang), &[&title]),
        undo: Some(previous),
        raw: None,
        details: None,
    }));
}

fn import_as_new(store: PlanStore, incoming: Plan, lang: Lang) {
    let title = plan_title(&incoming, lang);
    store.open_as_new(incoming);
    store.notice.set(Some(Notice {
        is_error: false,
        text: fill(DataText::ImportedAsNew.text(lang), &[&title]),
        undo: None,
        raw: None,
        details: None,
    }));
}

/// The plan a share link's `data` carries, or why it cannot be opened (the end of a sentence).
async fn plan_from_link(data: &str, lang: Lang) -> Result<Plan, String> {
    let bytes = share::decode(data).map_err(|e| match e {
        LinkError::Empty => DataText::LinkEmpty.text(lang).to_owned(),
        LinkError::TooLong { chars } => fill(
            DataText::LinkTooLong.text(lang),
            &[&format_number(chars as f64, lang)],
        ),
        LinkError::BadCharacter { at } => fill(
            DataText::LinkBadCharacter.text(lang),
            &[&(at + 1).to_string()],
        ),
        LinkError::Truncated => DataText::LinkDamaged.text(lang).to_owned(),
    })?;
    let text = platform_share::inflate(&bytes, MAX_FILE_BYTES)
        .await
        .map_err(|e| match e {
            InflateError::TooLarge => DataText::LinkTooLarge.text(lang).to_owned(),
            InflateError::Damaged => DataText::LinkDamaged.text(lang).to_owned(),
        })?;
    format::import(&text).map_err(|e| import_error_text(&e, lang))
}

/// Export and import buttons, and the preview every import shows before it changes anything.
#[component]
pub fn FileActions() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let pending = RwSignal::new(None::<Plan>);
    let replace = RwSignal::new(false);
    let on_file = move |input: web_sys::HtmlInputElement| {
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        // Choosing the same file again must fire `change` again.
        input.set_value("");
        let name = file.name();
        leptos::task::spawn_local(async move {
            let lang = lang.0.get_untracked();
            // Why the file was refused: in the user's words, the technical reason apart.
            let result = match files::read_text(&file, MAX_FILE_BYTES).await {
                Ok(text) => format::import(&text).map_err(|e| import_failure(&e, &name, lang)),
                Err(e) => Err((
                    fill(Shell::ImportFailed.text(lang), &[&name, &e.why(lang)]),
                    None,
                )),
            };
            match result {
                Ok(incoming) => {
                    replace.set(false);
                    pending.set(Some(incoming));
                }
                Err((text, details)) => store.notice.set(Some(Notice {
                    is_error: true,
                    text,
                    undo: None,
                    raw: None,
                    details,
                })),
            }
        });
    };
    // A share link (`#/import/<data>`): the same importer, limits and preview as a file. The
    // address drops the data at once, so a reload or a second hashchange never asks again.
    let open_link = move || {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let Some(data) = share::data_in(&hash).map(str::to_owned) else {
            return;
        };
        platform_share::replace_hash("#/");
        leptos::task::spawn_local(async move {
            let lang = lang.0.get_untracked();
            match plan_from_link(&data, lang).await {
                Ok(incoming) => {
                    replace.set(false);
                    pending.set(Some(incoming));
                }
                Err(why) => store.notice.set(Some(Notice {
                    is_error: true,
                    text: fill(DataText::LinkFailed.text(lang), &[&why]),
                    undo: None,
                    raw: None,
                    details: None,
                })),
            }
        });
    };
    open_link();
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| open_link());
    on_cleanup(move || on_hash.remove());
    let cancel = move || pending.set(None);
    let confirm = move || {
        if let Some(plan) = pending.get_untracked() {
            let lang = lang.0.get_untracked();
            if replace.get_untracked() {
                replace_with(store, plan, lang);
            } else {
                import_as_new(store, plan, lang);
            }
        }
        pending.set(None);
    };
    view! {
        <div class="file-actions">
            <button type="button" class="button" id="export-button" on:click=move |_| export_plan(store)>
                {t(Shell::Export)}
            </button>
            <label class="button file-button" for="import-input">{t(Shell::Import)}</label>
            <input
                id="import-input"
                class="visually-hidden-file"
                type="file"
                accept=".json,application/json"
                title=t(Shell::OpenFile)
                on:change:target=move |ev| on_file(ev.target())
            />
        </div>
        {move || pending.get().map(|incoming| {
            focus::modal("import-cancel");
            let lang_now = lang.get();
            let current = store.plan().with(|p| plan_title(p, lang_now));
            let current_empty = store.plan().with(|p| *p == Plan::default());
            let title = plan_title(&incoming, lang_now);
            let theirs = Summary::of(&incoming);
            let ours = store.plan().with(Summary::of);
            let rows = [
                (DataText::Units, theirs.units, ours.units),
                (DataText::Stakeholders, theirs.stakeholders, ours.stakeholders),
                (DataText::BusinessGoals, theirs.business_goals, ours.business_goals),
                (DataText::Kpis, theirs.kpis, ours.kpis),
                (DataText::ImplementationGoals, theirs.implementation_goals, ours.implementation_goals),
                (DataText::ImplementationPlans, theirs.plans, ours.plans),
                (DataText::Tasks, theirs.tasks, ours.tasks),
            ];
            view! {
                <div class="dialog-backdrop">
                    <div class="dialog import-preview" role="dialog" aria-modal="true" aria-labelledby="preview-title"
                        on:keydown=move |ev| if ev.key() == "Escape" { cancel() }>
                        <h2 id="preview-title">{fill(DataText::PreviewTitle.text(lang_now), &[&title])}</h2>
                        <p>{DataText::PreviewIntro.text(lang_now)}</p>
                        <table class="preview-table" id="preview-table">
                            <thead><tr>
                                <td></td>
                                <th scope="col">{DataText::InFile.text(lang_now)}</th>
                                <th scope="col">{DataText::InOpenPlan.text(lang_now)}</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|(label, a, b)| view! {
                                    <tr><th scope="row">{label.text(lang_now)}</th><td>{a}</td><td>{b}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                        <fieldset class="import-choice">
                            <label class="choice">
                                <input type="radio" name="import-mode" id="import-as-new"
                                    prop:checked=move || !replace.get()
                                    on:change=move |_| replace.set(false) />
                                <span>{DataText::AsNew.text(lang_now)}</span>
                            </label>
                            <label class="choice">
                                <input type="radio" name="import-mode" id="import-replace"
                                    disabled=store.read_only()
                                    prop:checked=move || replace.get()
                                    on:change=move |_| replace.set(true) />
                                <span>{fill(DataText::AsReplace.text(lang_now), &[&current])}</span>
                            </label>
                        </fieldset>
                        {move || (replace.get() && !current_empty).then(|| view! {
                            <p id="replace-text" class="replace-warning">
                                {fill(Shell::ReplaceText.text(lang_now), &[&title, &current])}
                            </p>
                        })}
                        <div class="dialog-actions">
                            <button type="button" class="button" id="import-cancel" autofocus=true
                                on:click=move |_| cancel()>
                                {t(Shell::Cancel)}
                            </button>
                            <button type="button" class="button primary" id="import-confirm"
                                on:click=move |_| confirm()>
                                {move || if replace.get() { t(Shell::Replace)() } else { t(DataText::ImportAction)() }}
                            </button>
                        </div>
                    </div>
                </div>
            }
        })}
    }
}
