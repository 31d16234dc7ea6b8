//! Step 4's records: implementation plans and their tasks.

pub mod checks;
pub mod cycles;
pub mod texts;
pub mod timeline;
pub mod workload;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::Id;

/// An implementation plan. The text: "a plan includes the responsible person, the key indicators
/// and the deadline"; reaching the goal may take several plans tied to the priorities.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ImplementationPlan {
    /// Stable id.
    pub id: Id,
    /// The plan's name.
    pub name: String,
    /// The implementation goals it serves.
    #[serde(default)]
    pub goals: Vec<Id>,
    /// The responsible person (a stakeholder).
    #[serde(default)]
    pub responsible: Option<Id>,
    /// Key indicators (KPIs).
    #[serde(default)]
    pub indicators: Vec<Id>,
    /// When it starts.
    #[serde(default, with = "crate::dates::optional_iso")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::file::schema::Date>")
    )]
    pub start: Option<NaiveDate>,
    /// The deadline.
    #[serde(default, with = "crate::dates::optional_iso")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::file::schema::Date>")
    )]
    pub deadline: Option<NaiveDate>,
    /// Where it stands.
    #[serde(default)]
    pub status: PlanStatus,
    /// Budget, in the organisation's currency.
    #[serde(default)]
    pub budget: Option<f64>,
    /// Its tasks.
    #[serde(default)]
    pub tasks: Vec<Task>,
}

/// A plan's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum PlanStatus {
    /// Not started.
    #[default]
    Planned,
    /// Under way.
    InProgress,
    /// Paused.
    OnHold,
    /// Finished.
    Done,
}

/// A task of a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Task {
    /// Stable id (unique across the whole plan file).
    pub id: Id,
    /// What is to be done.
    pub title: String,
    /// Who does it (a stakeholder).
    #[serde(default)]
    pub owner: Option<Id>,
    /// When it starts.
    #[serde(default, with = "crate::dates::optional_iso")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::file::schema::Date>")
    )]
    pub start: Option<NaiveDate>,
    /// When it is due.
    #[serde(default, with = "crate::dates::optional_iso")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::file::schema::Date>")
    )]
    pub due: Option<NaiveDate>,
    /// Where it stands.
    #[serde(default)]
    pub status: TaskStatus,
    /// Percent done, 0-100.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(range(max = 100)))]
    pub progress: u8,
    /// Tasks that must finish first (ids of tasks in any plan).
    #[serde(default)]
    pub depends_on: Vec<Id>,
    /// A milestone (a point in time, drawn as a diamond).
    #[serde(default)]
    pub milestone: bool,
    /// What it delivers.
    #[serde(default)]
    pub deliverable: String,
}

/// A task's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum TaskStatus {
    /// Not started.
    #[default]
    Todo,
    /// Under way.
    InProgress,
    /// Cannot go on.
    Blocked,
    /// Finished.
    Done,
}

impl PlanStatus {
    /// All statuses, in their natural order.
    pub const ALL: [PlanStatus; 4] = [
        PlanStatus::Planned,
        PlanStatus::InProgress,
        PlanStatus::OnHold,
        PlanStatus::Done,
    ];

    /// The stable code used in form values.
    pub fn code(self) -> &'static str {
        match self {
            PlanStatus::Planned => "planned",
            PlanStatus::InProgress => "inProgress",
            PlanStatus::OnHold => "onHold",
            PlanStatus::Done => "done",
        }
    }

    /// The status with this code.
    pub fn from_code(code: &str) -> Option<PlanStatus> {
        PlanStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl TaskStatus {
    /// All statuses, in their natural order.
    pub const ALL: [TaskStatus; 4] = [
        TaskStatus::Todo,
        TaskStatus::InProgress,
        TaskStatus::Blocked,
        TaskStatus::Done,
    ];

    /// The stable code used in form values.
    pub fn code(self) -> &'static str {
        match self {
            TaskStatus::Todo => "todo",
            TaskStatus::InProgress => "inProgress",
            TaskStatus::Blocked => "blocked",
            TaskStatus::Done => "done",
        }
    }

    /// The status with this code.
    pub fn from_code(code: &str) -> Option<TaskStatus> {
        TaskStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl Task {
    /// Whether the task is late: not done and due before `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status != TaskStatus::Done && self.due.is_some_and(|d| d < today)
    }

    /// The day the task starts on the timeline: its start, else its due date.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.start.or(self.due)
    }

    /// The day the task ends on the timeline: its due date, else its start.
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.due.or(self.start)
    }

    /// Sets the status; a task marked done is done in full, so its progress becomes 100 %.
    /// Any other status keeps the progress as it was.
    pub fn set_status(&mut self, status: TaskStatus) {
        self.status = status;
        if status == TaskStatus::Done {
            self.progress = 100;
        }
    }
}

