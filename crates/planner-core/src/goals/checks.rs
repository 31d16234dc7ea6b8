//! Step 3's rules. Each rule is a pure function returning findings; [`RULES`] lists them in the
//! order they are shown.

use crate::checks::{AnchorKind, Context, FieldAnchor, Finding, Severity};
use crate::goals::{area_code, ImplementationGoal, Priority, Resistance, MAIN_AREAS};
use crate::i18n::{fill, GoalsText, Text, WidgetText};
use crate::plan::Plan;
use crate::steps::StepId;
use crate::strategy::InteractionArea;

fn finding(rule: &'static str, severity: Severity, message: String, anchor: String) -> Finding {
    Finding::new(StepId::Goals, rule, severity, message, anchor)
}

/// The DOM id of a goal's field (`igoal-g3-priority`).
pub fn goal_anchor(goal: &ImplementationGoal, field: &str) -> String {
    FieldAnchor::new(AnchorKind::Goal, &goal.id, field).to_string()
}

/// The DOM id of an area's scope field (`scope-sales-decision`).
pub fn scope_anchor(area: InteractionArea, field: &str) -> String {
    format!("scope-{}-{field}", area_code(area))
}

/// Where a new goal is named: the place to fix "nothing covers this".
pub const NEW_GOAL_ANCHOR: &str = "igoal-new-name";

fn label(goal: &ImplementationGoal) -> &str {
    goal.name.trim()
}

/// One finding per goal for which `missing` holds, asking for `field` (its DOM name and its
/// label). Goals marked "won't have this time" are
/// left out: nothing is asked of work that will not be done.
fn per_goal(
    plan: &Plan,
    cx: &Context,
    rule: &'static str,
    severity: Severity,
    key: GoalsText,
    (field, asks): (&str, GoalsText),
    missing: impl Fn(&ImplementationGoal) -> bool,
) -> Vec<Finding> {
    plan.implementation_goals
        .iter()
        .filter(|g| g.priority != Some(Priority::Wont) && missing(g))
        .map(|g| {
            let goal = fill(WidgetText::NamedGoal.text(cx.lang), &[label(g)]);
            finding(
                rule,
                severity,
                fill(key.text(cx.lang), &[label(g)]),
                goal_anchor(g, field),
            )
            .needs(
                g.id,
                crate::checks::still_to_fill(&goal, cx.lang),
                asks.text(cx.lang),
            )
        })
        .collect()
}

/// Whether anything of this step was entered.
pub fn started(plan: &Plan) -> bool {
    !plan.implementation_goals.is_empty() || !plan.scope.is_empty()
}

/// Blocking: at least one implementation goal.
pub fn has_goals(plan: &Plan, cx: &Context) -> Vec<Finding> {
    if plan.implementation_goals.is_empty() {
        vec![finding(
            "goals.none",
            Severity::Blocking,
            GoalsText::CheckNone.text(cx.lang).into(),
            NEW_GOAL_ANCHOR.into(),
        )]
    } else {
        Vec::new()
    }
}

/// Blocking: every goal has a priority.
pub fn priority_set(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_goal(
        plan,
        cx,
        "goals.priority",
        Severity::Blocking,
        GoalsText::CheckPriority,
        ("priority", GoalsText::Priority),
        |g| g.priority.is_none(),
    )
}

/// Blocking: every goal has a value score.
pub fn value_set(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_goal(
        plan,
        cx,
        "goals.value",
        Severity::Blocking,
        GoalsText::CheckValue,
        ("value", GoalsText::Value),
        |g| g.value.is_none(),
    )
}

/// Blocking: every goal has an effort score.
pub fn effort_set(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_goal(
        plan,
        cx,
        "goals.effort",
        Severity::Blocking,
        GoalsText::CheckEffort,
        ("effort", GoalsText::Effort),
        |g| g.effort.is_none(),
    )
}

/// Blocking: every goal has its resistance to change assessed (the text's social factors).
pub fn resistance_set(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_goal(
        plan,
        cx,
        "goals.resistance",
        Severity::Blocking,
        GoalsText::CheckResistance,
        ("resistance", GoalsText::Resistance),
        |g| g.resistance.is_none(),
    )
}

/// Blocking: high resistance has a mitigation.
pub fn high_resistance_mitigated(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_goal(
        plan,
        cx,
        "goals.mitigation",
        Severity::Blocking,
        GoalsText::CheckMitigation,
        ("mitigation", GoalsText::Mitigation),
        |g| g.resistance == Some(Resistance::High) && g.mitigation.trim().is_empty(),
    )
}

