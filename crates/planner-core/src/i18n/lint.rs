//! Lints over every interface text in every language.
//!
//! Each key of each text enum is checked in English, Uzbek and Russian: the `{n}` placeholders
//! match the English ones; Uzbek and Russian hold no ASCII apostrophe, backtick, `‘` or `’`; no
//! word mixes Latin and Cyrillic letters; Uzbek holds no Cyrillic; Russian holds no Latin word
//! beyond a short list of names; and Uzbek writes oʻ/gʻ with U+02BB and the tutuq belgisi with
//! U+02BC, never the other way round. The unit tests below feed the checker one bad string per
//! rule, so a rule that stops catching anything fails too.

use super::{
    DataText, GoalsText, Lang, PlansText, ProfileText, Shell, StakeholdersText, StepText,
    StrategyText, Text, WidgetText,
};
use crate::file::texts::FileText;

/// The Latin words a Russian text may hold: names and keys that have no Russian form.
const LATIN_IN_RUSSIAN: &[&str] = &[
    "CRM",
    "KPI",
    "JSON",
    "json",
    "formatVersion",
    "Ctrl",
    "Shift",
    "Alt",
    "Enter",
    "Tab",
    "Z",
    "UZS",
    "USD",
    "EUR",
    "RUB",
    "KZT",
    // Names of formats, products and browser features, written as their makers write them.
    "CSV",
    "Excel",
    "LibreOffice",
    "ics",
    "Google",
    "Outlook",
    "Markdown",
    "PDF",
    "CompressionStream",
];

/// The Uzbek letter after o and g: U+02BB (oʻ, gʻ).
const OKINA: char = '\u{2BB}';
/// The Uzbek tutuq belgisi: U+02BC (maʼlumot).
const TUTUQ: char = '\u{2BC}';
/// Stand-ins for ʻ or ʼ that Uzbek and Russian texts must not hold.
const WRONG_APOSTROPHES: [char; 4] = ['\'', '`', '\u{2018}', '\u{2019}'];

/// One broken rule.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Rule {
    /// The `{n}` placeholders are not the same multiset as the English text's.
    Placeholders {
        found: Vec<String>,
        english: Vec<String>,
    },
    /// An ASCII `'`, a backtick, `‘` or `’` in Uzbek or Russian.
    Apostrophe(char),
    /// A word with both Latin and Cyrillic letters.
    MixedScript(String),
    /// A Cyrillic word in Uzbek (Latin script).
    CyrillicInUzbek(String),
    /// A Latin word in Russian that is not on the list of names.
    LatinInRussian(String),
    /// oʼ or gʼ written with the tutuq belgisi U+02BC instead of U+02BB.
    OkinaAsTutuq(String),
    /// U+02BB after a letter other than o or g, where the tutuq belgisi U+02BC belongs.
    TutuqAsOkina(String),
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rule::Placeholders { found, english } => {
                write!(
                    f,
                    "placeholders {found:?} differ from the English {english:?}"
                )
            }
            Rule::Apostrophe(c) => write!(f, "U+{:04X} ({c}) in place of ʻ or ʼ", *c as u32),
            Rule::MixedScript(w) => write!(f, "Latin and Cyrillic letters in one word “{w}”"),
            Rule::CyrillicInUzbek(w) => write!(f, "Cyrillic in Uzbek “{w}”"),
            Rule::LatinInRussian(w) => write!(f, "Latin word in Russian “{w}”"),
            Rule::OkinaAsTutuq(w) => write!(f, "oʻ/gʻ written with U+02BC (tutuq) in “{w}”"),
            Rule::TutuqAsOkina(w) => write!(f, "U+02BB where the tutuq U+02BC belongs in “{w}”"),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
}

fn script(c: char) -> Option<Script> {
    match c as u32 {
        _ if c.is_ascii_alphabetic() => Some(Script::Latin),
        // Latin-1 Supplement and Latin Extended-A/B letters (not × and ÷), Latin Extended
        // Additional.
        0xC0..=0x24F if c != '×' && c != '÷' => Some(Script::Latin),
        0x1E00..=0x1EFF => Some(Script::Latin),
        0x400..=0x52F => Some(Script::Cyrillic),
        _ => None,
    }
}

/// The `{n}` placeholders of a text, sorted, so that two texts compare as multisets.
fn placeholders(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && after.as_bytes().get(digits) == Some(&b'}') {
            found.push(format!("{{{}}}", &after[..digits]));
        }
        rest = after;
    }
    found.sort();
    found
}

