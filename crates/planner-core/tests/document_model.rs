//! Model-based test of [`Document`]: random sequences of edits, additions, deletions, moves,
//! undo, redo, imports, other tabs' copies and save-and-reload, run both on the document (which
//! keeps patches) and on a plain model that keeps whole copies of the plan. After every
//! operation the two must agree on the plan and on whether undo and redo are possible, and what
//! the document says it touched must cover everything that changed.
//!
//! # The model
//!
//! The model keeps `current`, `past` (the plan before each step, oldest first, at most
//! [`MAX_STEPS`]; the oldest drops off) and `future` (the plans undone, newest last). Undo
//! moves `current` to `future` and takes the newest of `past`; redo the other way round. A change that alters the plan
//! clears `future` and either starts a step (pushes the plan as it was) or joins the newest
//! step (pushes nothing, so that step keeps its "before": one undo takes back both). A change
//! that alters nothing records nothing, and leaves the typing run (below) as it was.
//!
//! A change joins the newest step exactly when the real history would:
//!
//! 1. it names a field, and the last *recorded* change named the same field less than
//!    [`COALESCE_MS`] before (undo and redo end the run, but only when there was a step to
//!    take; a change without a field, such as an import, ends it; reloading forgets it);
//! 2. there is a newest step; and
//! 3. the two patches compose ([`Patch::then`](planner_core::store::patch::Patch::then)). The
//!    model decides this without patches, from which records each step edited (its [`Shape`]):
//!    a single-record edit changes one run of one record at the record's index, or one plan's
//!    own fields or one run of one task inside one plan. Two edits compose unless they edit
//!    the same list at different indices (two stakeholders, two KPIs, ...), two different
//!    plans, or two different tasks; edits of different lists, and of values replaced whole
//!    (the profile with its units, the vision), always compose.
//!
//! With field names derived from what is edited (`stakeholder-s3-name`), rule 3 always holds:
//! the same field names the same record, and nothing was recorded in between, so it is still
//! at the same index. Some edits therefore use a field name without the record
//! (`stakeholder-name`) or one name for every field, which makes rule 3 decide: that is where
//! `then` refuses and the real history starts a new step.
//!
//! Saving and reloading (or opening) starts a new model from the copy read back, with no
//! history. "Touched" is checked for soundness only (it may name more than changed): every part
//! whose value differs is in its parts, and every record (unit, stakeholder, strategy record,
//! implementation goal, plan, task) that changed, appeared, disappeared or moved among the
//! records kept is in its records, and for a task, the plan holding it before and after.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use planner_core::file::format;
use planner_core::generate::{large_plan, Size};
use planner_core::plans::Task;
use planner_core::profile::FunctionalLevel;
use planner_core::references;
use planner_core::stakeholders::Category;
use planner_core::store::document::Document;
use planner_core::store::history::{COALESCE_MS, MAX_STEPS};
use planner_core::store::patch::{Part, Parts, Touched};
use planner_core::strategy::{BusinessGoal, Kpi};
use planner_core::{Id, Plan};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Operations

/// What an edit changes.
#[derive(Clone, Copy, Debug)]
enum Field {
    StakeholderName,
    StakeholderPower,
    BusinessGoalName,
    KpiTarget,
    ImplementationGoalName,
    PlanName,
    TaskTitle,
    TaskProgress,
    ProfileName,
    UnitName,
    Vision,
}

/// The field name an edit reports to the history.
#[derive(Clone, Copy, Debug)]
enum Naming {
    /// Derived from the record and the field: `stakeholder-s3-name`.
    Own,
    /// The field without the record (`stakeholder-name`), as a grid's column might be named:
    /// edits of different records of one list meet.
    Column,
    /// One name for every field, so that edits of different lists meet too.
    Shared,
    /// No field (a select, a checkbox).
    Unnamed,
}

/// A kind of record that can be added, deleted or moved.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Unit,
    Stakeholder,
    BusinessGoal,
    Kpi,
    ImplementationGoal,
    Plan,
    Task,
}

/// A whole plan arriving in place of the open one.
#[derive(Clone, Copy, Debug)]
enum Incoming {
    /// The example plan with its texts changed (an import).
    Rich(u8),
    /// A small generated plan (an import).
    Generated,
    /// An empty plan.
    Empty,
    /// The open plan with a few changes made elsewhere (the other tab's copy).
    Mutated(u64),
    /// The very same plan (the other tab saved what this one holds).
    Same,
}

