//! Step 3: the ranked list (buttons and keyboard), the views, a goal made from scratch.

use crm_e2e::fixtures::{self, goal, COMPLETE};
use crm_e2e::pages::{GoalsPage, Shell};
use crm_e2e::Browser;

/// A browser with the Tashkent bank plan imported.
pub async fn with_fixture(name: &str) -> Browser {
    with_fixture_in(Browser::start().await, name).await
}

/// [`with_fixture`] in a browser already started (a phone's width, another language).
pub async fn with_fixture_in(b: Browser, name: &str) -> Browser {
    b.open("#/").await;
    Shell(&b).import_as_new(&fixtures::path(name)).await;
    Shell(&b).notice().await;
    b
}

#[tokio::test]
async fn goals_move_within_their_priority_by_button_and_keyboard() {
    let plan = fixtures::plan(COMPLETE);
    let (leads, service, view, campaigns) = (
        goal(&plan, "Every branch lead"),
        goal(&plan, "All complaints"),
        goal(&plan, "A single customer view"),
        goal(&plan, "Targeted campaigns"),
    );
    let b = with_fixture(COMPLETE).await;
    let page = GoalsPage(&b);
    page.open().await;
    let names = page.ranked_names().await;
    assert!(names[0].starts_with("Every branch lead"), "{names:?}");
    assert!(names[2].starts_with("A single customer view"), "{names:?}");
    // The first must-goal cannot go up; the first should-goal cannot cross into the musts.
    assert!(!page.can_move(&leads, true).await);
    assert!(!page.can_move(&campaigns, true).await);
    assert!(!page.can_move(&view, false).await);

    page.move_goal(&view, true).await;
    b.wait_until("view moved above service", || async {
        page.ranked_names().await[1].starts_with("A single customer view")
    })
    .await;
    // Alt+↑ on the focused row moves it once more, and the row keeps the focus.
    b.js(&format!(
        "document.getElementById('igoal-{view}-row').focus()"
    ))
    .await;
    b.keys(&format!("#igoal-{view}-row"), "\u{E00A}\u{E013}\u{E00A}")
        .await;
    b.wait_until("view first", || async {
        page.ranked_names().await[0].starts_with("A single customer view")
    })
    .await;
    let names = page.ranked_names().await;
    assert!(names[1].starts_with("Every branch lead"), "{names:?}");
    assert!(names[2].starts_with("All complaints"), "{names:?}");
    let row = format!("igoal-{view}-row");
    b.wait_until("the moved row keeps the focus", || async {
        b.focused().await == row
    })
    .await;
    assert!(!page.can_move(&service, false).await);
    Shell(&b).wait_saved().await;
    b.reload().await;
    page.open().await;
    assert!(page.ranked_names().await[0].starts_with("A single customer view"));
    b.finish().await;
}

#[tokio::test]
async fn the_matrix_coverage_and_resistance_show_the_goals() {
    let b = with_fixture(COMPLETE).await;
    let page = GoalsPage(&b);
    page.open().await;
    // Ranked: 1 leads (5/3), 2 service (5/2), 3 view (4/4), 4 campaigns (3/2), 5 dashboard (3/2),
    // 6 mobile (2/4, won't): on the matrix, greyed, and out of the counts.
    let legend = page.quadrant_legend().await;
    assert_eq!(
        legend,
        [
            "Quick wins: 2, 4, 5",
            "Major projects: 1, 3",
            "Fill-ins: —",
            "Avoid: —"
        ]
    );
    assert_eq!(b.texts("#value-effort-matrix .dot").await.len(), 6);
    let wont = b
        .js("return [...document.querySelectorAll('#value-effort-matrix .dot.wont text')].map(t => t.textContent)")
        .await;
    assert_eq!(
        wont,
        serde_json::json!(["6"]),
        "the won't-have goal's dot is greyed"
    );
    assert_eq!(b.texts("#goal-list .goal-item.wont .rank").await, ["6"]);
    let axis = b.texts("#value-effort-matrix .axis").await;
    assert_eq!(axis, ["Effort →", "Value →"]);
    // Coverage: the sales row counts the goals at each level (strategic, tactical, operational).
    let sales = b.texts("#coverage-table tbody tr:nth-child(2) td").await;
    assert_eq!(sales, ["0", "2", "2"]);
    let resistance = b.texts("#resistance-table tbody tr:nth-child(3) td").await;
    assert_eq!(
        resistance,
        ["0", "1", "1", "0"],
        "branches: service medium, leads high"
    );
    b.finish().await;
}

