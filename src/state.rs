//! The open plan, its saving, its history and the library of plans around it.
//!
//! Every change goes through [`PlanStore::update`], which records an undo step and schedules a
//! save; saves are debounced ([`SAVE_DELAY_MS`]) and flushed at once when the page is hidden or
//! left. Each save is read back and compared; a failure is shown at once with "Save to file".
//!
//! Two tabs: a save writes only over the stored value this tab has seen (compare-and-swap, see
//! [`storage::Seen`]: one string comparison in JavaScript, no read into Rust, no parse); a
//! `storage` event from another tab brings its newer copy in at once, or, when this tab has
//! unsaved changes too, shows both and lets the user choose. A hidden tab does not write: it
//! flushes when it becomes hidden, then waits until it is shown. A tab whose plan is new and
//! untouched (never stored) opens the plan another tab saves or opens, so that two tabs opened
//! on an empty browser work on one plan, not two.
//!
//! A save costs the plan's serialisation, one verified write and one more `setItem` (the good
//! copy), and one walk of the storage's lengths; the library entry of the open plan is updated
//! in place from memory, and other tabs' saves update theirs from the `storage` event.

use std::time::Duration;

use leptos::prelude::*;
use planner_core::checks::{self, Context, Finding};
use planner_core::file::format::{self, Stored};
use planner_core::i18n::{fill, DataText, Lang, Shell, Text};
use planner_core::steps::{StepId, StepStatus};
use planner_core::store::backup::BackupState;
use planner_core::store::document::Document;
use planner_core::store::library::{self, Entry};
use planner_core::store::patch::{Part, Parts, Touched};
use planner_core::{Id, Plan};
use std::collections::HashMap;

use crate::platform::storage::{self, Loaded, SaveError, Seen, Since};

/// How long typing may pause before the plan is written.
pub const SAVE_DELAY_MS: u64 = 300;
/// The app's version, written into every file and stored copy.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Storage use (share of the quota) from which the app warns.
pub const WARN_AT_PERCENT: usize = 80;

/// Where saving stands, as the header shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is written and verified.
    Saved,
    /// A change waits for the save delay.
    Pending,
    /// This page has no usable storage: nothing is saved.
    Unavailable,
    /// The last save failed.
    Failed(SaveError),
    /// Stored data comes from a newer version: read-only, never overwritten.
    Newer(u64),
    /// Another tab saved a revision this tab has not seen, while this tab had changes too.
    Conflict,
}

/// A message about something that just happened (an import, a recovery).
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Error or information.
    pub is_error: bool,
    /// The text, already in the interface language.
    pub text: String,
    /// The plan as it was before an import replaced it, for "undo import".
    pub undo: Option<Plan>,
    /// Raw unreadable data, for "download raw data".
    pub raw: Option<String>,
    /// The technical reason behind the text, shown under "Details".
    pub details: Option<String>,
}

/// Two versions of the open plan: this tab's unsaved one and the one another tab saved.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// What the other tab saved.
    pub theirs: Plan,
    /// Its revision.
    pub their_revision: u64,
}

/// A plan deleted from the library, kept in memory for "undo delete".
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    /// Its id.
    pub id: String,
    /// Its stored value, exactly as it was.
    pub value: String,
    /// Its name, for the message.
    pub name: String,
}

