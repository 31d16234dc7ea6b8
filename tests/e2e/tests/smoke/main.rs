//! The smoke subset: what every engine must do, run in the engine `CRM_ENGINE` names
//! (`chromium`, `firefox` or `webkit`; scripts/test.sh runs it once per engine). The full suite
//! (`tests/suite`) runs in Chromium only, to keep CI within its time.
//!
//! Each later screen adds its own smoke test here.

use std::path::{Path, PathBuf};

use crm_e2e::pages::{DataPage, ProfilePage, Shell};
use crm_e2e::{Browser, Engine, Options, TempDir};
use serde_json::Value;

fn example_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/tashkent-bank.crmplan.json")
        .canonicalize()
        .expect("the example file")
}

/// The worked example's plan, as the file holds it.
fn example_plan() -> Value {
    let text = std::fs::read_to_string(example_file()).expect("the example file");
    let file: Value = serde_json::from_str(&text).expect("the example is JSON");
    file["plan"].clone()
}

/// Imports the English worked example through the preview, as a new plan.
async fn import_example(b: &Browser) {
    b.open("#/").await;
    let data = DataPage(b);
    data.preview(&example_file()).await;
    let name = example_plan()["profile"]["name"]
        .as_str()
        .expect("the example's name")
        .to_owned();
    let title = b.text("#preview-title").await;
    assert!(title.contains(&name), "preview title: {title:?}");
    // The preview counts what the file holds: 17 stakeholders among them.
    let rows = data.preview_rows().await.join("\n");
    let stakeholders = example_plan()["stakeholders"]
        .as_array()
        .map_or(0, Vec::len);
    assert!(
        rows.contains(&stakeholders.to_string()),
        "preview rows {rows:?} lack the {stakeholders} stakeholders"
    );
    b.click("#import-confirm").await;
    b.wait_gone("#import-confirm").await;
    b.wait_until(&format!("the example {name:?} is open"), || async {
        Shell(b).plan_name().await == name
    })
    .await;
}

async fn first_visit_in(lang: &'static str, titles: [&str; 2]) {
    let b = Browser::with(Options {
        lang,
        ..Options::default()
    })
    .await;
    b.open("").await;
    let nav = Shell(&b).nav_titles().await;
    for title in titles {
        assert!(
            nav.iter().any(|t| t == title),
            "{}: navigator {nav:?} lacks {title:?}",
            b.engine.name()
        );
    }
    let html_lang = b.js("return document.documentElement.lang").await;
    assert_eq!(html_lang, lang.split('-').next().unwrap_or(lang));
    b.finish().await;
}

#[tokio::test]
async fn a_first_visit_in_uzbek_is_in_uzbek() {
    first_visit_in(
        "uz-UZ",
        [
            "Asosiy manfaatdor tomonlarni jalb etish",
            "Joriy etish rejasini ishlab chiqish",
        ],
    )
    .await;
}

#[tokio::test]
async fn a_first_visit_in_russian_is_in_russian() {
    first_visit_in(
        "ru-RU",
        [
            "Вовлечение ключевых заинтересованных сторон",
            "Определение CRM-стратегии",
        ],
    )
    .await;
}

#[tokio::test]
async fn a_first_visit_in_english_is_in_english() {
    first_visit_in(
        "en-GB",
        [
            "Engage the key stakeholders",
            "Develop the implementation plan",
        ],
    )
    .await;
}

/// The number of elements matching `css` that the browser draws with a size.
async fn drawn(b: &Browser, css: &str) -> usize {
    let mut count = 0;
    for el in b
        .client
        .find_all(fantoccini::Locator::Css(css))
        .await
        .unwrap_or_default()
    {
        if let Ok((_, _, w, h)) = el.rectangle().await {
            if w > 0.0 && h > 0.0 {
                count += 1;
            }
        }
    }
    count
}

