//! Stakeholders from a spreadsheet: a CSV file (UTF-8 or Windows-1251, comma, semicolon or tab)
//! is read by the domain (`planner_core::intake`), its columns mapped to the register's fields
//! (guessed from the headers in any of the three languages, changeable here), and every row
//! previewed before anything changes: new, already in the register (skip or update), or not
//! imported and why. Importing is one undo step.

use leptos::prelude::*;
use planner_core::i18n::{fill, IntakeText, Shell, StakeholdersText, Text};
use planner_core::intake::{self, Choice, Field, Mapping, RowOutcome, Sheet};

use crate::i18n::{t, use_language};
use crate::platform::{files, focus};
use crate::state::{use_store, Notice};

/// The largest spreadsheet read: the same bound as a plan file.
const MAX_BYTES: usize = planner_core::file::format::MAX_FILE_BYTES;

/// A spreadsheet being mapped and previewed.
#[derive(Clone)]
struct Pending {
    file: String,
    sheet: Sheet,
}

/// The button that chooses a spreadsheet, and the dialog that maps and previews it.
#[component]
pub fn SpreadsheetImport() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let pending = RwSignal::new(None::<Pending>);
    let mapping = RwSignal::new(Mapping::unmapped(0));
    let choices = RwSignal::new(Vec::<Choice>::new());
    let failed = move |name: &str, why: String| {
        let lang = lang.0.get_untracked();
        store.notice.set(Some(Notice {
            is_error: true,
            text: fill(Shell::ImportFailed.text(lang), &[name, &why]),
            undo: None,
            raw: None,
            details: None,
        }));
    };
    let on_file = move |input: web_sys::HtmlInputElement| {
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        input.set_value("");
        let name = file.name();
        leptos::task::spawn_local(async move {
            let lang = lang.0.get_untracked();
            let bytes = match files::read_bytes(&file, MAX_BYTES).await {
                Ok(bytes) => bytes,
                Err(e) => return failed(&name, e.why(lang)),
            };
            // Headers and values are recognised in any of the three languages.
            crate::platform::texts::ensure_all().await;
            match intake::read(&intake::decode(&bytes)) {
                // The step may have changed while the file was read: then nothing opens.
                Ok(sheet) => {
                    let _ = mapping.try_set(intake::guess(&sheet));
                    let _ = choices.try_set(Vec::new());
                    let _ = pending.try_set(Some(Pending { file: name, sheet }));
                }
                Err(e) => failed(&name, format!("{}.", e.text(lang))),
            }
        });
    };
    view! {
        <label class="button file-button" for="intake-input">{t(StakeholdersText::FromSpreadsheet)}</label>
        <input
            id="intake-input"
            class="visually-hidden-file"
            type="file"
            accept=".csv,text/csv,.txt,text/plain"
            title=t(IntakeText::Title)
            on:change:target=move |ev| on_file(ev.target())
        />
        {move || pending.get().map(|p| view! { <IntakeDialog pending=p mapping=mapping choices=choices close=Callback::new(move |_| pending.set(None)) /> })}
    }
}

