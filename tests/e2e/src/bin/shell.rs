//! Writes `web/shell.html`, the first screen the page draws before the WASM arrives, captured
//! from the app itself in each language (see `crm_e2e::shell`).
//!
//! `cargo run -p crm-e2e --bin shell` after a release build, then build again: the e2e suite
//! fails while the file no longer matches what the app draws (after a change to the header,
//! the steps, the welcome, a step's heading or their texts).

#[tokio::main]
async fn main() {
    let html = crm_e2e::shell::generate().await;
    let path = crm_e2e::shell::committed_path();
    std::fs::write(&path, html).expect("write web/shell.html");
    println!("{}", path.display());
}
