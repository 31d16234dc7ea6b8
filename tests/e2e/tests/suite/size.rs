//! The size ratchet of the first load: a committed baseline plus 2 % headroom.

use std::io::Write;

/// The measured first load, committed beside this test: see the file for how it may change.
const BASELINE_FILE: &str = "size-baseline.txt";
/// Growth allowed over the baseline before the test fails: 2 %.
const HEADROOM_PERCENT: usize = 2;

/// The baseline's bytes: the one line of the file that is not a comment.
fn baseline() -> usize {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(BASELINE_FILE);
    let text = std::fs::read_to_string(&path).expect("the size baseline file");
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .and_then(|l| l.parse().ok())
        .expect("a number of bytes in the size baseline file")
}

#[test]
fn the_first_load_fits_the_size_budget() {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist");
    let mut total = 0;
    let mut parts = Vec::new();
    for entry in std::fs::read_dir(&dist).expect("dist/ exists (run the release build)") {
        let path = entry.expect("entry").path();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_owned();
        if !["html", "js", "wasm", "css"].contains(&ext.as_str()) {
            continue;
        }
        // The service worker is fetched after the app runs, to keep it for offline use: it is
        // not part of the first load.
        if path.file_name().is_some_and(|n| n == "sw.js") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("read");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes).expect("gzip");
        let size = gz.finish().expect("gzip").len();
        parts.push(format!("{ext}: {size} B gzip ({} B raw)", bytes.len()));
        total += size;
    }
    assert!(
        parts.iter().any(|p| p.starts_with("wasm")),
        "no wasm in dist/"
    );
    // One language's texts travel with the first load: count the heaviest (Russian).
    let mut heaviest = (String::new(), 0, 0);
    for entry in std::fs::read_dir(dist.join("i18n")).expect("dist/i18n/ exists") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("read");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes).expect("gzip");
        let size = gz.finish().expect("gzip").len();
        if size > heaviest.1 {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            heaviest = (name.unwrap_or_default(), size, bytes.len());
        }
    }
    assert!(heaviest.1 > 0, "no language texts in dist/i18n/");
    parts.push(format!(
        "texts ({}): {} B gzip ({} B raw)",
        heaviest.0, heaviest.1, heaviest.2
    ));
    total += heaviest.1;
    println!("first load: {total} B gzip — {}", parts.join(", "));
    let baseline = baseline();
    let limit = baseline + baseline * HEADROOM_PERCENT / 100;
    assert!(
        total <= limit,
        "first load is {total} B gzip, over the baseline {baseline} B + {HEADROOM_PERCENT} % \
         ({limit} B). Find what can go first; raise tests/e2e/{BASELINE_FILE} only with a README \
         line saying what the bytes bought."
    );
    if total * 100 < baseline * (100 - HEADROOM_PERCENT) {
        println!(
            "first load shrank below the baseline: lower tests/e2e/{BASELINE_FILE} to {total}"
        );
    }
}
