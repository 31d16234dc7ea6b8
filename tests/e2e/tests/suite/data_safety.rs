//! Data safety, end to end: storage that fails or is full, corrupted and newer stored data,
//! two tabs, closing within the save delay, the import preview, replace and undo, the plan
//! library, hostile text in files, and no network but the app's own files. Undo and redo by
//! button and Ctrl+Z are in the smoke subset (tests/smoke), which runs in Chromium too.

#[path = "../../../../crates/planner-core/tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use crm_e2e::pages::{DataPage, ProfilePage, Shell};
use crm_e2e::{Browser, TempDir};
use planner_core::file::format;

fn plan_of(export: &str) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_str(export).expect("an export is JSON");
    v["plan"].clone()
}

fn write_file(dir: &TempDir, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.0.join(name);
    std::fs::write(&path, text).expect("write the file");
    path
}

async fn start_with_name(name: &str) -> Browser {
    let b = Browser::start().await;
    ProfilePage(&b).open().await;
    ProfilePage(&b).set_name(name).await;
    Shell(&b).wait_saved().await;
    b
}

#[tokio::test]
async fn storage_full_before_an_edit_is_told_at_once_with_save_to_file() {
    let b = start_with_name("Before the quota").await;
    // Fill the rest of localStorage, as other data on the same site might.
    b.js(
        "let i = 0; for (const n of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16, 1]) { \
          const s = 'x'.repeat(n); try { for (;;) localStorage.setItem('filler-' + i++, s); } \
          catch (e) {} } return i;",
    )
    .await;
    // An edit that makes the plan larger than the space left.
    ProfilePage(&b)
        .set_organisation(&"More text than the storage can take. ".repeat(4))
        .await;
    let started = Instant::now();
    let banner = b.wait_text("#save-problem", "storage is full").await;
    assert!(started.elapsed() < Duration::from_secs(2), "told too late");
    assert!(banner.contains("Save to file"), "{banner}");
    // The storage use is shown, and past 80 % it warns.
    b.wait_text("#storage-warning", "% full").await;
    // "Save to file" gives a file with the unsaved edit in it.
    b.click("#save-to-file").await;
    let path = b.wait_download(".json").await;
    let text = std::fs::read_to_string(path).expect("the saved file");
    Browser::assert_valid_file(&text);
    assert_eq!(
        plan_of(&text)["profile"]["organisation"],
        "More text than the storage can take. ".repeat(4).trim()
    );
    b.finish().await;
}

#[tokio::test]
async fn corrupted_stored_data_is_moved_aside_and_the_last_good_copy_opens() {
    let b = start_with_name("Good copy").await;
    b.js("const id = localStorage.getItem('crm-planner:current'); \
          localStorage.setItem('crm-planner:plan:' + id, '{\"format\": broken');")
        .await;
    b.reload().await;
    let notice = Shell(&b).notice().await;
    assert!(notice.contains("last good copy is open"), "{notice}");
    assert_eq!(Shell(&b).plan_name().await, "Good copy");
    b.click("#download-raw").await;
    let raw = std::fs::read_to_string(b.wait_download("raw-data.txt").await).expect("raw");
    assert_eq!(raw, "{\"format\": broken");
    b.finish().await;
}

#[tokio::test]
async fn corrupted_data_without_a_good_copy_starts_empty_and_offers_the_raw_data() {
    let b = Browser::start().await;
    b.open("#/").await;
    b.js("localStorage.setItem('crm-planner:current', 'p1'); \
          localStorage.setItem('crm-planner:plan:p1', 'not a plan at all');")
        .await;
    b.reload().await;
    let notice = Shell(&b).notice().await;
    assert!(notice.contains("could not be read"), "{notice}");
    assert!(notice.contains("moved aside, not deleted"), "{notice}");
    assert_eq!(Shell(&b).plan_name().await, "Untitled project");
    b.click("#download-raw").await;
    let raw = std::fs::read_to_string(b.wait_download("raw-data.txt").await).expect("raw");
    assert_eq!(raw, "not a plan at all");
    b.finish().await;
}