/// The open plan, shared through context. All changes go through [`PlanStore::update`].
#[derive(Clone, Copy)]
pub struct PlanStore {
    /// The plan and its undo history; not reactive itself: readers track [`PlanStore::parts`]
    /// and [`PlanStore::records`], which a change notifies by what it touched.
    doc: StoredValue<Document>,
    /// One trigger per [`Part`], in [`Part::ALL`]'s order.
    parts: [Trigger; 5],
    /// One trigger per record that something reads (made on first read).
    records: StoredValue<HashMap<Id, ArcTrigger>>,
    /// Saving status.
    pub status: RwSignal<SaveStatus>,
    /// The current notice, if any.
    pub notice: RwSignal<Option<Notice>>,
    /// The plans in this browser (the plan menu), newest first.
    pub library: RwSignal<Vec<Entry>>,
    /// The open plan's id.
    pub id: RwSignal<String>,
    /// Another tab's newer version, when both tabs changed the plan.
    pub conflict: RwSignal<Option<Conflict>>,
    /// The plan deleted last, for "undo delete".
    pub deleted: RwSignal<Option<Deleted>>,
    /// The name of the record deleted by the last change, for "Deleted ‹name› — Undo"; gone with
    /// the next change, when undo would no longer take back the deletion alone.
    pub removed: RwSignal<Option<String>>,
    /// What the user typed into a field that the field refused, by field id: shown again, with
    /// its message, after a reload, and said in place of the check that finds the field empty.
    pub refused: RwSignal<std::collections::BTreeMap<String, String>>,
    /// localStorage use in UTF-16 code units, when known.
    pub usage: RwSignal<Option<usize>>,
    /// When the open plan was last exported, and what waits for an export.
    pub backup: RwSignal<BackupState>,
    /// Whether undo / redo have a step.
    pub can_undo: RwSignal<bool>,
    /// See [`PlanStore::can_undo`].
    pub can_redo: RwSignal<bool>,
    revision: StoredValue<u64>,
    /// The stored value this tab last wrote or read (`None`: the plan was never stored).
    seen: StoredValue<Option<Seen>, LocalStorage>,
    timer: StoredValue<Option<TimeoutHandle>>,
    dirty: StoredValue<bool>,
    lang: StoredValue<Lang>,
}

/// Now, to the millisecond: the library orders plans by save time, and two saves within one
/// second must still sort newest first.
fn now_iso() -> String {
    // `toISOString` writes exactly `YYYY-MM-DDTHH:MM:SS.sssZ`, with no chrono formatting code.
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today's local date.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn new_plan_id() -> String {
    let millis = js_sys::Date::now() as i64;
    let salt = (js_sys::Math::random() * 1e6) as u64;
    format!("p{millis:x}{salt:x}")
}

/// The id of the focused element: edits of the same field coalesce into one undo step.
fn focused_field() -> Option<String> {
    let id = document().active_element()?.id();
    (!id.is_empty()).then_some(id)
}

fn page_hidden() -> bool {
    document().hidden()
}

impl PlanStore {
    /// Opens the plan opened last in this browser, or a new one; says what happened.
    pub fn open(lang: Lang) -> PlanStore {
        let store = PlanStore {
            doc: StoredValue::new(Document::default()),
            parts: std::array::from_fn(|_| Trigger::new()),
            records: StoredValue::new(HashMap::new()),
            status: RwSignal::new(SaveStatus::Saved),
            notice: RwSignal::new(None),
            library: RwSignal::new(Vec::new()),
            id: RwSignal::new(new_plan_id()),
            conflict: RwSignal::new(None),
            deleted: RwSignal::new(None),
            removed: RwSignal::new(None),
            refused: RwSignal::new(Default::default()),
            usage: RwSignal::new(None),
            backup: RwSignal::new(BackupState::default()),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            revision: StoredValue::new(0),
            seen: StoredValue::new_local(None),
            timer: StoredValue::new(None),
            dirty: StoredValue::new(false),
            lang: StoredValue::new(lang),
        };
        let loaded = storage::load_current(&now_iso());
        store.take_loaded(loaded, None);
        storage::request_persistence();
        store.refresh_library();
        store.watch_page();
        store
    }

