//! Which record of a list has its editor open: at most one. Rows ask [`OpenRow::is_open`] for
//! their own id, so opening another record re-runs two rows, not the whole list.

use leptos::prelude::*;
use planner_core::Id;

/// The open record of one list (the register, the KPIs, the business goals).
#[derive(Clone, Copy)]
pub struct OpenRow {
    /// The record whose editor is open.
    pub open: RwSignal<Option<Id>>,
    /// Notifies only the two rows whose "open" state changes, not the whole list.
    selector: StoredValue<Selector<Option<Id>>>,
}

impl OpenRow {
    /// A list with `open`'s editor open (none for `None`).
    pub fn new(open: Option<Id>) -> OpenRow {
        let open = RwSignal::new(open);
        OpenRow {
            open,
            selector: StoredValue::new(Selector::new(move || open.get())),
        }
    }

    /// Whether `id`'s editor is open (tracked for that id alone).
    pub fn is_open(&self, id: &Id) -> bool {
        self.selector.with_value(|s| s.selected(&Some(*id)))
    }

    /// Opens `id`'s editor, or closes it when it is the open one.
    pub fn toggle(&self, id: &Id) {
        self.open.update(|o| {
            *o = if o.as_ref() == Some(id) {
                None
            } else {
                Some(*id)
            }
        });
    }

    /// Forgets `id` (deleted), if its editor was open.
    pub fn forget(&self, id: &Id) {
        if self.open.get_untracked().as_ref() == Some(id) {
            self.open.set(None);
        }
    }
}
