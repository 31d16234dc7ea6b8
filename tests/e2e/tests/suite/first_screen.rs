//! The first screen before the WASM arrives (web/shell.html, web/shell.js): the app's own
//! header, steps and welcome (or the step's heading) in the interface language, drawn at once
//! and taken over by the app in place: nothing moves, nothing flashes, and the largest paint is
//! the first screen's.

use crm_e2e::{Browser, Cdp, Options};
use serde_json::json;

/// Every element of `root` that draws text of its own inside the window, with its box: the key
/// is its tag, class and text.
const BOXES: &str = r#"
window.crmBoxes = function (root) {
  const out = [];
  for (const el of root.querySelectorAll('*')) {
    const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
    if (!own || !el.checkVisibility({ visibilityProperty: true })) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.bottom <= 0 || r.top >= innerHeight) continue;
    out.push({ key: el.tagName + '.' + (el.getAttribute('class') || '') + '|' + own, x: r.x, y: r.y, w: r.width, h: r.height });
  }
  return out;
};
window.crmShifts = 0;
new PerformanceObserver(list => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.crmShifts += e.value;
}).observe({ type: 'layout-shift', buffered: true });
window.crmPaints = [];
new PerformanceObserver(list => {
  for (const e of list.getEntries()) window.crmPaints.push(e.startTime);
}).observe({ type: 'largest-contentful-paint', buffered: true });
"#;

/// With the WASM held back, checks the first screen at the current address (`frame`: a
/// returning visit, whose plan only the app knows), then lets the WASM through and checks that
/// the app took it over in place.
async fn drawn_then_taken_over(b: &Browser, lang: &str, frame: bool) {
    let shell = if frame {
        ".shell.frame"
    } else {
        ".shell:not(.frame)"
    };
    b.wait_for(&format!("{shell} .step-header h1")).await;
    assert!(
        b.client
            .find(fantoccini::Locator::Css("#step-title"))
            .await
            .is_err(),
        "the app is not there yet"
    );
    assert!(
        b.js_true(&format!(
            "return document.querySelector('.shell').inert && document.documentElement.lang === '{lang}'"
        ))
        .await,
        "the first screen is inert and in the interface language"
    );
    b.js(BOXES).await;
    // The painted boxes, and the moment the WASM is let through.
    b.js("window.crmBefore = crmBoxes(document.querySelector('.shell')); window.crmReleased = performance.now();")
        .await;
    let drawn = b.js("return crmBefore.length").await.as_u64().unwrap_or(0);
    assert!(
        drawn >= 8,
        "the first screen draws the frame and the page: {drawn} texts"
    );
    b.hold_wasm(false);
    b.wait_for("#step-title").await;
    b.wait_gone(".shell, template[id^=shell-]").await;
    b.js("window.crmFrames = 0; requestAnimationFrame(() => requestAnimationFrame(() => { window.crmFrames = 1; }));")
        .await;
    b.wait_until("two frames after the mount", || {
        b.js_true("return window.crmFrames === 1")
    })
    .await;
    let moved = b
        .js_strings(
            "const now = crmBoxes(document.body);\
             return crmBefore.filter(o => !now.some(n => n.key === o.key && Math.abs(n.x - o.x) < 1 && \
               Math.abs(n.y - o.y) < 1 && Math.abs(n.w - o.w) < 1 && Math.abs(n.h - o.h) < 1))\
               .map(o => { const n = now.find(n => n.key === o.key); \
                 const at = b => `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.w)}x${Math.round(b.h)}`; \
                 return `${o.key} at ${at(o)}, ` + (n ? `now at ${at(n)}` : 'now gone'); });",
        )
        .await;
    assert!(
        moved.is_empty(),
        "the app drew these texts of the first screen elsewhere or not at all: {moved:#?}"
    );
    let shifts = b.js("return crmShifts").await.as_f64().unwrap_or(1.0);
    assert!(shifts < 0.01, "the mount shifted the layout: {shifts}");
    let late = b.js("return crmPaints.filter(t => t > crmReleased)").await;
    let paints = b.js("return crmPaints").await;
    assert_eq!(
        late,
        json!([]),
        "the largest paint must be the first screen's, not the app's: {paints}"
    );
}

