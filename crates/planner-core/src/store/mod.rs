//! What the app keeps beside the plan in this browser: undo history, the library of plans and
//! the export (backup) reminder. Plain data, tested natively; the app does the storage calls.

pub mod backup;
pub mod document;
pub mod history;
pub mod library;
pub mod patch;
