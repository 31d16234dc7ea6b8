//! A plan with every kind of record and every reference filled, shared by the format tests and
//! the end-to-end XSS test (which passes every text through a payload).

#![allow(dead_code)]

use chrono::NaiveDate;
use planner_core::goals::{AreaDecision, ImplementationGoal, Priority, Resistance};
use planner_core::plans::{ImplementationPlan, PlanStatus, Task, TaskStatus};
use planner_core::profile::FunctionalLevel;
use planner_core::stakeholders::{Activity, Attitude, Category, Stakeholder};
use planner_core::strategy::{
    Benefit, BusinessGoal, BusinessProcess, Direction, Frequency, InteractionArea, Kpi, Link,
    PeopleGroup, SoftwareItem, SoftwareKind,
};
use planner_core::Plan;

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Every text field gets `text(<what it is>)`.
pub fn rich_plan(text: &dyn Fn(&str) -> String) -> Plan {
    let mut plan = Plan::new();
    plan.profile.name = text("CRM 2027");
    plan.profile.organisation = text("Asia Trade Bank");
    plan.profile.industry = text("Banking");
    plan.profile.go_live = date(2027, 9, 1);
    let retail = plan.add_unit(text("Retail"), FunctionalLevel::Operational, true);
    let board = plan.add_unit(text("Board"), FunctionalLevel::Strategic, false);
    let sponsor = plan.fresh_id("s");
    let user = plan.fresh_id("s");
    plan.stakeholders = vec![
        Stakeholder {
            id: sponsor,
            name: text("Dilnoza Karimova"),
            category: Category::Management,
            unit: Some(board),
            organisation: text("Asia Trade Bank"),
            position: text("Deputy chair"),
            expected_results: text("A single view of every customer"),
            concerns: text("Cost"),
            power: Some(5),
            interest: Some(4),
            current_attitude: Attitude::Supportive,
            desired_attitude: Some(Attitude::Leading),
            activities: vec![Activity::WorkingOutStrategy],
            sponsor: true,
            engagement: text("Monthly steering"),
            team: false,
        },
        Stakeholder {
            id: user,
            name: text("Branch tellers"),
            category: Category::Users,
            unit: Some(retail),
            expected_results: text("Less double entry"),
            power: Some(2),
            interest: Some(5),
            current_attitude: Attitude::Resistant,
            activities: vec![
                Activity::AssessingBusinessTasks,
                Activity::WorkingOutUsageRules,
            ],
            ..Stakeholder::default()
        },
    ];
    let goal = plan.fresh_id("g");
    let process = plan.fresh_id("pr");
    let people = plan.fresh_id("pg");
    let software = plan.fresh_id("sw");
    let link = plan.fresh_id("l");
    let benefit = plan.fresh_id("b");
    let kpi = plan.fresh_id("k");
    let s = &mut plan.strategy;
    s.vision = text("Every customer known by name");
    s.goals = vec![BusinessGoal {
        id: goal,
        name: text("Grow retail deposits"),
        description: text("By cross-selling"),
        stakeholders: vec![sponsor],
    }];
    s.processes = vec![BusinessProcess {
        id: process,
        name: text("Account opening"),
        area: Some(InteractionArea::Sales),
        description: text("In branches"),
    }];
    s.people = vec![PeopleGroup {
        id: people,
        name: text("Tellers"),
        size: Some(120),
        description: text("All branches"),
    }];
    s.software = vec![SoftwareItem {
        id: software,
        name: text("Core banking"),
        kind: SoftwareKind::ExistingSystem,
        description: text("Legacy"),
    }];
    s.links = vec![Link {
        id: link,
        goal,
        process,
        people: vec![people],
        software: vec![software],
    }];
    s.benefits = vec![Benefit {
        id: benefit,
        name: text("Higher deposits"),
        tangible: true,
        goals: vec![goal],
        description: text("Measured monthly"),
    }];
    s.kpis = vec![Kpi {
        id: kpi,
        name: text("Deposit growth"),
        unit: text("%"),
        direction: Direction::Increase,
        baseline: Some(3.5),
        target: Some(7.25),
        target_date: date(2027, 12, 31),
        frequency: Frequency::Quarterly,
        owner: Some(sponsor),
        goals: vec![goal],
    }];
    let igoal = plan.fresh_id("ig");
    plan.implementation_goals = vec![ImplementationGoal {
        id: igoal,
        name: text("One customer card in every branch"),
        description: text("Replaces paper files"),
        business_goal: Some(goal),
        kpis: vec![kpi],
        areas: vec![InteractionArea::Sales, InteractionArea::Service],
        units: vec![retail],
        levels: vec![FunctionalLevel::Operational],
        priority: Some(Priority::Must),
        value: Some(5),
        effort: Some(3),
        resistance: Some(Resistance::High),
        resistance_causes: text("Fear of monitoring"),
        mitigation: text("Early training"),
        target_date: date(2027, 8, 1),
    }];
    plan.scope = vec![AreaDecision {
        area: InteractionArea::Marketing,
        in_scope: false,
        reason: text("Next year"),
    }];
    let p = plan.fresh_id("p");
    let t1 = plan.fresh_id("t");
    let t2 = plan.fresh_id("t");
    plan.plans = vec![ImplementationPlan {
        id: p,
        name: text("Pilot in Tashkent"),
        goals: vec![igoal],
        responsible: Some(sponsor),
        indicators: vec![kpi],
        start: date(2027, 1, 10),
        deadline: date(2027, 6, 30),
        status: PlanStatus::InProgress,
        budget: Some(150_000_000.0),
        tasks: vec![
            Task {
                id: t1,
                title: text("Train tellers"),
                owner: Some(user),
                start: date(2027, 1, 10),
                due: date(2027, 2, 28),
                status: TaskStatus::InProgress,
                progress: 40,
                depends_on: vec![],
                milestone: false,
                deliverable: text("Trained staff"),
            },
            Task {
                id: t2,
                title: text("Go live in pilot branches"),
                owner: Some(user),
                start: date(2027, 3, 1),
                due: date(2027, 3, 1),
                status: TaskStatus::Todo,
                progress: 0,
                depends_on: vec![t1],
                milestone: true,
                deliverable: text("Pilot live"),
            },
        ],
    }];
    // A member of the project team, added from a picker: a name and nothing to analyse. They
    // own the go-live.
    let coordinator = plan.add_team_member(&text("Project coordinator"));
    if let Some(task) = plan.plans[0].tasks.get_mut(1) {
        task.owner = Some(coordinator);
    }
    plan
}
