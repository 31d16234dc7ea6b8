//! The file format: the envelope around a plan, export, and import with errors that say where.
//!
//! A file is one JSON object:
//! `{"$schema", "format", "formatVersion", "appVersion", "exportedAt", "plan"}`.
//! The same envelope, with `revision` and `savedAt`, is what browser storage keeps.

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::file::fault::ValueFault;
use crate::file::json_path;
use crate::file::limits::{self, Fault, Limit, Located, ScanError};
use crate::file::migrate;
use crate::file::validate::{self, Problem};
use crate::plan::Plan;

mod sorted_json;

/// The value of `format` in every file this app writes.
pub const FORMAT: &str = "crm-implementation-plan";
/// The newest format version this build reads and the one it writes.
pub const FORMAT_VERSION: u32 = 4;
/// Where the JSON Schema of this version lives, relative to the app.
pub const SCHEMA: &str = "schema/crm-implementation-plan.v4.json";
/// The largest file the importer reads.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// A plan file as written by [`export`].
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct EnvelopeOut<'a> {
    #[serde(rename = "$schema")]
    schema: &'a str,
    format: &'a str,
    format_version: u32,
    app_version: &'a str,
    exported_at: &'a str,
    plan: &'a Plan,
}

/// A plan file as read by [`import`].
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn {
    #[serde(rename = "$schema", default)]
    _schema: Option<String>,
    format: String,
    #[serde(rename = "formatVersion")]
    format_version: u32,
    #[serde(rename = "appVersion", default)]
    _app_version: Option<String>,
    #[serde(rename = "exportedAt", default)]
    _exported_at: Option<String>,
    /// Only in browser storage: the save counter (compare-and-swap between tabs). Bounded like
    /// `nextId`, so that the next save's `revision + 1` cannot overflow.
    #[serde(default, deserialize_with = "limits::optional_counter")]
    revision: Option<u64>,
    /// Only in browser storage: when it was saved.
    #[serde(rename = "savedAt", default)]
    _saved_at: Option<String>,
    plan: Plan,
}

/// The two fields that say what a file is, read with everything else skipped unbuilt
/// ([`IgnoredAny`]): what an import says when a file is not a plan of this version.
#[derive(Default)]
struct Header {
    format: Option<serde_json::Value>,
    format_version: Option<serde_json::Value>,
}

impl<'de> Deserialize<'de> for Header {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = Header;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Header, A::Error> {
                let mut header = Header::default();
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match &*key {
                        "format" => header.format = Some(map.next_value()?),
                        "formatVersion" => header.format_version = Some(map.next_value()?),
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(header)
            }
        }
        // Only an object is a plan: a list or a string must not be read field by field.
        deserializer.deserialize_map(Fields)
    }
}

/// Writes a plan as a file. The output depends only on its arguments (byte-stable): keys come
/// out sorted, so files diff well.
pub fn export(plan: &Plan, app_version: &str, exported_at: &str) -> String {
    let envelope = EnvelopeOut {
        schema: SCHEMA,
        format: FORMAT,
        format_version: FORMAT_VERSION,
        app_version,
        exported_at,
        plan,
    };
    // Serialising plain data with string keys cannot fail.
    sorted_json::to_string(&envelope, true).unwrap_or_default() + "\n"
}

/// Why a file could not be imported. Every variant says where or what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size.
        bytes: usize,
    },
    /// Not JSON at all, or broken JSON.
    NotJson {
        /// 1-based line of the fault.
        line: usize,
        /// 1-based column of the fault.
        column: usize,
    },
    /// JSON, but not an object with a `format` field: some other kind of file.
    NotAPlan,
    /// A JSON file of another format.
    WrongFormat {
        /// The `format` the file names.
        found: String,
    },
    /// `formatVersion` is missing or not a whole number.
    BadVersion,
    /// Made by a newer version of the app.
    NewerVersion {
        /// The file's version.
        found: u64,
    },
    /// A plan file whose content breaks the format at a place.
    Invalid {
        /// JSON path of the fault, such as `plan.profile.units[2].level`.
        path: String,
        /// 1-based line, where known (0 if not).
        line: usize,
        /// 1-based column, where known (0 if not).
        column: usize,
        /// What was wrong there.
        fault: ValueFault,
    },
    /// A bound of [`crate::file::limits`] was broken.
    Limit {
        /// Which bound.
        limit: Limit,
        /// JSON path of the value.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// An object names the same key twice.
    DuplicateKey {
        /// The key.
        key: String,
        /// JSON path of the object.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The plan breaks a rule of [`crate::file::validate`] (ids, references, dates, scales).
    Problem(Problem),
}

/// Reads a plan file. Never panics; on error the caller's plan is untouched.
pub fn import(text: &str) -> Result<Plan, ImportError> {
    read_envelope(text, true).map(|e| e.plan)
}

/// A plan as browser storage keeps it: the file envelope plus a revision and save time.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    /// The plan.
    pub plan: Plan,
    /// How many saves made this copy; a tab never overwrites a revision it has not seen.
    pub revision: u64,
}

