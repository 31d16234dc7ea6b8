//! Texts of step stakeholders.

use crate::texts;

texts! {
    /// Step stakeholders's labels, hints and check messages.
    StakeholdersText {
    }
}
