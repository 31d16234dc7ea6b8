//! Phones: at 375 px, in Russian and Uzbek, no word is cut in the middle. Browsers without a
//! Russian or Uzbek hyphenation dictionary (Chromium on Linux, for one) cut long words with no
//! hyphen when a column is too narrow, so narrow screens must be laid out to need no cuts.

use crm_e2e::pages::DataPage;
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
    b.js(BROKEN_WORDS)
        .await
        .as_array()
        .map(|words| {
            words
                .iter()
                .filter_map(|w| w.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
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
    b.click("#import-confirm").await;
    b.wait_gone("#import-confirm").await;
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
        for word in broken_words(&b).await {
            cut.push(format!("{step}: {word}"));
        }
    }
    assert!(
        cut.is_empty(),
        "words cut in the middle at 375 px in {lang}:\n{}",
        cut.join("\n")
    );
    b.finish().await;
}

#[tokio::test]
async fn no_word_is_cut_on_a_phone_in_russian() {
    no_word_is_cut_on_a_phone_in("ru-RU", "tashkent-bank.ru.crmplan.json").await;
}

#[tokio::test]
async fn no_word_is_cut_on_a_phone_in_uzbek() {
    no_word_is_cut_on_a_phone_in("uz-UZ", "tashkent-bank.uz.crmplan.json").await;
}