#[tokio::test]
async fn the_example_imports_through_the_preview_and_every_step_draws_its_charts() {
    let b = Browser::start().await;
    import_example(&b).await;
    let plan = example_plan();
    let len = |key: &str| plan[key].as_array().map_or(0, Vec::len);
    for (hash, title, chart, expected) in [
        ("#/profile", "Project profile", None, 0),
        (
            "#/stakeholders",
            "Engage the key stakeholders",
            Some("#stakeholder-grid .grid-point"),
            len("stakeholders"),
        ),
        (
            "#/strategy",
            "Define the CRM strategy",
            Some("#alignment-matrix tbody tr"),
            1,
        ),
        (
            "#/goals",
            "Define the implementation goals and set priorities",
            Some("#value-effort-matrix .dot"),
            len("implementationGoals"),
        ),
        (
            "#/plans",
            "Develop the implementation plan",
            Some("#timeline .plan-bar"),
            len("plans"),
        ),
        ("#/", "Overview", None, 0),
    ] {
        b.open(hash).await;
        b.wait_text("#step-title", title).await;
        if let Some(chart) = chart {
            b.wait_until(&format!("{chart}: {expected} drawn"), || async {
                drawn(&b, chart).await >= expected
            })
            .await;
        }
    }
    b.finish().await;
}

#[tokio::test]
async fn an_edit_survives_a_reload() {
    let b = Browser::start().await;
    let page = ProfilePage(&b);
    page.open().await;
    page.set_name("Smoke plan").await;
    page.set_organisation("Chorsu Bozori").await;
    Shell(&b).wait_saved().await;
    b.reload().await;
    assert_eq!(b.value("#profile-name").await, "Smoke plan");
    assert_eq!(b.value("#profile-organisation").await, "Chorsu Bozori");
    assert_eq!(Shell(&b).plan_name().await, "Smoke plan");
    b.finish().await;
}

async fn export_of_the_example(engine: Engine) -> Value {
    let b = Browser::with(Options {
        engine,
        ..Options::default()
    })
    .await;
    import_example(&b).await;
    Shell(&b).wait_saved().await;
    let file = Shell(&b).export_timeless().await;
    b.finish().await;
    file
}

#[tokio::test]
async fn the_export_is_the_same_file_as_chromiums_apart_from_the_time() {
    let here = export_of_the_example(Engine::from_env()).await;
    let chromium = export_of_the_example(Engine::Chromium).await;
    assert_eq!(
        here["plan"]["profile"]["name"],
        example_plan()["profile"]["name"]
    );
    assert!(
        here == chromium,
        "the {} export differs from Chromium's",
        Engine::from_env().name()
    );
}

#[tokio::test]
async fn undo_and_redo_by_button_and_keyboard() {
    let b = Browser::start().await;
    let page = ProfilePage(&b);
    page.open().await;
    page.set_name("Name").await;
    page.set_organisation("Org").await;
    Shell(&b).wait_saved().await;
    let data = DataPage(&b);
    data.undo().await;
    b.wait_until("the organisation is undone", || async {
        b.value("#profile-organisation").await.is_empty()
    })
    .await;
    data.redo().await;
    b.wait_until("the organisation is back", || async {
        b.value("#profile-organisation").await == "Org"
    })
    .await;
    // Ctrl+Z outside a text field undoes the whole edit.
    b.click("#step-title").await;
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let ctrl_z = KeyActions::new("kb".into())
        .then(KeyAction::Down { value: '\u{E009}' })
        .then(KeyAction::Down { value: 'z' })
        .then(KeyAction::Up { value: 'z' })
        .then(KeyAction::Up { value: '\u{E009}' });
    b.client.perform_actions(ctrl_z).await.expect("ctrl+z");
    b.wait_until("ctrl+z undid the organisation", || async {
        b.value("#profile-organisation").await.is_empty()
    })
    .await;
    Shell(&b).wait_saved().await;
    b.reload().await;
    assert_eq!(b.value("#profile-organisation").await, "");
    assert_eq!(b.value("#profile-name").await, "Name");
    b.finish().await;
}

