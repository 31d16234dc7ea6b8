//! The app shell: languages, navigation, addresses, storage that is not there.

use crm_e2e::pages::Shell;
use crm_e2e::{Browser, Options};

async fn first_visit_in(lang: &'static str, titles: [&str; 3]) {
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
            "navigator {nav:?} lacks {title:?}"
        );
    }
    b.finish().await;
}

#[tokio::test]
async fn a_first_visit_in_uzbek_shows_the_source_texts_step_titles() {
    first_visit_in(
        "uz-UZ",
        [
            "Asosiy manfaatdor tomonlarni jalb etish",
            "CRM-tizimlar strategiyasini aniqlash",
            "Joriy etish rejasini ishlab chiqish",
        ],
    )
    .await;
}

#[tokio::test]
async fn a_first_visit_in_russian_shows_russian_titles() {
    first_visit_in(
        "ru-RU",
        [
            "Вовлечение ключевых заинтересованных сторон",
            "Определение CRM-стратегии",
            "Обзор",
        ],
    )
    .await;
}

#[tokio::test]
async fn a_first_visit_in_english_shows_english_titles() {
    first_visit_in(
        "en-GB",
        [
            "Engage the key stakeholders",
            "Define the CRM strategy",
            "Develop the implementation plan",
        ],
    )
    .await;
}

#[tokio::test]
async fn the_language_switch_acts_at_once_and_is_remembered() {
    let b = Browser::start().await;
    b.open("#/stakeholders").await;
    let shell = Shell(&b);
    shell.switch_language("uz").await;
    b.wait_text("#step-title", "Asosiy manfaatdor tomonlarni jalb etish")
        .await;
    let lang = b.js("return document.documentElement.lang").await;
    assert_eq!(lang, "uz");
    b.reload().await;
    b.wait_text("#step-title", "Asosiy manfaatdor tomonlarni jalb etish")
        .await;
    shell.switch_language("ru").await;
    b.wait_text("#step-title", "Вовлечение ключевых заинтересованных сторон")
        .await;
    b.finish().await;
}

#[tokio::test]
async fn switching_language_keeps_the_step_the_open_record_and_the_scroll() {
    let b = Browser::start().await;
    crate::stakeholders::open_example(&b).await;
    b.open("#/stakeholders/stakeholder-s10-name").await;
    b.wait_for("#stakeholder-s10-editor").await;
    assert_eq!(
        b.js("return document.title").await,
        "CRM Implementation Planner"
    );
    // Mark the open editor's node and scroll the page: both must survive the switch.
    // Mark the open editor's node and scroll it to near the top of the window: the node, the
    // address and the editor's place on screen must survive the switch.
    let where_is = "const e = document.getElementById('stakeholder-s10-editor'); \
                    return [e.getBoundingClientRect().top, window.scrollY, location.hash]";
    b.js(
        "const e = document.getElementById('stakeholder-s10-editor'); e.dataset.probe = 'kept'; \
          window.scrollTo(0, window.scrollY + e.getBoundingClientRect().top - 120)",
    )
    .await;
    let before = b.js(where_is).await;
    assert!(
        before[1].as_f64().unwrap_or(0.0) > 200.0,
        "the page scrolled: {before}"
    );
    // Choose Russian from the keyboard, as a person who tabbed to the switch would: a
    // WebDriver click would first scroll the header into view itself.
    b.js(
        "const s = document.getElementById('lang-select'); s.value = 'ru'; \
          s.dispatchEvent(new Event('change', { bubbles: true }))",
    )
    .await;
    b.wait_text("#step-title", "Вовлечение ключевых заинтересованных сторон")
        .await;
    let after = b.js(where_is).await;
    assert_eq!(after[2], before[2], "the address stays");
    assert_eq!(after[1], before[1], "the scroll position stays");
    // Russian texts are longer, so what is above may grow; the open editor stays in view.
    let top = after[0].as_f64().unwrap_or(f64::MAX);
    assert!(
        (0.0..400.0).contains(&top),
        "the editor left the view: {after}"
    );
    assert_eq!(
        b.js("return document.getElementById('stakeholder-s10-editor').dataset.probe")
            .await,
        "kept",
        "the open record stays open, in the same place"
    );
    assert_eq!(
        b.js("return document.title").await,
        "Планировщик внедрения CRM"
    );
    let description = b
        .js("return document.querySelector('meta[name=description]').content")
        .await;
    assert!(
        description
            .as_str()
            .is_some_and(|d| d.contains("CRM") && !d.contains("Plan a CRM")),
        "{description}"
    );
    b.finish().await;
}

#[tokio::test]
async fn every_step_has_an_address_that_survives_a_reload() {
    let b = Browser::start().await;
    for (hash, title) in [
        ("#/profile", "Project profile"),
        ("#/stakeholders", "Engage the key stakeholders"),
        ("#/strategy", "Define the CRM strategy"),
        (
            "#/goals",
            "Define the implementation goals and set priorities",
        ),
        ("#/plans", "Develop the implementation plan"),
        ("#/report", "Report"),
        ("#/method", "About the method"),
        // The home of an empty project is the welcome.
        ("#/", "Plan your CRM roll-out, step by step"),
    ] {
        b.open(hash).await;
        b.wait_text("#step-title", title).await;
        b.reload().await;
        b.wait_text("#step-title", title).await;
    }
    b.finish().await;
}

