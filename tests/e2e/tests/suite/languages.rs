//! Uzbek and Russian as good as the English: the worked example in each language, read on
//! every step; Russian grammar around names; numbers typed the Russian way; plural counts.

use crm_e2e::pages::{Shell, StrategyPage};
use crm_e2e::{Browser, Options};

use crate::stakeholders::open_example;

/// Every page a user walks through.
const PAGES: [&str; 6] = crm_e2e::pages::STEPS;

/// Latin words a Russian page may show: names of things, currency codes, names of formats and
/// products as their makers write them, and the language switch's own names.
const LATIN_IN_RUSSIAN: [&str; 24] = [
    "CSV",
    "Excel",
    "LibreOffice",
    "ics",
    "Google",
    "Outlook",
    "Markdown",
    "PDF",
    "UZS",
    "USD",
    "EUR",
    "RUB",
    "KZT",
    "Alt",
    "CRM",
    "KPI",
    "JSON",
    "Uzcard",
    "Humo",
    "English",
    "Oʻzbekcha",
    "Ctrl",
    "Shift",
    "Z",
];

/// Common English words of this interface that Uzbek never uses: one of them on an Uzbek page
/// means a text was left in English.
const ENGLISH_ONLY: [&str; 40] = [
    "the",
    "and",
    "of",
    "to",
    "is",
    "for",
    "with",
    "your",
    "this",
    "add",
    "step",
    "plan",
    "plans",
    "goal",
    "goals",
    "task",
    "tasks",
    "open",
    "close",
    "delete",
    "name",
    "not",
    "yes",
    "save",
    "saved",
    "undo",
    "redo",
    "search",
    "new",
    "edit",
    "show",
    "who",
    "what",
    "which",
    "stakeholder",
    "stakeholders",
    "strategy",
    "overview",
    "owner",
    "deadline",
];

async fn browser_in(lang: &'static str) -> Browser {
    Browser::with(Options {
        lang,
        ..Options::default()
    })
    .await
}

/// The words of the visible page (headings, labels, the plan's content, findings).
async fn page_words(b: &Browser, page: &str) -> Vec<String> {
    b.open(page).await;
    b.wait_for("#step-title").await;
    let text = b.js("return document.body.innerText").await;
    text.as_str()
        .unwrap_or_default()
        .split(|c: char| !(c.is_alphanumeric() || c == 'ʻ' || c == 'ʼ'))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn the_russian_example_shows_no_english_on_any_step() {
    let b = browser_in("ru-RU").await;
    open_example(&b).await;
    assert!(b.text("#plan-name").await.contains("Внедрение CRM"));
    for page in PAGES {
        let latin: Vec<String> = page_words(&b, page)
            .await
            .into_iter()
            .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
            .filter(|w| !LATIN_IN_RUSSIAN.contains(&w.as_str()))
            .collect();
        assert!(latin.is_empty(), "{page}: Latin words {latin:?}");
    }
    b.finish().await;
}

#[tokio::test]
async fn the_uzbek_example_shows_no_english_on_any_step() {
    let b = browser_in("uz-UZ").await;
    open_example(&b).await;
    for page in PAGES {
        let words = page_words(&b, page).await;
        let english: Vec<&String> = words
            .iter()
            .filter(|w| ENGLISH_ONLY.contains(&w.to_lowercase().as_str()))
            .collect();
        assert!(english.is_empty(), "{page}: English words {english:?}");
        let cyrillic: Vec<&String> = words
            .iter()
            .filter(|w| w.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)))
            .filter(|w| w.as_str() != "Русский")
            .collect();
        assert!(cyrillic.is_empty(), "{page}: Cyrillic words {cyrillic:?}");
    }
    b.finish().await;
}

#[tokio::test]
async fn a_russian_check_puts_a_noun_before_the_area_name() {
    let b = browser_in("ru-RU").await;
    open_example(&b).await;
    b.open("#/goals").await;
    // Billing is out of scope in the example; bringing it in leaves it uncovered.
    b.select("#scope-orderBilling-decision", "in").await;
    b.wait_text(
        ".findings",
        "Область «Заказы и расчёты» входит в рамки внедрения, но ни одна цель её не охватывает.",
    )
    .await;
    b.finish().await;
}

#[tokio::test]
async fn a_number_typed_the_russian_way_is_stored_exactly() {
    let b = browser_in("ru-RU").await;
    open_example(&b).await;
    let page = StrategyPage(&b);
    page.open().await;
    let kpi = page.ids("kpi").await[0].clone();
    page.set("kpi", &kpi, "baseline", "1,25").await;
    b.click("#step-title").await;
    Shell(&b).wait_saved().await;
    let stored = b
        .js(&format!(
            "for (const k of Object.keys(localStorage)) {{ \
               if (!k.startsWith('crm-planner:plan:')) continue; \
               const p = JSON.parse(localStorage.getItem(k)).plan; \
               const kpi = p.strategy.kpis.find(x => x.id === '{kpi}'); \
               if (kpi) return kpi.baseline; }} return null"
        ))
        .await;
    assert_eq!(stored.as_f64(), Some(1.25));
    assert_eq!(b.value(&format!("#kpi-{kpi}-baseline")).await, "1,25");
    b.finish().await;
}

/// The Russian form of "task" after `n`, by the CLDR rule for whole numbers.
fn russian_tasks(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (1, h) if h != 11 => "задача",
        (2..=4, h) if !(12..=14).contains(&h) => "задачи",
        _ => "задач",
    }
}

#[tokio::test]
async fn task_counts_take_the_russian_plural_forms() {
    let b = browser_in("ru-RU").await;
    open_example(&b).await;
    b.open("#/plans").await;
    b.wait_for(".plan-meta .plan-tasks").await;
    let counts = b.texts(".plan-meta .plan-tasks").await;
    assert!(counts.len() >= 2, "{counts:?}");
    for text in &counts {
        let (number, word) = text.split_once(' ').unwrap_or_else(|| panic!("{text}"));
        let n: u64 = number.parse().unwrap_or_else(|_| panic!("{text}"));
        assert_eq!(word, russian_tasks(n), "{text}");
    }
    b.finish().await;
}
