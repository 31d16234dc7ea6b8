//! Speed at the benchmark's size, measured in headless Chromium against the release build.
//!
//! `cargo run -p crm-e2e --bin bench` (after `trunk build --release`). Generates a plan
//! with 300 stakeholders, 60 implementation goals, 40 plans and 3,000 tasks, imports it through
//! the file picker, then reports (median of several runs):
//! - for each page, the time from the address change to the new page in the DOM, and to the
//!   next frame after it (style, layout and paint included);
//! - for a keystroke in a form field, the time from the input event to the updated check list,
//!   and to the next frame;
//! - the idle save: once typing stops, the save the debounce timer runs, timed around its timer
//!   callback, with the longest main-thread task a `PerformanceObserver` saw meanwhile
//!   (Chromium reports `longtask` entries only for tasks over 50 ms);
//! - an import: from choosing the file to the preview in the DOM, against `JSON.parse` of the
//!   same text in the same page.
//!
//! This is a measurement, not a test: it prints figures and fails only if the app breaks.

use std::time::Instant;

use chrono::Local;
use crm_e2e::pages::Shell;
use crm_e2e::{Browser, TempDir};
use planner_core::generate::{large_plan, LARGE};
use planner_core::goals::Resistance;
use serde_json::json;

const RUNS: usize = 7;

/// Navigates from a tiny page to `hash` and resolves with [ms to DOM, ms to next frame].
const RENDER: &str = r#"
const [hash, done] = [arguments[0], arguments[arguments.length - 1]];
const main = document.getElementById('main');
location.hash = '#/nowhere';
setTimeout(() => {
  const old = main.querySelector('article');
  const t0 = performance.now();
  const obs = new MutationObserver(() => {
    const now = main.querySelector('article');
    if (now && now !== old) {
      obs.disconnect();
      const dom = performance.now() - t0;
      requestAnimationFrame(() => setTimeout(() => done([dom, performance.now() - t0]), 0));
    }
  });
  obs.observe(main, { childList: true, subtree: true });
  location.hash = hash;
}, 50);
"#;

