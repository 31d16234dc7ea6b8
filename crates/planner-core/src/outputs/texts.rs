//! Texts of the spreadsheets and the Markdown summary that no step's texts already hold. A
//! column or heading that names what a step's screen names takes that screen's text (see
//! [`crate::outputs::tables`] and [`crate::outputs::markdown`]); only these are new.

use crate::i18n::plural::Forms;
use crate::i18n::{Lang, Text};
use crate::texts;

texts! {
    /// Column headers of the spreadsheets and headings of the Markdown summary.
    OutputText {
        /// The last column of every spreadsheet: the record's id, to match rows across files.
        Id => { en: "ID", uz: "Identifikator", ru: "Идентификатор" },
        /// The KPI as the text's sentence ("Improve X from A to B by date").
        KpiStatement => { en: "KPI statement", uz: "KPI ifodasi", ru: "Формулировка KPI" },
        /// A goal's number in the ranked list.
        Rank => { en: "Rank", uz: "Tartib raqami", ru: "Порядковый номер" },
        /// The quadrant of the value/effort matrix (quick wins, major projects, ...).
        GoalQuadrant => {
            en: "Value/effort quadrant",
            uz: "Foydalilik va mehnat sarfi kvadranti",
            ru: "Квадрант «ценность — трудозатраты»",
        },
        /// A count of stakeholders, by plural category (see [`stakeholder_count`]).
        StakeholderCountOne => { en: "{0} stakeholder", uz: "{0} ta manfaatdor tomon", ru: "{0} заинтересованная сторона" },
        StakeholderCountFew => { en: "{0} stakeholders", uz: "{0} ta manfaatdor tomon", ru: "{0} заинтересованные стороны" },
        StakeholderCountMany => { en: "{0} stakeholders", uz: "{0} ta manfaatdor tomon", ru: "{0} заинтересованных сторон" },
        ByQuadrant => {
            en: "By quadrant of the power/interest grid",
            uz: "Taʼsir va qiziqish matritsasining kvadrantlari boʻyicha",
            ru: "По квадрантам матрицы «влияние — интерес»",
        },
        KeyStakeholders => {
            en: "Key stakeholders",
            uz: "Asosiy manfaatdor tomonlar",
            ru: "Ключевые заинтересованные стороны",
        },
        KeyStakeholdersIntro => {
            en: "Those to manage closely, and the executive sponsor.",
            uz: "Yaqindan boshqarilishi kerak boʻlganlar va loyiha homiysi.",
            ru: "Те, с кем нужно тесно работать, и спонсор проекта.",
        },
        KpisWithoutGoal => {
            en: "KPIs not tied to a business goal",
            uz: "Biznes-maqsadga bogʻlanmagan KPIlar",
            ru: "KPI без привязки к бизнес-цели",
        },
        /// A plan's tasks: `{0}` the count ("6 tasks"), `{1}` how many are done, `{2}` the
        /// average progress with its % sign.
        TaskProgress => {
            en: "{0}: {1} done, average progress {2}",
            uz: "{0}: {1} tasi bajarilgan, oʻrtacha bajarilishi {2}",
            ru: "{0}: выполнено {1}, средний процент выполнения {2}",
        },
        ChecksSection => {
            en: "What is still missing",
            uz: "Hali nimalar yetishmayapti",
            ru: "Чего ещё не хватает",
        },
    }
}

/// "1 stakeholder", "5 stakeholders"; "1 заинтересованная сторона", "2 заинтересованные
/// стороны", "5 заинтересованных сторон".
pub fn stakeholder_count(lang: Lang, n: u64) -> String {
    Forms::four(
        OutputText::StakeholderCountOne.text(lang),
        OutputText::StakeholderCountFew.text(lang),
        OutputText::StakeholderCountMany.text(lang),
        OutputText::StakeholderCountFew.text(lang),
    )
    .count(lang, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{n}` slots of a text, sorted.
    fn slots(text: &str) -> Vec<String> {
        let mut found: Vec<String> = (0..10)
            .map(|i| format!("{{{i}}}"))
            .filter(|s| text.contains(s.as_str()))
            .collect();
        found.sort();
        found
    }

    /// The lints of `i18n::lint` in small, until that module lists this enum: every language
    /// present, the English slots, no stand-in apostrophes, the right script, and the Uzbek
    /// ʻ (U+02BB) only after o and g.
    #[test]
    fn every_text_is_present_and_well_formed_in_every_language() {
        const LATIN_IN_RUSSIAN: [&str; 2] = ["CRM", "KPI"];
        for &key in OutputText::ALL {
            let english = key.text(Lang::En);
            for lang in Lang::ALL {
                let text = key.text(lang);
                assert!(!text.trim().is_empty(), "{key:?} is empty in {lang:?}");
                assert_eq!(slots(text), slots(english), "{key:?} in {lang:?}");
                if lang != Lang::En {
                    for bad in ['\'', '`', '\u{2018}', '\u{2019}'] {
                        assert!(!text.contains(bad), "{key:?} {lang:?}: {bad:?} in {text}");
                    }
                }
                let cyrillic = |w: &str| w.chars().any(|c| ('\u{400}'..='\u{52f}').contains(&c));
                for word in text.split(|c: char| !(c.is_alphanumeric() || c == 'ʻ' || c == 'ʼ')) {
                    match lang {
                        Lang::En | Lang::Uz => {
                            assert!(!cyrillic(word), "{key:?} {lang:?}: Cyrillic {word}")
                        }
                        Lang::Ru => assert!(
                            !word.chars().any(|c| c.is_ascii_alphabetic())
                                || LATIN_IN_RUSSIAN.contains(&word),
                            "{key:?}: Latin word {word} in Russian"
                        ),
                    }
                }
                if lang == Lang::Uz {
                    let chars: Vec<char> = text.chars().collect();
                    for (i, c) in chars.iter().enumerate() {
                        let before = i.checked_sub(1).map(|j| chars[j]);
                        let after_o_g = matches!(before, Some('o' | 'O' | 'g' | 'G'));
                        assert!(*c != 'ʻ' || after_o_g, "{key:?}: ʻ not after o/g: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn stakeholder_counts_take_the_plural_form_of_their_number() {
        let counts = |lang| [1, 2, 5, 21, 1000].map(|n| stakeholder_count(lang, n));
        assert_eq!(
            counts(Lang::En),
            [
                "1 stakeholder",
                "2 stakeholders",
                "5 stakeholders",
                "21 stakeholders",
                "1,000 stakeholders"
            ]
        );
        assert_eq!(
            counts(Lang::Ru),
            [
                "1 заинтересованная сторона",
                "2 заинтересованные стороны",
                "5 заинтересованных сторон",
                "21 заинтересованная сторона",
                "1\u{a0}000 заинтересованных сторон"
            ]
        );
        assert_eq!(counts(Lang::Uz)[2], "5 ta manfaatdor tomon");
    }
}
