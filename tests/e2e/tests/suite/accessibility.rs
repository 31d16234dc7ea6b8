//! WCAG 2.2 AA as axe-core checks it: every step, the overview, the report, the method page
//! and the import preview, with the example open, in each language and in the dark scheme.
//! Not one violation, whatever its impact.

use crm_e2e::pages::{DataPage, STEPS};
use crm_e2e::{axe, Browser, Options};

async fn no_violations_in(lang: &'static str, example: &str, dark: bool) {
    let b = Browser::with(Options {
        lang,
        ..Options::default()
    })
    .await;
    if dark {
        b.emulate_media("prefers-color-scheme", "dark").await;
    }
    b.open("#/").await;
    let mut found = Vec::new();
    for v in axe::violations(&b).await {
        found.push(format!("empty overview: {v}"));
    }
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(example);
    DataPage(&b).preview(&file).await;
    for v in axe::violations(&b).await {
        found.push(format!("import preview: {v}"));
    }
    b.click("#import-confirm").await;
    b.wait_gone("#import-confirm").await;
    // The steps, then the report and the method page.
    for page in STEPS.into_iter().chain(["#/report", "#/method"]) {
        b.open(page).await;
        b.wait_for("main .card, main .report-section, main #coverage-summary")
            .await;
        // Each tab of a tabbed view (step 1's grid, gap and activities) in turn.
        for tab in 0..b.tab_count().await {
            let at = b.show_tab(page, tab).await;
            for v in axe::violations(&b).await {
                found.push(format!("{at}: {v}"));
            }
        }
    }
    let scheme = if dark { "dark" } else { "light" };
    assert!(
        found.is_empty(),
        "axe finds {} violation(s) in {lang}, {scheme} scheme:\n{}",
        found.len(),
        found.join("\n")
    );
    b.finish().await;
}

#[tokio::test]
async fn axe_finds_nothing_in_english() {
    no_violations_in("en-US", "tashkent-bank.crmplan.json", false).await;
}

#[tokio::test]
async fn axe_finds_nothing_in_russian() {
    no_violations_in("ru-RU", "tashkent-bank.ru.crmplan.json", false).await;
}

#[tokio::test]
async fn axe_finds_nothing_in_uzbek() {
    no_violations_in("uz-UZ", "tashkent-bank.uz.crmplan.json", false).await;
}

#[tokio::test]
async fn axe_finds_nothing_in_the_dark_scheme() {
    no_violations_in("en-US", "tashkent-bank.crmplan.json", true).await;
}
