//! Reading one cell's value: a category, an attitude, a unit, a score, yes or no.
//!
//! Each reader takes the cell as written and gives `Ok(None)` for a blank cell (the row says
//! nothing about the field), `Ok(Some(value))` for a value it knows, and `Err(())` for one it
//! does not. Words are compared by their [`fold`] (case, spaces, punctuation and the Uzbek
//! apostrophes ignored, ё as е) against the app's own labels in English, Uzbek and Russian (what
//! the export writes), the stable codes (`users`, `it`, `supportive`) and a few usual synonyms.

use crate::i18n::{Lang, StakeholdersText, Text};
use crate::ids::Id;
use crate::inputs::read_number;
use crate::intake::mapping::fold;
use crate::plan::Plan;
use crate::stakeholders::{Attitude, Category};

/// Whether a folded word is one of these names (folded here) or one of the label's texts.
fn named(word: &str, label: StakeholdersText, code: &str, synonyms: &[&str]) -> bool {
    Lang::ALL.iter().any(|l| fold(label.text(*l)) == word)
        || fold(code) == word
        || synonyms.iter().any(|s| fold(s) == word)
}

/// A category, by its label in any language, its code or a synonym.
pub(super) fn category(cell: &str) -> Result<Option<Category>, ()> {
    let word = fold(cell);
    if word.is_empty() {
        return blank(cell);
    }
    let synonyms = |c: Category| -> &'static [&'static str] {
        match c {
            Category::Users => &["user", "end users", "пользователь", "foydalanuvchi"],
            Category::Customers => &["customer", "client", "clients", "клиент", "mijoz"],
            Category::Management => &[
                "manager",
                "managers",
                "руководитель",
                "менеджмент",
                "rahbar",
            ],
            Category::Suppliers => &[
                "supplier",
                "vendor",
                "vendors",
                "поставщик",
                "taʼminotchi",
                "yetkazib beruvchi",
                "yetkazib beruvchilar",
            ],
            Category::Partners => &["partner", "партнёр", "hamkor"],
            Category::It => &[
                "IT department",
                "information technology",
                "ИТ-отдел",
                "ИТ-департамент",
                "IT",
                "AT",
                "ИТ",
                "АТ",
            ],
            Category::Other => &["others", "другое", "прочие", "прочее", "иное", "boshqa"],
        }
    };
    let found = Category::ALL.into_iter().find(|c| {
        named(
            &word,
            StakeholdersText::category(*c),
            c.code(),
            synonyms(*c),
        )
    });
    found.map(Some).ok_or(())
}

/// An attitude, by its label in any language, its code or a synonym (the adjectives and
/// verbs people write for the labels' nouns).
pub(super) fn attitude(cell: &str) -> Result<Option<Attitude>, ()> {
    let word = fold(cell);
    if word.is_empty() {
        return blank(cell);
    }
    let synonyms = |a: Attitude| -> &'static [&'static str] {
        match a {
            Attitude::Unaware => &[
                "not aware",
                "неосведомлён",
                "не осведомлён",
                "не знает",
                "не в курсе",
                "xabarsiz",
                "bexabar",
                "xabari yoʻq",
            ],
            Attitude::Resistant => &[
                "resistance",
                "against",
                "opposed",
                "сопротивляется",
                "против",
                "противник",
                "qarshi",
            ],
            Attitude::Neutral => &[
                "нейтральный",
                "нейтральная",
                "нейтрально",
                "нейтрален",
                "betaraf",
                "neytral",
            ],
            Attitude::Supportive => &[
                "support",
                "supporter",
                "поддерживает",
                "сторонник",
                "за",
                "qoʻllab-quvvatlaydi",
                "tarafdor",
            ],
            Attitude::Leading => &[
                "leader",
                "champion",
                "лидер",
                "ведущий",
                "ведёт",
                "yetakchi",
            ],
        }
    };
    let found = Attitude::ALL.into_iter().find(|a| {
        named(
            &word,
            StakeholdersText::attitude(*a),
            a.code(),
            synonyms(*a),
        )
    });
    found.map(Some).ok_or(())
}

/// Words and marks for yes.
const YES: &[&str] = &[
    "yes",
    "y",
    "true",
    "1",
    "x",
    "да",
    "д",
    "истина",
    "ha",
    "h",
    "rost",
    "✓",
    "✔",
    "☑",
    "+",
];
/// Words and marks for no.
const NO: &[&str] = &[
    "no", "n", "false", "0", "нет", "н", "ложь", "yoʻq", "yolgʻon", "-", "–", "—",
];

/// Yes or no: the export's words (yes/no, ha/yoʻq, да/нет, also written yo'q or yoq), true and
/// false (ИСТИНА and ЛОЖЬ, as Russian Excel writes them), 1 and 0, and a mark (x, ✓, +) for
/// yes. A blank cell says nothing (`None`).
pub(super) fn yes_no(cell: &str) -> Result<Option<bool>, ()> {
    let text = cell.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let word = fold(text);
    let is = |list: &[&str]| {
        list.iter()
            .any(|w| *w == text || (!word.is_empty() && fold(w) == word))
    };
    if is(YES) {
        Ok(Some(true))
    } else if is(NO) {
        Ok(Some(false))
    } else {
        Err(())
    }
}

/// A score 1-5: a whole number, with a zero fraction allowed (`3`, ` 3 `, `3,0`, `3.00`, as a
/// spreadsheet may write a number); `0`, `6`, `2,5`, `-1` or a word is refused.
pub(super) fn score(cell: &str) -> Result<Option<u8>, ()> {
    let text = cell.trim();
    if text.is_empty() {
        return Ok(None);
    }
    // Russian rules take `.` and `,` alike as the decimal mark.
    let parts = read_number(text, Lang::Ru).map_err(|_| ())?;
    if parts.negative || parts.frac.bytes().any(|b| b != b'0') {
        return Err(());
    }
    match parts.int.parse::<u8>() {
        Ok(n @ 1..=5) => Ok(Some(n)),
        _ => Err(()),
    }
}

