//! Step 4's records: implementation plans and their tasks.

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
    #[serde(default)]
    pub start: Option<NaiveDate>,
    /// The deadline.
    #[serde(default)]
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
    #[serde(default)]
    pub start: Option<NaiveDate>,
    /// When it is due.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// Where it stands.
    #[serde(default)]
    pub status: TaskStatus,
    /// Percent done, 0-100.
    #[serde(default)]
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
