//! Step 3's records: implementation goals, their priorities, and the scope decision for each
//! customer-interaction area.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::Id;
use crate::profile::FunctionalLevel;
use crate::strategy::InteractionArea;

/// An implementation goal: what the CRM roll-out must achieve, tied to a business goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ImplementationGoal {
    /// Stable id.
    pub id: Id,
    /// The goal, formulated precisely.
    pub name: String,
    /// More detail.
    #[serde(default)]
    pub description: String,
    /// The business goal it serves.
    #[serde(default)]
    pub business_goal: Option<Id>,
    /// The KPIs (of that business goal) it moves.
    #[serde(default)]
    pub kpis: Vec<Id>,
    /// The customer-interaction areas it covers.
    #[serde(default)]
    pub areas: Vec<InteractionArea>,
    /// The units it touches.
    #[serde(default)]
    pub units: Vec<Id>,
    /// The functional levels it touches.
    #[serde(default)]
    pub levels: Vec<FunctionalLevel>,
    /// MoSCoW priority.
    #[serde(default)]
    pub priority: Option<Priority>,
    /// Value, 1-5.
    #[serde(default)]
    pub value: Option<u8>,
    /// Effort, 1-5.
    #[serde(default)]
    pub effort: Option<u8>,
    /// Expected resistance to change.
    #[serde(default)]
    pub resistance: Option<Resistance>,
    /// Why people may resist.
    #[serde(default)]
    pub resistance_causes: String,
    /// How the resistance will be met.
    #[serde(default)]
    pub mitigation: String,
    /// When the goal should be reached.
    #[serde(default)]
    pub target_date: Option<NaiveDate>,
}

/// MoSCoW priority.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Priority {
    /// Must have.
    Must,
    /// Should have.
    Should,
    /// Could have.
    Could,
    /// Won't have this time.
    Wont,
}

/// Resistance to change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Resistance {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
}

/// Whether a customer-interaction area is in the roll-out's scope.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AreaDecision {
    /// The area.
    pub area: InteractionArea,
    /// In scope or not.
    pub in_scope: bool,
    /// Why it is out of scope.
    #[serde(default)]
    pub reason: String,
}