#[derive(Clone, Debug)]
enum Op {
    Edit {
        field: Field,
        pick: usize,
        value: u8,
        naming: Naming,
        dt: u32,
    },
    Add {
        kind: Kind,
        pick: usize,
    },
    Delete {
        kind: Kind,
        pick: usize,
    },
    Move {
        kind: Kind,
        pick: usize,
        other: usize,
    },
    /// Edits in quick succession under one naming: typing on, or moving between records and
    /// fields (all of them of `field`'s kind when it is given).
    Typing {
        field: Option<Field>,
        edits: Vec<(Field, usize, u8)>,
        naming: Naming,
        dt: u32,
    },
    Undo,
    Redo,
    /// Undo until there is nothing left (at most a bit more than the history holds).
    UndoAll,
    RedoAll,
    /// An import, the other tab's version chosen in a conflict, or the other tab's copy
    /// arriving: all `Document::replace`.
    Replace(Incoming),
    /// Save to storage, read back, open the copy (`Document::open` or `Document::new`).
    Reload {
        open: bool,
    },
    /// Many edits in a row: typing into one field (one step), or edits of two fields far apart
    /// in time (one step each, past [`MAX_STEPS`]).
    Burst {
        count: usize,
        typing: bool,
    },
}

/// The records of a list, shifted: the index `pick` names in a list of `len`.
fn index(pick: usize, len: usize) -> Option<usize> {
    (len > 0).then(|| pick % len)
}

/// The task `pick` names among all tasks: (plan index, task index).
fn task_at(plan: &Plan, pick: usize) -> Option<(usize, usize)> {
    let total: usize = plan.plans.iter().map(|p| p.tasks.len()).sum();
    let mut n = index(pick, total)?;
    for (k, p) in plan.plans.iter().enumerate() {
        if n < p.tasks.len() {
            return Some((k, n));
        }
        n -= p.tasks.len();
    }
    None
}

/// A text after one "keystroke" `value`.
fn typed(current: &str, value: u8) -> String {
    match value {
        0..=3 => format!("{current}{}", ['a', 'b', 'c', 'd'][usize::from(value)]),
        4 => {
            let mut s = current.to_owned();
            s.pop();
            s
        }
        5 => String::new(),
        6 => "Same".to_owned(),
        _ => current.to_owned(),
    }
}

/// Which records a single-record edit changes, as the patch sees them: the index of the one
/// record changed in each list, and the plan (with the task inside it) changed in step 4.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Shape {
    /// Stakeholders, business goals, KPIs, implementation goals.
    lists: [Option<usize>; 4],
    /// The plan's index and, when a task changed, the task's index in it.
    plan: Option<(usize, Option<usize>)>,
}

const STAKEHOLDERS: usize = 0;
const BUSINESS_GOALS: usize = 1;
const KPIS: usize = 2;
const IMPLEMENTATION_GOALS: usize = 3;

impl Shape {
    fn list(list: usize, at: usize) -> Shape {
        let mut shape = Shape::default();
        shape.lists[list] = Some(at);
        shape
    }

    /// The shape of `self` then `next` as one step, or `None` when the patches do not
    /// compose (see the module's doc).
    fn join(&self, next: &Shape) -> Option<Shape> {
        let mut out = *self;
        for (mine, theirs) in out.lists.iter_mut().zip(next.lists) {
            match (*mine, theirs) {
                (Some(a), Some(b)) if a != b => return None,
                (None, b) => *mine = b,
                _ => {}
            }
        }
        out.plan = match (self.plan, next.plan) {
            (Some((k1, _)), Some((k2, _))) if k1 != k2 => return None,
            (Some((_, Some(t1))), Some((_, Some(t2)))) if t1 != t2 => return None,
            (Some((k, t1)), Some((_, t2))) => Some((k, t1.or(t2))),
            (a, b) => a.or(b),
        };
        Some(out)
    }
}

/// The field name (as the record's own) and the shape of an edit on `plan`; `None` when there
/// is no record to edit.
fn locate(plan: &Plan, field: Field, pick: usize) -> Option<(String, Shape)> {
    Some(match field {
        Field::StakeholderName | Field::StakeholderPower => {
            let i = index(pick, plan.stakeholders.len())?;
            let what = if matches!(field, Field::StakeholderName) {
                "name"
            } else {
                "power"
            };
            (
                format!("stakeholder-{}-{what}", plan.stakeholders[i].id),
                Shape::list(STAKEHOLDERS, i),
            )
        }
        Field::BusinessGoalName => {
            let i = index(pick, plan.strategy.goals.len())?;
            (
                format!("business-goal-{}-name", plan.strategy.goals[i].id),
                Shape::list(BUSINESS_GOALS, i),
            )
        }
        Field::KpiTarget => {
            let i = index(pick, plan.strategy.kpis.len())?;
            (
                format!("kpi-{}-target", plan.strategy.kpis[i].id),
                Shape::list(KPIS, i),
            )
        }
        Field::ImplementationGoalName => {
            let i = index(pick, plan.implementation_goals.len())?;
            (
                format!("goal-{}-name", plan.implementation_goals[i].id),
                Shape::list(IMPLEMENTATION_GOALS, i),
            )
        }
        Field::PlanName => {
            let k = index(pick, plan.plans.len())?;
            (
                format!("plan-{}-name", plan.plans[k].id),
                Shape {
                    plan: Some((k, None)),
                    ..Shape::default()
                },
            )
        }
        Field::TaskTitle | Field::TaskProgress => {
            let (k, j) = task_at(plan, pick)?;
            let what = if matches!(field, Field::TaskTitle) {
                "title"
            } else {
                "progress"
            };
            (
                format!("task-{}-{what}", plan.plans[k].tasks[j].id),
                Shape {
                    plan: Some((k, Some(j))),
                    ..Shape::default()
                },
            )
        }
        Field::ProfileName => ("profile-name".to_owned(), Shape::default()),
        Field::UnitName => {
            let i = index(pick, plan.profile.units.len())?;
            (
                format!("unit-{}-name", plan.profile.units[i].id),
                Shape::default(),
            )
        }
        Field::Vision => ("strategy-vision".to_owned(), Shape::default()),
    })
}

