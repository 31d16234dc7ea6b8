//! A large, consistent plan for measuring speed: 300 stakeholders, 60 implementation goals,
//! 40 plans with 3,000 tasks (the benchmark's size), dated around a given day.

use chrono::{Duration, NaiveDate};

use crate::goals::{Priority, Resistance};
use crate::ids::Id;
use crate::plan::Plan;
use crate::plans::TaskStatus;
use crate::profile::FunctionalLevel;
use crate::stakeholders::{Activity, Attitude, Category, Stakeholder};
use crate::strategy::{BusinessGoal, InteractionArea, Kpi};

/// How big a generated plan is.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    /// Stakeholders.
    pub stakeholders: usize,
    /// Implementation goals.
    pub goals: usize,
    /// Plans.
    pub plans: usize,
    /// Tasks per plan.
    pub tasks_per_plan: usize,
}

/// The benchmark's size: 300 stakeholders, 60 goals, 40 plans, 3,000 tasks.
pub const LARGE: Size = Size {
    stakeholders: 300,
    goals: 60,
    plans: 40,
    tasks_per_plan: 75,
};

/// Tasks run in this many parallel lanes per plan, one owner each.
const LANES: usize = 5;

/// A plan of the given size whose dates lie around `today`; its steps 3 and 4 are complete.
pub fn large_plan(size: Size, today: NaiveDate) -> Plan {
    let mut plan = Plan::new();
    plan.profile.name = "CRM roll-out (generated)".into();
    plan.profile.organisation = "Generated Bank".into();
    plan.profile.industry = "Banking".into();
    plan.profile.go_live = Some(today + Duration::days(400));
    let levels = FunctionalLevel::ALL;
    let units: Vec<Id> = (0..12)
        .map(|i| plan.add_unit(format!("Unit {}", i + 1), levels[i % 3], i % 3 == 2))
        .collect();
    let categories = [
        Category::Users,
        Category::Customers,
        Category::Management,
        Category::Suppliers,
        Category::It,
    ];
    for i in 0..size.stakeholders {
        let id = plan.fresh_id("s");
        plan.stakeholders.push(Stakeholder {
            id,
            name: format!("Stakeholder {}", i + 1),
            category: categories[i % categories.len()],
            unit: units.get(i % units.len()).cloned(),
            position: "Specialist".into(),
            expected_results: "Less manual work and a full view of the customer".into(),
            power: Some((i % 5 + 1) as u8),
            interest: Some(((i + 2) % 5 + 1) as u8),
            current_attitude: Attitude::Neutral,
            desired_attitude: Some(Attitude::Supportive),
            activities: vec![
                Activity::AssessingBusinessTasks,
                Activity::WorkingOutStrategy,
                Activity::WorkingOutUsageRules,
            ],
            sponsor: i == 2,
            engagement: "Monthly steering meeting".into(),
            ..Stakeholder::default()
        });
    }
    let people: Vec<Id> = plan.stakeholders.iter().map(|s| s.id).collect();
    let person = |i: usize| people.get(i % people.len().max(1)).cloned();
    plan.strategy.vision = "Every customer known across every channel".into();
    let business: Vec<Id> = (0..10)
        .map(|i| {
            let id = plan.fresh_id("b");
            plan.strategy.goals.push(BusinessGoal {
                id,
                name: format!("Business goal {}", i + 1),
                ..BusinessGoal::default()
            });
            id
        })
        .collect();
    let kpis: Vec<Id> = (0..20)
        .map(|i| {
            let id = plan.fresh_id("k");
            plan.strategy.kpis.push(Kpi {
                id,
                name: format!("KPI {}", i + 1),
                unit: "%".into(),
                baseline: Some(40.0),
                target: Some(60.0),
                target_date: Some(today + Duration::days(365)),
                owner: person(i),
                goals: business
                    .get(i % business.len())
                    .cloned()
                    .into_iter()
                    .collect(),
                ..Kpi::default()
            });
            id
        })
        .collect();
    let areas = [
        InteractionArea::Sales,
        InteractionArea::Service,
        InteractionArea::Marketing,
        InteractionArea::Channels,
    ];
    for a in areas {
        plan.decide_area(a, Some(true));
    }
    plan.set_area_reason(
        InteractionArea::OrderBilling,
        "Stays in the core banking system".into(),
    );
    let priorities = [Priority::Must, Priority::Should, Priority::Could];
    let goals: Vec<Id> = (0..size.goals)
        .map(|i| {
            let id = plan.add_implementation_goal(format!("Implementation goal {}", i + 1));
            if let Some(g) = plan.implementation_goal_mut(&id) {
                g.business_goal = business.get(i % business.len()).cloned();
                g.kpis = kpis.get(i % kpis.len()).cloned().into_iter().collect();
                g.areas = vec![areas[i % areas.len()]];
                g.units = units.get(i % units.len()).cloned().into_iter().collect();
                g.levels = vec![levels[i % 3]];
                g.priority = Some(priorities[i % 3]);
                g.value = Some((i % 5 + 1) as u8);
                g.effort = Some(((i * 3) % 5 + 1) as u8);
                g.resistance = Some([Resistance::Low, Resistance::Medium, Resistance::High][i % 3]);
                g.resistance_causes = "New habits for the front office".into();
                g.mitigation = "Champions in each branch".into();
                g.target_date = Some(today + Duration::days(420));
            }
            id
        })
        .collect();
    for i in 0..size.plans {
        let id = plan.add_plan(format!("Plan {}", i + 1));
        let start = today - Duration::days(60) + Duration::days(7 * i as i64);
        let weeks = size.tasks_per_plan.div_ceil(LANES) as i64;
        if let Some(p) = plan.plan_mut(&id) {
            p.goals = [i, i + size.plans]
                .iter()
                .filter_map(|g| goals.get(*g).cloned())
                .collect();
            p.responsible = person(i);
            p.indicators = kpis.get(i % kpis.len()).cloned().into_iter().collect();
            p.start = Some(start);
            p.deadline = Some(start + Duration::days(7 * weeks + 7));
            p.budget = Some(50_000_000.0);
        }
        let mut ids: Vec<Id> = Vec::new();
        for j in 0..size.tasks_per_plan {
            let Some(t) = plan.add_task(&id, format!("Task {}.{}", i + 1, j + 1)) else {
                continue;
            };
            let first = start + Duration::days(7 * (j / LANES) as i64);
            let due = first + Duration::days(4);
            let depends_on = j
                .checked_sub(LANES)
                .and_then(|k| ids.get(k).cloned())
                .into_iter()
                .collect();
            if let Some(task) = plan.task_mut(&t) {
                task.owner = person(i * LANES + j % LANES);
                task.start = Some(first);
                task.due = Some(due);
                task.status = if due < today {
                    TaskStatus::Done
                } else {
                    TaskStatus::Todo
                };
                task.progress = if due < today { 100 } else { 0 };
                task.depends_on = depends_on;
                task.milestone = j % 25 == 24;
                task.deliverable = "Signed-off result".into();
            }
            ids.push(t);
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{run_step, Context, Severity};
    use crate::i18n::Lang;
    use crate::steps::StepId;

    #[test]
    fn the_large_plan_has_the_benchmark_size_and_complete_steps_3_and_4() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        let plan = large_plan(LARGE, today);
        assert_eq!(plan.stakeholders.len(), 300);
        assert_eq!(plan.implementation_goals.len(), 60);
        assert_eq!(plan.plans.len(), 40);
        let tasks: usize = plan.plans.iter().map(|p| p.tasks.len()).sum();
        assert_eq!(tasks, 3_000);
        let cx = Context {
            today,
            lang: Lang::En,
        };
        for step in [StepId::Goals, StepId::Plans] {
            let blocking: Vec<_> = run_step(step, &plan, &cx)
                .into_iter()
                .filter(|f| f.severity == Severity::Blocking)
                .collect();
            assert!(blocking.is_empty(), "{step:?}: {blocking:?}");
        }
    }
}
