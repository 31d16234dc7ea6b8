//! Checks: what the method still needs. Each rule is a small pure function over the plan that
//! returns findings; each step lists its rules in one module; a step's status follows from them.

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::plan::Plan;
use crate::steps::{StepId, StepStatus};
use crate::store::patch::{Part, Parts};

mod anchor;

pub use anchor::{AnchorKind, FieldAnchor, NotAFieldAnchor};

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The step cannot be complete while this fails.
    Blocking,
    /// Worth attention; the step can still be complete.
    Warning,
}

/// Where a finding is fixed: a step, and the DOM id of the field (or record) to focus there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The step whose page holds the field.
    pub step: StepId,
    /// The `id` attribute of the element to focus.
    pub anchor: String,
}

/// One thing a check found.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Blocking or warning.
    pub severity: Severity,
    /// A stable code naming the rule (`profile.name`), for tests and keys.
    pub rule: &'static str,
    /// The message, in the interface language, naming the record concerned.
    pub message: String,
    /// Where to fix it.
    pub target: Target,
}

impl Finding {
    /// A finding of `step`'s rule `rule`, fixed at the element with id `anchor`.
    pub fn new(
        step: StepId,
        rule: &'static str,
        severity: Severity,
        message: String,
        anchor: impl Into<String>,
    ) -> Finding {
        Finding {
            severity,
            rule,
            message,
            target: Target {
                step,
                anchor: anchor.into(),
            },
        }
    }
}

/// What the checks need besides the plan.
#[derive(Clone, Copy, Debug)]
pub struct Context {
    /// Today's local date, for overdue and past-date rules.
    pub today: NaiveDate,
    /// The interface language of the messages.
    pub lang: Lang,
}

/// The findings of one step.
pub fn run_step(step: StepId, plan: &Plan, cx: &Context) -> Vec<Finding> {
    match step {
        StepId::Profile => crate::profile::checks::run(plan, cx),
        StepId::Stakeholders => crate::stakeholders::checks::run(plan, cx),
        StepId::Strategy => crate::strategy::checks::run(plan, cx),
        StepId::Goals => crate::goals::checks::run(plan, cx),
        StepId::Plans => crate::plans::checks::run(plan, cx),
    }
}

/// The parts of the plan a step's checks and status read: a change elsewhere leaves its
/// findings as they were, so the app re-runs a step's checks only when one of these changed.
/// (`tests::a_step_reads_only_its_parts` guards the list.)
pub fn reads(step: StepId) -> Parts {
    use Part::*;
    match step {
        StepId::Profile => Parts::of(&[Profile]),
        StepId::Stakeholders => Parts::of(&[Stakeholders, Profile]),
        StepId::Strategy => Parts::of(&[Strategy, Stakeholders]),
        StepId::Goals => Parts::of(&[Goals, Strategy]),
        StepId::Plans => Parts::of(&[Plans, Goals, Profile, Stakeholders]),
    }
}

/// Whether anything was entered in a step.
pub fn step_started(step: StepId, plan: &Plan) -> bool {
    match step {
        StepId::Profile => crate::profile::checks::started(plan),
        StepId::Stakeholders => crate::stakeholders::checks::started(plan),
        StepId::Strategy => crate::strategy::checks::started(plan),
        StepId::Goals => crate::goals::checks::started(plan),
        StepId::Plans => crate::plans::checks::started(plan),
    }
}

/// A step's status, from its findings.
pub fn step_status(step: StepId, plan: &Plan, cx: &Context) -> StepStatus {
    status_of(step, plan, &run_step(step, plan, cx))
}

/// A step's status, from findings already computed.
pub fn status_of(step: StepId, plan: &Plan, findings: &[Finding]) -> StepStatus {
    let started = step_started(step, plan);
    if !started && findings.is_empty() {
        return StepStatus::NotStarted;
    }
    status_from_findings(started, findings)
}

