//! The app frame: header (plan name, saving, language, files), the step navigator, banners and
//! the current page.

use leptos::prelude::*;
use planner_core::file::texts::FileText;
use planner_core::i18n::{fill, DataText, Lang, ReportText, Shell, StepText, Text, WidgetText};
use planner_core::method::MethodText;
use planner_core::steps::{Page, StepId};
use planner_core::store::patch::Part;
use wasm_bindgen::JsCast;

use crate::history::{HistoryButtons, UndoKeys};
use crate::i18n::{t, use_language, Language};
use crate::library::{ConflictDialog, LibraryBanners, PlanMenu, StorageFacts};
use crate::method::MethodPage;
use crate::platform::files;
use crate::report::ReportPage;
use crate::route::{href, provide_route, use_route};
use crate::state::{use_checks, use_store, Checks, PlanStore, SaveStatus};
use crate::steps::{overview::Overview, step_view};
use crate::transfer::{export_plan, FileActions};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let lang = Language(RwSignal::new(Language::initial()));
    provide_context(lang);
    let store = PlanStore::open(lang.0.get_untracked());
    provide_context(store);
    provide_context(Checks::new(store, lang.0.into()));
    let route = provide_route();

    // <html lang>, the tab's title and the page's description follow the interface language
    // (screen readers, hyphenation, fonts, the tab bar, a bookmark); the store's own messages too.
    Effect::new(move |_| {
        let lang = lang.get();
        store.set_lang(lang);
        let doc = document();
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        doc.set_title(Shell::AppName.text(lang));
        if let Ok(Some(meta)) = doc.query_selector("meta[name=description]") {
            let _ = meta.set_attribute("content", Shell::Description.text(lang));
        }
        // The installed app's name and description in the interface language (scripts/pwa.py).
        if let Ok(Some(link)) = doc.query_selector("link[rel=manifest]") {
            let _ = link.set_attribute("href", &format!("manifest.{}.webmanifest", lang.code()));
        }
    });
    // What the next visit's first screen draws of this plan before the WASM arrives
    // (web/shell.js): its name, whether the welcome shows, and each step's status as the
    // navigator says it, in the interface language: a few hundred bytes, written again whenever
    // the profile, the plan's blankness or a step's report changes.
    let checks = crate::state::use_checks();
    let blank = Memo::new(move |_| store.plan().with(|p| !crate::widgets::example::has_work(p)));
    Effect::new(move |_| {
        let lang = lang.get();
        let name = store
            .part(Part::Profile)
            .with(|p| p.display_name().to_owned());
        // Written by hand: serde_json's `Value` would cost 5 KB of WASM for these few fields.
        let quoted = |text: &str| serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into());
        let steps: Vec<String> = StepId::ALL
            .into_iter()
            .filter_map(|step| {
                let status = checks.status(step)?;
                let text = StepText::status(status).text(lang);
                Some(format!(
                    "\"{}\":[\"{}\",{}]",
                    step.slug(),
                    status.code(),
                    quoted(text)
                ))
            })
            .collect();
        let note = format!(
            "{{\"lang\":\"{}\",\"name\":{},\"blank\":{},\"steps\":{{{}}}}}",
            lang.code(),
            quoted(&name),
            blank.get(),
            steps.join(",")
        );
        crate::platform::storage::set_first_screen(&note);
    });
    // After a navigation, focus the field the address names, else the page heading (not on the
    // first load, where focus starts at the top of the page with the skip link).
    Effect::new(move |previous: Option<()>| {
        let target = match (route.0.get().focus, previous) {
            (Some(field), _) => field,
            (None, Some(())) => "step-title".to_owned(),
            (None, None) => return,
        };
        // Focus scrolls only as far as needed; aligning the field to an edge of the window on
        // every link moved the page (and repainted all of it) even when the field was already
        // in view.
        crate::platform::focus::element_later(target);
    });

    // The page alone decides which component is mounted: a link that only moves the focus
    // inside the open step must not remount it (on a large plan that is a whole step render).
    let page = Memo::new(move |_| route.0.with(|r| r.page));

    view! {
        <a class="skip-link" href="#main">{t(Shell::SkipToContent)}</a>
        <UndoKeys />
        <Header />
        <div class="layout">
            <Navigator />
            <main id="main" tabindex="-1">
                <Banners />
                {move || match page.get() {
                    Page::Overview => view! { <Overview /> }.into_any(),
                    Page::Step(step) => step_view(step),
                    Page::Report => view! { <ReportPage /> }.into_any(),
                    Page::Method => view! { <MethodPage /> }.into_any(),
                    Page::NotFound => view! {
                        <article class="step"><h1 id="step-title" tabindex="-1">{t(Shell::NotFound)}</h1></article>
                    }.into_any(),
                }}
            </main>
        </div>
        <footer class="app-footer">
            <p>{t(Shell::StorageNotBackup)}</p>
            <StorageFacts />
        </footer>
        <ConflictDialog />
        <div class="toast-region" role="status" aria-live="polite">
            <RemovedToast />
            <UpdateToast />
        </div>
    }
}

