//! The four spreadsheets of the worked example, in each language, read back by a CSV reader
//! that is not ours: Python's `csv` module, with the language's separator and `utf-8-sig`
//! (which takes the BOM off). Every row has the header's width, every stakeholder is there by
//! name, a hostile name comes back as inert text, a negative number as a number, and a cell
//! with separators, quotes and line breaks as it was typed.

use std::path::{Path, PathBuf};
use std::process::Command;

use planner_core::example;
use planner_core::file::format;
use planner_core::i18n::{Lang, StakeholdersText, StrategyText, Text};
use planner_core::outputs::csv::separator;
use planner_core::outputs::tables::{self, Table};
use planner_core::stakeholders::Category;
use planner_core::Plan;

/// A name that would be a live link in a spreadsheet that ran it.
const HOSTILE: &str = "=HYPERLINK(\"http://evil\",\"x\")";
/// A baseline below zero, with a fraction so the decimal mark shows.
const NEGATIVE: f64 = -2.5;
/// A cell with every character that needs quoting.
const AWKWARD: &str = "line 1; \"quoted\", and\nline 2";

/// Reads each CSV file with Python's `csv` module; prints, as JSON, per file: whether the raw
/// bytes start with the UTF-8 BOM, and the rows.
const READER: &str = r#"
import codecs, csv, json, sys
delimiter = sys.argv[1]
out = []
for path in sys.argv[2:]:
    with open(path, "rb") as f:
        bom = f.read().startswith(codecs.BOM_UTF8)
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=delimiter, strict=True))
    out.append({"bom": bom, "rows": rows})
json.dump(out, sys.stdout, ensure_ascii=False)
"#;

/// What Python read from one file.
#[derive(serde::Deserialize)]
struct Read {
    bom: bool,
    rows: Vec<Vec<String>>,
}

/// The example in `lang`, with a hostile stakeholder who owns the first KPI, a negative
/// baseline on that KPI, and an awkward concern.
#[cfg(test)]
fn plan(lang: Lang) -> Plan {
    let mut plan = format::import(example::json(lang)).expect("the example opens");
    let hostile = plan.add_stakeholder(HOSTILE.into(), Category::Other);
    plan.stakeholder_mut(&hostile).expect("added").concerns = AWKWARD.into();
    let kpi = &mut plan.strategy.kpis[0];
    kpi.baseline = Some(NEGATIVE);
    kpi.owner = Some(hostile);
    plan
}

/// A fresh directory for this run's files.
#[cfg(test)]
fn scratch(lang: Lang) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "planner-outputs-csv-{}-{}",
        std::process::id(),
        lang.code()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

/// Python's reading of the files, in order.
#[cfg(test)]
fn read_back(files: &[PathBuf], lang: Lang) -> Vec<Read> {
    let out = Command::new("python3")
        .arg("-c")
        .arg(READER)
        .arg(separator(lang).to_string())
        .args(files)
        .output()
        .unwrap_or_else(|e| {
            panic!("python3 did not run ({e}): the CSV test needs it; run scripts/setup.sh --test")
        });
    assert!(
        out.status.success(),
        "Python could not read the CSV files: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the reader's JSON")
}

/// The column with this header.
#[cfg(test)]
fn column(rows: &[Vec<String>], header: &str) -> usize {
    rows[0]
        .iter()
        .position(|h| h == header)
        .unwrap_or_else(|| panic!("no column {header:?} in {:?}", rows[0]))
}

#[test]
fn every_table_reads_back_in_every_language() {
    for lang in Lang::ALL {
        let plan = plan(lang);
        let dir = scratch(lang);
        let files: Vec<PathBuf> = Table::ALL
            .iter()
            .map(|&table| {
                let path = dir.join(tables::file_name(&plan, table));
                std::fs::write(&path, tables::csv(&plan, table, lang)).expect("written");
                path
            })
            .collect();
        let read = read_back(&files, lang);
        assert_eq!(read.len(), Table::ALL.len());
        for ((table, file), got) in Table::ALL.iter().zip(&files).zip(&read) {
            let raw = std::fs::read(file).expect("read");
            assert!(got.bom, "{lang:?} {table:?}: no BOM");
            assert!(
                raw.ends_with(b"\r\n"),
                "{lang:?} {table:?}: no CRLF at the end"
            );
            let width = got.rows[0].len();
            assert!(got.rows.len() > 1, "{lang:?} {table:?}: no rows");
            for (i, row) in got.rows.iter().enumerate() {
                assert_eq!(row.len(), width, "{lang:?} {table:?} row {i}: {row:?}");
            }
            // Python reads what we built: same rows, same width.
            let built = tables::build(&plan, *table, lang);
            assert_eq!(got.rows.len(), built.len(), "{lang:?} {table:?}");
        }
        check_stakeholders(&plan, &read[0].rows, lang);
        check_kpis(&read[1].rows, lang);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[cfg(test)]
fn check_stakeholders(plan: &Plan, rows: &[Vec<String>], lang: Lang) {
    let name = column(rows, StakeholdersText::Name.text(lang));
    let names: Vec<&str> = rows[1..].iter().map(|r| r[name].as_str()).collect();
    for s in &plan.stakeholders {
        if s.name == HOSTILE {
            continue;
        }
        assert!(
            names.contains(&s.name.as_str()),
            "{lang:?}: {} missing",
            s.name
        );
    }
    // The formula comes back as text with its guard, never as it was.
    let guarded = format!("'{HOSTILE}");
    assert!(names.contains(&guarded.as_str()), "{lang:?}: {names:?}");
    assert!(!names.contains(&HOSTILE), "{lang:?}: the formula is live");
    let row = rows
        .iter()
        .find(|r| r[name] == guarded)
        .expect("the hostile row");
    let concerns = column(rows, StakeholdersText::Concerns.text(lang));
    assert_eq!(row[concerns], AWKWARD, "{lang:?}");
    // The power of the first stakeholder is a plain number.
    let power = column(rows, StakeholdersText::Power.text(lang));
    assert_eq!(rows[1][power], "5", "{lang:?}");
}

#[cfg(test)]
fn check_kpis(rows: &[Vec<String>], lang: Lang) {
    let baseline = column(rows, StrategyText::Baseline.text(lang));
    let cell = &rows[1][baseline];
    assert!(cell.starts_with('-'), "{lang:?}: {cell:?}");
    let value: f64 = cell
        .replace(',', ".")
        .parse()
        .unwrap_or_else(|_| panic!("{lang:?}: {cell:?} is not a number"));
    assert_eq!(value, NEGATIVE, "{lang:?}");
    match lang {
        Lang::En => assert_eq!(cell, "-2.5"),
        Lang::Uz | Lang::Ru => assert_eq!(cell, "-2,5"),
    }
    // The hostile owner is named, and inert, in the KPI table too.
    let owner = column(rows, StrategyText::Owner.text(lang));
    assert_eq!(rows[1][owner], format!("'{HOSTILE}"), "{lang:?}");
    // Dates are ISO in every language.
    let date = column(rows, StrategyText::TargetDate.text(lang));
    let d = &rows[1][date];
    assert!(
        d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-',
        "{lang:?}: {d}"
    );
}

#[test]
fn file_names_are_distinct_per_table() {
    let plan = plan(Lang::Ru);
    let names: Vec<String> = Table::ALL
        .iter()
        .map(|&t| tables::file_name(&plan, t))
        .collect();
    for (i, a) in names.iter().enumerate() {
        assert!(a.is_ascii() && Path::new(a).file_name().is_some(), "{a}");
        for b in &names[i + 1..] {
            assert_ne!(a, b);
        }
    }
}
