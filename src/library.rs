//! The plan library (the "Projects" menu: new, open, rename, duplicate, delete with undo), what the
//! app says about storage (use against the quota, last export, reminders) and the choice shown
//! when two tabs changed the same plan.

use leptos::prelude::*;
use planner_core::i18n::plural::Forms;
use planner_core::i18n::{fill, DataText, Shell, Text};
use planner_core::store::library::Entry;
use planner_core::store::patch::Part;

use crate::i18n::{t, use_language};
use crate::platform::focus;
use crate::platform::storage::QUOTA_UNITS;
use crate::state::{use_store, SaveStatus, WARN_AT_PERCENT};
use crate::transfer::export_plan;
use crate::widgets::example::OpenExampleButton;

fn percent(units: usize) -> usize {
    units.saturating_mul(100) / QUOTA_UNITS
}

/// The "Projects" button and its menu.
#[component]
pub fn PlanMenu() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let open = RwSignal::new(false);
    let renaming = RwSignal::new(None::<String>);
    let draft = RwSignal::new(String::new());
    let close = move || {
        open.set(false);
        renaming.set(None);
    };
    let row = move |entry: Entry| {
        let id = entry.id.clone();
        let is_open = Signal::derive(move || store.id.get() == id);
        let name = if entry.name.is_empty() {
            Shell::Untitled.text(lang.get()).to_owned()
        } else {
            entry.name.clone()
        };
        let (id_open, id_ren, id_dup, id_del, id_save) = (
            entry.id.clone(),
            entry.id.clone(),
            entry.id.clone(),
            entry.id.clone(),
            entry.id.clone(),
        );
        let id_row = entry.id.clone();
        let editing = Signal::derive(move || renaming.get().as_deref() == Some(id_row.as_str()));
        let start_name = entry.name.clone();
        view! {
            <li class="library-entry" data-id=entry.id.clone()>
                {move || if editing.get() {
                    let id_save = id_save.clone();
                    view! {
                        <form class="rename-form" on:submit=move |ev| {
                            ev.prevent_default();
                            store.rename(&id_save, &draft.get_untracked());
                            renaming.set(None);
                        }>
                            <label class="visually-hidden" for="rename-input">{t(DataText::PlanName)}</label>
                            <input id="rename-input" type="text" maxlength="2000" autofocus=true
                                prop:value=move || draft.get()
                                on:input:target=move |ev| draft.set(ev.target().value()) />
                            <button type="submit" class="button primary" id="rename-save">{t(DataText::Save)}</button>
                        </form>
                    }.into_any()
                } else {
                    let name = name.clone();
                    view! {
                        <span class="entry-name">{name}</span>
                        {move || is_open.get().then(|| view! { <span class="badge">{t(DataText::IsOpen)}</span> })}
                    }.into_any()
                }}
                <div class="entry-actions">
                    // The open one is open already: no button that does nothing.
                    {move || (!is_open.get()).then(|| {
                        let id_open = id_open.clone();
                        view! {
                            <button type="button" class="button subtle open-plan"
                                on:click=move |_| { store.open_plan(&id_open); close(); }>
                                {t(DataText::OpenPlan)}
                            </button>
                        }
                    })}
                    <button type="button" class="button subtle rename-plan"
                        on:click={
                            let start_name = start_name.clone();
                            move |_| { draft.set(start_name.clone()); renaming.set(Some(id_ren.clone())); }
                        }>
                        {t(DataText::Rename)}
                    </button>
                    <button type="button" class="button subtle duplicate-plan"
                        on:click=move |_| { store.duplicate(&id_dup); close(); }>
                        {t(DataText::Duplicate)}
                    </button>
                    <button type="button" class="button subtle delete-plan"
                        on:click=move |_| store.delete(&id_del)>
                        {t(DataText::Delete)}
                    </button>
                </div>
            </li>
        }
    };
    view! {
        <div class="plan-menu">
            <button type="button" class="button" id="plans-button"
                aria-expanded=move || open.get().to_string() aria-controls="plans-menu"
                on:click=move |_| { store.refresh_library(); open.update(|o| *o = !*o); }>
                {t(DataText::Plans)}
            </button>
            {move || open.get().then(|| view! {
                <div class="plans-panel" id="plans-menu" role="region" aria-label=t(DataText::PlansTitle)
                    on:keydown=move |ev| if ev.key() == "Escape" { close() }>
                    <div class="plans-head">
                        <h2>{t(DataText::PlansTitle)}</h2>
                        <button type="button" class="button subtle" id="plans-close" on:click=move |_| close()>
                            {t(DataText::Close)}
                        </button>
                    </div>
                    // Two ways to start: an empty plan, or the worked example (always here, not
                    // only while the open plan is empty).
                    <div class="plans-start">
                        <button type="button" class="button primary" id="new-plan"
                            on:click=move |_| { store.new_plan(); close(); }>
                            {t(DataText::NewPlan)}
                        </button>
                        <OpenExampleButton id="menu-open-example" />
                    </div>
                    <ul class="library-list">
                        {move || store.library.get().into_iter().map(row).collect_view()}
                    </ul>
                    <StorageFacts />
                </div>
            })}
        </div>
    }
}

