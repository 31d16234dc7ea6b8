//! What axe cannot see of WCAG 2.2 AA: the focus ring on every control the Tab key reaches, and
//! motion. (Target sizes, 2.5.8, are axe's `target-size` rule, which `crm_e2e::axe` turns on;
//! heading order is its `heading-order`.)

use crm_e2e::pages::STEPS;
use crm_e2e::{Browser, Options};

use crate::keyboard::{press, TAB};

/// For the focused element: `ok`, or what is wrong with its focus indicator. An HTML control
/// (and a chart's own `<svg>`) needs an outline at least 2 px wide in a colour with 3:1
/// contrast against what is behind it (WCAG 1.4.11, 2.4.7); a control inside a chart (a grid
/// point, a timeline bar) a stroke at least 2 px wide in such a colour on one of its shapes.
const RING: &str = r#"
const el = document.activeElement;
const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
const lum = ([r, g, b]) => {
  const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
const behind = (node) => {
  for (let n = node.parentElement; n; n = n.parentElement) {
    const c = rgb(getComputedStyle(n).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
  }
  return rgb(getComputedStyle(document.documentElement).backgroundColor).slice(0, 3);
};
const name = (el.id ? '#' + el.id : el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '')) ;
if (!el || el === document.body) return 'ok';
let width, colour;
if (el instanceof SVGElement && el.ownerSVGElement) {
  // The widest stroke among its shapes is the ring (a focused bar's, a point's circle).
  const shapes = el.matches('circle, rect, path, polygon') ? [el] : [...el.querySelectorAll('circle, rect, path, polygon')];
  width = 0;
  colour = [0, 0, 0];
  for (const shape of shapes) {
    const cs = getComputedStyle(shape);
    const w = cs.stroke === 'none' ? 0 : parseFloat(cs.strokeWidth);
    if (w > width) { width = w; colour = rgb(cs.stroke); }
  }
} else {
  const cs = getComputedStyle(el);
  width = cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth);
  colour = rgb(cs.outlineColor);
}
if (!(width >= 2)) return `${name}: no focus ring (${width} px)`;
const ratio = contrast(colour.slice(0, 3), behind(el));
return ratio >= 3 ? 'ok' : `${name}: focus ring contrast ${ratio.toFixed(2)}:1`;
"#;

/// Tabs through the page from its top, up to `stops` controls or until the focus comes round,
/// and gives what is wrong with each control's focus ring.
async fn rings(b: &Browser, page: &str, stops: usize) -> Vec<String> {
    b.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
        .await;
    let mut found = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for _ in 0..stops {
        press(b, TAB).await;
        let key = b
            .js("const e = document.activeElement; return e ? (e.id || e.outerHTML.slice(0, 120)) : ''")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned();
        if !seen.insert(key) {
            break;
        }
        let verdict = b.js(RING).await;
        if let Some(problem) = verdict.as_str().filter(|v| *v != "ok") {
            found.push(format!("{page}: {problem}"));
        }
    }
    found
}

#[tokio::test]
async fn every_control_the_tab_key_reaches_shows_a_focus_ring_in_both_schemes() {
    for dark in [false, true] {
        let b = Browser::with(Options {
            width: 1280,
            ..Options::default()
        })
        .await;
        if dark {
            b.emulate_media("prefers-color-scheme", "dark").await;
        }
        b.open("#/").await;
        let mut found = rings(&b, "welcome", 60).await;
        b.click("#welcome-example").await;
        b.wait_gone("#welcome").await;
        for page in STEPS {
            b.open(page).await;
            b.wait_for("main .card").await;
            // Each tab of a tabbed view (step 1's grid, gap and activities) in turn.
            for tab in 0..b.tab_count().await {
                let at = b.show_tab(page, tab).await;
                found.extend(rings(&b, &at, 150).await);
            }
        }
        assert!(
            found.is_empty(),
            "controls without a visible focus ring ({} scheme):\n{}",
            if dark { "dark" } else { "light" },
            found.join("\n")
        );
        b.finish().await;
    }
}

