//! Step 1: the stakeholder register as a new user meets it, the example's grid, deleting a
//! referenced stakeholder, validation beside the field, and links that open the editor.

use crm_e2e::pages::{DataPage, Picker, ProfilePage, Shell, StakeholdersPage, StrategyPage};
use crm_e2e::Browser;

/// The worked example's plan name in English, Uzbek and Russian.
const EXAMPLE_NAMES: [&str; 3] = [
    "CRM roll-out 2027",
    "CRM-tizimni joriy etish — 2027",
    "Внедрение CRM — 2027",
];

/// Opens the worked example from the profile page's card (the plan is empty), in the
/// interface's language.
pub async fn open_example(b: &Browser) {
    b.open("#/profile").await;
    b.click("#open-example").await;
    b.wait_for("#notice-text").await;
    b.wait_until("the example is open", || async {
        EXAMPLE_NAMES.contains(&b.text("#plan-name").await.as_str())
    })
    .await;
}

#[tokio::test]
async fn an_empty_register_lists_what_is_missing_until_it_is_entered() {
    let b = Browser::start().await;
    let page = StakeholdersPage(&b);
    let shell = Shell(&b);
    page.open().await;
    assert_eq!(shell.nav_status("stakeholders").await, "not-started");
    b.wait_for("#stakeholders-empty").await;
    let rules = page.rules().await;
    for rule in [
        "stakeholders.sponsor",
        "stakeholders.users",
        "stakeholders.activity",
    ] {
        assert!(
            rules.iter().any(|r| r == rule),
            "{rule} missing from {rules:?}"
        );
    }

    let boss = page.add("Aziza Karimova", "management").await;
    assert_eq!(shell.nav_status("stakeholders").await, "in-progress");
    page.complete(&boss, "One view of every client", "5", "4")
        .await;
    page.choose(&boss, "current", "supportive").await;
    page.tick(&boss, "sponsor").await;
    for activity in ["activity-tasks", "activity-strategy", "activity-rules"] {
        page.tick(&boss, activity).await;
    }
    let tellers = page.add("Branch tellers", "users").await;
    page.complete(&tellers, "Less paperwork", "2", "5").await;

    b.wait_until("step 1 is complete", || async {
        shell.nav_status("stakeholders").await == "complete"
    })
    .await;
    // What remains is a warning: the text names customers.
    assert_eq!(page.rules().await, ["stakeholders.customers"]);
    b.wait_text(".status-line .badge", "Complete").await;

    shell.wait_saved().await;
    b.reload().await;
    assert_eq!(page.names().await, ["Aziza Karimova", "Branch tellers"]);
    assert_eq!(shell.nav_status("stakeholders").await, "complete");
    b.finish().await;
}

#[tokio::test]
async fn a_pasted_list_adds_every_name_at_once_and_undoes_as_one() {
    let b = Browser::start().await;
    let page = StakeholdersPage(&b);
    page.open().await;
    b.select("#stakeholder-new-category", "customers").await;
    b.paste(
        "#stakeholder-new-name",
        "1. Retail clients\n2. Corporate clients\n\n- Pensioners\n• SME owners\nStudents\tbranch 4\nretail clients\n",
    )
    .await;
    b.wait_text(
        "#stakeholder-new-name-pasted",
        "Names in the pasted list: 5",
    )
    .await;
    assert_eq!(
        b.texts("#stakeholder-new-name-pasted li").await,
        [
            "Retail clients",
            "Corporate clients",
            "Pensioners",
            "SME owners",
            "Students"
        ]
    );
    // Nothing was typed into the name itself.
    assert_eq!(b.value("#stakeholder-new-name").await, "");
    b.click("#stakeholder-new-name-pasted-add").await;
    b.wait_until("five stakeholders", || async {
        page.names().await.len() == 5
    })
    .await;
    b.wait_gone("#stakeholder-new-name-pasted").await;
    let categories = b.texts(".stakeholder-row .badge.category").await;
    assert_eq!(categories, ["Customers"; 5], "the form's category for each");
    // One undo takes the whole list back.
    b.click("#undo-button").await;
    b.wait_until("the list undone", || async {
        page.names().await.is_empty()
    })
    .await;
    // A single line pasted is simply a name.
    b.paste("#stakeholder-new-name", "Call centre").await;
    assert_eq!(b.value("#stakeholder-new-name").await, "Call centre");
    assert_eq!(b.texts("#stakeholder-new-name-pasted").await.len(), 0);
    b.finish().await;
}