/// Blocking: sales, service and marketing are each decided in or out of scope.
pub fn main_areas_decided(plan: &Plan, cx: &Context) -> Vec<Finding> {
    MAIN_AREAS
        .into_iter()
        .filter(|a| plan.scope_decision(*a).is_none())
        .map(|a| {
            finding(
                "goals.decide",
                Severity::Blocking,
                fill(
                    GoalsText::CheckDecide.text(cx.lang),
                    &[GoalsText::area(a).text(cx.lang)],
                ),
                scope_anchor(a, "decision"),
            )
        })
        .collect()
}

/// Blocking: an area out of scope says why.
pub fn out_of_scope_has_reason(plan: &Plan, cx: &Context) -> Vec<Finding> {
    plan.scope
        .iter()
        .filter(|d| !d.in_scope && d.reason.trim().is_empty())
        .map(|d| {
            finding(
                "goals.reason",
                Severity::Blocking,
                fill(
                    GoalsText::CheckReason.text(cx.lang),
                    &[GoalsText::area(d.area).text(cx.lang)],
                ),
                scope_anchor(d.area, "reason"),
            )
        })
        .collect()
}

/// Blocking: every in-scope area is covered by a goal that will be done (not won't-have).
pub fn in_scope_areas_covered(plan: &Plan, cx: &Context) -> Vec<Finding> {
    plan.scope
        .iter()
        .filter(|d| d.in_scope)
        .filter(|d| {
            !plan
                .implementation_goals
                .iter()
                .any(|g| g.areas.contains(&d.area) && g.priority != Some(Priority::Wont))
        })
        .map(|d| {
            finding(
                "goals.covered",
                Severity::Blocking,
                fill(
                    GoalsText::CheckCovered.text(cx.lang),
                    &[GoalsText::area(d.area).text(cx.lang)],
                ),
                NEW_GOAL_ANCHOR.into(),
            )
        })
        .collect()
}

/// Warning: a goal tied to no business goal (the chain from strategy to plan breaks).
pub fn tied_to_business_goal(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_goal(
        plan,
        cx,
        "goals.businessGoal",
        Severity::Warning,
        GoalsText::CheckBusinessGoal,
        ("business-goal", GoalsText::BusinessGoal),
        |g| {
            g.business_goal
                .as_ref()
                .is_none_or(|id| !plan.strategy.goals.iter().any(|b| &b.id == id))
        },
    )
}

/// Warning: a goal that names no KPI.
pub fn moves_kpis(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_goal(
        plan,
        cx,
        "goals.kpis",
        Severity::Warning,
        GoalsText::CheckKpis,
        ("kpis", GoalsText::Kpis),
        |g| g.kpis.is_empty(),
    )
}

