//! Page objects: goals.
