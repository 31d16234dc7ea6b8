//! The plan: the one document a user works on, exported and imported as a whole.

use serde::{Deserialize, Serialize};

use crate::goals::{AreaDecision, ImplementationGoal};
use crate::ids::Id;
use crate::plans::ImplementationPlan;
use crate::profile::{FunctionalLevel, Profile, Unit};
use crate::stakeholders::Stakeholder;
use crate::strategy::Strategy;

/// A CRM implementation plan: the project profile and, step by step, everything the method asks.
///
/// Unknown fields are refused on import; every field added in a later
/// format version has a default so that older files keep opening.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Plan {
    /// Step 0: the project and the organisation.
    #[serde(default)]
    pub profile: Profile,
    /// Step 1: the stakeholder register.
    #[serde(default)]
    pub stakeholders: Vec<Stakeholder>,
    /// Step 2: the CRM strategy.
    #[serde(default)]
    pub strategy: Strategy,
    /// Step 3: implementation goals, in ranked order within each priority.
    #[serde(default)]
    pub implementation_goals: Vec<ImplementationGoal>,
    /// Step 3: the scope decision for each customer-interaction area.
    #[serde(default)]
    pub scope: Vec<AreaDecision>,
    /// Step 4: implementation plans with their tasks.
    #[serde(default)]
    pub plans: Vec<ImplementationPlan>,
    /// The counter behind [`Plan::fresh_id`]; never decreases, so ids are never reused.
    #[serde(default)]
    pub next_id: u64,
}

impl Plan {
    /// An empty plan.
    pub fn new() -> Plan {
        Plan::default()
    }

    /// A new id, unique within this plan, with a prefix naming the record kind.
    pub fn fresh_id(&mut self, prefix: &str) -> Id {
        self.next_id += 1;
        Id::new(&format!("{prefix}{}", self.next_id))
    }

    /// The plan's display name: the project name, if any.
    pub fn display_name(&self) -> &str {
        self.profile.name.trim()
    }

    /// Adds a unit and returns its id.
    pub fn add_unit(&mut self, name: String, level: FunctionalLevel, customer_facing: bool) -> Id {
        let id = self.fresh_id("u");
        self.profile.units.push(Unit {
            id,
            name,
            level,
            customer_facing,
        });
        id
    }

    /// The unit with this id.
    pub fn unit_mut(&mut self, id: &Id) -> Option<&mut Unit> {
        self.profile.units.iter_mut().find(|u| &u.id == id)
    }

    /// Removes a unit; returns whether it existed.
    pub fn remove_unit(&mut self, id: &Id) -> bool {
        let before = self.profile.units.len();
        self.profile.units.retain(|u| &u.id != id);
        before != self.profile.units.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_never_reused() {
        let mut plan = Plan::new();
        let a = plan.add_unit("Sales".into(), FunctionalLevel::Operational, true);
        assert!(plan.remove_unit(&a));
        let b = plan.add_unit("Service".into(), FunctionalLevel::Operational, true);
        assert_ne!(a, b);
        assert!(!plan.remove_unit(&a));
    }

    #[test]
    fn units_are_found_by_id_not_position() {
        let mut plan = Plan::new();
        let a = plan.add_unit("A".into(), FunctionalLevel::Strategic, false);
        let b = plan.add_unit("B".into(), FunctionalLevel::Tactical, true);
        plan.remove_unit(&a);
        plan.unit_mut(&b).expect("unit b").name = "B2".into();
        assert_eq!(plan.profile.units[0].name, "B2");
    }
}
