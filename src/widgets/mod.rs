//! Shared pieces of the step screens: labelled fields with their errors, the one select, the one
//! group of checkboxes, the add-by-name form, the record picker and the pager for long lists, the step header,
//! the list of findings.

pub mod bind;
pub mod checks;
pub mod example;
pub mod field;
pub mod findings;
pub mod link;
pub mod name_form;
pub mod open_row;
pub mod origin;
pub mod pager;
pub mod picker;
pub mod select;
pub mod sheet;
pub mod step_page;

pub use bind::Bound;
pub use checks::CheckGroup;
pub use field::{CheckboxField, Commit, DateField, TextField};
pub use findings::FindingList;
pub use name_form::NameForm;
pub use open_row::OpenRow;
pub use origin::Origin;
pub use pager::Pager;
pub use picker::{provide_people, use_people, RecordPicker};
pub use select::{choose_first, option, score_options, Select};
pub use step_page::StepPage;
