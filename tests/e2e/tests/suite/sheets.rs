//! The compact tables: step 1's register and step 4's tasks shown as a table of fields, filled
//! in from the keyboard as in a spreadsheet, the choice kept through a reload.

use crm_e2e::fixtures::{self, plan_id, COMPLETE};
use crm_e2e::pages::PlansPage;
use crm_e2e::Browser;

use crate::goals::with_fixture;

const UP: char = '\u{E013}';
const DOWN: char = '\u{E015}';
const LEFT: char = '\u{E012}';
const RIGHT: char = '\u{E014}';
const ENTER: char = '\u{E007}';

/// Waits until the field `id` has the focus, and says which has it when none does.
async fn focus_reaches(b: &Browser, id: &str) {
    b.wait_until(&format!("the focus on #{id}"), || async {
        b.focused().await == id
    })
    .await;
}

#[tokio::test]
async fn the_register_as_a_table_is_filled_in_from_the_keyboard() {
    let b = with_fixture(COMPLETE).await;
    b.open("#/stakeholders").await;
    b.wait_for("#stakeholder-list").await;
    b.click("#register-layout-table").await;
    b.wait_for("#register-sheet").await;
    assert_eq!(
        b.attr("#register-layout-table", "aria-pressed").await,
        "true"
    );
    assert!(b.text("#register-layout-hint").await.contains("Enter"));
    let rows = b.attrs("#register-sheet tbody tr", "data-id").await;
    assert!(rows.len() >= 3, "{rows:?}");
    let (first, second) = (&rows[0], &rows[1]);
    let field = |row: &str, name: &str| format!("stakeholder-{row}-{name}");
    // The cells are the editor's fields, each labelled for assistive technology.
    assert_eq!(
        b.text(&format!("label[for={}]", field(first, "power")))
            .await,
        "Power (1-5)"
    );

    // ↓ goes down a column; → at the end of a name goes right, across the selects.
    b.click(&format!("#{}", field(first, "name"))).await;
    b.press(DOWN).await;
    focus_reaches(&b, &field(second, "name")).await;
    b.press(UP).await;
    focus_reaches(&b, &field(first, "name")).await;
    // Arriving by the keyboard selects the name, so that → moves on at once.
    b.press(RIGHT).await;
    focus_reaches(&b, &field(first, "category")).await;
    b.press(RIGHT).await;
    focus_reaches(&b, &field(first, "power")).await;
    // A digit scores; ↓ does not change the score but goes to the next row's.
    b.press('2').await;
    b.wait_until("power 2", || async {
        b.value(&format!("#{}", field(first, "power"))).await == "2"
    })
    .await;
    b.press(DOWN).await;
    focus_reaches(&b, &field(second, "power")).await;
    assert_eq!(b.value(&format!("#{}", field(first, "power"))).await, "2");
    b.press(LEFT).await;
    b.press(LEFT).await;
    focus_reaches(&b, &field(second, "name")).await;
    // In a name, ← moves the caret first; Enter goes down.
    b.press(ENTER).await;
    focus_reaches(&b, &field(&rows[2], "name")).await;

    // The score is in the plan: the grid and the card show it.
    b.click("#register-layout-cards").await;
    b.wait_for("#stakeholder-list").await;
    b.click(&format!("#stakeholder-{first}-toggle")).await;
    assert_eq!(b.value(&format!("#{}", field(first, "power"))).await, "2");

    // A new stakeholder added in the table: its row, its first empty cell in focus.
    b.click("#register-layout-table").await;
    b.wait_for("#register-sheet").await;
    b.keys("#stakeholder-new-name", "Regional directors").await;
    b.click("#stakeholder-add").await;
    b.wait_until("the new row", || async {
        b.attrs("#register-sheet tbody tr", "data-id").await.len() == rows.len() + 1
            || b.text("#register-pager").await.contains('2')
    })
    .await;
    let focused = b.focused().await;
    assert!(
        focused.starts_with("stakeholder-") && focused.ends_with("-power"),
        "{focused}"
    );
    assert_eq!(
        b.value(&format!("#{}", focused.replace("-power", "-name")))
            .await,
        "Regional directors"
    );

    // The choice is kept through a reload.
    b.client.refresh().await.expect("reload");
    b.wait_for("#register-sheet").await;
    assert_eq!(b.value(&format!("#{}", field(first, "power"))).await, "2");
    b.finish().await;
}

#[tokio::test]
async fn the_tasks_as_a_table_take_dates_typed_in_the_interfaces_order() {
    let plan = fixtures::plan(COMPLETE);
    let leads = plan_id(&plan, "Lead management");
    let tasks: Vec<String> = plan
        .plans
        .iter()
        .find(|p| p.id.to_string() == leads)
        .map(|p| p.tasks.iter().map(|t| t.id.to_string()).collect())
        .unwrap_or_default();
    let b = with_fixture(COMPLETE).await;
    let page = PlansPage(&b);
    page.open().await;
    page.open_plan(&leads).await;
    b.click("#task-layout-table").await;
    b.wait_for("#task-sheet").await;
    assert_eq!(b.attrs("#task-sheet tbody tr", "data-task").await, tasks);
    let field = |row: &str, name: &str| format!("task-{row}-{name}");
    // An owner's list holds the owner alone until its cell is reached.
    let options = |row: String| {
        let b = &b;
        async move {
            b.texts(&format!("#{} option", field(&row, "owner")))
                .await
                .len()
        }
    };
    assert!(options(tasks[1].clone()).await <= 2);
    b.click(&format!("#{}", field(&tasks[0], "title"))).await;
    b.press(DOWN).await;
    focus_reaches(&b, &field(&tasks[1], "title")).await;
    b.press(RIGHT).await;
    focus_reaches(&b, &field(&tasks[1], "owner")).await;
    b.wait_until("every person in the owner's list", || async {
        options(tasks[1].clone()).await > 5
    })
    .await;
    // Typed day first, as the interface writes it; Enter takes it and goes down.
    b.press(RIGHT).await;
    focus_reaches(&b, &field(&tasks[1], "start")).await;
    for key in "01/03/2027".chars() {
        b.press(key).await;
    }
    b.press(ENTER).await;
    focus_reaches(&b, &field(&tasks[2], "start")).await;
    assert_eq!(
        b.value(&format!("#{}", field(&tasks[1], "start"))).await,
        "01/03/2027"
    );
    // The task's card says 1 March.
    b.click("#task-layout-cards").await;
    b.wait_for("#task-list").await;
    let row = b.text(&format!("#task-{}-row", tasks[1])).await;
    assert!(row.contains("01/03/2027 –"), "{row}");
    b.finish().await;
}
