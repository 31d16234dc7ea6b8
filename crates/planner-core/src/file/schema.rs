//! The JSON Schema of the file format, generated from the Rust types (feature `schema`).
//!
//! The committed copy, `schema/crm-implementation-plan.v4.json`, is what the `$schema` of every
//! export names; a test fails when it no longer matches these types (regenerate it with
//! `UPDATE_SCHEMA=1 cargo test -p planner-core --features schema schema`).
//!
//! The schema states every bound the importer ([`crate::file::format::import`]) keeps that JSON
//! Schema can express, so that a file a validator accepts is a file the app opens
//! (`tests/schema_agreement.rs` checks both on the same files):
//! - per field, on the types: scores 1-5, progress 0-100, dates ([`Date`]), enum values,
//!   required fields, no unknown fields;
//! - per kind of value, by [`ImporterBounds`] here: the longest string
//!   ([`limits::MAX_STRING_CHARS`]), the longest list ([`limits::MAX_ITEMS`]), and the range of
//!   each number type (in place of schemars' non-standard formats such as `uint8`, which are
//!   removed).
//!
//! What JSON Schema cannot express is said in the descriptions: the file size, duplicate keys,
//! ids unique across the plan, references that name existing records, and the number an id ends
//! in (at most the largest `nextId`).

use schemars::transform::{transform_subschemas, RestrictFormats, Transform};
use schemars::{generate::SchemaSettings, JsonSchema, Schema};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::file::format::MAX_FILE_BYTES;
use crate::file::limits;
use crate::plan::Plan;
use crate::profile::{MAX_YEAR, MIN_YEAR};

/// A plan file, as [`crate::file::format::export`] writes it.
#[derive(Deserialize, JsonSchema)]
#[schemars(
    title = "CRM implementation plan file",
    description = "A CRM implementation plan exported by the CRM Implementation Planner (format version 4; a file of version 1, 2 or 3 is described by crm-implementation-plan.v1.json, crm-implementation-plan.v2.json or crm-implementation-plan.v3.json and upgraded on import).\n\nBesides what this schema states, an import refuses: a file over 5 MiB (5242880 bytes of UTF-8); an object that names the same key twice; two records with the same id anywhere in the plan; a reference (an id in a field that names another record) that names no record of that kind; an id that ends in a number larger than 9007199254740991 (the largest nextId); a whole number written with a fraction (5.0 where 5 is expected)."
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
    /// The format version; this schema describes version 4.
    #[schemars(extend("const" = 4))]
    format_version: u32,
    /// The version of the app that wrote the file.
    #[serde(default)]
    app_version: Option<String>,
    /// When the file was written (RFC 3339; not checked on import).
    #[serde(default)]
    exported_at: Option<String>,
    /// Only in the copy the app keeps in browser storage: its save counter (ignored on import).
    #[serde(default)]
    #[schemars(range(max = crate::file::limits::MAX_COUNTER))]
    revision: Option<u64>,
    /// Only in the copy the app keeps in browser storage: when it was saved (ignored on import).
    #[serde(default)]
    saved_at: Option<String>,
    /// The plan.
    plan: Plan,
}

// The importer's bounds, as the description above states them.
const _: () = assert!(MAX_FILE_BYTES == 5_242_880, "update PlanFile's description");
const _: () = assert!(
    limits::MAX_COUNTER == 9_007_199_254_740_991,
    "update PlanFile's description"
);

/// A date in a file (schema only; the fields are `Option<NaiveDate>`, read by
/// [`crate::dates::parse_iso`] and checked against [`MIN_YEAR`]..=[`MAX_YEAR`] on import).
pub struct Date;

/// `YYYY-MM-DD` with a year in [`MIN_YEAR`]..=[`MAX_YEAR`], month 01-12 and day 01-31; `format:
/// date` refuses the days a month does not have. ASCII digits only (`\d` would let a validator
/// take other scripts' digits).
const DATE_PATTERN: &str =
    "^(199[0-9]|20[0-9][0-9]|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
const _: () = assert!(
    MIN_YEAR == 1990 && MAX_YEAR == 2100,
    "update DATE_PATTERN and Date's description"
);

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> Schema {
        schemars::json_schema!({
            "description": "A calendar date as YYYY-MM-DD (2027-03-05): a day that exists, in the years 1990 to 2100.",
            "type": "string",
            "format": "date",
            "pattern": DATE_PATTERN
        })
    }
}

/// The importer's bounds that hold for every value of a kind, written into each schema of that
/// kind, so that no field (present or future) escapes them:
/// - a string (not fixed by `const`, `enum` or `pattern`): at most
///   [`limits::MAX_STRING_CHARS`] characters (`maxLength` counts characters, as the importer
///   does);
/// - a list: at most [`limits::MAX_ITEMS`] items; an object open to any key: at most as many
///   keys;
/// - a number: the range of its Rust type, in place of the non-standard `format` schemars gives
///   it (`uint8`, `uint32`, `uint64`, `double`, ...), which [`RestrictFormats`] then removes.
///   A range a field states (`#[schemars(range(..))]`) is kept.
#[derive(Clone)]
pub struct ImporterBounds;

