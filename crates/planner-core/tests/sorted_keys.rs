//! Files and stored copies are written straight from the records, not through
//! `serde_json::Value`; their keys must still come out sorted (byte-stable, diffable files),
//! whatever order the records declare their fields in. This guards that: reading the text into
//! a `Value` (whose map is ordered by key) and writing it again must give the very same bytes.

mod common;

use chrono::NaiveDate;
use planner_core::file::format;
use planner_core::generate::{large_plan, LARGE};
use planner_core::Plan;

const EXAMPLE: &str = include_str!("../../../examples/tashkent-bank.crmplan.json");

#[cfg(test)]
fn plans() -> Vec<(&'static str, Plan)> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default();
    vec![
        (
            "example",
            format::import(EXAMPLE).expect("the example imports"),
        ),
        ("rich", common::rich_plan(&|s| format!("{s} \"ʻ\" \\ <b>"))),
        ("large", large_plan(LARGE, today)),
        ("empty", Plan::new()),
    ]
}

#[test]
fn exports_have_sorted_keys_and_the_layout_of_a_value() {
    for (name, plan) in plans() {
        let text = format::export(&plan, "0.1.0", "2026-11-27T10:00:00Z");
        let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        let again = serde_json::to_string_pretty(&value).expect("text") + "\n";
        assert!(again == text, "{name}: the export's keys are not sorted");
    }
}

#[test]
fn stored_copies_have_sorted_keys_and_the_layout_of_a_value() {
    for (name, plan) in plans() {
        let text = format::to_stored(&plan, 12, "2026-11-27T10:00:00.000Z", "0.1.0");
        let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        let again = serde_json::to_string(&value).expect("text");
        assert!(
            again == text,
            "{name}: the stored copy's keys are not sorted"
        );
    }
}

#[test]
fn written_directly_is_written_as_through_a_value() {
    // The order as the records declare it is not sorted: without the sorting writer the
    // checks above would fail (this keeps them able to).
    let plan = common::rich_plan(&|s| s.to_owned());
    let declared = serde_json::to_string(&plan).expect("text");
    let sorted = serde_json::to_string(&serde_json::to_value(&plan).expect("value")).expect("text");
    assert_ne!(declared, sorted);
}
