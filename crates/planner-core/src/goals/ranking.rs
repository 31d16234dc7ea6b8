//! Step 3's ranked list: by priority (must, should, could, won't), then in the user's order,
//! which "rank by value for effort" sets and Move up/down adjusts within a priority.

use crate::goals::{ImplementationGoal, Priority};
use crate::ids::Id;
use crate::plan::Plan;

/// A goal's place among the priorities; goals without a priority come last.
pub fn priority_rank(priority: Option<Priority>) -> usize {
    priority.map_or(Priority::ALL.len(), |p| p as usize)
}

/// The goals in ranked order: by priority, and within a priority in the plan's stored order.
pub fn ranked(plan: &Plan) -> Vec<&ImplementationGoal> {
    let mut goals: Vec<&ImplementationGoal> = plan.implementation_goals.iter().collect();
    // A stable sort keeps the user's order within each priority.
    crate::order::sort_by_key(&mut goals, |g| priority_rank(g.priority));
    goals
}

/// Orders the goals by priority, then by value for effort (best first); ties keep their order.
pub fn rank_by_value_for_effort(plan: &mut Plan) {
    crate::order::sort_by(&mut plan.implementation_goals, |a, b| {
        priority_rank(a.priority)
            .cmp(&priority_rank(b.priority))
            .then_with(|| {
                let (x, y) = (a.value_for_effort(), b.value_for_effort());
                y.unwrap_or(-1.0).total_cmp(&x.unwrap_or(-1.0))
            })
    });
}

/// Moves a goal one place up (or down) among the goals of the same priority. Returns whether it
/// moved; it never crosses into another priority.
pub fn move_within_priority(plan: &mut Plan, id: &Id, up: bool) -> bool {
    let goals = &mut plan.implementation_goals;
    let Some(i) = goals.iter().position(|g| &g.id == id) else {
        return false;
    };
    let rank = priority_rank(goals[i].priority);
    let same = |g: &ImplementationGoal| priority_rank(g.priority) == rank;
    let other = if up {
        goals[..i].iter().rposition(same)
    } else {
        goals[i + 1..].iter().position(same).map(|j| i + 1 + j)
    };
    match other {
        Some(j) => {
            goals.swap(i, j);
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goal(plan: &mut Plan, name: &str, p: Priority, v: u8, e: u8) -> Id {
        let id = plan.add_implementation_goal(name.into());
        let g = plan.implementation_goal_mut(&id).expect("goal");
        g.priority = Some(p);
        g.value = Some(v);
        g.effort = Some(e);
        id
    }

    fn names(plan: &Plan) -> Vec<&str> {
        ranked(plan).iter().map(|g| g.name.as_str()).collect()
    }

    #[test]
    fn priority_comes_first_and_stored_order_second() {
        let mut plan = Plan::new();
        goal(&mut plan, "could", Priority::Could, 5, 1);
        goal(&mut plan, "must-a", Priority::Must, 1, 5);
        goal(&mut plan, "should", Priority::Should, 3, 3);
        goal(&mut plan, "must-b", Priority::Must, 5, 1);
        plan.add_implementation_goal("unranked".into());
        assert_eq!(
            names(&plan),
            ["must-a", "must-b", "should", "could", "unranked"]
        );
        rank_by_value_for_effort(&mut plan);
        assert_eq!(
            names(&plan),
            ["must-b", "must-a", "should", "could", "unranked"]
        );
    }

    #[test]
    fn moves_stay_within_the_priority() {
        let mut plan = Plan::new();
        let a = goal(&mut plan, "a", Priority::Must, 1, 1);
        goal(&mut plan, "x", Priority::Should, 1, 1);
        let b = goal(&mut plan, "b", Priority::Must, 1, 1);
        assert!(move_within_priority(&mut plan, &b, true));
        assert_eq!(names(&plan), ["b", "a", "x"]);
        assert!(!move_within_priority(&mut plan, &b, true));
        assert!(move_within_priority(&mut plan, &b, false));
        assert_eq!(names(&plan), ["a", "b", "x"]);
        assert!(!move_within_priority(&mut plan, &a, true));
        assert!(!move_within_priority(&mut plan, &Id::from("nope"), true));
    }
}
