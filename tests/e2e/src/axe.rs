//! axe-core, the accessibility checker (pinned in tools/package.json), run in the page under
//! test: each violation it finds, every impact level, as one line naming the rule and where.

use std::sync::OnceLock;

use crate::Browser;

/// axe's script, read once from tools/node_modules (scripts/setup.sh installs it).
fn source() -> &'static str {
    static SOURCE: OnceLock<String> = OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tools/node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "axe-core is missing at {} ({e}): run scripts/setup.sh --test",
                path.display()
            )
        })
    })
}

/// Runs axe over the whole page as it stands and returns its violations, one line each, with
/// every rule axe enables by default and its WCAG 2.2 `target-size` (2.5.8: 24 px targets),
/// which it leaves off by default:
/// `rule (impact): help — up to five places`. WebDriver runs the script past the page's
/// Content-Security-Policy, so the app's own policy stays as strict as shipped.
pub async fn violations(b: &Browser) -> Vec<String> {
    if !b.js_true("return typeof window.axe === 'object'").await {
        b.js(&format!("{}\n;return true;", source())).await;
    }
    let result = b
        .client
        .execute_async(
            r#"
const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } })
  .then((r) => done(r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ` +
    v.nodes.slice(0, 5).map((n) => n.target.join(' ') + (n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}]` : '')).join('; ') +
    (v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : ''))))
  .catch((e) => done([`axe failed: ${e}`]));
"#,
            vec![],
        )
        .await
        .unwrap_or_else(|e| panic!("axe did not run: {e}"));
    crate::strings(&result)
}