#[tokio::test]
async fn stored_data_of_a_newer_version_opens_read_only_and_is_never_overwritten() {
    let b = Browser::start().await;
    b.open("#/").await;
    let newer = r#"{"format":"crm-implementation-plan","formatVersion":99,"revision":4,"plan":{"profile":{"name":"From the future"}}}"#;
    b.js(&format!(
        "localStorage.setItem('crm-planner:current', 'p7'); \
         localStorage.setItem('crm-planner:plan:p7', {newer:?});"
    ))
    .await;
    ProfilePage(&b).open().await;
    b.reload().await;
    let banner = b.wait_text("#save-problem", "newer version").await;
    assert!(banner.contains("read-only"), "{banner}");
    ProfilePage(&b).set_name("Edited here").await;
    assert_ne!(Shell(&b).plan_name().await, "Edited here");
    // Leaving the page flushes whatever would be saved: nothing may be.
    b.reload().await;
    b.wait_text("#save-problem", "newer version").await;
    let stored = b
        .js("return localStorage.getItem('crm-planner:plan:p7')")
        .await;
    assert_eq!(stored.as_str(), Some(newer));
    b.finish().await;
}

#[tokio::test]
async fn an_edit_in_one_tab_appears_in_the_other_within_a_second() {
    let b = start_with_name("Shared plan").await;
    // Leave the field, as a person leaving the tab does (a focused field keeps what was typed).
    b.click("#step-title").await;
    let first = b.current_tab().await;
    let second = b.client.new_window(false).await.expect("a second window");
    b.switch_to(second.handle.clone()).await;
    ProfilePage(&b).open().await;
    assert_eq!(Shell(&b).plan_name().await, "Shared plan");
    ProfilePage(&b).set_name("Changed in the second").await;
    Shell(&b).wait_saved().await;
    b.switch_to(first).await;
    let started = Instant::now();
    b.wait_text("#plan-name", "Changed in the second").await;
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(b.value("#profile-name").await, "Changed in the second");
    b.finish().await;
}

#[tokio::test]
async fn two_tabs_opened_on_an_empty_browser_work_on_one_plan() {
    let b = Browser::start().await;
    ProfilePage(&b).open().await;
    let first = b.current_tab().await;
    let second = b.client.new_window(false).await.expect("a second window");
    b.switch_to(second.handle.clone()).await;
    ProfilePage(&b).open().await;
    // Both tabs show a new plan, and nothing is stored yet.
    let current = b
        .js("return localStorage.getItem('crm-planner:current')")
        .await;
    assert!(current.is_null(), "{current}");
    b.switch_to(first.clone()).await;
    ProfilePage(&b).set_name("Started in the first").await;
    Shell(&b).wait_saved().await;
    b.click("#step-title").await;
    // The second tab's plan was untouched: it now is the first tab's plan.
    b.switch_to(second.handle.clone()).await;
    b.wait_text("#plan-name", "Started in the first").await;
    ProfilePage(&b)
        .set_organisation("Added in the second")
        .await;
    Shell(&b).wait_saved().await;
    b.click("#step-title").await;
    b.switch_to(first).await;
    b.wait_until("the second tab's edit reaches the first", || async {
        b.value("#profile-organisation").await == "Added in the second"
    })
    .await;
    assert_eq!(Shell(&b).plan_name().await, "Started in the first");
    assert_eq!(DataPage(&b).plan_names().await, ["Started in the first"]);
    b.finish().await;
}

