//! Step 4's rules. Each rule is a pure function returning findings; [`RULES`] lists them in the
//! order they are shown.

use std::collections::HashSet;

use crate::checks::{AnchorKind, Context, FieldAnchor, Finding, Severity};
use crate::dates::long_date;
use crate::goals::Priority;
use crate::i18n::{fill, PlansText, Text, WidgetText};
use crate::ids::Id;
use crate::plan::Plan;
use crate::plans::{ImplementationPlan, Task};
use crate::steps::StepId;

fn finding(rule: &'static str, severity: Severity, message: String, anchor: String) -> Finding {
    Finding::new(StepId::Plans, rule, severity, message, anchor)
}

/// The DOM id of a plan's field (`plan-p3-deadline`).
pub fn plan_anchor(plan: &ImplementationPlan, field: &str) -> String {
    FieldAnchor::new(AnchorKind::Plan, &plan.id, field).to_string()
}

/// The DOM id of a task's field (`task-t9-due`).
pub fn task_anchor(task: &Id, field: &str) -> String {
    FieldAnchor::new(AnchorKind::Task, task, field).to_string()
}

/// Where a new plan is named.
pub const NEW_PLAN_ANCHOR: &str = "plan-new-name";

fn tasks(plan: &Plan) -> impl Iterator<Item = (&ImplementationPlan, &Task)> {
    plan.plans
        .iter()
        .flat_map(|p| p.tasks.iter().map(move |t| (p, t)))
}

fn per_plan(
    plan: &Plan,
    cx: &Context,
    rule: &'static str,
    severity: Severity,
    key: PlansText,
    (field, asks): (&str, Option<PlansText>),
    missing: impl Fn(&ImplementationPlan) -> bool,
) -> Vec<Finding> {
    plan.plans
        .iter()
        .filter(|p| missing(p))
        .map(|p| {
            let found = finding(
                rule,
                severity,
                fill(key.text(cx.lang), &[p.name.trim()]),
                plan_anchor(p, field),
            );
            match asks {
                Some(asks) => {
                    let named = fill(WidgetText::NamedPlan.text(cx.lang), &[p.name.trim()]);
                    let heading = crate::checks::still_to_fill(&named, cx.lang);
                    found.needs(p.id, heading, asks.text(cx.lang))
                }
                // Not a missing value: its own sentence says what is wrong.
                None => found,
            }
        })
        .collect()
}

/// Whether anything of this step was entered.
pub fn started(plan: &Plan) -> bool {
    !plan.plans.is_empty()
}

/// Blocking: at least one plan.
pub fn has_plans(plan: &Plan, cx: &Context) -> Vec<Finding> {
    if plan.plans.is_empty() {
        vec![finding(
            "plans.none",
            Severity::Blocking,
            PlansText::CheckNone.text(cx.lang).into(),
            NEW_PLAN_ANCHOR.into(),
        )]
    } else {
        Vec::new()
    }
}

/// Blocking: every must-have goal is served by a plan.
pub fn must_goals_planned(plan: &Plan, cx: &Context) -> Vec<Finding> {
    let planned: HashSet<&Id> = plan.plans.iter().flat_map(|p| p.goals.iter()).collect();
    plan.implementation_goals
        .iter()
        .filter(|g| g.priority == Some(Priority::Must) && !planned.contains(&g.id))
        .map(|g| {
            finding(
                "plans.mustCovered",
                Severity::Blocking,
                fill(PlansText::CheckMustCovered.text(cx.lang), &[g.name.trim()]),
                NEW_PLAN_ANCHOR.into(),
            )
        })
        .collect()
}

/// Blocking: every plan names its responsible person, a stakeholder of the register.
pub fn responsible_named(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_plan(
        plan,
        cx,
        "plans.responsible",
        Severity::Blocking,
        PlansText::CheckResponsible,
        ("responsible", Some(PlansText::Responsible)),
        |p| {
            p.responsible
                .as_ref()
                .is_none_or(|id| !plan.stakeholders.iter().any(|s| &s.id == id))
        },
    )
}

/// Blocking: every plan has at least one key indicator.
pub fn indicators_chosen(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_plan(
        plan,
        cx,
        "plans.indicators",
        Severity::Blocking,
        PlansText::CheckIndicators,
        ("indicators", Some(PlansText::Indicators)),
        |p| p.indicators.is_empty(),
    )
}

