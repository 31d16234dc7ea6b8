//! Step 3's coverage views: interaction areas × functional levels, and resistance by unit.

use crate::goals::{Priority, Resistance};
use crate::ids::Id;
use crate::plan::Plan;
use crate::profile::FunctionalLevel;
use crate::strategy::InteractionArea;

/// How many goals (other than won't-have) cover an area at a level.
pub fn cell(plan: &Plan, area: InteractionArea, level: FunctionalLevel) -> usize {
    plan.implementation_goals
        .iter()
        .filter(|g| g.priority != Some(Priority::Wont))
        .filter(|g| g.areas.contains(&area) && g.touched_levels(plan).contains(&level))
        .count()
}

/// The areas the coverage grid shows: those in scope, then any a goal names.
pub fn areas(plan: &Plan) -> Vec<InteractionArea> {
    InteractionArea::ALL
        .into_iter()
        .filter(|a| {
            plan.scope_decision(*a).is_some_and(|d| d.in_scope)
                || plan
                    .implementation_goals
                    .iter()
                    .any(|g| g.areas.contains(a))
        })
        .collect()
}

/// The resistance a unit meets: how many goals touching it expect low, medium and high.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitResistance {
    /// The unit.
    pub unit: Id,
    /// Goals with low, medium and high resistance touching it.
    pub counts: [usize; 3],
    /// High-resistance goals without a mitigation.
    pub unmitigated: usize,
}

/// Resistance by unit, in the profile's unit order.
pub fn resistance_by_unit(plan: &Plan) -> Vec<UnitResistance> {
    plan.profile
        .units
        .iter()
        .map(|u| {
            let mut counts = [0; 3];
            let mut unmitigated = 0;
            for g in plan
                .implementation_goals
                .iter()
                .filter(|g| g.units.contains(&u.id))
            {
                if let Some(r) = g.resistance {
                    counts[r as usize] += 1;
                    if r == Resistance::High && g.mitigation.trim().is_empty() {
                        unmitigated += 1;
                    }
                }
            }
            UnitResistance {
                unit: u.id,
                counts,
                unmitigated,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_count_goals_by_area_and_level() {
        let mut plan = Plan::new();
        let branch = plan.add_unit("Branches".into(), FunctionalLevel::Operational, true);
        let g = plan.add_implementation_goal("Leads".into());
        {
            let g = plan.implementation_goal_mut(&g).expect("goal");
            g.areas = vec![InteractionArea::Sales];
            g.units = vec![branch];
            g.levels = vec![FunctionalLevel::Tactical];
            g.resistance = Some(Resistance::High);
        }
        assert_eq!(
            cell(&plan, InteractionArea::Sales, FunctionalLevel::Operational),
            1
        );
        assert_eq!(
            cell(&plan, InteractionArea::Sales, FunctionalLevel::Tactical),
            1
        );
        assert_eq!(
            cell(&plan, InteractionArea::Sales, FunctionalLevel::Strategic),
            0
        );
        assert_eq!(
            cell(
                &plan,
                InteractionArea::Service,
                FunctionalLevel::Operational
            ),
            0
        );
        assert_eq!(areas(&plan), [InteractionArea::Sales]);
        let r = resistance_by_unit(&plan);
        assert_eq!(r[0].counts, [0, 0, 1]);
        assert_eq!(r[0].unmitigated, 1);
        plan.implementation_goal_mut(&g).expect("goal").priority = Some(Priority::Wont);
        assert_eq!(
            cell(&plan, InteractionArea::Sales, FunctionalLevel::Operational),
            0
        );
    }
}