/// The status of a step with the given findings; `started` says whether anything was entered.
pub fn status_from_findings(started: bool, findings: &[Finding]) -> StepStatus {
    if findings.iter().any(|f| f.severity == Severity::Blocking) {
        if started {
            StepStatus::InProgress
        } else {
            StepStatus::NotStarted
        }
    } else {
        StepStatus::Complete
    }
}

/// Says a finding about a field the user typed a refused value into (`refused`: by field id,
/// what was typed) as that: the value typed is not valid yet, rather than "the field is empty",
/// which the user, looking at their text in it, would read as a contradiction.
pub fn say_refused(
    findings: &mut [Finding],
    refused: &std::collections::BTreeMap<String, String>,
    lang: crate::i18n::Lang,
) {
    if refused.is_empty() {
        return;
    }
    for finding in findings {
        if let Some(typed) = refused.get(&finding.target.anchor) {
            finding.message = crate::i18n::fill(
                crate::i18n::Text::text(crate::i18n::WidgetText::RefusedValue, lang),
                &[typed],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::format;
    use crate::generate::{large_plan, LARGE};

    const EXAMPLE: &str = include_str!("../../../../examples/tashkent-bank.crmplan.json");

    /// `base` with `part` taken from `from`.
    fn mixed(base: &Plan, from: &Plan, part: Part) -> Plan {
        let mut out = base.clone();
        match part {
            Part::Profile => out.profile = from.profile.clone(),
            Part::Stakeholders => out.stakeholders = from.stakeholders.clone(),
            Part::Strategy => out.strategy = from.strategy.clone(),
            Part::Goals => {
                out.implementation_goals = from.implementation_goals.clone();
                out.scope = from.scope.clone();
            }
            Part::Plans => out.plans = from.plans.clone(),
        }
        out
    }

    #[test]
    fn a_step_reads_only_its_parts() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let example = format::import(EXAMPLE).expect("the example opens");
        let large = large_plan(LARGE, today);
        let plans = [example, large, Plan::default()];
        let cx = Context {
            today,
            lang: Lang::En,
        };
        let mut compared = 0;
        for step in StepId::ALL {
            for base in &plans {
                let findings = run_step(step, base, &cx);
                let started = step_started(step, base);
                for from in &plans {
                    for part in Part::ALL.into_iter().filter(|p| !reads(step).contains(*p)) {
                        let other = mixed(base, from, part);
                        assert_eq!(
                            run_step(step, &other, &cx),
                            findings,
                            "{step:?} reads {part:?}"
                        );
                        assert_eq!(
                            step_started(step, &other),
                            started,
                            "{step:?} starts on {part:?}"
                        );
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared > 50);
    }

    #[test]
    fn the_guard_sees_a_part_read() {
        // Step 4 reads the stakeholders (owners): taking them from another plan changes its
        // findings, so the guard above would catch a list that forgot them.
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let example = format::import(EXAMPLE).expect("the example opens");
        let cx = Context {
            today,
            lang: Lang::En,
        };
        let other = mixed(&example, &Plan::default(), Part::Stakeholders);
        assert_ne!(
            run_step(StepId::Plans, &other, &cx),
            run_step(StepId::Plans, &example, &cx)
        );
    }

    #[test]
    fn a_refused_value_is_said_in_place_of_the_empty_field() {
        let mut findings = vec![
            Finding::new(
                StepId::Strategy,
                "strategy.kpiTarget",
                Severity::Blocking,
                "Set the target.".into(),
                "kpi-k1-target",
            ),
            Finding::new(
                StepId::Strategy,
                "strategy.kpiUnit",
                Severity::Blocking,
                "Set the unit.".into(),
                "kpi-k1-unit",
            ),
        ];
        let refused = [("kpi-k1-target".to_owned(), "15 %%".to_owned())]
            .into_iter()
            .collect();
        say_refused(&mut findings, &refused, crate::i18n::Lang::En);
        assert_eq!(
            findings[0].message,
            "“15 %%” was typed here, but it is not a valid value: correct it or clear the field."
        );
        assert_eq!(findings[0].severity, Severity::Blocking);
        assert_eq!(findings[1].message, "Set the unit.");
    }
}
