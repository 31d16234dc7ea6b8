//! The JSON Schema and the importer agree: on a set of valid files and a set of files that each
//! break exactly one bound, `file::format::import` (what the app's Import runs) accepts a file
//! if and only if the committed schema of the current version does, as judged by an independent
//! validator
//! (`scripts/validate_json.py`, Python's `jsonschema` with formats asserted).
//!
//! What JSON Schema cannot express (ids unique across the plan, references that must name an
//! existing record, the number an id ends in, the file size, whole numbers written with a
//! fraction) is checked apart: those
//! files are asserted as "the schema accepts, the importer refuses", and the schema's
//! descriptions say so. Leniencies of the importer that the schema does not copy (a record
//! written as a list of its fields, a file of an earlier version) are asserted the other way
//! round.
//! Duplicate keys are refused by both: by the importer and by the validator script (Python's
//! `json` would otherwise keep the last value silently).

#![cfg(feature = "schema")]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use planner_core::file::format::{self, FORMAT_VERSION};
use planner_core::file::limits::{MAX_COUNTER, MAX_ITEMS, MAX_STRING_CHARS};
use planner_core::generate::{large_plan, LARGE};
use serde_json::{json, Value};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The committed fixture of the current version: a plan with every kind of record and every
/// reference filled.
#[cfg(test)]
fn fixture() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/v{FORMAT_VERSION}.json"));
    let text = std::fs::read_to_string(&path).expect("the current fixture");
    serde_json::from_str(&text).expect("the current fixture is JSON")
}

/// The fixture with `pointer` set to `value` (the parent object or list must exist).
#[cfg(test)]
fn with(pointer: &str, value: Value) -> String {
    let mut file = fixture();
    put(&mut file, pointer, value);
    pretty(&file)
}

/// The fixture without the field at `pointer`.
#[cfg(test)]
fn without(pointer: &str) -> String {
    let mut file = fixture();
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    let removed = file
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .and_then(|o| o.remove(key));
    assert!(removed.is_some(), "{pointer} is not in the fixture");
    pretty(&file)
}

#[cfg(test)]
fn put(file: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    match file.pointer_mut(parent).expect(parent) {
        Value::Object(o) => {
            o.insert(key.to_owned(), value);
        }
        Value::Array(a) => {
            let i: usize = key.parse().expect("an index");
            if i == a.len() {
                a.push(value);
            } else {
                a[i] = value;
            }
        }
        other => panic!("{parent} is {other}"),
    }
}

#[cfg(test)]
fn pretty(file: &Value) -> String {
    serde_json::to_string_pretty(file).expect("JSON") + "\n"
}

/// The fixture's text with `from` replaced by `to` once (for what a `Value` cannot hold).
#[cfg(test)]
fn replaced(from: &str, to: &str) -> String {
    let text = pretty(&fixture());
    assert!(text.contains(from), "{from} is not in the fixture");
    text.replacen(from, to, 1)
}

/// Where a third unit goes (the fixture has two), and one with an id no record refers to.
const NEW_UNIT: &str = "/plan/profile/units/2";

#[cfg(test)]
fn unit(id: &str) -> Value {
    json!({"id": id, "name": "Call centre", "level": "tactical"})
}

const TASK: &str = "/plan/plans/0/tasks/0";
const STAKEHOLDER: &str = "/plan/stakeholders/0";
const IGOAL: &str = "/plan/implementationGoals/0";
const KPI: &str = "/plan/strategy/kpis/0";
const PROCESS: &str = "/plan/strategy/processes/0";