/// Writes the value browser storage keeps for a plan: one key, one `setItem` (format version,
/// revision and save time inside the same value).
pub fn to_stored(plan: &Plan, revision: u64, saved_at: &str, app_version: &str) -> String {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct StoredOut<'a> {
        format: &'a str,
        format_version: u32,
        app_version: &'a str,
        revision: u64,
        saved_at: &'a str,
        plan: &'a Plan,
    }
    let stored = StoredOut {
        format: FORMAT,
        format_version: FORMAT_VERSION,
        app_version,
        revision,
        saved_at,
        plan,
    };
    sorted_json::to_string(&stored, false).unwrap_or_default()
}

/// Reads a value written by [`to_stored`], with the same checks as a file.
pub fn read_stored(text: &str) -> Result<Stored, ImportError> {
    // Stored data skips the reference rules: a copy this app wrote is opened as it is, so that
    // a rule added later never makes a user's own saved work unreadable.
    let envelope = read_envelope(text, false)?;
    Ok(Stored {
        plan: envelope.plan,
        revision: envelope.revision.unwrap_or(0),
    })
}

fn read_envelope(text: &str, strict: bool) -> Result<EnvelopeIn, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    // One bounded pass first: syntax, nesting, string lengths, list sizes, duplicate keys.
    limits::scan(text).map_err(|e| match e {
        ScanError::Syntax { line, column } => ImportError::NotJson { line, column },
        ScanError::Fault(Located {
            fault,
            line,
            column,
        }) => match fault {
            Fault::Limit { limit, path } => ImportError::Limit {
                limit,
                path,
                line,
                column,
            },
            Fault::DuplicateKey { key, path } => ImportError::DuplicateKey {
                key,
                path,
                line,
                column,
            },
        },
    })?;
    // The common case, a file or stored copy of this version, is read once (after the scan):
    // straight into the records. Anything else is told apart by its header.
    let typed = read_text(text);
    let mut envelope = match typed {
        Ok(envelope) if envelope.format == FORMAT && envelope.format_version == FORMAT_VERSION => {
            envelope
        }
        typed => match header_version(text)? {
            // The header is right, so the records are at fault: say where.
            CURRENT => typed?,
            // An older file: migrate the value step by step, then read it as text again, so
            // that the records' deserialisation code exists only once in the bundle.
            version => {
                let value: serde_json::Value =
                    serde_json::from_str(text).map_err(|e| ImportError::NotJson {
                        line: e.line(),
                        column: e.column(),
                    })?;
                read_text(&migrate::upgrade(value, version).to_string())?
            }
        },
    };
    if strict {
        validate::check(&envelope.plan, "plan").map_err(ImportError::Problem)?;
    }
    // A hand-edited file may have a counter behind its ids: never hand out an id in use. Both
    // are at most `MAX_COUNTER` (the read and the check refuse more; a stored copy's larger id
    // number is passed over), so the counter stays there too.
    let highest = validate::highest_id_number(&envelope.plan);
    envelope.plan.next_id = envelope.plan.next_id.max(highest);
    Ok(envelope)
}

const CURRENT: u64 = FORMAT_VERSION as u64;

/// What the header says the text is: the format version of a plan file this build reads, or
/// why it is not one.
fn header_version(text: &str) -> Result<u64, ImportError> {
    // The scan has proven the text is JSON: the only way to fail here is not to be an object.
    let header: Header = serde_json::from_str(text).map_err(|_| ImportError::NotAPlan)?;
    let format = match header.format {
        Some(serde_json::Value::String(s)) => s,
        Some(other) => other.to_string(),
        None => return Err(ImportError::NotAPlan),
    };
    if format != FORMAT {
        return Err(ImportError::WrongFormat { found: format });
    }
    let version = header
        .format_version
        .as_ref()
        .and_then(serde_json::Value::as_u64)
        .ok_or(ImportError::BadVersion)?;
    if version > CURRENT {
        return Err(ImportError::NewerVersion { found: version });
    }
    if version == 0 {
        return Err(ImportError::BadVersion);
    }
    Ok(version)
}