#[tokio::test]
async fn a_first_visit_sees_the_welcome_before_the_wasm_and_the_app_takes_it_over_in_place() {
    for (lang, width) in [("ru-RU", 390), ("uz-UZ", 1280), ("en-US", 390)] {
        let b = Browser::with(Options {
            lang,
            width,
            own_server: true,
            ..Options::default()
        })
        .await;
        b.hold_wasm(true);
        b.navigate("#/").await;
        b.wait_for(".shell:not(.frame) .welcome").await;
        drawn_then_taken_over(&b, &lang[..2], false).await;
        b.wait_for("#welcome").await;
        b.finish().await;
    }
}

#[tokio::test]
async fn a_returning_visit_sees_its_plans_name_and_steps_and_never_a_stale_one() {
    let b = Browser::with(Options {
        lang: "uz-UZ",
        width: 390,
        own_server: true,
        ..Options::default()
    })
    .await;
    b.open("#/profile").await;
    b.type_into("#profile-name", "Fargʻona savdo").await;
    b.wait_until("the name noted for the next visit", || {
        b.js_true("return (localStorage.getItem('crm-planner:first-screen') || '').includes('Fargʻona savdo')")
    })
    .await;
    // The WASM as if never fetched: past the HTTP cache and the service worker.
    for (cmd, params) in [
        ("Network.enable", json!({})),
        ("Network.setCacheDisabled", json!({ "cacheDisabled": true })),
        ("Network.setBypassServiceWorker", json!({ "bypass": true })),
    ] {
        b.client
            .issue_cmd(Cdp { cmd, params })
            .await
            .expect("DevTools");
    }
    b.hold_wasm(true);
    b.navigate("#/stakeholders").await;
    b.client.refresh().await.expect("reload");
    b.wait_for(".shell:not(.frame) .step-header h1").await;
    let shown = b
        .js_strings(
            "return [document.querySelector('.shell h1').textContent, \
             document.querySelector('.shell .plan-name').textContent, \
             document.querySelector('.shell .nav-link[aria-current=page]').getAttribute('href'), \
             document.querySelector('.shell .nav-link[href=\"#/profile\"] .nav-status').dataset.status]",
        )
        .await;
    assert_eq!(
        shown[1..],
        ["Fargʻona savdo", "#/stakeholders", "in-progress"],
        "the plan's name, the current step and the steps' status as the app noted them"
    );
    drawn_then_taken_over(&b, "uz", false).await;
    assert_eq!(shown[0], b.text("#step-title").await, "the step's heading");
    assert_eq!(b.text("#plan-name").await, "Fargʻona savdo");

    b.finish().await;
}

#[tokio::test]
async fn without_the_apps_note_in_this_language_the_kept_plans_name_and_status_stay_blank() {
    let b = Browser::with(Options {
        lang: "ru-RU",
        width: 390,
        own_server: true,
        ..Options::default()
    })
    .await;
    b.hold_wasm(true);
    b.navigate("#/goals").await;
    b.wait_for(".shell:not(.frame) .step-header h1").await;
    // A plan kept, and a note the app wrote in Uzbek.
    b.js("localStorage.setItem('crm-planner:current', 'p1'); \
          localStorage.setItem('crm-planner:first-screen', JSON.stringify({ lang: 'uz', name: 'Eski', blank: false, steps: {} }))")
        .await;
    b.client.refresh().await.expect("reload");
    b.wait_for(".shell.frame .step-header h1").await;
    assert!(
        b.js_true(
            "const s = document.querySelector('.shell'); \
             return getComputedStyle(s.querySelector('.plan-name')).visibility === 'hidden' \
               && getComputedStyle(s.querySelector('.nav-status')).visibility === 'hidden' \
               && !s.textContent.includes('Eski')"
        )
        .await,
        "the plan's name and the steps' status are left to the app"
    );
    b.hold_wasm(false);
    b.wait_for("#step-title").await;
    b.wait_gone(".shell").await;
    b.finish().await;
}

/// The committed first screen is what the app draws, in every language, and the build in
/// `dist/` carries it.
#[tokio::test]
async fn the_first_screen_is_the_apps_own_markup_and_texts() {
    let drawn = crm_e2e::shell::generate().await;
    let committed = std::fs::read_to_string(crm_e2e::shell::committed_path())
        .expect("web/shell.html is committed");
    assert!(
        drawn == committed,
        "web/shell.html no longer matches what the app draws: run `cargo run -p crm-e2e --bin \
         shell`, then build again (trunk build --release)"
    );
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist/index.html"),
    )
    .expect("dist/index.html");
    for template in committed.lines().filter(|l| l.starts_with("<template")) {
        assert!(
            page.contains(template),
            "dist/index.html lacks a template of web/shell.html: build again"
        );
    }
}
