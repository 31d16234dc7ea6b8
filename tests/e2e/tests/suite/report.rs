//! The printable report: printed to PDF through the browser's own print (WebDriver's print
//! command) and read back with poppler's `pdftotext`; and on a phone's screen.

use std::collections::HashSet;

use crm_e2e::pdf::{pages, squeeze};
use crm_e2e::{Browser, Options, TempDir};
use fantoccini::wd::PrintSize;
use planner_core::file::format;
use planner_core::i18n::Lang;
use planner_core::Plan;

/// The example as the app opens it in English.
fn example() -> Plan {
    format::import(planner_core::example::json(Lang::En)).expect("the example imports")
}

/// Opens the example's report and waits for it.
async fn open_report(b: &Browser) {
    crate::stakeholders::open_example(b).await;
    b.click("#open-report").await;
    b.wait_for("#report[data-ready]").await;
}

/// The words of a text: split at whitespace and hyphens (where a line may break), punctuation
/// trimmed, lower case.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The sections' titles in English.
const SECTIONS: [&str; 6] = [
    "Step 1. Engage the key stakeholders",
    "Step 2. Define the CRM strategy",
    "Step 3. Define the implementation goals and set priorities",
    "Step 4. Develop the implementation plan",
    "What is still missing",
    "Method coverage",
];

/// Whether a line is a page's margin: the plan's name on top, "n / N" at the bottom (drawn
/// first, so `pdftotext -raw` reads them first).
fn is_margin(line: &str) -> bool {
    let numbers: Vec<&str> = line.split(" / ").collect();
    line == "CRM roll-out 2027"
        || (numbers.len() == 2 && numbers.iter().all(|n| n.parse::<u32>().is_ok()))
}

/// Whether a page starts with `title` (after its margins).
fn starts_a_page(pages: &[String], title: &str) -> bool {
    pages.iter().any(|p| {
        p.lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !is_margin(l))
            == Some(title)
    })
}

#[tokio::test]
async fn the_example_prints_with_a_cover_every_section_every_name_and_no_split_row() {
    let b = Browser::start().await;
    open_report(&b).await;
    let plan = example();
    let dir = TempDir::new("crm-report");
    let pdf = b.print_pdf(PrintSize::A4).await;
    assert!(pdf.starts_with(b"%PDF"), "not a PDF");
    let pages = pages(&pdf, &dir.0);
    assert!(pages.len() >= 6, "{} pages", pages.len());
    let whole = squeeze(&pages.join("\n"));

    // The cover: kicker, project, organisation, go-live, the report's date and each step's status.
    // (Compared in lower case: the stylesheet sets the kicker and table headers in capitals.)
    let cover = squeeze(&pages[0]).to_lowercase();
    for expected in [
        "CRM implementation plan",
        plan.profile.name.as_str(),
        plan.profile.organisation.as_str(),
        "go-live date",
        "Date of the report",
        "Where each step stands",
        "Step 4. Develop the implementation plan",
        "Contents",
    ] {
        let expected = expected.to_lowercase();
        assert!(cover.contains(&expected), "cover lacks {expected}: {cover}");
    }
    // No app chrome on paper.
    for chrome in [
        "Print / save as PDF",
        "Level of detail",
        "Saved in this browser",
        "Undo",
    ] {
        assert!(!whole.contains(chrome), "{chrome} is printed");
    }

    // Every section starts a page of its own, under its title.
    for title in SECTIONS {
        assert!(starts_a_page(&pages, title), "no page starts with {title}");
    }

    // The method coverage: every textbook demand met on the example, each with its evidence.
    assert!(
        whole.contains("11 of 11 textbook demands met (100 %)"),
        "no method coverage"
    );
    assert!(whole.contains(&squeeze("Define the key performance indicators.")));

    // Every stakeholder by name, and every task.
    for s in &plan.stakeholders {
        assert!(whole.contains(&s.name), "{} is missing", s.name);
    }
    for t in plan.plans.iter().flat_map(|p| &p.tasks) {
        assert!(
            whole.contains(&squeeze(&t.title)),
            "task {} is missing",
            t.title
        );
    }

    // The margins: the plan's name on top of every page, "n / N" at the bottom.
    let total = pages.len();
    for (i, page) in pages.iter().enumerate() {
        let lines: Vec<&str> = page.lines().map(str::trim).collect();
        assert!(
            lines.contains(&plan.profile.name.as_str()),
            "page {}: no plan name",
            i + 1
        );
        let number = format!("{} / {total}", i + 1);
        assert!(
            lines.contains(&number.as_str()),
            "page {}: no {number}",
            i + 1
        );
    }

    // No table row split across pages: each row's longest cell (expected results, concerns,
    // engagement: several lines each) has all its words on one page.
    let page_words: Vec<HashSet<String>> = pages
        .iter()
        .map(|p| words(p).into_iter().collect())
        .collect();
    let mut checked = 0;
    for s in &plan.stakeholders {
        let cell = [&s.expected_results, &s.concerns, &s.engagement]
            .into_iter()
            .max_by_key(|c| c.len())
            .cloned()
            .unwrap_or_default();
        if words(&cell).len() < 8 {
            continue;
        }
        checked += 1;
        let whole_on_one = page_words
            .iter()
            .any(|page| words(&cell).iter().all(|w| page.contains(w)));
        assert!(whole_on_one, "the row of {} is split across pages", s.name);
    }
    assert!(checked >= 5, "only {checked} rows could be checked");
    b.finish().await;
}