/// Files both must accept: values at the edges of every bound, optional fields left out, empty
/// and full lists, every currency.
#[cfg(test)]
fn valid() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = vec![
        ("fixture-current".into(), pretty(&fixture())),
        (
            "power-1".into(),
            with(&format!("{STAKEHOLDER}/power"), json!(1)),
        ),
        (
            "power-5".into(),
            with(&format!("{STAKEHOLDER}/power"), json!(5)),
        ),
        (
            "power-null".into(),
            with(&format!("{STAKEHOLDER}/power"), Value::Null),
        ),
        (
            "power-absent".into(),
            without(&format!("{STAKEHOLDER}/power")),
        ),
        (
            "interest-1".into(),
            with(&format!("{STAKEHOLDER}/interest"), json!(1)),
        ),
        // Not chosen yet: written as null, and read from null or an absent field.
        (
            "desired-attitude-null".into(),
            with(&format!("{STAKEHOLDER}/desiredAttitude"), Value::Null),
        ),
        (
            "desired-attitude-absent".into(),
            without(&format!("{STAKEHOLDER}/desiredAttitude")),
        ),
        // Version 4: a member of the project team; an absent flag reads as a stakeholder.
        (
            "team-true".into(),
            with(&format!("{STAKEHOLDER}/team"), json!(true)),
        ),
        (
            "team-absent".into(),
            without(&format!("{STAKEHOLDER}/team")),
        ),
        (
            "process-area-null".into(),
            with(&format!("{PROCESS}/area"), Value::Null),
        ),
        (
            "process-area-absent".into(),
            without(&format!("{PROCESS}/area")),
        ),
        ("value-1".into(), with(&format!("{IGOAL}/value"), json!(1))),
        (
            "effort-5".into(),
            with(&format!("{IGOAL}/effort"), json!(5)),
        ),
        (
            "progress-0".into(),
            with(&format!("{TASK}/progress"), json!(0)),
        ),
        (
            "progress-100".into(),
            with(&format!("{TASK}/progress"), json!(100)),
        ),
        (
            "progress-absent".into(),
            without(&format!("{TASK}/progress")),
        ),
        (
            "date-first-day".into(),
            with("/plan/profile/goLive", json!("1990-01-01")),
        ),
        (
            "date-last-day".into(),
            with(&format!("{TASK}/due"), json!("2100-12-31")),
        ),
        (
            "date-leap-day".into(),
            with(&format!("{KPI}/targetDate"), json!("2028-02-29")),
        ),
        (
            "date-null".into(),
            with("/plan/profile/goLive", Value::Null),
        ),
        (
            "date-absent".into(),
            without(&format!("{IGOAL}/targetDate")),
        ),
        (
            "text-longest-ascii".into(),
            with("/plan/profile/name", json!("x".repeat(MAX_STRING_CHARS))),
        ),
        (
            // 20 000 characters, 80 000 bytes: the bound counts characters.
            "text-longest-emoji".into(),
            with(
                &format!("{TASK}/title"),
                json!("😀".repeat(MAX_STRING_CHARS)),
            ),
        ),
        (
            "text-control-characters".into(),
            with("/plan/strategy/vision", json!("a\u{0}b\u{1f}\"<img>\\")),
        ),
        (
            "text-empty-name".into(),
            with("/plan/profile/units/0/name", json!("")),
        ),
        (
            "list-longest".into(),
            with(
                &format!("{STAKEHOLDER}/activities"),
                json!(vec!["workingOutStrategy"; MAX_ITEMS]),
            ),
        ),
        (
            "list-empty".into(),
            with("/plan/plans/0/tasks/1/dependsOn", json!([])),
        ),
        ("budget-zero".into(), with("/plan/plans/0/budget", json!(0))),
        (
            "budget-largest".into(),
            with("/plan/plans/0/budget", json!(f64::MAX)),
        ),
        // The importer takes a negative budget (the form refuses one): see the report.
        (
            "budget-negative".into(),
            with("/plan/plans/0/budget", json!(-1.5)),
        ),
        (
            "kpi-baseline-lowest".into(),
            with(&format!("{KPI}/baseline"), json!(f64::MIN)),
        ),
        (
            "people-size-largest".into(),
            with("/plan/strategy/people/0/size", json!(u32::MAX)),
        ),
        (
            "people-size-zero".into(),
            with("/plan/strategy/people/0/size", json!(0)),
        ),
        (
            "next-id-largest".into(),
            with("/plan/nextId", json!(MAX_COUNTER)),
        ),
        // The counter follows an id's number up to the same bound.
        (
            "id-number-largest".into(),
            with(NEW_UNIT, unit(&format!("u{MAX_COUNTER}"))),
        ),
        ("id-any-text".into(), with(NEW_UNIT, unit("any id ✓"))),
        ("id-empty".into(), with(NEW_UNIT, unit(""))),
        ("envelope-minimal".into(), {
            let file = json!({"format": "crm-implementation-plan", "formatVersion": FORMAT_VERSION, "plan": {}});
            pretty(&file)
        }),
        ("envelope-no-schema".into(), without("/$schema")),
        ("envelope-nulls".into(), with("/appVersion", Value::Null)),
        (
            "envelope-any-exported-at".into(),
            with("/exportedAt", json!("yesterday")),
        ),
        ("envelope-stored-copy".into(), {
            let mut file = fixture();
            put(&mut file, "/revision", json!(7));
            put(&mut file, "/savedAt", json!("2026-11-27T10:00:00Z"));
            pretty(&file)
        }),
        (
            "envelope-revision-largest".into(),
            with("/revision", json!(MAX_COUNTER)),
        ),
        (
            "task-minimal".into(),
            with(TASK, json!({"id": "t14", "title": "Train"})),
        ),
        (
            "category-it".into(),
            with(&format!("{STAKEHOLDER}/category"), json!("it")),
        ),
        (
            "empty-plan".into(),
            format::export(&planner_core::Plan::new(), "0.1.0", "t"),
        ),
        (
            "generated-large".into(),
            format::export(
                &large_plan(LARGE, NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")),
                "0.1.0",
                "2026-11-27T10:00:00Z",
            ),
        ),
    ];
    for code in ["UZS", "USD", "EUR", "RUB", "KZT"] {
        files.push((
            format!("currency-{code}"),
            with("/plan/profile/currency", json!(code)),
        ));
    }
    for entry in std::fs::read_dir(root().join("examples")).expect("examples/") {
        let path = entry.expect("an example").path();
        if path.extension().is_some_and(|e| e == "json") {
            let name = path.file_name().expect("a name").to_string_lossy();
            let text = std::fs::read_to_string(&path).expect("an example");
            files.push((format!("example-{name}"), text));
        }
    }
    files
}

