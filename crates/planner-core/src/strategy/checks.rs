//! Step 2's rules: define the CRM strategy. Each rule is a pure function returning findings;
//! [`RULES`] lists them in the order they are shown.

use crate::checks::{AnchorKind, Context, FieldAnchor, Finding, Severity};
use crate::i18n::{fill, StrategyText, Text, WidgetText};
use crate::plan::Plan;
use crate::steps::StepId;
use crate::strategy::{BusinessGoal, BusinessProcess, Kpi, RecordKind};

/// The DOM id of the vision field.
pub const VISION_ANCHOR: &str = "strategy-vision";
/// The DOM id of the new goal's name.
pub const NEW_GOAL_ANCHOR: &str = "goal-new-name";
/// The DOM id of the new KPI's name.
pub const NEW_KPI_ANCHOR: &str = "kpi-new-name";
/// The DOM id of the new link's goal.
pub const NEW_LINK_ANCHOR: &str = "link-new-goal";
/// The DOM id of the new benefit's name.
pub const NEW_BENEFIT_ANCHOR: &str = "benefit-new-name";

/// The DOM id of a process's area field (`process-bp3-area`; the strategy records' DOM ids
/// follow [`RecordKind::prefix`]).
pub fn process_area_anchor(process: &BusinessProcess) -> String {
    format!("{}-{}-area", RecordKind::Process.prefix(), process.id)
}

fn finding(rule: &'static str, message: String, anchor: String) -> Finding {
    Finding::new(StepId::Strategy, rule, Severity::Blocking, message, anchor)
}

fn named(name: &str) -> &str {
    match name.trim() {
        "" => "—",
        name => name,
    }
}

/// Whether anything of this step was entered.
pub fn started(plan: &Plan) -> bool {
    plan.strategy != crate::strategy::Strategy::default()
}

/// Blocking: the strategy has a vision.
pub fn vision_given(plan: &Plan, cx: &Context) -> Vec<Finding> {
    if !plan.strategy.vision.trim().is_empty() {
        return Vec::new();
    }
    vec![finding(
        "strategy.vision",
        StrategyText::CheckVision.text(cx.lang).into(),
        VISION_ANCHOR.into(),
    )]
}

/// Blocking: at least one business goal.
pub fn has_goal(plan: &Plan, cx: &Context) -> Vec<Finding> {
    if !plan.strategy.goals.is_empty() {
        return Vec::new();
    }
    vec![finding(
        "strategy.goals",
        StrategyText::CheckGoals.text(cx.lang).into(),
        NEW_GOAL_ANCHOR.into(),
    )]
}

fn per_goal(
    plan: &Plan,
    cx: &Context,
    rule: &'static str,
    key: StrategyText,
    label: StrategyText,
    missing: impl Fn(&BusinessGoal) -> Option<String>,
) -> Vec<Finding> {
    plan.strategy
        .goals
        .iter()
        .filter_map(|g| {
            missing(g).map(|anchor| {
                let name = named(&g.name);
                let goal = fill(WidgetText::NamedGoal.text(cx.lang), &[name]);
                let heading = fill(WidgetText::StillToLink.text(cx.lang), &[&goal]);
                finding(rule, fill(key.text(cx.lang), &[name]), anchor).needs(
                    g.id,
                    heading,
                    label.text(cx.lang),
                )
            })
        })
        .collect()
}

/// Blocking: every goal is measured by a KPI.
pub fn goal_has_kpi(plan: &Plan, cx: &Context) -> Vec<Finding> {
    let s = &plan.strategy;
    per_goal(
        plan,
        cx,
        "strategy.goalKpi",
        StrategyText::CheckGoalKpi,
        StrategyText::Kpi,
        |g| {
            s.kpis_of(&g.id).next().is_none().then(|| {
                // The fix: tick the goal on an existing KPI, or add one.
                s.kpis.first().map_or_else(
                    || NEW_KPI_ANCHOR.to_owned(),
                    |k| FieldAnchor::new(AnchorKind::Kpi, &k.id, "goals").to_string(),
                )
            })
        },
    )
}

fn has_process(plan: &Plan, goal: &BusinessGoal) -> bool {
    let s = &plan.strategy;
    s.links_of(&goal.id)
        .any(|l| s.processes.iter().any(|p| p.id == l.process))
}

/// Blocking: every goal is linked to at least one process.
pub fn goal_has_process(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_goal(
        plan,
        cx,
        "strategy.goalProcess",
        StrategyText::CheckGoalProcess,
        StrategyText::LinkProcess,
        |g| (!has_process(plan, g)).then(|| NEW_LINK_ANCHOR.to_owned()),
    )
}