/// A unit of the plan's profile, by its name: the same text first, else the same [`fold`]
/// (the first unit that has it). The "— none —" label in any language is no unit.
pub(super) fn unit(plan: &Plan, cell: &str) -> Result<Option<Id>, ()> {
    let text = cell.trim();
    let word = fold(text);
    if word.is_empty() {
        return blank(cell);
    }
    let units = &plan.profile.units;
    if let Some(u) = units.iter().find(|u| u.name.trim() == text) {
        return Ok(Some(u.id));
    }
    if let Some(u) = units.iter().find(|u| fold(&u.name) == word) {
        return Ok(Some(u.id));
    }
    if Lang::ALL
        .iter()
        .any(|l| fold(StakeholdersText::NoUnit.text(*l)) == word)
    {
        return Ok(None);
    }
    Err(())
}

/// A cell with no letter or digit: blank if it is only spaces, else not a value.
fn blank<T>(cell: &str) -> Result<Option<T>, ()> {
    if cell.trim().is_empty() {
        Ok(None)
    } else {
        Err(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::FunctionalLevel;

    #[test]
    fn categories_in_every_language_and_by_code() {
        for c in Category::ALL {
            assert_eq!(category(c.code()), Ok(Some(c)));
            for lang in Lang::ALL {
                let label = StakeholdersText::category(c).text(lang);
                assert_eq!(category(label), Ok(Some(c)), "{label}");
                assert_eq!(category(&label.to_uppercase()), Ok(Some(c)), "{label}");
                assert_eq!(category(&format!("  {label} ")), Ok(Some(c)), "{label}");
            }
        }
        assert_eq!(category("Партнеры"), Ok(Some(Category::Partners)));
        assert_eq!(category("AT bo'limi"), Ok(Some(Category::It)));
        assert_eq!(category("клиент"), Ok(Some(Category::Customers)));
        assert_eq!(category(""), Ok(None));
        assert_eq!(category("   "), Ok(None));
        assert_eq!(category("Инвесторы"), Err(()));
        assert_eq!(category("—"), Err(()));
    }

    #[test]
    fn attitudes_in_every_language_and_by_code() {
        for a in Attitude::ALL {
            assert_eq!(attitude(a.code()), Ok(Some(a)));
            for lang in Lang::ALL {
                let label = StakeholdersText::attitude(a).text(lang);
                assert_eq!(attitude(label), Ok(Some(a)), "{label}");
                assert_eq!(attitude(&label.to_lowercase()), Ok(Some(a)), "{label}");
            }
        }
        assert_eq!(attitude("Неосведомленность"), Ok(Some(Attitude::Unaware)));
        assert_eq!(attitude("нейтральный"), Ok(Some(Attitude::Neutral)));
        assert_eq!(
            attitude("Qo'llab-quvvatlash"),
            Ok(Some(Attitude::Supportive))
        );
        assert_eq!(attitude("maybe"), Err(()));
    }

    #[test]
    fn yes_and_no_in_many_spellings() {
        for yes in [
            "да",
            "Да",
            "ДА",
            "ha",
            "Ha",
            "yes",
            "Y",
            "1",
            "true",
            "TRUE",
            "ИСТИНА",
            "x",
            "X",
            "✓",
            "+",
        ] {
            assert_eq!(yes_no(yes), Ok(Some(true)), "{yes}");
        }
        for no in [
            "нет", "Нет", "yoʻq", "yo'q", "yo‘q", "yoq", "no", "N", "0", "false", "ЛОЖЬ", "-",
        ] {
            assert_eq!(yes_no(no), Ok(Some(false)), "{no}");
        }
        assert_eq!(yes_no(""), Ok(None));
        assert_eq!(yes_no("  "), Ok(None));
        for bad in ["maybe", "2", "да нет", "?"] {
            assert_eq!(yes_no(bad), Err(()), "{bad}");
        }
    }

    #[test]
    fn scores_are_whole_numbers_one_to_five() {
        for (text, n) in [
            ("3", 3),
            (" 3 ", 3),
            ("3,0", 3),
            ("3.00", 3),
            ("5", 5),
            ("1", 1),
            ("+2", 2),
        ] {
            assert_eq!(score(text), Ok(Some(n)), "{text}");
        }
        assert_eq!(score(""), Ok(None));
        for bad in [
            "0", "6", "7", "2,5", "2.5", "-1", "high", "3 4", "1e0", "3,",
        ] {
            assert_eq!(score(bad), Err(()), "{bad}");
        }
    }

    #[test]
    fn units_by_name_case_and_space_insensitive() {
        let mut plan = Plan::new();
        let sales = plan.add_unit(
            "Sales department".into(),
            FunctionalLevel::Operational,
            true,
        );
        let net = plan.add_unit(
            "Filiallar tarmogʻi (28 ta filial)".into(),
            FunctionalLevel::Operational,
            true,
        );
        assert_eq!(unit(&plan, "Sales department"), Ok(Some(sales)));
        assert_eq!(unit(&plan, " sales  DEPARTMENT "), Ok(Some(sales)));
        assert_eq!(
            unit(&plan, "Filiallar tarmog'i (28 ta filial)"),
            Ok(Some(net))
        );
        assert_eq!(unit(&plan, ""), Ok(None));
        assert_eq!(unit(&plan, "— нет —"), Ok(None));
        assert_eq!(unit(&plan, "Marketing"), Err(()));
    }
}