/// Files both must refuse, each breaking exactly one bound the schema states.
#[cfg(test)]
fn invalid() -> Vec<(String, String)> {
    vec![
        (
            "power-0".into(),
            with(&format!("{STAKEHOLDER}/power"), json!(0)),
        ),
        (
            "power-6".into(),
            with(&format!("{STAKEHOLDER}/power"), json!(6)),
        ),
        (
            "power-negative".into(),
            with(&format!("{STAKEHOLDER}/power"), json!(-1)),
        ),
        (
            "interest-256".into(),
            with(&format!("{STAKEHOLDER}/interest"), json!(256)),
        ),
        ("value-0".into(), with(&format!("{IGOAL}/value"), json!(0))),
        (
            "effort-6".into(),
            with(&format!("{IGOAL}/effort"), json!(6)),
        ),
        (
            "progress-101".into(),
            with(&format!("{TASK}/progress"), json!(101)),
        ),
        (
            "progress-negative".into(),
            with(&format!("{TASK}/progress"), json!(-1)),
        ),
        (
            "progress-fraction".into(),
            with(&format!("{TASK}/progress"), json!(50.5)),
        ),
        (
            "progress-null".into(),
            with(&format!("{TASK}/progress"), Value::Null),
        ),
        (
            "progress-string".into(),
            with(&format!("{TASK}/progress"), json!("50")),
        ),
        // 1e400 overflows a double: the importer refuses it, Python reads it as infinity.
        ("budget-too-large".into(), replaced("150000000.0", "1e400")),
        ("budget-too-small".into(), replaced("150000000.0", "-1e400")),
        (
            "budget-string".into(),
            with("/plan/plans/0/budget", json!("100")),
        ),
        ("budget-nan".into(), replaced("150000000.0", "NaN")),
        ("next-id-negative".into(), with("/plan/nextId", json!(-1))),
        (
            "next-id-too-large".into(),
            replaced(
                &format!("\"nextId\": {}", fixture()["plan"]["nextId"]),
                "\"nextId\": 18446744073709551616",
            ),
        ),
        // Past 2^53 - 1, the largest whole number a JavaScript number holds exactly.
        (
            "next-id-past-the-largest".into(),
            with("/plan/nextId", json!(MAX_COUNTER + 1)),
        ),
        (
            "next-id-u64-max".into(),
            with("/plan/nextId", json!(u64::MAX)),
        ),
        (
            "envelope-revision-past-the-largest".into(),
            with("/revision", json!(MAX_COUNTER + 1)),
        ),
        (
            "people-size-negative".into(),
            with("/plan/strategy/people/0/size", json!(-1)),
        ),
        (
            "people-size-too-large".into(),
            with(
                "/plan/strategy/people/0/size",
                json!(u64::from(u32::MAX) + 1),
            ),
        ),
        (
            "date-month-13".into(),
            with("/plan/profile/goLive", json!("2026-13-01")),
        ),
        (
            "date-february-30".into(),
            with(&format!("{TASK}/due"), json!("2026-02-30")),
        ),
        (
            "date-before-1990".into(),
            with(&format!("{TASK}/start"), json!("1989-12-31")),
        ),
        (
            "date-after-2100".into(),
            with(&format!("{KPI}/targetDate"), json!("2101-01-01")),
        ),
        (
            "date-short-month".into(),
            with("/plan/plans/0/start", json!("2026-1-05")),
        ),
        (
            "date-dotted".into(),
            with("/plan/plans/0/deadline", json!("05.03.2027")),
        ),
        (
            "date-with-time".into(),
            with(&format!("{IGOAL}/targetDate"), json!("2027-03-05T00:00:00")),
        ),
        (
            "date-wide-digits".into(),
            with("/plan/profile/goLive", json!("２０２６-01-05")),
        ),
        (
            "date-number".into(),
            with("/plan/profile/goLive", json!(20260105)),
        ),
        (
            "text-too-long-ascii".into(),
            with(
                "/plan/profile/name",
                json!("x".repeat(MAX_STRING_CHARS + 1)),
            ),
        ),
        (
            "text-too-long-emoji".into(),
            with(
                &format!("{TASK}/title"),
                json!("😀".repeat(MAX_STRING_CHARS + 1)),
            ),
        ),
        (
            "id-too-long".into(),
            with(NEW_UNIT, unit(&"u".repeat(MAX_STRING_CHARS + 1))),
        ),
        (
            "envelope-app-version-too-long".into(),
            with("/appVersion", json!("1".repeat(MAX_STRING_CHARS + 1))),
        ),
        (
            "list-too-long".into(),
            with(
                &format!("{STAKEHOLDER}/activities"),
                json!(vec!["workingOutStrategy"; MAX_ITEMS + 1]),
            ),
        ),
        (
            "list-too-long-ids".into(),
            with(
                "/plan/strategy/goals/0/stakeholders",
                json!(vec!["s3"; MAX_ITEMS + 1]),
            ),
        ),
        (
            "unknown-field-task".into(),
            with(&format!("{TASK}/colour"), json!("red")),
        ),
        ("unknown-field-plan".into(), with("/plan/notes", json!(""))),
        (
            "unknown-field-envelope".into(),
            with("/author", json!("me")),
        ),
        (
            "enum-level".into(),
            with("/plan/profile/units/0/level", json!("boss")),
        ),
        (
            "enum-currency".into(),
            with("/plan/profile/currency", json!("GBP")),
        ),
        (
            "enum-task-status".into(),
            with(&format!("{TASK}/status"), json!("started")),
        ),
        (
            "enum-case".into(),
            with(&format!("{STAKEHOLDER}/category"), json!("Users")),
        ),
        (
            "enum-desired-attitude".into(),
            with(&format!("{STAKEHOLDER}/desiredAttitude"), json!("happy")),
        ),
        (
            "enum-in-list".into(),
            with(&format!("{IGOAL}/areas/0"), json!("hr")),
        ),
        (
            "missing-task-title".into(),
            without(&format!("{TASK}/title")),
        ),
        (
            "missing-unit-level".into(),
            without("/plan/profile/units/0/level"),
        ),
        (
            "missing-stakeholder-id".into(),
            without(&format!("{STAKEHOLDER}/id")),
        ),
        (
            "missing-link-process".into(),
            without("/plan/strategy/links/0/process"),
        ),
        ("missing-plan".into(), without("/plan")),
        ("missing-format-version".into(), without("/formatVersion")),
        (
            "wrong-type-bool".into(),
            with(&format!("{STAKEHOLDER}/sponsor"), json!("yes")),
        ),
        (
            "wrong-type-team".into(),
            with(&format!("{STAKEHOLDER}/team"), json!("yes")),
        ),
        (
            "wrong-type-null-text".into(),
            with("/plan/profile/name", Value::Null),
        ),
        (
            "wrong-type-id-number".into(),
            with("/plan/profile/units/0/id", json!(12)),
        ),
        (
            "wrong-type-reference-number".into(),
            with("/plan/plans/0/tasks/1/dependsOn/0", json!(14)),
        ),
        (
            "wrong-type-list".into(),
            with("/plan/stakeholders", json!({})),
        ),
        (
            "wrong-type-deep".into(),
            with("/plan/profile/name", {
                let mut deep = json!("x");
                for _ in 0..40 {
                    deep = json!([deep]);
                }
                deep
            }),
        ),
        ("format-other".into(), with("/format", json!("excalidraw"))),
        (
            "format-version-newer".into(),
            with("/formatVersion", json!(FORMAT_VERSION + 1)),
        ),
        (
            "format-version-string".into(),
            with("/formatVersion", json!(FORMAT_VERSION.to_string())),
        ),
        // Refused by the validator script, not the schema: JSON Schema sees one value per key.
        (
            "duplicate-key".into(),
            replaced(
                "\"name\": \"CRM 2027\",",
                "\"name\": \"CRM 2027\",\n\"name\": \"X\",",
            ),
        ),
    ]
}

