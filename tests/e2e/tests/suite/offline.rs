//! The app with no network: after the first visit it opens and works offline, on every route,
//! and a new version arrives in the background, offered and never forced.

use std::path::Path;

use crm_e2e::pages::{GoalsPage, ProfilePage, Shell, StakeholdersPage, StrategyPage};
use crm_e2e::{Browser, Options, TempDir};

fn own_server(root: Option<&Path>) -> Options {
    Options {
        own_server: true,
        root: root.map(Path::to_path_buf),
        ..Options::default()
    }
}

#[tokio::test]
async fn after_the_first_visit_the_app_opens_and_works_with_no_network() {
    let b = Browser::with(own_server(None)).await;
    b.open("#/").await;
    b.wait_offline_ready().await;
    b.set_offline(true).await;
    let served = b.requests().len();

    // A fresh load of a deep address, then work in every step.
    b.open("#/profile").await;
    b.reload().await;
    let profile = ProfilePage(&b);
    profile.set_name("Offline roll-out").await;
    let stakeholders = StakeholdersPage(&b);
    stakeholders.open().await;
    stakeholders.add("Branch managers", "management").await;
    let strategy = StrategyPage(&b);
    strategy.open().await;
    strategy.set_vision("One view of every client").await;
    let goals = GoalsPage(&b);
    goals.open().await;
    goals.add("Faster loan decisions").await;
    b.reload().await;
    assert_eq!(
        b.texts("#goal-list .goal-name").await.len(),
        1,
        "the goal survived a reload offline"
    );
    b.open("#/plans").await;
    b.open("#/report").await;
    b.wait_for(".report-section").await;
    b.open("#/method").await;
    // Another language's texts come from the worker's copy too.
    Shell(&b).switch_language("ru").await;
    b.wait_text("#coverage-summary", "Выполнено требований учебника")
        .await;

    let exported = Shell(&b).export().await;
    let file: serde_json::Value = serde_json::from_str(&exported).expect("the export is JSON");
    assert_eq!(file["plan"]["profile"]["name"], "Offline roll-out");
    assert_eq!(file["plan"]["stakeholders"][0]["name"], "Branch managers");
    assert_eq!(
        file["plan"]["strategy"]["vision"],
        "One view of every client"
    );
    assert_eq!(
        b.requests().len(),
        served,
        "nothing reached the server while offline: {:?}",
        &b.requests()[served..]
    );
    b.set_offline(false).await;
    b.finish().await;
}

/// Copies `from` into `to`, recursively.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create a directory");
    for entry in std::fs::read_dir(from).expect("read a directory") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
}

/// Deploys a "new version" over the site: its page gains a mark, and the service worker a new
/// version (as any rebuild that changes a file gives it).
fn deploy_new_version(site: &Path) {
    let index = site.join("index.html");
    let html = std::fs::read_to_string(&index).expect("index.html");
    // The minified page has no <head> tag: the mark goes right after <html ...>.
    let at = html
        .find("<html")
        .and_then(|i| html[i..].find('>').map(|j| i + j + 1));
    let at = at.expect("index.html has an <html> tag");
    let html = format!(
        "{}<meta name=\"crm-e2e-deployed\" content=\"2\">{}",
        &html[..at],
        &html[at..]
    );
    std::fs::write(&index, html).expect("write index.html");
    let worker = site.join("sw.js");
    let js = std::fs::read_to_string(&worker).expect("sw.js");
    assert!(js.contains("const VERSION = \""), "sw.js names its version");
    let js = js.replacen("const VERSION = \"", "const VERSION = \"next-", 1);
    std::fs::write(&worker, js).expect("write sw.js");
}

#[tokio::test]
async fn a_new_version_is_offered_and_never_reloads_under_the_users_hands() {
    let site = TempDir::new("crm-e2e-site");
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist");
    copy_dir(&dist, &site.0);
    let b = Browser::with(own_server(Some(&site.0))).await;
    b.open("#/profile").await;
    b.wait_offline_ready().await;
    // A reload under the worker: the page the user works in is the worker's.
    b.reload().await;
    b.js("window.crmE2eSamePage = true").await;
    b.type_into("#profile-name", "Branch roll-out").await;

    deploy_new_version(&site.0);
    // What the app's hourly check (or the tab being shown again) does.
    b.js("navigator.serviceWorker.getRegistration().then(function (r) { r.update(); })")
        .await;
    b.wait_for("#update-toast").await;
    // Typing goes on into the same page: no reload, no keystroke lost.
    let field = b.wait_for("#profile-name").await;
    field.send_keys(" 2026").await.expect("type on");
    assert_eq!(b.value("#profile-name").await, "Branch roll-out 2026");
    assert_eq!(b.js("return window.crmE2eSamePage === true").await, true);
    assert_eq!(
        b.js("return !!document.querySelector('meta[name=crm-e2e-deployed]')")
            .await,
        false,
        "the old page goes on with its own files"
    );

    // Only the user's click reloads, once the plan's changes are written.
    b.click("#update-reload").await;
    b.wait_until("the page to reload", || {
        b.js_true(
            "return window.crmE2eSamePage !== true && !!document.getElementById('step-title')",
        )
    })
    .await;
    b.wait_for("meta[name=crm-e2e-deployed]").await;
    assert_eq!(b.value("#profile-name").await, "Branch roll-out 2026");
    b.wait_gone("#update-toast").await;
    b.finish().await;
}
