//! The undo history costs the size of the changes, not the size of the plan: a hundred
//! keystrokes on the benchmark's large plan (none joining another) keep the document's memory
//! growth under 1 MB. A counting allocator measures the bytes live before and after; the
//! second test proves the measure sees the cost of whole-plan snapshots, the way the history
//! kept them before patches.
//!
//! `cargo test -p planner-core --test history_memory -- --nocapture` prints the figures.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};
use std::sync::{Mutex, MutexGuard};

use chrono::NaiveDate;
use planner_core::generate::{large_plan, LARGE};
use planner_core::store::document::Document;
use planner_core::store::history::{COALESCE_MS, MAX_STEPS};
use planner_core::{Id, Plan};

/// The system allocator, counting the bytes live.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

fn count(bytes: usize, sign: isize) {
    LIVE.fetch_add(sign * bytes as isize, Ordering::SeqCst);
}

// SAFETY: every call is passed on to `System` unchanged; only the counter is added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is passed on.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            count(layout.size(), 1);
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc_zeroed` is passed on.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            count(layout.size(), 1);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract for `dealloc` is passed on.
        unsafe { System.dealloc(ptr, layout) };
        count(layout.size(), -1);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract for `realloc` is passed on.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            count(layout.size(), -1);
            count(new_size, 1);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The bytes live now.
fn live() -> isize {
    LIVE.load(Ordering::SeqCst)
}

/// One measurement at a time: the counter is global, and the tests run on threads.
fn measuring() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

const LIMIT: isize = 1_000_000;
const KEYSTROKES: usize = 100;

/// What one keystroke changes.
enum What {
    StakeholderName(Id),
    KpiTarget(Id),
    GoalName(Id),
    TaskTitle(Id),
}

/// One keystroke: the field it edits, when, and what.
struct Keystroke {
    field: String,
    at_ms: f64,
    what: What,
    n: usize,
}

impl Keystroke {
    fn apply(&self, plan: &mut Plan) {
        match &self.what {
            What::StakeholderName(id) => {
                if let Some(s) = plan.stakeholder_mut(id) {
                    s.name.push('x');
                }
            }
            What::KpiTarget(id) => {
                if let Some(k) = plan.strategy.kpis.iter_mut().find(|k| &k.id == id) {
                    k.target = Some(100.0 + self.n as f64);
                }
            }
            What::GoalName(id) => {
                if let Some(g) = plan.implementation_goal_mut(id) {
                    g.name.push('x');
                }
            }
            What::TaskTitle(id) => {
                if let Some(t) = plan.task_mut(id) {
                    t.title.push('x');
                }
            }
        }
    }
}

/// A hundred keystrokes spread over the plan and 2 s apart, alternating a stakeholder's name,
/// a KPI's target, an implementation goal's name and a task's title: none joins another.
fn keystrokes(plan: &Plan) -> Vec<Keystroke> {
    let tasks: Vec<&Id> = plan
        .plans
        .iter()
        .flat_map(|p| p.tasks.iter().map(|t| &t.id))
        .collect();
    (0..KEYSTROKES)
        .map(|n| {
            let i = n / 4;
            let (field, what) = match n % 4 {
                0 => {
                    let id = &plan.stakeholders[(i * 7) % plan.stakeholders.len()].id;
                    (format!("stakeholder-{id}-name"), What::StakeholderName(*id))
                }
                1 => {
                    let id = &plan.strategy.kpis[i % plan.strategy.kpis.len()].id;
                    (format!("kpi-{id}-target"), What::KpiTarget(*id))
                }
                2 => {
                    let goals = &plan.implementation_goals;
                    let id = &goals[(i * 3) % goals.len()].id;
                    (format!("goal-{id}-name"), What::GoalName(*id))
                }
                _ => {
                    let id = tasks[(i * 97) % tasks.len()];
                    (format!("task-{id}-title"), What::TaskTitle(*id))
                }
            };
            Keystroke {
                field,
                at_ms: 1_000_000.0 + 2.0 * COALESCE_MS * n as f64,
                what,
                n,
            }
        })
        .collect()
}

fn large() -> Plan {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    large_plan(LARGE, today)
}

#[test]
fn a_hundred_steps_on_the_large_plan_cost_under_a_megabyte() {
    let _one_at_a_time = measuring();
    let original = large();
    let keys = keystrokes(&original);
    let mut doc = Document::new(original.clone());

    let start = live();
    for key in &keys {
        let touched = doc.edit(|p| key.apply(p), Some(&key.field), key.at_ms);
        assert!(touched.is_some(), "keystroke {} changes the plan", key.n);
    }
    let growth = live() - start;

    let plan_bytes = {
        let before = live();
        let copy = original.clone();
        let bytes = live() - before;
        drop(copy);
        bytes
    };
    eprintln!(
        "history_memory: {KEYSTROKES} undo steps on the large plan: document grew by {growth} \
         bytes ({} bytes a step); one copy of the plan is {plan_bytes} bytes",
        growth / KEYSTROKES as isize,
    );
    assert!(
        growth < LIMIT,
        "{KEYSTROKES} steps grew the document by {growth} bytes (limit {LIMIT})"
    );

    // Every keystroke is its own step, and undoing them all gives the plan back.
    let mut steps = 0;
    while doc.undo().is_some() {
        steps += 1;
    }
    assert_eq!(steps, KEYSTROKES.min(MAX_STEPS));
    assert!(
        doc.plan() == &original,
        "undoing every step restores the plan"
    );
}

#[test]
fn the_measure_sees_whole_plan_snapshots() {
    let _one_at_a_time = measuring();
    let mut plan = large();
    let keys = keystrokes(&plan);

    let start = live();
    let mut snapshots: Vec<Plan> = Vec::new();
    for key in &keys {
        snapshots.push(plan.clone());
        key.apply(&mut plan);
    }
    let growth = live() - start;
    eprintln!(
        "history_memory: the same {KEYSTROKES} steps as whole-plan snapshots: {growth} bytes"
    );
    assert_eq!(snapshots.len(), KEYSTROKES);
    assert!(
        growth > LIMIT,
        "{KEYSTROKES} snapshots of the large plan measured only {growth} bytes"
    );
}
