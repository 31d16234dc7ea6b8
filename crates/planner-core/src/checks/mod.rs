//! Checks: what the method still needs. Each rule is a small pure function over the plan that
//! returns findings; each step lists its rules in one module; a step's status follows from them.

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::plan::Plan;
use crate::steps::{StepId, StepStatus};

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
