//! One record of the plan, found by id, bound to the fields of its editor: the shared `edit`,
//! text and date readers and commits that each editor used to write for itself.

use leptos::prelude::*;
use planner_core::store::patch::Parts;
use planner_core::{Id, Plan};

use crate::state::{use_store, PlanStore};
use planner_core::i18n::ErrorText;

use crate::widgets::field::Commit;

/// A record of the open plan (a plan, a task, a goal, a KPI, a stakeholder) and how to find it.
/// It is `Copy`, so every field's closures can hold it.
pub struct Bound<R: Send + Sync + 'static> {
    store: PlanStore,
    id: Id,
    find_mut: for<'a> fn(&'a mut Plan, &Id) -> Option<&'a mut R>,
    record: Memo<R>,
}

impl<R: Send + Sync + 'static> Clone for Bound<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: Send + Sync + 'static> Copy for Bound<R> {}

impl<R: Clone + PartialEq + Default + Send + Sync + 'static> Bound<R> {
    /// Binds the record `id`; `find` and `find_mut` look it up in the plan (a deleted record
    /// reads as the default until its editor goes).
    pub fn new(
        id: Id,
        find: for<'a> fn(&'a Plan, &Id) -> Option<&'a R>,
        find_mut: for<'a> fn(&'a mut Plan, &Id) -> Option<&'a mut R>,
    ) -> Self {
        let store = use_store();
        // Tracks this record alone: an edit elsewhere in the plan does not re-run it.
        let record = Memo::new(move |_| {
            store.with_record(&id, Parts::NONE, |p| {
                find(p, &id).cloned().unwrap_or_default()
            })
        });
        Bound {
            store,
            id,
            find_mut,
            record,
        }
    }

    /// The record (tracked; re-runs only when the record itself changed).
    pub fn record(self) -> Memo<R> {
        self.record
    }

    /// The record's id.
    pub fn id(self) -> Id {
        self.id
    }

    /// Changes the record through the store (one undo step, one save).
    pub fn edit(self, change: impl FnOnce(&mut R)) {
        let find_mut = self.find_mut;
        let id = self.id;
        self.store.update(|p| {
            if let Some(r) = find_mut(p, &id) {
                change(r);
            }
        });
    }

    /// Deletes the record with `remove` (one undo step) and offers "Deleted ‹name› — Undo".
    pub fn remove(self, name: impl FnOnce(&R) -> String, remove: impl FnOnce(&mut Plan, &Id)) {
        let name = self.record.with_untracked(name);
        let id = self.id;
        self.store.remove(&name, |p| remove(p, &id));
    }

    /// A field's value, read from the record.
    pub fn text(self, get: impl Fn(&R) -> String + Send + Sync + 'static) -> Signal<String> {
        let record = self.record;
        Signal::derive(move || record.with(&get))
    }

    /// A date field's value (`YYYY-MM-DD`, or empty).
    pub fn date(self, get: fn(&R) -> Option<chrono::NaiveDate>) -> Signal<String> {
        self.text(move |r| get(r).map(|d| d.to_string()).unwrap_or_default())
    }

    /// A field's commit: `parse` checks the typed text, `set` writes what it gave.
    pub fn commit<T: 'static, E: ErrorText + Send + Sync + 'static>(
        self,
        parse: impl Fn(&str) -> Result<T, E> + Send + Sync + 'static,
        set: impl Fn(&mut R, T) + Send + Sync + 'static,
    ) -> Commit {
        Callback::new(move |text: String| {
            let value = parse(&text)?;
            self.edit(|r| set(r, value));
            Ok(())
        })
    }

    /// A field's value and commit together.
    pub fn bind<T: 'static, E: ErrorText + Send + Sync + 'static>(
        self,
        get: impl Fn(&R) -> String + Send + Sync + 'static,
        parse: impl Fn(&str) -> Result<T, E> + Send + Sync + 'static,
        set: impl Fn(&mut R, T) + Send + Sync + 'static,
    ) -> (Signal<String>, Commit) {
        (self.text(get), self.commit(parse, set))
    }

    /// Picking and removing an optional person (an owner, a responsible person), for a single
    /// [`crate::widgets::picker::RecordPicker`].
    pub fn person(
        self,
        get: for<'a> fn(&'a R) -> Option<&'a Id>,
        set: fn(&mut R, Option<Id>),
    ) -> (Signal<Vec<Id>>, Callback<Id>, Callback<Id>) {
        let record = self.record;
        (
            Signal::derive(move || record.with(|r| get(r).cloned().into_iter().collect())),
            Callback::new(move |id: Id| self.edit(|r| set(r, Some(id)))),
            Callback::new(move |_: Id| self.edit(|r| set(r, None))),
        )
    }

    /// Adds a typed name to the project team and makes them the record's person, as one change
    /// (one undo step): the `on_create` of a single
    /// [`crate::widgets::picker::RecordPicker`]. Nobody is added for a record that is gone.
    pub fn new_team_member(self, set: fn(&mut R, Option<Id>)) -> Callback<String> {
        let (find_mut, id) = (self.find_mut, self.id);
        Callback::new(move |name: String| {
            self.store.update(|p| {
                if find_mut(p, &id).is_none() {
                    return;
                }
                let person = p.add_team_member(&name);
                if let Some(r) = find_mut(p, &id) {
                    set(r, Some(person));
                }
            });
        })
    }
}
