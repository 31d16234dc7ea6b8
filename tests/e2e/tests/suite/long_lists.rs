//! Long lists on a plan of 120 stakeholders: the register and the step's tables draw a page at a
//! time, search and links still reach everyone, and a link within a step does not redraw it.

use chrono::Local;
use crm_e2e::pages::Shell;
use crm_e2e::{Browser, TempDir};
use planner_core::generate::{large_plan, Size};

const PEOPLE: usize = 120;

/// Imports a plan generated at `size` as a new plan; returns it.
async fn import_generated(b: &Browser, size: Size) -> planner_core::Plan {
    let plan = large_plan(size, Local::now().date_naive());
    let text = planner_core::file::format::export(&plan, "e2e", "2026-01-01T00:00:00Z");
    let dir = TempDir::new("crm-e2e-long");
    let file = dir.0.join("long.crmplan.json");
    std::fs::write(&file, text).expect("write the plan");
    b.open("#/").await;
    Shell(b).import_as_new(&file).await;
    b.wait_text("#plan-name", "generated").await;
    plan
}

/// Imports a generated plan of 120 stakeholders as a new plan; returns their ids in order.
async fn open_long_register(b: &Browser) -> Vec<String> {
    let size = Size {
        stakeholders: PEOPLE,
        goals: 2,
        plans: 1,
        tasks_per_plan: 3,
    };
    let plan = import_generated(b, size).await;
    plan.stakeholders.iter().map(|s| s.id.to_string()).collect()
}

async fn rows(b: &Browser) -> Vec<String> {
    b.js_strings(
        "return [...document.querySelectorAll('#stakeholder-list > li')].map(li => li.dataset.id)",
    )
    .await
}

#[tokio::test]
async fn a_long_register_is_drawn_a_page_at_a_time_and_search_reaches_everyone() {
    let b = Browser::start().await;
    let ids = open_long_register(&b).await;
    b.open("#/stakeholders").await;
    // Twenty rows a page, through to the last.
    for start in (0..PEOPLE).step_by(20) {
        let end = (start + 20).min(PEOPLE);
        if start > 0 {
            b.click("#register-pager-next").await;
        }
        b.wait_text(
            "#register-pager-range",
            &format!("{}–{end} of {PEOPLE}", start + 1),
        )
        .await;
        assert_eq!(rows(&b).await, ids[start..end]);
        assert_eq!(
            b.js("return document.getElementById('register-pager-previous').disabled")
                .await,
            start == 0
        );
    }
    assert_eq!(
        b.js("return document.getElementById('register-pager-next').disabled")
            .await,
        true
    );

    // Search reaches a stakeholder of the last page from the first, and needs no pager.
    b.click("#register-pager-previous").await;
    b.type_into("#stakeholder-search", "Stakeholder 117").await;
    b.wait_until("the search shows one row", || async {
        rows(&b).await == [ids[116].clone()]
    })
    .await;
    b.wait_gone("#register-pager-range").await;
    b.finish().await;
}

#[tokio::test]
async fn a_link_to_a_stakeholder_on_a_later_page_opens_that_page_without_redrawing_the_step() {
    let b = Browser::start().await;
    let ids = open_long_register(&b).await;
    b.open("#/stakeholders").await;
    b.wait_text("#register-pager-range", "1–20 of 120").await;
    // Marks the step's page: a remount would draw a new one without the mark.
    b.js("document.querySelector('main article').dataset.mark = 'kept'; return true")
        .await;

    let far = &ids[104];
    b.js(&format!(
        "location.hash = '#/stakeholders/stakeholder-{far}-name'; return true"
    ))
    .await;
    b.wait_for(&format!("#stakeholder-{far}-name")).await;
    b.wait_text("#register-pager-range", "101–120 of 120").await;
    b.wait_until("the linked field has the focus", || async {
        b.focused().await == format!("stakeholder-{far}-name")
    })
    .await;
    assert_eq!(
        b.js("return document.querySelector('main article').dataset.mark || ''")
            .await,
        "kept",
        "following a link within the step redrew the whole step"
    );
    b.finish().await;
}