    /// Sets the language the store's own messages use.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set_value(lang);
    }

    fn text(&self, key: impl Text) -> &'static str {
        key.text(self.lang.get_value())
    }

    /// Shows what was loaded; `asked` is the plan asked for (when opening from the library).
    fn take_loaded(&self, loaded: Loaded, asked: Option<&str>) {
        // What this tab saw of another plan says nothing about this one.
        self.seen.set_value(None);
        self.doc.update_value(Document::forget_history);
        self.sync_history_flags();
        self.dirty.set_value(false);
        self.conflict.set(None);
        match loaded {
            Loaded::Unavailable => self.status.set(SaveStatus::Unavailable),
            Loaded::Empty => {
                if let Some(id) = asked {
                    self.id.set(id.to_owned());
                }
                self.status.set(SaveStatus::Saved);
            }
            Loaded::Plan { id, stored } => self.show_stored(id, stored),
            Loaded::Newer { id, version } => {
                self.id.set(id);
                self.open_doc(Plan::new());
                self.status.set(SaveStatus::Newer(version));
            }
            Loaded::Recovered {
                id,
                stored,
                raw,
                error,
                ..
            } => {
                let why =
                    planner_core::file::texts::import_error_text(&error, self.lang.get_value());
                self.show_stored(id, stored);
                // The recovered copy becomes the plan again (the broken one is aside).
                self.dirty.set_value(true);
                self.flush();
                self.notice.set(Some(Notice {
                    is_error: true,
                    text: fill(
                        self.text(DataText::RecoveredGood),
                        &[why.trim_end_matches('.')],
                    ),
                    undo: None,
                    raw: Some(raw),
                    details: None,
                }));
            }
            Loaded::Unreadable { raw, error, .. } => {
                let why =
                    planner_core::file::texts::import_error_text(&error, self.lang.get_value());
                self.id.set(new_plan_id());
                self.open_doc(Plan::new());
                self.revision.set_value(0);
                self.status.set(SaveStatus::Saved);
                self.notice.set(Some(Notice {
                    is_error: true,
                    text: fill(self.text(Shell::Recovered), &[why.trim_end_matches('.')]),
                    undo: None,
                    raw: Some(raw),
                    details: None,
                }));
            }
        }
        let id = self.id.get_untracked();
        self.seen.set_value(storage::seen_now(&id));
        self.backup.set(storage::load_exports(&id));
    }

    fn show_stored(&self, id: String, stored: Stored) {
        self.id.set(id);
        self.revision.set_value(stored.revision);
        self.open_doc(stored.plan);
        self.status.set(SaveStatus::Saved);
    }

    /// Opens `plan` in place of the one open (no history), notifying every reader.
    fn open_doc(&self, plan: Plan) {
        self.forget_removed();
        self.refused
            .set(storage::load_refused(&self.id.get_untracked()));
        self.doc.update_value(|d| {
            d.open(plan);
        });
        self.sync_history_flags();
        for part in self.parts {
            part.notify();
        }
        self.records
            .with_value(|all| all.values().for_each(Notify::notify));
    }

    /// Notifies the readers of what a change touched.
    fn touch(&self, touched: &Touched) {
        for part in touched.parts.iter() {
            self.parts[part.index()].notify();
        }
        self.records.with_value(|all| {
            for id in &touched.records {
                if let Some(trigger) = all.get(id) {
                    trigger.notify();
                }
            }
        });
    }

    /// The whole plan, read-only; whoever reads it re-runs on any change. Prefer
    /// [`PlanStore::part`] or [`PlanStore::record`] where a reader needs less.
    pub fn plan(&self) -> PlanRead {
        PlanRead {
            store: *self,
            parts: Parts::all(),
        }
    }

    /// The plan, read by a reader that uses only `part` of it: it re-runs only when that part
    /// changed.
    pub fn part(&self, part: Part) -> PlanRead {
        self.parts_of(Parts::of(&[part]))
    }

    /// The plan, for a reader of the given parts.
    pub fn parts_of(&self, parts: Parts) -> PlanRead {
        PlanRead {
            store: *self,
            parts,
        }
    }

    /// Reads the plan for the record `id`: tracks that record and the `also` parts (where the
    /// reader looks up other records, such as an owner's name), nothing else.
    pub fn with_record<R>(&self, id: &Id, also: Parts, f: impl FnOnce(&Plan) -> R) -> R {
        self.track_record(id);
        self.parts_of(also).with(f)
    }

    /// Tracks the record `id`: the reader re-runs when that record (with what it holds, such
    /// as a plan's tasks) changed, was added, removed or moved, and not otherwise.
    pub fn track_record(&self, id: &Id) {
        let trigger = self.records.try_update_value(|all| match all.get(id) {
            Some(trigger) => trigger.clone(),
            None => {
                let trigger = ArcTrigger::new();
                all.insert(*id, trigger.clone());
                trigger
            }
        });
        if let Some(trigger) = trigger {
            trigger.track();
        }
    }

    /// Whether edits are refused (data of a newer version is open).
    pub fn read_only(&self) -> bool {
        matches!(self.status.get_untracked(), SaveStatus::Newer(_))
    }

    /// Changes the plan, records an undo step and schedules a save.
    pub fn update(&self, change: impl FnOnce(&mut Plan)) {
        if self.read_only() {
            return;
        }
        self.forget_removed();
        let field = focused_field();
        let now = js_sys::Date::now();
        let touched = self
            .doc
            .try_update_value(|d| d.edit(change, field.as_deref(), now))
            .flatten();
        if let Some(touched) = touched {
            self.sync_history_flags();
            self.touch(&touched);
            self.schedule_save();
        }
    }

    /// Deletes a record (`change`) as one undo step, and offers to undo it by its `name`.
    pub fn remove(&self, name: &str, change: impl FnOnce(&mut Plan)) {
        self.update(change);
        if !self.read_only() {
            self.removed.set(Some(name.trim().to_owned()));
        }
    }

    /// Keeps what the user typed into field `field` that the field refused (`Some`), or drops it
    /// once the field took a value (`None`).
    pub fn set_refused(&self, field: &str, typed: Option<String>) {
        let same = self
            .refused
            .try_with_untracked(|all| all.get(field) == typed.as_ref())
            .unwrap_or(true);
        if same {
            return;
        }
        self.refused.update(|all| match typed {
            Some(typed) => {
                all.insert(field.to_owned(), typed);
            }
            None => {
                all.remove(field);
            }
        });
        self.refused
            .with_untracked(|all| storage::save_refused(&self.id.get_untracked(), all));
    }

    /// Drops the offer to undo a deletion: another change came after it.
    fn forget_removed(&self) {
        if self.removed.with_untracked(Option::is_some) {
            self.removed.set(None);
        }
    }

    /// Replaces the whole plan (an import), saving what was there first. One undo step.
    pub fn replace(&self, plan: Plan) {
        self.flush();
        if self.read_only() {
            return;
        }
        self.forget_removed();
        let touched = self.doc.try_update_value(|d| d.replace(plan)).flatten();
        self.sync_history_flags();
        if let Some(touched) = touched {
            self.touch(&touched);
            self.schedule_save();
        }
    }

    /// Takes back the last change.
    pub fn undo(&self) {
        if self.read_only() {
            return;
        }
        self.forget_removed();
        if let Some(touched) = self.doc.try_update_value(Document::undo).flatten() {
            self.touch(&touched);
            self.schedule_save();
        }
        self.sync_history_flags();
    }

    /// Makes the last undone change again.
    pub fn redo(&self) {
        if self.read_only() {
            return;
        }
        self.forget_removed();
        if let Some(touched) = self.doc.try_update_value(Document::redo).flatten() {
            self.touch(&touched);
            self.schedule_save();
        }
        self.sync_history_flags();
    }

    fn sync_history_flags(&self) {
        let (u, r) = self.doc.with_value(|d| (d.can_undo(), d.can_redo()));
        self.can_undo.set(u);
        self.can_redo.set(r);
    }

    fn schedule_save(&self) {
        self.dirty.set_value(true);
        self.backup
            .update(|b| b.changed(js_sys::Date::now() as i64));
        match self.status.get_untracked() {
            SaveStatus::Unavailable | SaveStatus::Conflict => return,
            _ => {}
        }
        self.status.set(SaveStatus::Pending);
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        let store = *self;
        let handle = set_timeout_with_handle(
            move || {
                // A hidden tab does not write; it flushed when it was hidden and writes again
                // once it is shown (see `watch_page`).
                if !page_hidden() {
                    store.flush();
                }
            },
            Duration::from_millis(SAVE_DELAY_MS),
        );
        self.timer.set_value(handle.ok());
    }

    /// Writes pending changes now, unless another tab saved a revision this tab has not seen.
    pub fn flush(&self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
            self.timer.set_value(None);
        }
        if !self.dirty.get_value()
            || self.read_only()
            || self.status.get_untracked() == SaveStatus::Conflict
        {
            return;
        }
        let id = self.id.get_untracked();
        // Compare-and-swap: storage must still hold what this tab last wrote or read.
        let since = self
            .seen
            .with_value(|seen| storage::compare(&id, seen.as_ref()));
        if since == Since::Changed {
            match self.on_foreign_revision(&id) {
                Foreign::Taken => return,
                Foreign::Unreadable { raw, error } => {
                    // Never adopted, never overwritten silently: kept aside, and this tab's
                    // plan (readable) is saved in its place.
                    storage::move_aside(&id, &raw, &now_iso());
                    let why =
                        planner_core::file::texts::import_error_text(&error, self.lang.get_value());
                    self.notice.set(Some(Notice {
                        is_error: true,
                        text: fill(self.text(Shell::Recovered), &[why.trim_end_matches('.')]),
                        undo: None,
                        raw: Some(raw),
                        details: None,
                    }));
                }
            }
        }
        self.write(&id, self.revision.get_value() + 1);
    }

    fn write(&self, id: &str, revision: u64) {
        let saved_at = now_iso();
        let (value, name) = self.plan().with_untracked(|plan| {
            let value = format::to_stored(plan, revision, &saved_at, APP_VERSION);
            (value, plan.profile.name.trim().to_owned())
        });
        match storage::save_plan(id, &value) {
            Ok(seen) => {
                self.seen.set_value(Some(seen));
                self.revision.set_value(revision);
                self.dirty.set_value(false);
                self.status.set(SaveStatus::Saved);
                self.backup.with_untracked(|b| storage::save_exports(id, b));
                // This tab knows the entry it just wrote: no plan needs reading for it.
                let entry = Entry {
                    id: id.to_owned(),
                    name,
                    saved_at,
                    revision,
                    format_version: u64::from(format::FORMAT_VERSION),
                };
                self.library.update(|list| library::upsert(list, entry));
            }
            Err(SaveError::Unavailable) => self.status.set(SaveStatus::Unavailable),
            Err(error) => self.status.set(SaveStatus::Failed(error)),
        }
        self.usage.set(storage::usage());
    }

    /// Storage holds a value of the open plan that this tab has not seen (another tab wrote
    /// it): take its copy, or show both when this tab has unsaved changes too.
    fn on_foreign_revision(&self, id: &str) -> Foreign {
        let Some((raw, seen)) = storage::read_plan_seen(id) else {
            return Foreign::Taken;
        };
        if self.seen.with_value(|s| s.as_ref() == Some(&seen)) {
            // Already taken in (a `storage` event for a value a save here has read).
            return Foreign::Taken;
        }
        let stored = match format::read_stored(&raw) {
            Ok(stored) => stored,
            Err(format::ImportError::NewerVersion { found }) => {
                // A newer app wrote it: stop writing, say so (T4).
                self.status.set(SaveStatus::Newer(found));
                return Foreign::Taken;
            }
            Err(error) => return Foreign::Unreadable { raw, error },
        };
        // From here on, their value is the one a save of this tab may replace (after a choice,
        // when both changed).
        self.seen.set_value(Some(seen));
        if self.dirty.get_value() {
            if self.plan().with_untracked(|mine| stored.plan == *mine) {
                // Both tabs made the same change: nothing to choose.
                self.revision.set_value(stored.revision);
                self.dirty.set_value(false);
                self.status.set(SaveStatus::Saved);
                return Foreign::Taken;
            }
            if let Some(handle) = self.timer.get_value() {
                handle.clear();
                self.timer.set_value(None);
            }
            self.conflict.set(Some(Conflict {
                theirs: stored.plan,
                their_revision: stored.revision,
            }));
            self.status.set(SaveStatus::Conflict);
        } else {
            self.revision.set_value(stored.revision);
            // One undo step, like any other change: only what differs is redrawn.
            self.take_in(stored.plan);
            self.status.set(SaveStatus::Saved);
        }
        Foreign::Taken
    }

    /// Opens the plan another tab has just saved or opened (`id`), when this tab's own plan is
    /// new and untouched: never stored, no change. Two tabs opened on an empty browser then work
    /// on one plan instead of two unrelated "Untitled project"s.
    fn adopt_if_untouched(&self, id: &str) {
        let untouched = self.seen.with_value(Option::is_none)
            && !self.dirty.get_value()
            && self.status.get_untracked() == SaveStatus::Saved
            && self.plan().with_untracked(|p| *p == Plan::default());
        if !untouched || id == self.id.get_untracked() {
            return;
        }
        let loaded = storage::load_plan(id, &now_iso());
        if matches!(loaded, Loaded::Plan { .. }) {
            self.take_loaded(loaded, Some(id));
        }
    }

    /// Resolves a conflict by keeping the other tab's version (this tab's stays one undo away).
    pub fn keep_theirs(&self) {
        let Some(c) = self.conflict.get_untracked() else {
            return;
        };
        self.revision.set_value(c.their_revision);
        self.take_in(c.theirs);
        self.dirty.set_value(false);
        self.conflict.set(None);
        self.status.set(SaveStatus::Saved);
    }

    /// Resolves a conflict by writing this tab's version over the other's (which was seen).
    pub fn keep_mine(&self) {
        let Some(c) = self.conflict.get_untracked() else {
            return;
        };
        self.conflict.set(None);
        self.status.set(SaveStatus::Pending);
        self.revision.set_value(c.their_revision);
        self.dirty.set_value(true);
        self.flush();
    }

    /// Resolves a conflict by keeping both: this tab's version becomes a new plan, the other
    /// tab's stays under its id.
    pub fn keep_both(&self) {
        let Some(c) = self.conflict.get_untracked() else {
            return;
        };
        let mine = self.plan().get_untracked();
        self.conflict.set(None);
        self.revision.set_value(c.their_revision);
        self.dirty.set_value(false);
        self.status.set(SaveStatus::Saved);
        let mut copy = mine;
        copy.profile.name = library::copy_name(&copy.profile.name, self.text(DataText::CopySuffix));
        self.open_as_new(copy);
    }

    /// Takes in another version of the open plan (the other tab's) as one undo step, without
    /// a save of its own: only what differs is notified.
    fn take_in(&self, plan: Plan) {
        let touched = self.doc.try_update_value(|d| d.replace(plan)).flatten();
        self.sync_history_flags();
        if let Some(touched) = touched {
            self.touch(&touched);
        }
    }

    fn watch_page(&self) {
        let store = *self;
        let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if page_hidden() {
                store.flush();
            } else {
                // Shown again: first take in what other tabs saved meanwhile, then write.
                let id = store.id.get_untracked();
                let since = store
                    .seen
                    .with_value(|seen| storage::compare(&id, seen.as_ref()));
                if since == Since::Changed {
                    // An unreadable value is dealt with by the flush below, which has the
                    // changes it would keep.
                    let _ = store.on_foreign_revision(&id);
                }
                store.flush();
                store.refresh_library();
            }
        });
        let on_pagehide = window_event_listener(leptos::ev::pagehide, move |_| store.flush());
        let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
            let Some(key) = ev.key() else {
                // localStorage.clear() in another tab.
                store.refresh_library();
                return;
            };
            let new_value = ev.new_value();
            // A removal (the plan deleted in another tab) is left alone: this tab's copy stays
            // and is written again on its next save.
            if key == storage::plan_key(&store.id.get_untracked()) && new_value.is_some() {
                // An unreadable value waits for this tab's next save (see `flush`).
                let _ = store.on_foreign_revision(&store.id.get_untracked());
            }
            if let Some(id) = key.strip_prefix(storage::PLAN_PREFIX) {
                // Only the plan that changed is read for the library, not every plan.
                match new_value
                    .as_deref()
                    .and_then(|raw| storage::entry_of(&key, raw))
                {
                    Some(entry) => store.library.update(|list| library::upsert(list, entry)),
                    None => store.library.update(|list| library::remove(list, id)),
                }
                store.usage.set(storage::usage());
            }
            if key == storage::CURRENT_KEY {
                if let Some(id) = new_value {
                    store.adopt_if_untouched(&id);
                }
            }
        });
        let on_leave = window_event_listener(leptos::ev::beforeunload, move |ev| {
            store.flush();
            let ask = store
                .backup
                .with_untracked(|b| b.ask_on_leave(js_sys::Date::now() as i64));
            if ask {
                ev.prevent_default();
                ev.set_return_value(store.text(DataText::LeaveWarning));
            }
        });
        on_cleanup(move || {
            on_visibility.remove();
            on_pagehide.remove();
            on_storage.remove();
            on_leave.remove();
        });
    }

    /// Re-reads the list of plans and the storage use.
    pub fn refresh_library(&self) {
        self.library.set(storage::list_plans());
        self.usage.set(storage::usage());
    }

    /// Notes that the open plan was exported now.
    pub fn mark_exported(&self) {
        self.backup
            .update(|b| b.exported(js_sys::Date::now() as i64));
        let id = self.id.get_untracked();
        self.backup
            .with_untracked(|b| storage::save_exports(&id, b));
    }

    /// Opens another plan of the library (saving the open one first).
    pub fn open_plan(&self, id: &str) {
        self.flush();
        let loaded = storage::load_plan(id, &now_iso());
        self.take_loaded(loaded, Some(id));
        storage::set_current(id);
        self.notice.set(None);
        self.refresh_library();
    }

    /// Starts a new, empty plan (saving the open one first).
    pub fn new_plan(&self) {
        self.open_as_new(Plan::new());
    }

    /// Opens `plan` as a new plan of the library, leaving the open plan as it is: the default
    /// of an import, and the way to open an example without touching the user's work.
    pub fn open_as_new(&self, plan: Plan) {
        self.flush();
        let old_id = self.id.get_untracked();
        let old_was_empty = self.plan().with_untracked(|p| *p == Plan::default())
            && !matches!(self.status.get_untracked(), SaveStatus::Newer(_));
        self.id.set(new_plan_id());
        self.revision.set_value(0);
        self.seen.set_value(None);
        self.open_doc(plan);
        if !matches!(self.status.get_untracked(), SaveStatus::Unavailable) {
            self.status.set(SaveStatus::Pending);
        }
        self.backup.set(BackupState::default());
        self.dirty.set_value(true);
        self.flush();
        // An untouched empty plan is not worth a place in the library.
        if old_was_empty && self.status.get_untracked() == SaveStatus::Saved {
            storage::remove_plan(&old_id);
        }
        self.refresh_library();
    }

    /// Makes a copy of a plan of the library and opens it.
    pub fn duplicate(&self, id: &str) {
        self.flush();
        let source = if id == self.id.get_untracked() {
            Some(self.plan().get_untracked())
        } else {
            storage::read_plan(id)
                .ok()
                .flatten()
                .and_then(|raw| format::read_stored(&raw).ok())
                .map(|s| s.plan)
        };
        if let Some(mut copy) = source {
            copy.profile.name =
                library::copy_name(&copy.profile.name, self.text(DataText::CopySuffix));
            self.open_as_new(copy);
        }
    }

    /// Renames a plan of the library (its project name).
    pub fn rename(&self, id: &str, name: &str) {
        let name = name.trim().to_owned();
        if id == self.id.get_untracked() {
            self.update(|p| p.profile.name = name);
            self.flush();
            return;
        }
        let Ok(Some(raw)) = storage::read_plan(id) else {
            return;
        };
        if let Ok(mut stored) = format::read_stored(&raw) {
            stored.plan.profile.name = name;
            let value =
                format::to_stored(&stored.plan, stored.revision + 1, &now_iso(), APP_VERSION);
            if let Err(error) = storage::save_plan(id, &value) {
                self.status.set(SaveStatus::Failed(error));
            }
            // Saving made it the "current" pointer; the open plan stays the one to reopen.
            storage::set_current(&self.id.get_untracked());
        }
        self.refresh_library();
    }

    /// Deletes a plan of the library, keeping its value in memory for "undo delete". Deleting
    /// the open plan opens the newest other plan, or a new one.
    pub fn delete(&self, id: &str) {
        self.flush();
        let value = storage::read_plan(id).ok().flatten().unwrap_or_default();
        let name = library::peek(id, &value)
            .map(|e| e.name)
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| self.text(Shell::Untitled).to_owned());
        storage::remove_plan(id);
        self.deleted.set(Some(Deleted {
            id: id.to_owned(),
            value,
            name,
        }));
        if id == self.id.get_untracked() {
            match storage::list_plans().into_iter().next() {
                Some(next) => self.open_plan(&next.id),
                None => {
                    self.take_loaded(Loaded::Empty, Some(&new_plan_id()));
                    self.open_doc(Plan::new());
                    self.revision.set_value(0);
                }
            }
        }
        self.refresh_library();
    }

    /// Brings back the plan deleted last, exactly as it was, and opens it.
    pub fn undo_delete(&self) {
        let Some(deleted) = self.deleted.get_untracked() else {
            return;
        };
        if deleted.value.is_empty() {
            self.deleted.set(None);
            return;
        }
        match storage::save_plan(&deleted.id, &deleted.value) {
            Ok(_) => {
                self.deleted.set(None);
                self.open_plan(&deleted.id);
                self.notice.set(Some(Notice {
                    is_error: false,
                    text: fill(self.text(DataText::Restored), &[&deleted.name]),
                    undo: None,
                    raw: None,
                    details: None,
                }));
            }
            Err(error) => self.status.set(SaveStatus::Failed(error)),
        }
    }

    /// Keeps the open plan under its import-backup key before an import replaces it.
    pub fn back_up_before_import(&self) -> Result<(), SaveError> {
        let value = self.plan().with_untracked(|p| {
            format::to_stored(p, self.revision.get_value(), &now_iso(), APP_VERSION)
        });
        storage::save_import_backup(&self.id.get_untracked(), &value)
    }

    /// The file name an export of the plan gets.
    pub fn file_name(&self) -> String {
        let name = self.plan().with_untracked(|p| p.display_name().to_owned());
        let slug: String = name
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let stem = if slug.is_empty() {
            "crm-plan".to_owned()
        } else {
            slug
        };
        format!("{stem}{}", planner_core::i18n::PLAN_FILE_EXTENSION)
    }

    /// The plan as a file.
    pub fn export_text(&self) -> String {
        self.plan()
            .with_untracked(|p| format::export(p, APP_VERSION, &now_iso()))
    }
}