/// A budget as typed in `lang` for a project whose budgets are in `currency` (see
/// [`crate::profile::money::parse_amount`]): an amount of 0 or more, with or without the
/// currency and a word for millions, or empty for none.
pub fn budget(
    input: &str,
    lang: crate::i18n::Lang,
    currency: crate::profile::Currency,
) -> Result<Option<f64>, crate::profile::money::MoneyError> {
    crate::profile::money::parse_amount(input, lang, currency)
}

/// A task's progress as typed: 0-100.
pub fn progress(input: &str) -> Option<u8> {
    input.trim().parse::<u8>().ok().filter(|n| *n <= 100)
}

impl crate::plan::Plan {
    /// Adds an implementation plan with this name and returns its id.
    pub fn add_plan(&mut self, name: String) -> Id {
        let id = self.fresh_id("p");
        self.plans.push(ImplementationPlan {
            id,
            name,
            ..ImplementationPlan::default()
        });
        id
    }

    /// The implementation plan with this id.
    pub fn plan(&self, id: &Id) -> Option<&ImplementationPlan> {
        self.plans.iter().find(|p| &p.id == id)
    }

    /// The implementation plan with this id, to change.
    pub fn plan_mut(&mut self, id: &Id) -> Option<&mut ImplementationPlan> {
        self.plans.iter_mut().find(|p| &p.id == id)
    }

    /// Removes a plan with its tasks, and every dependency on those tasks.
    pub fn remove_plan(&mut self, id: &Id) -> bool {
        let Some(i) = self.plans.iter().position(|p| &p.id == id) else {
            return false;
        };
        let removed = self.plans.remove(i);
        for task in &removed.tasks {
            self.drop_dependencies_on(&task.id);
        }
        true
    }

    /// Adds a task to a plan and returns its id.
    pub fn add_task(&mut self, plan: &Id, title: String) -> Option<Id> {
        self.plan(plan)?;
        let id = self.fresh_id("t");
        let p = self.plan_mut(plan)?;
        p.tasks.push(Task {
            id,
            title,
            start: p.start,
            ..Task::default()
        });
        Some(id)
    }

    /// The task with this id, in whichever plan it is.
    pub fn task(&self, id: &Id) -> Option<&Task> {
        self.plans
            .iter()
            .flat_map(|p| p.tasks.iter())
            .find(|t| &t.id == id)
    }

    /// The plan holding the task with this id.
    pub fn plan_of_task(&self, id: &Id) -> Option<&ImplementationPlan> {
        self.plans
            .iter()
            .find(|p| p.tasks.iter().any(|t| &t.id == id))
    }

    /// The task with this id, to change.
    pub fn task_mut(&mut self, id: &Id) -> Option<&mut Task> {
        self.plans
            .iter_mut()
            .flat_map(|p| p.tasks.iter_mut())
            .find(|t| &t.id == id)
    }

    /// Removes a task and every dependency on it.
    pub fn remove_task(&mut self, id: &Id) -> bool {
        let mut found = false;
        for p in &mut self.plans {
            let before = p.tasks.len();
            p.tasks.retain(|t| &t.id != id);
            found |= before != p.tasks.len();
        }
        self.drop_dependencies_on(id);
        found
    }

    fn drop_dependencies_on(&mut self, id: &Id) {
        for t in self.plans.iter_mut().flat_map(|p| p.tasks.iter_mut()) {
            t.depends_on.retain(|d| d != id);
        }
    }