/// "A new version is ready — Reload", once the service worker has installed one in the
/// background (the page's loader fires `crm-update`). Only the user's click reloads, after the
/// plan's pending changes are written.
#[component]
fn UpdateToast() -> impl IntoView {
    let store = use_store();
    let update = move || js_sys::Reflect::get(&window(), &"crmUpdate".into()).ok();
    let ready = RwSignal::new(update().is_some_and(|f| f.is_function()));
    let listener = window_event_listener_untyped("crm-update", move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let reload = move |_| {
        store.flush();
        if let Some(Ok(go)) = update().map(|f| f.dyn_into::<js_sys::Function>()) {
            let _ = go.call0(&wasm_bindgen::JsValue::NULL);
        }
    };
    move || {
        ready.get().then(|| view! {
            <div class="toast" id="update-toast">
                <span>{t(Shell::UpdateReady)}</span>
                <button type="button" class="button primary" id="update-reload" on:click=reload>
                    {t(Shell::UpdateReload)}
                </button>
                <button type="button" class="button subtle" id="update-later" on:click=move |_| ready.set(false)>
                    {t(Shell::UpdateLater)}
                </button>
            </div>
        })
    }
}

/// "Deleted ‹name› — Undo", at the foot of the window wherever the deletion was made, until the
/// next change. The live region around it is always there, so that screen readers announce it.
#[component]
fn RemovedToast() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let text = move || {
        store.removed.with(|name| {
            name.as_ref().map(|name| match name.as_str() {
                "" => WidgetText::RemovedUnnamed.text(lang.get()).to_owned(),
                name => fill(WidgetText::Removed.text(lang.get()), &[name]),
            })
        })
    };
    view! {
            {move || text().map(|text| view! {
                <div class="toast" id="removed-toast">
                    <span id="removed-text">{text}</span>
                    <button type="button" class="button" id="removed-undo" on:click=move |_| store.undo()>
                        {t(WidgetText::UndoRemove)}
                    </button>
                    <button
                        type="button"
                        class="button subtle icon"
                        id="removed-dismiss"
                        aria-label=t(WidgetText::DismissRemoved)
                        title=t(WidgetText::DismissRemoved)
                        on:click=move |_| store.removed.set(None)
                    >"×"</button>
                </div>
            })}
    }
}

