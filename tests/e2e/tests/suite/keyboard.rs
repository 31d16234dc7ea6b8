//! The keyboard alone: a modal dialog takes the focus, keeps Tab and Shift+Tab inside, closes on
//! Escape and gives the focus back to what opened it; and the whole workflow, from the first
//! stakeholder to the exported file and its import, done with Tab, Enter, Space, the arrows and
//! typed text, the focus checked after each step.

use crm_e2e::{Browser, TempDir};
use serde_json::Value;

pub(crate) const TAB: &str = "\u{E004}";
const SHIFT_TAB: &str = "\u{E008}\u{E004}";
const ENTER: &str = "\u{E007}";
const SPACE: &str = "\u{E00D}";
const ESCAPE: &str = "\u{E00C}";
const DOWN: &str = "\u{E015}";

/// Presses `keys` wherever the focus is, as a keyboard does: each key down in turn, then up in
/// reverse (so Shift is held over Tab).
pub(crate) async fn press(b: &Browser, keys: &str) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let mut actions = KeyActions::new("keyboard".into());
    for key in keys.chars() {
        actions = actions.then(KeyAction::Down { value: key });
    }
    for key in keys.chars().rev() {
        actions = actions.then(KeyAction::Up { value: key });
    }
    b.client.perform_actions(actions).await.expect("press keys");
}

/// Types `text` into the focused field, one key down and up at a time.
async fn type_text(b: &Browser, text: &str) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let mut actions = KeyActions::new("keyboard".into());
    for key in text.chars() {
        actions = actions
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
    }
    b.client.perform_actions(actions).await.expect("type text");
}

/// Presses `keys` `times` times.
async fn press_times(b: &Browser, keys: &str, times: usize) {
    for _ in 0..times {
        press(b, keys).await;
    }
}

/// Presses Tab (or Shift+Tab, when the element comes before the focus in the page) until the
/// element with the id `id` has the focus.
async fn tab_to(b: &Browser, id: &str) {
    b.wait_for(&format!("#{id}")).await;
    let way = format!(
        "const t = document.getElementById({id:?}), a = document.activeElement; \
         if (a === t) return ''; \
         if (!t || !a || a === document.body) return 'next'; \
         return a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING ? 'back' : 'next';"
    );
    for _ in 0..300 {
        match b.js(&way).await.as_str() {
            Some("") => return,
            Some("back") => press(b, SHIFT_TAB).await,
            _ => press(b, TAB).await,
        }
    }
    panic!(
        "Tab never reached #{id}: the focus is on {}",
        b.focused().await
    );
}

/// Waits until the element with the id `id` has the focus (moved there after a frame). Where
/// the focus is instead is written to the test's output, shown when it fails.
async fn focus_on(b: &Browser, id: &str, after: &str) {
    let seen = std::sync::Mutex::new(String::new());
    b.wait_until(&format!("the focus on #{id} after {after}"), || async {
        let now = b.focused().await;
        let mut last = seen.lock().unwrap_or_else(|e| e.into_inner());
        if *last != now {
            eprintln!("after {after} the focus is on {now:?}");
            *last = now.clone();
        }
        now == id
    })
    .await;
}

/// Waits until the focus is inside the element `css`.
async fn focus_inside(b: &Browser, css: &str, after: &str) {
    b.wait_until(&format!("the focus inside {css} after {after}"), || {
        focus_is_in(b, css)
    })
    .await;
}

/// The value of the form control with the id `id` and the text of its chosen option (a select)
/// or its value (anything else).
async fn shown_value(b: &Browser, id: &str) -> (String, String) {
    let v = b
        .js(&format!(
            "const e = document.getElementById({id:?}); \
             return [e.value, e.selectedOptions ? e.selectedOptions[0].text.trim() : e.value];"
        ))
        .await;
    let s = crm_e2e::strings(&v);
    (s[0].clone(), s[1].clone())
}

/// Chooses an option of the select `id` by Tab and ↓ pressed `downs` times from its first,
/// and waits until the select shows `value`.
async fn choose(b: &Browser, id: &str, downs: usize, value: &str) {
    tab_to(b, id).await;
    press_times(b, DOWN, downs).await;
    b.wait_until(&format!("#{id} to show {value}"), || async {
        shown_value(b, id).await.0 == value
    })
    .await;
}

