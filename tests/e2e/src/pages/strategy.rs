//! Page objects: strategy.