#[component]
fn Header() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan_name = move || {
        store.part(Part::Profile).with(|p| match p.display_name() {
            "" => Shell::Untitled.text(lang.get()).to_owned(),
            name => name.to_owned(),
        })
    };
    let status = move || {
        let key = match store.status.get() {
            SaveStatus::Saved => Shell::Saved.text(lang.get()),
            SaveStatus::Pending => Shell::Saving.text(lang.get()),
            _ => return None,
        };
        Some(key)
    };
    // On a phone the actions fold into a menu, so the header takes one line of the screen.
    let menu = RwSignal::new(false);
    view! {
        <header class="app-header">
            <div class="brand">
                <span class="app-name">{t(Shell::AppName)}</span>
                <span class="plan-name" id="plan-name">{plan_name}</span>
            </div>
            <p class="save-status" id="save-status" role="status">{status}</p>
            <button
                type="button"
                class="button icon header-menu-button"
                id="header-menu-button"
                aria-expanded=move || menu.get().to_string()
                aria-controls="header-actions"
                aria-label=t(Shell::Menu)
                title=t(Shell::Menu)
                on:click=move |_| menu.update(|m| *m = !*m)
            >
                <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true">
                    <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" stroke-width="1.6" fill="none" />
                </svg>
            </button>
            <div
                class="header-actions"
                id="header-actions"
                class:open=move || menu.get()
                // A language chosen: the menu has done its work. (An import's preview is drawn
                // inside the menu's file actions, so a chosen file leaves the menu open.)
                on:change=move |ev| {
                    let id = leptos::ev::Event::target(&ev)
                        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                        .map(|el| el.id())
                        .unwrap_or_default();
                    if id == "lang-select" {
                        menu.set(false);
                    }
                }
                on:keydown=move |ev| {
                    if ev.key() == "Escape" && menu.get_untracked() {
                        menu.set(false);
                        if let Some(button) = document().get_element_by_id("header-menu-button") {
                            if let Ok(button) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(button) {
                                let _ = button.focus();
                            }
                        }
                    }
                }
            >
                <HistoryButtons />
                <PlanMenu />
                <FileActions />
                <div class="lang-switch">
                    <label for="lang-select">{t(Shell::Language)}</label>
                    <select
                        id="lang-select"
                        on:change:target=move |ev| {
                            if let Some(l) = Lang::from_tag(&ev.target().value()) {
                                lang.set(l);
                            }
                        }
                    >
                        {Lang::ALL.into_iter().map(|l| view! {
                            <option value=l.code() selected=move || lang.get() == l>{l.native_name()}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
        </header>
    }
}

#[component]
fn Navigator() -> impl IntoView {
    let lang = use_language();
    let checks = use_checks();
    let route = use_route();
    let current = move |page: Page| move || (route.0.get().page == page).then_some("page");
    view! {
        <nav class="navigator" aria-label=t(Shell::Steps)>
            <ol>
                <li>
                    <a href="#/" aria-current=current(Page::Overview) class="nav-link nav-home" id="nav-overview">
                        <span class="nav-title">{t(StepText::OverviewTitle)}</span>
                    </a>
                </li>
                {StepId::ALL.into_iter().map(|step| {
                    let status = move || checks.step(step).map(|r| r.status);
                    view! {
                        <li>
                            <a href=href(step, None) aria-current=current(Page::Step(step)) class="nav-link" id=format!("nav-{}", step.slug())>
                                <span class="nav-number" aria-hidden="true">{step.number()}</span>
                                <span class="nav-title">{t(StepText::title(step))}</span>
                                {move || status().map(|s| view! {
                                    <span class=format!("nav-status status-{}", s.code()) data-status=s.code()>
                                        {StepText::status(s).text(lang.get())}
                                    </span>
                                })}
                            </a>
                        </li>
                    }
                }).collect_view()}
                // The whole plan as one document, and the method it follows: with the steps, on
                // every page and width.
                <li class="nav-report">
                    <a href="#/report" aria-current=current(Page::Report) class="nav-link" id="open-report">
                        <span class="nav-title">{t(ReportText::Open)}</span>
                    </a>
                </li>
                <li class="nav-method">
                    <a href="#/method" aria-current=current(Page::Method) class="nav-link" id="open-method">
                        <span class="nav-title">{t(MethodText::Title)}</span>
                    </a>
                </li>
            </ol>
        </nav>
    }
}

/// Saving problems and notices, each with the action that helps.
#[component]
fn Banners() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let save_problem = move || {
        let text = match store.status.get() {
            SaveStatus::Unavailable => Shell::NotSavingUnavailable.text(lang.get()).to_owned(),
            SaveStatus::Failed(crate::platform::storage::SaveError::Quota) => {
                Shell::NotSavingQuota.text(lang.get()).to_owned()
            }
            SaveStatus::Failed(_) => Shell::NotSavingOther.text(lang.get()).to_owned(),
            SaveStatus::Newer(v) => fill(Shell::ReadOnlyNewer.text(lang.get()), &[&v.to_string()]),
            SaveStatus::Conflict => DataText::NotSavingConflict.text(lang.get()).to_owned(),
            SaveStatus::Saved | SaveStatus::Pending => return None,
        };
        Some(view! {
            <div class="banner error" role="alert" id="save-problem">
                <p>{text}</p>
                <button type="button" class="button primary" id="save-to-file" on:click=move |_| export_plan(store)>
                    {t(Shell::SaveToFile)}
                </button>
            </div>
        })
    };
    let notice = move || {
        store.notice.get().map(|n| {
            let class = if n.is_error { "banner error" } else { "banner info" };
            let undo = n.undo.clone().map(|previous| view! {
                <button type="button" class="button" id="undo-import" on:click=move |_| {
                    store.replace(previous.clone());
                    store.notice.set(Some(crate::state::Notice {
                        is_error: false,
                        text: Shell::ImportUndone.text(lang.0.get_untracked()).to_owned(),
                        undo: None,
                        raw: None,
                        details: None,
                    }));
                }>{t(Shell::UndoImport)}</button>
            });
            let raw = n.raw.clone().map(|raw| view! {
                <button type="button" class="button" id="download-raw" on:click=move |_| {
                    let _ = files::download("crm-plan-raw-data.txt", &raw, "text/plain");
                }>{t(Shell::DownloadRaw)}</button>
            });
            view! {
                <div class=class role="status" id="notice">
                    <p id="notice-text">{n.text}</p>
                    {n.details.map(|details| view! {
                        <details class="notice-details" id="notice-details">
                            <summary>{t(FileText::Details)}</summary>
                            <p>{details}</p>
                        </details>
                    })}
                    <div class="banner-actions">
                        {undo}
                        {raw}
                        <button type="button" class="button subtle" id="notice-dismiss" on:click=move |_| store.notice.set(None)>
                            {t(Shell::Dismiss)}
                        </button>
                    </div>
                </div>
            }
        })
    };
    view! { {save_problem} {notice} <LibraryBanners /> }
}
