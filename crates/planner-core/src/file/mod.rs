//! The plan file: its envelope and format version, the bounds and rules an import must keep,
//! migrations from earlier versions, and (feature `schema`) the JSON Schema.

pub mod fault;
pub mod format;
pub mod json_path;
pub mod limits;
pub mod migrate;
#[cfg(feature = "schema")]
pub mod schema;
pub mod texts;
pub mod validate;
