//! The plan leaves the app: the share link (and, on the same card, spreadsheets, the calendar
//! and the Markdown summary).

use crm_e2e::pages::{OutputsPage, ProfilePage, Shell};
use crm_e2e::Browser;
use serde_json::Value;

#[tokio::test]
async fn a_share_link_opened_in_a_fresh_browser_imports_the_plan_as_a_new_one() {
    let sender = Browser::start().await;
    crate::stakeholders::open_example(&sender).await;
    Shell(&sender).wait_saved().await;
    let original = Shell(&sender).export_timeless().await;
    let link = OutputsPage(&sender).share_link().await;
    assert!(link.starts_with(&sender.base_url), "{link}");
    assert!(link.contains("#/import/"), "{link}");
    // The example is longer than messengers take: the app says so and offers the file.
    let said = OutputsPage(&sender).share_said().await;
    assert!(
        said.contains("4,000") && said.contains("plan file"),
        "{said}"
    );
    sender.finish().await;

    let receiver = Browser::start().await;
    receiver.client.goto(&link).await.expect("open the link");
    receiver.wait_for("#preview-title").await;
    assert!(
        receiver
            .text("#preview-title")
            .await
            .contains("CRM roll-out 2027"),
        "{}",
        receiver.text("#preview-title").await
    );
    // The default is a new plan; the address no longer carries the plan.
    assert_eq!(
        receiver
            .wait_for("#import-as-new")
            .await
            .prop("checked")
            .await
            .ok()
            .flatten()
            .as_deref(),
        Some("true")
    );
    let hash = receiver.js("return location.hash").await;
    assert_eq!(hash, "#/");
    receiver.click("#import-confirm").await;
    receiver.wait_gone("#import-confirm").await;
    Shell(&receiver).wait_saved().await;
    let received = Shell(&receiver).export_timeless().await;
    assert!(
        received == original,
        "the plan changed on its way through the link"
    );
    // A reload does not ask again.
    receiver.reload().await;
    assert!(receiver.text("#preview-title").await.is_empty());
    receiver.finish().await;
}

#[tokio::test]
async fn a_cut_off_share_link_is_refused_and_nothing_changes() {
    let sender = Browser::start().await;
    crate::stakeholders::open_example(&sender).await;
    let link = OutputsPage(&sender).share_link().await;
    sender.finish().await;

    let receiver = Browser::start().await;
    ProfilePage(&receiver).open().await;
    ProfilePage(&receiver).set_name("Mine").await;
    Shell(&receiver).wait_saved().await;
    for broken in [
        link[..link.len() - 37].to_owned(),
        format!("{}%21%21", &link[..link.len() - 40]),
    ] {
        receiver.client.goto(&broken).await.expect("open the link");
        let notice = Shell(&receiver).notice().await;
        assert!(
            notice.contains("Could not open the shared link")
                && notice.contains("Your project is unchanged"),
            "{notice}"
        );
        assert!(receiver.text("#preview-title").await.is_empty());
        assert_eq!(Shell(&receiver).plan_name().await, "Mine");
    }
    receiver.finish().await;
}

/// The worked example with a stakeholder whose name is a spreadsheet formula, as a file.
fn hostile_example(dir: &crm_e2e::TempDir) -> std::path::PathBuf {
    let text = include_str!("../../../../examples/tashkent-bank.ru.crmplan.json");
    let mut file: Value = serde_json::from_str(text).expect("the example");
    file["plan"]["stakeholders"][0]["name"] = Value::from("=HYPERLINK(\"http://evil\",\"x\")");
    let path = dir.0.join("hostile.crmplan.json");
    std::fs::write(&path, file.to_string()).expect("write the file");
    path
}

