//! Reading a printed PDF back: its text page by page, through poppler's `pdftotext` (installed
//! by `scripts/setup.sh --test`), an implementation independent of the browser that wrote it.

use std::path::Path;
use std::process::Command;

/// The text of each page of `pdf` in the order it was drawn (`pdftotext -raw`): the browser
/// paints a table cell by cell, so a name wrapped in a narrow column still reads as one text
/// once squeezed.
pub fn pages(pdf: &[u8], dir: &Path) -> Vec<String> {
    let file = dir.join("report.pdf");
    std::fs::write(&file, pdf).expect("write the PDF");
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils; scripts/setup.sh --test installs it)");
    assert!(
        out.status.success(),
        "pdftotext: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("pdftotext writes UTF-8");
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    // pdftotext ends every page with a form feed, the last one too.
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// Text with every run of whitespace made one space, for matching across line breaks.
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