/// Blocking: every process has its customer-interaction area chosen (a new one has none, so
/// that it never counts in an area nobody chose).
pub fn process_area_chosen(plan: &Plan, cx: &Context) -> Vec<Finding> {
    plan.strategy
        .processes
        .iter()
        .filter(|p| p.area.is_none())
        .map(|p| {
            finding(
                "strategy.processArea",
                fill(
                    StrategyText::CheckProcessArea.text(cx.lang),
                    &[named(&p.name)],
                ),
                process_area_anchor(p),
            )
        })
        .collect()
}

/// Blocking: every goal's links involve at least one people group.
pub fn goal_has_people(plan: &Plan, cx: &Context) -> Vec<Finding> {
    let s = &plan.strategy;
    per_goal(
        plan,
        cx,
        "strategy.goalPeople",
        StrategyText::CheckGoalPeople,
        StrategyText::LinkPeople,
        |g| {
            let linked = s
                .links_of(&g.id)
                .flat_map(|l| &l.people)
                .any(|id| s.people.iter().any(|p| &p.id == id));
            (!linked).then(|| {
                s.links_of(&g.id).next().map_or_else(
                    || NEW_LINK_ANCHOR.to_owned(),
                    |l| FieldAnchor::new(AnchorKind::Link, &l.id, "people").to_string(),
                )
            })
        },
    )
}

/// Blocking: every goal's links involve at least one software item.
pub fn goal_has_software(plan: &Plan, cx: &Context) -> Vec<Finding> {
    let s = &plan.strategy;
    per_goal(
        plan,
        cx,
        "strategy.goalSoftware",
        StrategyText::CheckGoalSoftware,
        StrategyText::LinkSoftware,
        |g| {
            let linked = s
                .links_of(&g.id)
                .flat_map(|l| &l.software)
                .any(|id| s.software.iter().any(|p| &p.id == id));
            (!linked).then(|| {
                s.links_of(&g.id).next().map_or_else(
                    || NEW_LINK_ANCHOR.to_owned(),
                    |l| FieldAnchor::new(AnchorKind::Link, &l.id, "software").to_string(),
                )
            })
        },
    )
}

fn per_kpi(
    plan: &Plan,
    cx: &Context,
    rule: &'static str,
    key: StrategyText,
    field: &str,
    label: Option<StrategyText>,
    missing: impl Fn(&Kpi) -> bool,
) -> Vec<Finding> {
    plan.strategy
        .kpis
        .iter()
        .filter(|k| missing(k))
        .map(|k| {
            let name = named(&k.name);
            let found = finding(
                rule,
                fill(key.text(cx.lang), &[name]),
                FieldAnchor::new(AnchorKind::Kpi, &k.id, field).to_string(),
            );
            match label {
                Some(label) => {
                    let kpi = fill(WidgetText::NamedKpi.text(cx.lang), &[name]);
                    let heading = crate::checks::still_to_fill(&kpi, cx.lang);
                    found.needs(k.id, heading, label.text(cx.lang))
                }
                // Not a missing value: its own sentence says what is wrong.
                None => found,
            }
        })
        .collect()
}

/// Blocking: every KPI has a unit of measure.
pub fn kpi_unit(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_kpi(
        plan,
        cx,
        "strategy.kpiUnit",
        StrategyText::CheckKpiUnit,
        "unit",
        Some(StrategyText::Unit),
        |k| k.unit.trim().is_empty(),
    )
}

/// Blocking: every KPI has a baseline.
pub fn kpi_baseline(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_kpi(
        plan,
        cx,
        "strategy.kpiBaseline",
        StrategyText::CheckKpiBaseline,
        "baseline",
        Some(StrategyText::Baseline),
        |k| k.baseline.is_none_or(|v| !v.is_finite()),
    )
}

/// Blocking: every KPI has a target.
pub fn kpi_target(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_kpi(
        plan,
        cx,
        "strategy.kpiTarget",
        StrategyText::CheckKpiTarget,
        "target",
        Some(StrategyText::Target),
        |k| k.target.is_none_or(|v| !v.is_finite()),
    )
}

/// Blocking: every KPI's target moves in its direction from the baseline.
pub fn kpi_direction(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_kpi(
        plan,
        cx,
        "strategy.kpiDirection",
        StrategyText::CheckKpiDirection,
        "target",
        None,
        |k| k.target_moves_right() == Some(false),
    )
}

/// Blocking: every KPI has a target date.
pub fn kpi_date(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_kpi(
        plan,
        cx,
        "strategy.kpiDate",
        StrategyText::CheckKpiDate,
        "date",
        Some(StrategyText::TargetDate),
        |k| k.target_date.is_none(),
    )
}

