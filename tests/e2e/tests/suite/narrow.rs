//! Phones: at 375 px, in Russian and Uzbek, no word is cut in the middle, nothing makes the
//! page wider than the screen, and the charts fit with their text readable. Browsers without a
//! Russian or Uzbek hyphenation dictionary (Chromium on Linux, for one) cut long words with no
//! hyphen when a column is too narrow, so narrow screens must be laid out to need no cuts.

use crm_e2e::pages::{DataPage, STEPS};
use crm_e2e::{Browser, Options};

/// Every visible word on the page drawn on more than one line, with where it is. Words are
/// split at spaces and after hyphens and slashes, where a line may break. Asking for the
/// rectangles lays out the cards that `content-visibility: auto` skips off screen too.
const BROKEN_WORDS: &str = r#"
const hidden = new Map();
const clipped = (el) => {
  if (!el || el === document.body) return false;
  if (hidden.has(el)) return hidden.get(el);
  const s = getComputedStyle(el);
  const result = s.clipPath !== 'none' || (s.clip && s.clip !== 'auto') || s.display === 'none'
    || el.closest('svg') !== null || clipped(el.parentElement);
  hidden.set(el, result);
  return result;
};
const broken = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const range = document.createRange();
while (walker.nextNode()) {
  const node = walker.currentNode;
  const el = node.parentElement;
  if (!el || clipped(el) || el.getClientRects().length === 0) continue;
  const re = /[^\s\-\u2010\u2011\u2013\u2014\/]+[\-\u2010\u2011\u2013\u2014\/]?/g;
  let m;
  while ((m = re.exec(node.data))) {
    // The letters only: a line may break after a trailing hyphen or slash.
    const letters = m[0].replace(/[\-\u2010\u2011\u2013\u2014\/]$/, '');
    if (letters.trim().length < 2) continue;
    range.setStart(node, m.index);
    range.setEnd(node, m.index + letters.length);
    const lines = new Set([...range.getClientRects()]
      .filter((r) => r.width > 0)
      .map((r) => Math.round(r.top)));
    if (lines.size > 1) broken.push(m[0] + ' (in ' + (el.id ? '#' + el.id : el.tagName.toLowerCase() + '.' + el.className) + ')');
  }
}
return broken;
"#;

async fn broken_words(b: &Browser) -> Vec<String> {
    b.js_strings(BROKEN_WORDS).await
}

/// The boxes that scroll sideways on this page, but for those made to: wide tables, the
/// timeline, the navigator's, the tabs' and step 2's contents strips. The charts fit.
const SIDEWAYS: &str = r#"
const made = '.table-scroll, .timeline-frame, .timeline-scroll, .navigator, .tabs, .section-toc ol';
return [...document.querySelectorAll('body *')]
  .filter((e) => e.scrollWidth > e.clientWidth + 1)
  .filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
  .filter((e) => !e.matches(made))
  .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + String(e.className.baseVal ?? e.className).replace(/ /g, '.'));
"#;

async fn sideways(b: &Browser) -> Vec<String> {
    b.js_strings(SIDEWAYS).await
}

/// The page's width and the screen's, in CSS pixels.
async fn page_width(b: &Browser) -> (i64, i64) {
    let v = b
        .js("const d = document.documentElement; return [d.scrollWidth, d.clientWidth]")
        .await;
    (v[0].as_i64().unwrap_or(0), v[1].as_i64().unwrap_or(0))
}

async fn no_word_is_cut_on_a_phone_in(lang: &'static str, example: &str) {
    let b = Browser::with(Options {
        lang,
        width: 375,
        height: 800,
        ..Options::default()
    })
    .await;
    b.open("#/").await;
    // The import preview, over an empty plan.
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(example);
    DataPage(&b).preview(&file).await;
    let mut cut = Vec::new();
    for word in broken_words(&b).await {
        cut.push(format!("import preview: {word}"));
    }
    for scroller in sideways(&b).await {
        cut.push(format!("import preview: {scroller} scrolls sideways"));
    }
    b.click("#import-confirm").await;
    b.wait_gone("#import-confirm").await;
    crm_e2e::pages::Shell(&b).fold_actions().await;
    for step in [
        "#/profile",
        "#/stakeholders",
        "#/strategy",
        "#/goals",
        "#/plans",
        "#/",
    ] {
        b.open(step).await;
        b.wait_for("main .card").await;
        // Each tab of a tabbed view (step 1's grid, gap and activities) in turn.
        for tab in 0..b.tab_count().await {
            let at = b.show_tab(step, tab).await;
            for word in broken_words(&b).await {
                cut.push(format!("{at}: {word}"));
            }
            let (page, screen) = page_width(&b).await;
            if page > screen {
                cut.push(format!(
                    "{at}: the page is {page} px wide on a {screen} px screen"
                ));
            }
            for scroller in sideways(&b).await {
                cut.push(format!("{at}: {scroller} scrolls sideways"));
            }
            for text in crm_e2e::charts::unreadable_text(&b).await {
                cut.push(format!("{at}: {text}"));
            }
        }
    }
    assert!(
        cut.is_empty(),
        "at 375 px in {lang}, words cut in the middle or boxes wider than the screen:\n{}",
        cut.join("\n")
    );
    b.finish().await;
}

