//! The texts of one language as a file of its own, so that the browser loads only the language
//! it shows.
//!
//! Natively (the domain's tests, the tools) every text is compiled in, as the [`texts!`]
//! declarations write it. In the WebAssembly build a text is looked up in the catalog of its
//! language instead: `i18n/<lang>.json` beside the app, one table per text enum, each the enum's
//! texts in declaration order. The app loads the interface language's catalog before it first
//! draws, and another when the user switches to it; the two others never travel. The catalogs
//! are written from the declarations by `cargo run -p planner-core --example catalogs`, and a
//! test fails when a checked-in catalog differs from what the declarations say.
//!
//! [`texts!`]: crate::texts

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::i18n::Lang;

/// A loaded catalog: each table's texts, by the enum's name.
type Tables = HashMap<String, Vec<&'static str>>;

/// The catalogs loaded so far, one slot per language.
static LOADED: [OnceLock<Tables>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> &'static OnceLock<Tables> {
    match lang {
        Lang::En => &LOADED[0],
        Lang::Uz => &LOADED[1],
        Lang::Ru => &LOADED[2],
    }
}

/// Where a catalog's file is, relative to the app's page.
pub fn path(lang: Lang) -> String {
    format!("i18n/{}.json", lang.code())
}

/// Why a catalog could not be taken.
#[derive(Clone, Debug, PartialEq)]
pub struct BadCatalog(pub String);

/// Takes the catalog of `lang` from its file's text. Its texts live as long as the app (they are
/// leaked once: at most three catalogs, each loaded once). A second load of the same language
/// is ignored.
pub fn load(lang: Lang, json: &str) -> Result<(), BadCatalog> {
    if is_loaded(lang) {
        return Ok(());
    }
    let parsed: HashMap<String, Vec<String>> =
        serde_json::from_str(json).map_err(|e| BadCatalog(e.to_string()))?;
    if parsed.is_empty() {
        return Err(BadCatalog("no tables".into()));
    }
    let tables = parsed
        .into_iter()
        .map(|(name, texts)| {
            let texts = texts
                .into_iter()
                .map(|t| &*Box::leak(t.into_boxed_str()))
                .collect();
            (name, texts)
        })
        .collect();
    let _ = slot(lang).set(tables);
    Ok(())
}

/// Whether the catalog of `lang` is loaded.
pub fn is_loaded(lang: Lang) -> bool {
    slot(lang).get().is_some()
}

/// The text `index` of table `table` in `lang`'s catalog. A catalog not loaded, or a text
/// missing from it, shows as `⟨Table.index⟩`: visible in a test, never a crash.
pub fn lookup(lang: Lang, table: &'static str, index: usize) -> &'static str {
    slot(lang)
        .get()
        .and_then(|tables| tables.get(table))
        .and_then(|texts| texts.get(index))
        .copied()
        .unwrap_or("⟨missing text⟩")
}

/// Every text enum's table in `lang`, as declared: what the catalog file of `lang` holds.
#[cfg(not(target_arch = "wasm32"))]
pub fn tables(lang: Lang) -> std::collections::BTreeMap<&'static str, Vec<&'static str>> {
    use crate::i18n::Catalogued;
    fn table<T: Catalogued>(lang: Lang) -> (&'static str, Vec<&'static str>) {
        (T::TABLE, T::ALL.iter().map(|k| k.text(lang)).collect())
    }
    let all = [
        table::<crate::i18n::Shell>(lang),
        table::<crate::i18n::StepText>(lang),
        table::<crate::i18n::WelcomeText>(lang),
        table::<crate::i18n::ProfileText>(lang),
        table::<crate::i18n::StakeholdersText>(lang),
        table::<crate::i18n::StrategyText>(lang),
        table::<crate::i18n::GoalsText>(lang),
        table::<crate::i18n::PlansText>(lang),
        table::<crate::i18n::DataText>(lang),
        table::<crate::i18n::WidgetText>(lang),
        table::<crate::file::texts::FileText>(lang),
        table::<crate::i18n::OutputText>(lang),
        table::<crate::i18n::ReportText>(lang),
        table::<crate::outputs::ics::IcsText>(lang),
        table::<crate::i18n::IntakeText>(lang),
        table::<crate::method::MethodText>(lang),
    ];
    let count = all.len();
    let map: std::collections::BTreeMap<_, _> = all.into_iter().collect();
    assert_eq!(map.len(), count, "two text enums share a name");
    map
}

/// The catalog file of `lang`: its tables as pretty JSON, in name order, ending in a newline.
#[cfg(not(target_arch = "wasm32"))]
pub fn json(lang: Lang) -> String {
    let mut text = serde_json::to_string_pretty(&tables(lang)).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Catalogued, Text};

    fn dir() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../i18n")
    }

    #[test]
    fn the_checked_in_catalogs_are_what_the_declarations_say() {
        for lang in Lang::ALL {
            let file = dir().join(format!("{}.json", lang.code()));
            let on_disk = std::fs::read_to_string(&file).unwrap_or_default();
            assert!(
                on_disk == json(lang),
                "{} is out of date: run `cargo run -p planner-core --example catalogs`",
                file.display()
            );
        }
    }

    #[test]
    fn a_loaded_catalog_gives_every_text_as_declared() {
        for lang in Lang::ALL {
            load(lang, &json(lang)).expect("the catalog loads");
            for (table, texts) in tables(lang) {
                for (i, text) in texts.iter().enumerate() {
                    assert_eq!(lookup(lang, table, i), *text, "{table}[{i}] in {lang:?}");
                }
            }
        }
        assert_eq!(lookup(Lang::En, "Shell", 100_000), "⟨missing text⟩");
        assert_eq!(
            lookup(Lang::En, crate::i18n::Shell::TABLE, 0),
            crate::i18n::Shell::ALL[0].text(Lang::En)
        );
    }

    #[test]
    fn a_broken_catalog_is_refused() {
        assert!(load(Lang::Ru, "{").is_err() || is_loaded(Lang::Ru));
        assert!(load(Lang::Ru, "{}").is_err() || is_loaded(Lang::Ru));
    }

    /// Every `texts!` enum of the crate is in [`tables`]: one left out would show its
    /// "missing text" marks in the browser.
    #[test]
    fn every_text_enum_has_a_table() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut declared = Vec::new();
        let mut stack = vec![src];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("src").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("source");
                    let mut lines = text.lines();
                    while let Some(line) = lines.next() {
                        if line.trim() == "texts! {" {
                            // The enum's name is on the first line that is not a doc comment.
                            let name = lines
                                .by_ref()
                                .map(str::trim)
                                .find(|l| !l.starts_with("///"))
                                .and_then(|l| l.split_whitespace().next())
                                .unwrap_or_default()
                                .to_owned();
                            declared.push(name);
                        }
                    }
                }
            }
        }
        declared.sort();
        let tables: Vec<String> = tables(Lang::En).keys().map(|k| k.to_string()).collect();
        assert_eq!(declared, tables);
    }
}