#[tokio::test]
async fn a_score_is_chosen_from_one_to_five_as_on_every_step() {
    let b = Browser::start().await;
    let page = StakeholdersPage(&b);
    page.open().await;
    let id = page.add("IT department", "it").await;
    // Chosen, never typed: "—" (not scored yet), then 1 to 5, as step 3's value and effort.
    let options = b
        .js(&format!(
            "return [...document.getElementById('stakeholder-{id}-power').options].map(o => o.value)"
        ))
        .await;
    assert_eq!(options, serde_json::json!(["", "1", "2", "3", "4", "5"]));
    assert!(page.rules().await.iter().any(|r| r == "stakeholders.power"));
    b.select(&format!("#stakeholder-{id}-power"), "4").await;
    b.wait_until("power is accepted", || async {
        !page.rules().await.iter().any(|r| r == "stakeholders.power")
    })
    .await;
    b.select(&format!("#stakeholder-{id}-power"), "").await;
    b.wait_until("power is asked for again", || async {
        page.rules().await.iter().any(|r| r == "stakeholders.power")
    })
    .await;
    // An empty required name is refused too.
    page.set(&id, "name", "").await;
    b.wait_text(&format!("#stakeholder-{id}-name-error"), "required")
        .await;
    assert_eq!(page.names().await, ["IT department"]);
    b.finish().await;
}

#[tokio::test]
async fn a_new_stakeholder_s_desired_attitude_starts_empty_with_no_gap_until_chosen() {
    let b = Browser::start().await;
    let page = StakeholdersPage(&b);
    page.open().await;
    let id = page.add("Head of branch network", "management").await;
    let desired = format!("#stakeholder-{id}-desired");
    // Nothing is chosen for the user: the select starts on "— choose —".
    assert_eq!(b.value(&desired).await, "");
    assert_eq!(
        b.js(&format!(
            "const o = document.getElementById('stakeholder-{id}-desired').options[0]; return [o.value, o.textContent]"
        ))
        .await,
        serde_json::json!(["", "— choose —"])
    );
    // The step's check asks for it, on the stakeholder's one line of what is still to fill in;
    // the link says the whole sentence.
    let rule = "[data-rule='stakeholders.desiredAttitude']";
    b.wait_text(&format!(".findings .finding{rule}"), "Desired attitude")
        .await;
    let line = b
        .text(&format!(".findings .finding-record:has(.finding{rule})"))
        .await;
    assert!(line.contains("Head of branch network"), "{line}");
    assert_eq!(
        b.attr(&format!(".findings .finding{rule} a"), "title")
            .await,
        "Head of branch network: choose the attitude you want from them."
    );
    // No gap before anything is known: neither "on target" nor a bar.
    b.click("#view-tab-gap").await;
    let row = format!("#attitude-gap tr[data-id='{id}']");
    b.wait_for(&row).await;
    let shown = b.text(&row).await;
    assert!(!shown.contains("on target"), "{shown}");
    assert_eq!(b.text(&format!("{row} .gap-value")).await, "—");
    assert_eq!(
        b.js(&format!(
            "return document.querySelectorAll(\"{row} .gap-bar\").length"
        ))
        .await,
        serde_json::json!(0)
    );
    // The overview lists the check under step 1, and its link leads to the field.
    b.open("#/").await;
    let listed = format!(".overview-step[data-step='stakeholders'] .finding{rule}");
    b.wait_text(
        &format!(".overview-step[data-step='stakeholders'] .finding-record:has(.finding{rule})"),
        "Head of branch network",
    )
    .await;
    b.click(&format!("{listed} a")).await;
    let field = format!("stakeholder-{id}-desired");
    b.wait_until("focus on the desired attitude", || async {
        b.focused().await == field
    })
    .await;
    // Chosen, the check goes and the gap shows: unaware today, supportive wanted.
    page.choose(&id, "desired", "supportive").await;
    b.wait_until("the check is answered", || async {
        !page
            .rules()
            .await
            .iter()
            .any(|r| r == "stakeholders.desiredAttitude")
    })
    .await;
    b.click("#view-tab-gap").await;
    b.wait_text(&format!("{row} .gap-value"), "+3").await;
    b.finish().await;
}