/// Files the schema accepts and the importer refuses, for rules JSON Schema cannot express (the
/// schema's descriptions name them).
#[cfg(test)]
fn beyond_the_schema() -> Vec<(String, String)> {
    let mut oversized = pretty(&fixture());
    oversized.push_str(&" ".repeat(format::MAX_FILE_BYTES));
    vec![
        ("duplicate-id".into(), with(NEW_UNIT, unit("u1"))),
        (
            "dangling-reference".into(),
            with(&format!("{TASK}/owner"), json!("s99")),
        ),
        (
            "reference-of-another-kind".into(),
            with("/plan/plans/0/responsible", json!("u1")),
        ),
        ("file-over-5-mib".into(), oversized),
        // An id is any string to the schema; the importer reads the number it ends in, which
        // the id counter would have to pass (past `nextId`'s maximum).
        (
            "id-number-past-the-largest".into(),
            with(NEW_UNIT, unit(&format!("u{}", MAX_COUNTER + 1))),
        ),
        (
            "id-number-u64-max".into(),
            with(NEW_UNIT, unit(&format!("u{}", u64::MAX))),
        ),
        // A JSON Schema "integer" is any number with a zero fraction; serde wants digits only.
        (
            "whole-number-with-fraction".into(),
            with(&format!("{TASK}/progress"), json!(50.0)),
        ),
        (
            "format-version-with-fraction".into(),
            with("/formatVersion", json!(f64::from(FORMAT_VERSION))),
        ),
    ]
}

