//! Step 4: plan cards, dependency cycles refused, overdue tasks, must-goals without a plan, the
//! timeline's keyboard and zoom.

use chrono::{Duration, Local};
use crm_e2e::fixtures::{self, goal, plan_id, task, COMPLETE};
use crm_e2e::pages::{type_date, Picker, PlansPage, Shell};

use crate::goals::{with_fixture, with_fixture_in};

#[tokio::test]
async fn plan_cards_lead_with_responsible_indicators_and_deadline() {
    let plan = fixtures::plan(COMPLETE);
    let service = plan_id(&plan, "Service desk");
    let b = with_fixture(COMPLETE).await;
    let page = PlansPage(&b);
    page.open().await;
    assert_eq!(b.texts("#plan-cards .plan-card").await.len(), 4);
    let (responsible, indicators, deadline) = page.triple(&service).await;
    assert_eq!(responsible, "Malika Rahimova");
    assert_eq!(
        indicators,
        "Average complaint resolution time, Customer requests logged in the CRM"
    );
    assert_eq!(deadline, "31 May 2027");
    assert_eq!(Shell(&b).nav_status("plans").await, "complete");
    b.finish().await;
}

#[tokio::test]
async fn a_dependency_cycle_made_in_the_ui_is_refused_with_the_cycle_named() {
    let plan = fixtures::plan(COMPLETE);
    let first = task(&plan, "Map the lead");
    let pilot = task(&plan, "Pilot go-live in Chilonzor");
    let b = with_fixture(COMPLETE).await;
    let page = PlansPage(&b);
    page.open().await;
    page.open_plan(&plan_id(&plan, "Lead management")).await;
    page.open_task(&first).await;
    assert!(page.dependencies(&first).await.is_empty());
    // The pilot waits (through training and configuration) for the mapping: the mapping may not
    // wait for the pilot.
    page.add_dependency(&first, &pilot).await;
    let error = b
        .wait_text(&format!("#task-{first}-depends-error"), "cycle")
        .await;
    assert!(
        error.starts_with(
            "Refused: this would make a dependency cycle: Map the lead and loan application process → Pilot go-live in Chilonzor → Train Chilonzor branch staff → "
        ),
        "{error}"
    );
    assert!(
        error.ends_with("→ Map the lead and loan application process."),
        "{error}"
    );
    assert!(page.dependencies(&first).await.is_empty());
    assert_eq!(Shell(&b).nav_status("plans").await, "complete");
    // A dependency that closes no cycle is taken.
    let other = task(&plan, "Define complaint categories");
    page.add_dependency(&first, &other).await;
    b.wait_until("the dependency is listed", || async {
        page.dependencies(&first).await == ["Define complaint categories and deadlines"]
    })
    .await;
    assert_eq!(b.text(&format!("#task-{first}-depends-error")).await, "");
    b.finish().await;
}