#[tokio::test]
async fn a_new_goal_is_ranked_and_checked_as_it_is_filled() {
    let b = with_fixture(COMPLETE).await;
    let page = GoalsPage(&b);
    page.open().await;
    assert_eq!(Shell(&b).nav_status("goals").await, "complete");
    let goal_id = page.add("Loyalty points visible to branch staff").await;
    b.wait_until("the step needs the new goal's scores", || async {
        Shell(&b).nav_status("goals").await == "in-progress"
    })
    .await;
    // What the new goal still needs is one line, each part a link to its field with the
    // whole sentence as its tooltip.
    let line = b
        .wait_text(
            ".findings .finding-record.blocking",
            "Goal “Loyalty points visible to branch staff” — still to fill in:",
        )
        .await;
    for part in [
        "Priority",
        "Value (1-5)",
        "Effort (1-5)",
        "Resistance to change",
    ] {
        assert!(line.contains(part), "{line:?}");
    }
    assert_eq!(
        b.attr(".findings [data-rule='goals.priority'] a", "title")
            .await,
        "Set the priority of “Loyalty points visible to branch staff”."
    );
    b.select(&format!("#igoal-{goal_id}-priority"), "could")
        .await;
    b.select(&format!("#igoal-{goal_id}-value"), "2").await;
    b.select(&format!("#igoal-{goal_id}-effort"), "1").await;
    b.select(&format!("#igoal-{goal_id}-resistance"), "high")
        .await;
    b.wait_text(".findings", "meets high resistance").await;
    // The finding's link focuses the field; with the goal closed, the same link (the address
    // does not change) opens it again.
    let link = format!(".finding a[href$='/igoal-{goal_id}-mitigation']");
    let field = format!("igoal-{goal_id}-mitigation");
    b.click(&link).await;
    b.wait_until("focus on the mitigation", || async {
        b.focused().await == field
    })
    .await;
    b.click(&format!("#igoal-{goal_id}-edit")).await;
    b.wait_gone(&format!("#igoal-{goal_id}-editor")).await;
    b.click(&link).await;
    b.wait_until("focus on the mitigation again", || async {
        b.focused().await == field
    })
    .await;
    b.type_into(
        &format!("#igoal-{goal_id}-mitigation"),
        "Show points first in the pilot branch",
    )
    .await;
    b.wait_until("complete again", || async {
        Shell(&b).nav_status("goals").await == "complete"
    })
    .await;
    // A could-goal ranks after every should-goal and before the won't-goal.
    let names = page.ranked_names().await;
    assert_eq!(
        names[5], "Loyalty points visible to branch staff",
        "{names:?}"
    );
    assert!(page
        .quadrant_legend()
        .await
        .iter()
        .any(|l| l == "Fill-ins: 6"));
    b.finish().await;
}

#[tokio::test]
async fn a_wont_have_goal_asks_for_nothing() {
    let b = with_fixture(COMPLETE).await;
    let page = GoalsPage(&b);
    page.open().await;
    let goal_id = page.add("Loyalty points in the app").await;
    b.wait_text(".findings", "Loyalty points in the app").await;
    // Not this time: no scores, resistance or links are asked of it, and the step is complete.
    b.select(&format!("#igoal-{goal_id}-priority"), "wont")
        .await;
    b.wait_until("complete with the won't-have goal", || async {
        Shell(&b).nav_status("goals").await == "complete"
    })
    .await;
    let findings = b.texts(".findings .finding").await;
    assert!(
        findings.iter().all(|f| !f.contains("Loyalty points")),
        "{findings:?}"
    );
    assert_eq!(
        b.texts("#goal-list .goal-item.wont .goal-name").await.len(),
        2
    );
    b.finish().await;
}