/// The words of a text: runs of letters, digits, `_` and the apostrophe-like marks, so that a
/// wrong apostrophe stays inside the word it breaks.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| {
        !(c.is_alphanumeric()
            || c == '_'
            || c == OKINA
            || c == TUTUQ
            || WRONG_APOSTROPHES.contains(&c))
    })
    .filter(|w| !w.is_empty())
}

/// Every rule that `text` (in `lang`) breaks; `english` is the same key's English text.
fn check(lang: Lang, text: &str, english: &str) -> Vec<Rule> {
    let mut broken = Vec::new();
    let (found, wanted) = (placeholders(text), placeholders(english));
    if found != wanted {
        broken.push(Rule::Placeholders {
            found,
            english: wanted,
        });
    }
    if lang != Lang::En {
        for c in WRONG_APOSTROPHES {
            if text.contains(c) {
                broken.push(Rule::Apostrophe(c));
            }
        }
    }
    for word in words(text) {
        let latin = word.chars().any(|c| script(c) == Some(Script::Latin));
        let cyrillic = word.chars().any(|c| script(c) == Some(Script::Cyrillic));
        if latin && cyrillic {
            broken.push(Rule::MixedScript(word.to_owned()));
        }
        match lang {
            Lang::Uz if cyrillic => broken.push(Rule::CyrillicInUzbek(word.to_owned())),
            Lang::Ru if latin && !cyrillic && !LATIN_IN_RUSSIAN.contains(&word) => {
                broken.push(Rule::LatinInRussian(word.to_owned()))
            }
            _ => {}
        }
        if lang == Lang::Uz {
            check_uzbek_marks(word, &mut broken);
        }
    }
    broken
}

/// oʻ/gʻ take U+02BB and the tutuq belgisi takes U+02BC. The one word pattern where a tutuq
/// follows o is moʼ- (moʼjiza, moʼtadil); g is never followed by a tutuq.
fn check_uzbek_marks(word: &str, broken: &mut Vec<Rule>) {
    let chars: Vec<char> = word.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let is_o_or_g = matches!(before, Some('o' | 'O' | 'g' | 'G'));
        if c == TUTUQ && is_o_or_g && chars.get(i + 1).is_some_and(|n| n.is_alphabetic()) {
            let after_m = i >= 2 && matches!(chars[i - 2], 'm' | 'M');
            if !(after_m && matches!(before, Some('o' | 'O'))) {
                broken.push(Rule::OkinaAsTutuq(word.to_owned()));
            }
        }
        if c == OKINA && !is_o_or_g {
            broken.push(Rule::TutuqAsOkina(word.to_owned()));
        }
    }
}

/// The name of a text enum, without its module path.
fn enum_name<T>() -> &'static str {
    let full = std::any::type_name::<T>();
    full.rsplit("::").next().unwrap_or(full)
}

/// Checks every key of one text enum in every language; each broken rule adds one line naming
/// the enum key, the language and the text.
fn lint<T: Text + std::fmt::Debug>(keys: &[T], failures: &mut Vec<String>) {
    for &key in keys {
        let english = key.text(Lang::En);
        for lang in [Lang::En, Lang::Uz, Lang::Ru] {
            let text = key.text(lang);
            for rule in check(lang, text, english) {
                failures.push(format!(
                    "{}::{key:?} [{}] {rule}: {text}",
                    enum_name::<T>(),
                    lang.code()
                ));
            }
        }
    }
}

#[test]
fn every_text_passes_the_lints_in_every_language() {
    let mut failures = Vec::new();
    lint(Shell::ALL, &mut failures);
    lint(StepText::ALL, &mut failures);
    lint(crate::i18n::WelcomeText::ALL, &mut failures);
    lint(crate::method::MethodText::ALL, &mut failures);
    lint(ProfileText::ALL, &mut failures);
    lint(StakeholdersText::ALL, &mut failures);
    lint(StrategyText::ALL, &mut failures);
    lint(GoalsText::ALL, &mut failures);
    lint(PlansText::ALL, &mut failures);
    lint(DataText::ALL, &mut failures);
    lint(WidgetText::ALL, &mut failures);
    lint(FileText::ALL, &mut failures);
    lint(crate::i18n::OutputText::ALL, &mut failures);
    lint(crate::i18n::ReportText::ALL, &mut failures);
    lint(crate::outputs::ics::IcsText::ALL, &mut failures);
    lint(crate::i18n::IntakeText::ALL, &mut failures);
    assert!(
        failures.is_empty(),
        "{} broken text rule(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_lint_names_the_key_the_language_and_the_text() {
    let mut failures = Vec::new();
    lint(&[Bad], &mut failures);
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert!(
        failures[0].starts_with("Bad::Bad [ru] Latin word in Russian “Plan”"),
        "{}",
        failures[0]
    );
    assert!(failures[0].ends_with(": Plan «{0}»"), "{}", failures[0]);
}

/// A one-key text enum with a Latin word in its Russian text.
#[derive(Clone, Copy, Debug)]
struct Bad;

impl Text for Bad {
    fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Plan “{0}”",
            Lang::Uz => "“{0}” rejasi",
            Lang::Ru => "Plan «{0}»",
        }
    }
}