impl Transform for ImporterBounds {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(object) = schema.as_object_mut() {
            bound(object);
        }
        transform_subschemas(self, schema);
    }
}

fn has_type(object: &Map<String, Value>, kind: &str) -> bool {
    match object.get("type") {
        Some(Value::String(t)) => t == kind,
        Some(Value::Array(types)) => types.iter().any(|t| t == kind),
        _ => false,
    }
}

fn bound(object: &mut Map<String, Value>) {
    if object.contains_key("const") || object.contains_key("enum") {
        return;
    }
    if has_type(object, "string") && !object.contains_key("pattern") {
        object
            .entry("maxLength")
            .or_insert(limits::MAX_STRING_CHARS.into());
    }
    if has_type(object, "array") {
        object.entry("maxItems").or_insert(limits::MAX_ITEMS.into());
    }
    if has_type(object, "object") && object.get("additionalProperties") != Some(&false.into()) {
        object
            .entry("maxProperties")
            .or_insert(limits::MAX_ITEMS.into());
    }
    let range: Option<(Value, Value)> = match object.get("format").and_then(Value::as_str) {
        Some("uint8") => Some((u8::MIN.into(), u8::MAX.into())),
        Some("int8") => Some((i8::MIN.into(), i8::MAX.into())),
        Some("uint16") => Some((u16::MIN.into(), u16::MAX.into())),
        Some("int16") => Some((i16::MIN.into(), i16::MAX.into())),
        // `usize`/`isize` as the browser build (wasm32) has them.
        Some("uint32" | "uint") => Some((u32::MIN.into(), u32::MAX.into())),
        Some("int32" | "int") => Some((i32::MIN.into(), i32::MAX.into())),
        Some("uint64") => Some((u64::MIN.into(), u64::MAX.into())),
        Some("int64") => Some((i64::MIN.into(), i64::MAX.into())),
        // Any finite number: the importer refuses what overflows a double.
        Some("double") => Some((f64::MIN.into(), f64::MAX.into())),
        _ => None,
    };
    if let Some((min, max)) = range {
        object.entry("minimum").or_insert(min);
        object.entry("maximum").or_insert(max);
    }
}

/// The schema as pretty JSON with a final newline, byte-stable for a given set of types.
pub fn generate() -> String {
    let schema = SchemaSettings::draft2020_12()
        .with_transform(ImporterBounds)
        // Only the formats JSON Schema defines (such as `date`) stay.
        .with_transform(RestrictFormats::default())
        .into_generator()
        .into_root_schema_for::<PlanFile>();
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_schema_matches_the_types() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../schema/crm-implementation-plan.v4.json");
        let fresh = generate();
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(&path, &fresh).expect("write the schema");
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "schema/crm-implementation-plan.v4.json is stale: regenerate it with \
             UPDATE_SCHEMA=1 cargo test -p planner-core --features schema schema"
        );
    }

    /// Every subschema of `value` (objects anywhere in the tree), with its JSON pointer.
    fn subschemas<'a>(value: &'a Value, at: String, out: &mut Vec<(String, &'a Value)>) {
        match value {
            Value::Object(o) => {
                out.push((at.clone(), value));
                for (k, v) in o {
                    subschemas(v, format!("{at}/{k}"), out);
                }
            }
            Value::Array(a) => {
                for (i, v) in a.iter().enumerate() {
                    subschemas(v, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_value_is_bounded_and_only_standard_formats_remain() {
        let schema: Value = serde_json::from_str(&generate()).unwrap();
        let mut all = Vec::new();
        subschemas(&schema, String::new(), &mut all);
        let mut faults = Vec::new();
        for (at, s) in all {
            let Some(o) = s.as_object() else { continue };
            // `properties` maps names to subschemas: a map, not a schema itself.
            if at.ends_with("/properties") || at.ends_with("/$defs") {
                continue;
            }
            if let Some(format) = o.get("format").and_then(Value::as_str) {
                if format != "date" {
                    faults.push(format!("{at}: format {format}"));
                }
            }
            if o.contains_key("const") || o.contains_key("enum") {
                continue;
            }
            let bounded = |key: &str| o.contains_key(key);
            if has_type(o, "string") && !bounded("maxLength") && !bounded("pattern") {
                faults.push(format!("{at}: a string without maxLength"));
            }
            if has_type(o, "array") && !bounded("maxItems") {
                faults.push(format!("{at}: a list without maxItems"));
            }
            if (has_type(o, "integer") || has_type(o, "number"))
                && !(bounded("minimum") && bounded("maximum"))
            {
                faults.push(format!("{at}: a number without minimum and maximum"));
            }
        }
        assert!(faults.is_empty(), "{faults:#?}");
    }
}