/// What became of another tab's value of the open plan.
enum Foreign {
    /// Taken in: adopted, shown as a conflict, refused as newer, or already seen.
    Taken,
    /// Unreadable: never adopted; the caller decides what to do with it.
    Unreadable {
        /// The value as stored.
        raw: String,
        /// What is wrong with it.
        error: format::ImportError,
    },
}

/// The open plan in context.
pub fn use_store() -> PlanStore {
    expect_context::<PlanStore>()
}

/// Every step's findings and status. Each step's are a memo over the parts of the plan its
/// rules read ([`checks::reads`]) and the language: an edit re-runs only the steps that read
/// what it changed.
#[derive(Clone, Copy)]
pub struct Checks([Memo<StepReport>; 5]);

/// One step's findings and status.
#[derive(Clone, Debug, PartialEq)]
pub struct StepReport {
    /// The step.
    pub step: StepId,
    /// Its status.
    pub status: StepStatus,
    /// What its checks found.
    pub findings: Vec<Finding>,
}

impl Checks {
    /// Creates the memos over the store's plan.
    pub fn new(store: PlanStore, lang: Signal<Lang>) -> Checks {
        let today = today();
        Checks(StepId::ALL.map(|step| {
            Memo::new(move |_| {
                let cx = Context {
                    today,
                    lang: lang.get(),
                };
                store.parts_of(checks::reads(step)).with(|plan| {
                    let mut findings = checks::run_step(step, plan, &cx);
                    store
                        .refused
                        .with(|refused| checks::say_refused(&mut findings, refused, cx.lang));
                    StepReport {
                        step,
                        status: checks::status_of(step, plan, &findings),
                        findings,
                    }
                })
            })
        }))
    }