/// Files the importer accepts and the schema refuses: leniencies of the importer that the
/// schema does not copy (files written from the schema never rely on them).
#[cfg(test)]
fn lenient_importer() -> Vec<(String, String)> {
    vec![
        // serde reads a struct from a list of its fields in order, `deny_unknown_fields` or not.
        ("plan-as-list".into(), with("/plan", json!([]))),
        (
            "record-as-list".into(),
            with(NEW_UNIT, json!(["u99", "Call centre", "tactical", false])),
        ),
        // serde_json reads a unit variant from `{"variant": null}` too.
        (
            "enum-as-object".into(),
            with(&format!("{STAKEHOLDER}/category"), json!({"users": null})),
        ),
        // A file of an earlier version is upgraded on import; its own schema describes it.
        ("format-version-1".into(), with("/formatVersion", json!(1))),
        ("format-version-2".into(), with("/formatVersion", json!(2))),
        ("format-version-3".into(), with("/formatVersion", json!(3))),
    ]
}

/// Runs the validator once on every file; the files it found a fault in.
#[cfg(test)]
fn schema_refuses(files: &[PathBuf]) -> BTreeMap<PathBuf, Vec<String>> {
    let out = std::process::Command::new("python3")
        .arg(root().join("scripts/validate_json.py"))
        .arg(root().join(format!(
            "schema/crm-implementation-plan.v{FORMAT_VERSION}.json"
        )))
        .args(files)
        .output()
        .unwrap_or_else(|e| {
            panic!("python3 did not run ({e}): run scripts/setup.sh --test to install it")
        });
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.trim().is_empty(),
        "the validator failed (is jsonschema installed? run scripts/setup.sh --test):\n{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut faults: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
    for line in stdout.lines() {
        let file = files
            .iter()
            .find(|f| line.starts_with(&format!("{}: ", f.display())))
            .unwrap_or_else(|| panic!("a validator line names no file: {line}"));
        faults
            .entry(file.clone())
            .or_default()
            .push(line.to_owned());
    }
    assert_eq!(
        out.status.success(),
        faults.is_empty(),
        "the validator's exit status does not match its report:\n{stdout}"
    );
    faults
}

