//! The worked example that ships with the app (a commercial bank in Tashkent planning its CRM
//! roll-out), one file per interface language in `examples/` at the workspace root. The three
//! files hold the same records with the same ids, numbers and dates; only the human text
//! differs. They are written by `cargo run -p planner-core --example tashkent_bank` and kept in
//! step by `tests/example.rs`.

use crate::i18n::Lang;

/// The file name of the worked example in `lang`, inside `examples/` at the workspace root.
pub fn file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "tashkent-bank.crmplan.json",
        Lang::Uz => "tashkent-bank.uz.crmplan.json",
        Lang::Ru => "tashkent-bank.ru.crmplan.json",
    }
}

/// The worked example in `lang`: the text of the file [`file_name`] names, built in, ready for
/// [`crate::file::format::import`].
pub fn json(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../../examples/tashkent-bank.crmplan.json"),
        Lang::Uz => include_str!("../../../examples/tashkent-bank.uz.crmplan.json"),
        Lang::Ru => include_str!("../../../examples/tashkent-bank.ru.crmplan.json"),
    }
}

/// The worked example in `lang`, imported as the app imports it: the plan the domain's tests
/// start from.
#[cfg(test)]
#[allow(clippy::expect_used)]
pub(crate) fn plan(lang: Lang) -> crate::plan::Plan {
    crate::file::format::import(json(lang)).expect("the example opens")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::format;

    #[test]
    fn each_language_has_its_own_example_file() {
        assert_eq!(file_name(Lang::En), "tashkent-bank.crmplan.json");
        assert_eq!(file_name(Lang::Uz), "tashkent-bank.uz.crmplan.json");
        assert_eq!(file_name(Lang::Ru), "tashkent-bank.ru.crmplan.json");
        for a in Lang::ALL {
            assert!(file_name(a).starts_with("tashkent-bank."));
            assert!(file_name(a).ends_with(".crmplan.json"));
            for b in Lang::ALL {
                assert_eq!(a == b, file_name(a) == file_name(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn the_built_in_text_is_the_named_file_and_in_its_language() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
        for lang in Lang::ALL {
            let on_disk = std::fs::read_to_string(dir.join(file_name(lang))).expect("the file");
            assert!(
                json(lang) == on_disk,
                "{lang:?}: json() is not {}",
                file_name(lang)
            );
            let plan = format::import(json(lang)).expect("the example imports");
            let name = &plan.profile.organisation;
            let cyrillic = name.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
            assert_eq!(cyrillic, lang == Lang::Ru, "{lang:?}: {name}");
            assert_eq!(
                name.contains('ʻ') || name.contains('“'),
                lang == Lang::Uz,
                "{name}"
            );
        }
    }
}