/// Opens the report from a tiny page and resolves with [ms until every section is in (the
/// page marks `#report[data-ready]`), the longest gap between two frames meanwhile in ms].
const REPORT_READY: &str = r#"
const [summary, done] = [arguments[0], arguments[arguments.length - 1]];
location.hash = '#/nowhere';
setTimeout(() => {
  const t0 = performance.now();
  let last = t0, gap = 0, finished = false;
  const frame = (now) => {
    gap = Math.max(gap, now - last);
    last = now;
    if (!finished) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const poll = () => {
    const report = document.getElementById('report');
    if (report && summary && !document.getElementById('report-detail-summary').checked) {
      document.getElementById('report-detail-summary').click();
    }
    if (report && report.hasAttribute('data-ready')
        && (!summary || !report.querySelector('.report-tasks'))) {
      const ready = performance.now() - t0;
      requestAnimationFrame((now) => {
        gap = Math.max(gap, now - last);
        finished = true;
        done([ready, gap]);
      });
    } else {
      setTimeout(poll, 5);
    }
  };
  location.hash = '#/report';
  poll();
}, 50);
"#;

/// Types one character into field `id` (an input event, as a key press makes) and resolves with
/// [ms to the check list changing, ms to next frame].
const KEYSTROKE: &str = r#"
const [id, ch, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const field = document.getElementById(id);
const list = document.querySelector('.findings');
const t0 = performance.now();
const obs = new MutationObserver(() => {
  obs.disconnect();
  const dom = performance.now() - t0;
  requestAnimationFrame(() => setTimeout(() => done([dom, performance.now() - t0]), 0));
});
obs.observe(list, { childList: true, subtree: true, characterData: true });
field.focus();
field.value = field.value + ch;
field.dispatchEvent(new InputEvent('input', { bubbles: true, data: ch, inputType: 'insertText' }));
"#;

/// Types one character into field `id` and resolves with ms to the next frame after it (style,
/// layout and paint included), whatever the keystroke changed.
const KEYSTROKE_FRAME: &str = r#"
const [id, ch, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const field = document.getElementById(id);
field.focus();
const t0 = performance.now();
field.value = field.value + ch;
field.dispatchEvent(new InputEvent('input', { bubbles: true, data: ch, inputType: 'insertText' }));
requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
"#;

/// Follows a link to `hash` (a field of the open step, as a finding's link does) and resolves
/// with ms to the next frame after the app handled the address change.
const LINK: &str = r#"
const [hash, done] = [arguments[0], arguments[arguments.length - 1]];
window.addEventListener('hashchange', () => {
  requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
}, { once: true });
const t0 = performance.now();
location.hash = hash;
"#;

/// Types one character into field `id`, then resolves when the save that the debounce timer
/// (300 ms) runs has finished, with [ms the timer callback ran, ms of the longest task seen
/// from the save on (0 when no task took over 50 ms)].
const IDLE_SAVE: &str = r#"
const [id, ch, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const field = document.getElementById(id);
const st = window.setTimeout;
window.setTimeout = (f, ms, ...a) => {
  if (ms !== 300) return st(f, ms, ...a);
  window.setTimeout = st;
  return st(() => {
    // Observed from the save on: the keystroke's own task is not the save's.
    const long = [];
    const seen = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
    seen.observe({ type: 'longtask' });
    const t0 = performance.now();
    f(...a);
    const task = performance.now() - t0;
    // Long-task entries arrive after their task: give them a frame and a moment.
    requestAnimationFrame(() => st(() => {
      seen.takeRecords().forEach((e) => long.push(e.duration));
      seen.disconnect();
      done([task, Math.max(0, ...long)]);
    }, 100));
  }, ms);
};
field.focus();
field.value = field.value + ch;
field.dispatchEvent(new InputEvent('input', { bubbles: true, data: ch, inputType: 'insertText' }));
"#;

/// Before a file is chosen: notes when the picker's `change` fires (before the app hears it)
/// and when the preview is in the DOM and painted, into `window.__import`.
const IMPORT_START: &str = r#"
window.__import = null;
const t = {};
document.addEventListener('change', (ev) => {
  if (ev.target.id === 'import-input') { t.start = performance.now(); t.file = ev.target.files[0]; }
}, { capture: true, once: true });
const obs = new MutationObserver(() => {
  if (document.getElementById('preview-title')) {
    obs.disconnect();
    const dom = performance.now() - t.start;
    requestAnimationFrame(() => setTimeout(() => {
      window.__import = { dom, frame: performance.now() - t.start, file: t.file };
    }, 0));
  }
});
obs.observe(document.body, { childList: true, subtree: true });
"#;

/// Waits for the preview, then reads the same file (`file.text()`) and parses it with
/// `JSON.parse` (median of 5); resolves with [ms to the preview in the DOM, ms to its frame,
/// ms of JSON.parse, characters, ms of reading the file].
const IMPORT_END: &str = r#"
const done = arguments[arguments.length - 1];
const poll = async () => {
  if (!window.__import) { setTimeout(poll, 10); return; }
  const { dom, frame, file } = window.__import;
  const t0 = performance.now();
  const text = await file.text();
  const read = performance.now() - t0;
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    JSON.parse(text);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  done([dom, frame, runs[2], text.length, read]);
};
poll();
"#;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn pair(v: &serde_json::Value) -> (f64, f64) {
    let a = v.as_array().cloned().unwrap_or_default();
    let f = |i: usize| a.get(i).and_then(|x| x.as_f64()).unwrap_or(f64::NAN);
    (f(0), f(1))
}

async fn keystrokes(b: &Browser, field: &str, label: &str) {
    let (mut dom, mut frame) = (Vec::new(), Vec::new());
    for ch in "abcdefghij".chars() {
        let r = b
            .client
            .execute_async(KEYSTROKE, vec![json!(field), json!(ch.to_string())])
            .await
            .expect("keystroke");
        let (d, f) = pair(&r);
        dom.push(d);
        frame.push(f);
    }
    let max = dom.iter().copied().fold(0.0, f64::max);
    println!(
        "| keystroke → check list, {label} | {:.1} ms (max {max:.1}) | {:.1} ms |",
        median(dom),
        median(frame)
    );
}

/// Ten keystrokes in field `field`: the median and the worst time to the next frame.
async fn keystrokes_to_frame(b: &Browser, field: &str, label: &str) {
    let mut frame = Vec::new();
    for ch in "abcdefghij".chars() {
        let r = b
            .client
            .execute_async(KEYSTROKE_FRAME, vec![json!(field), json!(ch.to_string())])
            .await
            .expect("keystroke");
        frame.push(r.as_f64().unwrap_or(f64::NAN));
    }
    let max = frame.iter().copied().fold(0.0, f64::max);
    println!(
        "| keystroke → next frame, {label} | | {:.1} ms (max {max:.1}) |",
        median(frame)
    );
}

/// Follows links between the fields `hashes` in turn: median and worst time to the next frame.
async fn links(b: &Browser, hashes: &[String], label: &str) {
    let mut frame = Vec::new();
    for i in 0..RUNS {
        let r = b
            .client
            .execute_async(LINK, vec![json!(hashes[i % hashes.len()])])
            .await
            .expect("link");
        frame.push(r.as_f64().unwrap_or(f64::NAN));
    }
    let max = frame.iter().copied().fold(0.0, f64::max);
    println!(
        "| finding link within the step, {label} | | {:.1} ms (max {max:.1}) |",
        median(frame)
    );
}

#[tokio::main]
async fn main() {
    let today = Local::now().date_naive();
    let plan = large_plan(LARGE, today);
    let tasks: usize = plan.plans.iter().map(|p| p.tasks.len()).sum();
    let goal = plan
        .implementation_goals
        .iter()
        .find(|g| g.resistance == Some(Resistance::High))
        .map(|g| g.id.to_string())
        .expect("a goal");
    let first_plan = plan
        .plans
        .first()
        .map(|p| p.id.to_string())
        .expect("a plan");
    let indicator = plan
        .plans
        .first()
        .and_then(|p| p.indicators.first())
        .map(|k| k.to_string())
        .expect("an indicator");
    let text = planner_core::file::format::export(&plan, "bench", "2026-01-01T00:00:00Z");
    let dir = TempDir::new("crm-bench");
    let file = dir.0.join("large.crmplan.json");
    std::fs::write(&file, &text).expect("write the plan");
    println!(
        "Plan: {} stakeholders, {} implementation goals, {} plans, {tasks} tasks ({} KB file)\n",
        plan.stakeholders.len(),
        plan.implementation_goals.len(),
        plan.plans.len(),
        text.len() / 1024
    );

    let b = Browser::start().await;
    b.open("#/").await;
    let started = Instant::now();
    Shell(&b).import_as_new(&file).await;
    Shell(&b).notice().await;
    println!(
        "Import through the file picker: {} ms\n",
        started.elapsed().as_millis()
    );

    println!("| What (1280 px, headless Chromium, median of {RUNS}) | to DOM | to next frame |");
    println!("|---|---|---|");
    for (name, hash) in [
        ("overview", "#/"),
        ("0 profile", "#/profile"),
        ("1 stakeholders", "#/stakeholders"),
        ("2 strategy", "#/strategy"),
        ("3 goals", "#/goals"),
        ("4 plans", "#/plans"),
        ("report", "#/report"),
    ] {
        let (mut dom, mut frame) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            let r = b
                .client
                .execute_async(RENDER, vec![json!(hash)])
                .await
                .expect("render");
            let (d, f) = pair(&r);
            dom.push(d);
            frame.push(f);
        }
        println!(
            "| render {name} | {:.1} ms | {:.1} ms |",
            median(dom),
            median(frame)
        );
    }

    for (name, summary) in [("full detail", false), ("summary", true)] {
        let (mut ready, mut gap) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            let r = b
                .client
                .execute_async(REPORT_READY, vec![json!(summary)])
                .await
                .expect("report");
            let (d, f) = pair(&r);
            ready.push(d);
            gap.push(f);
        }
        println!(
            "| report, {name}: every section in; longest frame meanwhile | {:.1} ms | {:.1} ms |",
            median(ready),
            median(gap)
        );
    }

    // Steps 1 and 2: a stakeholder's name, a KPI's target.
    let people: Vec<String> = plan
        .stakeholders
        .iter()
        .take(3)
        .map(|s| s.id.to_string())
        .collect();
    let kpi = plan
        .strategy
        .kpis
        .first()
        .map(|k| k.id.to_string())
        .expect("a KPI");
    b.open(&format!("#/stakeholders/stakeholder-{}-name", people[0]))
        .await;
    b.wait_for(&format!("#stakeholder-{}-name", people[0]))
        .await;
    keystrokes_to_frame(
        &b,
        &format!("stakeholder-{}-name", people[0]),
        "step 1 stakeholder name",
    )
    .await;
    let hashes: Vec<String> = people
        .iter()
        .map(|id| format!("#/stakeholders/stakeholder-{id}-name"))
        .collect();
    links(&b, &hashes[1..], "step 1, another record").await;
    let same: Vec<String> = ["power", "engagement", "name"]
        .iter()
        .map(|field| format!("#/stakeholders/stakeholder-{}-{field}", people[1]))
        .collect();
    links(&b, &same, "step 1, the open record").await;
    b.open(&format!("#/strategy/kpi-{kpi}-target")).await;
    b.wait_for(&format!("#kpi-{kpi}-target")).await;
    keystrokes_to_frame(&b, &format!("kpi-{kpi}-target"), "step 2 KPI target").await;
    keystrokes_to_frame(&b, &format!("kpi-{kpi}-unit"), "step 2 KPI unit").await;

    // Step 3: with the goal's resistance unassessed, its name is in a blocking finding, so
    // every keystroke in the name changes the check list.
    b.open(&format!("#/goals/igoal-{goal}-resistance")).await;
    b.select(&format!("#igoal-{goal}-resistance"), "").await;
    b.wait_text(".findings", "Assess the resistance").await;
    keystrokes(&b, &format!("igoal-{goal}-name"), "step 3 goal name").await;
    keystrokes_to_frame(&b, &format!("igoal-{goal}-name"), "step 3 goal name").await;

    // Step 4: with the first plan's indicator unticked, its name is in a blocking finding.
    b.open(&format!("#/plans/plan-{first_plan}-indicators"))
        .await;
    b.click(&format!("#plan-{first_plan}-indicators-{indicator}"))
        .await;
    b.wait_text(".findings", "key indicator").await;
    keystrokes(&b, &format!("plan-{first_plan}-name"), "step 4 plan name").await;
    keystrokes_to_frame(&b, &format!("plan-{first_plan}-name"), "step 4 plan name").await;
    let task = plan
        .plans
        .first()
        .and_then(|p| p.tasks.first())
        .map(|t| t.id.to_string())
        .expect("a task");
    b.open(&format!("#/plans/task-{task}-title")).await;
    if b.client
        .find(fantoccini::Locator::Id(&format!("task-{task}-title")))
        .await
        .is_ok()
    {
        keystrokes_to_frame(&b, &format!("task-{task}-title"), "step 4 task title").await;
    }

    idle_saves(&b).await;
    imports(&b, &file).await;

    b.finish().await;
}

/// Saves after typing stops, on the large plan.
async fn idle_saves(b: &Browser) {
    b.open("#/profile").await;
    b.wait_for("#profile-name").await;
    Shell(b).wait_saved().await;
    let (mut task, mut longest) = (Vec::new(), Vec::new());
    let mut long_tasks = 0;
    for ch in "abcdefg".chars().take(RUNS) {
        let r = b
            .client
            .execute_async(
                IDLE_SAVE,
                vec![json!("profile-name"), json!(ch.to_string())],
            )
            .await
            .expect("idle save");
        let (t, l) = pair(&r);
        task.push(t);
        longest.push(l);
        if l > 0.0 {
            long_tasks += 1;
        }
    }
    let max = task.iter().copied().fold(0.0, f64::max);
    let long_max = longest.iter().copied().fold(0.0, f64::max);
    println!(
        "| idle save: timer callback; tasks over 50 ms from the save on | {:.1} ms (max {max:.1}) \
         | {long_tasks} of {RUNS} saves (longest {long_max:.0} ms) |",
        median(task)
    );
}

/// Imports of the large plan's file up to the preview, against `JSON.parse` of its text.
async fn imports(b: &Browser, file: &std::path::Path) {
    let (mut dom, mut frame, mut parse, mut read) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut chars = 0.0;
    for _ in 0..RUNS {
        b.client
            .execute(IMPORT_START, Vec::new())
            .await
            .expect("import probe");
        Shell(b).import(file).await;
        let r = b
            .client
            .execute_async(IMPORT_END, Vec::new())
            .await
            .expect("import timing");
        let a = r.as_array().cloned().unwrap_or_default();
        let f = |i: usize| a.get(i).and_then(|x| x.as_f64()).unwrap_or(f64::NAN);
        dom.push(f(0));
        frame.push(f(1));
        parse.push(f(2));
        chars = f(3);
        read.push(f(4));
        b.click("#import-cancel").await;
        b.wait_gone("#preview-title").await;
    }
    let (dom, frame, parse, read) = (median(dom), median(frame), median(parse), median(read));
    println!(
        "| import {:.2} MB file → preview | {dom:.1} ms | {frame:.1} ms |",
        chars / 1_048_576.0
    );
    println!(
        "| JSON.parse of the same text (reading the file: {read:.1} ms) | {parse:.1} ms \
         | preview / JSON.parse = {:.1}×; preview / (read + JSON.parse) = {:.1}× |",
        dom / parse,
        dom / (read + parse)
    );
}
