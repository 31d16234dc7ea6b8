//! Step 0: filling the profile and its units, validation beside the field, reload.

use crm_e2e::pages::{DataPage, ProfilePage, Shell};
use crm_e2e::Browser;

#[tokio::test]
async fn a_filled_profile_with_units_survives_a_reload() {
    let b = Browser::start().await;
    let page = ProfilePage(&b);
    let shell = Shell(&b);
    page.open().await;
    assert_eq!(shell.nav_status("profile").await, "not-started");
    page.set_name("CRM roll-out 2027").await;
    page.set_organisation("Asia Trade Bank").await;
    page.set_industry("Retail banking").await;
    page.type_go_live("01.09.2027").await;
    page.add_unit("Retail branches", "operational", true).await;
    page.add_unit("Board", "strategic", false).await;
    b.wait_until("two units", || async { page.unit_names().await.len() == 2 })
        .await;
    assert_eq!(shell.nav_status("profile").await, "complete");
    shell.wait_saved().await;

    b.reload().await;
    assert_eq!(b.value("#profile-name").await, "CRM roll-out 2027");
    assert_eq!(b.value("#profile-organisation").await, "Asia Trade Bank");
    assert_eq!(b.value("#profile-industry").await, "Retail banking");
    // Shown in the interface language's order, and said in its words.
    assert_eq!(b.value("#profile-go-live").await, "01/09/2027");
    assert_eq!(b.text("#profile-go-live-hint").await, "1 September 2027");
    Shell(&b).switch_language("uz").await;
    b.wait_text("#profile-go-live-hint", "2027-yil 1-sentabr")
        .await;
    assert_eq!(b.value("#profile-go-live").await, "01.09.2027");
    Shell(&b).switch_language("ru").await;
    b.wait_text("#profile-go-live-hint", "1 сентября 2027 г.")
        .await;
    // Typed the Russian way in a browser of any locale: day first, so 1 March, not 3 January.
    page.type_go_live("01.03.2026").await;
    b.wait_text("#profile-go-live-hint", "1 марта 2026 г.")
        .await;
    let file = shell.export_timeless().await;
    assert_eq!(file["plan"]["profile"]["goLive"], "2026-03-01");
    page.type_go_live("01.09.2027").await;
    b.wait_text("#profile-go-live-hint", "1 сентября 2027 г.")
        .await;
    assert_eq!(page.unit_names().await, ["Retail branches", "Board"]);
    let board_level = b.value(".unit-row:nth-child(2) select").await;
    assert_eq!(board_level, "strategic");
    assert_eq!(shell.plan_name().await, "CRM roll-out 2027");
    assert_eq!(shell.nav_status("profile").await, "complete");
    b.finish().await;
}

#[tokio::test]
async fn units_can_be_edited_and_deleted() {
    let b = Browser::start().await;
    let page = ProfilePage(&b);
    page.open().await;
    page.add_unit("Sales", "operational", true).await;
    page.add_unit("Service", "operational", true).await;
    b.wait_until("two units", || async { page.unit_names().await.len() == 2 })
        .await;
    b.type_into(".unit-row:nth-child(1) input[type=text]", "Corporate sales")
        .await;
    b.select(".unit-row:nth-child(1) select", "tactical").await;
    b.click(".unit-row:nth-child(2) button").await;
    b.wait_until("one unit", || async { page.unit_names().await.len() == 1 })
        .await;
    Shell(&b).wait_saved().await;
    b.reload().await;
    assert_eq!(page.unit_names().await, ["Corporate sales"]);
    assert_eq!(b.value(".unit-row select").await, "tactical");
    b.finish().await;
}

#[tokio::test]
async fn an_empty_required_name_is_refused_beside_the_field() {
    let b = Browser::start().await;
    let page = ProfilePage(&b);
    page.open().await;
    page.set_name("Keep me").await;
    Shell(&b).wait_saved().await;
    page.set_name("").await;
    let error = b.wait_text("#profile-name-error", "required").await;
    assert_eq!(error, "This field is required.");
    let invalid = b
        .wait_for("#profile-name")
        .await
        .attr("aria-invalid")
        .await
        .ok()
        .flatten();
    assert_eq!(invalid.as_deref(), Some("true"));
    // The plan kept its last valid name.
    assert_eq!(Shell(&b).plan_name().await, "Keep me");
    // An empty unit name is refused too, beside its field, and no unit is added.
    b.click("#unit-add").await;
    b.wait_text("#unit-new-name-error", "required").await;
    assert!(page.unit_names().await.is_empty());
    // After a reload the field still shows what was typed (nothing) with its message, and the
    // plan still has its last valid name.
    b.reload().await;
    assert_eq!(b.value("#profile-name").await, "");
    b.wait_text("#profile-name-error", "required").await;
    assert_eq!(Shell(&b).plan_name().await, "Keep me");
    b.finish().await;
}

#[tokio::test]
async fn an_impossible_date_is_refused_beside_the_field() {
    let b = Browser::start().await;
    let page = ProfilePage(&b);
    page.open().await;
    page.type_go_live("01.03.2027").await;
    Shell(&b).wait_saved().await;
    // Type over it, as a person would: 31 February. It is refused beside the field when the
    // field is left; the plan keeps its last valid date.
    page.type_go_live("31.02.2027").await;
    let error = b
        .wait_text("#profile-go-live-error", "Not a valid date")
        .await;
    assert_eq!(error, "Not a valid date. Enter a real calendar date.");
    Shell(&b).wait_saved().await;
    b.reload().await;
    // After a reload the field still shows the impossible date with its message; the plan
    // kept the last valid one.
    assert_eq!(b.value("#profile-go-live").await, "31.02.2027");
    b.wait_text("#profile-go-live-error", "Not a valid date")
        .await;
    let file = Shell(&b).export_timeless().await;
    assert_eq!(file["plan"]["profile"]["goLive"], "2027-03-01");
    // Corrected, the field takes it and forgets the refusal.
    page.type_go_live("01.04.2027").await;
    b.wait_text("#profile-go-live-hint", "1 April 2027").await;
    b.reload().await;
    assert_eq!(b.value("#profile-go-live").await, "01/04/2027");
    b.finish().await;
}

#[tokio::test]
async fn a_select_shows_the_plans_value_after_undo() {
    let b = Browser::start().await;
    let page = ProfilePage(&b);
    page.open().await;
    page.add_unit("Sales", "operational", true).await;
    b.wait_until("one unit", || async { page.unit_names().await.len() == 1 })
        .await;
    let level = ".unit-row:nth-child(1) select";
    b.select(level, "tactical").await;
    // An edit of another field between the two picks keeps them apart in the history (edits
    // of one field within a second are one undo step).
    page.set_organisation("Bank").await;
    b.select(level, "strategic").await;
    b.wait_until("the pick is in the plan", || async {
        b.value(level).await == "strategic"
    })
    .await;
    DataPage(&b).undo().await;
    // The plan is back on "tactical"; the control must say so, not keep the user's last pick.
    b.wait_until("the control shows the undone value", || async {
        b.value(level).await == "tactical"
    })
    .await;
    assert_eq!(b.value("#profile-organisation").await, "Bank");
    Shell(&b).wait_saved().await;
    b.reload().await;
    assert_eq!(b.value(level).await, "tactical");
    b.finish().await;
}
