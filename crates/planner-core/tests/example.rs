//! The worked example that ships with the app opens, and every step is complete on it.

use chrono::NaiveDate;
use planner_core::checks::{run_step, step_status, Context, Severity};
use planner_core::file::format;
use planner_core::i18n::Lang;
use planner_core::references;
use planner_core::stakeholders::{Category, Quadrant};
use planner_core::steps::{StepId, StepStatus};

const EXAMPLE: &str = include_str!("../../../examples/tashkent-bank.crmplan.json");

fn cx(lang: Lang) -> Context {
    Context {
        today: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default(),
        lang,
    }
}

#[test]
fn the_example_imports_and_every_step_is_complete() {
    let plan = format::import(EXAMPLE).expect("the example imports");
    for lang in Lang::ALL {
        for step in StepId::ALL {
            let blocking: Vec<_> = run_step(step, &plan, &cx(lang))
                .into_iter()
                .filter(|f| f.severity == Severity::Blocking)
                .collect();
            assert!(blocking.is_empty(), "{step:?}: {blocking:?}");
            assert_eq!(step_status(step, &plan, &cx(lang)), StepStatus::Complete);
        }
    }
}

#[test]
fn the_example_is_realistic() {
    let plan = format::import(EXAMPLE).expect("the example imports");
    assert!(plan.stakeholders.len() >= 12);
    for category in Category::ALL {
        assert!(
            plan.stakeholders.iter().any(|s| s.category == category),
            "no {category:?}"
        );
    }
    for quadrant in Quadrant::ALL {
        assert!(
            plan.stakeholders
                .iter()
                .any(|s| s.quadrant() == Some(quadrant)),
            "nobody in {quadrant:?}"
        );
    }
    let s = &plan.strategy;
    assert!(s.goals.len() >= 3);
    assert!(!s.processes.is_empty() && !s.people.is_empty() && !s.software.is_empty());
    assert!(!s.benefits.is_empty() && s.kpis.len() >= s.goals.len());
    // KPI owners are referenced stakeholders: the example exercises "where used".
    let owner = s.kpis[0].owner.expect("an owner");
    assert!(!references::stakeholder_uses(&plan, &owner).is_empty());
}

#[test]
fn the_example_is_byte_stable() {
    let plan = format::import(EXAMPLE).expect("the example imports");
    assert_eq!(
        format::export(&plan, "0.1.0", "2026-11-27T00:00:00Z"),
        EXAMPLE,
        "re-run `cargo run -p planner-core --example tashkent_bank`"
    );
}

#[test]
fn the_examples_plans_raise_no_warnings() {
    // A worked example should show a clean plan: steps 3 and 4 carry no warnings either.
    let plan = format::import(EXAMPLE).expect("the example imports");
    for step in [StepId::Goals, StepId::Plans] {
        let findings = run_step(step, &plan, &cx(Lang::En));
        assert!(findings.is_empty(), "{step:?}: {findings:#?}");
    }
}
