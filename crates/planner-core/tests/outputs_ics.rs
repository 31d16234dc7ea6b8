//! The calendar export of the worked example, in each language, read back by an independent
//! parser: Python's `icalendar` (installed by `scripts/setup.sh --test`). Every event has what
//! calendar apps need, every date is a date, every text comes back as it was written, and a
//! second export at another time has the same UIDs, so a calendar app updates its events.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use planner_core::example;
use planner_core::file::format;
use planner_core::i18n::Lang;
use planner_core::outputs::ics;
use planner_core::Plan;
use serde_json::Value;

/// The key the app would pass: the plan's id in its library.
const KEY: &str = "p18f3a2c4d1e";

/// Reads each file with `icalendar` and checks its raw lines; prints, per file, the problems it
/// found and the events as read.
const CHECK: &str = r#"
import datetime, json, sys
try:
    import icalendar
except ImportError as e:
    sys.exit(f"Python's icalendar is missing ({e})")
result = {}
for path in sys.argv[1:]:
    raw = open(path, "rb").read()
    problems = []
    if not raw.endswith(b"\r\n"):
        problems.append("the last line does not end with CRLF")
    for n, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        if len(line) > 75:
            problems.append(f"line {n} has {len(line)} octets")
        if b"\r" in line or b"\n" in line:
            problems.append(f"line {n} has a bare CR or LF")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {n} is folded inside a UTF-8 character")
    cal = icalendar.Calendar.from_ical(raw)
    for component in cal.walk():
        for error in getattr(component, "errors", []):
            problems.append(f"{component.name}: {error}")
    for prop, wanted in [("VERSION", "2.0"), ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH")]:
        if str(cal.get(prop)) != wanted:
            problems.append(f"{prop} is {cal.get(prop)!r}")
    if not str(cal.get("PRODID", "")).startswith("-//CRM Implementation Planner//"):
        problems.append(f"PRODID is {cal.get('PRODID')!r}")
    events = []
    for ev in cal.walk("VEVENT"):
        missing = [p for p in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"] if p not in ev]
        if missing:
            problems.append(f"an event has no {missing}")
            continue
        start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
        stamp = ev.decoded("DTSTAMP")
        if type(start) is not datetime.date or type(end) is not datetime.date:
            problems.append(f"{ev['UID']}: DTSTART/DTEND {start!r}/{end!r} are not dates")
        elif end - start != datetime.timedelta(days=1):
            problems.append(f"{ev['UID']}: DTEND {end} is not the day after {start}")
        if not isinstance(stamp, datetime.datetime) or stamp.utcoffset() != datetime.timedelta(0):
            problems.append(f"{ev['UID']}: DTSTAMP {stamp!r} is not in UTC")
        events.append({
            "uid": str(ev["UID"]),
            "stamp": stamp.isoformat(),
            "start": start.isoformat(),
            "summary": str(ev["SUMMARY"]),
            "description": str(ev.get("DESCRIPTION", "")),
            "category": ",".join(ev["CATEGORIES"].cats) if "CATEGORIES" in ev else "",
        })
    result[path] = {"problems": problems, "name": str(cal.get("X-WR-CALNAME")), "events": events}
print(json.dumps(result, ensure_ascii=False))
"#;

/// What Python read from each file, by file.
fn read_back(files: &[PathBuf]) -> BTreeMap<String, Value> {
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(CHECK)
        .args(files)
        .output()
        .unwrap_or_else(|e| {
            panic!("python3 did not run ({e}): run scripts/setup.sh --test to install it")
        });
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the calendar check failed (is Python's icalendar installed? run scripts/setup.sh --test):\n{stderr}"
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "the check printed no JSON ({e}):\n{}{stderr}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

fn at(date: (i32, u32, u32), time: (u32, u32, u32)) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(date.0, date.1, date.2)
        .and_then(|d| d.and_hms_opt(time.0, time.1, time.2))
        .unwrap_or_else(|| panic!("no such time: {date:?} {time:?}"))
}

/// The number of events the plan implies: its go-live date, each plan's deadline and each
/// task's due date that is set.
fn implied_events(plan: &Plan) -> usize {
    usize::from(plan.profile.go_live.is_some())
        + plan.plans.iter().filter(|p| p.deadline.is_some()).count()
        + plan
            .plans
            .iter()
            .flat_map(|p| &p.tasks)
            .filter(|t| t.due.is_some())
            .count()
}

fn path_of(dir: &Path, lang: Lang, export: u8) -> PathBuf {
    dir.join(format!("tashkent-bank.{}.{export}.ics", lang.code()))
}

#[test]
fn the_worked_examples_calendar_reads_back_in_every_language() {
    let dir = std::env::temp_dir().join(format!("crm-ics-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let times = [
        at((2026, 11, 27), (10, 0, 0)),
        at((2027, 2, 3), (23, 59, 59)),
    ];
    let mut files = Vec::new();
    for lang in Lang::ALL {
        let plan = format::import(example::json(lang)).expect("the example imports");
        for (export, now) in times.iter().enumerate() {
            let path = path_of(&dir, lang, export as u8);
            std::fs::write(&path, ics::calendar(&plan, KEY, lang, *now)).expect("write");
            files.push(path);
        }
    }
    let read = read_back(&files);
    std::fs::remove_dir_all(&dir).ok();

    let file = |lang: Lang, export: u8| -> &Value {
        let path = path_of(&dir, lang, export);
        read.get(path.to_str().expect("a UTF-8 path"))
            .unwrap_or_else(|| panic!("{} was not read", path.display()))
    };
    let uids = |v: &Value| -> Vec<String> {
        v["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|e| e["uid"].as_str().expect("uid").to_owned())
            .collect()
    };
    let mut uid_sets = Vec::new();
    for lang in Lang::ALL {
        let plan = format::import(example::json(lang)).expect("the example imports");
        let written = ics::events(&plan, lang);
        assert_eq!(written.len(), implied_events(&plan), "{lang:?}");
        assert_eq!(
            written.len(),
            25,
            "{lang:?}: 1 go-live, 4 deadlines, 20 tasks"
        );
        for export in [0, 1] {
            let cal = file(lang, export);
            let problems = cal["problems"].as_array().expect("problems");
            assert!(problems.is_empty(), "{lang:?} #{export}: {problems:#?}");
            assert_eq!(cal["name"], plan.display_name(), "{lang:?}");
            let events = cal["events"].as_array().expect("events");
            assert_eq!(events.len(), implied_events(&plan), "{lang:?} #{export}");
            // Every text comes back exactly as written: escaping and folding undone.
            for (event, read) in written.iter().zip(events) {
                assert_eq!(read["summary"], event.summary.as_str(), "{lang:?}");
                assert_eq!(read["description"], event.description.as_str(), "{lang:?}");
                assert_eq!(read["category"], event.category, "{lang:?}");
                assert_eq!(read["start"], event.day.to_string(), "{lang:?}");
                assert_eq!(read["uid"], event.uid(KEY).as_str(), "{lang:?}");
            }
            let ids = uids(cal);
            let unique: BTreeSet<&String> = ids.iter().collect();
            assert_eq!(unique.len(), ids.len(), "{lang:?}: a UID repeats: {ids:?}");
        }
        // Another time of export: other stamps, the very same UIDs.
        let (first, second) = (file(lang, 0), file(lang, 1));
        assert_eq!(first["events"][0]["stamp"], "2026-11-27T10:00:00+00:00");
        assert_eq!(second["events"][0]["stamp"], "2027-02-03T23:59:59+00:00");
        assert_eq!(uids(first), uids(second), "{lang:?}");
        uid_sets.push(uids(first).into_iter().collect::<BTreeSet<_>>());
    }
    // The three files hold the same records, so the same UIDs in every language.
    assert!(uid_sets.windows(2).all(|w| w[0] == w[1]), "{uid_sets:#?}");
    // Russian and Uzbek texts are long and multi-byte: the files did need folding.
    let ru = file(Lang::Ru, 0);
    assert!(
        ru["events"]
            .as_array()
            .expect("events")
            .iter()
            .any(|e| e["description"].as_str().expect("text").len() > 75),
        "no long text to fold"
    );
}
