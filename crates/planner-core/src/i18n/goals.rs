//! Texts of step goals.

use crate::texts;

texts! {
    /// Step goals's labels, hints and check messages.
    GoalsText {
    }
}
