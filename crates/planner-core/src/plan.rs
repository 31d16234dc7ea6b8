//! The plan: the one document a user works on, exported and imported as a whole.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::file::limits::MAX_COUNTER;
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
    /// The counter behind [`Plan::fresh_id`]; never decreases, so ids are never reused. At most
    /// 9007199254740991 (2^53 - 1, the largest whole number a JavaScript number holds exactly);
    /// an import also refuses an id whose number (`s12`) is larger.
    #[serde(default, deserialize_with = "crate::file::limits::counter")]
    #[cfg_attr(feature = "schema", schemars(range(max = crate::file::limits::MAX_COUNTER)))]
    pub next_id: u64,
}

impl Plan {
    /// An empty plan.
    pub fn new() -> Plan {
        Plan::default()
    }

    /// A new id, unique within this plan, with a prefix naming the record kind.
    ///
    /// The counter stops at [`MAX_COUNTER`], the largest a file may hold, so that a plan always
    /// exports to a file that imports. It only gets there from a file that holds it (the import
    /// refuses anything larger): at one id a microsecond, counting up would take 285 years. Once
    /// there, an id is the lowest `{prefix}{n}` that no record of the plan has: unique within
    /// the plan, never a panic, never a wrap to 0 (which would hand out ids in use).
    pub fn fresh_id(&mut self, prefix: &str) -> Id {
        match self.next_id.checked_add(1).filter(|n| *n <= MAX_COUNTER) {
            Some(n) => {
                self.next_id = n;
                Id::new(&format!("{prefix}{n}"))
            }
            None => self.unused_id(prefix),
        }
    }

    /// The lowest `{prefix}{n}` (n from 1) that is not the id of a record of the plan.
    fn unused_id(&self, prefix: &str) -> Id {
        let used: HashSet<&str> = self.ids().map(Id::as_str).collect();
        // Of `used.len() + 1` candidates at least one is free.
        (1..=used.len() as u64 + 1)
            .map(|n| format!("{prefix}{n}"))
            .find(|id| !used.contains(id.as_str()))
            .map_or_else(|| Id::new(prefix), |id| Id::new(&id))
    }

    /// The id of every record of the plan, kind by kind (units first, tasks last).
    pub fn ids(&self) -> impl Iterator<Item = &Id> {
        let s = &self.strategy;
        (self.profile.units.iter().map(|x| &x.id))
            .chain(self.stakeholders.iter().map(|x| &x.id))
            .chain(s.goals.iter().map(|x| &x.id))
            .chain(s.processes.iter().map(|x| &x.id))
            .chain(s.people.iter().map(|x| &x.id))
            .chain(s.software.iter().map(|x| &x.id))
            .chain(s.links.iter().map(|x| &x.id))
            .chain(s.benefits.iter().map(|x| &x.id))
            .chain(s.kpis.iter().map(|x| &x.id))
            .chain(self.implementation_goals.iter().map(|x| &x.id))
            .chain(
                self.plans
                    .iter()
                    .flat_map(|p| std::iter::once(&p.id).chain(p.tasks.iter().map(|t| &t.id))),
            )
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
    fn the_counter_stops_at_its_largest_and_ids_stay_unique() {
        let mut plan = Plan::new();
        plan.next_id = MAX_COUNTER - 1;
        let last = plan.add_unit("A".into(), FunctionalLevel::Strategic, false);
        assert_eq!(last.as_str(), "u9007199254740991");
        assert_eq!(plan.next_id, MAX_COUNTER);
        // Exhausted: no panic, no wrap to 0, and every id new to the plan.
        let more: Vec<Id> = (0..3)
            .map(|_| plan.add_unit("B".into(), FunctionalLevel::Tactical, false))
            .collect();
        assert_eq!(plan.next_id, MAX_COUNTER);
        let ids: HashSet<&str> = plan.ids().map(Id::as_str).collect();
        assert_eq!(ids.len(), 4, "{ids:?}");
        assert_eq!(more[0].as_str(), "u1");
        // Even a counter set past the bound by hand (no file can) neither panics nor wraps.
        plan.next_id = u64::MAX;
        let id = plan.fresh_id("s");
        assert_eq!(plan.next_id, u64::MAX);
        assert!(!plan.ids().any(|x| *x == id), "{id}");
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
