//! Shared pieces of the step screens: labelled fields with their errors, the step header, the
//! list of findings.

pub mod choice;
pub mod example;
pub mod field;
pub mod findings;
pub mod inputs;
pub mod link;
pub mod pager;
pub mod step_page;

pub use field::{CheckboxField, DateField, SelectField, TextField};
pub use findings::FindingList;
pub use pager::Pager;
pub use step_page::StepPage;