    /// Makes `task` depend on `on`, unless that would close a cycle: then nothing changes and
    /// the cycle is returned (task ids in order, starting and ending with `task`).
    pub fn add_dependency(&mut self, task: &Id, on: &Id) -> Result<(), Vec<Id>> {
        if let Some(cycle) = crate::plans::cycles::cycle_if_added(self, task, on) {
            return Err(cycle);
        }
        if let Some(t) = self.task_mut(task) {
            if !t.depends_on.contains(on) {
                t.depends_on.push(*on);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Plan;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn a_task_marked_done_is_done_in_full_and_other_statuses_keep_its_progress() {
        let mut task = Task {
            progress: 40,
            ..Task::default()
        };
        task.set_status(TaskStatus::InProgress);
        assert_eq!((task.status, task.progress), (TaskStatus::InProgress, 40));
        task.set_status(TaskStatus::Done);
        assert_eq!((task.status, task.progress), (TaskStatus::Done, 100));
        task.set_status(TaskStatus::Blocked);
        assert_eq!((task.status, task.progress), (TaskStatus::Blocked, 100));
    }

    #[test]
    fn codes_round_trip() {
        for s in PlanStatus::ALL {
            assert_eq!(PlanStatus::from_code(s.code()), Some(s));
        }
        for s in TaskStatus::ALL {
            assert_eq!(TaskStatus::from_code(s.code()), Some(s));
        }
    }

    #[test]
    fn overdue_means_not_done_and_due_before_today() {
        let today = d(2026, 11, 27);
        let mut t = Task {
            due: Some(d(2026, 11, 26)),
            ..Task::default()
        };
        assert!(t.is_overdue(today));
        t.due = Some(today);
        assert!(!t.is_overdue(today));
        t.due = Some(d(2026, 1, 1));
        t.status = TaskStatus::Done;
        assert!(!t.is_overdue(today));
    }

    #[test]
    fn budgets_and_progress_are_parsed() {
        use crate::i18n::Lang;
        let uzs = crate::profile::Currency::Uzs;
        assert_eq!(
            budget(" 120 000 000 ", Lang::Ru, uzs),
            Ok(Some(120_000_000.0))
        );
        assert_eq!(budget("1,5", Lang::Uz, uzs), Ok(Some(1.5)));
        assert_eq!(budget("1,500", Lang::En, uzs), Ok(Some(1500.0)));
        assert_eq!(budget("", Lang::En, uzs), Ok(None));
        assert!(budget("-3", Lang::Ru, uzs).is_err());
        assert!(budget("abc", Lang::En, uzs).is_err());
        assert_eq!(progress("40"), Some(40));
        assert_eq!(progress("101"), None);
    }

    #[test]
    fn removing_a_task_drops_dependencies_on_it() {
        let mut plan = Plan::new();
        let p = plan.add_plan("Pilot".into());
        let a = plan.add_task(&p, "A".into()).expect("task");
        let b = plan.add_task(&p, "B".into()).expect("task");
        assert_eq!(plan.add_dependency(&b, &a), Ok(()));
        assert!(plan.remove_task(&a));
        assert!(plan.task(&b).expect("b").depends_on.is_empty());
    }

    #[test]
    fn a_dependency_that_closes_a_cycle_is_refused() {
        let mut plan = Plan::new();
        let p = plan.add_plan("Pilot".into());
        let a = plan.add_task(&p, "A".into()).expect("task");
        let b = plan.add_task(&p, "B".into()).expect("task");
        let c = plan.add_task(&p, "C".into()).expect("task");
        assert_eq!(plan.add_dependency(&b, &a), Ok(()));
        assert_eq!(plan.add_dependency(&c, &b), Ok(()));
        let refused = plan.add_dependency(&a, &c);
        assert_eq!(refused, Err(vec![a, c, b, a]));
        assert!(plan.task(&a).expect("a").depends_on.is_empty());
        assert_eq!(plan.add_dependency(&a, &a), Err(vec![a, a]));
    }
}