#[tokio::test]
async fn two_tabs_editing_at_once_show_both_versions_and_lose_nothing() {
    let b = start_with_name("Both").await;
    let first = b.current_tab().await;
    let second = b.client.new_window(false).await.expect("a second window");
    b.switch_to(second.handle.clone()).await;
    // The second tab saves slowly (its 300 ms delay stretched to 5 s), so both tabs hold
    // unsaved edits at the same time.
    b.before_each_page(
        "const st = window.setTimeout; \
         window.setTimeout = (f, ms, ...a) => st(f, ms === 300 ? 5000 : ms, ...a);",
    )
    .await;
    ProfilePage(&b).open().await;
    ProfilePage(&b).set_name("Second's edit").await;
    b.switch_to(first.clone()).await;
    ProfilePage(&b).set_name("First's edit").await;
    Shell(&b).wait_saved().await;
    b.switch_to(second.handle.clone()).await;
    b.wait_text("#conflict-theirs", "First's edit").await;
    b.wait_text("#conflict-mine", "Second's edit").await;
    b.click("#keep-both").await;
    b.wait_text("#plan-name", "Second's edit (copy)").await;
    let names = DataPage(&b).plan_names().await;
    assert!(names.contains(&"First's edit".to_owned()), "{names:?}");
    assert!(
        names.contains(&"Second's edit (copy)".to_owned()),
        "{names:?}"
    );
    b.finish().await;
}

#[tokio::test]
async fn closing_the_tab_within_the_save_delay_keeps_the_edit() {
    let b = Browser::start().await;
    let keeper = b.new_tab().await;
    let doomed = b.current_tab().await;
    b.switch_to(keeper.clone()).await;
    b.switch_to(doomed).await;
    ProfilePage(&b).open().await;
    b.type_into("#profile-name", "Typed just before closing")
        .await;
    b.client.close_window().await.expect("close the tab");
    b.switch_to(keeper).await;
    ProfilePage(&b).open().await;
    assert_eq!(Shell(&b).plan_name().await, "Typed just before closing");
    b.finish().await;
}

#[tokio::test]
async fn an_import_cancelled_at_the_preview_changes_nothing() {
    let b = start_with_name("Untouched").await;
    ProfilePage(&b).add_unit("Sales", "operational", true).await;
    Shell(&b).wait_saved().await;
    let before = Shell(&b).export().await;
    let dir = TempDir::new("crm-e2e-data");
    let rich = format::export(&common::rich_plan(&|s| s.to_owned()), "0.1.0", "t");
    let file = write_file(&dir, "rich.json", &rich);
    let data = DataPage(&b);
    data.preview(&file).await;
    let rows = data.preview_rows().await;
    assert!(
        rows.iter()
            .any(|r| r.starts_with("Stakeholders") && r.contains("3 0")),
        "{rows:?}"
    );
    assert!(b
        .wait_for("#import-as-new")
        .await
        .is_selected()
        .await
        .unwrap_or(false));
    b.click("#import-cancel").await;
    b.wait_gone("#preview-title").await;
    let after = Shell(&b).export().await;
    assert_eq!(plan_of(&after), plan_of(&before));
    assert_eq!(data.plan_names().await, ["Untouched"]);
    b.finish().await;
}

#[tokio::test]
async fn import_as_a_new_plan_is_the_default_and_keeps_the_open_plan() {
    let b = start_with_name("Mine").await;
    let dir = TempDir::new("crm-e2e-data");
    let rich = format::export(&common::rich_plan(&|s| s.to_owned()), "0.1.0", "t");
    let data = DataPage(&b);
    data.preview(&write_file(&dir, "rich.json", &rich)).await;
    b.click("#import-confirm").await;
    b.wait_text("#plan-name", "CRM 2027").await;
    let mut names = data.plan_names().await;
    names.sort();
    assert_eq!(names, ["CRM 2027", "Mine"]);
    b.finish().await;
}

#[tokio::test]
async fn replace_then_undo_import_gives_back_the_identical_plan() {
    let b = start_with_name("Original").await;
    ProfilePage(&b)
        .add_unit("Stores", "operational", true)
        .await;
    ProfilePage(&b).set_organisation("Makro").await;
    Shell(&b).wait_saved().await;
    let before = Shell(&b).export().await;
    let dir = TempDir::new("crm-e2e-data");
    let rich = format::export(&common::rich_plan(&|s| s.to_owned()), "0.1.0", "t");
    DataPage(&b)
        .preview(&write_file(&dir, "rich.json", &rich))
        .await;
    b.click("#import-replace").await;
    b.wait_text("#replace-text", "replaces the open project “Original”")
        .await;
    b.click("#import-confirm").await;
    b.wait_text("#plan-name", "CRM 2027").await;
    b.click("#undo-import").await;
    b.wait_text("#plan-name", "Original").await;
    Shell(&b).wait_saved().await;
    let after = Shell(&b).export().await;
    assert_eq!(plan_of(&after), plan_of(&before));
    b.reload().await;
    assert_eq!(plan_of(&Shell(&b).export().await), plan_of(&before));
    b.finish().await;
}

