//! Page objects: stakeholders.
