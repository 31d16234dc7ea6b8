//! The open plan with its undo history: every way the plan changes, as plain data.
//!
//! The app keeps one [`Document`] and tells its readers what each change [`Touched`]: the
//! parts of the plan and the records. A change is made in place and found by comparing the
//! plan with a shadow copy of it as it was; the shadow then takes the same patch. So an edit
//! never copies the whole plan: it costs one comparison pass and the size of the change.

use super::history::History;
use super::patch::{Parts, Patch, Touched};
use crate::plan::Plan;

/// The open plan and its history.
#[derive(Clone, Debug, Default)]
pub struct Document {
    plan: Plan,
    /// The plan as of the last recorded change (equal to `plan` between changes).
    shadow: Plan,
    history: History,
}

impl Document {
    /// A document holding `plan`, with no history.
    pub fn new(plan: Plan) -> Document {
        Document {
            shadow: plan.clone(),
            plan,
            history: History::default(),
        }
    }

    /// The plan.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Changes the plan as one undo step (joined to the previous step when `field`, the field
    /// being edited, is the same and `now_ms` is soon after). What changed, if anything did.
    pub fn edit(
        &mut self,
        change: impl FnOnce(&mut Plan),
        field: Option<&str>,
        now_ms: f64,
    ) -> Option<Touched> {
        change(&mut self.plan);
        self.settle(field, now_ms)
    }

    /// Replaces the whole plan as one undo step (an import, the other tab's version chosen in
    /// a conflict, the other tab's copy arriving). Only what differs is touched.
    pub fn replace(&mut self, plan: Plan) -> Option<Touched> {
        self.plan = plan;
        self.settle(None, 0.0)
    }

    /// Opens another plan: the history is forgotten and everything is touched.
    pub fn open(&mut self, plan: Plan) -> Touched {
        *self = Document::new(plan);
        Touched {
            parts: Parts::all(),
            records: Vec::new(),
        }
    }

    /// Forgets the history, keeping the plan.
    pub fn forget_history(&mut self) {
        self.history.clear();
    }

    /// Records the difference between the plan and its shadow, and brings the shadow level.
    fn settle(&mut self, field: Option<&str>, now_ms: f64) -> Option<Touched> {
        let patch = Patch::between(&self.shadow, &self.plan)?;
        if patch.apply(&mut self.shadow).is_err() {
            // Cannot happen (the patch was made from the shadow); stay correct regardless.
            self.shadow = self.plan.clone();
        }
        // A patch never lowers the counter; a new plan (an import) may.
        self.shadow.next_id = self.plan.next_id;
        let touched = patch.touched();
        self.history.record(patch, field, now_ms);
        Some(touched)
    }

    /// Takes back the last step.
    pub fn undo(&mut self) -> Option<Touched> {
        let step = self.history.undo(&mut self.plan)?;
        let touched = step.touched();
        if step.revert(&mut self.shadow).is_err() {
            self.shadow = self.plan.clone();
        }
        Some(touched)
    }

    /// Makes the last undone step again.
    pub fn redo(&mut self) -> Option<Touched> {
        let step = self.history.redo(&mut self.plan)?;
        let touched = step.touched();
        if step.apply(&mut self.shadow).is_err() {
            self.shadow = self.plan.clone();
        }
        Some(touched)
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }
}
