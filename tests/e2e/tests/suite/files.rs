//! Export and import: the round trip through a file, and files that are refused.

use crm_e2e::pages::{ProfilePage, Shell};
use crm_e2e::{Browser, Options, TempDir};

async fn fill_sample(page: &ProfilePage<'_>) {
    page.open().await;
    page.set_name("Loyalty CRM").await;
    page.set_organisation("Makro Tashkent").await;
    page.add_unit("Stores", "operational", true).await;
    page.add_unit("Marketing", "tactical", true).await;
    page.0
        .wait_until("two units", || async { page.unit_names().await.len() == 2 })
        .await;
}

#[tokio::test]
async fn export_clear_the_site_and_import_brings_everything_back() {
    let b = Browser::start().await;
    let page = ProfilePage(&b);
    let shell = Shell(&b);
    fill_sample(&page).await;
    shell.wait_saved().await;
    let exported = shell.export().await;
    let json: serde_json::Value = serde_json::from_str(&exported).expect("the export is JSON");
    assert_eq!(json["format"], "crm-implementation-plan");
    assert_eq!(
        json["formatVersion"],
        planner_core::file::format::FORMAT_VERSION
    );
    assert_eq!(json["plan"]["profile"]["name"], "Loyalty CRM");

    // Clear the site's data, as a user (or the browser) might.
    b.js("localStorage.clear()").await;
    b.reload().await;
    assert_eq!(b.value("#profile-name").await, "");
    assert!(page.unit_names().await.is_empty());

    let dir = TempDir::new("crm-e2e-files");
    let file = dir.0.join("loyalty.crmplan.json");
    std::fs::write(&file, &exported).expect("write the file");
    shell.import(&file).await;
    // Every import shows its preview first; the default is a new plan.
    b.click("#import-confirm").await;
    let notice = shell.notice().await;
    assert!(notice.contains("Imported “Loyalty CRM”"), "{notice}");
    assert_eq!(b.value("#profile-name").await, "Loyalty CRM");
    assert_eq!(b.value("#profile-organisation").await, "Makro Tashkent");
    assert_eq!(page.unit_names().await, ["Stores", "Marketing"]);
    shell.wait_saved().await;
    b.reload().await;
    assert_eq!(page.unit_names().await, ["Stores", "Marketing"]);
    b.finish().await;
}

async fn refused(name: &str, content: &str, expected: &str) {
    let b = Browser::start().await;
    let page = ProfilePage(&b);
    let shell = Shell(&b);
    fill_sample(&page).await;
    shell.wait_saved().await;
    let dir = TempDir::new("crm-e2e-files");
    let file = dir.0.join(name);
    std::fs::write(&file, content).expect("write the file");
    shell.import(&file).await;
    let notice = shell.notice().await;
    assert!(
        notice.contains(expected),
        "notice {notice:?} lacks {expected:?}"
    );
    // In a manager's words first; the technical reason is under "Details".
    b.wait_text(
        "#notice-text",
        &format!("“{name}” is not a plan file. Choose a .crmplan.json file"),
    )
    .await;
    let details = b.text("#notice-details").await;
    assert!(
        !details.contains(expected),
        "the details are folded: {details}"
    );
    b.click("#notice-details summary").await;
    b.wait_text("#notice-details", expected).await;
    assert!(notice.contains("Your project is unchanged"), "{notice}");
    assert_eq!(b.value("#profile-name").await, "Loyalty CRM");
    assert_eq!(page.unit_names().await, ["Stores", "Marketing"]);
    b.reload().await;
    assert_eq!(page.unit_names().await, ["Stores", "Marketing"]);
    b.finish().await;
}

#[tokio::test]
async fn a_file_that_is_not_json_is_refused_and_the_plan_is_unchanged() {
    refused(
        "notes.json",
        "Meeting notes: call the bank on Monday",
        "it is not a JSON file (fault at line 1",
    )
    .await;
}

#[tokio::test]
async fn a_json_file_of_another_format_is_refused_and_the_plan_is_unchanged() {
    refused(
        "drawing.json",
        r#"{"type": "excalidraw", "format": "excalidraw", "elements": []}"#,
        "it is a “excalidraw” file, not a CRM implementation plan",
    )
    .await;
}

#[tokio::test]
async fn importing_over_work_asks_first_and_can_be_undone() {
    let b = Browser::start().await;
    let page = ProfilePage(&b);
    let shell = Shell(&b);
    fill_sample(&page).await;
    shell.wait_saved().await;
    let exported = shell.export().await;
    page.set_name("Changed after export").await;
    shell.wait_saved().await;
    let dir = TempDir::new("crm-e2e-files");
    let file = dir.0.join("plan.json");
    std::fs::write(&file, &exported).expect("write the file");

    // Cancel: nothing changes.
    shell.import(&file).await;
    b.click("#import-replace").await;
    b.wait_text(
        "#replace-text",
        "replaces the open project “Changed after export”",
    )
    .await;
    b.click("#import-cancel").await;
    b.wait_gone("#replace-text").await;
    assert_eq!(shell.plan_name().await, "Changed after export");

    // Replace, then undo: the plan is back exactly.
    shell.import(&file).await;
    b.click("#import-replace").await;
    b.click("#import-confirm").await;
    b.wait_text("#plan-name", "Loyalty CRM").await;
    b.click("#undo-import").await;
    b.wait_text("#plan-name", "Changed after export").await;
    assert_eq!(page.unit_names().await, ["Stores", "Marketing"]);
    b.finish().await;
}

/// Imports the example with one score written as a word, in `lang`; the notice it shows.
async fn wrong_value_notice(lang: &'static str) -> String {
    let b = Browser::with(Options {
        lang,
        ..Options::default()
    })
    .await;
    b.open("#/profile").await;
    let example = include_str!("../../../../examples/tashkent-bank.crmplan.json");
    assert!(example.contains("\"power\": 5,"));
    let dir = TempDir::new("crm-e2e-files");
    let file = dir.0.join("план.json");
    std::fs::write(
        &file,
        example.replacen("\"power\": 5,", "\"power\": \"пять\",", 1),
    )
    .expect("write the file");
    Shell(&b).import(&file).await;
    let notice = Shell(&b).notice().await;
    b.finish().await;
    notice
}

/// The words of `text` written in Latin letters, leaving out JSON paths and file names.
fn latin_words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "«»“”():,;—".contains(c))
        .filter(|w| !w.contains('.') && !w.contains('['))
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn a_wrong_value_is_refused_in_russian_with_no_english() {
    let notice = wrong_value_notice("ru-RU").await;
    assert!(notice.contains("plan.stakeholders[0].power"), "{notice}");
    assert!(
        notice.contains("целое число") && notice.contains("«пять»"),
        "{notice}"
    );
    assert!(notice.contains("Ваш проект не изменён"), "{notice}");
    assert_eq!(latin_words(&notice), Vec::<String>::new(), "{notice}");
}

#[tokio::test]
async fn a_wrong_value_is_refused_in_uzbek_with_no_english() {
    let notice = wrong_value_notice("uz-UZ").await;
    assert!(notice.contains("plan.stakeholders[0].power"), "{notice}");
    assert!(
        notice.contains("butun son") && notice.contains("“пять”"),
        "{notice}"
    );
    for english in [
        "invalid", "expected", "type", "string", "value", "line", "column",
    ] {
        assert!(
            !latin_words(&notice)
                .iter()
                .any(|w| w.eq_ignore_ascii_case(english)),
            "{english} in {notice}"
        );
    }
}
