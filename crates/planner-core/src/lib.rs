//! The CRM Implementation Planner's domain.
//!
//! Plain Rust with no web dependency: the records of a plan, the checks that say what is still
//! missing, the derived views, the file format and the interface texts. The web app in the
//! workspace root is a thin layer of components over this crate; everything here is tested
//! natively with `cargo test -p planner-core`.
//!
//! The modules follow the app's steps: [`profile`], [`stakeholders`], [`strategy`], [`goals`]
//! and [`plans`] each hold a step's records (in `mod.rs`), its rules (`checks`), its texts
//! (`texts`) and its derived views. Shared by every step: [`plan`], [`ids`], [`steps`],
//! [`checks`] (findings and status), [`i18n`], [`file`](mod@file) (the file format), [`store`] (undo,
//! library, backup reminders) and the small helpers beside them.
//!
//! Invariants:
//! - No web dependency: serde, serde_json and chrono only (schemars for the `schema` feature).
//! - No panic on anything from the user, a file or storage (`unwrap`/`expect` only in tests).
//! - Every visible string is a key of a `texts!` enum, in all three languages.
//! - Records refer to each other by [`Id`], and ids are never reused within a plan.
//! - [`steps`] depends on nothing else in the crate; [`checks`] depends on it, not the reverse.

pub mod checks;
pub mod dates;
pub mod example;
pub mod file;
pub mod generate;
pub mod goals;
pub mod i18n;
pub mod ids;
pub mod inputs;
pub mod intake;
pub mod links;
pub mod method;
pub mod order;
pub mod outputs;
pub mod paging;
pub mod plan;
pub mod plans;
pub mod profile;
pub mod references;
pub mod share;
pub mod stakeholders;
pub mod steps;
pub mod store;
pub mod strategy;

pub use ids::Id;
pub use plan::Plan;
