//! The keyboard alone: a modal dialog takes the focus, keeps Tab and Shift+Tab inside, closes on
//! Escape and gives the focus back to what opened it.

use crm_e2e::{Browser, TempDir};

const TAB: &str = "\u{E004}";
const SHIFT_TAB: &str = "\u{E008}\u{E004}";
const ESCAPE: &str = "\u{E00C}";

/// Presses `keys` wherever the focus is, as a keyboard does: each key down in turn, then up in
/// reverse (so Shift is held over Tab).
async fn press(b: &Browser, keys: &str) {
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

/// Presses Tab until the element with the id `id` has the focus.
async fn tab_to(b: &Browser, id: &str) {
    for _ in 0..300 {
        if b.focused().await == id {
            return;
        }
        press(b, TAB).await;
    }
    panic!("Tab never reached #{id}");
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