/// Reads the envelope from JSON text. Deserialising from the text (not a value) keeps line and
/// column in the errors; the JSON path is worked out from them only when there is an error.
fn read_text(text: &str) -> Result<EnvelopeIn, ImportError> {
    serde_json::from_str(text).map_err(|e| ImportError::Invalid {
        path: json_path::path_at(text, e.line(), e.column()),
        line: e.line(),
        column: e.column(),
        fault: ValueFault::from_serde(&e.to_string()),
    })
}

/// How many records of each kind a plan holds: what an import preview shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Units of the organisation.
    pub units: usize,
    /// Stakeholders.
    pub stakeholders: usize,
    /// Business goals.
    pub business_goals: usize,
    /// KPIs.
    pub kpis: usize,
    /// Implementation goals.
    pub implementation_goals: usize,
    /// Implementation plans.
    pub plans: usize,
    /// Tasks of all plans.
    pub tasks: usize,
}

impl Summary {
    /// Counts the records of `plan`.
    pub fn of(plan: &Plan) -> Summary {
        Summary {
            units: plan.profile.units.len(),
            stakeholders: plan.stakeholders.len(),
            business_goals: plan.strategy.goals.len(),
            kpis: plan.strategy.kpis.len(),
            implementation_goals: plan.implementation_goals.len(),
            plans: plan.plans.len(),
            tasks: plan.plans.iter().map(|p| p.tasks.len()).sum(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::FunctionalLevel;

    fn sample() -> Plan {
        let mut plan = Plan::new();
        plan.profile.name = "CRM 2027".into();
        plan.profile.organisation = "Asia Trade Bank".into();
        plan.profile.go_live = chrono::NaiveDate::from_ymd_opt(2027, 9, 1);
        plan.add_unit("Retail <b>".into(), FunctionalLevel::Operational, true);
        plan
    }

    #[test]
    fn export_then_import_gives_the_same_plan() {
        let text = export(&sample(), "0.1.0", "2026-11-27T10:00:00Z");
        assert_eq!(import(&text), Ok(sample()));
    }

    #[test]
    fn export_is_byte_stable() {
        let a = export(&sample(), "0.1.0", "2026-11-27T10:00:00Z");
        let b = export(&sample(), "0.1.0", "2026-11-27T10:00:00Z");
        assert_eq!(a, b);
        assert!(a.starts_with("{\n  \"$schema\""), "{a}");
    }

    #[test]
    fn broken_json_names_line_and_column() {
        assert_eq!(
            import("{\n  \"format\": oops\n}"),
            Err(ImportError::NotJson {
                line: 2,
                column: 13
            })
        );
        assert!(matches!(import("hello"), Err(ImportError::NotJson { .. })));
    }

    #[test]
    fn other_json_is_not_a_plan() {
        assert_eq!(import("[1,2]"), Err(ImportError::NotAPlan));
        assert_eq!(import("{\"name\": \"x\"}"), Err(ImportError::NotAPlan));
        assert_eq!(
            import("{\"format\": \"excalidraw\"}"),
            Err(ImportError::WrongFormat {
                found: "excalidraw".into()
            })
        );
    }

    #[test]
    fn newer_versions_are_refused() {
        let text = format!("{{\"format\":\"{FORMAT}\",\"formatVersion\":99,\"plan\":{{}}}}");
        assert_eq!(import(&text), Err(ImportError::NewerVersion { found: 99 }));
        let text = format!("{{\"format\":\"{FORMAT}\",\"formatVersion\":\"1\",\"plan\":{{}}}}");
        assert_eq!(import(&text), Err(ImportError::BadVersion));
    }

    #[test]
    fn invalid_content_names_the_path() {
        let text = export(&sample(), "0.1.0", "t").replace("\"operational\"", "\"boss\"");
        match import(&text) {
            Err(ImportError::Invalid { path, line, .. }) => {
                assert_eq!(path, "plan.profile.units[0].level");
                assert!(line > 1);
            }
            other => panic!("expected Invalid, got {other:?}"),
        }
        let text = export(&sample(), "0.1.0", "t").replace("\"2027-09-01\"", "\"2027-02-31\"");
        assert!(
            matches!(import(&text), Err(ImportError::Invalid { path, .. }) if path == "plan.profile.goLive")
        );
    }

    #[test]
    fn stored_copies_keep_their_revision() {
        let text = to_stored(&sample(), 7, "2026-11-27T10:00:00Z", "0.1.0");
        assert_eq!(
            read_stored(&text),
            Ok(Stored {
                plan: sample(),
                revision: 7
            })
        );
        // A file is also readable as a stored copy (revision 0) and vice versa.
        assert_eq!(import(&text), Ok(sample()));
    }

    /// The sample's export with `nextId` set to `next_id` and its unit's id to `unit_id`.
    fn with_counter(next_id: &str, unit_id: &str) -> String {
        let text = export(&sample(), "0.1.0", "t");
        assert!(text.contains("\"nextId\": 1") && text.contains("\"id\": \"u1\""));
        text.replace("\"nextId\": 1", &format!("\"nextId\": {next_id}"))
            .replace("\"id\": \"u1\"", &format!("\"id\": \"{unit_id}\""))
    }

    #[test]
    fn a_counter_past_the_largest_is_refused_where_it_is() {
        for next_id in ["9007199254740992", "18446744073709551615"] {
            let text = with_counter(next_id, "u1");
            match import(&text) {
                Err(ImportError::Invalid {
                    path, line, fault, ..
                }) => {
                    assert_eq!(path, "plan.nextId");
                    assert!(line > 1);
                    assert_eq!(
                        fault,
                        ValueFault::TooLarge {
                            value: next_id.into(),
                            max: limits::MAX_COUNTER
                        }
                    );
                }
                other => panic!("expected Invalid, got {other:?}"),
            }
            // A stored copy is read by the same rule: the app never writes one.
            assert!(read_stored(&text).is_err());
        }
    }

    #[test]
    fn an_id_number_past_the_largest_counter_is_refused() {
        let text = with_counter("1", "u18446744073709551615");
        assert_eq!(
            import(&text),
            Err(ImportError::Problem(Problem::IdNumberTooLarge {
                id: "u18446744073709551615".into(),
                path: "plan.profile.units[0].id".into()
            }))
        );
        // A stored copy skips the rule, but its counter never follows such an id (the counter
        // cannot make it, so a new id cannot clash with it).
        let mut plan = read_stored(&text).expect("a stored copy").plan;
        assert_eq!(plan.next_id, 1);
        assert_eq!(plan.fresh_id("s").as_str(), "s2");
    }

    #[test]
    fn the_largest_counter_imports_and_the_next_id_neither_panics_nor_wraps() {
        for (next_id, unit_id) in [("9007199254740991", "u1"), ("1", "u9007199254740991")] {
            let mut plan = import(&with_counter(next_id, unit_id)).expect("imports");
            assert_eq!(plan.next_id, limits::MAX_COUNTER);
            let id = plan.add_unit("Service".into(), FunctionalLevel::Operational, false);
            assert_ne!(id.as_str(), unit_id);
            assert_eq!(plan.next_id, limits::MAX_COUNTER);
            assert_eq!(validate::check(&plan, "plan"), Ok(()));
            // And the plan still exports to a file that imports.
            assert_eq!(import(&export(&plan, "0.1.0", "t")), Ok(plan));
        }
    }

    #[test]
    fn a_revision_past_the_largest_counter_is_refused() {
        let text = to_stored(&sample(), limits::MAX_COUNTER, "t", "0.1.0");
        assert_eq!(
            read_stored(&text).map(|s| s.revision),
            Ok(limits::MAX_COUNTER)
        );
        let text = to_stored(&sample(), limits::MAX_COUNTER + 1, "t", "0.1.0");
        assert!(matches!(
            read_stored(&text),
            Err(ImportError::Invalid { path, fault: ValueFault::TooLarge { .. }, .. }) if path == "revision"
        ));
    }

    #[test]
    fn oversized_files_are_refused_before_parsing() {
        let big = " ".repeat(MAX_FILE_BYTES + 1);
        assert_eq!(
            import(&big),
            Err(ImportError::TooLarge {
                bytes: MAX_FILE_BYTES + 1
            })
        );
    }
}