/// The field's name without the record.
fn column(field: Field) -> &'static str {
    match field {
        Field::StakeholderName => "stakeholder-name",
        Field::StakeholderPower => "stakeholder-power",
        Field::BusinessGoalName => "business-goal-name",
        Field::KpiTarget => "kpi-target",
        Field::ImplementationGoalName => "goal-name",
        Field::PlanName => "plan-name",
        Field::TaskTitle => "task-title",
        Field::TaskProgress => "task-progress",
        Field::ProfileName => "profile-name",
        Field::UnitName => "unit-name",
        Field::Vision => "strategy-vision",
    }
}

/// Makes the edit on `plan` (the record chosen as [`locate`] chose it).
fn edit(plan: &mut Plan, field: Field, pick: usize, value: u8) {
    match field {
        Field::StakeholderName => {
            if let Some(i) = index(pick, plan.stakeholders.len()) {
                let s = &mut plan.stakeholders[i];
                s.name = typed(&s.name, value);
            }
        }
        Field::StakeholderPower => {
            if let Some(i) = index(pick, plan.stakeholders.len()) {
                let s = &mut plan.stakeholders[i];
                s.power = match value {
                    0..=4 => Some(value + 1),
                    5 => None,
                    _ => s.power,
                };
            }
        }
        Field::BusinessGoalName => {
            if let Some(i) = index(pick, plan.strategy.goals.len()) {
                let g = &mut plan.strategy.goals[i];
                g.name = typed(&g.name, value);
            }
        }
        Field::KpiTarget => {
            if let Some(i) = index(pick, plan.strategy.kpis.len()) {
                let k = &mut plan.strategy.kpis[i];
                k.target = match value {
                    0..=5 => Some(f64::from(value) * 2.5),
                    6 => None,
                    _ => k.target,
                };
            }
        }
        Field::ImplementationGoalName => {
            if let Some(i) = index(pick, plan.implementation_goals.len()) {
                let g = &mut plan.implementation_goals[i];
                g.name = typed(&g.name, value);
            }
        }
        Field::PlanName => {
            if let Some(k) = index(pick, plan.plans.len()) {
                let p = &mut plan.plans[k];
                p.name = typed(&p.name, value);
            }
        }
        Field::TaskTitle | Field::TaskProgress => {
            if let Some((k, j)) = task_at(plan, pick) {
                let t = &mut plan.plans[k].tasks[j];
                if matches!(field, Field::TaskTitle) {
                    t.title = typed(&t.title, value);
                } else if value <= 5 {
                    t.progress = value * 20;
                }
            }
        }
        Field::ProfileName => plan.profile.name = typed(&plan.profile.name, value),
        Field::UnitName => {
            if let Some(i) = index(pick, plan.profile.units.len()) {
                let u = &mut plan.profile.units[i];
                u.name = typed(&u.name, value);
            }
        }
        Field::Vision => plan.strategy.vision = typed(&plan.strategy.vision, value),
    }
}

/// Moves the last record of `list` to `pick`'s place.
fn to_place<T>(list: &mut Vec<T>, pick: usize) {
    if let Some(last) = list.pop() {
        let at = pick % (list.len() + 1);
        list.insert(at, last);
    }
}

fn add(plan: &mut Plan, kind: Kind, pick: usize) {
    match kind {
        Kind::Unit => {
            plan.add_unit("New unit".into(), FunctionalLevel::Tactical, true);
            to_place(&mut plan.profile.units, pick);
        }
        Kind::Stakeholder => {
            plan.add_stakeholder("New stakeholder".into(), Category::Partners);
            to_place(&mut plan.stakeholders, pick);
        }
        Kind::BusinessGoal => {
            let id = plan.fresh_id("b");
            plan.strategy.goals.push(BusinessGoal {
                id,
                name: "New business goal".into(),
                ..BusinessGoal::default()
            });
            to_place(&mut plan.strategy.goals, pick);
        }
        Kind::Kpi => {
            let id = plan.fresh_id("k");
            plan.strategy.kpis.push(Kpi {
                id,
                name: "New KPI".into(),
                target: Some(1.5),
                ..Kpi::default()
            });
            to_place(&mut plan.strategy.kpis, pick);
        }
        Kind::ImplementationGoal => {
            plan.add_implementation_goal("New goal".into());
            to_place(&mut plan.implementation_goals, pick);
        }
        Kind::Plan => {
            plan.add_plan("New plan".into());
            to_place(&mut plan.plans, pick);
        }
        Kind::Task => {
            if let Some(k) = index(pick, plan.plans.len()) {
                let id = plan.plans[k].id;
                plan.add_task(&id, "New task".into());
                to_place(&mut plan.plans[k].tasks, pick / 7);
            }
        }
    }
}

