//! The JSON Schema of the file format, generated from the Rust types (feature `schema`).
//!
//! The committed copy, `schema/crm-implementation-plan.v2.json`, is what the `$schema` of every
//! export names; a test fails when it no longer matches these types (regenerate it with
//! `UPDATE_SCHEMA=1 cargo test -p planner-core --features schema schema`).

use schemars::JsonSchema;
use serde::Deserialize;

use crate::plan::Plan;

/// A plan file, as [`crate::file::format::export`] writes it.
#[derive(Deserialize, JsonSchema)]
#[schemars(
    title = "CRM implementation plan file",
    description = "A CRM implementation plan exported by the CRM Implementation Planner (format version 2)."
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)]
struct PlanFile {
    /// Where this schema lives, relative to the app.
    #[serde(rename = "$schema", default)]
    schema: Option<String>,
    /// Always "crm-implementation-plan".
    #[schemars(extend("const" = "crm-implementation-plan"))]
    format: String,
    /// The format version; this schema describes version 2.
    #[schemars(extend("const" = 2))]
    format_version: u32,
    /// The version of the app that wrote the file.
    #[serde(default)]
    app_version: Option<String>,
    /// When the file was written (RFC 3339).
    #[serde(default)]
    exported_at: Option<String>,
    /// The plan.
    plan: Plan,
}

/// The schema as pretty JSON with a final newline, byte-stable for a given set of types.
pub fn generate() -> String {
    let schema = schemars::schema_for!(PlanFile);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_schema_matches_the_types() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../schema/crm-implementation-plan.v2.json");
        let fresh = generate();
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(&path, &fresh).expect("write the schema");
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "schema/crm-implementation-plan.v2.json is stale: regenerate it with \
             UPDATE_SCHEMA=1 cargo test -p planner-core --features schema schema"
        );
    }
}
