//! Where a record is used, and how its references are moved or removed when it goes.
//!
//! Every record is referred to by id. Deleting one must never leave an id that names nothing:
//! stakeholders and units are reassigned or removed from the records that use them (after the
//! user has seen where), and strategy records take their links with them.

use crate::ids::Id;
use crate::plan::Plan;

/// One place where a stakeholder is referred to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StakeholderUse {
    /// Owns a KPI.
    KpiOwner {
        /// The KPI.
        kpi: Id,
        /// Its name.
        name: String,
    },
    /// A business goal answers their expected results.
    GoalStakeholder {
        /// The goal.
        goal: Id,
        /// Its name.
        name: String,
    },
    /// Responsible for an implementation plan.
    PlanResponsible {
        /// The plan.
        plan: Id,
        /// Its name.
        name: String,
    },
    /// Owns a task of a plan.
    TaskOwner {
        /// The plan.
        plan: Id,
        /// The task.
        task: Id,
        /// The task's title.
        name: String,
    },
}

/// Every place that refers to a stakeholder, in workflow order.
pub fn stakeholder_uses(plan: &Plan, id: &Id) -> Vec<StakeholderUse> {
    let mut uses = Vec::new();
    for goal in &plan.strategy.goals {
        if goal.stakeholders.contains(id) {
            uses.push(StakeholderUse::GoalStakeholder {
                goal: goal.id,
                name: goal.name.clone(),
            });
        }
    }
    for kpi in &plan.strategy.kpis {
        if kpi.owner.as_ref() == Some(id) {
            uses.push(StakeholderUse::KpiOwner {
                kpi: kpi.id,
                name: kpi.name.clone(),
            });
        }
    }
    for p in &plan.plans {
        if p.responsible.as_ref() == Some(id) {
            uses.push(StakeholderUse::PlanResponsible {
                plan: p.id,
                name: p.name.clone(),
            });
        }
        for task in &p.tasks {
            if task.owner.as_ref() == Some(id) {
                uses.push(StakeholderUse::TaskOwner {
                    plan: p.id,
                    task: task.id,
                    name: task.title.clone(),
                });
            }
        }
    }
    uses
}

/// Replaces `id` in a single optional reference.
fn swap(slot: &mut Option<Id>, id: &Id, to: Option<&Id>) {
    if slot.as_ref() == Some(id) {
        *slot = to.cloned();
    }
}

/// Replaces `id` in a list of references, without creating a repeat.
fn swap_in_list(list: &mut Vec<Id>, id: &Id, to: Option<&Id>) {
    if !list.contains(id) {
        return;
    }
    let mut out: Vec<Id> = Vec::with_capacity(list.len());
    for item in list.drain(..) {
        let item = if &item == id {
            match to {
                Some(to) => *to,
                None => continue,
            }
        } else {
            item
        };
        if !out.contains(&item) {
            out.push(item);
        }
    }
    *list = out;
}

/// Deletes a stakeholder. Every reference to them moves to `reassign_to` (another existing
/// stakeholder), or is cleared when that is `None`. Returns whether they existed; a
/// `reassign_to` that is the stakeholder themself or names nobody is treated as `None`.
pub fn delete_stakeholder(plan: &mut Plan, id: &Id, reassign_to: Option<&Id>) -> bool {
    let to = reassign_to.filter(|to| *to != id && plan.stakeholder(to).is_some());
    for goal in &mut plan.strategy.goals {
        swap_in_list(&mut goal.stakeholders, id, to);
    }
    for kpi in &mut plan.strategy.kpis {
        swap(&mut kpi.owner, id, to);
    }
    for p in &mut plan.plans {
        swap(&mut p.responsible, id, to);
        for task in &mut p.tasks {
            swap(&mut task.owner, id, to);
        }
    }
    let before = plan.stakeholders.len();
    plan.stakeholders.retain(|s| &s.id != id);
    before != plan.stakeholders.len()
}

/// One place where a unit of the organisation is referred to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnitUse {
    /// A stakeholder belongs to it.
    Stakeholder {
        /// The stakeholder.
        id: Id,
        /// Their name.
        name: String,
    },
    /// An implementation goal touches it.
    ImplementationGoal {
        /// The goal.
        id: Id,
        /// Its name.
        name: String,
    },
}