/// Deletes a record the way the app does, with every reference to it.
fn delete(plan: &mut Plan, kind: Kind, pick: usize) {
    fn id_at<T>(list: &[T], pick: usize, id: impl Fn(&T) -> &Id) -> Option<Id> {
        index(pick, list.len()).map(|i| *id(&list[i]))
    }
    match kind {
        Kind::Unit => {
            if let Some(id) = id_at(&plan.profile.units, pick, |u| &u.id) {
                references::delete_unit(plan, &id, None);
            }
        }
        Kind::Stakeholder => {
            if let Some(id) = id_at(&plan.stakeholders, pick, |s| &s.id) {
                references::delete_stakeholder(plan, &id, None);
            }
        }
        Kind::BusinessGoal => {
            if let Some(id) = id_at(&plan.strategy.goals, pick, |g| &g.id) {
                references::delete_strategy_record(plan, &id);
            }
        }
        Kind::Kpi => {
            if let Some(id) = id_at(&plan.strategy.kpis, pick, |k| &k.id) {
                references::delete_strategy_record(plan, &id);
            }
        }
        Kind::ImplementationGoal => {
            if let Some(id) = id_at(&plan.implementation_goals, pick, |g| &g.id) {
                plan.remove_implementation_goal(&id);
            }
        }
        Kind::Plan => {
            if let Some(id) = id_at(&plan.plans, pick, |p| &p.id) {
                plan.remove_plan(&id);
            }
        }
        Kind::Task => {
            if let Some((k, j)) = task_at(plan, pick) {
                let id = plan.plans[k].tasks[j].id;
                plan.remove_task(&id);
            }
        }
    }
}

/// Swaps two records of a list; two tasks of different plans: the first moves to the
/// second's place in the other plan.
fn move_records(plan: &mut Plan, kind: Kind, pick: usize, other: usize) {
    fn swap<T>(list: &mut [T], a: usize, b: usize) {
        let len = list.len();
        if len > 0 {
            list.swap(a % len, b % len);
        }
    }
    match kind {
        Kind::Unit => swap(&mut plan.profile.units, pick, other),
        Kind::Stakeholder => swap(&mut plan.stakeholders, pick, other),
        Kind::BusinessGoal => swap(&mut plan.strategy.goals, pick, other),
        Kind::Kpi => swap(&mut plan.strategy.kpis, pick, other),
        Kind::ImplementationGoal => swap(&mut plan.implementation_goals, pick, other),
        Kind::Plan => swap(&mut plan.plans, pick, other),
        Kind::Task => {
            let (Some((k1, j1)), Some((k2, j2))) = (task_at(plan, pick), task_at(plan, other))
            else {
                return;
            };
            if k1 == k2 {
                plan.plans[k1].tasks.swap(j1, j2);
            } else {
                let task = plan.plans[k1].tasks.remove(j1);
                plan.plans[k2].tasks.insert(j2, task);
            }
        }
    }
}

const KINDS: [Kind; 7] = [
    Kind::Unit,
    Kind::Stakeholder,
    Kind::BusinessGoal,
    Kind::Kpi,
    Kind::ImplementationGoal,
    Kind::Plan,
    Kind::Task,
];

const FIELDS: [Field; 11] = [
    Field::StakeholderName,
    Field::StakeholderPower,
    Field::BusinessGoalName,
    Field::KpiTarget,
    Field::ImplementationGoalName,
    Field::PlanName,
    Field::TaskTitle,
    Field::TaskProgress,
    Field::ProfileName,
    Field::UnitName,
    Field::Vision,
];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
}

/// A generated plan small enough for thousands of sequences.
fn small_generated() -> Plan {
    large_plan(
        Size {
            stakeholders: 6,
            goals: 4,
            plans: 3,
            tasks_per_plan: 4,
        },
        today(),
    )
}