#[tokio::test]
async fn the_views_show_one_at_a_time_and_follow_the_arrow_keys() {
    let b = Browser::start().await;
    let ids = open_long_register(&b).await;
    b.open("#/stakeholders").await;
    b.wait_for("#stakeholder-grid").await;
    assert_eq!(
        b.js("return !!document.getElementById('attitude-gap')")
            .await,
        false
    );

    b.click("#view-tab-gap").await;
    b.wait_for("#attitude-gap").await;
    b.wait_gone("#stakeholder-grid").await;
    assert_eq!(
        b.js("return document.getElementById('view-tab-gap').getAttribute('aria-selected')")
            .await,
        "true"
    );
    // Every generated stakeholder has the same gap, so the table keeps register order, and
    // draws its first page only.
    assert_eq!(
        b.js("return document.querySelectorAll('#attitude-gap tbody tr').length")
            .await,
        50
    );
    assert_eq!(
        b.js("return document.querySelector('#attitude-gap tbody tr').dataset.id")
            .await,
        ids[0].as_str()
    );
    b.wait_text("#gap-pager-range", "1–50 of 120").await;

    b.keys("#view-tab-gap", "\u{E014}").await; // ArrowRight
    b.wait_for("#activity-matrix").await;
    assert_eq!(b.focused().await, "view-tab-activities");
    // Everyone takes part in all three activities: the totals count the whole register.
    let totals = b.texts("#activity-matrix tfoot td").await;
    assert_eq!(totals, ["120", "120", "120"]);
    b.keys("#view-tab-activities", "\u{E012}").await; // ArrowLeft
    b.wait_for("#attitude-gap").await;
    b.finish().await;
}

/// Imports a generated plan of 45 goals and 25 plans of 60 tasks; returns it.
async fn open_long_plans(b: &Browser) -> planner_core::Plan {
    let size = Size {
        stakeholders: 12,
        goals: 45,
        plans: 25,
        tasks_per_plan: 60,
    };
    import_generated(b, size).await
}

async fn count(b: &Browser, css: &str) -> u64 {
    b.js(&format!(
        "return document.querySelectorAll(\"{css}\").length"
    ))
    .await
    .as_u64()
    .unwrap_or(u64::MAX)
}

#[tokio::test]
async fn goals_plans_and_tasks_page_and_links_reach_the_page_of_their_record() {
    let b = Browser::start().await;
    let plan = open_long_plans(&b).await;

    // Goals: twenty a page, and a link to a goal ranked far down turns to its page.
    b.open("#/goals").await;
    b.wait_text("#goal-pager-range", "1–20 of 45").await;
    assert_eq!(count(&b, "#goal-list > li").await, 20);
    let ranked = planner_core::goals::ranking::ranked(&plan);
    let last = ranked.last().map(|g| g.id.to_string()).expect("a goal");
    b.js(&format!(
        "location.hash = '#/goals/igoal-{last}-name'; return true"
    ))
    .await;
    b.wait_text("#goal-pager-range", "41–45 of 45").await;
    b.wait_until("the linked goal's name has the focus", || async {
        b.focused().await == format!("igoal-{last}-name")
    })
    .await;
    // Its rank still counts the whole list.
    assert_eq!(b.text(&format!("#igoal-{last}-row .rank")).await, "45");

    // Plans: ten cards a page; tasks: twenty a page; a link to a late task of a late plan
    // turns both lists to their pages.
    let far_plan = &plan.plans[22];
    let far_task = far_plan.tasks[57].id.to_string();
    b.open("#/plans").await;
    b.wait_text("#plan-pager-range", "1–10 of 25").await;
    assert_eq!(count(&b, "#plan-cards > li").await, 10);
    b.wait_text("#task-pager-range", "1–20 of 60").await;
    b.js(&format!(
        "location.hash = '#/plans/task-{far_task}-title'; return true"
    ))
    .await;
    b.wait_text("#plan-pager-range", "21–25 of 25").await;
    b.wait_text("#task-pager-range", "41–60 of 60").await;
    b.wait_until("the linked task's title has the focus", || async {
        b.focused().await == format!("task-{far_task}-title")
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn a_long_timeline_draws_the_rows_in_view_and_more_as_it_scrolls() {
    let b = Browser::start().await;
    let plan = open_long_plans(&b).await;
    let first = &plan.plans[0];
    let last_task = first
        .tasks
        .last()
        .map(|t| t.id.to_string())
        .expect("a task");
    b.open("#/plans").await;
    b.wait_for("#timeline .task").await;
    // 25 lanes and the open plan's 60 tasks: fewer drawn than that.
    let drawn = count(&b, "#timeline .task").await + count(&b, "#timeline .lane").await;
    assert!(drawn < 85, "{drawn} rows drawn of 85");
    assert_eq!(count(&b, &format!("#bar-{last_task}")).await, 0);
    // Scrolled to its end, the chart draws its last rows.
    b.js("const f = document.querySelector('.timeline-frame'); f.scrollTop = f.scrollHeight; return true")
        .await;
    b.wait_for(&format!("#bar-{last_task}")).await;
    assert!(count(&b, "#timeline .lane-label, .timeline-labels .lane-label").await > 0);
    b.finish().await;
}