/// Blocking: every plan has a deadline.
pub fn deadline_set(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_plan(
        plan,
        cx,
        "plans.deadline",
        Severity::Blocking,
        PlansText::CheckDeadline,
        ("deadline", Some(PlansText::Deadline)),
        |p| p.deadline.is_none(),
    )
}

/// Blocking: a plan's deadline is not before its start.
pub fn plan_dates_consistent(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_plan(
        plan,
        cx,
        "plans.planDates",
        Severity::Blocking,
        PlansText::CheckPlanDates,
        ("deadline", None),
        |p| matches!((p.start, p.deadline), (Some(s), Some(d)) if d < s),
    )
}

/// Blocking: a task is not due before it starts.
pub fn task_dates_consistent(plan: &Plan, cx: &Context) -> Vec<Finding> {
    tasks(plan)
        .filter(|(_, t)| matches!((t.start, t.due), (Some(s), Some(d)) if d < s))
        .map(|(_, t)| {
            finding(
                "plans.taskDates",
                Severity::Blocking,
                fill(PlansText::CheckTaskDates.text(cx.lang), &[t.title.trim()]),
                task_anchor(&t.id, "due"),
            )
        })
        .collect()
}

/// Blocking: a task does not start before a task it depends on is finished.
pub fn dependencies_finish_first(plan: &Plan, cx: &Context) -> Vec<Finding> {
    let index = crate::plans::cycles::TaskIndex::new(plan);
    let mut out = Vec::new();
    for (_, t) in tasks(plan) {
        let Some(first) = t.first_day() else { continue };
        for dep in t.depends_on.iter().filter_map(|d| index.get(d)) {
            if dep.last_day().is_some_and(|last| last >= first) && dep.id != t.id {
                out.push(finding(
                    "plans.dependencyLate",
                    Severity::Blocking,
                    fill(
                        PlansText::CheckDependencyLate.text(cx.lang),
                        &[t.title.trim(), dep.title.trim()],
                    ),
                    task_anchor(&t.id, "start"),
                ));
            }
        }
    }
    out
}

/// Blocking: no dependency cycle (one can arrive in an imported file); the cycle is named.
pub fn no_cycles(plan: &Plan, cx: &Context) -> Vec<Finding> {
    crate::plans::cycles::find_cycle(plan)
        .into_iter()
        .filter_map(|cycle| {
            let first = *cycle.first()?;
            Some(finding(
                "plans.cycle",
                Severity::Blocking,
                fill(
                    PlansText::CheckCycle.text(cx.lang),
                    &[&crate::plans::cycles::describe(plan, &cycle)],
                ),
                task_anchor(&first, "depends"),
            ))
        })
        .collect()
}

/// Warning: a plan tied to no implementation goal (the text ties plans to the priorities).
pub fn tied_to_goals(plan: &Plan, cx: &Context) -> Vec<Finding> {
    per_plan(
        plan,
        cx,
        "plans.goal",
        Severity::Warning,
        PlansText::CheckGoal,
        ("goals", Some(PlansText::Goals)),
        |p| {
            !p.goals
                .iter()
                .any(|g| plan.implementation_goal(g).is_some())
        },
    )
}

/// Warning: a task due after its plan's deadline.
pub fn tasks_within_deadline(plan: &Plan, cx: &Context) -> Vec<Finding> {
    tasks(plan)
        .filter(|(p, t)| matches!((t.due, p.deadline), (Some(d), Some(end)) if d > end))
        .map(|(_, t)| {
            finding(
                "plans.taskAfterDeadline",
                Severity::Warning,
                fill(
                    PlansText::CheckTaskAfterDeadline.text(cx.lang),
                    &[t.title.trim()],
                ),
                task_anchor(&t.id, "due"),
            )
        })
        .collect()
}

/// Warning: a plan that ends after the target date of a goal it serves.
pub fn ends_by_goal_dates(plan: &Plan, cx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for p in &plan.plans {
        let Some(deadline) = p.deadline else { continue };
        let late = p
            .goals
            .iter()
            .filter_map(|id| plan.implementation_goal(id))
            .find(|g| g.target_date.is_some_and(|d| deadline > d));
        if let Some(g) = late {
            out.push(finding(
                "plans.afterGoal",
                Severity::Warning,
                fill(
                    PlansText::CheckAfterGoal.text(cx.lang),
                    &[p.name.trim(), g.name.trim()],
                ),
                plan_anchor(p, "deadline"),
            ));
        }
    }
    out
}

