//! The first screen the page draws before the WASM arrives (`web/shell.html`, drawn by
//! `web/shell.js`): captured here from the running app itself, so that it is the app's own
//! markup and texts, never a hand-made likeness. `cargo run -p crm-e2e --bin shell` writes the
//! file; the suite's `shell` tests fail when it no longer matches what the app draws.

use crate::{Browser, Options};

/// The committed templates.
pub fn committed_path() -> std::path::PathBuf {
    crate::repo_root().join("web/shell.html")
}

/// The languages, as the browser names them and as the templates' ids do.
pub const LANGS: [(&str, &str); 3] = [("en-US", "en"), ("ru-RU", "ru"), ("uz-UZ", "uz")];

/// A copy of an element as the eye sees it: without what would clash with the app (ids and
/// the attributes that point at them, autofocus), without what only assistive technology or a
/// pointer reads (the first screen is inert: the app, once there, is what they use), without
/// Leptos's comment markers, and with each `<select>`'s chosen option written as an attribute
/// (the app sets it as a property, which `outerHTML` does not show). The stylesheets' attribute
/// selectors (aria-current, aria-selected, aria-pressed, role, type, data-*) keep theirs.
/// `window.crmClean(el)` returns the copy's HTML.
const CLEAN: &str = r#"
window.crmClean = function (node, shallow) {
  const copy = node.cloneNode(!shallow);
  const from = [node, ...node.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  to.forEach((el, i) => {
    if (el.tagName === 'OPTION') {
      if (from[i].selected) el.setAttribute('selected', ''); else el.removeAttribute('selected');
    }
    for (const a of [...el.getAttributeNames()]) {
      const kept = !a.startsWith('aria-') || ['aria-current', 'aria-selected', 'aria-pressed'].includes(a);
      if (!kept || ['id', 'for', 'title', 'autofocus', 'tabindex', 'accept'].includes(a)) el.removeAttribute(a);
    }
  });
  // Nothing the eye sees: the file inputs, the texts for screen readers only.
  copy.querySelectorAll('input[type=file], .visually-hidden').forEach(el => el.remove());
  const walk = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const dead = [];
  while (walk.nextNode()) dead.push(walk.currentNode);
  dead.forEach(c => c.remove());
  return copy.outerHTML;
};
"#;

/// The templates of one language, as the app draws them on a first visit: the frame (header,
/// steps, an empty main), the welcome, and each step's heading.
pub async fn capture(b: &Browser, lang: &str) -> String {
    b.open("#/").await;
    b.wait_for("#welcome").await;
    b.js(CLEAN).await;
    let frame = b
        .js("const h = crmClean(document.querySelector('.app-header'));\
             const n = crmClean(document.querySelector('.navigator'));\
             return h + '<div class=\"layout\">' + n + '<main></main></div>';")
        .await;
    let home = b
        .js("return crmClean(document.querySelector('#welcome'));")
        .await;
    let mut out = format!(
        "<template id=\"shell-{lang}\">{}</template>\n<template id=\"shell-{lang}-home\">{}</template>\n",
        frame.as_str().unwrap_or_default(),
        home.as_str().unwrap_or_default()
    );
    for step in planner_core::steps::StepId::ALL {
        let slug = step.slug();
        b.open(&format!("#/{slug}")).await;
        let shown = format!(
            "return !!document.querySelector('.step-header .step-number') && \
             document.querySelector('.nav-link[aria-current=page]')?.getAttribute('href') === '#/{slug}'"
        );
        b.wait_until(&format!("the {slug} step"), || b.js_true(&shown))
            .await;
        let heading = b
            .js("const a = document.querySelector('article.step');\
                 const h = a.querySelector(':scope > .step-header');\
                 return crmClean(a, true).replace('</article>', crmClean(h) + '</article>');")
            .await;
        out.push_str(&format!(
            "<template id=\"shell-{lang}-{slug}\">{}</template>\n",
            heading.as_str().unwrap_or_default()
        ));
    }
    out
}

/// The whole file: a note for its readers, then each language's templates.
pub async fn generate() -> String {
    let mut out = String::from(
        "<!-- The first screen, drawn before the WASM arrives (web/shell.js, scripts/shell.py).\n     \
         Written by `cargo run -p crm-e2e --bin shell` from the app itself: do not edit. -->\n",
    );
    for (browser_lang, lang) in LANGS {
        let b = Browser::with(Options {
            lang: browser_lang,
            ..Options::default()
        })
        .await;
        out.push_str(&capture(&b, lang).await);
        b.finish().await;
    }
    out
}
