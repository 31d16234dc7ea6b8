//! Undo and redo as plain data: snapshots of the document before each change.
//!
//! Rapid edits of the same field (typing a name letter by letter) coalesce into one step, so
//! one undo takes back the whole word rather than one letter.

/// How many steps back the history keeps.
pub const MAX_STEPS: usize = 100;
/// Edits of the same field closer together than this (milliseconds) are one step.
pub const COALESCE_MS: f64 = 1_000.0;

/// The undo and redo stacks of a document of type `T`.
#[derive(Clone, Debug)]
pub struct History<T> {
    past: Vec<T>,
    future: Vec<T>,
    last: Option<(String, f64)>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            past: Vec::new(),
            future: Vec::new(),
            last: None,
        }
    }
}

impl<T: PartialEq> History<T> {
    /// Records that the document is about to change from `before`. `field` names what is
    /// edited (the focused field), `now_ms` is the time; an edit of the same field soon after
    /// the previous one joins its step.
    pub fn record(&mut self, before: T, field: Option<&str>, now_ms: f64) {
        let joins = match (&self.last, field) {
            (Some((last, at)), Some(field)) => last == field && now_ms - at < COALESCE_MS,
            _ => false,
        };
        self.last = field.map(|f| (f.to_owned(), now_ms));
        self.future.clear();
        if joins && !self.past.is_empty() {
            return;
        }
        if self.past.last() == Some(&before) {
            return;
        }
        self.past.push(before);
        if self.past.len() > MAX_STEPS {
            self.past.remove(0);
        }
    }

    /// Takes one step back from `current`; the document to show, if there is one.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop()?;
        self.future.push(current);
        self.last = None;
        Some(previous)
    }

    /// Takes one step forward again.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push(current);
        self.last = None;
        Some(next)
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

    #[test]
    fn undo_and_redo_walk_the_steps() {
        let mut h = History::default();
        h.record(0, Some("a"), 0.0);
        h.record(1, Some("b"), 10.0);
        assert_eq!(h.undo(2), Some(1));
        assert_eq!(h.undo(1), Some(0));
        assert_eq!(h.undo(0), None);
        assert_eq!(h.redo(0), Some(1));
        assert_eq!(h.redo(1), Some(2));
        assert_eq!(h.redo(2), None);
    }

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut h = History::default();
        h.record("".to_owned(), Some("name"), 0.0);
        h.record("C".to_owned(), Some("name"), 200.0);
        h.record("CR".to_owned(), Some("name"), 400.0);
        assert_eq!(h.undo("CRM".to_owned()), Some(String::new()));
        assert!(!h.can_undo());
        // After a pause, the same field starts a new step.
        let mut h = History::default();
        h.record(0, Some("name"), 0.0);
        h.record(1, Some("name"), 5_000.0);
        assert_eq!(h.undo(2), Some(1));
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut h = History::default();
        h.record(0, None, 0.0);
        assert_eq!(h.undo(1), Some(0));
        h.record(0, None, 1.0);
        assert!(!h.can_redo());
    }

    #[test]
    fn at_least_fifty_steps_are_kept_and_the_oldest_drop_off() {
        let mut h = History::default();
        for i in 0..(MAX_STEPS + 20) {
            h.record(i, None, i as f64);
        }
        let mut current = MAX_STEPS + 20;
        let mut steps = 0;
        while let Some(previous) = h.undo(current) {
            current = previous;
            steps += 1;
        }
        assert!(steps >= 50);
        assert_eq!(steps, MAX_STEPS);
        assert_eq!(current, 20);
    }
}
