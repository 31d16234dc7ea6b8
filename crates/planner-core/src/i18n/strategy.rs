//! Texts of step strategy.

use crate::texts;

texts! {
    /// Step strategy's labels, hints and check messages.
    StrategyText {
    }
}