/// Follows the navigator's link to a step with the keyboard; the step's title takes the focus.
async fn go_to_step(b: &Browser, slug: &str) {
    tab_to(b, &format!("nav-{slug}")).await;
    press(b, ENTER).await;
    b.wait_until(&format!("the route #/{slug}"), || async {
        b.js(&format!("return location.hash === '#/{slug}'")).await == Value::Bool(true)
    })
    .await;
    focus_on(b, "step-title", &format!("following the link to {slug}")).await;
}

/// The file downloaded last with a name ending in `.json`, once it is whole JSON; the file is
/// removed so that the next export is not taken for it.
async fn exported(b: &Browser) -> Value {
    let path = b.wait_download(".json").await;
    let mut text = String::new();
    b.wait_until("the exported file is complete", || {
        text = std::fs::read_to_string(&path).unwrap_or_default();
        let whole = serde_json::from_str::<Value>(&text).is_ok();
        async move { whole }
    })
    .await;
    Browser::assert_valid_file(&text);
    let _ = std::fs::remove_file(&path);
    serde_json::from_str(&text).expect("the export is JSON")
}

async fn focus_is_in(b: &Browser, css: &str) -> bool {
    b.js_true(&format!(
        "return !!(document.activeElement && document.activeElement.closest('{css}'))"
    ))
    .await
}

/// Opens the dialog of the file input `input` with `file` (the file picker itself is the
/// system's), then checks its hold on the focus, closes it with Escape and checks where the
/// focus went.
async fn check_dialog(b: &Browser, input: &str, file: &std::path::Path, dialog: &str) {
    tab_to(b, input).await;
    let chosen = file.canonicalize().expect("a file path");
    b.client
        .active_element()
        .await
        .expect("the file input in focus")
        .send_keys(&chosen.display().to_string())
        .await
        .expect("choose the file");
    b.wait_for(dialog).await;
    b.wait_until("the focus to move into the dialog", || {
        focus_is_in(b, dialog)
    })
    .await;
    for keys in [TAB, SHIFT_TAB] {
        for i in 0..15 {
            press(b, keys).await;
            assert!(
                focus_is_in(b, dialog).await,
                "focus left {dialog} after {} presses of {keys:?}: on {}",
                i + 1,
                b.focused().await
            );
        }
    }
    press(b, ESCAPE).await;
    b.wait_gone(dialog).await;
    assert_eq!(
        b.focused().await,
        input,
        "the focus goes back to what opened {dialog}"
    );
}

#[tokio::test]
async fn dialogs_hold_the_focus_and_give_it_back_to_their_opener() {
    let b = Browser::start().await;
    b.open("#/").await;
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/tashkent-bank.crmplan.json");
    check_dialog(&b, "import-input", &example, ".import-preview").await;

    let dir = TempDir::new("crm-e2e-keyboard");
    let sheet = dir.0.join("people.csv");
    std::fs::write(
        &sheet,
        "Name,Category\r\nAziza Karimova,Management\r\nBranch tellers,Users\r\n",
    )
    .expect("write the sheet");
    b.open("#/stakeholders").await;
    check_dialog(&b, "intake-input", &sheet, ".intake-dialog").await;
    b.finish().await;
}

