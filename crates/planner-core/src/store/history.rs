//! Undo and redo as plain data: the [`Patch`] of each change, which costs the size of the
//! change, not the size of the plan.
//!
//! Rapid edits of the same field (typing a name letter by letter) coalesce into one step, so
//! one undo takes back the whole word rather than one letter.

use std::collections::VecDeque;

use super::patch::Patch;
use crate::plan::Plan;

/// How many steps back the history keeps.
pub const MAX_STEPS: usize = 100;
/// Edits of the same field closer together than this (milliseconds) are one step.
pub const COALESCE_MS: f64 = 1_000.0;

/// The undo and redo stacks of a plan.
#[derive(Clone, Debug, Default)]
pub struct History {
    /// Oldest first; boxed, so a step costs its records, not the patch's every empty slot.
    past: VecDeque<Box<Patch>>,
    future: Vec<Patch>,
    last: Option<(String, f64)>,
}

impl History {
    /// Records a change just made. `field` names what is edited (the focused field), `now_ms`
    /// is the time; an edit of the same field soon after the previous one joins its step.
    pub fn record(&mut self, patch: Patch, field: Option<&str>, now_ms: f64) {
        let joins = match (&self.last, field) {
            (Some((last, at)), Some(field)) => last == field && now_ms - at < COALESCE_MS,
            _ => false,
        };
        self.last = field.map(|f| (f.to_owned(), now_ms));
        self.future.clear();
        if joins {
            if let Some(joined) = self.past.back().and_then(|step| step.then(&patch)) {
                if let Some(step) = self.past.back_mut() {
                    **step = joined;
                }
                return;
            }
        }
        self.past.push_back(Box::new(patch));
        if self.past.len() > MAX_STEPS {
            self.past.pop_front();
        }
    }

    /// Takes the last change back on `plan`; the step taken back, if there was one. A step
    /// that no longer fits the plan (never expected) clears the history rather than corrupt
    /// the plan.
    pub fn undo(&mut self, plan: &mut Plan) -> Option<&Patch> {
        let step = self.past.pop_back()?;
        self.last = None;
        if step.revert(plan).is_err() {
            self.clear();
            return None;
        }
        self.future.push(*step);
        self.future.last()
    }

    /// Makes the last undone change again on `plan`; the step made again.
    pub fn redo(&mut self, plan: &mut Plan) -> Option<&Patch> {
        let step = self.future.pop()?;
        self.last = None;
        if step.apply(plan).is_err() {
            self.clear();
            return None;
        }
        self.past.push_back(Box::new(step));
        self.past.back().map(|step| &**step)
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Forgets everything (another plan was opened).
    pub fn clear(&mut self) {
        *self = History::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A plan whose project is called `name`.
    fn named(name: &str) -> Plan {
        let mut plan = Plan::new();
        plan.profile.name = name.to_owned();
        plan
    }

    /// Changes `plan` to `to`, recording the step.
    fn edit(h: &mut History, plan: &mut Plan, to: &Plan, field: Option<&str>, at: f64) {
        if let Some(patch) = Patch::between(plan, to) {
            h.record(patch, field, at);
        }
        *plan = to.clone();
    }

    #[test]
    fn undo_and_redo_walk_the_steps() {
        let mut h = History::default();
        let mut plan = named("0");
        edit(&mut h, &mut plan, &named("1"), Some("a"), 0.0);
        edit(&mut h, &mut plan, &named("2"), Some("b"), 10.0);
        assert!(h.undo(&mut plan).is_some());
        assert_eq!(plan, named("1"));
        assert!(h.undo(&mut plan).is_some());
        assert_eq!(plan, named("0"));
        assert!(h.undo(&mut plan).is_none());
        assert!(h.redo(&mut plan).is_some());
        assert_eq!(plan, named("1"));
        assert!(h.redo(&mut plan).is_some());
        assert_eq!(plan, named("2"));
        assert!(h.redo(&mut plan).is_none());
    }

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut h = History::default();
        let mut plan = named("");
        edit(&mut h, &mut plan, &named("C"), Some("name"), 0.0);
        edit(&mut h, &mut plan, &named("CR"), Some("name"), 200.0);
        edit(&mut h, &mut plan, &named("CRM"), Some("name"), 400.0);
        assert!(h.undo(&mut plan).is_some());
        assert_eq!(plan, named(""));
        assert!(!h.can_undo());
        // After a pause, the same field starts a new step.
        let mut h = History::default();
        let mut plan = named("");
        edit(&mut h, &mut plan, &named("A"), Some("name"), 0.0);
        edit(&mut h, &mut plan, &named("AB"), Some("name"), 5_000.0);
        assert!(h.undo(&mut plan).is_some());
        assert_eq!(plan, named("A"));
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut h = History::default();
        let mut plan = named("0");
        edit(&mut h, &mut plan, &named("1"), None, 0.0);
        assert!(h.undo(&mut plan).is_some());
        edit(&mut h, &mut plan, &named("2"), None, 1.0);
        assert!(!h.can_redo());
    }

    #[test]
    fn at_least_fifty_steps_are_kept_and_the_oldest_drop_off() {
        let mut h = History::default();
        let mut plan = named("0");
        for i in 1..=(MAX_STEPS + 20) {
            edit(&mut h, &mut plan, &named(&i.to_string()), None, i as f64);
        }
        let mut steps = 0;
        while h.undo(&mut plan).is_some() {
            steps += 1;
        }
        assert!(steps >= 50);
        assert_eq!(steps, MAX_STEPS);
        assert_eq!(plan, named("20"));
    }

    #[test]
    fn a_step_that_no_longer_fits_clears_the_history_and_leaves_the_plan() {
        let mut h = History::default();
        let mut plan = named("0");
        edit(&mut h, &mut plan, &named("1"), None, 0.0);
        // Something changed the plan behind the history's back.
        let mut other = named("elsewhere");
        assert!(h.undo(&mut other).is_none());
        assert_eq!(other, named("elsewhere"));
        assert!(!h.can_undo());
    }
}