#[tokio::test]
async fn a_task_due_yesterday_is_overdue_on_the_timeline_and_in_the_overview() {
    let plan = fixtures::plan(COMPLETE);
    let first = task(&plan, "Map the lead");
    let today = Local::now().date_naive();
    let b = with_fixture(COMPLETE).await;
    let page = PlansPage(&b);
    page.open().await;
    assert!(b.texts("#timeline .task.overdue").await.is_empty());
    page.open_task(&first).await;
    type_date(
        &b,
        &format!("task-{first}-start"),
        today - Duration::days(7),
    )
    .await;
    type_date(&b, &format!("task-{first}-due"), today - Duration::days(1)).await;
    b.wait_for(&format!("#bar-{first}.overdue")).await;
    b.wait_for(&format!("#task-{first}-row")).await;
    let mark = b.texts(&format!("#bar-{first} .overdue-mark")).await;
    assert_eq!(mark, ["!"]);
    let label = b
        .wait_for(&format!("#bar-{first}"))
        .await
        .attr("aria-label")
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    assert!(label.ends_with("(Overdue)"), "{label}");

    b.click("#nav-overview").await;
    let warning = b
        .wait_text(
            ".overview-step[data-step=plans] [data-rule='plans.overdue']",
            "overdue",
        )
        .await;
    assert!(
        warning.starts_with("The task “Map the lead and loan application process” is overdue"),
        "{warning}"
    );
    // Warnings do not block: the step stays complete; the link leads to the due date.
    assert_eq!(Shell(&b).nav_status("plans").await, "complete");
    b.click(".overview-step[data-step=plans] [data-rule='plans.overdue'] a")
        .await;
    let due = format!("task-{first}-due");
    b.wait_until("the due date is focused", || async {
        b.focused().await == due
    })
    .await;
    // On the step, the same finding's link opens the task again after it was closed (the
    // address does not change).
    b.click(&format!("#task-{first}-close")).await;
    b.wait_gone(&format!("#task-{first}-editor")).await;
    b.click(&format!(
        ".findings [data-rule='plans.overdue'] a[href$='/{due}']"
    ))
    .await;
    b.wait_for(&format!("#task-{first}-editor")).await;
    b.wait_until("the due date is focused again", || async {
        b.focused().await == due
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn a_must_goal_without_a_plan_blocks_step_4() {
    let plan = fixtures::plan(COMPLETE);
    let view_plan = plan_id(&plan, "Single customer view");
    let view_goal = goal(&plan, "A single customer view");
    let b = with_fixture(COMPLETE).await;
    let page = PlansPage(&b);
    page.open().await;
    page.open_plan(&view_plan).await;
    // Remove the goal the plan serves: the must-goal is left without a plan.
    let goals = Picker::new(&b, &format!("plan-{view_plan}-goals"));
    goals.wait_chosen(&view_goal).await;
    b.click(&format!("#plan-{view_plan}-goals-remove-{view_goal}"))
        .await;
    let finding = b
        .wait_text("[data-rule='plans.mustCovered']", "must-have")
        .await;
    assert_eq!(
        finding,
        "The must-have goal “A single customer view for relationship managers and operators” is in no plan."
    );
    b.wait_until("step 4 is blocked", || async {
        Shell(&b).nav_status("plans").await == "in-progress"
    })
    .await;
    goals.pick("single customer", &view_goal).await;
    b.wait_until("step 4 complete again", || async {
        Shell(&b).nav_status("plans").await == "complete"
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn timeline_bars_open_their_task_from_the_keyboard_and_zoom_by_month() {
    let plan = fixtures::plan(COMPLETE);
    let pilot = task(&plan, "Pilot go-live in Chilonzor");
    let b = with_fixture(COMPLETE).await;
    let page = PlansPage(&b);
    page.open().await;
    // The milestone is a diamond; every bar is in the tab order.
    b.wait_for(&format!("#bar-{pilot}.is-milestone polygon.milestone"))
        .await;
    let tabindex = b
        .wait_for(&format!("#bar-{pilot}"))
        .await
        .attr("tabindex")
        .await
        .ok()
        .flatten();
    assert_eq!(tabindex.as_deref(), Some("0"));
    b.js(&format!("document.getElementById('bar-{pilot}').focus()"))
        .await;
    b.press('\u{E007}').await;
    let title = format!("task-{pilot}-title");
    b.wait_until("the task's title is focused", || async {
        b.focused().await == title
    })
    .await;
    assert_eq!(
        b.value(&format!("#{title}")).await,
        "Pilot go-live in Chilonzor"
    );
    let arrows = b.texts("#timeline .arrow").await.len();
    assert!(arrows >= 7, "dependency arrows drawn: {arrows}");
    b.wait_for("#timeline-today").await;

    let weeks = timeline_width(&b).await;
    b.click("#timeline-zoom-month").await;
    b.wait_until("the month zoom is narrower", || async {
        timeline_width(&b).await < weeks / 2.0
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn the_timeline_shows_every_plans_tasks_at_once_and_a_bar_opens_its_plan() {
    let plan = fixtures::plan(COMPLETE);
    let first = task(&plan, "Map the lead and loan application process");
    let service = plan_id(&plan, "Service desk for complaints");
    let other = task(&plan, "Define complaint categories");
    let b = with_fixture(COMPLETE).await;
    let page = PlansPage(&b);
    page.open().await;
    // At first the open plan's tasks only: the service desk's are not drawn.
    b.wait_for(&format!("#bar-{first}")).await;
    assert_eq!(b.attr("#timeline-open-plan", "aria-pressed").await, "true");
    assert!(b.texts(&format!("#bar-{other}")).await.is_empty());
    let one_plan = b.texts("#timeline .task").await.len();
    assert_eq!(one_plan, 7, "the first plan's tasks");
    // All plans: every task of the four plans, each below its own lane.
    b.click("#timeline-all-plans").await;
    b.wait_for(&format!("#bar-{other}")).await;
    assert_eq!(b.attr("#timeline-all-plans", "aria-pressed").await, "true");
    assert_eq!(b.attr("#timeline-open-plan", "aria-pressed").await, "false");
    let all = b.texts("#timeline .task").await.len();
    assert_eq!(all, 7 + 5 + 5 + 4, "every plan's tasks");
    // A bar of another plan opens that plan's editor at the task.
    b.js(&format!("document.getElementById('bar-{other}').focus()"))
        .await;
    b.press('\u{E007}').await;
    let title = format!("task-{other}-title");
    b.wait_until("the other plan's task is focused", || async {
        b.focused().await == title
    })
    .await;
    b.wait_for(&format!("#plan-{service}-name")).await;
    // The choice stays while another plan opens; "Open plan" narrows the chart again.
    assert!(!b.texts(&format!("#bar-{first}")).await.is_empty());
    b.click("#timeline-open-plan").await;
    b.wait_gone(&format!("#bar-{first}")).await;
    assert_eq!(b.texts("#timeline .task").await.len(), 5);
    b.finish().await;
}

#[tokio::test]
async fn people_pickers_say_where_their_people_come_from_and_offer_insiders_first() {
    let plan = fixtures::plan(COMPLETE);
    let pilot = plan_id(&plan, "Lead management");
    let b = with_fixture(COMPLETE).await;
    let page = PlansPage(&b);
    page.open().await;
    b.wait_for(&format!("#plan-{pilot}-editor")).await;
    let field = format!("plan-{pilot}-responsible");
    // The field says where its people come from, and the input is described by it.
    let source = b.text(&format!("#{field}-source")).await;
    assert!(source.contains("step 1"), "{source}");
    assert_eq!(
        b.attr(&format!("#{field}"), "aria-describedby").await,
        format!("{field}-source")
    );
    // "e" matches three of the bank's people and its customers. In the register the customers
    // come before Nodira Ergasheva; the picker offers the bank's own people first. Nobody is
    // called "e", so the list ends with the offer to add that name to the project team.
    let picker = Picker::new(&b, &field);
    b.click(&picker.input()).await;
    b.keys(&picker.input(), "e").await;
    b.wait_until("the list opens", || async { picker.expanded().await })
        .await;
    assert_eq!(
        picker.options().await,
        [
            "Branch relationship managers",
            "Sardor Aliyev",
            "Nodira Ergasheva",
            "Retail customers",
            "Add “e” to the project team"
        ]
    );
    b.finish().await;
}

#[tokio::test]
async fn on_a_phone_the_timelines_labels_fit_their_column_whole() {
    let phone = crm_e2e::Browser::with(crm_e2e::Options {
        width: 375,
        height: 800,
        ..crm_e2e::Options::default()
    })
    .await;
    let b = with_fixture_in(phone, COMPLETE).await;
    PlansPage(&b).open().await;
    b.click("#timeline-all-plans").await;
    b.wait_for("#timeline .task").await;
    // Every label drawn ends inside the column the phone shows (no letter cut in half), and
    // each still says its full title on hover.
    let overflowing = b
        .js(
            "const column = document.querySelector('.timeline-labels').getBoundingClientRect(); \
             return [...document.querySelectorAll('.timeline-labels text')] \
               .filter((t) => t.getBoundingClientRect().right > column.right + 0.5) \
               .map((t) => t.textContent)",
        )
        .await;
    assert_eq!(overflowing, serde_json::json!([]));
    let drawn = b.texts(".timeline-labels text").await;
    assert!(drawn.len() >= 20, "{drawn:?}");
    assert!(
        drawn.iter().any(|t| t.ends_with('…')),
        "long titles are shortened: {drawn:?}"
    );
    b.finish().await;
}

async fn timeline_width(b: &crm_e2e::Browser) -> f64 {
    b.wait_for("#timeline")
        .await
        .attr("width")
        .await
        .ok()
        .flatten()
        .and_then(|w| w.parse::<f64>().ok())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_plan_made_before_any_goal_says_where_its_goals_come_from() {
    let b = crm_e2e::Browser::start().await;
    b.open("#/plans").await;
    b.type_into("#plan-new-name", "Pilot").await;
    b.click("#plan-add").await;
    b.wait_for(".plan-editor").await;
    b.wait_until("the goals picker says step 3 has none", || async {
        b.texts(".plan-editor .chips-empty")
            .await
            .iter()
            .any(|t| t == "No implementation goals in step 3 yet.")
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn budgets_are_in_the_currency_the_profile_names() {
    let plan = fixtures::plan(COMPLETE);
    let service = plan_id(&plan, "Service desk");
    let b = with_fixture(COMPLETE).await;
    let page = PlansPage(&b);
    page.open().await;
    page.open_plan(&service).await;
    let label = format!("label[for='plan-{service}-budget']");
    b.wait_text(&label, "Budget, UZS").await;
    b.type_into(&format!("#plan-{service}-budget"), "1,500,000")
        .await;
    b.click("#step-title").await;
    let card = format!(".plan-card[data-plan='{service}'] .plan-budget");
    b.wait_text(&card, "1,500,000 UZS").await;
    // Another currency, chosen once in the profile, names every budget.
    b.open("#/profile").await;
    b.select("#profile-currency", "USD").await;
    page.open().await;
    b.wait_text(&card, "1,500,000 USD").await;
    // In Russian the same amount is grouped by spaces and the soʻm is «сум».
    b.open("#/profile").await;
    b.select("#profile-currency", "UZS").await;
    Shell(&b).switch_language("ru").await;
    page.open().await;
    b.wait_text(&card, "1 500 000 сум").await;
    // Money as people type it: with the currency, a word for millions, commas for groups.
    // The field then shows it the app's way, grouped and with its currency.
    page.open_plan(&service).await;
    let field = format!("#plan-{service}-budget");
    for (typed, shown) in [
        ("150 млн сум", "150\u{a0}000\u{a0}000\u{a0}сум"),
        ("2,500,000", "2\u{a0}500\u{a0}000\u{a0}сум"),
    ] {
        b.type_into(&field, typed).await;
        b.click("#step-title").await;
        b.wait_until("the budget shown the app's way", || async {
            b.value(&field).await == shown
        })
        .await;
    }
    b.wait_text(&card, "2 500 000 сум").await;
    // Another currency is named, not taken for soʻm; the amount stays as it was.
    b.type_into(&field, "$5 000").await;
    b.click("#step-title").await;
    b.wait_text(&format!("#plan-{service}-budget-error"), "USD")
        .await;
    b.wait_text(&card, "2 500 000 сум").await;
    b.finish().await;
}