    /// The report of one step (tracked).
    pub fn step(&self, step: StepId) -> Option<StepReport> {
        let index = StepId::ALL.iter().position(|s| *s == step)?;
        self.0.get(index).map(|memo| memo.get())
    }

    /// One step's status (tracked), without copying its findings.
    pub fn status(&self, step: StepId) -> Option<StepStatus> {
        let index = StepId::ALL.iter().position(|s| *s == step)?;
        self.0.get(index).map(|memo| memo.with(|r| r.status))
    }

    /// Every step's report, in the steps' order (tracked).
    pub fn all(&self) -> Vec<StepReport> {
        self.0.iter().map(|memo| memo.get()).collect()
    }
}

/// The open plan, read-only, for a reader of some of its parts (see [`PlanStore::plan`] and
/// [`PlanStore::part`]). `Copy`, like a signal.
#[derive(Clone, Copy)]
pub struct PlanRead {
    store: PlanStore,
    parts: Parts,
}

impl PlanRead {
    /// Tracks the parts read.
    pub fn track(&self) {
        for part in self.parts.iter() {
            self.store.parts[part.index()].track();
        }
    }

    /// Reads the plan, tracking the parts read.
    pub fn with<R>(&self, f: impl FnOnce(&Plan) -> R) -> R {
        self.track();
        self.with_untracked(f)
    }

    /// Reads the plan without tracking.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Plan) -> R) -> R {
        self.store.doc.with_value(|d| f(d.plan()))
    }

    /// Reads the plan without tracking, or nothing once the store is gone (for callbacks that
    /// may outlive it, such as timers).
    pub fn try_with_untracked<R>(&self, f: impl FnOnce(&Plan) -> R) -> Option<R> {
        self.store.doc.try_with_value(|d| f(d.plan()))
    }

    /// A copy of the plan, tracking the parts read.
    pub fn get(&self) -> Plan {
        self.with(Plan::clone)
    }

    /// A copy of the plan without tracking.
    pub fn get_untracked(&self) -> Plan {
        self.with_untracked(Plan::clone)
    }
}

/// The checks in context.
pub fn use_checks() -> Checks {
    expect_context::<Checks>()
}
