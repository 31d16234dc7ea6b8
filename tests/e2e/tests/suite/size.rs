//! The size budget of the first load.

use std::io::Write;

/// The gzip'd first-load transfer (HTML + JS + WASM + CSS) may not exceed this.
///
/// Raised from 300 KiB when steps 3 and 4 got their screens: they measured 47 KiB (step 3) and
/// 114 KiB (step 4, of which the timeline 29 and the task editor 24) of gzip'd WASM; the whole
/// app was 451 KB gzip at that point. To be revisited when all steps are merged.
const BUDGET_BYTES: usize = 480 * 1024;

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
    println!("first load: {total} B gzip — {}", parts.join(", "));
    assert!(
        total <= BUDGET_BYTES,
        "first load is {total} B gzip, over the {BUDGET_BYTES} B budget"
    );
}