/// Every place that refers to a unit.
pub fn unit_uses(plan: &Plan, id: &Id) -> Vec<UnitUse> {
    let stakeholders = plan
        .stakeholders
        .iter()
        .filter(|s| s.unit.as_ref() == Some(id))
        .map(|s| UnitUse::Stakeholder {
            id: s.id,
            name: s.name.clone(),
        });
    let goals = plan
        .implementation_goals
        .iter()
        .filter(|g| g.units.contains(id))
        .map(|g| UnitUse::ImplementationGoal {
            id: g.id,
            name: g.name.clone(),
        });
    stakeholders.chain(goals).collect()
}

/// Deletes a unit, moving its references to `reassign_to` (another existing unit) or clearing
/// them. Returns whether it existed.
pub fn delete_unit(plan: &mut Plan, id: &Id, reassign_to: Option<&Id>) -> bool {
    let to = reassign_to.filter(|to| *to != id && plan.profile.units.iter().any(|u| &u.id == *to));
    for s in &mut plan.stakeholders {
        swap(&mut s.unit, id, to);
    }
    for g in &mut plan.implementation_goals {
        swap_in_list(&mut g.units, id, to);
    }
    plan.remove_unit(id)
}

/// Deletes any record of the strategy (goal, process, people group, software, benefit, KPI or
/// link) and every reference to it: links of a deleted goal or process go too, lists drop the
/// id, and implementation goals lose a deleted business goal. Returns whether it existed.
pub fn delete_strategy_record(plan: &mut Plan, id: &Id) -> bool {
    let s = &mut plan.strategy;
    let was_link = s.links.iter().any(|l| &l.id == id);
    let records = |s: &crate::strategy::Strategy| {
        s.goals.len()
            + s.processes.len()
            + s.people.len()
            + s.software.len()
            + s.benefits.len()
            + s.kpis.len()
    };
    let before = records(s);
    s.goals.retain(|r| &r.id != id);
    s.processes.retain(|r| &r.id != id);
    s.people.retain(|r| &r.id != id);
    s.software.retain(|r| &r.id != id);
    s.benefits.retain(|r| &r.id != id);
    s.kpis.retain(|r| &r.id != id);
    s.links
        .retain(|l| &l.id != id && &l.goal != id && &l.process != id);
    for link in &mut s.links {
        swap_in_list(&mut link.people, id, None);
        swap_in_list(&mut link.software, id, None);
    }
    for b in &mut s.benefits {
        swap_in_list(&mut b.goals, id, None);
    }
    for k in &mut s.kpis {
        swap_in_list(&mut k.goals, id, None);
    }
    let existed = was_link || records(s) != before;
    for g in &mut plan.implementation_goals {
        swap(&mut g.business_goal, id, None);
        swap_in_list(&mut g.kpis, id, None);
    }
    for p in &mut plan.plans {
        swap_in_list(&mut p.indicators, id, None);
    }
    existed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plans::{ImplementationPlan, Task};
    use crate::stakeholders::Category;
    use crate::strategy::{BusinessGoal, Kpi, Link};

    fn plan_with_refs() -> (Plan, Id, Id) {
        let mut plan = Plan::new();
        let a = plan.add_stakeholder("Aziza".into(), Category::Management);
        let b = plan.add_stakeholder("Bekzod".into(), Category::Users);
        plan.strategy.goals.push(BusinessGoal {
            id: Id::from("g1"),
            name: "Grow deposits".into(),
            stakeholders: vec![a, b],
            ..Default::default()
        });
        plan.strategy.kpis.push(Kpi {
            id: Id::from("k1"),
            name: "Deposit volume".into(),
            owner: Some(a),
            goals: vec![Id::from("g1")],
            ..Default::default()
        });
        plan.plans.push(ImplementationPlan {
            id: Id::from("p1"),
            name: "Pilot".into(),
            responsible: Some(a),
            indicators: vec![Id::from("k1")],
            tasks: vec![Task {
                id: Id::from("t1"),
                title: "Train tellers".into(),
                owner: Some(a),
                ..Default::default()
            }],
            ..Default::default()
        });
        (plan, a, b)
    }

    fn mentions(plan: &Plan, id: &Id) -> bool {
        serde_json::to_string(plan)
            .unwrap_or_default()
            .contains(&format!("\"{id}\""))
    }

    #[test]
    fn uses_name_every_referring_record() {
        let (plan, a, b) = plan_with_refs();
        let uses = stakeholder_uses(&plan, &a);
        assert_eq!(uses.len(), 4, "{uses:?}");
        assert!(uses.contains(&StakeholderUse::KpiOwner {
            kpi: Id::from("k1"),
            name: "Deposit volume".into()
        }));
        assert!(uses.contains(&StakeholderUse::TaskOwner {
            plan: Id::from("p1"),
            task: Id::from("t1"),
            name: "Train tellers".into()
        }));
        assert_eq!(stakeholder_uses(&plan, &b).len(), 1);
    }

    #[test]
    fn deleting_with_reassignment_moves_every_reference() {
        let (mut plan, a, b) = plan_with_refs();
        assert!(delete_stakeholder(&mut plan, &a, Some(&b)));
        assert!(!mentions(&plan, &a));
        assert_eq!(plan.strategy.kpis[0].owner, Some(b));
        assert_eq!(plan.plans[0].responsible, Some(b));
        assert_eq!(plan.plans[0].tasks[0].owner, Some(b));
        // b was already on the goal: no repeat.
        assert_eq!(plan.strategy.goals[0].stakeholders, vec![b]);
    }

    #[test]
    fn deleting_without_reassignment_clears_references() {
        let (mut plan, a, _) = plan_with_refs();
        assert!(delete_stakeholder(&mut plan, &a, None));
        assert!(!mentions(&plan, &a));
        assert_eq!(plan.strategy.kpis[0].owner, None);
        assert_eq!(plan.stakeholders.len(), 1);
    }

    #[test]
    fn reassigning_to_nobody_or_self_clears() {
        let (mut plan, a, _) = plan_with_refs();
        delete_stakeholder(&mut plan, &a, Some(&Id::from("ghost")));
        assert!(!mentions(&plan, &a));
        assert!(!mentions(&plan, &Id::from("ghost")));
        let (mut plan, a, _) = plan_with_refs();
        delete_stakeholder(&mut plan, &a, Some(&a.clone()));
        assert!(!mentions(&plan, &a));
    }

    #[test]
    fn units_are_reassigned_or_cleared() {
        use crate::goals::ImplementationGoal;
        use crate::profile::FunctionalLevel;
        let mut plan = Plan::new();
        let u1 = plan.add_unit("Retail".into(), FunctionalLevel::Operational, true);
        let u2 = plan.add_unit("HQ".into(), FunctionalLevel::Strategic, false);
        let s = plan.add_stakeholder("Tellers".into(), Category::Users);
        if let Some(st) = plan.stakeholder_mut(&s) {
            st.unit = Some(u1);
        }
        plan.implementation_goals.push(ImplementationGoal {
            id: Id::from("i1"),
            name: "Branch CRM".into(),
            units: vec![u1, u2],
            ..Default::default()
        });
        assert_eq!(unit_uses(&plan, &u1).len(), 2);
        assert!(delete_unit(&mut plan, &u1, Some(&u2)));
        assert_eq!(plan.stakeholders[0].unit, Some(u2));
        assert_eq!(plan.implementation_goals[0].units, vec![u2]);
        assert!(delete_unit(&mut plan, &u2, None));
        assert_eq!(plan.stakeholders[0].unit, None);
        assert!(plan.implementation_goals[0].units.is_empty());
    }

    #[test]
    fn deleting_a_goal_takes_its_links_and_references() {
        let (mut plan, _, _) = plan_with_refs();
        plan.strategy.links.push(Link {
            id: Id::from("l1"),
            goal: Id::from("g1"),
            process: Id::from("bp1"),
            ..Default::default()
        });
        assert!(delete_strategy_record(&mut plan, &Id::from("g1")));
        assert!(plan.strategy.links.is_empty());
        assert!(plan.strategy.kpis[0].goals.is_empty());
        assert!(!mentions(&plan, &Id::from("g1")));
        assert!(delete_strategy_record(&mut plan, &Id::from("k1")));
        assert!(plan.plans[0].indicators.is_empty());
        assert!(!delete_strategy_record(&mut plan, &Id::from("nothing")));
    }
}
