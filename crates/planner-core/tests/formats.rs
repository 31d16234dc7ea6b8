//! The file format against its committed fixtures and schema: every earlier version keeps
//! importing, and every fixture and export validates with an independent validator (Python's
//! `jsonschema`, installed by `scripts/setup.sh`).

mod common;

use std::path::{Path, PathBuf};

use planner_core::file::format::{self, ImportError, FORMAT_VERSION};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The committed schema of format `version`.
fn schema(version: u32) -> PathBuf {
    root().join(format!("schema/crm-implementation-plan.v{version}.json"))
}

#[cfg(test)]
fn validate(schema: &Path, files: &[PathBuf]) {
    let out = std::process::Command::new("python3")
        .arg(root().join("scripts/validate_json.py"))
        .arg(schema)
        .args(files)
        .output()
        .expect("python3 (with jsonschema; scripts/setup.sh installs it)");
    assert!(
        out.status.success(),
        "schema validation failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn every_format_version_has_a_fixture_that_imports() {
    let fresh = format::export(
        &common::rich_plan(&|s| s.to_owned()),
        "0.1.0",
        "2026-11-27T10:00:00Z",
    );
    let current = fixtures().join(format!("v{FORMAT_VERSION}.json"));
    if std::env::var_os("UPDATE_FIXTURES").is_some() && !current.exists() {
        std::fs::write(&current, &fresh).expect("write the fixture");
    }
    for version in 1..=FORMAT_VERSION {
        let path = fixtures().join(format!("v{version}.json"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("fixture {} is missing: {e}", path.display()));
        let plan = format::import(&text)
            .unwrap_or_else(|e| panic!("fixture v{version} no longer imports: {e:?}"));
        assert_eq!(plan.profile.name, "CRM 2027", "v{version}");
        assert_eq!(plan.plans[0].tasks.len(), 2, "v{version}");
    }
    // The current version's fixture is exactly what this build exports.
    assert_eq!(
        std::fs::read_to_string(&current).unwrap_or_default(),
        fresh,
        "the v{FORMAT_VERSION} fixture differs from today's export of the same plan"
    );
}

#[test]
fn a_file_of_the_next_version_is_refused() {
    let text = std::fs::read_to_string(fixtures().join(format!("v{FORMAT_VERSION}.json")))
        .expect("fixture")
        .replacen(
            &format!("\"formatVersion\": {FORMAT_VERSION}"),
            &format!("\"formatVersion\": {}", FORMAT_VERSION + 1),
            1,
        );
    assert_eq!(
        format::import(&text),
        Err(ImportError::NewerVersion {
            found: u64::from(FORMAT_VERSION) + 1
        })
    );
}

#[test]
fn fixtures_and_exports_validate_against_the_committed_schema() {
    let dir = std::env::temp_dir().join(format!("crm-schema-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    // Each version's fixture against that version's schema.
    for version in 1..=FORMAT_VERSION {
        validate(
            &schema(version),
            &[fixtures().join(format!("v{version}.json"))],
        );
    }
    let mut files = Vec::new();
    let exports = [
        planner_core::Plan::new(),
        common::rich_plan(&|s| s.to_owned()),
        common::rich_plan(&|s| format!("<img src=x onerror=alert(1)> {s} ʻ\u{0}\"")),
    ];
    for (i, plan) in exports.iter().enumerate() {
        let path = dir.join(format!("export-{i}.json"));
        std::fs::write(&path, format::export(plan, "0.1.0", "2026-11-27T10:00:00Z"))
            .expect("write");
        files.push(path);
    }
    validate(&schema(FORMAT_VERSION), &files);
    // And the validator can fail: a file with a wrong field is caught.
    let bad = dir.join("bad.json");
    let text = format::export(&planner_core::Plan::new(), "0.1.0", "t")
        .replace("\"nextId\": 0", "\"nextId\": \"zero\"");
    std::fs::write(&bad, text).expect("write");
    let out = std::process::Command::new("python3")
        .arg(root().join("scripts/validate_json.py"))
        .arg(schema(FORMAT_VERSION))
        .arg(&bad)
        .output()
        .expect("python3");
    assert!(!out.status.success(), "the validator accepted a bad file");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn duplicate_keys_in_a_real_file_name_their_place() {
    let text = std::fs::read_to_string(fixtures().join("v1.json"))
        .expect("fixture")
        .replacen(
            "\"name\": \"CRM 2027\",",
            "\"name\": \"CRM 2027\",\n    \"name\": \"X\",",
            1,
        );
    match format::import(&text) {
        Err(ImportError::DuplicateKey {
            key, path, line, ..
        }) => {
            assert_eq!(key, "name");
            assert_eq!(path, "plan.profile");
            assert!(line > 5);
        }
        other => panic!("expected a duplicate key, got {other:?}"),
    }
}