/// The plan that arrives.
fn incoming(current: &Plan, what: Incoming) -> Plan {
    match what {
        Incoming::Rich(variant) => common::rich_plan(&|s: &str| match variant % 3 {
            0 => s.to_owned(),
            1 => s.to_uppercase(),
            _ => format!("{s} (imported)"),
        }),
        Incoming::Generated => small_generated(),
        Incoming::Empty => Plan::new(),
        Incoming::Mutated(seed) => {
            let mut plan = current.clone();
            let mut x = seed | 1;
            let mut next = || {
                // xorshift64
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as usize
            };
            for _ in 0..(next() % 4 + 1) {
                let kind = KINDS[next() % KINDS.len()];
                match next() % 4 {
                    0 => add(&mut plan, kind, next()),
                    1 => delete(&mut plan, kind, next()),
                    2 => move_records(&mut plan, kind, next(), next()),
                    _ => {
                        let field = FIELDS[next() % FIELDS.len()];
                        edit(&mut plan, field, next(), (next() % 8) as u8);
                    }
                }
            }
            plan
        }
        Incoming::Same => current.clone(),
    }
}

// ---------------------------------------------------------------------------------------------
// The model

/// The reference: whole copies of the plan (see the module's doc for the rules).
struct Model {
    current: Plan,
    past: Vec<Plan>,
    future: Vec<Plan>,
    /// The field and time of the last recorded change, while a typing run may go on.
    last: Option<(String, f64)>,
    /// The shape of the newest step, for joining.
    top: Shape,
}

impl Model {
    fn new(plan: Plan) -> Model {
        Model {
            current: plan,
            past: Vec::new(),
            future: Vec::new(),
            last: None,
            top: Shape::default(),
        }
    }

    /// Changes the plan, given a copy of it as it is (`before`); whether it changed.
    fn change(
        &mut self,
        before: Plan,
        change: &dyn Fn(&mut Plan),
        field: Option<&str>,
        now_ms: f64,
        shape: Shape,
    ) -> bool {
        change(&mut self.current);
        if self.current == before {
            return false;
        }
        let joins = match (&self.last, field) {
            (Some((last, at)), Some(field)) => last == field && now_ms - at < COALESCE_MS,
            _ => false,
        };
        self.last = field.map(|f| (f.to_owned(), now_ms));
        self.future.clear();
        if joins && !self.past.is_empty() {
            if let Some(joined) = self.top.join(&shape) {
                // The step keeps its "before".
                self.top = joined;
                return true;
            }
        }
        self.past.push(before);
        if self.past.len() > MAX_STEPS {
            self.past.remove(0);
        }
        self.top = shape;
        true
    }

    fn undo(&mut self) -> bool {
        let Some(mut previous) = self.past.pop() else {
            return false;
        };
        // Undo never lowers the id counter: an id handed out is never handed out again.
        previous.next_id = previous.next_id.max(self.current.next_id);
        self.last = None;
        self.future
            .push(std::mem::replace(&mut self.current, previous));
        true
    }

    fn redo(&mut self) -> bool {
        let Some(mut next) = self.future.pop() else {
            return false;
        };
        next.next_id = next.next_id.max(self.current.next_id);
        self.last = None;
        self.past.push(std::mem::replace(&mut self.current, next));
        true
    }
}

// ---------------------------------------------------------------------------------------------
// What changed, found by comparing two plans

/// Records kept on both sides whose order among the kept ones changed (moved).
fn moved<'a>(before: &[&'a Id], after: &[&'a Id]) -> Vec<&'a Id> {
    let kept_before = before.iter().filter(|id| after.contains(id));
    let kept_after = after.iter().filter(|id| before.contains(id));
    kept_before
        .zip(kept_after)
        .filter(|(a, b)| a != b)
        .flat_map(|(a, b)| [*a, *b])
        .collect()
}

/// Records that changed: the id, the value before (if any) and after (if any).
type Changes<'a, T> = Vec<(&'a Id, Option<&'a T>, Option<&'a T>)>;

/// The records of one list that changed, appeared or disappeared, with their values on both
/// sides, and the ones that moved. The lists are short: plain scans.
fn list_changes<'a, T: PartialEq>(
    before: &'a [T],
    after: &'a [T],
    id: impl Fn(&'a T) -> &'a Id,
) -> (Changes<'a, T>, Vec<&'a Id>) {
    if before == after {
        return (Vec::new(), Vec::new());
    }
    let find = |list: &'a [T], key: &Id| list.iter().find(|r| id(r) == key);
    let mut changed = Vec::new();
    for r in before {
        let other = find(after, id(r));
        if other != Some(r) {
            changed.push((id(r), Some(r), other));
        }
    }
    for r in after {
        if find(before, id(r)).is_none() {
            changed.push((id(r), None, Some(r)));
        }
    }
    let ids_before: Vec<&Id> = before.iter().map(&id).collect();
    let ids_after: Vec<&Id> = after.iter().map(&id).collect();
    (changed, moved(&ids_before, &ids_after))
}

