//! The welcome: what an empty browser opens on, and its three ways to start.

use crm_e2e::fixtures::{self, COMPLETE};
use crm_e2e::pages::{ProfilePage, Shell};
use crm_e2e::Browser;

/// How many elements match `css`.
async fn count(b: &Browser, css: &str) -> i64 {
    b.js(&format!("return document.querySelectorAll({css:?}).length"))
        .await
        .as_i64()
        .unwrap_or(-1)
}

#[tokio::test]
async fn an_empty_browser_opens_on_the_welcome_and_each_start_works() {
    let b = Browser::start().await;
    b.open("#/").await;
    // The method and its source, the textbook's four steps, and no wall of "to do" items.
    b.wait_text(
        "#welcome",
        "Iqtisodiyotda axborot komplekslari va texnologiyalari",
    )
    .await;
    assert_eq!(
        b.texts(".welcome-step h3").await,
        [
            "Engage the key stakeholders",
            "Define the CRM strategy",
            "Define the implementation goals and set priorities",
            "Develop the implementation plan"
        ]
    );
    assert_eq!(count(&b, ".finding").await, 0, "findings on the welcome");
    // Import: the welcome's button is the header's one importer, with its preview.
    let target = b
        .js("const l = document.getElementById('welcome-import'); const i = document.getElementById(l.htmlFor); return i ? i.type : ''")
        .await;
    assert_eq!(
        target.as_str(),
        Some("file"),
        "the import button opens the file picker"
    );
    Shell(&b).import(&fixtures::path(COMPLETE)).await;
    b.wait_for("#import-confirm").await;
    b.click("#import-cancel").await;
    b.wait_gone("#import-confirm").await;
    b.wait_for("#welcome").await;

    // Start my plan: the profile. Home stays the welcome until something is entered.
    b.click("#welcome-start").await;
    b.wait_until("the profile is open", || async {
        b.js("return location.hash").await.as_str() == Some("#/profile")
    })
    .await;
    b.open("#/").await;
    b.wait_for("#welcome").await;
    let profile = ProfilePage(&b);
    profile.open().await;
    profile.set_name("Mine").await;
    Shell(&b).wait_saved().await;
    b.open("#/").await;
    b.wait_for("#progress-text").await;
    assert_eq!(
        count(&b, "#welcome").await,
        0,
        "the welcome after work began"
    );

    // The example, from the welcome of a new empty project, in Russian.
    crm_e2e::pages::DataPage(&b).new_plan().await;
    Shell(&b).switch_language("ru").await;
    b.open("#/").await;
    b.wait_text("#step-title", "Спланируйте внедрение CRM")
        .await;
    b.wait_text(".welcome-step h3", "Вовлечение ключевых").await;
    b.click("#welcome-example").await;
    b.wait_until("the example is open", || async {
        Shell(&b).plan_name().await == "Внедрение CRM — 2027"
    })
    .await;
    b.wait_for("#progress-text").await;
    b.finish().await;
}