#[tokio::test]
async fn a_bad_file_is_refused_with_its_place_and_the_plan_stays() {
    let b = Browser::start().await;
    let page = ProfilePage(&b);
    page.open().await;
    page.set_name("Kept").await;
    Shell(&b).wait_saved().await;
    // The example with one stakeholder's power out of range.
    let text = std::fs::read_to_string(example_file()).expect("the example");
    let mut file: Value = serde_json::from_str(&text).expect("JSON");
    file["plan"]["stakeholders"][2]["power"] = Value::from(6);
    let dir = TempDir::new("crm-smoke");
    let path = dir.0.join("broken.crmplan.json");
    std::fs::write(&path, file.to_string()).expect("write the file");
    Shell(&b).import(&path).await;
    let notice = Shell(&b).notice().await;
    assert!(notice.contains("stakeholders[2].power"), "{notice}");
    assert!(notice.contains("Your project is unchanged"), "{notice}");
    assert_eq!(b.value("#profile-name").await, "Kept");
    b.reload().await;
    assert_eq!(b.value("#profile-name").await, "Kept");
    b.finish().await;
}

#[tokio::test]
async fn a_page_load_fetches_the_wasm_and_one_language_once() {
    let b = Browser::with(Options {
        own_server: true,
        ..Options::default()
    })
    .await;
    let wasm = |b: &Browser| {
        b.requests()
            .iter()
            .filter(|path| path.ends_with(".wasm"))
            .count()
    };
    let texts = |b: &Browser| -> Vec<String> {
        b.requests()
            .iter()
            .filter(|path| path.contains("/i18n/"))
            .map(|path| {
                let file = path.rsplit('/').next().unwrap_or_default();
                file.split('?').next().unwrap_or_default().to_owned()
            })
            .collect()
    };
    b.open("#/").await;
    assert_eq!(wasm(&b), 1, "requests: {:?}", b.requests());
    // One language's texts, the interface's, fetched with the WASM.
    assert_eq!(texts(&b).first().map(String::as_str), Some("en.json"));
    // Every engine installs the service worker, which keeps a copy of everything.
    b.wait_offline_ready().await;
    if b.engine != Engine::Chromium {
        // Firefox under WebDriver reloads past the worker, and WebKit's worker downloads its
        // own copy of the WASM (it does not share the page's HTTP cache): the counts below
        // hold in Chromium only.
        b.finish().await;
        return;
    }
    // The WASM and the interface's texts came from the browser's HTTP cache, not a second
    // download; only the other languages' texts are new.
    assert_eq!(wasm(&b), 1, "requests: {:?}", b.requests());
    let mut fetched = texts(&b);
    fetched.sort();
    assert_eq!(
        fetched,
        ["en.json", "ru.json", "uz.json"],
        "{:?}",
        b.requests()
    );
    // From then on the page and every language come from that copy.
    b.reload().await;
    Shell(&b).switch_language("ru").await;
    b.wait_text("#step-title", "Спланируйте внедрение CRM")
        .await;
    b.reload().await;
    b.wait_text("#step-title", "Спланируйте внедрение CRM")
        .await;
    assert_eq!(wasm(&b), 1, "requests: {:?}", b.requests());
    assert_eq!(texts(&b).len(), 3, "requests: {:?}", b.requests());
    b.finish().await;
}