/// No broken rule.
const NONE: [Rule; 0] = [];

#[test]
fn good_texts_pass() {
    assert_eq!(check(Lang::Uz, "“{0}”ni oʻchirish", "Delete {0}"), NONE);
    assert_eq!(check(Lang::Uz, "Maʼlumot gʻoyat muhim; moʼjiza", ""), NONE);
    assert_eq!(check(Lang::Uz, "OʻZBEKISTON, CRMdan, KPIlar", ""), NONE);
    assert_eq!(
        check(
            Lang::Ru,
            "Удалить KPI «{0}» (Ctrl+Shift+Z, .json)",
            "Delete KPI “{0}”"
        ),
        NONE
    );
    assert_eq!(
        check(Lang::En, "Don't delete “{0}”", "Don't delete “{0}”"),
        NONE
    );
}

#[test]
fn placeholders_must_match_the_english() {
    let rule = |lang, text| check(lang, text, "{0} of {1}");
    assert!(matches!(
        rule(Lang::Ru, "{0} из {0}").as_slice(),
        [Rule::Placeholders { .. }]
    ));
    assert!(matches!(
        rule(Lang::Uz, "{1} tadan").as_slice(),
        [Rule::Placeholders { .. }]
    ));
    assert!(matches!(
        rule(Lang::Uz, "{1} tadan {0} {2}").as_slice(),
        [Rule::Placeholders { .. }]
    ));
    assert_eq!(rule(Lang::Uz, "{1} tadan {0}"), NONE);
}

#[test]
fn wrong_apostrophes_are_caught() {
    assert_eq!(check(Lang::Uz, "o'chirish", ""), [Rule::Apostrophe('\'')]);
    assert_eq!(check(Lang::Ru, "`поле`", ""), [Rule::Apostrophe('`')]);
    assert_eq!(
        check(Lang::Uz, "o\u{2018}chirish", ""),
        [Rule::Apostrophe('\u{2018}')]
    );
    assert_eq!(
        check(Lang::Uz, "ma\u{2019}lumot", ""),
        [Rule::Apostrophe('\u{2019}')]
    );
}

#[test]
fn mixed_script_words_are_caught() {
    // A Latin "c" in a Russian word.
    assert_eq!(
        check(Lang::Ru, "cтрока", ""),
        [Rule::MixedScript("cтрока".into())]
    );
    // A Cyrillic "Т" in an Uzbek word.
    assert_eq!(
        check(Lang::Uz, "Тoʻgʻri", ""),
        [
            Rule::MixedScript("Тoʻgʻri".into()),
            Rule::CyrillicInUzbek("Тoʻgʻri".into())
        ]
    );
    assert_eq!(
        check(Lang::En, "Plаn", ""),
        [Rule::MixedScript("Plаn".into())]
    );
}

#[test]
fn cyrillic_in_uzbek_is_caught() {
    assert_eq!(
        check(Lang::Uz, "Toshkent (Ташкент)", ""),
        [Rule::CyrillicInUzbek("Ташкент".into())]
    );
}

#[test]
fn latin_words_in_russian_are_caught_unless_listed() {
    assert_eq!(
        check(Lang::Ru, "План Plan", ""),
        [Rule::LatinInRussian("Plan".into())]
    );
    assert_eq!(check(Lang::Ru, "CRM, KPI, JSON, formatVersion", ""), NONE);
}

#[test]
fn okina_and_tutuq_are_not_swapped() {
    // oʻ written with the tutuq belgisi.
    assert_eq!(
        check(Lang::Uz, "to\u{2BC}la", ""),
        [Rule::OkinaAsTutuq("toʼla".into())]
    );
    assert_eq!(
        check(Lang::Uz, "bog\u{2BC}lash", ""),
        [Rule::OkinaAsTutuq("bogʼlash".into())]
    );
    // The tutuq belgisi written with U+02BB.
    assert_eq!(
        check(Lang::Uz, "ta\u{2BB}sir", ""),
        [Rule::TutuqAsOkina("taʻsir".into())]
    );
}