#[tokio::test]
async fn a_replace_whose_backup_cannot_be_stored_is_refused_and_the_plan_stays() {
    let b = start_with_name("Kept as it was").await;
    let before = Shell(&b).export().await;
    // Storage refuses the import backup (as a full quota does), and only it.
    b.js("const real = Storage.prototype.setItem; \
         Storage.prototype.setItem = function (k, v) { \
           if (String(k).startsWith('crm-planner:import-backup:')) \
             throw new DOMException('full', 'QuotaExceededError'); \
           return real.call(this, k, v); };")
        .await;
    let dir = TempDir::new("crm-e2e-data");
    let rich = format::export(&common::rich_plan(&|s| s.to_owned()), "0.1.0", "t");
    DataPage(&b)
        .preview(&write_file(&dir, "rich.json", &rich))
        .await;
    b.click("#import-replace").await;
    b.click("#import-confirm").await;
    let notice = b.wait_text("#notice-text", "was not imported").await;
    assert!(notice.contains("“CRM 2027”"), "{notice}");
    assert!(notice.contains("nothing was replaced"), "{notice}");
    assert_eq!(Shell(&b).plan_name().await, "Kept as it was");
    assert_eq!(plan_of(&Shell(&b).export().await), plan_of(&before));
    b.finish().await;
}

#[tokio::test]
async fn a_file_with_a_duplicate_key_or_a_broken_reference_is_refused_with_its_place() {
    let b = start_with_name("Safe").await;
    let dir = TempDir::new("crm-e2e-data");
    let rich = format::export(&common::rich_plan(&|s| s.to_owned()), "0.1.0", "t");
    let dup = rich.replacen(
        "\"name\": \"CRM 2027\",",
        "\"name\": \"CRM 2027\", \"name\": \"B\",",
        1,
    );
    Shell(&b).import(&write_file(&dir, "dup.json", &dup)).await;
    let notice = Shell(&b).wait_notice("appears twice").await;
    assert!(
        notice.contains("“name”") && notice.contains("plan.profile"),
        "{notice}"
    );
    let line = dup
        .lines()
        .position(|l| l.contains("\"name\": \"B\""))
        .map(|i| i + 1)
        .expect("the duplicated key is in the file");
    assert!(notice.contains(&format!("line {line}")), "{notice}");
    let broken = rich.replace("\"owner\": \"s4\"", "\"owner\": \"s99\"");
    Shell(&b)
        .import(&write_file(&dir, "broken.json", &broken))
        .await;
    let notice = Shell(&b).wait_notice("s99").await;
    assert!(notice.contains("plan.plans[0].tasks[0].owner"), "{notice}");
    assert!(notice.contains("Your project is unchanged"), "{notice}");
    assert_eq!(Shell(&b).plan_name().await, "Safe");
    b.finish().await;
}

