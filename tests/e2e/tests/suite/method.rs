//! "About the method": the textbook named, and each of its demands shown as met or not yet.

use crm_e2e::pages::Shell;
use crm_e2e::{Browser, Options};

#[tokio::test]
async fn the_method_coverage_reaches_100_percent_on_the_example_and_leads_to_the_gaps() {
    let b = Browser::with(Options {
        lang: "ru",
        ..Options::default()
    })
    .await;
    // An empty project: nothing is met, and each line leads where the work is.
    b.open("#/method").await;
    b.wait_text(
        "#method-source",
        "Iqtisodiyotda axborot komplekslari va texnologiyalari",
    )
    .await;
    b.wait_text(
        "#coverage-summary",
        "Выполнено требований учебника: 0 из 11 (0 %)",
    )
    .await;
    b.wait_text("#demand-participation", "участвуют 0 / 0 / 0 чел.")
        .await;
    b.click("#demand-participation a").await;
    b.wait_until("step 1 is open", || async {
        b.js("return location.hash")
            .await
            .as_str()
            .is_some_and(|h| h.starts_with("#/stakeholders"))
    })
    .await;

    // The worked example meets every demand.
    crate::stakeholders::open_example(&b).await;
    b.open("#/method").await;
    b.wait_text(
        "#coverage-summary",
        "Выполнено требований учебника: 11 из 11 (100 %)",
    )
    .await;
    let met = b
        .js("return [...document.querySelectorAll('.coverage-line')].map(l => l.dataset.met)")
        .await;
    assert_eq!(met, serde_json::json!(vec!["true"; 11]));
    // Taking a plan's deadline away un-meets exactly the demand that asks for it.
    let plans = crm_e2e::pages::PlansPage(&b);
    plans.open().await;
    plans.open_plan("p76").await;
    b.js(
        "const el = document.getElementById('plan-p76-deadline'); el.value = ''; \
          el.dispatchEvent(new Event('input', {bubbles: true})); \
          el.dispatchEvent(new Event('change', {bubbles: true}));",
    )
    .await;
    b.wait_until("the deadline is gone", || async {
        Shell(&b).nav_status("plans").await == "in-progress"
    })
    .await;
    Shell(&b).wait_saved().await;
    b.open("#/method").await;
    b.wait_text("#coverage-summary", "10 из 11").await;
    b.wait_text(
        "#demand-plan-contents .coverage-status",
        "Пока не выполнено",
    )
    .await;
    b.finish().await;
}
