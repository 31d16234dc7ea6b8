//! Page objects: one small type per screen, with the actions a person takes there.

mod data;
mod goals;
mod outputs;
pub mod picker;
mod plans;
mod profile;
mod shell;
mod stakeholders;
mod strategy;

/// The overview and the five steps, in the order a user walks through them.
pub const STEPS: [&str; 6] = [
    "#/",
    "#/profile",
    "#/stakeholders",
    "#/strategy",
    "#/goals",
    "#/plans",
];

pub use data::DataPage;
pub use goals::GoalsPage;
pub use outputs::OutputsPage;
pub use picker::Picker;
pub use plans::{type_date, PlansPage};
pub use profile::ProfilePage;
pub use shell::Shell;
pub use stakeholders::StakeholdersPage;
pub use strategy::StrategyPage;