#[tokio::test]
async fn the_navigator_leads_to_each_step_and_marks_the_current_one() {
    let b = Browser::start().await;
    b.open("").await;
    b.click("#nav-strategy").await;
    b.wait_text("#step-title", "Define the CRM strategy").await;
    let current = b
        .wait_for("#nav-strategy")
        .await
        .attr("aria-current")
        .await
        .ok()
        .flatten();
    assert_eq!(current.as_deref(), Some("page"));
    assert!(b
        .text(".step-purpose")
        .await
        .contains("key performance indicators"));
    assert!(
        !b.text(".empty-state").await.is_empty(),
        "the step says what to do first"
    );
    b.finish().await;
}

#[tokio::test]
async fn everything_works_by_keyboard_alone() {
    let b = Browser::start().await;
    b.open("").await;
    // Tab from the top: the first stop is the skip link, then the header's controls.
    b.press('\u{E004}').await;
    assert_eq!(b.focused().await, "skip-link");
    // Tab on through the header and the navigator to the profile link, then press Enter.
    let mut stops = Vec::new();
    for _ in 0..20 {
        b.press('\u{E004}').await;
        let now = b.focused().await;
        stops.push(now.clone());
        if now == "nav-profile" {
            break;
        }
    }
    assert_eq!(
        stops.last().map(String::as_str),
        Some("nav-profile"),
        "tab order: {stops:?}"
    );
    assert!(
        stops.contains(&"export-button".to_owned()),
        "tab order: {stops:?}"
    );
    assert!(
        stops.contains(&"lang-select".to_owned()),
        "tab order: {stops:?}"
    );
    b.press('\u{E007}').await;
    b.wait_text("#step-title", "Project profile").await;
    // Add a unit with the keyboard only: type, then Enter submits the form.
    b.type_into("#unit-new-name", "Call centre").await;
    b.keys("#unit-new-name", "\u{E007}").await;
    b.wait_for(".unit-row").await;
    let outline = b
        .js("const el = document.activeElement; return getComputedStyle(el).outlineStyle")
        .await;
    assert_ne!(outline, "none", "the focused field shows where focus is");
    b.finish().await;
}

#[tokio::test]
async fn a_storage_that_throws_leaves_the_app_running_and_says_so() {
    let b = Browser::start().await;
    b.before_each_page(
        "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });",
    )
    .await;
    b.open("#/profile").await;
    let banner = b.wait_text("#save-problem", "Not saving").await;
    assert!(banner.contains("Save to file"), "{banner}");
    // The app still works: typing updates the plan (and the header).
    b.type_into("#profile-name", "Offline plan").await;
    b.wait_text("#plan-name", "Offline plan").await;
    b.finish().await;
}

#[tokio::test]
async fn every_step_ends_with_a_link_to_the_next_and_the_last_to_the_report() {
    let b = Browser::start().await;
    b.open("#/profile").await;
    for (title, next) in [
        (
            "Project profile",
            "Next: Step 1. Engage the key stakeholders →",
        ),
        (
            "Engage the key stakeholders",
            "Next: Step 2. Define the CRM strategy →",
        ),
        (
            "Define the CRM strategy",
            "Next: Step 3. Define the implementation goals and set priorities →",
        ),
        (
            "Define the implementation goals and set priorities",
            "Next: Step 4. Develop the implementation plan →",
        ),
        ("Develop the implementation plan", "Next: Report →"),
    ] {
        b.wait_text("#step-title", title).await;
        assert_eq!(b.text("#step-next").await, next);
        b.click("#step-next").await;
    }
    b.wait_text("#step-title", "Report").await;
    b.wait_for("#report[data-ready]").await;
    // In the interface's language.
    Shell(&b).switch_language("ru").await;
    b.open("#/strategy").await;
    b.wait_text("#step-next", "Далее: Шаг 3.").await;
    b.finish().await;
}

#[tokio::test]
async fn the_worked_example_opens_from_the_projects_menu_beside_the_open_project() {
    let b = Browser::start().await;
    crate::stakeholders::open_example(&b).await;
    let data = crm_e2e::pages::DataPage(&b);
    data.new_plan().await;
    b.wait_text("#plan-name", "Untitled project").await;
    let profile = crm_e2e::pages::ProfilePage(&b);
    profile.open().await;
    profile.set_name("Mine").await;
    b.wait_text("#plan-name", "Mine").await;
    Shell(&b).wait_saved().await;
    // With work in the open plan, the example is still one click away, and the open plan has
    // no "Open" button: it is open.
    b.click("#plans-button").await;
    b.wait_for("#menu-open-example").await;
    let open_buttons = b
        .js("return [...document.querySelectorAll('#plans-menu li')].filter(li => li.querySelector('.badge') && li.querySelector('.open-plan')).length")
        .await;
    assert_eq!(
        open_buttons.as_i64(),
        Some(0),
        "the open plan offers to open itself"
    );
    b.click("#menu-open-example").await;
    b.wait_until("the example is open", || async {
        Shell(&b).plan_name().await == "CRM roll-out 2027"
    })
    .await;
    // The plan of before stays in the library.
    let names = data.plan_names().await;
    assert!(names.iter().any(|n| n == "Mine"), "{names:?}");
    // The library is "Projects", never "Plans", which step 4's implementation plans are.
    b.wait_text("#plans-button", "Projects").await;
    Shell(&b).switch_language("ru").await;
    b.wait_text("#plans-button", "Проекты").await;
    Shell(&b).switch_language("uz").await;
    b.wait_text("#plans-button", "Loyihalar").await;
    b.finish().await;
}
