//! "Browser storage is not a backup": when the plan was last exported, whether changes wait
//! for an export, and when to remind. Pure, with the clock passed in, so it is tested natively.
//!
//! Times are milliseconds since 1970 (what `Date.now()` gives): no date parsing in the app.

use serde::{Deserialize, Serialize};

/// Milliseconds since 1970-01-01 UTC.
pub type Millis = i64;
const DAY: Millis = 86_400_000;
const MINUTE: Millis = 60_000;

/// After this long with unexported changes, the app reminds the user to export.
pub const REMIND_AFTER_DAYS: i64 = 7;
/// Leaving the page asks first when unexported changes are this recent (minutes).
pub const ASK_ON_LEAVE_MINUTES: i64 = 60;

/// What the app remembers about exports of one plan (key `crm-planner:backup:<id>`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct BackupState {
    /// When the plan was last exported to a file.
    pub exported_at: Option<Millis>,
    /// The first change since then, if any is not exported.
    pub unexported_since: Option<Millis>,
    /// The latest change.
    pub changed_at: Option<Millis>,
}

impl BackupState {
    /// Notes a change made `now`.
    pub fn changed(&mut self, now: Millis) {
        self.unexported_since.get_or_insert(now);
        self.changed_at = Some(now);
    }

    /// Notes an export made `now`: every change so far is in a file.
    pub fn exported(&mut self, now: Millis) {
        self.exported_at = Some(now);
        self.unexported_since = None;
    }

    /// Whole days since the last export, if there was one.
    pub fn days_since_export(&self, now: Millis) -> Option<i64> {
        self.exported_at.map(|t| ((now - t) / DAY).max(0))
    }

    /// Whether to remind: changes have waited a week or more for an export.
    pub fn needs_reminder(&self, now: Millis) -> bool {
        self.unexported_since
            .is_some_and(|t| now - t >= REMIND_AFTER_DAYS * DAY)
    }

    /// Whether leaving the page should ask first: unexported changes from the last hour.
    pub fn ask_on_leave(&self, now: Millis) -> bool {
        self.unexported_since.is_some()
            && self
                .changed_at
                .is_some_and(|t| now - t < ASK_ON_LEAVE_MINUTES * MINUTE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A time in November 2026.
    fn at(day: i64, hour: i64) -> Millis {
        1_793_491_200_000 + (day - 1) * DAY + hour * 3_600_000
    }

    #[test]
    fn a_week_of_unexported_changes_brings_a_reminder() {
        let mut b = BackupState::default();
        assert!(!b.needs_reminder(at(1, 0)));
        b.changed(at(1, 9));
        b.changed(at(3, 9));
        assert!(!b.needs_reminder(at(8, 8)));
        assert!(b.needs_reminder(at(8, 9)));
        b.exported(at(8, 10));
        assert!(!b.needs_reminder(at(20, 0)));
        assert_eq!(b.days_since_export(at(20, 0)), Some(11));
    }

    #[test]
    fn never_exported_means_no_day_count() {
        assert_eq!(BackupState::default().days_since_export(at(1, 0)), None);
    }

    #[test]
    fn leaving_asks_only_for_recent_unexported_changes() {
        let mut b = BackupState::default();
        assert!(!b.ask_on_leave(at(1, 0)));
        b.changed(at(1, 9));
        assert!(b.ask_on_leave(at(1, 9)));
        assert!(!b.ask_on_leave(at(1, 11)));
        b.exported(at(1, 9));
        assert!(!b.ask_on_leave(at(1, 9)));
    }
}
