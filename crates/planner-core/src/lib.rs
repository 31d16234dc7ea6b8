//! The CRM Implementation Planner's domain.
//!
//! Plain Rust with no web dependency: the records of a plan, the checks that say what is still
//! missing, the derived views, the file format and the interface texts. The web app in the
//! workspace root is a thin layer of components over this crate; everything here is tested
//! natively with `cargo test -p planner-core`.

pub mod checks;
pub mod dates;
pub mod file;
pub mod generate;
pub mod goals;
pub mod i18n;
pub mod ids;
pub mod inputs;
pub mod links;
pub mod paging;
pub mod plan;
pub mod plans;
pub mod profile;
pub mod references;
pub mod stakeholders;
pub mod steps;
pub mod store;
pub mod strategy;

pub use ids::Id;
pub use plan::Plan;
