//! The overview: from the plan with steps 3-4 cut back, follow each listed problem's link to
//! the field that fixes it, until every step is complete.

use chrono::NaiveDate;
use crm_e2e::fixtures::{self, COMPLETE, STEPS34_CUT};
use crm_e2e::pages::{picker, type_date, Picker, Shell};
use crm_e2e::Browser;
use fantoccini::Locator;
use planner_core::checks::{run_step, Context, Severity};
use planner_core::i18n::Lang;
use planner_core::steps::StepId;

use crate::goals::with_fixture;

fn context() -> Context {
    Context {
        today: NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
        lang: Lang::En,
    }
}

fn blocking(plan: &planner_core::Plan, step: StepId) -> Vec<&'static str> {
    run_step(step, plan, &context())
        .into_iter()
        .filter(|f| f.severity == Severity::Blocking)
        .map(|f| f.rule)
        .collect()
}

#[test]
fn the_complete_fixture_passes_every_blocking_check() {
    let plan = fixtures::plan(COMPLETE);
    for step in StepId::ALL {
        assert!(
            blocking(&plan, step).is_empty(),
            "{step:?}: {:?}",
            blocking(&plan, step)
        );
    }
}

#[test]
fn the_cut_back_fixture_lists_the_problems_the_test_fixes() {
    let plan = fixtures::plan(STEPS34_CUT);
    assert_eq!(
        blocking(&plan, StepId::Goals),
        [
            "goals.decide",
            "goals.reason",
            "goals.value",
            "goals.mitigation"
        ]
    );
    assert_eq!(
        blocking(&plan, StepId::Plans),
        [
            "plans.mustCovered",
            "plans.responsible",
            "plans.indicators",
            "plans.deadline"
        ]
    );
}

/// Fixes the problem a followed link points at, as a person would at the focused field.
async fn fix(b: &Browser, rule: &str, anchor: &str, message: &str) {
    let field = format!("#{anchor}");
    match rule {
        "goals.decide" => b.select(&field, "in").await,
        "goals.reason" => {
            b.type_into(
                &field,
                "Payments and billing stay in the core banking system.",
            )
            .await
        }
        "goals.value" => b.select(&field, "3").await,
        "goals.mitigation" => {
            b.type_into(
                &field,
                "Pilot with volunteer champions; the pipeline is used for coaching, not penalties.",
            )
            .await
        }
        "plans.mustCovered" => {
            // Start a plan for the goal the message names, and tie the plan to it.
            let name = message
                .split(['“', '”'])
                .nth(1)
                .expect("the message names the goal");
            b.type_into(&field, "Single customer view and data clean-up")
                .await;
            b.click("#plan-add").await;
            let before = b.texts(".plan-editor").await.len();
            assert_eq!(before, 1);
            // The new plan's goals picker: type the goal's name, take the first match.
            let id = b
                .js("return document.querySelector(\".plan-editor input[id$='-goals']\").id")
                .await;
            let id = id.as_str().expect("the plan's goals picker").to_owned();
            let input = format!("#{id}");
            b.click(&input).await;
            b.keys(&input, name).await;
            b.keys(&input, picker::ARROW_DOWN).await;
            b.keys(&input, picker::ENTER).await;
            let goals = Picker::new(b, &id);
            b.wait_until("the goal is chosen", || async {
                goals.chosen().await.len() == 1
            })
            .await;
        }
        "plans.responsible" => {
            // The link focused the picker's input: open its list and take the first person.
            let picker = Picker::new(b, anchor);
            b.keys(&field, picker::ARROW_DOWN).await;
            b.keys(&field, picker::ENTER).await;
            b.wait_until("a responsible person is chosen", || async {
                picker.chosen().await.len() == 1
            })
            .await;
        }
        "plans.indicators" => b.click(&format!("{field} input[type=checkbox]")).await,
        "plans.deadline" => {
            type_date(
                b,
                anchor,
                NaiveDate::from_ymd_opt(2027, 8, 31).expect("date"),
            )
            .await
        }
        other => panic!("the test does not know how to fix {other}: {message}"),
    }
}

#[tokio::test]
async fn following_the_overview_links_completes_steps_3_and_4() {
    let b = with_fixture(STEPS34_CUT).await;
    b.open("#/").await;
    let shell = Shell(&b);
    assert_eq!(shell.nav_status("goals").await, "in-progress");
    assert_eq!(shell.nav_status("plans").await, "in-progress");
    b.wait_text("#progress-text", "3 of 5 steps complete").await;
    // The next action is the first blocking problem, in step order.
    b.wait_text("#next-action", "Decide whether Marketing is in scope.")
        .await;

    let mut fixed = Vec::new();
    for _ in 0..20 {
        b.open("#/").await;
        b.wait_for(".overview-steps").await;
        let items = b
            .client
            .find_all(Locator::Css(".overview-step .finding.blocking"))
            .await
            .unwrap_or_default();
        let Some(item) = items.into_iter().next() else {
            break;
        };
        let rule = item
            .attr("data-rule")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        let message = item.text().await.unwrap_or_default();
        let link = item
            .find(Locator::Css("a"))
            .await
            .expect("every finding is a link");
        let href = link.attr("href").await.ok().flatten().unwrap_or_default();
        let anchor = href.rsplit('/').next().unwrap_or_default().to_owned();
        link.click().await.expect("follow the link");
        // The link opens the right page with the field to fix focused.
        b.wait_until(&format!("{anchor} is focused"), || async {
            b.focused().await == anchor
        })
        .await;
        fix(&b, &rule, &anchor, &message).await;
        fixed.push(rule);
        shell.wait_saved().await;
    }
    assert_eq!(
        fixed,
        [
            "goals.decide",
            "goals.reason",
            "goals.value",
            "goals.mitigation",
            "plans.mustCovered",
            "plans.responsible",
            "plans.responsible",
            "plans.indicators",
            "plans.indicators",
            "plans.deadline",
            "plans.deadline"
        ]
    );
    b.open("#/").await;
    b.wait_text("#progress-text", "5 of 5 steps complete").await;
    for step in StepId::ALL {
        assert_eq!(shell.nav_status(step.slug()).await, "complete", "{step:?}");
    }
    assert!(b
        .text("#next-action")
        .await
        .starts_with("Every step is complete"));
    b.finish().await;
}
