//! Charts as a reader sees them: text that fits its chart and reads at its drawn size.

use crate::Browser;

/// The text of the charts on this page (but the timeline, which scrolls) that runs out of its
/// chart, is drawn under 10 px, or overlaps another of the chart's names, axes and scores.
const CHART_TEXT: &str = r#"
const out = [];
for (const svg of document.querySelectorAll('main svg[viewBox]')) {
  if (svg.closest('.timeline-frame, .timeline-scroll, .report-timeline') || svg.getClientRects().length === 0) continue;
  const box = svg.getBoundingClientRect();
  const scale = box.width / svg.viewBox.baseVal.width;
  const chart = svg.id ? '#' + svg.id : 'svg.' + svg.className.baseVal;
  const texts = [...svg.querySelectorAll('text')]
    .filter((t) => getComputedStyle(t).visibility !== 'hidden' && t.textContent.trim());
  for (const t of texts) {
    const r = t.getBoundingClientRect();
    if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
      out.push(chart + ': «' + t.textContent + '» runs out of the chart');
    }
    const px = parseFloat(getComputedStyle(t).fontSize) * scale;
    if (px < 10) out.push(chart + ': «' + t.textContent + '» is drawn at ' + px.toFixed(1) + ' px');
  }
  const frame = texts.filter((t) => t.matches('.quadrant-name, .quadrant-label, .axis-label, .axis, .tick'))
    .map((t) => [t, t.getBoundingClientRect()]);
  frame.forEach(([a, ra], i) => frame.slice(0, i).forEach(([b, rb]) => {
    const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
    const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
    if (x > 1 && y > 1) out.push(chart + ': «' + a.textContent + '» overlaps «' + b.textContent + '»');
  }));
}
return out;
"#;

pub async fn unreadable_text(b: &Browser) -> Vec<String> {
    b.js_strings(CHART_TEXT).await
}
