//! Page objects: data.
