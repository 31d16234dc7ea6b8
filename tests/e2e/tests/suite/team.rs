//! The project team: someone missing from the register is added from an owner picker without
//! leaving the step, is marked in step 1's register, and is never asked for the stakeholder
//! analysis, so step 1 stays complete.

use crm_e2e::fixtures::{self, plan_id, task, COMPLETE};
use crm_e2e::pages::{Picker, PlansPage, Shell, StakeholdersPage};
use crm_e2e::Browser;

use crate::goals::with_fixture;

/// The names on the chips of the picker `field`.
async fn chip_names(b: &Browser, field: &str) -> Vec<String> {
    b.texts(&format!("#{field}-chosen li span")).await
}

/// Opens the task's editor on step 4.
async fn open_task(b: &Browser, plan: &str, task: &str) {
    let page = PlansPage(b);
    page.open().await;
    page.open_plan(plan).await;
    page.open_task(task).await;
}

#[tokio::test]
async fn a_task_owner_typed_in_joins_the_project_team_and_step_1_stays_complete() {
    let plan = fixtures::plan(COMPLETE);
    let leads = plan_id(&plan, "Lead management");
    let first = task(&plan, "Map the lead");
    let b = with_fixture(COMPLETE).await;
    assert_eq!(Shell(&b).nav_status("stakeholders").await, "complete");
    open_task(&b, &leads, &first).await;
    let field = format!("task-{first}-owner");
    let picker = Picker::new(&b, &field);
    let before = picker.chosen().await;
    assert_eq!(before.len(), 1, "the fixture's task has an owner");
    let source = b.text(&format!("#{field}-source")).await;
    assert!(source.contains("project team"), "{source}");

    // A name nobody has: the list ends with the offer to add them to the project team.
    b.click(&picker.input()).await;
    b.keys(&picker.input(), "Aziz Karimov").await;
    let new = format!("#{field}-option-new");
    let offer = b.wait_text(&new, "Aziz Karimov").await;
    assert_eq!(offer, "Add “Aziz Karimov” to the project team");
    assert_eq!(
        picker.options().await.last().map(String::as_str),
        Some(offer.as_str())
    );
    assert_eq!(b.attr(&new, "role").await, "option");
    b.click(&new).await;
    b.wait_until("the new owner's chip", || async {
        chip_names(&b, &field).await == ["Aziz Karimov"]
    })
    .await;
    let owner = picker.chosen().await.remove(0);
    assert!(!before.contains(&owner), "a new person: {owner}");

    // Adding and picking were one change: one undo takes both back.
    b.click("#undo-button").await;
    b.wait_until("the previous owner is back", || async {
        picker.chosen().await == before
    })
    .await;
    b.click("#redo-button").await;
    picker.wait_chosen(&owner).await;

    // Typing the new name again finds them; nothing more is offered.
    b.click(&picker.input()).await;
    b.keys(&picker.input(), "aziz karimov").await;
    b.wait_until("the list opens", || async { picker.expanded().await })
        .await;
    assert_eq!(picker.options().await, ["Aziz Karimov"]);
    b.wait_gone(&new).await;

    // Step 1 is not reopened by someone it does not analyse.
    assert_eq!(Shell(&b).nav_status("stakeholders").await, "complete");
    assert_register_marks(&b, &owner).await;

    // It all survives a reload.
    Shell(&b).wait_saved().await;
    b.reload().await;
    assert_eq!(Shell(&b).nav_status("stakeholders").await, "complete");
    assert_register_marks(&b, &owner).await;
    open_task(&b, &leads, &first).await;
    b.wait_until("the owner's chip after the reload", || async {
        chip_names(&b, &field).await == ["Aziz Karimov"]
    })
    .await;
    assert_eq!(picker.chosen().await, [owner]);
    b.finish().await;
}

/// Step 1's register shows `id` with the "Project team" badge, finds them with the category
/// filter's "Project team", and their editor has the box ticked and no analysis fields.
async fn assert_register_marks(b: &Browser, id: &str) {
    let page = StakeholdersPage(b);
    page.open().await;
    b.wait_for("#stakeholder-list").await;
    b.select("#filter-category", "team").await;
    b.wait_until("only the project team is listed", || async {
        page.ids().await == [id]
    })
    .await;
    let badge = b
        .wait_text(&format!("#stakeholder-{id}-team-badge"), "Project team")
        .await;
    assert_eq!(badge, "Project team");
    assert!(page.rules().await.is_empty(), "{:?}", page.rules().await);
    page.toggle(id).await;
    b.wait_for(&format!("#stakeholder-{id}-team-note")).await;
    let ticked = b
        .wait_for(&format!("#stakeholder-{id}-team"))
        .await
        .is_selected()
        .await
        .unwrap_or(false);
    assert!(ticked, "the project team box is ticked");
    for field in ["power", "interest", "desired", "expected"] {
        b.wait_gone(&format!("#stakeholder-{id}-{field}")).await;
    }
}