/// Checks that `touched` covers every difference between `before` and `after`: every part
/// whose value differs, every record that changed, appeared, disappeared or moved (a plan's
/// value holds its tasks), and for a task, the plan it is in on both sides.
fn check_touched(before: &Plan, after: &Plan, touched: Option<&Touched>, ctx: &str) {
    if before == after {
        return;
    }
    let touched = touched.unwrap_or_else(|| panic!("{ctx}: the plan changed, nothing touched"));
    let parts = [
        (Part::Profile, before.profile != after.profile),
        (
            Part::Stakeholders,
            before.stakeholders != after.stakeholders,
        ),
        (Part::Strategy, before.strategy != after.strategy),
        (
            Part::Goals,
            before.implementation_goals != after.implementation_goals
                || before.scope != after.scope,
        ),
        (Part::Plans, before.plans != after.plans),
    ];
    for (part, differs) in parts {
        assert!(
            !differs || touched.parts.contains(part),
            "{ctx}: {part:?} changed but is not touched ({touched:?})"
        );
    }
    let named = |id: &Id| touched.records.contains(id);
    macro_rules! list {
        ($name:literal, $($path:ident).+) => {{
            let (changed, moved) =
                list_changes(&before.$($path).+, &after.$($path).+, |r| &r.id);
            for (id, a, b) in changed {
                assert!(
                    named(id),
                    "{ctx}: {} {id} changed but is not touched: {a:?} -> {b:?} ({touched:?})",
                    $name
                );
            }
            for id in moved {
                assert!(named(id), "{ctx}: {} {id} moved but is not touched ({touched:?})", $name);
            }
        }};
    }
    list!("unit", profile.units);
    list!("stakeholder", stakeholders);
    list!("business goal", strategy.goals);
    list!("process", strategy.processes);
    list!("people group", strategy.people);
    list!("software", strategy.software);
    list!("link", strategy.links);
    list!("benefit", strategy.benefits);
    list!("KPI", strategy.kpis);
    list!("implementation goal", implementation_goals);
    // A plan's value holds its tasks, so a task's change is a change of its plan.
    list!("plan", plans);
    if before.plans == after.plans {
        return;
    }
    let tasks = |plan: &'_ Plan| -> Vec<(Id, Task)> {
        plan.plans
            .iter()
            .flat_map(|p| p.tasks.iter().map(|t| (p.id, t.clone())))
            .collect()
    };
    let (old, new) = (tasks(before), tasks(after));
    let (changed, _) = list_changes(&old, &new, |(_, t)| &t.id);
    for (id, a, b) in changed {
        assert!(
            named(id),
            "{ctx}: task {id} changed but is not touched: {a:?} -> {b:?} ({touched:?})"
        );
        for (plan, _) in a.into_iter().chain(b) {
            assert!(
                named(plan),
                "{ctx}: task {id} changed but its plan {plan} is not touched ({touched:?})"
            );
        }
    }
    for p in &before.plans {
        let Some(q) = after.plans.iter().find(|q| q.id == p.id) else {
            continue;
        };
        let (_, moved) = list_changes(&p.tasks, &q.tasks, |t| &t.id);
        for id in moved {
            assert!(
                named(id),
                "{ctx}: task {id} moved in plan {} but is not touched ({touched:?})",
                p.id
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------
// Running a sequence

struct Run {
    doc: Document,
    model: Model,
    now: f64,
    revision: u64,
}

impl Run {
    fn new(plan: Plan) -> Run {
        Run {
            doc: Document::new(plan.clone()),
            model: Model::new(plan),
            now: 1_000_000.0,
            revision: 0,
        }
    }

    /// One change through `Document::edit` and the model.
    fn change(&mut self, change: &dyn Fn(&mut Plan), field: Option<&str>, shape: Shape, ctx: &str) {
        let before = self.model.current.clone();
        let touched = self.doc.edit(change, field, self.now);
        check_touched(&before, self.doc.plan(), touched.as_ref(), ctx);
        let changed = self.model.change(before, change, field, self.now, shape);
        assert_eq!(
            touched.is_some(),
            changed,
            "{ctx}: edit reports a change exactly when there is one"
        );
    }

    fn edit(&mut self, field: Field, pick: usize, value: u8, naming: Naming, dt: u32, ctx: &str) {
        self.now += f64::from(dt);
        let (own, shape) = locate(&self.model.current, field, pick)
            .unwrap_or_else(|| ("nothing".to_owned(), Shape::default()));
        let name = match naming {
            Naming::Own => Some(own.as_str()),
            Naming::Column => Some(column(field)),
            Naming::Shared => Some("shared"),
            Naming::Unnamed => None,
        };
        self.change(&|p| edit(p, field, pick, value), name, shape, ctx);
    }

    fn undo(&mut self, ctx: &str) -> bool {
        let before = self.doc.plan().clone();
        let touched = self.doc.undo();
        let undone = self.model.undo();
        assert_eq!(touched.is_some(), undone, "{ctx}: undo");
        check_touched(&before, self.doc.plan(), touched.as_ref(), ctx);
        undone
    }

    fn redo(&mut self, ctx: &str) -> bool {
        let before = self.doc.plan().clone();
        let touched = self.doc.redo();
        let redone = self.model.redo();
        assert_eq!(touched.is_some(), redone, "{ctx}: redo");
        check_touched(&before, self.doc.plan(), touched.as_ref(), ctx);
        redone
    }

    fn op(&mut self, op: &Op, ctx: &str) {
        match *op {
            Op::Edit {
                field,
                pick,
                value,
                naming,
                dt,
            } => self.edit(field, pick, value, naming, dt, ctx),
            Op::Add { kind, pick } => {
                self.change(&|p| add(p, kind, pick), None, Shape::default(), ctx);
            }
            Op::Delete { kind, pick } => {
                self.change(&|p| delete(p, kind, pick), None, Shape::default(), ctx);
            }
            Op::Move { kind, pick, other } => {
                let change = |p: &mut Plan| move_records(p, kind, pick, other);
                self.change(&change, None, Shape::default(), ctx);
            }
            Op::Typing {
                field,
                ref edits,
                naming,
                dt,
            } => {
                for (k, &(other, pick, value)) in edits.iter().enumerate() {
                    let ctx = format!("{ctx}, edit {k}");
                    self.edit(field.unwrap_or(other), pick, value, naming, dt, &ctx);
                    self.agree(&ctx);
                }
            }
            Op::Undo => {
                self.undo(ctx);
            }
            Op::Redo => {
                self.redo(ctx);
            }
            Op::UndoAll => {
                for _ in 0..MAX_STEPS + 10 {
                    if !self.undo(ctx) {
                        break;
                    }
                    self.agree(ctx);
                }
            }
            Op::RedoAll => {
                for _ in 0..MAX_STEPS + 10 {
                    if !self.redo(ctx) {
                        break;
                    }
                    self.agree(ctx);
                }
            }
            Op::Replace(what) => {
                let plan = incoming(&self.model.current, what);
                let before = self.model.current.clone();
                let touched = self.doc.replace(plan.clone());
                check_touched(&before, self.doc.plan(), touched.as_ref(), ctx);
                let change = |p: &mut Plan| *p = plan.clone();
                let changed = self
                    .model
                    .change(before, &change, None, 0.0, Shape::default());
                assert_eq!(touched.is_some(), changed, "{ctx}: replace");
            }
            Op::Reload { open } => {
                self.revision += 1;
                let text = format::to_stored(
                    self.doc.plan(),
                    self.revision,
                    "2026-11-27T10:00:00Z",
                    "0.1.0",
                );
                let stored = format::read_stored(&text)
                    .unwrap_or_else(|e| panic!("{ctx}: the stored copy reads back: {e:?}"));
                assert_eq!(stored.revision, self.revision, "{ctx}");
                assert_eq!(
                    stored.plan, self.model.current,
                    "{ctx}: the stored copy is the plan"
                );
                if open {
                    let touched = self.doc.open(stored.plan.clone());
                    assert_eq!(
                        touched.parts,
                        Parts::all(),
                        "{ctx}: open touches everything"
                    );
                } else {
                    self.doc = Document::new(stored.plan.clone());
                }
                self.model = Model::new(stored.plan);
            }
            Op::Burst { count, typing } => {
                for k in 0..count {
                    let ctx = format!("{ctx}, keystroke {k}");
                    if typing {
                        self.edit(Field::Vision, 0, (k % 4) as u8, Naming::Own, 100, &ctx);
                    } else {
                        let field = if k % 2 == 0 {
                            Field::Vision
                        } else {
                            Field::ProfileName
                        };
                        let value = (k / 2 % 4) as u8;
                        self.edit(field, 0, value, Naming::Own, 2_000, &ctx);
                    }
                    self.agree(&ctx);
                }
            }
        }
    }

    /// The document and the model agree.
    fn agree(&self, ctx: &str) {
        assert!(
            self.doc.plan() == &self.model.current,
            "{ctx}: the document's plan differs from the model's"
        );
        assert_eq!(
            self.doc.can_undo(),
            !self.model.past.is_empty(),
            "{ctx}: can_undo"
        );
        assert_eq!(
            self.doc.can_redo(),
            !self.model.future.is_empty(),
            "{ctx}: can_redo"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Strategies

/// The plan a sequence starts from.
#[derive(Clone, Copy, Debug)]
enum Start {
    Rich,
    Generated,
    Empty,
}

fn start() -> impl Strategy<Value = Start> {
    prop_oneof![
        4 => Just(Start::Rich),
        4 => Just(Start::Generated),
        1 => Just(Start::Empty),
    ]
}

fn kind() -> impl Strategy<Value = Kind> {
    (0..KINDS.len()).prop_map(|i| KINDS[i])
}

fn field() -> impl Strategy<Value = Field> {
    (0..FIELDS.len()).prop_map(|i| FIELDS[i])
}

fn naming() -> impl Strategy<Value = Naming> {
    prop_oneof![
        4 => Just(Naming::Own),
        3 => Just(Naming::Column),
        2 => Just(Naming::Shared),
        1 => Just(Naming::Unnamed),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let typing = (
        proptest::option::of(field()),
        proptest::collection::vec((field(), 0usize..4, 0u8..8), 2..6),
        naming(),
        prop_oneof![Just(0u32), Just(250), Just(999)],
    )
        .prop_map(|(field, edits, naming, dt)| Op::Typing {
            field,
            edits,
            naming,
            dt,
        });
    // Around the coalescing window: 999 ms joins, 1,000 ms does not.
    let dt = prop_oneof![Just(0u32), Just(250), Just(999), Just(1_000), Just(5_000)];
    let incoming = prop_oneof![
        (0u8..3).prop_map(Incoming::Rich),
        Just(Incoming::Generated),
        Just(Incoming::Empty),
        any::<u64>().prop_map(Incoming::Mutated),
        Just(Incoming::Same),
    ];
    prop_oneof![
        52 => (field(), any::<usize>(), 0u8..8, naming(), dt).prop_map(
            |(field, pick, value, naming, dt)| Op::Edit { field, pick, value, naming, dt }
        ),
        8 => typing,
        12 => (kind(), any::<usize>()).prop_map(|(kind, pick)| Op::Add { kind, pick }),
        8 => (kind(), any::<usize>()).prop_map(|(kind, pick)| Op::Delete { kind, pick }),
        8 => (kind(), any::<usize>(), any::<usize>())
            .prop_map(|(kind, pick, other)| Op::Move { kind, pick, other }),
        14 => Just(Op::Undo),
        10 => Just(Op::Redo),
        2 => Just(Op::UndoAll),
        2 => Just(Op::RedoAll),
        6 => incoming.prop_map(Op::Replace),
        3 => any::<bool>().prop_map(|open| Op::Reload { open }),
        1 => (90usize..130, any::<bool>())
            .prop_map(|(count, typing)| Op::Burst { count, typing }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 10_000,
        failure_persistence: None,
        // The default generator costs more per case than a short sequence.
        rng_algorithm: proptest::test_runner::RngAlgorithm::XorShift,
        .. ProptestConfig::default()
    })]

    /// 10,000 sequences of 1 to 39 operations (a burst counts as one); after every one the
    /// document and the model agree and what the document touched covers what changed.
    #[test]
    fn the_document_behaves_like_whole_copies(
        start in start(),
        ops in proptest::collection::vec(op(), 1..40),
    ) {
        let plan = match start {
            Start::Rich => common::rich_plan(&|s: &str| s.to_owned()),
            Start::Generated => small_generated(),
            Start::Empty => Plan::new(),
        };
        let mut run = Run::new(plan);
        run.agree("start");
        for (i, op) in ops.iter().enumerate() {
            let ctx = format!("op {i} {op:?}");
            run.op(op, &ctx);
            run.agree(&ctx);
        }
    }
}

/// The rules of the model that a random sequence reaches only by chance, spelled out.
#[test]
fn the_model_rules_hold_on_chosen_sequences() {
    let mut run = Run::new(common::rich_plan(&|s: &str| s.to_owned()));
    let name = |k| Op::Edit {
        field: Field::StakeholderName,
        pick: k,
        value: 0,
        naming: Naming::Shared,
        dt: 100,
    };
    // Two stakeholders typed under one field name: `then` refuses, two steps.
    for op in [name(0), name(0), name(1), name(1)] {
        run.op(&op, "shared");
        run.agree("shared");
    }
    assert_eq!(run.model.past.len(), 2);
    // The vision under the same name joins the stakeholder's step.
    let vision = Op::Edit {
        field: Field::Vision,
        pick: 0,
        value: 1,
        naming: Naming::Shared,
        dt: 100,
    };
    run.op(&vision, "vision");
    run.agree("vision");
    assert_eq!(run.model.past.len(), 2);
    // A redo with nothing to redo keeps the typing run; an undo ends it.
    run.op(&Op::Redo, "redo");
    run.op(&name(1), "after redo");
    run.agree("after redo");
    assert_eq!(run.model.past.len(), 2);
    run.op(&Op::Undo, "undo");
    run.op(&name(1), "after undo");
    run.agree("after undo");
    assert_eq!(run.model.past.len(), 2);
    assert!(!run.doc.can_redo());
    // More steps than the history keeps.
    run.op(
        &Op::Burst {
            count: MAX_STEPS + 20,
            typing: false,
        },
        "burst",
    );
    assert_eq!(run.model.past.len(), MAX_STEPS);
    run.op(&Op::UndoAll, "undo all");
    run.agree("undo all");
    assert!(!run.doc.can_undo());
    run.op(&Op::RedoAll, "redo all");
    run.agree("redo all");
    assert!(!run.doc.can_redo());
}
