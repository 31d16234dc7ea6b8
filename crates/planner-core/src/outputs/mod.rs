//! What a plan is turned into besides its own file: spreadsheets and a Markdown summary, in the
//! interface language.
//!
//! - [`csv`]: a small RFC 4180 writer for Excel and LibreOffice in every interface language
//!   (UTF-8 with a BOM, CRLF, `;` where the language writes a decimal comma), with typed
//!   [`csv::Cell`]s so that a number stays a number and a text can never become a formula.
//! - [`tables`]: the four spreadsheets of a plan (stakeholders, KPIs, implementation goals,
//!   tasks), each a header row and data rows of cells, and their file names.
//! - [`markdown`]: the plan's summary as plain-text Markdown, user text escaped.
//! - [`texts`]: the column headers and headings that no step's texts already hold.
//!
//! Every output names records by their names (an id appears at most in a last column), and
//! every enum value in the interface language, with the same labels the app's screens use.

pub mod csv;
pub mod ics;
mod ics_texts;
pub mod markdown;
pub mod report;
pub mod tables;
pub mod texts;

use crate::plan::Plan;

/// The longest file-name stem [`file_stem`] makes, in ASCII characters.
const MAX_STEM: usize = 60;

/// The ASCII file-name stem of a plan's outputs, from its name (the project name): letters and
/// digits kept, Cyrillic transliterated (`Внедрение CRM` → `Vnedrenie-CRM`), the Uzbek ʻ and ʼ
/// dropped (`Oʻzbekiston` → `Ozbekiston`), every other run of characters one `-`; `crm-plan`
/// for a plan without a usable name. At most 60 characters, cut at a `-` where possible.
pub fn file_stem(plan: &Plan) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in plan.display_name().chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else if let Some(latin) = transliterate(c) {
            word.push_str(&latin);
        } else if !is_apostrophe(c) && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut stem = String::new();
    for w in words {
        let extra = usize::from(!stem.is_empty()) + w.len();
        if stem.len() + extra > MAX_STEM {
            if stem.is_empty() {
                // One word longer than the limit: cut it (all ASCII, so any byte is a boundary).
                stem = w.chars().take(MAX_STEM).collect();
            }
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(&w);
    }
    if stem.is_empty() {
        "crm-plan".to_owned()
    } else {
        stem
    }
}

/// The marks that belong inside a word and leave no trace in a file name: the Uzbek ʻ and ʼ and
/// their stand-ins.
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\u{2bb}' | '\u{2bc}' | '\'' | '\u{2018}' | '\u{2019}' | '`'
    )
}

/// A letter outside ASCII written in ASCII: Russian and Uzbek Cyrillic, and Latin letters with
/// a diacritic that Uzbek and Western names use. `None` for anything else.
fn transliterate(c: char) -> Option<String> {
    let lower = c.to_lowercase().next().unwrap_or(c);
    let latin = match lower {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'э' => "e",
        'ё' => "yo",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' | 'ы' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' | 'ў' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ю' => "yu",
        'я' => "ya",
        'қ' => "q",
        'ғ' => "g",
        'ҳ' => "h",
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => "a",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => "o",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ş' => "sh",
        'ğ' => "g",
        _ => return None,
    };
    if c == lower {
        return Some(latin.to_owned());
    }
    // An upper-case letter: its transliteration capitalised (Ш → Sh).
    let mut chars = latin.chars();
    Some(match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(name: &str) -> String {
        let mut plan = Plan::new();
        plan.profile.name = name.into();
        file_stem(&plan)
    }

    #[test]
    fn the_stem_is_ascii_and_reads_like_the_name() {
        assert_eq!(stem("CRM roll-out 2027"), "CRM-roll-out-2027");
        assert_eq!(stem("  Внедрение CRM, 2027 г. "), "Vnedrenie-CRM-2027-g");
        assert_eq!(
            stem("Oʻzbekiston: CRMni joriy etish"),
            "Ozbekiston-CRMni-joriy-etish"
        );
        assert_eq!(stem("Щука и Ёж"), "Shchuka-i-Yozh");
        assert_eq!(stem("Қўшимча ҳисоб"), "Qoshimcha-hisob");
        assert_eq!(stem("../../etc/passwd"), "etc-passwd");
        assert_eq!(stem("a\"b<c>d|e?f*g:h\\i"), "a-b-c-d-e-f-g-h-i");
        assert_eq!(stem(""), "crm-plan");
        assert_eq!(stem("★ ☆ 🚀"), "crm-plan");
        assert_eq!(stem("Müller & Café"), "Muller-Cafe");
    }

    #[test]
    fn the_stem_is_never_long() {
        let long = stem(&"word ".repeat(40));
        assert!(long.len() <= MAX_STEM, "{long}");
        assert!(long.ends_with("word"), "{long}");
        let one = stem(&"x".repeat(500));
        assert_eq!(one.len(), MAX_STEM);
        for name in ["ш".repeat(100), "щ".repeat(100), "Ы".repeat(70)] {
            let s = stem(&name);
            assert!(s.is_ascii() && s.len() <= MAX_STEM, "{s}");
        }
    }
}