/// Storage use against the quota and when the open plan was last exported.
#[component]
pub fn StorageFacts() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let usage = move || {
        store.usage.get().map(|units| {
            // UTF-16 code units are two bytes each.
            let kb = (units * 2).div_ceil(1024);
            fill(
                DataText::Usage.text(lang.get()),
                &[&kb.to_string(), &percent(units).to_string()],
            )
        })
    };
    let exported = move || {
        let lang = lang.get();
        match store
            .backup
            .get()
            .days_since_export(js_sys::Date::now() as i64)
        {
            None => DataText::NeverExported.text(lang).to_owned(),
            Some(0) => DataText::ExportedToday.text(lang).to_owned(),
            Some(days) => {
                // Russian "other" (after a fraction) takes the "few" word: 1,5 дня.
                let word = Forms::four(
                    DataText::DayOne.text(lang),
                    DataText::DayFew.text(lang),
                    DataText::DayMany.text(lang),
                    DataText::DayFew.text(lang),
                )
                .form(lang, days as u64);
                fill(
                    DataText::ExportedDaysAgo.text(lang),
                    &[&days.to_string(), word],
                )
            }
        }
    };
    view! {
        <p class="storage-facts muted">
            <span class="last-exported">{exported}</span>
            " "
            <span class="storage-usage">{usage}</span>
        </p>
    }
}

/// Warnings about storage (nearly full, a week without export) and "undo delete".
#[component]
pub fn LibraryBanners() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let nearly_full = move || {
        let p = percent(store.usage.get()?);
        (p >= WARN_AT_PERCENT).then(|| view! {
            <div class="banner error" role="alert" id="storage-warning">
                <p>{fill(DataText::NearlyFull.text(lang.get()), &[&p.to_string()])}</p>
                <button type="button" class="button primary" on:click=move |_| export_plan(store)>
                    {t(Shell::SaveToFile)}
                </button>
            </div>
        })
    };
    let reminder = move || {
        store
            .backup
            .get()
            .needs_reminder(js_sys::Date::now() as i64)
            .then(|| view! {
                <div class="banner info" role="status" id="export-reminder">
                    <p>{t(DataText::ExportReminder)}</p>
                    <button type="button" class="button primary" on:click=move |_| export_plan(store)>
                        {t(Shell::SaveToFile)}
                    </button>
                </div>
            })
    };
    let deleted = move || {
        store.deleted.get().map(|d| view! {
            <div class="banner info" role="status" id="deleted-notice">
                <p>{fill(DataText::Deleted.text(lang.get()), &[&d.name])}</p>
                <div class="banner-actions">
                    <button type="button" class="button" id="undo-delete" on:click=move |_| store.undo_delete()>
                        {t(DataText::UndoDelete)}
                    </button>
                    <button type="button" class="button subtle" on:click=move |_| store.deleted.set(None)>
                        {t(Shell::Dismiss)}
                    </button>
                </div>
            </div>
        })
    };
    view! { {nearly_full} {reminder} {deleted} }
}

/// When this tab and another changed the same plan: both, side by side, and the choice.
#[component]
pub fn ConflictDialog() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    move || {
        let conflict = store.conflict.get()?;
        if store.status.get() != SaveStatus::Conflict {
            return None;
        }
        let lang = lang.get();
        let title = |name: &str| {
            if name.trim().is_empty() {
                Shell::Untitled.text(lang).to_owned()
            } else {
                name.trim().to_owned()
            }
        };
        focus::modal("keep-both");
        let theirs = title(&conflict.theirs.profile.name);
        let mine = store.part(Part::Profile).with(|p| title(&p.profile.name));
        Some(view! {
            <div class="dialog-backdrop">
                <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="conflict-title">
                    <h2 id="conflict-title">{DataText::ConflictTitle.text(lang)}</h2>
                    <p>{DataText::ConflictText.text(lang)}</p>
                    <ul class="conflict-versions">
                        <li id="conflict-theirs">{fill(DataText::ConflictTheirs.text(lang), &[&theirs])}</li>
                        <li id="conflict-mine">{fill(DataText::ConflictMine.text(lang), &[&mine])}</li>
                    </ul>
                    <div class="dialog-actions">
                        <button type="button" class="button" id="keep-theirs" on:click=move |_| store.keep_theirs()>
                            {DataText::KeepTheirs.text(lang)}
                        </button>
                        <button type="button" class="button" id="keep-both" on:click=move |_| store.keep_both()>
                            {DataText::KeepBoth.text(lang)}
                        </button>
                        <button type="button" class="button primary" id="keep-mine" on:click=move |_| store.keep_mine()>
                            {DataText::KeepMine.text(lang)}
                        </button>
                    </div>
                </div>
            </div>
        })
    }
}
