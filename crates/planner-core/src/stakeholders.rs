//! Step 1's records: the stakeholder register.

use serde::{Deserialize, Serialize};

use crate::ids::Id;

/// A person or group with a stake in the CRM roll-out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Stakeholder {
    /// Stable id.
    pub id: Id,
    /// Name of the person or group.
    pub name: String,
    /// The text's categories: users, customers, management, suppliers, others.
    pub category: Category,
    /// The unit of the organisation they belong to, if internal.
    #[serde(default)]
    pub unit: Option<Id>,
    /// Their organisation, if external (a customer, supplier, partner).
    #[serde(default)]
    pub organisation: String,
    /// Position or role.
    #[serde(default)]
    pub position: String,
    /// The results they expect from the CRM (the text: "assess the results they expect").
    #[serde(default)]
    pub expected_results: String,
    /// Their concerns.
    #[serde(default)]
    pub concerns: String,
    /// Power over the project, 1-5.
    #[serde(default)]
    pub power: Option<u8>,
    /// Interest in the project, 1-5.
    #[serde(default)]
    pub interest: Option<u8>,
    /// Attitude today.
    #[serde(default)]
    pub current_attitude: Attitude,
    /// Attitude the project needs.
    #[serde(default)]
    pub desired_attitude: Attitude,
    /// Which of the text's three activities they take part in.
    #[serde(default)]
    pub activities: Vec<Activity>,
    /// The executive sponsor.
    #[serde(default)]
    pub sponsor: bool,
    /// How they will be engaged.
    #[serde(default)]
    pub engagement: String,
}

/// The source text's stakeholder categories ("users, customers, management, suppliers and
/// others"), with "others" split into the usual kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Category {
    /// People who will work in the CRM.
    #[default]
    Users,
    /// The organisation's customers.
    Customers,
    /// Management.
    Management,
    /// Suppliers.
    Suppliers,
    /// Partners.
    Partners,
    /// The IT department or vendor.
    It,
    /// Anyone else.
    Other,
}

/// Attitude towards the CRM roll-out, from unaware to leading.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Attitude {
    /// Does not know about the project.
    #[default]
    Unaware,
    /// Against it.
    Resistant,
    /// Neither for nor against.
    Neutral,
    /// For it.
    Supportive,
    /// Actively drives it.
    Leading,
}

/// The three activities the text says stakeholders should take part in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Activity {
    /// Assessing the business tasks.
    AssessingBusinessTasks,
    /// Working out the implementation strategy.
    WorkingOutStrategy,
    /// Working out the rules for using the CRM in the company.
    WorkingOutUsageRules,
}