#[tokio::test]
async fn each_example_stakeholder_stands_in_the_right_quadrant() {
    let b = Browser::start().await;
    let page = StakeholdersPage(&b);
    open_example(&b).await;
    page.open().await;
    let file: serde_json::Value = serde_json::from_str(include_str!(
        "../../../../examples/tashkent-bank.crmplan.json"
    ))
    .expect("the example is JSON");
    let people = file["plan"]["stakeholders"]
        .as_array()
        .expect("stakeholders");
    assert!(people.len() >= 12);
    for person in people {
        let id = person["id"].as_str().unwrap_or_default();
        let power = person["power"].as_u64().unwrap_or_default();
        let interest = person["interest"].as_u64().unwrap_or_default();
        // The grid's rule: 3-5 is high, 1-2 is low.
        let expected = match (power >= 3, interest >= 3) {
            (true, true) => "manageClosely",
            (true, false) => "keepSatisfied",
            (false, true) => "keepInformed",
            (false, false) => "monitor",
        };
        let (quadrant, cx, cy) = page.point(id).await;
        assert_eq!(quadrant, expected, "{}", person["name"]);
        let (x, y, w, h) = page.quadrant_area(expected).await;
        assert!(
            cx > x && cx < x + w && cy > y && cy < y + h,
            "{} drawn at ({cx}, {cy}) outside {expected} ({x}, {y}, {w}, {h})",
            person["name"]
        );
    }
    b.finish().await;
}

