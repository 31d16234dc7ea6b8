//! Export and import of plan files, with a confirmation before an import replaces work and an
//! "undo import" after it.

use leptos::prelude::*;
use planner_core::format::{self, ImportError, FORMAT_VERSION, MAX_FILE_BYTES};
use planner_core::i18n::{fill, Lang, Shell, Text};
use planner_core::Plan;

use crate::i18n::{t, use_language};
use crate::platform::files::{self, ReadError};
use crate::state::{use_store, Notice, PlanStore};

/// The message for a refused import, in `lang`.
pub fn import_error_text(error: &ImportError, lang: Lang) -> String {
    let text = |k: Shell| k.text(lang);
    match error {
        ImportError::TooLarge { bytes } => fill(
            text(Shell::ErrTooLarge),
            &[&format!("{:.1}", *bytes as f64 / 1_048_576.0)],
        ),
        ImportError::NotJson { line, column } => fill(
            text(Shell::ErrNotJson),
            &[&line.to_string(), &column.to_string()],
        ),
        ImportError::NotAPlan => text(Shell::ErrNotAPlan).to_owned(),
        ImportError::WrongFormat { found } => fill(text(Shell::ErrWrongFormat), &[found]),
        ImportError::BadVersion => text(Shell::ErrBadVersion).to_owned(),
        ImportError::NewerVersion { found } => fill(
            text(Shell::ErrNewerVersion),
            &[&found.to_string(), &FORMAT_VERSION.to_string()],
        ),
        ImportError::Invalid {
            path,
            line,
            column,
            detail,
        } => {
            // serde's detail ends with " at line L column C"; the message names them already.
            let detail = detail.split(" at line ").next().unwrap_or(detail);
            fill(
                text(Shell::ErrInvalid),
                &[path, &line.to_string(), &column.to_string(), detail],
            )
        }
    }
}

fn plan_title(plan: &Plan, lang: Lang) -> String {
    match plan.display_name() {
        "" => Shell::Untitled.text(lang).to_owned(),
        name => name.to_owned(),
    }
}

/// Saves the plan as a file.
pub fn export_plan(store: PlanStore) {
    let _ = files::download(&store.file_name(), &store.export_text(), "application/json");
}

fn replace_with(store: PlanStore, incoming: Plan, lang: Lang) {
    let previous = store.plan().get_untracked();
    let title = plan_title(&incoming, lang);
    store.replace(incoming);
    store.notice.set(Some(Notice {
        is_error: false,
        text: fill(Shell::Imported.text(lang), &[&title]),
        undo: Some(previous),
        raw: None,
    }));
}

/// Export and import buttons, and the confirmation an import needs before it replaces work.
#[component]
pub fn FileActions() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let pending = RwSignal::new(None::<Plan>);
    let on_file = move |input: web_sys::HtmlInputElement| {
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        // Choosing the same file again must fire `change` again.
        input.set_value("");
        let name = file.name();
        leptos::task::spawn_local(async move {
            let lang = lang.0.get_untracked();
            let result = match files::read_text(&file, MAX_FILE_BYTES).await {
                Ok(text) => format::import(&text),
                Err(ReadError::TooLarge(bytes)) => Err(ImportError::TooLarge { bytes }),
                Err(ReadError::Unreadable) => Err(ImportError::NotJson { line: 1, column: 1 }),
            };
            match result {
                Ok(incoming) => {
                    let has_work = store.plan().with_untracked(|p| *p != Plan::default());
                    if has_work {
                        pending.set(Some(incoming));
                    } else {
                        replace_with(store, incoming, lang);
                    }
                }
                Err(error) => store.notice.set(Some(Notice {
                    is_error: true,
                    text: fill(
                        Shell::ImportFailed.text(lang),
                        &[&name, &import_error_text(&error, lang)],
                    ),
                    undo: None,
                    raw: None,
                })),
            }
        });
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
            let lang_now = lang.get();
            let current = store.plan().with(|p| plan_title(p, lang_now));
            let title = plan_title(&incoming, lang_now);
            view! {
                <div class="dialog-backdrop">
                    <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="replace-title" aria-describedby="replace-text">
                        <h2 id="replace-title">{t(Shell::ReplaceTitle)}</h2>
                        <p id="replace-text">
                            {fill(Shell::ReplaceText.text(lang_now), &[&title, &current])}
                        </p>
                        <div class="dialog-actions">
                            <button type="button" class="button" id="replace-cancel" autofocus=true
                                on:click=move |_| pending.set(None)>
                                {t(Shell::Cancel)}
                            </button>
                            <button type="button" class="button primary" id="replace-confirm"
                                on:click=move |_| {
                                    if let Some(plan) = pending.get_untracked() {
                                        replace_with(store, plan, lang.0.get_untracked());
                                    }
                                    pending.set(None);
                                }>
                                {t(Shell::Replace)}
                            </button>
                        </div>
                    </div>
                </div>
            }
        })}
    }
}