/// Warning: a plan that ends after the planned go-live.
pub fn ends_by_go_live(plan: &Plan, cx: &Context) -> Vec<Finding> {
    let Some(go_live) = plan.profile.go_live else {
        return Vec::new();
    };
    per_plan(
        plan,
        cx,
        "plans.afterGoLive",
        Severity::Warning,
        PlansText::CheckAfterGoLive,
        ("deadline", None),
        |p| p.deadline.is_some_and(|d| d > go_live),
    )
}

/// Warning: a task not done and due before today (the user's local date).
pub fn nothing_overdue(plan: &Plan, cx: &Context) -> Vec<Finding> {
    tasks(plan)
        .filter(|(_, t)| t.is_overdue(cx.today))
        .filter_map(|(_, t)| {
            let due = t.due?;
            Some(finding(
                "plans.overdue",
                Severity::Warning,
                fill(
                    PlansText::CheckOverdue.text(cx.lang),
                    &[t.title.trim(), &long_date(due, cx.lang)],
                ),
                task_anchor(&t.id, "due"),
            ))
        })
        .collect()
}

/// Warning: a person with more than [`crate::plans::workload::MAX_PARALLEL`] tasks at once.
pub fn nobody_overloaded(plan: &Plan, cx: &Context) -> Vec<Finding> {
    crate::plans::workload::overloads(plan)
        .into_iter()
        .filter_map(|load| {
            let task = load.peak_tasks.first()?;
            let day = load.peak_day?;
            let name = plan
                .stakeholders
                .iter()
                .find(|s| s.id == load.person)
                .map_or_else(|| load.person.to_string(), |s| s.name.trim().to_owned());
            Some(finding(
                "plans.overload",
                Severity::Warning,
                fill(
                    PlansText::CheckOverload.text(cx.lang),
                    &[&name, &load.peak.to_string(), &long_date(day, cx.lang)],
                ),
                task_anchor(task, "owner"),
            ))
        })
        .collect()
}

