//! Page objects: plans.