#[test]
fn the_schema_accepts_a_file_if_and_only_if_the_importer_does() {
    let dir = std::env::temp_dir().join(format!("crm-schema-agreement-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");

    // (file, name, importer must accept, schema must accept)
    let mut cases: Vec<(PathBuf, String, bool, bool)> = Vec::new();
    let groups = [
        ("valid", valid(), true, true),
        ("invalid", invalid(), false, false),
        ("beyond", beyond_the_schema(), false, true),
        ("lenient", lenient_importer(), true, false),
    ];
    let counts: Vec<(&str, usize)> = groups.iter().map(|(g, f, ..)| (*g, f.len())).collect();
    let mut importer: BTreeMap<PathBuf, Result<(), String>> = BTreeMap::new();
    for (group, files, import_ok, schema_ok) in groups {
        for (i, (name, text)) in files.into_iter().enumerate() {
            let path = dir.join(format!("{group}-{i:02}-{name}.json"));
            std::fs::write(&path, &text).expect("write");
            let verdict = format::import(&text)
                .map(|_| ())
                .map_err(|e| format!("{e:?}").chars().take(200).collect());
            importer.insert(path.clone(), verdict);
            cases.push((path, name, import_ok, schema_ok));
        }
    }
    let paths: Vec<PathBuf> = cases.iter().map(|c| c.0.clone()).collect();
    let schema = schema_refuses(&paths);

    let mut wrong = Vec::new();
    let mut agreeing = 0;
    for (path, name, import_ok, schema_ok) in &cases {
        let by_importer = &importer[path];
        let by_schema = schema.get(path);
        let (i, s) = (by_importer.is_ok(), by_schema.is_none());
        if i == s {
            agreeing += 1;
        }
        if (i, s) != (*import_ok, *schema_ok) {
            let importer_says = match by_importer {
                Ok(()) => "accepts".to_owned(),
                Err(e) => format!("refuses ({e})"),
            };
            let schema_says = match by_schema {
                None => "accepts".to_owned(),
                Some(lines) => format!("refuses ({})", lines.join(" | ")),
            };
            wrong.push(format!(
                "{name} (expected importer {}, schema {}):\n  importer {importer_says}\n  schema   {schema_says}",
                verdict(*import_ok),
                verdict(*schema_ok),
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "{counts:?}: {agreeing} of {} files judged alike by importer and schema",
        cases.len()
    );
    assert!(
        wrong.is_empty(),
        "{} of {} files judged otherwise than expected:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
    assert!(counts[0].1 >= 30 && counts[1].1 >= 30, "{counts:?}");
}

#[cfg(test)]
fn verdict(accepts: bool) -> &'static str {
    if accepts {
        "accepts"
    } else {
        "refuses"
    }
}
