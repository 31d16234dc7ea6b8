//! Texts of step plans.

use crate::texts;

texts! {
    /// Step plans's labels, hints and check messages.
    PlansText {
    }
}
