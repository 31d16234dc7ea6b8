//! Stable record ids. Records are referred to by id, never by position, so references, links and
//! merge-import survive reordering and deletion.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The id of one record inside a plan (a unit, a stakeholder, a goal, ...).
///
/// Ids are short strings made from a per-plan counter with a prefix naming the record kind
/// (`u3`, `s12`); they are never reused within a plan.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Id(pub String);

impl Id {
    /// The id as text, for DOM ids and keys.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Self {
        Id(s.to_owned())
    }
}