#[tokio::test]
async fn letter_paper_and_the_summary_print_too() {
    let b = Browser::start().await;
    open_report(&b).await;
    let plan = example();
    let dir = TempDir::new("crm-report-letter");
    let full = pages(&b.print_pdf(PrintSize::US_LETTER).await, &dir.0);
    let whole = squeeze(&full.join("\n"));
    for s in &plan.stakeholders {
        assert!(whole.contains(&s.name), "{} is missing on Letter", s.name);
    }

    // The summary: fewer pages, the key people still there, no task table.
    b.click("#report-detail-summary").await;
    b.wait_gone(".report-tasks").await;
    b.wait_for("#report[data-ready]").await;
    let summary = pages(&b.print_pdf(PrintSize::US_LETTER).await, &dir.0);
    assert!(
        summary.len() < full.len(),
        "{} vs {}",
        summary.len(),
        full.len()
    );
    let text = squeeze(&summary.join("\n"));
    let sponsor = plan
        .stakeholders
        .iter()
        .find(|s| s.sponsor)
        .expect("a sponsor");
    assert!(
        text.contains(&sponsor.name),
        "the sponsor is missing from the summary"
    );
    assert!(text.contains("Key stakeholders"));

    // Sections left out are not printed, and the cover's contents follow.
    b.click("#report-sections-stakeholders").await;
    b.click("#report-sections-checks").await;
    b.wait_gone("#report-stakeholders").await;
    b.wait_for("#report[data-ready]").await;
    let contents = b.texts(".report-contents li").await;
    assert_eq!(contents.len(), 4, "{contents:?}");
    let shorter = pages(&b.print_pdf(PrintSize::US_LETTER).await, &dir.0);
    assert!(!starts_a_page(&shorter, SECTIONS[0]));
    assert!(!starts_a_page(&shorter, SECTIONS[4]));
    assert!(starts_a_page(&shorter, SECTIONS[1]));
    b.finish().await;
}

#[tokio::test]
async fn the_report_reads_on_a_phone_without_sideways_scrolling() {
    let b = Browser::with(Options {
        width: 375,
        height: 800,
        ..Options::default()
    })
    .await;
    crate::stakeholders::open_example(&b).await;
    b.open("#/report").await;
    b.wait_for("#report[data-ready]").await;
    let facts = b
        .js(
            "const doc = document.documentElement;
             const small = [...document.querySelectorAll('#report p, #report li, #report td, #report th, #report dd, #report dt')]
               .filter(el => el.offsetParent && parseFloat(getComputedStyle(el).fontSize) < 12)
               .map(el => el.textContent.slice(0, 40));
             const outside = [...document.querySelectorAll('#report h1, #report h2, #report h3, #report p, #report dd')]
               .filter(el => el.getBoundingClientRect().right > doc.clientWidth + 1)
               .map(el => el.textContent.slice(0, 40));
             return { page: doc.scrollWidth, view: doc.clientWidth, small, outside,
                      size: parseFloat(getComputedStyle(document.querySelector('#report p')).fontSize) };",
        )
        .await;
    assert!(
        facts["page"].as_u64() <= facts["view"].as_u64(),
        "the page scrolls sideways: {facts}"
    );
    assert_eq!(facts["small"], serde_json::json!([]), "{facts}");
    assert_eq!(facts["outside"], serde_json::json!([]), "{facts}");
    assert!(facts["size"].as_f64().unwrap_or(0.0) >= 14.0, "{facts}");
    // The charts are drawn, each inside the page's width (the timeline scrolls in its figure),
    // and the grid is the phone's drawing, its names readable.
    assert!(b.texts("#report svg").await.len() >= 3);
    assert_eq!(b.attrs("#report .stakeholder-grid", "class").await.len(), 2);
    let names = b.js("return [...document.querySelectorAll('#report .grid-narrow .grid-point')].filter((p) => p.getBoundingClientRect().width > 0).length").await;
    assert!(names.as_u64().unwrap_or(0) > 10, "{names}");
    assert_eq!(
        crm_e2e::charts::unreadable_text(&b).await,
        Vec::<String>::new()
    );
    b.finish().await;
}

#[tokio::test]
async fn the_report_follows_the_language_and_its_contents_scroll_within_the_page() {
    let b = Browser::start().await;
    open_report(&b).await;
    crm_e2e::pages::Shell(&b).switch_language("ru").await;
    b.wait_until("the report in Russian", || async {
        b.text(".report-kicker").await.to_lowercase() == "план внедрения crm"
    })
    .await;
    assert!(b.text("#report-status").await.contains("Шаг 1."));
    b.wait_for("#report[data-ready]").await;
    b.click(".report-contents li:nth-child(4) a").await;
    // Still on the report, the plans' section in view.
    assert_eq!(b.js("return location.hash").await, "#/report");
    b.wait_until("the section scrolled into view", || async {
        b.js("return Math.abs(document.querySelector('#report-plans').getBoundingClientRect().top) < 5")
            .await
            == serde_json::json!(true)
    })
    .await;
    b.finish().await;
}