/// The whole workflow by keyboard alone: a stakeholder added and edited (step 1), a business
/// goal tied to them through the people picker (step 2), an implementation goal linked to that
/// business goal and the goals ranked (step 3), a plan whose third task depends on the second
/// (step 4), the project exported, the file imported through its preview, and exported again.
/// Every step asserts what the user sees and where the focus went.
#[tokio::test]
async fn the_whole_workflow_by_keyboard_alone() {
    let b = Browser::start().await;
    b.open("#/").await;

    // Step 1: add a stakeholder (name, category), then edit them.
    go_to_step(&b, "stakeholders").await;
    tab_to(&b, "stakeholder-new-name").await;
    type_text(&b, "Aziza").await;
    // Users, Customers, Management.
    choose(&b, "stakeholder-new-category", 2, "management").await;
    tab_to(&b, "stakeholder-add").await;
    press(&b, SPACE).await;
    b.wait_for(".stakeholder-row").await;
    let sid = b.attr(".stakeholder-row", "data-id").await;
    let row = format!(".stakeholder-row[data-id='{sid}']");
    assert_eq!(b.text(&format!("#stakeholder-{sid}-toggle")).await, "Aziza");
    focus_inside(
        &b,
        &format!("#stakeholder-{sid}-editor"),
        "adding a stakeholder",
    )
    .await;
    assert_eq!(
        b.value("#stakeholder-new-name").await,
        "",
        "the form clears"
    );

    // Tabbing into a text field selects its text: typing replaces it.
    tab_to(&b, &format!("stakeholder-{sid}-name")).await;
    type_text(&b, "Aziza Karimova").await;
    tab_to(&b, &format!("stakeholder-{sid}-position")).await;
    type_text(&b, "Head of retail").await;
    choose(&b, &format!("stakeholder-{sid}-power"), 4, "4").await;
    choose(&b, &format!("stakeholder-{sid}-interest"), 5, "5").await;
    // "— choose —", then Unaware ... Leading.
    choose(&b, &format!("stakeholder-{sid}-desired"), 5, "leading").await;
    tab_to(&b, &format!("stakeholder-{sid}-sponsor")).await;
    press(&b, SPACE).await;
    b.wait_for(&format!("{row} .badge.sponsor")).await;
    b.wait_text(&format!("#stakeholder-{sid}-toggle"), "Aziza Karimova")
        .await;
    assert_eq!(
        b.attr(&format!("{row} .badge.quadrant"), "data-quadrant")
            .await,
        "manageClosely",
        "power 4 and interest 5 put her in the grid's top right"
    );
    assert!(
        b.text(&format!("{row} .attitude"))
            .await
            .ends_with("Leading"),
        "{}",
        b.text(&format!("{row} .attitude")).await
    );
    tab_to(&b, &format!("stakeholder-{sid}-close")).await;
    press(&b, ENTER).await;
    b.wait_gone(&format!("#stakeholder-{sid}-editor")).await;
    focus_on(
        &b,
        &format!("stakeholder-{sid}-toggle"),
        "closing the editor",
    )
    .await;
    assert_eq!(
        b.attr(&format!("#stakeholder-{sid}-toggle"), "aria-expanded")
            .await,
        "false"
    );

    // Step 2: a business goal, tied to her through the people picker.
    go_to_step(&b, "strategy").await;
    tab_to(&b, "goal-new-name").await;
    type_text(&b, "Keep more clients").await;
    press(&b, ENTER).await;
    b.wait_for(".business-goal-row").await;
    let bid = b.attr(".business-goal-row", "data-id").await;
    focus_inside(&b, &format!("#goal-{bid}-editor"), "adding a business goal").await;
    let picker = format!("goal-{bid}-stakeholders");
    tab_to(&b, &picker).await;
    type_text(&b, "kar").await;
    b.wait_until("the picker's list to open", || async {
        b.attr(&format!("#{picker}"), "aria-expanded").await == "true"
    })
    .await;
    press(&b, DOWN).await;
    b.wait_until("the first match to be active", || async {
        b.attr(&format!("#{picker}"), "aria-activedescendant").await
            == format!("{picker}-option-{sid}")
    })
    .await;
    press(&b, ENTER).await;
    b.wait_text(
        &format!("#{picker}-chosen li[data-id='{sid}']"),
        "Aziza Karimova",
    )
    .await;
    focus_on(&b, &picker, "picking in the people picker").await;
    press(&b, ESCAPE).await;
    b.wait_until("the picker's list to close", || async {
        b.attr(&format!("#{picker}"), "aria-expanded").await == "false"
    })
    .await;
    focus_on(&b, &picker, "closing the picker's list").await;
    b.wait_text(
        &format!(".business-goal-row[data-id='{bid}'] .record-badges"),
        "Stakeholders: 1",
    )
    .await;

    // Step 3: two goals; the first linked to the business goal, the second ranked above it.
    go_to_step(&b, "goals").await;
    tab_to(&b, "igoal-new-name").await;
    type_text(&b, "One client card for all branches").await;
    press(&b, ENTER).await;
    b.wait_for(".goal-item").await;
    let g1 = b.attr(".goal-item", "data-goal").await;
    // Its first empty field is the business goal it serves.
    focus_on(&b, &format!("igoal-{g1}-business-goal"), "adding a goal").await;
    let unlinked =
        format!(".finding[data-rule='goals.businessGoal'] a[href$='igoal-{g1}-business-goal']");
    b.wait_for(&unlinked).await;
    press(&b, DOWN).await;
    b.wait_until("the goal to show its business goal", || async {
        shown_value(&b, &format!("igoal-{g1}-business-goal")).await
            == (bid.clone(), "Keep more clients".to_owned())
    })
    .await;
    b.wait_gone(&unlinked).await;

    tab_to(&b, "igoal-new-name").await;
    type_text(&b, "Train the call centre").await;
    press(&b, ENTER).await;
    b.wait_for(&format!(".goal-item:not([data-goal='{g1}'])"))
        .await;
    let g2 = b
        .attrs(".goal-item", "data-goal")
        .await
        .into_iter()
        .find(|g| *g != g1)
        .expect("the second goal");
    focus_inside(&b, &format!("#igoal-{g2}-editor"), "adding the second goal").await;
    let names = ["One client card for all branches", "Train the call centre"];
    assert_eq!(b.texts("#goal-list .goal-name").await, names);
    tab_to(&b, &format!("igoal-{g2}-up")).await;
    press(&b, ENTER).await;
    b.wait_until("the second goal to rank first", || async {
        b.texts("#goal-list .goal-name").await == [names[1], names[0]]
    })
    .await;
    // At the top its Move up is disabled: the focus stays on the goal's row.
    focus_on(&b, &format!("igoal-{g2}-row"), "moving a goal to the top").await;
    assert_eq!(
        b.attr(&format!("#igoal-{g2}-row"), "aria-label").await,
        format!("1. {}", names[1])
    );

    // Step 4: a plan with a responsible person, two tasks, the second depending on the first.
    go_to_step(&b, "plans").await;
    tab_to(&b, "plan-new-name").await;
    type_text(&b, "Pilot in two branches").await;
    press(&b, ENTER).await;
    b.wait_for(".plan-card").await;
    let pid = b.attr(".plan-card", "data-plan").await;
    let responsible = format!("plan-{pid}-responsible");
    // Its first empty field is the person who answers for it.
    focus_on(&b, &responsible, "adding a plan").await;
    type_text(&b, "aziza").await;
    press(&b, DOWN).await;
    press(&b, ENTER).await;
    b.wait_text(
        &format!("#{responsible}-chosen li[data-id='{sid}']"),
        "Aziza Karimova",
    )
    .await;
    focus_on(&b, &responsible, "picking the responsible person").await;
    assert_eq!(
        b.attr(&format!("#{responsible}"), "aria-expanded").await,
        "false"
    );
    b.wait_text(
        &format!(".plan-card[data-plan='{pid}'] .triple-responsible"),
        "Aziza Karimova",
    )
    .await;

    let titles = [
        "Install the CRM",
        "Train the tellers",
        "Open the pilot branches",
    ];
    let mut tasks = Vec::new();
    for title in titles {
        tab_to(&b, "task-new-title").await;
        type_text(&b, title).await;
        press(&b, ENTER).await;
        b.wait_until(&format!("the task {title:?} to be listed"), || async {
            b.attrs(".task-item", "data-task").await.len() > tasks.len()
        })
        .await;
        let id = b
            .attrs(".task-item", "data-task")
            .await
            .into_iter()
            .find(|t| !tasks.contains(t))
            .expect("the new task");
        // Its editor opens, on its first empty field (the owner).
        focus_on(
            &b,
            &format!("task-{id}-owner"),
            &format!("adding {title:?}"),
        )
        .await;
        tasks.push(id);
    }
    assert_eq!(b.texts("#task-list .task-title").await, titles);
    // The third depends on the second. An arrow on the closed select would add the first
    // candidate at once; Space opens its list, where the arrows only move and Enter picks.
    let t3 = &tasks[2];
    let depends = format!("task-{t3}-depends");
    tab_to(&b, &depends).await;
    press(&b, SPACE).await;
    press_times(&b, DOWN, 2).await;
    press(&b, ENTER).await;
    b.wait_until("the task to show its dependency", || async {
        b.texts(&format!("#task-{t3}-dependency-list li.dependency span"))
            .await
            == [titles[1]]
    })
    .await;
    focus_on(&b, &depends, "picking in the dependency's list").await;
    assert_eq!(
        shown_value(&b, &depends).await.0,
        "",
        "the select is ready for another"
    );
    tab_to(&b, &format!("task-{t3}-close")).await;
    press(&b, ENTER).await;
    b.wait_gone(&format!("#task-{t3}-editor")).await;
    focus_on(&b, &format!("task-{t3}-open"), "closing the task's editor").await;

    // Export: the file holds everything done above.
    tab_to(&b, "export-button").await;
    press(&b, ENTER).await;
    let first = exported(&b).await;
    focus_on(&b, "export-button", "exporting").await;
    let plan = &first["plan"];
    let person = &plan["stakeholders"][0];
    assert_eq!(person["name"], "Aziza Karimova");
    assert_eq!(person["position"], "Head of retail");
    assert_eq!(person["category"], "management");
    assert_eq!(person["sponsor"], true);
    assert_eq!(
        plan["strategy"]["goals"][0]["stakeholders"][0],
        sid.as_str()
    );
    let goals: Vec<&Value> = plan["implementationGoals"]
        .as_array()
        .expect("goals")
        .iter()
        .collect();
    assert_eq!(
        goals.iter().map(|g| g["name"].clone()).collect::<Vec<_>>(),
        [names[1], names[0]]
    );
    assert_eq!(goals[1]["businessGoal"], bid.as_str());
    assert_eq!(plan["plans"][0]["responsible"], sid.as_str());
    let saved = &plan["plans"][0]["tasks"];
    assert_eq!(saved[2]["dependsOn"], serde_json::json!([tasks[1]]));
    assert_eq!(saved[0]["dependsOn"], serde_json::json!([]));

    // Import that file: the preview takes the focus, Tab reaches its confirmation, Enter imports
    // it as a new project, and the focus goes back to the import control.
    let dir = TempDir::new("crm-e2e-keyboard-flow");
    let file = dir.0.join("pilot.crmplan.json");
    std::fs::write(&file, serde_json::to_string_pretty(&first).expect("JSON")).expect("write");
    let before = b
        .js("return localStorage.getItem('crm-planner:current')")
        .await;
    tab_to(&b, "import-input").await;
    b.client
        .active_element()
        .await
        .expect("the file input in focus")
        .send_keys(&file.canonicalize().expect("a path").display().to_string())
        .await
        .expect("choose the file");
    b.wait_for(".import-preview").await;
    focus_on(&b, "import-cancel", "the import preview opened").await;
    let preview = b.texts("#preview-table tbody tr").await;
    assert!(
        preview
            .iter()
            .any(|r| r.split_whitespace().eq(["Stakeholders", "1", "1"])),
        "{preview:?}"
    );
    press(&b, TAB).await;
    focus_on(&b, "import-confirm", "Tab in the preview").await;
    press(&b, ENTER).await;
    b.wait_gone(".import-preview").await;
    focus_on(&b, "import-input", "the import preview closed").await;
    b.wait_text("#notice-text", "as a new project").await;
    b.wait_until("another project to be open", || async {
        b.js("return localStorage.getItem('crm-planner:current')")
            .await
            != before
    })
    .await;
    b.wait_text(
        &format!(".plan-card[data-plan='{pid}'] .triple-responsible"),
        "Aziza Karimova",
    )
    .await;

    // Export the imported project: the same file, but for the moment it was written.
    tab_to(&b, "export-button").await;
    press(&b, ENTER).await;
    let mut second = exported(&b).await;
    focus_on(&b, "export-button", "exporting again").await;
    let mut first = first;
    for file in [&mut first, &mut second] {
        file.as_object_mut().map(|o| o.remove("exportedAt"));
    }
    assert_eq!(
        first, second,
        "the imported project exports as it was exported"
    );
    b.finish().await;
}