#[tokio::test]
async fn a_click_or_enter_on_a_grid_point_opens_that_stakeholder() {
    let b = Browser::start().await;
    let page = StakeholdersPage(&b);
    open_example(&b).await;
    page.open().await;
    b.click("#grid-point-s19 circle").await;
    b.wait_for("#stakeholder-s19-editor").await;
    assert_eq!(b.value("#stakeholder-s19-name").await, "Bobur Yusupov");
    b.wait_until("focus moves to the name", || async {
        b.focused().await == "stakeholder-s19-name"
    })
    .await;
    // Keyboard: focus a point and press Enter.
    b.js("document.getElementById('grid-point-s15').focus()")
        .await;
    b.press('\u{E007}').await;
    b.wait_for("#stakeholder-s15-editor").await;
    assert_eq!(
        b.value("#stakeholder-s15-name").await,
        "Contact centre operators"
    );
    // The open stakeholder's point is marked, and only it.
    b.wait_until("s15 is marked", || async {
        b.js("return [...document.querySelectorAll('.grid-point.selected')].map(g => g.id)")
            .await
            == serde_json::json!(["grid-point-s15"])
    })
    .await;
    // A name is drawn as text, whatever characters it holds.
    b.type_into("#stakeholder-s15-name", "<b>Operators</b> & \"Co\"")
        .await;
    b.wait_until("the point's label and name read the name", || async {
        b.js("const g = document.getElementById('grid-point-s15'); return [g.querySelector('b') === null, g.getAttribute('aria-label').startsWith('<b>Operators</b> & \"Co\":')]")
            .await
            == serde_json::json!([true, true])
    })
    .await;
    assert!(b
        .text("#grid-point-s15 + .grid-label")
        .await
        .starts_with("<b>"));
    // Focusing the point shows its name and scores in the chart's callout, as text too.
    b.js("document.getElementById('grid-point-s15').focus()")
        .await;
    b.wait_until("the callout shows the focused point", || async {
        b.js("const c = document.querySelector('.grid-callout'); return [c.getAttribute('visibility'), c.children.length, c.textContent === document.getElementById('grid-point-s15').getAttribute('aria-label')]")
            .await
            == serde_json::json!([null, 0, true])
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn deleting_a_referenced_stakeholder_asks_and_leaves_no_dangling_reference() {
    let b = Browser::start().await;
    let page = StakeholdersPage(&b);
    let shell = Shell(&b);
    open_example(&b).await;
    page.open().await;
    // Dilnoza Karimova owns two KPIs and stands behind two goals.
    let names = page.names().await;
    let ids = page.ids().await;
    let dilnoza = ids[names
        .iter()
        .position(|n| n == "Dilnoza Karimova")
        .expect("listed")]
    .clone();
    let akmal = ids[names
        .iter()
        .position(|n| n == "Akmal Rashidov")
        .expect("listed")]
    .clone();
    b.click(&format!("#stakeholder-{dilnoza}-delete")).await;
    // The question opens right under her line, not below the whole register.
    b.wait_for(&format!(
        "#stakeholder-list > li[data-id='{dilnoza}'] > #delete-dialog"
    ))
    .await;
    let uses = b.text("#delete-uses").await;
    assert!(uses.contains("products per retail client"), "{uses}");
    assert!(uses.contains("Keep more retail clients"), "{uses}");
    b.click("#delete-cancel").await;
    b.wait_gone("#delete-dialog").await;
    // Cancelled, the focus is back on her delete button; Escape cancels too.
    let back = format!("stakeholder-{dilnoza}-delete");
    b.wait_until("focus back on the delete button", || async {
        b.focused().await == back
    })
    .await;
    b.click(&format!("#{back}")).await;
    b.wait_until("focus on the question", || async {
        b.focused().await == "delete-heading"
    })
    .await;
    b.press('\u{E00C}').await;
    b.wait_gone("#delete-dialog").await;
    assert!(page.names().await.iter().any(|n| n == "Dilnoza Karimova"));

    b.click(&format!("#stakeholder-{dilnoza}-delete")).await;
    // Someone is proposed; the user picks Akmal instead.
    let heir = Picker::new(&b, "delete-reassign");
    b.wait_until("someone is proposed", || async {
        heir.chosen().await.len() == 1
    })
    .await;
    // Escape in the picker closes its list, not the question.
    b.click(&heir.input()).await;
    b.keys(&heir.input(), crm_e2e::pages::picker::ARROW_DOWN)
        .await;
    b.wait_until("the list opens", || async { heir.expanded().await })
        .await;
    b.keys(&heir.input(), crm_e2e::pages::picker::ESCAPE).await;
    b.wait_until("the list closes", || async { !heir.expanded().await })
        .await;
    b.wait_for("#delete-dialog").await;
    heir.pick("Akmal", &akmal).await;
    assert_eq!(heir.chosen().await, std::slice::from_ref(&akmal));
    b.click("#delete-reassign-confirm").await;
    b.wait_until("she is gone", || async {
        !page.names().await.iter().any(|n| n == "Dilnoza Karimova")
    })
    .await;
    // Her KPIs now belong to Akmal, and the strategy stays complete: nothing dangles.
    b.open("#/strategy").await;
    b.wait_for(".kpi-row").await;
    let kpis = page.attrs(".kpi-row", "data-id").await;
    assert!(!kpis.is_empty());
    let mut akmal_owns = 0;
    for kpi in &kpis {
        StrategyPage(&b).open_kpi(kpi).await;
        let owner = Picker::new(&b, &format!("kpi-{kpi}-owner")).chosen().await;
        assert_eq!(owner.len(), 1, "kpi {kpi} lost its owner: {owner:?}");
        assert_ne!(owner[0], dilnoza);
        if owner[0] == akmal {
            akmal_owns += 1;
        }
    }
    assert_eq!(akmal_owns, 2);
    assert_eq!(shell.nav_status("strategy").await, "complete");
    let exported = shell.export().await;
    assert!(!exported.contains(&format!("\"{dilnoza}\"")));
    b.finish().await;
}

#[tokio::test]
async fn search_filters_and_sort_narrow_the_register() {
    let b = Browser::start().await;
    let page = StakeholdersPage(&b);
    open_example(&b).await;
    page.open().await;
    let all = page.names().await.len();
    b.type_into("#stakeholder-search", "bob").await;
    b.wait_until("one match", || async {
        page.names().await == ["Bobur Yusupov"]
    })
    .await;
    b.type_into("#stakeholder-search", "").await;
    b.select("#filter-category", "customers").await;
    b.wait_until("the customers", || async {
        page.names().await == ["Retail clients", "SME clients"]
    })
    .await;
    b.select("#filter-category", "").await;
    b.select("#filter-quadrant", "monitor").await;
    b.wait_until("the monitored", || async {
        page.names().await == ["Card processing centre", "Internal audit"]
    })
    .await;
    b.select("#filter-quadrant", "").await;
    b.select("#filter-attitude", "resistant").await;
    b.wait_until("the resistant", || async { page.names().await.len() == 3 })
        .await;
    b.select("#filter-attitude", "").await;
    b.select("#stakeholder-sort", "name").await;
    b.wait_until("sorted by name", || async {
        let names = page.names().await;
        let mut sorted = names.clone();
        sorted.sort_by_key(|n| n.to_lowercase());
        names.len() == all && names == sorted
    })
    .await;
    b.wait_text("#register-count", &format!("{all} of {all}"))
        .await;
    b.finish().await;
}

#[tokio::test]
async fn a_stakeholder_can_be_duplicated_and_edited() {
    let b = Browser::start().await;
    let page = StakeholdersPage(&b);
    page.open().await;
    let id = page.add("Call centre", "users").await;
    page.complete(&id, "History on screen", "2", "4").await;
    page.choose(&id, "current", "resistant").await;
    b.click(&format!("#stakeholder-{id}-duplicate")).await;
    b.wait_until("two listed", || async { page.names().await.len() == 2 })
        .await;
    assert_eq!(page.names().await, ["Call centre", "Call centre (copy)"]);
    let copy = page.ids().await[1].clone();
    assert_ne!(copy, id);
    assert_eq!(b.value(&format!("#stakeholder-{copy}-power")).await, "2");
    assert_eq!(
        b.value(&format!("#stakeholder-{copy}-current")).await,
        "resistant"
    );
    page.set(&copy, "name", "Night shift").await;
    page.toggle(&copy).await;
    b.wait_until("renamed", || async {
        page.names().await == ["Call centre", "Night shift"]
    })
    .await;
    b.click(&format!("#stakeholder-{copy}-delete")).await;
    b.wait_until("one left", || async {
        page.names().await == ["Call centre"]
    })
    .await;
    // The deletion is offered back right away, by name; undo brings the record back whole.
    b.wait_text("#removed-text", "Deleted “Night shift”.").await;
    b.click("#removed-undo").await;
    b.wait_until("both back", || async {
        page.names().await == ["Call centre", "Night shift"]
    })
    .await;
    b.wait_gone("#removed-toast").await;
    page.toggle(&copy).await;
    assert_eq!(b.value(&format!("#stakeholder-{copy}-power")).await, "2");
    page.toggle(&copy).await;
    // The next change takes the offer away: undo would no longer undo the deletion alone.
    b.click(&format!("#stakeholder-{copy}-delete")).await;
    b.wait_for("#removed-toast").await;
    page.toggle(&page.ids().await[0]).await;
    page.set(&page.ids().await[0], "name", "Day shift").await;
    b.wait_gone("#removed-toast").await;
    b.finish().await;
}

#[tokio::test]
async fn a_check_link_opens_the_editor_at_the_field_to_fix() {
    let b = Browser::start().await;
    let page = StakeholdersPage(&b);
    page.open().await;
    let id = page.add("Risk officer", "other").await;
    page.toggle(&id).await;
    b.wait_gone(&format!("#stakeholder-{id}-editor")).await;
    b.click(".finding[data-rule='stakeholders.expectedResults'] a")
        .await;
    b.wait_for(&format!("#stakeholder-{id}-editor")).await;
    let field = format!("stakeholder-{id}-expected");
    b.wait_until("focus on the field", || async {
        b.focused().await == field
    })
    .await;
    // Coming from another page with the field in the address works the same way.
    b.open(&format!("#/stakeholders/stakeholder-{id}-interest"))
        .await;
    let field = format!("stakeholder-{id}-interest");
    b.wait_until("focus on interest", || async { b.focused().await == field })
        .await;
    b.finish().await;
}

#[tokio::test]
async fn opening_the_example_over_work_keeps_that_plan_in_the_library() {
    let b = Browser::start().await;
    let profile = ProfilePage(&b);
    let shell = Shell(&b);
    profile.open().await;
    b.wait_for("#example-card").await;
    profile.set_name("My own plan").await;
    b.wait_gone("#example-card").await;
    shell.wait_saved().await;
    b.open("#/stakeholders").await;
    b.click("#open-example-small").await;
    b.wait_text("#plan-name", "CRM roll-out 2027").await;
    b.wait_text("#notice-text", "Your project “My own plan” is kept")
        .await;
    assert!(StakeholdersPage(&b).names().await.len() >= 12);
    assert_eq!(shell.nav_status("strategy").await, "complete");
    // The plan that was open is still there, in the library, untouched.
    let library = DataPage(&b);
    let names = library.plan_names().await;
    assert!(names.iter().any(|n| n.contains("My own plan")), "{names:?}");
    let mine = names
        .iter()
        .position(|n| n.contains("My own plan"))
        .expect("my plan is listed");
    library.open_plan(mine).await;
    b.wait_text("#plan-name", "My own plan").await;
    b.open("#/stakeholders").await;
    b.wait_for("#stakeholders-empty").await;
    b.finish().await;
}

#[tokio::test]
async fn the_example_opens_in_any_interface_language() {
    let b = Browser::start().await;
    let shell = Shell(&b);
    b.open("#/profile").await;
    shell.switch_language("uz").await;
    b.wait_text("#open-example", "Misolni ochish").await;
    b.click("#open-example").await;
    b.wait_text("#notice-text", "Misol loyiha ochildi").await;
    for step in ["profile", "stakeholders", "strategy"] {
        assert_eq!(shell.nav_status(step).await, "complete", "{step}");
    }
    b.finish().await;
}

#[tokio::test]
async fn deleting_a_unit_that_stakeholders_use_asks_first() {
    let b = Browser::start().await;
    let profile = ProfilePage(&b);
    open_example(&b).await;
    let units = profile.unit_names().await;
    let retail = units
        .iter()
        .position(|u| u == "Retail banking department")
        .expect("listed")
        + 1;
    b.click(&format!(".unit-row:nth-child({retail}) button.danger"))
        .await;
    b.wait_text("#unit-delete-uses", "Dilnoza Karimova").await;
    b.click("#unit-delete-cancel").await;
    b.wait_gone("#unit-delete-dialog").await;
    assert_eq!(profile.unit_names().await.len(), units.len());
    b.click(&format!(".unit-row:nth-child({retail}) button.danger"))
        .await;
    b.click("#unit-delete-clear-confirm").await;
    b.wait_until("one unit fewer", || async {
        profile.unit_names().await.len() == units.len() - 1
    })
    .await;
    // The stakeholder stays, with no unit.
    b.open("#/stakeholders/stakeholder-s10-unit").await;
    assert_eq!(b.value("#stakeholder-s10-unit").await, "");
    b.finish().await;
}

#[tokio::test]
async fn a_category_select_shows_the_plans_value_after_undo() {
    let b = Browser::start().await;
    let page = StakeholdersPage(&b);
    page.open().await;
    let id = page.add("Dilnoza Karimova", "users").await;
    let category = format!("#stakeholder-{id}-category");
    page.choose(&id, "category", "management").await;
    // Another field's edit in between: two picks of one field within a second are one step.
    page.set(&id, "position", "Head of retail").await;
    page.choose(&id, "category", "customers").await;
    b.wait_until("the pick is in the plan", || async {
        b.value(&category).await == "customers"
    })
    .await;
    DataPage(&b).undo().await;
    b.wait_until("the control shows the undone value", || async {
        b.value(&category).await == "management"
    })
    .await;
    assert_eq!(
        b.value(&format!("#stakeholder-{id}-position")).await,
        "Head of retail"
    );
    b.finish().await;
}