#[tokio::test]
async fn a_file_of_hostile_text_is_shown_as_text_on_every_step() {
    let b = Browser::start().await;
    b.open("#/").await;
    let payload = |s: &str| {
        format!(
            "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>\
             javascript:window.__xss=3 {s}"
        )
    };
    let hostile = format::export(&common::rich_plan(&payload), "0.1.0", "t");
    let dir = TempDir::new("crm-e2e-data");
    DataPage(&b)
        .preview(&write_file(&dir, "hostile.json", &hostile))
        .await;
    b.click("#import-confirm").await;
    b.wait_text("#plan-name", "<img src=x onerror=").await;
    for slug in [
        "",
        "profile",
        "stakeholders",
        "strategy",
        "goals",
        "plans",
        "report",
    ] {
        b.open(&format!("#/{slug}")).await;
        b.wait_for("#step-title").await;
        if slug == "report" {
            // The report is built from the domain's nodes: the payload is there, as text.
            b.wait_for("#report[data-ready]").await;
            let shown = b
                .js("return document.getElementById('report').textContent.includes('<img src=x onerror=')")
                .await;
            assert_eq!(shown.as_bool(), Some(true), "the report lacks the text");
        }
        let ran = b.js("return window.__xss === undefined").await;
        assert_eq!(ran.as_bool(), Some(true), "a payload ran on #/{slug}");
        let injected = b
            .js("return document.querySelectorAll('main img, main script, header img').length")
            .await;
        assert_eq!(
            injected.as_i64(),
            Some(0),
            "markup from the file became elements on #/{slug}"
        );
    }
    b.finish().await;
}

#[tokio::test]
async fn the_plan_library_creates_renames_duplicates_and_deletes_with_undo() {
    let b = start_with_name("Alpha").await;
    let data = DataPage(&b);
    data.new_plan().await;
    b.wait_text("#plan-name", "Untitled project").await;
    ProfilePage(&b).set_name("Beta").await;
    Shell(&b).wait_saved().await;
    let mut names = data.plan_names().await;
    names.sort();
    assert_eq!(names, ["Alpha", "Beta"]);
    // Beta is newest, so first.
    data.rename(0, "Beta renamed").await;
    b.wait_text("#plan-name", "Beta renamed").await;
    data.duplicate(0).await;
    b.wait_text("#plan-name", "Beta renamed (copy)").await;
    assert_eq!(data.plan_names().await.len(), 3);
    data.delete(0).await;
    b.wait_text("#deleted-notice", "Deleted “Beta renamed (copy)”")
        .await;
    assert_eq!(data.plan_names().await.len(), 2);
    data.undo_delete().await;
    b.wait_text("#plan-name", "Beta renamed (copy)").await;
    assert_eq!(data.plan_names().await.len(), 3);
    // Opening another plan shows it, and a reload keeps the one opened last.
    let names = data.plan_names().await;
    let alpha = names
        .iter()
        .position(|n| n == "Alpha")
        .expect("Alpha listed");
    data.open_plan(alpha).await;
    b.wait_text("#plan-name", "Alpha").await;
    b.reload().await;
    assert_eq!(Shell(&b).plan_name().await, "Alpha");
    let facts = b.text("#plans-menu .storage-usage").await;
    assert!(facts.is_empty() || facts.contains("KB"), "{facts}");
    b.finish().await;
}

#[tokio::test]
async fn the_app_fetches_only_its_own_files_under_a_strict_csp() {
    let b = start_with_name("Offline").await;
    // Leave the field first: removing a focused field panics in widgets/field.rs (its on_blur
    // reads a disposed signal), reported to the lead.
    b.click("#step-title").await;
    for slug in ["stakeholders", "strategy", "goals", "plans", ""] {
        b.open(&format!("#/{slug}")).await;
    }
    let origin = b.js("return location.origin").await;
    let origin = origin.as_str().expect("origin").to_owned();
    let resources = b
        .js("return performance.getEntriesByType('resource').map(e => e.name)")
        .await;
    let resources: Vec<String> = resources
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    assert!(!resources.is_empty(), "no resources recorded");
    for url in &resources {
        assert!(
            url.starts_with(&origin),
            "a request left the app's origin: {url}"
        );
    }
    let csp = b
        .js("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content")
        .await;
    let csp = csp.as_str().expect("a CSP").to_owned();
    for needed in [
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
    ] {
        assert!(csp.contains(needed), "CSP lacks {needed}: {csp}");
    }
    assert!(
        !csp.contains("'unsafe-eval'") && !csp.contains("'unsafe-inline'"),
        "{csp}"
    );
    // finish() fails on any CSP violation the console reported while the app ran.
    b.finish().await;
}
