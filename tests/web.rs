//! Browser tests for code that needs a real browser: storage and a mounted app. Run with
//! `cargo test --target wasm32-unknown-unknown` (headless Chromium through chromedriver). All
//! tests share one page and one localStorage, so each starts by clearing it.
#![cfg(target_arch = "wasm32")]
// Test code: a failed expectation here is a failed test, not a crash in a user's browser.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crm_planner::platform::storage::{self, Loaded};
use planner_core::file::format::{self, FORMAT_VERSION};
use planner_core::profile::FunctionalLevel;
use planner_core::Plan;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() -> web_sys::Storage {
    let storage = storage::local_storage().expect("localStorage in the test browser");
    storage.clear().expect("clear");
    storage
}

fn sample() -> Plan {
    let mut plan = Plan::new();
    plan.profile.name = "Web test".into();
    plan.add_unit("Sales".into(), FunctionalLevel::Operational, true);
    plan
}

#[wasm_bindgen_test]
fn a_saved_plan_is_read_back_and_loaded() {
    clear();
    let value = format::to_stored(&sample(), 3, "2026-11-27T00:00:00Z", "test");
    storage::save_plan("p1", &value).expect("save");
    match storage::load_current("now") {
        Loaded::Plan { id, stored } => {
            assert_eq!(id, "p1");
            assert_eq!(stored.plan, sample());
            assert_eq!(stored.revision, 3);
        }
        other => panic!("expected the plan, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn an_empty_storage_loads_nothing() {
    clear();
    assert!(matches!(storage::load_current("now"), Loaded::Empty));
}

#[wasm_bindgen_test]
fn unreadable_data_is_moved_aside_not_deleted() {
    let storage = clear();
    storage.set_item("crm-planner:current", "p9").expect("set");
    storage
        .set_item("crm-planner:plan:p9", "{not json")
        .expect("set");
    match storage::load_current("t1") {
        Loaded::Unreadable { aside_key, raw, .. } => {
            assert_eq!(raw, "{not json");
            assert_eq!(
                storage.get_item(&aside_key).expect("get").as_deref(),
                Some("{not json")
            );
            assert_eq!(storage.get_item("crm-planner:plan:p9").expect("get"), None);
        }
        other => panic!("expected Unreadable, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn data_of_a_newer_version_is_left_alone() {
    let storage = clear();
    let newer = format!(
        r#"{{"format":"crm-implementation-plan","formatVersion":{},"plan":{{}}}}"#,
        FORMAT_VERSION + 1
    );
    storage.set_item("crm-planner:current", "p2").expect("set");
    storage
        .set_item("crm-planner:plan:p2", &newer)
        .expect("set");
    assert!(
        matches!(storage::load_current("now"), Loaded::Newer { version, .. } if version == u64::from(FORMAT_VERSION) + 1)
    );
    assert_eq!(
        storage.get_item("crm-planner:plan:p2").expect("get"),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn the_language_choice_is_remembered() {
    clear();
    assert_eq!(storage::load_lang(), None);
    storage::save_lang(planner_core::i18n::Lang::Ru);
    assert_eq!(storage::load_lang(), Some(planner_core::i18n::Lang::Ru));
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_shows_the_navigator() {
    clear();
    // The page's loader fetches the catalogs in the app; here they are built in.
    use planner_core::i18n::{catalog, Lang};
    for (lang, json) in [
        (Lang::En, include_str!("../i18n/en.json")),
        (Lang::Uz, include_str!("../i18n/uz.json")),
        (Lang::Ru, include_str!("../i18n/ru.json")),
    ] {
        catalog::load(lang, json).expect("the catalog loads");
    }
    let root = leptos::prelude::document()
        .create_element("div")
        .expect("div");
    leptos::prelude::document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    let _handle = leptos::mount::mount_to(root.clone(), crm_planner::app::App);
    leptos::task::tick().await;
    let text = root.text_content().unwrap_or_default();
    assert!(
        text.contains("Engage the key stakeholders") || text.contains("Asosiy manfaatdor"),
        "{text}"
    );
    assert!(root.query_selector("#nav-plans").expect("query").is_some());
}

/// Runs JavaScript in the test page (set-up only: patching the browser's storage).
fn run_js(body: &str) {
    let f = js_sys::Function::new_no_args(body);
    f.call0(&wasm_bindgen::JsValue::NULL).expect("script");
}

#[wasm_bindgen_test]
fn a_write_that_reads_back_different_is_a_failed_save() {
    clear();
    // A storage that silently truncates what it stores.
    run_js(
        "window.__realSetItem = Storage.prototype.setItem; \
         Storage.prototype.setItem = function (k, v) { \
           return window.__realSetItem.call(this, k, String(v).slice(0, 10)); };",
    );
    let value = format::to_stored(&sample(), 1, "t", "test");
    let result = storage::save_plan("p1", &value);
    run_js("Storage.prototype.setItem = window.__realSetItem;");
    assert_eq!(result, Err(storage::SaveError::Mismatch));
}

#[wasm_bindgen_test]
fn a_value_another_tab_writes_is_told_apart_from_the_one_seen() {
    let storage = clear();
    assert_eq!(storage::compare("p4", None), storage::Since::Absent);
    let value = format::to_stored(&sample(), 1, "t", "test");
    let seen = storage::save_plan("p4", &value).expect("save");
    assert_eq!(
        storage::compare("p4", Some(&seen)),
        storage::Since::Unchanged
    );
    // The same text, read again, is the same value.
    assert_eq!(storage::seen_now("p4").as_ref(), Some(&seen));
    // Another tab's write (a new revision).
    let theirs = format::to_stored(&sample(), 2, "t", "test");
    storage
        .set_item("crm-planner:plan:p4", &theirs)
        .expect("set");
    assert_eq!(storage::compare("p4", Some(&seen)), storage::Since::Changed);
    assert_eq!(storage::compare("p4", None), storage::Since::Changed);
    storage.remove_item("crm-planner:plan:p4").expect("remove");
    assert_eq!(storage::compare("p4", Some(&seen)), storage::Since::Absent);
    // The good copy is the proven value.
    assert_eq!(
        storage.get_item("crm-planner:good:p4").expect("get"),
        Some(value)
    );
}

#[wasm_bindgen_test]
fn a_full_quota_is_told_as_quota() {
    clear();
    run_js(
        "window.__realSetItem = Storage.prototype.setItem; \
         Storage.prototype.setItem = function () { \
           throw new DOMException('full', 'QuotaExceededError'); };",
    );
    let result = storage::save_plan("p1", "{}");
    run_js("Storage.prototype.setItem = window.__realSetItem;");
    assert_eq!(result, Err(storage::SaveError::Quota));
}

#[wasm_bindgen_test]
fn a_corrupted_plan_falls_back_to_its_last_good_copy() {
    let storage = clear();
    let good = format::to_stored(&sample(), 5, "t", "test");
    storage::save_plan("p3", &good).expect("save");
    storage
        .set_item("crm-planner:plan:p3", "{\"format\": trunc")
        .expect("corrupt");
    match storage::load_current("t2") {
        Loaded::Recovered {
            id,
            stored,
            raw,
            aside_key,
            ..
        } => {
            assert_eq!(id, "p3");
            assert_eq!(stored.plan, sample());
            assert_eq!(raw, "{\"format\": trunc");
            assert_eq!(
                storage.get_item(&aside_key).expect("get").as_deref(),
                Some("{\"format\": trunc")
            );
        }
        other => panic!("expected the good copy, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn the_library_lists_every_plan_newest_first() {
    clear();
    let mut a = sample();
    a.profile.name = "Older".into();
    let mut b = sample();
    b.profile.name = "Newer".into();
    storage::save_plan(
        "pa",
        &format::to_stored(&a, 1, "2026-01-01T00:00:00.000Z", "t"),
    )
    .expect("save");
    storage::save_plan(
        "pb",
        &format::to_stored(&b, 1, "2026-02-01T00:00:00.000Z", "t"),
    )
    .expect("save");
    let names: Vec<String> = storage::list_plans().into_iter().map(|e| e.name).collect();
    assert_eq!(names, ["Newer", "Older"]);
    assert!(storage::usage().unwrap_or(0) > 0);
    storage::remove_plan("pa");
    assert_eq!(storage::list_plans().len(), 1);
}

#[wasm_bindgen_test]
async fn a_safe_link_renders_only_web_and_mail_links() {
    use crm_planner::widgets::link::SafeLink;
    use leptos::prelude::*;
    let root = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! {
            <SafeLink url="https://example.uz/crm".to_owned() />
            <SafeLink url="JaVaScRiPt:alert(1)".to_owned() />
        }
    });
    leptos::task::tick().await;
    // One link, and the script "link" as plain text beside it.
    assert!(root.query_selector("a ~ a").expect("query").is_none());
    assert!(root
        .query_selector("span.user-link-text")
        .expect("query")
        .is_some());
    let a = root.query_selector("a").expect("query").expect("a link");
    assert_eq!(
        a.get_attribute("href").as_deref(),
        Some("https://example.uz/crm")
    );
    assert_eq!(
        a.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert!(root
        .text_content()
        .unwrap_or_default()
        .contains("JaVaScRiPt:alert(1)"));
}
