//! Step plans's rules. Each rule is a pure function returning findings; [`RULES`] lists them
//! in the order they are shown.

use super::{Context, Finding};
use crate::plan::Plan;

/// Whether anything of this step was entered.
pub fn started(plan: &Plan) -> bool {
    !plan.plans.is_empty()
}

/// Every rule of this step, in the order they are shown.
pub const RULES: &[fn(&Plan, &Context) -> Vec<Finding>] = &[];

/// All findings of this step.
pub fn run(plan: &Plan, cx: &Context) -> Vec<Finding> {
    RULES.iter().flat_map(|rule| rule(plan, cx)).collect()
}