/// Every rule of this step, in the order they are shown.
pub const RULES: &[fn(&Plan, &Context) -> Vec<Finding>] = &[
    has_goals,
    main_areas_decided,
    out_of_scope_has_reason,
    in_scope_areas_covered,
    priority_set,
    value_set,
    effort_set,
    resistance_set,
    high_resistance_mitigated,
    tied_to_business_goal,
    moves_kpis,
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
    use crate::steps::StepStatus;
    use crate::strategy::BusinessGoal;
    use crate::Id;
    use chrono::NaiveDate;

    fn cx() -> Context {
        Context {
            today: NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
            lang: Lang::En,
        }
    }

    /// Sales and service in scope and covered, marketing out with a reason, one complete goal.
    fn complete() -> (Plan, Id) {
        let mut plan = Plan::new();
        plan.strategy.goals.push(BusinessGoal {
            id: Id::from("b1"),
            name: "Grow retail lending".into(),
            ..Default::default()
        });
        plan.decide_area(InteractionArea::Sales, Some(true));
        plan.decide_area(InteractionArea::Service, Some(true));
        plan.set_area_reason(InteractionArea::Marketing, "Next phase".into());
        let id = plan.add_implementation_goal("Leads in CRM".into());
        let g = plan.implementation_goal_mut(&id).expect("goal");
        g.business_goal = Some(Id::from("b1"));
        g.kpis = vec![Id::from("k1")];
        g.areas = vec![InteractionArea::Sales, InteractionArea::Service];
        g.priority = Some(Priority::Must);
        g.value = Some(5);
        g.effort = Some(3);
        g.resistance = Some(Resistance::High);
        g.mitigation = "Pilot branch first".into();
        (plan, id)
    }

    fn rules(plan: &Plan) -> Vec<&'static str> {
        run(plan, &cx()).iter().map(|f| f.rule).collect()
    }

    fn edit(plan: &mut Plan, id: &Id, f: impl FnOnce(&mut ImplementationGoal)) {
        f(plan.implementation_goal_mut(id).expect("goal"));
    }

    #[test]
    fn a_complete_step_has_no_findings() {
        let (plan, _) = complete();
        assert!(rules(&plan).is_empty(), "{:?}", rules(&plan));
        assert_eq!(
            step_status(StepId::Goals, &plan, &cx()),
            StepStatus::Complete
        );
    }

    #[test]
    fn a_wont_have_goal_asks_for_nothing() {
        let (mut plan, _) = complete();
        let id = plan.add_implementation_goal("Loyalty programme".into());
        assert_eq!(
            rules(&plan),
            [
                "goals.priority",
                "goals.value",
                "goals.effort",
                "goals.resistance",
                "goals.businessGoal",
                "goals.kpis"
            ]
        );
        edit(&mut plan, &id, |g| g.priority = Some(Priority::Wont));
        assert!(rules(&plan).is_empty(), "{:?}", rules(&plan));
        assert_eq!(
            step_status(StepId::Goals, &plan, &cx()),
            StepStatus::Complete
        );
    }

    #[test]
    fn an_empty_step_is_not_started() {
        let plan = Plan::new();
        assert_eq!(
            step_status(StepId::Goals, &plan, &cx()),
            StepStatus::NotStarted
        );
        assert!(rules(&plan).contains(&"goals.none"));
    }

    #[test]
    fn a_goal_is_required() {
        let (mut plan, id) = complete();
        plan.remove_implementation_goal(&id);
        let r = rules(&plan);
        assert!(r.contains(&"goals.none"));
        assert_eq!(run(&plan, &cx())[0].target.anchor, NEW_GOAL_ANCHOR);
    }

    #[test]
    fn priority_is_required() {
        let (mut plan, id) = complete();
        edit(&mut plan, &id, |g| g.priority = None);
        let found = run(&plan, &cx());
        assert_eq!(found[0].rule, "goals.priority");
        assert_eq!(found[0].target.anchor, format!("igoal-{id}-priority"));
        assert!(found[0].message.contains("Leads in CRM"));
    }

    #[test]
    fn value_is_required() {
        let (mut plan, id) = complete();
        edit(&mut plan, &id, |g| g.value = None);
        assert_eq!(rules(&plan), ["goals.value"]);
    }

    #[test]
    fn effort_is_required() {
        let (mut plan, id) = complete();
        edit(&mut plan, &id, |g| g.effort = None);
        assert_eq!(rules(&plan), ["goals.effort"]);
    }

    #[test]
    fn resistance_is_required() {
        let (mut plan, id) = complete();
        edit(&mut plan, &id, |g| g.resistance = None);
        assert_eq!(rules(&plan), ["goals.resistance"]);
    }

    #[test]
    fn high_resistance_needs_a_mitigation() {
        let (mut plan, id) = complete();
        edit(&mut plan, &id, |g| g.mitigation = "  ".into());
        assert_eq!(rules(&plan), ["goals.mitigation"]);
        edit(&mut plan, &id, |g| g.resistance = Some(Resistance::Medium));
        assert!(rules(&plan).is_empty());
    }

    #[test]
    fn sales_service_and_marketing_must_be_decided() {
        let (mut plan, _) = complete();
        plan.decide_area(InteractionArea::Marketing, None);
        let found = run(&plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "goals.decide");
        assert_eq!(found[0].target.anchor, "scope-marketing-decision");
        assert!(found[0].message.contains("Marketing"));
    }

    #[test]
    fn out_of_scope_needs_a_reason() {
        let (mut plan, _) = complete();
        plan.set_area_reason(InteractionArea::Marketing, String::new());
        let found = run(&plan, &cx());
        assert_eq!(found[0].rule, "goals.reason");
        assert_eq!(found[0].target.anchor, "scope-marketing-reason");
    }

    #[test]
    fn in_scope_areas_need_a_goal_that_is_not_wont() {
        let (mut plan, id) = complete();
        plan.decide_area(InteractionArea::Channels, Some(true));
        assert_eq!(rules(&plan), ["goals.covered"]);
        edit(&mut plan, &id, |g| g.areas.push(InteractionArea::Channels));
        assert!(rules(&plan).is_empty());
        edit(&mut plan, &id, |g| g.priority = Some(Priority::Wont));
        assert_eq!(
            rules(&plan)
                .iter()
                .filter(|r| **r == "goals.covered")
                .count(),
            3
        );
    }

    #[test]
    fn a_goal_without_business_goal_is_a_warning() {
        let (mut plan, id) = complete();
        edit(&mut plan, &id, |g| g.business_goal = Some(Id::from("gone")));
        let found = run(&plan, &cx());
        assert_eq!(found[0].rule, "goals.businessGoal");
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(
            step_status(StepId::Goals, &plan, &cx()),
            StepStatus::Complete
        );
    }

    #[test]
    fn a_goal_without_kpis_is_a_warning() {
        let (mut plan, id) = complete();
        edit(&mut plan, &id, |g| g.kpis.clear());
        let found = run(&plan, &cx());
        assert_eq!(found[0].rule, "goals.kpis");
        assert_eq!(found[0].severity, Severity::Warning);
    }
}
