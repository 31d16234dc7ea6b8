//! The open plan and its saving.
//!
//! Every change goes through [`PlanStore::update`], which schedules a save; saves are debounced
//! ([`SAVE_DELAY_MS`]) and flushed at once when the page is hidden or left. Each save is read
//! back and compared; a failure is shown at once with "Save to file".

use std::time::Duration;

use leptos::prelude::*;
use planner_core::checks::{self, Context, Finding};
use planner_core::format;
use planner_core::i18n::{fill, Lang, Shell, Text};
use planner_core::steps::{StepId, StepStatus};
use planner_core::Plan;

use crate::platform::storage::{self, Loaded, SaveError};

/// How long typing may pause before the plan is written.
pub const SAVE_DELAY_MS: u64 = 300;
/// The app's version, written into every file and stored copy.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

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
}

/// The open plan, shared through context. All changes go through [`PlanStore::update`].
#[derive(Clone, Copy)]
pub struct PlanStore {
    plan: RwSignal<Plan>,
    /// Saving status.
    pub status: RwSignal<SaveStatus>,
    /// The current notice, if any.
    pub notice: RwSignal<Option<Notice>>,
    id: StoredValue<String>,
    revision: StoredValue<u64>,
    timer: StoredValue<Option<TimeoutHandle>>,
    dirty: StoredValue<bool>,
}

fn now_iso() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Today's local date.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn new_plan_id() -> String {
    let millis = chrono::Utc::now().timestamp_millis();
    let salt = (js_sys::Math::random() * 1e6) as u64;
    format!("p{millis:x}{salt:x}")
}

impl PlanStore {
    /// Opens the plan kept in this browser, or a new one; says what happened.
    pub fn open(lang: Lang) -> PlanStore {
        let store = PlanStore {
            plan: RwSignal::new(Plan::new()),
            status: RwSignal::new(SaveStatus::Saved),
            notice: RwSignal::new(None),
            id: StoredValue::new(new_plan_id()),
            revision: StoredValue::new(0),
            timer: StoredValue::new(None),
            dirty: StoredValue::new(false),
        };
        match storage::load_current(&now_iso()) {
            Loaded::Unavailable => store.status.set(SaveStatus::Unavailable),
            Loaded::Empty => {}
            Loaded::Plan { id, stored } => {
                store.id.set_value(id);
                store.revision.set_value(stored.revision);
                store.plan.set(stored.plan);
            }
            Loaded::Newer { id, version } => {
                store.id.set_value(id);
                store.status.set(SaveStatus::Newer(version));
            }
            Loaded::Unreadable { raw, error, .. } => {
                let why = crate::transfer::import_error_text(&error, lang);
                store.notice.set(Some(Notice {
                    is_error: true,
                    text: fill(Shell::Recovered.text(lang), &[why.trim_end_matches('.')]),
                    undo: None,
                    raw: Some(raw),
                }));
            }
        }
        store.flush_on_hide();
        store
    }

    /// The plan, read-only (tracked by whoever reads it).
    pub fn plan(&self) -> ReadSignal<Plan> {
        self.plan.read_only()
    }

    /// Whether edits are refused (data of a newer version is open).
    pub fn read_only(&self) -> bool {
        matches!(self.status.get_untracked(), SaveStatus::Newer(_))
    }

    /// Changes the plan and schedules a save.
    pub fn update(&self, change: impl FnOnce(&mut Plan)) {
        if self.read_only() {
            return;
        }
        self.plan.update(change);
        self.schedule_save();
    }

    /// Replaces the whole plan (an import), saving what was there first.
    pub fn replace(&self, plan: Plan) {
        self.flush();
        self.update(|p| *p = plan);
    }

    fn schedule_save(&self) {
        self.dirty.set_value(true);
        if self.status.get_untracked() == SaveStatus::Unavailable {
            return;
        }
        self.status.set(SaveStatus::Pending);
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        let store = *self;
        let handle =
            set_timeout_with_handle(move || store.flush(), Duration::from_millis(SAVE_DELAY_MS));
        self.timer.set_value(handle.ok());
    }

    /// Writes pending changes now.
    pub fn flush(&self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
            self.timer.set_value(None);
        }
        if !self.dirty.get_value() || self.read_only() {
            return;
        }
        let revision = self.revision.get_value() + 1;
        let value = self
            .plan
            .with_untracked(|plan| format::to_stored(plan, revision, &now_iso(), APP_VERSION));
        let id = self.id.get_value();
        match storage::save_plan(&id, &value) {
            Ok(()) => {
                self.revision.set_value(revision);
                self.dirty.set_value(false);
                self.status.set(SaveStatus::Saved);
            }
            Err(SaveError::Unavailable) => self.status.set(SaveStatus::Unavailable),
            Err(error) => self.status.set(SaveStatus::Failed(error)),
        }
    }

    fn flush_on_hide(&self) {
        let store = *self;
        let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            let hidden = document().hidden();
            if hidden {
                store.flush();
            }
        });
        let on_pagehide = window_event_listener(leptos::ev::pagehide, move |_| store.flush());
        on_cleanup(move || {
            on_visibility.remove();
            on_pagehide.remove();
        });
    }

    /// The file name an export of the plan gets.
    pub fn file_name(&self) -> String {
        let name = self.plan.with_untracked(|p| p.display_name().to_owned());
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
        format!("{stem}.crmplan.json")
    }

    /// The plan as a file.
    pub fn export_text(&self) -> String {
        self.plan
            .with_untracked(|p| format::export(p, APP_VERSION, &now_iso()))
    }
}

/// The open plan in context.
pub fn use_store() -> PlanStore {
    expect_context::<PlanStore>()
}

/// Every step's findings and status, recomputed when the plan or the language changes.
#[derive(Clone, Copy)]
pub struct Checks(pub Memo<Vec<StepReport>>);

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
    /// Creates the memo over the store's plan.
    pub fn new(store: PlanStore, lang: Signal<Lang>) -> Checks {
        let today = today();
        Checks(Memo::new(move |_| {
            let cx = Context {
                today,
                lang: lang.get(),
            };
            store.plan.with(|plan| {
                StepId::ALL
                    .into_iter()
                    .map(|step| {
                        let findings = checks::run_step(step, plan, &cx);
                        StepReport {
                            step,
                            status: checks::status_of(step, plan, &findings),
                            findings,
                        }
                    })
                    .collect()
            })
        }))
    }

    /// The report of one step (tracked).
    pub fn step(&self, step: StepId) -> Option<StepReport> {
        self.0
            .with(|all| all.iter().find(|r| r.step == step).cloned())
    }
}

/// The checks in context.
pub fn use_checks() -> Checks {
    expect_context::<Checks>()
}
