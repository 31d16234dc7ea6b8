//! Interface texts in English, Uzbek (Latin script) and Russian.
//!
//! Every visible string is a key of a text enum declared with [`texts!`]; the macro demands all
//! three languages for each key, so a missing translation is a compile error, not a blank on
//! screen. Each feature keeps its own enum in its own file.

use serde::{Deserialize, Serialize};

pub mod catalog;
mod data;
#[cfg(test)]
mod lint;
pub mod plural;
mod shell;
mod steps;
mod welcome;
mod widgets;

pub use crate::goals::texts::GoalsText;
pub use crate::intake::texts::IntakeText;
pub use crate::outputs::texts::{OutputText, ReportText};
pub use crate::plans::texts::PlansText;
pub use crate::profile::texts::{field_error, ProfileText};
pub use crate::stakeholders::texts::StakeholdersText;
pub use crate::strategy::texts::StrategyText;
pub use data::DataText;
pub use shell::Shell;
pub use steps::StepText;
pub use welcome::{WelcomeText, PLAN_FILE_EXTENSION, SECTION, TEXTBOOK};
pub use widgets::WidgetText;

/// An interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Uzbek, Latin script (oʻ and gʻ written with U+02BB).
    Uz,
    /// Russian.
    Ru,
}

impl Lang {
    /// All languages, in the order the switch shows them.
    pub const ALL: [Lang; 3] = [Lang::Uz, Lang::Ru, Lang::En];

    /// The BCP 47 tag, for `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uz => "uz",
            Lang::Ru => "ru",
        }
    }

    /// The language's own name, as the switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Uz => "Oʻzbekcha",
            Lang::Ru => "Русский",
        }
    }

    /// Parses a stored code or a browser language tag (`ru-RU`, `uz-Latn-UZ`, `en-GB`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "uz" => Some(Lang::Uz),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }

    /// The first supported language among the browser's preferences, else English.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }
}

/// A key that has a text in every language.
pub trait Text: Copy {
    /// The text of this key in `lang`.
    fn text(self, lang: Lang) -> &'static str;
}

/// A text enum as a table of the language catalogs ([`catalog`]): its name, and its keys in
/// declaration order (a key's place is its index in the table).
pub trait Catalogued: Text + 'static {
    /// The table's name: the enum's.
    const TABLE: &'static str;
    /// Every key, in declaration order.
    const ALL: &'static [Self];
}

/// An error that can say itself in a language: what a form field shows beside the input.
pub trait ErrorText {
    /// The message in `lang`.
    fn text(&self, lang: Lang) -> String;
}

impl ErrorText for crate::profile::FieldError {
    fn text(&self, lang: Lang) -> String {
        field_error(*self, lang)
    }
}

impl ErrorText for crate::inputs::InputError {
    fn text(&self, lang: Lang) -> String {
        crate::inputs::input_error(*self, lang)
    }
}

/// Declares a text enum: one variant per key, each with its English, Uzbek and Russian text.
#[macro_export]
macro_rules! texts {
    ($(#[$meta:meta])* $name:ident {
        $($(#[$kmeta:meta])* $key:ident => { en: $en:expr, uz: $uz:expr, ru: $ru:expr $(,)? }),* $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$kmeta])* $key),* }

        impl $name {
            /// Every key, for completeness tests.
            pub const ALL: &'static [$name] = &[$($name::$key),*];
        }

        impl $crate::i18n::Catalogued for $name {
            const TABLE: &'static str = stringify!($name);
            const ALL: &'static [$name] = &[$($name::$key),*];
        }

        // Natively every text is compiled in; the browser's build reads the loaded catalog of
        // the language (`i18n::catalog`), so only the language shown travels.
        #[cfg(not(target_arch = "wasm32"))]
        impl $crate::i18n::Text for $name {
            #[allow(unused_variables)]
            fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                match self {
                    $($name::$key => match lang {
                        $crate::i18n::Lang::En => $en,
                        $crate::i18n::Lang::Uz => $uz,
                        $crate::i18n::Lang::Ru => $ru,
                    }),*
                }
            }
        }

        #[cfg(target_arch = "wasm32")]
        impl $crate::i18n::Text for $name {
            fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                $crate::i18n::catalog::lookup(lang, stringify!($name), self as usize)
            }
        }
    };
}

/// Replaces `{0}`, `{1}`, ... in a text with the given values, in one pass: a value that itself
/// contains `{1}` (a name the user typed) is never substituted again. A slot with no value is
/// kept as it is.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out =
        String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let slot = (digits > 0 && after.as_bytes().get(digits) == Some(&b'}'))
            .then(|| after[..digits].parse::<usize>().ok())
            .flatten()
            .and_then(|i| args.get(i));
        match slot {
            Some(value) => {
                out.push_str(value);
                rest = &after[digits + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_complete<T: Text + std::fmt::Debug>(keys: &[T]) {
        for &key in keys {
            for lang in Lang::ALL {
                let text = key.text(lang);
                assert!(!text.trim().is_empty(), "{key:?} is empty in {lang:?}");
                if lang == Lang::Uz {
                    // Uzbek Latin writes oʻ/gʻ with U+02BB, not an apostrophe or U+2018.
                    for bad in ["o'", "g'", "o‘", "g‘", "O'", "G'"] {
                        assert!(!text.contains(bad), "{key:?} in Uzbek uses {bad:?}: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_text_is_present_in_every_language() {
        assert_complete(Shell::ALL);
        assert_complete(StepText::ALL);
        assert_complete(WelcomeText::ALL);
        assert_complete(crate::method::MethodText::ALL);
        assert_complete(ProfileText::ALL);
        assert_complete(StakeholdersText::ALL);
        assert_complete(StrategyText::ALL);
        assert_complete(GoalsText::ALL);
        assert_complete(PlansText::ALL);
        assert_complete(DataText::ALL);
        assert_complete(WidgetText::ALL);
        assert_complete(OutputText::ALL);
        assert_complete(ReportText::ALL);
        assert_complete(crate::outputs::ics::IcsText::ALL);
        assert_complete(IntakeText::ALL);
    }

    #[test]
    fn language_tags_follow_the_browser() {
        assert_eq!(Lang::from_tag("ru-RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("uz-Latn-UZ"), Some(Lang::Uz));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::from_preferences(["de-DE", "ru", "en"]), Lang::Ru);
        assert_eq!(Lang::from_preferences(["fr"]), Lang::En);
    }

    #[test]
    fn fill_replaces_numbered_slots() {
        assert_eq!(fill("{0} of {1}", &["2", "5"]), "2 of 5");
        assert_eq!(fill("{1}, {0}, {1}", &["a", "b"]), "b, a, b");
    }

    #[test]
    fn fill_never_substitutes_inside_a_value() {
        assert_eq!(fill("«{0}» and {1}", &["{1}", "x"]), "«{1}» and x");
    }

    #[test]
    fn fill_keeps_braces_that_are_not_slots() {
        assert_eq!(fill("{a} {} {2} {0", &["x"]), "{a} {} {2} {0");
    }
}
