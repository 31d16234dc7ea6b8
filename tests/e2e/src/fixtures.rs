//! Plan files the tests start from (`tests/e2e/fixtures/`), and lookups of record ids by name
//! so that tests read as a person would describe them.

use std::path::PathBuf;

use planner_core::file::format;
use planner_core::{Id, Plan};

/// The Tashkent bank plan, complete through step 4.
pub const COMPLETE: &str = "tashkent-bank.complete.crmplan.json";
/// The same plan with its steps 3-4 cut back: what a team has after a first pass.
pub const STEPS34_CUT: &str = "tashkent-bank.steps34-cut.crmplan.json";

/// The absolute path of a fixture.
pub fn path(name: &str) -> PathBuf {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name);
    p.canonicalize().unwrap_or(p)
}

/// A fixture, read as the app reads it.
pub fn plan(name: &str) -> Plan {
    let text = std::fs::read_to_string(path(name)).expect("read fixture");
    format::import(&text).unwrap_or_else(|e| panic!("{name} does not import: {e:?}"))
}

/// The id of the implementation goal whose name starts with `name`.
pub fn goal(plan: &Plan, name: &str) -> String {
    plan.implementation_goals
        .iter()
        .find(|g| g.name.starts_with(name))
        .map(|g| g.id.to_string())
        .unwrap_or_else(|| panic!("no goal {name}"))
}

/// The id of the plan whose name starts with `name`.
pub fn plan_id(plan: &Plan, name: &str) -> String {
    plan.plans
        .iter()
        .find(|p| p.name.starts_with(name))
        .map(|p| p.id.to_string())
        .unwrap_or_else(|| panic!("no plan {name}"))
}

/// The id of the task whose title starts with `title`.
pub fn task(plan: &Plan, title: &str) -> String {
    plan.plans
        .iter()
        .flat_map(|p| p.tasks.iter())
        .find(|t| t.title.starts_with(title))
        .map(|t| t.id.to_string())
        .unwrap_or_else(|| panic!("no task {title}"))
}

/// The title of a task by id.
pub fn task_title(plan: &Plan, id: &str) -> String {
    plan.task(&Id::from(id))
        .map(|t| t.title.clone())
        .unwrap_or_default()
}