/// Every rule of this step, in the order they are shown.
pub const RULES: &[fn(&Plan, &Context) -> Vec<Finding>] = &[
    has_plans,
    must_goals_planned,
    responsible_named,
    indicators_chosen,
    deadline_set,
    plan_dates_consistent,
    task_dates_consistent,
    dependencies_finish_first,
    no_cycles,
    tied_to_goals,
    tasks_within_deadline,
    ends_by_goal_dates,
    ends_by_go_live,
    nothing_overdue,
    nobody_overloaded,
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
    use crate::plans::TaskStatus;
    use crate::stakeholders::Stakeholder;
    use crate::steps::StepStatus;
    use chrono::NaiveDate;
    use std::collections::HashMap;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, day).expect("date")
    }

    fn cx() -> Context {
        Context {
            today: d(3, 10),
            lang: Lang::En,
        }
    }

    struct Fixture {
        plan: Plan,
        p: Id,
        a: Id,
        b: Id,
    }

    /// A must-goal served by one complete plan with two tasks, B after A, nothing overdue.
    fn complete() -> Fixture {
        let mut plan = Plan::new();
        plan.profile.go_live = Some(d(6, 1));
        plan.stakeholders.push(Stakeholder {
            id: Id::from("s1"),
            name: "Dilnoza Karimova".into(),
            ..Default::default()
        });
        let g = plan.add_implementation_goal("Leads in CRM".into());
        {
            let g = plan.implementation_goal_mut(&g).expect("goal");
            g.priority = Some(Priority::Must);
            g.target_date = Some(d(5, 31));
        }
        let p = plan.add_plan("Pilot".into());
        let a = plan.add_task(&p, "Configure".into()).expect("task");
        let b = plan.add_task(&p, "Train".into()).expect("task");
        {
            let pl = plan.plan_mut(&p).expect("plan");
            pl.goals = vec![g];
            pl.responsible = Some(Id::from("s1"));
            pl.indicators = vec![Id::from("k1")];
            pl.start = Some(d(3, 1));
            pl.deadline = Some(d(4, 30));
        }
        for (id, s, e) in [(&a, d(3, 1), d(3, 20)), (&b, d(3, 21), d(4, 10))] {
            let t = plan.task_mut(id).expect("task");
            t.start = Some(s);
            t.due = Some(e);
            t.owner = Some(Id::from("s1"));
        }
        plan.add_dependency(&b, &a).expect("no cycle");
        Fixture { plan, p, a, b }
    }

    fn rules(plan: &Plan) -> Vec<&'static str> {
        run(plan, &cx()).iter().map(|f| f.rule).collect()
    }

    #[test]
    fn a_complete_step_has_no_findings() {
        let f = complete();
        assert!(rules(&f.plan).is_empty(), "{:?}", run(&f.plan, &cx()));
        assert_eq!(
            step_status(StepId::Plans, &f.plan, &cx()),
            StepStatus::Complete
        );
    }

    #[test]
    fn a_plan_is_required() {
        let mut f = complete();
        f.plan.remove_plan(&f.p);
        assert_eq!(rules(&f.plan), ["plans.none", "plans.mustCovered"]);
        assert_eq!(
            step_status(StepId::Plans, &f.plan, &cx()),
            StepStatus::NotStarted
        );
    }

    #[test]
    fn a_must_goal_without_a_plan_blocks() {
        let mut f = complete();
        f.plan.plan_mut(&f.p).expect("plan").goals.clear();
        assert_eq!(rules(&f.plan), ["plans.mustCovered", "plans.goal"]);
        let found = run(&f.plan, &cx());
        assert!(found[0].message.contains("Leads in CRM"));
        assert_eq!(found[0].target.anchor, NEW_PLAN_ANCHOR);
        assert_eq!(
            step_status(StepId::Plans, &f.plan, &cx()),
            StepStatus::InProgress
        );
    }

    #[test]
    fn the_responsible_person_is_required_and_must_exist() {
        let mut f = complete();
        f.plan.plan_mut(&f.p).expect("plan").responsible = Some(Id::from("gone"));
        let found = run(&f.plan, &cx());
        assert_eq!(found[0].rule, "plans.responsible");
        assert_eq!(found[0].target.anchor, format!("plan-{}-responsible", f.p));
    }

    #[test]
    fn an_indicator_is_required() {
        let mut f = complete();
        f.plan.plan_mut(&f.p).expect("plan").indicators.clear();
        assert_eq!(rules(&f.plan), ["plans.indicators"]);
    }

    #[test]
    fn a_deadline_is_required() {
        let mut f = complete();
        f.plan.plan_mut(&f.p).expect("plan").deadline = None;
        assert_eq!(rules(&f.plan), ["plans.deadline"]);
    }

    #[test]
    fn a_deadline_before_the_start_blocks() {
        let mut f = complete();
        f.plan.plan_mut(&f.p).expect("plan").deadline = Some(d(2, 1));
        assert_eq!(
            rules(&f.plan),
            [
                "plans.planDates",
                "plans.taskAfterDeadline",
                "plans.taskAfterDeadline"
            ]
        );
    }

    #[test]
    fn a_task_due_before_its_start_blocks() {
        let mut f = complete();
        f.plan.task_mut(&f.b).expect("b").due = Some(d(3, 21) - chrono::Duration::days(1));
        let found = run(&f.plan, &cx());
        assert_eq!(found[0].rule, "plans.taskDates");
        assert_eq!(found[0].target.anchor, format!("task-{}-due", f.b));
    }

    #[test]
    fn a_dependency_must_finish_before_the_task_starts() {
        let mut f = complete();
        f.plan.task_mut(&f.b).expect("b").start = Some(d(3, 20));
        let found = run(&f.plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "plans.dependencyLate");
        assert_eq!(
            found[0].message,
            "“Train” starts before “Configure”, which it depends on, is finished."
        );
    }

    #[test]
    fn an_imported_cycle_is_named() {
        let mut f = complete();
        // As a hand-edited file could bring it: A depends on B, B on A.
        f.plan.task_mut(&f.a).expect("a").depends_on.push(f.b);
        let found = run(&f.plan, &cx());
        let cycle = found
            .iter()
            .find(|x| x.rule == "plans.cycle")
            .expect("cycle finding");
        assert_eq!(
            cycle.message,
            "The dependencies make a cycle: Configure → Train → Configure."
        );
        assert_eq!(cycle.severity, Severity::Blocking);
        assert_eq!(cycle.target.anchor, format!("task-{}-depends", f.a));
    }

    #[test]
    fn a_plan_without_goals_is_a_warning() {
        let mut f = complete();
        f.plan.implementation_goals[0].priority = Some(Priority::Should);
        f.plan.plan_mut(&f.p).expect("plan").goals.clear();
        assert_eq!(rules(&f.plan), ["plans.goal"]);
        assert_eq!(
            step_status(StepId::Plans, &f.plan, &cx()),
            StepStatus::Complete
        );
    }

    #[test]
    fn a_task_after_the_plan_deadline_is_a_warning() {
        let mut f = complete();
        f.plan.task_mut(&f.b).expect("b").due = Some(d(5, 2));
        assert_eq!(rules(&f.plan), ["plans.taskAfterDeadline"]);
    }

    #[test]
    fn a_plan_after_its_goal_date_is_a_warning() {
        let mut f = complete();
        f.plan.implementation_goals[0].target_date = Some(d(4, 1));
        let found = run(&f.plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "plans.afterGoal");
        assert!(found[0].message.contains("Leads in CRM"));
    }

    #[test]
    fn a_plan_after_go_live_is_a_warning() {
        let mut f = complete();
        f.plan.profile.go_live = Some(d(4, 15));
        assert_eq!(rules(&f.plan), ["plans.afterGoLive"]);
    }

    #[test]
    fn a_task_due_yesterday_is_overdue_until_done() {
        let mut f = complete();
        f.plan.task_mut(&f.a).expect("a").due = Some(d(3, 9));
        let found = run(&f.plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "plans.overdue");
        assert_eq!(
            found[0].message,
            "The task “Configure” is overdue: it was due on 9 March 2027."
        );
        f.plan.task_mut(&f.a).expect("a").status = TaskStatus::Done;
        assert!(rules(&f.plan).is_empty());
    }

    #[test]
    fn an_overloaded_person_is_a_warning() {
        let mut f = complete();
        for i in 0..3 {
            let t = f.plan.add_task(&f.p, format!("Extra {i}")).expect("task");
            let t = f.plan.task_mut(&t).expect("task");
            t.start = Some(d(3, 2));
            t.due = Some(d(3, 12));
            t.owner = Some(Id::from("s1"));
        }
        let found = run(&f.plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "plans.overload");
        assert!(
            found[0].message.contains("Dilnoza Karimova"),
            "{}",
            found[0].message
        );
        assert!(found[0].message.contains('4'));
        assert_eq!(found[0].target.anchor, format!("task-{}-owner", f.a));
    }

    /// [`dependencies_finish_first`] as it was before it was made fast: the reference.
    fn reference_dependencies(plan: &Plan, cx: &Context) -> Vec<Finding> {
        let by_id: HashMap<&Id, &Task> = tasks(plan).map(|(_, t)| (&t.id, t)).collect();
        let mut out = Vec::new();
        for (_, t) in tasks(plan) {
            let Some(first) = t.first_day() else { continue };
            for dep in t.depends_on.iter().filter_map(|d| by_id.get(d)) {
                if dep.last_day().is_some_and(|last| last >= first) && dep.id != t.id {
                    out.push(finding(
                        "plans.dependencyLate",
                        Severity::Blocking,
                        fill(
                            PlansText::CheckDependencyLate.text(cx.lang),
                            &[t.title.trim(), dep.title.trim()],
                        ),
                        task_anchor(&t.id, "start"),
                    ));
                }
            }
        }
        out
    }

    #[test]
    fn late_dependencies_match_the_reference() {
        use crate::plans::cycles::samples;
        for lang in [Lang::En, Lang::Uz, Lang::Ru] {
            let cx = Context {
                today: samples::base(),
                lang,
            };
            for seed in 0..700 {
                let plan = samples::random_plan(seed);
                assert_eq!(
                    dependencies_finish_first(&plan, &cx),
                    reference_dependencies(&plan, &cx),
                    "seed {seed}"
                );
            }
            let plan = crate::generate::large_plan(crate::generate::LARGE, cx.today);
            assert!(dependencies_finish_first(&plan, &cx).is_empty());
            let troubled = samples::troubled_large_plan(cx.today);
            let found = dependencies_finish_first(&troubled, &cx);
            assert_eq!(found.len(), 2);
            assert_eq!(found, reference_dependencies(&troubled, &cx));
        }
    }
}
