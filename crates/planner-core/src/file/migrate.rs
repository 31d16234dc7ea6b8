//! Migrations of files and stored copies from earlier format versions.
//!
//! Each migration takes a file of version `n` (as a JSON value) to version `n + 1`; reading an
//! older file runs every step from its version up to [`FORMAT_VERSION`]. Each version has a
//! committed fixture (`tests/fixtures/v<n>.json`) that must keep importing.
//!
//! Version 2 added the profile's budget currency (`plan.profile.currency`, an ISO 4217 code);
//! a version 1 plan's budgets were in soʻm. Version 3 lets a stakeholder's desired attitude and
//! a business process's area be not chosen yet (`null`), which version 2 could not read; a
//! version 2 stakeholder without a desired attitude meant "unaware", so the step writes that.
//! Version 4 marks the members of the project team (`team`), who need no stakeholder analysis;
//! every version 3 stakeholder is a stakeholder, so the step writes `"team": false`.
//! When the format changes: raise [`FORMAT_VERSION`], add a step here, commit a fixture of the
//! old version, and regenerate the schema. Browser storage is migrated on open and written back
//! only through the verified save, so the old copy stays until the new one is proven (see
//! `src/state.rs`).

use serde_json::Value;

use crate::file::format::FORMAT_VERSION;

/// One step: from version `from` to `from + 1`.
pub struct Migration {
    /// The version this step reads.
    pub from: u32,
    /// Rewrites the whole file value in place (envelope included).
    pub apply: fn(&mut Value),
}

/// Every step, oldest first; one for each version below [`FORMAT_VERSION`].
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        from: 1,
        apply: budgets_in_som,
    },
    Migration {
        from: 2,
        apply: desired_attitudes_kept,
    },
    Migration {
        from: 3,
        apply: no_project_team,
    },
];

/// 1 → 2: the profile names its budgets' currency; a version 1 plan's were in soʻm.
fn budgets_in_som(file: &mut Value) {
    if let Some(profile) = file
        .pointer_mut("/plan/profile")
        .and_then(Value::as_object_mut)
    {
        profile
            .entry("currency")
            .or_insert_with(|| Value::from("UZS"));
    }
}

/// 2 → 3: a desired attitude or a process's area may now be absent, meaning "not chosen yet".
/// Version 2 read an absent desired attitude as "unaware" (and always had an area), so a
/// stakeholder without one gets `"unaware"` written in: every version 2 file means what it did.
fn desired_attitudes_kept(file: &mut Value) {
    let Some(stakeholders) = file
        .pointer_mut("/plan/stakeholders")
        .and_then(Value::as_array_mut)
    else {
        return;
    };
    for stakeholder in stakeholders.iter_mut().filter_map(Value::as_object_mut) {
        stakeholder
            .entry("desiredAttitude")
            .or_insert_with(|| Value::from("unaware"));
    }
}

/// 3 → 4: a stakeholder may now be a member of the project team (`team`), whom step 1 does not
/// analyse. Version 3 knew no such thing: each of its stakeholders is analysed, so each gets
/// `"team": false` (what an absent field reads as), and the plan means what it did.
fn no_project_team(file: &mut Value) {
    let Some(stakeholders) = file
        .pointer_mut("/plan/stakeholders")
        .and_then(Value::as_array_mut)
    else {
        return;
    };
    for stakeholder in stakeholders.iter_mut().filter_map(Value::as_object_mut) {
        stakeholder
            .entry("team")
            .or_insert_with(|| Value::from(false));
    }
}

/// Brings a file of `version` up to [`FORMAT_VERSION`].
pub fn upgrade(mut value: Value, version: u64) -> Value {
    for step in MIGRATIONS {
        if u64::from(step.from) >= version {
            (step.apply)(&mut value);
        }
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("formatVersion".into(), Value::from(FORMAT_VERSION));
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_is_one_step_for_each_earlier_version_in_order() {
        let froms: Vec<u32> = MIGRATIONS.iter().map(|m| m.from).collect();
        let expected: Vec<u32> = (1..FORMAT_VERSION).collect();
        assert_eq!(froms, expected);
    }

    #[test]
    fn a_version_1_plan_gets_its_budgets_in_som() {
        let value = serde_json::json!({"formatVersion": 1, "plan": {"profile": {"name": "x"}}});
        let upgraded = upgrade(value, 1);
        assert_eq!(upgraded["plan"]["profile"]["currency"], "UZS");
        assert_eq!(upgraded["plan"]["profile"]["name"], "x");
    }

    #[test]
    fn a_version_2_stakeholder_keeps_the_desired_attitude_it_was_read_with() {
        let value = serde_json::json!({"formatVersion": 2, "plan": {"stakeholders": [
            {"id": "s1", "name": "a"},
            {"id": "s2", "name": "b", "desiredAttitude": "leading"},
            "not a stakeholder"
        ]}});
        let upgraded = upgrade(value, 2);
        let people = &upgraded["plan"]["stakeholders"];
        assert_eq!(people[0]["desiredAttitude"], "unaware");
        assert_eq!(people[1]["desiredAttitude"], "leading");
        assert_eq!(people[2], "not a stakeholder");
        // A version 1 file goes through both steps.
        let old = serde_json::json!({"plan": {"profile": {}, "stakeholders": [{"id": "s1"}]}});
        let upgraded = upgrade(old, 1);
        assert_eq!(upgraded["plan"]["profile"]["currency"], "UZS");
        assert_eq!(
            upgraded["plan"]["stakeholders"][0]["desiredAttitude"],
            "unaware"
        );
        // Nothing to do where there are no stakeholders.
        let none = serde_json::json!({"plan": {}});
        assert_eq!(upgrade(none, 2)["plan"], serde_json::json!({}));
    }

    #[test]
    fn a_version_3_stakeholder_is_no_member_of_the_project_team() {
        let value = serde_json::json!({"formatVersion": 3, "plan": {"stakeholders": [
            {"id": "s1", "name": "a", "desiredAttitude": null},
            "not a stakeholder"
        ]}});
        let upgraded = upgrade(value, 3);
        let people = &upgraded["plan"]["stakeholders"];
        assert_eq!(people[0]["team"], false);
        // Nothing else changes: a null desired attitude stays not chosen.
        assert_eq!(people[0]["desiredAttitude"], Value::Null);
        assert_eq!(people[1], "not a stakeholder");
        assert_eq!(upgraded["formatVersion"], 4);
        // Nothing to do where there are no stakeholders.
        let none = serde_json::json!({"plan": {}});
        assert_eq!(upgrade(none, 3)["plan"], serde_json::json!({}));
    }

    #[test]
    fn a_version_3_plan_reads_as_it_did_with_nobody_in_the_project_team() {
        let text = include_str!("../../tests/fixtures/v3.json");
        let plan = crate::file::format::import(text).expect("the v3 fixture imports");
        assert!(!plan.stakeholders.is_empty());
        assert!(plan.stakeholders.iter().all(|s| !s.team));
        let value: Value = serde_json::from_str(text).expect("JSON");
        let stored = &value["plan"]["stakeholders"][0];
        assert_eq!(plan.stakeholders[0].name, stored["name"]);
        assert_eq!(
            plan.stakeholders[0].power,
            stored["power"].as_u64().map(|p| p as u8)
        );
    }

    #[test]
    fn upgrading_sets_the_current_version() {
        let value = serde_json::json!({"format": "x", "formatVersion": 1});
        assert_eq!(upgrade(value, 1)["formatVersion"], FORMAT_VERSION);
    }
}