/// Reads a CSV with Python's `csv` module; returns its rows.
fn python_csv(path: &std::path::Path, delimiter: char) -> Vec<Vec<String>> {
    let script = format!(
        "import csv, json, sys\nwith open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n    print(json.dumps(list(csv.reader(f, delimiter='{delimiter}'))))"
    );
    let out = std::process::Command::new("python3")
        .args(["-c", &script])
        .arg(path)
        .output()
        .expect("python3 runs (scripts/setup.sh --test installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("rows as JSON")
}

#[tokio::test]
async fn each_spreadsheet_reads_back_in_python_with_a_formula_neutralised() {
    let b = crm_e2e::Browser::with(crm_e2e::Options {
        lang: "ru-RU",
        ..crm_e2e::Options::default()
    })
    .await;
    let dir = crm_e2e::TempDir::new("crm-e2e-csv");
    b.open("#/").await;
    Shell(&b).import_as_new(&hostile_example(&dir)).await;
    OutputsPage(&b).open().await;
    for (button, suffix, expected_header) in [
        ("#csv-stakeholders", ".stakeholders.csv", "Имя или название"),
        ("#csv-kpis", ".kpis.csv", ""),
        ("#csv-goals", ".goals.csv", ""),
        ("#csv-tasks", ".tasks.csv", "Задача"),
    ] {
        b.click(button).await;
        let path = b.wait_download(suffix).await;
        // Wait until the download is whole: Chrome renames it when complete.
        let mut bytes = Vec::new();
        b.wait_until("the spreadsheet is written", || {
            bytes = std::fs::read(&path).unwrap_or_default();
            let done = bytes.ends_with(b"\r\n");
            async move { done }
        })
        .await;
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "{suffix}: no BOM");
        let rows = python_csv(&path, ';');
        assert!(rows.len() > 1, "{suffix}: {rows:?}");
        let width = rows[0].len();
        assert!(
            width > 3,
            "{suffix}: one column only, wrong separator? {:?}",
            rows[0]
        );
        assert!(
            rows.iter().all(|r| r.len() == width),
            "{suffix}: ragged rows"
        );
        if !expected_header.is_empty() {
            assert!(
                rows[0].iter().any(|h| h == expected_header),
                "{:?}",
                rows[0]
            );
        }
        if suffix == ".stakeholders.csv" {
            assert_eq!(rows[1][0], "'=HYPERLINK(\"http://evil\",\"x\")");
            assert_eq!(rows.len(), 18, "17 stakeholders and the header");
        }
        let _ = std::fs::remove_file(&path);
    }
    b.finish().await;
}

#[tokio::test]
async fn the_calendar_validates_and_a_second_export_keeps_every_uid() {
    let b = crm_e2e::Browser::start().await;
    crate::stakeholders::open_example(&b).await;
    OutputsPage(&b).open().await;
    let mut uids = Vec::new();
    for _ in 0..2 {
        b.click("#ics-download").await;
        let path = b.wait_download(".ics").await;
        let mut text = String::new();
        b.wait_until("the calendar is written", || {
            text = std::fs::read_to_string(&path).unwrap_or_default();
            let done = text.ends_with("END:VCALENDAR\r\n");
            async move { done }
        })
        .await;
        let script = "import sys, json, icalendar\ncal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\nevents = cal.walk('VEVENT')\nassert all(not hasattr(e['DTSTART'].dt, 'hour') for e in events)\nprint(json.dumps(sorted(str(e['UID']) for e in events)))";
        let out = std::process::Command::new("python3")
            .args(["-c", script])
            .arg(&path)
            .output()
            .expect("python3 runs (scripts/setup.sh --test installs icalendar)");
        assert!(
            out.status.success(),
            "the calendar does not validate: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let found: Vec<String> = serde_json::from_slice(&out.stdout).expect("UIDs");
        assert_eq!(found.len(), 25, "go-live, 4 deadlines, 20 tasks: {found:?}");
        uids.push(found);
        let _ = std::fs::remove_file(&path);
    }
    assert_eq!(uids[0], uids[1]);
    b.finish().await;
}

#[tokio::test]
async fn the_summary_downloads_as_markdown_in_the_interface_language() {
    let b = crm_e2e::Browser::with(crm_e2e::Options {
        lang: "uz-UZ",
        ..crm_e2e::Options::default()
    })
    .await;
    crate::stakeholders::open_example(&b).await;
    OutputsPage(&b).open().await;
    b.click("#summary-download").await;
    let path = b.wait_download(".summary.md").await;
    let mut text = String::new();
    b.wait_until("the summary is written", || {
        text = std::fs::read_to_string(&path).unwrap_or_default();
        let done = !text.is_empty();
        async move { done }
    })
    .await;
    assert!(
        text.starts_with("# CRM-tizimni joriy etish — 2027"),
        "{text}"
    );
    assert!(text.contains("Akmal Rashidov"), "{text}");
    b.finish().await;
}