#[tokio::test]
async fn the_registers_filters_and_sort_show_their_whole_options() {
    let b = Browser::start().await;
    import_example(&b).await;
    b.open("#/stakeholders").await;
    b.wait_for("#stakeholder-sort").await;
    // Each select of the register's tools against the width its longest option needs: the
    // option's text in the select's own font, its padding, and room for the arrow.
    let cut = b
        .js(r#"
const canvas = document.createElement('canvas').getContext('2d');
return [...document.querySelectorAll('.register-tools select')].flatMap((select) => {
  const style = getComputedStyle(select);
  canvas.font = style.font || `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const text = Math.max(...[...select.options].map((o) => canvas.measureText(o.text).width));
  const needed = text + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 16;
  return select.clientWidth + 0.5 < needed ? [`${select.id}: ${select.clientWidth} px < ${Math.ceil(needed)} px`] : [];
});"#)
        .await;
    assert_eq!(cut, serde_json::json!([]), "{}", b.engine.name());
    let count = b
        .js("return document.querySelectorAll('.register-tools select').length")
        .await;
    assert_eq!(count, 4, "the search's filters and sort");
    b.finish().await;
}

#[tokio::test]
async fn a_share_link_carries_the_plan_to_another_browser() {
    let sender = Browser::start().await;
    import_example(&sender).await;
    let link = crm_e2e::pages::OutputsPage(&sender).share_link().await;
    assert!(link.contains("#/import/"), "{link}");
    sender.finish().await;
    let receiver = Browser::start().await;
    receiver.client.goto(&link).await.expect("open the link");
    receiver.wait_for("#preview-title").await;
    receiver.click("#import-confirm").await;
    receiver.wait_gone("#import-confirm").await;
    let name = example_plan()["profile"]["name"]
        .as_str()
        .expect("a name")
        .to_owned();
    receiver
        .wait_until("the shared plan is open", || async {
            Shell(&receiver).plan_name().await == name
        })
        .await;
    receiver.finish().await;
}

#[tokio::test]
async fn the_spreadsheets_and_the_calendar_download() {
    let b = Browser::start().await;
    import_example(&b).await;
    crm_e2e::pages::OutputsPage(&b).open().await;
    for (button, suffix, start, end) in [
        (
            "#csv-stakeholders",
            ".stakeholders.csv",
            &b"\xEF\xBB\xBF"[..],
            &b"\r\n"[..],
        ),
        (
            "#ics-download",
            ".ics",
            &b"BEGIN:VCALENDAR\r\n"[..],
            &b"END:VCALENDAR\r\n"[..],
        ),
    ] {
        b.click(button).await;
        let path = b.wait_download(suffix).await;
        b.wait_until(&format!("{suffix} is written"), || {
            let bytes = std::fs::read(&path).unwrap_or_default();
            let whole = bytes.starts_with(start) && bytes.ends_with(end);
            async move { whole }
        })
        .await;
    }
    b.finish().await;
}

#[tokio::test]
async fn stakeholders_import_from_a_spreadsheet() {
    let b = Browser::start().await;
    let dir = TempDir::new("crm-smoke-intake");
    let path = dir.0.join("people.csv");
    std::fs::write(
        &path,
        "\u{FEFF}Name,Category,Power (1-5),Interest (1-5)\r\nAziza Karimova,Users,2,5\r\n\"Rustamov, Olim\",Management,5,3\r\n,Users,1,1\r\n",
    )
    .expect("write the file");
    b.open("#/stakeholders").await;
    b.wait_for("#intake-input")
        .await
        .send_keys(&path.display().to_string())
        .await
        .expect("choose the file");
    b.wait_text("#intake-add h3", "(2)").await;
    assert_eq!(b.texts("#intake-refused li").await.len(), 1);
    b.click("#intake-confirm").await;
    b.wait_gone("#intake-title").await;
    b.wait_text("#register-count", "2").await;
    let register = b.text(".register").await;
    assert!(
        register.contains("Rustamov, Olim") && register.contains("Aziza Karimova"),
        "{register}"
    );
    b.finish().await;
}

#[tokio::test]
async fn the_report_shows_the_whole_plan_with_its_charts() {
    let b = Browser::start().await;
    import_example(&b).await;
    let plan = example_plan();
    b.click("#open-report").await;
    b.wait_text("#step-title", "Report").await;
    b.wait_for("#report[data-ready]").await;
    assert_eq!(b.texts(".report-section").await.len(), 6);
    let text = b.text("#report").await;
    for s in plan["stakeholders"].as_array().into_iter().flatten() {
        let name = s["name"].as_str().unwrap_or_default();
        assert!(text.contains(name), "{name} is not in the report");
    }
    // Every stakeholder on the grid, every scored goal in the matrix, a bar per plan.
    let len = |key: &str| plan[key].as_array().map_or(0, Vec::len);
    for (css, expected) in [
        ("#report-stakeholders .grid-point", len("stakeholders")),
        ("#report-goals .matrix .dot", len("implementationGoals")),
        ("#report-plans .plan-bar", len("plans")),
    ] {
        assert_eq!(drawn(&b, css).await, expected, "{css}");
    }
    // The summary is shorter and keeps the cover.
    b.click("#report-detail-summary").await;
    b.wait_gone(".report-tasks").await;
    b.wait_for("#report-cover").await;
    b.finish().await;
}