/// The mapping of columns and the preview of rows, with Cancel and Import.
#[component]
fn IntakeDialog(
    pending: Pending,
    mapping: RwSignal<Mapping>,
    choices: RwSignal<Vec<Choice>>,
    close: Callback<()>,
) -> impl IntoView {
    focus::modal("intake-cancel");
    let store = use_store();
    let lang = use_language();
    let pending = StoredValue::new(pending);
    // The rows as they would import, again whenever the mapping or the register changes.
    let preview = Memo::new(move |_| {
        let map = mapping.get();
        pending.with_value(|p| {
            store
                .plan()
                .with(|plan| intake::preview(plan, &p.sheet, &map))
        })
    });
    let choice_of = move |i: usize| choices.with(|c| c.get(i).copied().unwrap_or(Choice::Skip));
    let set_choice = move |i: usize, choice: Choice| {
        choices.update(|c| {
            if c.len() <= i {
                c.resize(i + 1, Choice::Skip);
            }
            c[i] = choice;
        })
    };
    let import = move |_| {
        let Ok(preview) = preview.get_untracked() else {
            return;
        };
        let chosen = choices.get_untracked();
        let mut applied = None;
        store.update(|plan| applied = Some(intake::apply(plan, &preview, &chosen)));
        let lang = lang.0.get_untracked();
        if let Some(applied) = applied {
            store.notice.set(Some(Notice {
                is_error: false,
                text: applied.text(lang),
                undo: None,
                raw: None,
                details: None,
            }));
        }
        close.run(());
    };
    let columns = move || {
        let l = lang.get();
        pending.with_value(|p| {
            (0..p.sheet.width())
                .map(|column| {
                    let header = p.sheet.headers.get(column).cloned().unwrap_or_default();
                    let sample = p.sheet.samples(column, 2).join(" · ");
                    let letter = intake::column_letter(column);
                    let select_id = format!("intake-map-{column}");
                    let chosen =
                        move || mapping.with(|m| m.field(column).map(Field::code).unwrap_or(""));
                    view! {
                        <tr>
                            <th scope="row">
                                <label for=select_id.clone()>
                                    <span class="intake-letter">{letter}</span>" "{header}
                                </label>
                                <span class="intake-sample muted">{sample}</span>
                            </th>
                            <td>
                                <select
                                    id=select_id
                                    prop:value=chosen
                                    on:change:target=move |ev| {
                                        let field = Field::from_code(&ev.target().value());
                                        mapping.update(|m| m.set(column, field));
                                    }
                                >
                                    <option value="">{IntakeText::DoNotImport.text(l)}</option>
                                    {Field::ALL.into_iter().map(|f| view! {
                                        <option value=f.code()>{f.label().text(l)}</option>
                                    }).collect_view()}
                                </select>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let rows = move || {
        let l = lang.get();
        match preview.get() {
            Err(why) => view! { <p class="intake-error" id="intake-mapping-error" role="alert">{why.text(l)}</p> }.into_any(),
            Ok(preview) => {
                let outcome = |i: usize, row: &RowOutcome| -> AnyView {
                    match row {
                        RowOutcome::Add { draft, .. } => view! {
                            <li class="intake-row add" data-row=row.row()>{draft.name.clone()}</li>
                        }.into_any(),
                        RowOutcome::Duplicate { draft, .. } => {
                            let id = format!("intake-choice-{}", row.row());
                            view! {
                                <li class="intake-row duplicate" data-row=row.row()>
                                    <label for=id.clone()>{draft.name.clone()}</label>
                                    <select id=id
                                        prop:value=move || if choice_of(i) == Choice::Update { "update" } else { "skip" }
                                        on:change:target=move |ev| set_choice(i, if ev.target().value() == "update" { Choice::Update } else { Choice::Skip })>
                                        <option value="skip">{IntakeText::Skip.text(l)}</option>
                                        <option value="update">{IntakeText::Update.text(l)}</option>
                                    </select>
                                </li>
                            }.into_any()
                        }
                        RowOutcome::Refused { .. } => view! {
                            <li class="intake-row refused" data-row=row.row()>{row.refusal(l).unwrap_or_default()}</li>
                        }.into_any(),
                    }
                };
                let section = |class: &'static str, title: IntakeText, keep: fn(&RowOutcome) -> bool, hint: Option<IntakeText>| {
                    let items: Vec<AnyView> = preview
                        .rows
                        .iter()
                        .enumerate()
                        .filter(|(_, r)| keep(r))
                        .map(|(i, r)| outcome(i, r))
                        .collect();
                    let count = items.len();
                    (count > 0).then(|| view! {
                        <section class=format!("intake-section {class}") id=format!("intake-{class}")>
                            <h3>{title.text(l)}" ("{count}")"</h3>
                            {hint.map(|h| view! { <p class="muted">{h.text(l)}</p> })}
                            <ul>{items}</ul>
                        </section>
                    })
                };
                view! {
                    {section("add", IntakeText::SectionAdd, |r| matches!(r, RowOutcome::Add { .. }), None)}
                    {section("duplicate", IntakeText::SectionDuplicate, |r| matches!(r, RowOutcome::Duplicate { .. }), Some(IntakeText::UpdateHint))}
                    {section("refused", IntakeText::SectionRefused, |r| matches!(r, RowOutcome::Refused { .. }), None)}
                }.into_any()
            }
        }
    };
    let can_import =
        move || preview.with(|p| p.as_ref().is_ok_and(|p| p.adds() + p.duplicates() > 0));
    view! {
        <div class="dialog-backdrop">
            <div class="dialog intake-dialog" role="dialog" aria-modal="true" aria-labelledby="intake-title"
                on:keydown=move |ev| if ev.key() == "Escape" { close.run(()) }>
                <h2 id="intake-title">{t(IntakeText::Title)}</h2>
                <p class="muted intake-file">{pending.with_value(|p| p.file.clone())}</p>
                <p>{t(IntakeText::Intro)}</p>
                <table class="intake-mapping" id="intake-mapping">
                    <thead><tr>
                        <th scope="col">{t(IntakeText::Column)}</th>
                        <th scope="col">{t(IntakeText::ImportsAs)}</th>
                    </tr></thead>
                    <tbody>{columns}</tbody>
                </table>
                <div class="intake-preview" id="intake-preview">{rows}</div>
                <div class="dialog-actions">
                    <button type="button" class="button" id="intake-cancel" autofocus=true
                        on:click=move |_| close.run(())>
                        {t(Shell::Cancel)}
                    </button>
                    <button type="button" class="button primary" id="intake-confirm"
                        disabled=move || !can_import()
                        on:click=import>
                        {t(IntakeText::Import)}
                    </button>
                </div>
            </div>
        </div>
    }
}