/// Nothing in the app moves: no transition, animation or smooth scrolling, so a user who asks
/// for reduced motion has it everywhere. Any motion added later must sit inside
/// `@media (prefers-reduced-motion: no-preference)`: this test reads every stylesheet for it.
#[tokio::test]
async fn nothing_moves_unless_the_user_allows_motion() {
    let style = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../style");
    let mut moving = Vec::new();
    for entry in std::fs::read_dir(&style).expect("style/") {
        let path = entry.expect("entry").path();
        let css = std::fs::read_to_string(&path).expect("a stylesheet");
        // The text outside every `@media (prefers-reduced-motion: no-preference)` block.
        let mut outside = String::new();
        let mut rest = css.as_str();
        while let Some(at) = rest.find("@media (prefers-reduced-motion: no-preference)") {
            outside.push_str(&rest[..at]);
            let block = &rest[at..];
            let mut depth = 0;
            let mut end = block.len();
            for (i, c) in block.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = i + 1;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            rest = &block[end..];
        }
        outside.push_str(rest);
        for word in [
            "transition",
            "animation",
            "@keyframes",
            "scroll-behavior: smooth",
        ] {
            if outside.contains(word) {
                moving.push(format!("{}: {word}", path.display()));
            }
        }
    }
    assert!(
        moving.is_empty(),
        "motion outside @media (prefers-reduced-motion: no-preference):\n{}",
        moving.join("\n")
    );

    // And in the running app, under "reduce": with the header menu open and on each of step 1's
    // tabs, nothing animates.
    let b = Browser::with(Options {
        width: 390,
        ..Options::default()
    })
    .await;
    b.emulate_media("prefers-reduced-motion", "reduce").await;
    b.open("#/").await;
    b.click("#welcome-example").await;
    b.wait_gone("#welcome").await;
    b.click("#header-menu-button").await;
    b.wait_for("#header-actions.open").await;
    b.open("#/stakeholders").await;
    for tab in 0..b.tab_count().await {
        b.show_tab("#/stakeholders", tab).await;
        assert!(
            b.js_true("return document.getAnimations().length === 0 && \
                 [...document.querySelectorAll('*')].every(e => { const s = getComputedStyle(e); \
                   return s.transitionDuration.split(',').every(d => parseFloat(d) === 0) && s.scrollBehavior !== 'smooth'; })")
                .await,
            "something moves on step 1, tab {tab}"
        );
    }
    b.finish().await;
}

/// A refused value is said beside its field, in a live region (`role="alert"`), and tied to
/// the field by `aria-describedby` and `aria-invalid`, which go when the value is fixed: a
/// screen reader hears the message when it appears and again on returning to the field.
#[tokio::test]
async fn a_refused_value_is_announced_and_tied_to_its_field() {
    let b = Browser::with(Options {
        lang: "ru-RU",
        ..Options::default()
    })
    .await;
    b.open("#/profile").await;
    b.type_into("#profile-name", "Ферганский филиал").await;
    b.type_into("#profile-name", "").await;
    b.wait_until("a message beside the field", || async {
        !b.text("#profile-name-error").await.is_empty()
    })
    .await;
    let tied = b
        .js_strings(
            "const f = document.getElementById('profile-name'), e = document.getElementById('profile-name-error'); \
             return [f.getAttribute('aria-invalid'), f.getAttribute('aria-describedby'), e.getAttribute('role'), \
                     String(e.textContent === document.getElementById(f.getAttribute('aria-describedby')).textContent)]",
        )
        .await;
    assert_eq!(tied, ["true", "profile-name-error", "alert", "true"]);
    b.type_into("#profile-name", "Ферганский филиал").await;
    b.wait_until("the message to go", || async {
        b.text("#profile-name-error").await.is_empty()
    })
    .await;
    let fixed = b
        .js_strings(
            "const f = document.getElementById('profile-name'); \
             return [String(f.getAttribute('aria-invalid')), String(f.getAttribute('aria-describedby'))]",
        )
        .await;
    assert_eq!(
        fixed,
        ["false", "null"],
        "nothing left to read once the value is valid"
    );
    b.finish().await;
}
