//! Screenshots of every page at 1280 px and 375 px wide, for looking at the app as a user would.
//!
//! `cargo run -p crm-e2e --bin screenshots [-- <plan.json>|- [en,uz,ru]]` after a release build
//! (`CRM_PAGES`, `CRM_WIDTHS` and `CRM_TABLES` choose pages, widths and the tables' layout);
//! writes PNGs to `screenshots/` (`<page>-<width>.png` in English, `<page>-<width>-<lang>.png`
//! in the others). With a plan file, it is imported first so the pages show real content.

use crm_e2e::pages::Shell;
use crm_e2e::{Browser, Options};

const PAGES: [(&str, &str); 8] = [
    ("overview", "#/"),
    ("profile", "#/profile"),
    ("stakeholders", "#/stakeholders"),
    ("strategy", "#/strategy"),
    ("goals", "#/goals"),
    ("plans", "#/plans"),
    ("report", "#/report"),
    ("method", "#/method"),
];

#[tokio::main]
async fn main() {
    // `-` for no plan: the pages of an empty project (the welcome).
    let plan = std::env::args()
        .nth(1)
        .filter(|p| p != "-")
        .map(std::path::PathBuf::from);
    let langs: Vec<String> = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "en".into())
        .split(',')
        .map(str::to_owned)
        .collect();
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../screenshots");
    std::fs::create_dir_all(&out).expect("screenshots dir");
    // `CRM_WIDTHS=1280,390` for other widths; `CRM_TABLES=1` shows the register and the tasks
    // as tables.
    let widths: Vec<u32> = std::env::var("CRM_WIDTHS")
        .unwrap_or_else(|_| "1280,375".into())
        .split(',')
        .filter_map(|w| w.trim().parse().ok())
        .collect();
    for width in widths {
        let b = Browser::with(Options {
            width,
            height: if width > 400 { 900 } else { 800 },
            ..Options::default()
        })
        .await;
        b.open("#/").await;
        if let Some(plan) = &plan {
            let plan = plan.canonicalize().expect("plan file");
            Shell(&b).import_as_new(&plan).await;
            Shell(&b).notice().await;
            b.click("#notice-dismiss").await;
        }
        if std::env::var("CRM_TABLES").is_ok() {
            b.js("for (const list of ['register', 'tasks']) sessionStorage.setItem('crm-planner:layout:' + list, 'table')")
                .await;
        }
        for lang in &langs {
            Shell(&b).switch_language(lang).await;
            let suffix = if lang == "en" {
                String::new()
            } else {
                format!("-{lang}")
            };
            for (name, hash) in PAGES.iter().filter(|(n, _)| {
                std::env::var("CRM_PAGES").map_or(true, |only| only.split(',').any(|o| o == *n))
            }) {
                b.open(hash).await;
                // Full-page height, so nothing below the fold is missed.
                let height = b
                    .js("return document.documentElement.scrollHeight")
                    .await
                    .as_u64()
                    .unwrap_or(900);
                let _ = b
                    .client
                    .set_window_size(width, height.min(6000) as u32 + 200)
                    .await;
                b.open(hash).await;
                let path = out.join(format!("{name}-{width}{suffix}.png"));
                b.screenshot(&path).await;
                println!("{}", path.display());
            }
        }
        b.finish().await;
    }
}