#[tokio::test]
async fn no_word_is_cut_nor_the_page_widened_on_a_phone_in_russian() {
    no_word_is_cut_on_a_phone_in("ru-RU", "tashkent-bank.ru.crmplan.json").await;
}

#[tokio::test]
async fn no_word_is_cut_nor_the_page_widened_on_a_phone_in_uzbek() {
    no_word_is_cut_on_a_phone_in("uz-UZ", "tashkent-bank.uz.crmplan.json").await;
}

#[tokio::test]
async fn the_grid_is_drawn_for_the_width_it_has() {
    let b = Browser::with(Options {
        width: 1280,
        height: 900,
        ..Options::default()
    })
    .await;
    crate::stakeholders::open_example(&b).await;
    b.open("#/stakeholders").await;
    b.wait_for("#stakeholder-grid .grid-point").await;
    assert_eq!(b.attr("#stakeholder-grid", "viewBox").await, "0 0 640 560");
    let points = b.attrs("#stakeholder-grid .grid-point", "data-id").await;
    // Narrowed to a phone's width, the grid redraws in the narrow drawing: every point again,
    // the quadrants' names inside their quadrants, nothing sideways.
    b.resize(375, 800).await;
    b.wait_until("the narrow grid", || async {
        b.attr("#stakeholder-grid", "class")
            .await
            .contains("narrow")
    })
    .await;
    assert_eq!(b.attr("#stakeholder-grid", "viewBox").await, "0 0 304 476");
    assert_eq!(
        b.attrs("#stakeholder-grid .grid-point", "data-id").await,
        points
    );
    assert_eq!(
        b.texts("#stakeholder-grid .quadrant-name").await,
        [
            "Keep satisfied",
            "Manage closely",
            "Monitor",
            "Keep informed"
        ]
    );
    assert_eq!(sideways(&b).await, Vec::<String>::new());
    assert_eq!(
        crm_e2e::charts::unreadable_text(&b).await,
        Vec::<String>::new()
    );
    // And back.
    b.resize(1280, 900).await;
    b.wait_until("the wide grid", || async {
        b.attr("#stakeholder-grid", "viewBox").await == "0 0 640 560"
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn on_a_phone_the_header_is_one_line_with_its_actions_in_a_menu() {
    let b = Browser::with(Options {
        lang: "ru",
        width: 390,
        height: 844,
        ..Options::default()
    })
    .await;
    crate::stakeholders::open_example(&b).await;
    let visible = |css: &'static str| {
        let b = &b;
        async move {
            b.js(&format!(
                "const e = document.querySelector('{css}'); return !!e && e.offsetParent !== null"
            ))
            .await
            .as_bool()
                == Some(true)
        }
    };
    for step in STEPS.into_iter().chain(["#/report", "#/method"]) {
        b.open(step).await;
        let height = b
            .js("return document.querySelector('.app-header').getBoundingClientRect().height")
            .await
            .as_f64()
            .unwrap_or(f64::MAX);
        assert!(
            height <= 844.0 * 0.15,
            "{step}: the header is {height} px of an 844 px screen"
        );
    }
    // The actions are one tap away, and Escape folds them back.
    assert!(!visible("#export-button").await);
    b.click("#header-menu-button").await;
    b.wait_for("#header-actions.open").await;
    assert!(visible("#export-button").await);
    assert!(visible("#lang-select").await);
    b.keys("#lang-select", "\u{E00C}").await;
    b.wait_gone("#header-actions.open").await;
    assert_eq!(b.focused().await, "header-menu-button");
    b.finish().await;
}
