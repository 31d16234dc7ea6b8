//! Property test: no check, view or reference operation panics on an arbitrary plan — random
//! records, out-of-range scores, non-finite numbers and references that name nothing.

use chrono::NaiveDate;
use planner_core::checks::{self, Context};
use planner_core::i18n::Lang;
use planner_core::stakeholders::grid::{grid_points, Geometry};
use planner_core::stakeholders::{Activity, Attitude, Category, Stakeholder};
use planner_core::steps::StepId;
use planner_core::strategy::views::{alignment, kpi_sentence, traceability};
use planner_core::strategy::{
    Benefit, BusinessGoal, BusinessProcess, Direction, InteractionArea, Kpi, Link, PeopleGroup,
    SoftwareItem,
};
use planner_core::{references, Id, Plan};
use proptest::prelude::*;

/// Ids from a small pool, so that references often hit a record and often name nothing.
fn id() -> impl Strategy<Value = Id> {
    prop_oneof![
        (0u8..6).prop_map(|n| Id::from(format!("s{n}"))),
        (0u8..6).prop_map(|n| Id::from(format!("g{n}"))),
        (0u8..4).prop_map(|n| Id::from(format!("k{n}"))),
        ".{0,4}".prop_map(Id::from),
    ]
}

fn ids() -> impl Strategy<Value = Vec<Id>> {
    prop::collection::vec(id(), 0..4)
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof!["", " ", "[a-zA-Zʻ ]{1,12}", ".{0,20}"]
}

fn number() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        any::<f64>().prop_map(Some),
        Just(Some(f64::NAN)),
        Just(Some(f64::INFINITY)),
        (-100i32..100).prop_map(|n| Some(f64::from(n))),
    ]
}

fn date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop::option::of(
        (1990i32..2101, 1u32..13, 1u32..29)
            .prop_filter_map("date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
    )
}

fn stakeholder() -> impl Strategy<Value = Stakeholder> {
    (
        (id(), text(), 0usize..7, prop::option::of(id()), text()),
        (prop::option::of(any::<u8>()), prop::option::of(any::<u8>())),
        (
            0usize..5,
            prop::option::of(0usize..5),
            prop::collection::vec(0usize..3, 0..4),
        ),
        (any::<bool>(), text(), any::<bool>()),
    )
        .prop_map(
            |(
                (id, name, cat, unit, expected),
                (power, interest),
                (cur, des, acts),
                (sponsor, eng, team),
            )| {
                Stakeholder {
                    id,
                    name,
                    category: Category::ALL[cat],
                    unit,
                    expected_results: expected,
                    power,
                    interest,
                    current_attitude: Attitude::ALL[cur],
                    desired_attitude: des.map(|d| Attitude::ALL[d]),
                    activities: acts.into_iter().map(|a| Activity::ALL[a]).collect(),
                    sponsor,
                    engagement: eng,
                    team,
                    ..Stakeholder::default()
                }
            },
        )
}

fn kpi() -> impl Strategy<Value = Kpi> {
    (
        (id(), text(), text(), any::<bool>()),
        (number(), number(), date()),
        (prop::option::of(id()), ids()),
    )
        .prop_map(
            |((id, name, unit, up), (baseline, target, target_date), (owner, goals))| Kpi {
                id,
                name,
                unit,
                direction: if up {
                    Direction::Increase
                } else {
                    Direction::Decrease
                },
                baseline,
                target,
                target_date,
                owner,
                goals,
                ..Kpi::default()
            },
        )
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        prop::collection::vec(stakeholder(), 0..12),
        text(),
        prop::collection::vec((id(), text(), ids()), 0..5),
        prop::collection::vec((id(), text(), prop::option::of(0usize..8)), 0..5),
        prop::collection::vec((id(), text()), 0..4),
        prop::collection::vec((id(), text()), 0..4),
        prop::collection::vec((id(), id(), id(), ids(), ids()), 0..6),
        prop::collection::vec((id(), text(), any::<bool>(), ids()), 0..4),
        prop::collection::vec(kpi(), 0..6),
    )
        .prop_map(
            |(stakeholders, vision, goals, processes, people, software, links, benefits, kpis)| {
                let mut plan = Plan::new();
                plan.stakeholders = stakeholders;
                let s = &mut plan.strategy;
                s.vision = vision;
                s.goals = goals
                    .into_iter()
                    .map(|(id, name, stakeholders)| BusinessGoal {
                        id,
                        name,
                        stakeholders,
                        ..Default::default()
                    })
                    .collect();
                s.processes = processes
                    .into_iter()
                    .map(|(id, name, area)| BusinessProcess {
                        id,
                        name,
                        area: area.map(|a| InteractionArea::ALL[a]),
                        ..Default::default()
                    })
                    .collect();
                s.people = people
                    .into_iter()
                    .map(|(id, name)| PeopleGroup {
                        id,
                        name,
                        ..Default::default()
                    })
                    .collect();
                s.software = software
                    .into_iter()
                    .map(|(id, name)| SoftwareItem {
                        id,
                        name,
                        ..Default::default()
                    })
                    .collect();
                s.links = links
                    .into_iter()
                    .map(|(id, goal, process, people, software)| Link {
                        id,
                        goal,
                        process,
                        people,
                        software,
                    })
                    .collect();
                s.benefits = benefits
                    .into_iter()
                    .map(|(id, name, tangible, goals)| Benefit {
                        id,
                        name,
                        tangible,
                        goals,
                        ..Default::default()
                    })
                    .collect();
                s.kpis = kpis;
                plan
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_check_panics_on_arbitrary_plans(plan in plan(), lang in 0usize..3) {
        let cx = Context {
            today: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default(),
            lang: Lang::ALL[lang],
        };
        for step in StepId::ALL {
            let findings = checks::run_step(step, &plan, &cx);
            let _ = checks::status_of(step, &plan, &findings);
            prop_assert!(findings.iter().all(|f| !f.target.anchor.is_empty()));
        }
        let points = grid_points(&plan, &Geometry::WIDE);
        prop_assert!(points.iter().all(|p| p.x.is_finite() && p.y.is_finite()));
        let _ = alignment(&plan);
        let _ = traceability(&plan);
        for k in &plan.strategy.kpis {
            let _ = kpi_sentence(k, cx.lang);
        }
    }

    #[test]
    fn deleting_a_stakeholder_leaves_no_reference(mut plan in plan(), pick in 0usize..12, to in 0usize..12) {
        let ids: Vec<Id> = plan.stakeholders.iter().map(|s| s.id).collect();
        prop_assume!(!ids.is_empty());
        let gone = ids[pick % ids.len()];
        let heir = ids[to % ids.len()];
        references::delete_stakeholder(&mut plan, &gone, Some(&heir));
        prop_assert!(plan.stakeholder(&gone).is_none());
        prop_assert!(references::stakeholder_uses(&plan, &gone).is_empty());
    }
}
