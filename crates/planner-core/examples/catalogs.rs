//! Writes the language catalogs `i18n/<lang>.json` at the workspace root from the texts as the
//! code declares them: `cargo run -p planner-core --example catalogs`. The browser's build loads
//! its interface language's catalog and nothing else (see `planner_core::i18n::catalog`).

use planner_core::i18n::{catalog, Lang};

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../i18n");
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot make {}: {e}", dir.display());
        std::process::exit(1);
    }
    for lang in Lang::ALL {
        let path = dir.join(format!("{}.json", lang.code()));
        if let Err(e) = std::fs::write(&path, catalog::json(lang)) {
            eprintln!("cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
        println!("{}", path.display());
    }
}