/// Blocking: every KPI has an owner who is in the stakeholder register.
pub fn kpi_owner(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_kpi(
        plan,
        cx,
        "strategy.kpiOwner",
        StrategyText::CheckKpiOwner,
        "owner",
        Some(StrategyText::Owner),
        |k| {
            k.owner
                .as_ref()
                .is_none_or(|o| plan.stakeholder(o).is_none())
        },
    )
}

/// Blocking: at least one expected benefit.
pub fn has_benefit(plan: &Plan, cx: &Context) -> Vec<Finding> {
    if !plan.strategy.benefits.is_empty() {
        return Vec::new();
    }
    vec![finding(
        "strategy.benefits",
        StrategyText::CheckBenefits.text(cx.lang).into(),
        NEW_BENEFIT_ANCHOR.into(),
    )]
}

/// Every rule of this step, in the order they are shown.
pub const RULES: &[fn(&Plan, &Context) -> Vec<Finding>] = &[
    vision_given,
    has_goal,
    goal_has_kpi,
    goal_has_process,
    process_area_chosen,
    goal_has_people,
    goal_has_software,
    kpi_unit,
    kpi_baseline,
    kpi_target,
    kpi_direction,
    kpi_date,
    kpi_owner,
    has_benefit,
];

/// All findings of this step.
pub fn run(plan: &Plan, cx: &Context) -> Vec<Finding> {
    RULES.iter().flat_map(|rule| rule(plan, cx)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::step_status;
    use crate::i18n::Lang;
    use crate::stakeholders::Category;
    use crate::steps::StepStatus;
    use crate::strategy::{Benefit, Direction, InteractionArea, Link, PeopleGroup, SoftwareItem};
    use crate::Id;
    use chrono::NaiveDate;

    fn cx() -> Context {
        Context {
            today: NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
            lang: Lang::En,
        }
    }

    fn complete_plan() -> Plan {
        let mut plan = Plan::new();
        let owner = plan.add_stakeholder("Head of retail".into(), Category::Management);
        let s = &mut plan.strategy;
        s.vision = "Every client known by name in every branch".into();
        s.goals.push(BusinessGoal {
            id: Id::from("g1"),
            name: "Keep more clients".into(),
            ..Default::default()
        });
        s.processes.push(BusinessProcess {
            id: Id::from("bp1"),
            name: "Complaint handling".into(),
            area: Some(InteractionArea::Service),
            ..Default::default()
        });
        s.people.push(PeopleGroup {
            id: Id::from("pg1"),
            name: "Call centre agents".into(),
            ..Default::default()
        });
        s.software.push(SoftwareItem {
            id: Id::from("sw1"),
            name: "Case management".into(),
            ..Default::default()
        });
        s.links.push(Link {
            id: Id::from("l1"),
            goal: Id::from("g1"),
            process: Id::from("bp1"),
            people: vec![Id::from("pg1")],
            software: vec![Id::from("sw1")],
        });
        s.benefits.push(Benefit {
            id: Id::from("b1"),
            name: "Lower churn".into(),
            goals: vec![Id::from("g1")],
            ..Default::default()
        });
        s.kpis.push(Kpi {
            id: Id::from("k1"),
            name: "Churn rate".into(),
            unit: "%".into(),
            direction: Direction::Decrease,
            baseline: Some(12.0),
            target: Some(8.0),
            target_date: NaiveDate::from_ymd_opt(2027, 12, 31),
            owner: Some(owner),
            goals: vec![Id::from("g1")],
            ..Default::default()
        });
        plan
    }

    fn rules(plan: &Plan) -> Vec<&'static str> {
        run(plan, &cx()).iter().map(|f| f.rule).collect()
    }

    #[test]
    fn a_complete_strategy_has_no_findings() {
        assert!(
            rules(&complete_plan()).is_empty(),
            "{:?}",
            rules(&complete_plan())
        );
        assert_eq!(
            step_status(StepId::Strategy, &complete_plan(), &cx()),
            StepStatus::Complete
        );
    }

    #[test]
    fn an_empty_strategy_asks_for_vision_goals_and_benefits() {
        assert_eq!(
            rules(&Plan::new()),
            ["strategy.vision", "strategy.goals", "strategy.benefits"]
        );
        assert_eq!(
            step_status(StepId::Strategy, &Plan::new(), &cx()),
            StepStatus::NotStarted
        );
    }

    #[test]
    fn the_vision_is_required() {
        let mut plan = complete_plan();
        plan.strategy.vision = "  ".into();
        let found = run(&plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].target.anchor, "strategy-vision");
        assert_eq!(
            step_status(StepId::Strategy, &plan, &cx()),
            StepStatus::InProgress
        );
    }

    #[test]
    fn a_goal_is_required() {
        let mut plan = complete_plan();
        plan.strategy.goals.clear();
        assert_eq!(rules(&plan), ["strategy.goals"]);
    }

    #[test]
    fn every_goal_needs_a_kpi() {
        let mut plan = complete_plan();
        plan.strategy.kpis[0].goals.clear();
        let found = run(&plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "strategy.goalKpi");
        assert!(found[0].message.contains("Keep more clients"));
        assert_eq!(found[0].target.anchor, "kpi-k1-goals");
    }

    #[test]
    fn every_goal_needs_a_process() {
        let mut plan = complete_plan();
        plan.strategy.processes.clear();
        assert_eq!(rules(&plan), ["strategy.goalProcess"]);
        plan.strategy.links.clear();
        let found = run(&plan, &cx());
        assert_eq!(found[0].target.anchor, "link-new-goal");
    }

    #[test]
    fn every_process_needs_its_area_chosen() {
        let mut plan = complete_plan();
        plan.strategy.processes[0].area = None;
        let found = run(&plan, &cx());
        assert_eq!(rules(&plan), ["strategy.processArea"]);
        assert_eq!(found[0].severity, Severity::Blocking);
        assert_eq!(
            found[0].message,
            "Choose the customer-interaction area of the process “Complaint handling”."
        );
        assert_eq!(found[0].target.anchor, "process-bp1-area");
        assert_eq!(
            step_status(StepId::Strategy, &plan, &cx()),
            StepStatus::InProgress
        );
    }

    #[test]
    fn a_new_process_has_no_area_and_is_asked_for_one() {
        let mut plan = complete_plan();
        let id = plan.add_strategy_record(RecordKind::Process, "Lead intake".into());
        assert_eq!(
            plan.strategy.processes.last().map(|p| (p.id, p.area)),
            Some((id, None))
        );
        let found = run(&plan, &cx());
        assert_eq!(rules(&plan), ["strategy.processArea"]);
        assert_eq!(found[0].target.anchor, format!("process-{id}-area"));
    }

    #[test]
    fn every_goal_needs_a_people_group() {
        let mut plan = complete_plan();
        plan.strategy.links[0].people.clear();
        let found = run(&plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "strategy.goalPeople");
        assert_eq!(found[0].target.anchor, "link-l1-people");
    }

    #[test]
    fn every_goal_needs_software() {
        let mut plan = complete_plan();
        plan.strategy.software.clear();
        let found = run(&plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "strategy.goalSoftware");
        assert_eq!(found[0].target.anchor, "link-l1-software");
    }

    #[test]
    fn a_kpi_needs_a_unit() {
        let mut plan = complete_plan();
        plan.strategy.kpis[0].unit.clear();
        let found = run(&plan, &cx());
        assert_eq!(rules(&plan), ["strategy.kpiUnit"]);
        assert_eq!(found[0].target.anchor, "kpi-k1-unit");
    }

    #[test]
    fn a_kpi_needs_a_baseline() {
        let mut plan = complete_plan();
        plan.strategy.kpis[0].baseline = None;
        assert_eq!(rules(&plan), ["strategy.kpiBaseline"]);
    }

    #[test]
    fn a_kpi_needs_a_target() {
        let mut plan = complete_plan();
        plan.strategy.kpis[0].target = Some(f64::NAN);
        assert_eq!(rules(&plan), ["strategy.kpiTarget"]);
    }

    #[test]
    fn a_kpi_target_must_move_in_its_direction() {
        let mut plan = complete_plan();
        plan.strategy.kpis[0].target = Some(15.0);
        let found = run(&plan, &cx());
        assert_eq!(rules(&plan), ["strategy.kpiDirection"]);
        assert_eq!(found[0].target.anchor, "kpi-k1-target");
        plan.strategy.kpis[0].direction = Direction::Increase;
        assert!(rules(&plan).is_empty());
    }

    #[test]
    fn a_kpi_needs_a_date() {
        let mut plan = complete_plan();
        plan.strategy.kpis[0].target_date = None;
        assert_eq!(rules(&plan), ["strategy.kpiDate"]);
    }

    #[test]
    fn a_kpi_needs_an_owner_in_the_register() {
        let mut plan = complete_plan();
        plan.strategy.kpis[0].owner = Some(Id::from("s99"));
        assert_eq!(rules(&plan), ["strategy.kpiOwner"]);
        plan.strategy.kpis[0].owner = None;
        let found = run(&plan, &cx());
        assert_eq!(found[0].target.anchor, "kpi-k1-owner");
    }

    #[test]
    fn a_benefit_is_required() {
        let mut plan = complete_plan();
        plan.strategy.benefits.clear();
        assert_eq!(rules(&plan), ["strategy.benefits"]);
    }
}
