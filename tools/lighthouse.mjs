// Lighthouse (pinned in package.json) against the release build in dist/, served the way a
// plain static host serves it: the files as they are, gzip when the browser asks for it, the
// README's Cache-Control headers, no fallback to index.html.
//
// Two pages in each mode (mobile, then desktop):
//   - the first screen of a first visit (fresh storage);
//   - the step with the largest DOM once the worked example is open: found here by counting
//     the elements of every step, then measured as a returning visit (storage kept), the only
//     way a plan with content is ever opened.
// Each page is measured RUNS times and its median run counts. Each of the four categories must
// score at least 95 (MIN_SCORE). Prints the scores and the
// metrics, writes each report to target/lighthouse/, and exits 1 below the bar.
//
//   node tools/lighthouse.mjs          (scripts/test.sh runs it after the e2e suite)
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

import lighthouse, { desktopConfig, generateReport } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import puppeteer from "puppeteer-core";

const MIN_SCORE = 95;
// Lighthouse's own advice for the variance of its performance score: the median of several
// runs (computeMedianRun picks the run nearest the median first paint and interactive time).
const RUNS = 3;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dist = path.join(root, "dist");
const out = path.join(root, "target", "lighthouse");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};
const COMPRESSIBLE = new Set([".html", ".js", ".wasm", ".css", ".json", ".webmanifest", ".svg"]);

function serve() {
  const gzipped = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (!file.startsWith(dist)) return res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) return res.writeHead(404).end("not found");
    const ext = path.extname(file);
    // As the README asks of a host: hashed names and versioned catalogs kept for good, the rest
    // (index.html, sw.js, the manifests) asked again each time.
    const hashed = /-[0-9a-f]{12,16}[._/]/.test(url.pathname) || url.search.startsWith("?v=");
    const headers = {
      "Content-Type": TYPES[ext] || "application/octet-stream",
      "Cache-Control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
    };
    let body = fs.readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
      if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(body, { level: 9 }));
      body = gzipped.get(file);
      headers["Content-Encoding"] = "gzip";
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/// The step whose page has the most elements with the example open, and that count.
async function largestStep(page, base) {
  await page.goto(base + "#/", { waitUntil: "load" });
  await page.waitForSelector("#welcome-example, #step-title");
  if (await page.$("#welcome-example")) {
    await page.click("#welcome-example");
    await page.waitForFunction(() => !document.querySelector("#welcome"));
  }
  let best = { slug: "", elements: 0 };
  for (const slug of ["profile", "stakeholders", "strategy", "goals", "plans"]) {
    await page.goto(base + "#/" + slug, { waitUntil: "load" });
    await page.waitForFunction((s) => document.querySelector(`.nav-link[aria-current=page][href="#/${s}"]`) && document.querySelector("#step-title"), {}, slug);
    const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
    if (elements > best.elements) best = { slug, elements };
  }
  return best;
}

function summary(lhr) {
  const scores = Object.fromEntries(
    Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
  );
  const metric = (id) => lhr.audits[id]?.displayValue ?? "-";
  return {
    scores,
    metrics: {
      FCP: metric("first-contentful-paint"),
      LCP: metric("largest-contentful-paint"),
      TBT: metric("total-blocking-time"),
      CLS: metric("cumulative-layout-shift"),
      SI: metric("speed-index"),
      DOM: lhr.audits["dom-size"]?.numericValue ?? "-",
    },
    failing: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable")
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`),
  };
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox"],
});
fs.mkdirSync(out, { recursive: true });
const low = [];
try {
  for (const [mode, config] of [["mobile", undefined], ["desktop", desktopConfig]]) {
    const page = await browser.newPage();
    const median = async (url, flags) => {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push((await lighthouse(url, { logLevel: "error", ...flags }, config, page)).lhr);
      return computeMedianRun(runs);
    };
    const results = [["first screen", await median(base + "#/", {})]];
    const step = await largestStep(page, base);
    const stepRun = await median(base + "#/" + step.slug, { disableStorageReset: true });
    results.push([`#/${step.slug} (largest DOM, ${step.elements} elements)`, stepRun]);
    for (const [name, lhr] of results) {
      const s = summary(lhr);
      const file = path.join(out, `${mode}-${name.split(" ")[0].replace(/[^a-z]/g, "") || "step"}.html`);
      fs.writeFileSync(file, generateReport(lhr, "html"));
      fs.writeFileSync(file.replace(/html$/, "json"), JSON.stringify(lhr));
      console.log(`${mode.padEnd(7)} ${name}`);
      console.log(`        scores: ${Object.entries(s.scores).map(([k, v]) => `${k} ${v}`).join(", ")}`);
      console.log(`        metrics: ${Object.entries(s.metrics).map(([k, v]) => `${k} ${v}`).join(", ")}`);
      if (s.failing.length) console.log(`        audits below 0.9: ${s.failing.join(", ")}`);
      console.log(`        report: ${path.relative(root, file)}`);
      for (const [id, score] of Object.entries(s.scores)) {
        if (score < MIN_SCORE) low.push(`${mode} ${name}: ${id} ${score}`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (low.length) {
  console.error(`Lighthouse scores below ${MIN_SCORE}:\n  ${low.join("\n  ")}`);
  process.exit(1);
}
console.log(`Lighthouse: every category at least ${MIN_SCORE} in both modes, on both pages.`);
