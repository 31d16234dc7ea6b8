//! What a refused import says, in the interface's language: which rule the file broke and
//! where (a JSON path, a line and a column), never a bare "invalid file".

use crate::file::fault::{ValueFault, ValueKind};
use crate::file::format::{ImportError, FORMAT_VERSION};
use crate::file::limits::{Limit, MAX_COUNTER};
use crate::file::validate::Problem;
use crate::i18n::{fill, DataText, Lang, Shell, Text};
use crate::texts;

texts! {
    /// How a value that does not fit the format is described: the kinds of value, and one
    /// sentence per kind of fault. `{0}` is the JSON path, `{1}` the line, `{2}` the column.
    FileText {
        KindText => { en: "text", uz: "matn", ru: "текст" },
        KindWholeNumber => { en: "a whole number", uz: "butun son", ru: "целое число" },
        KindNumber => { en: "a number", uz: "son", ru: "число" },
        KindTrueFalse => { en: "true or false", uz: "mantiqiy qiymat", ru: "логическое значение" },
        KindList => { en: "a list", uz: "roʻyxat", ru: "список" },
        KindObject => { en: "an object", uz: "obyekt", ru: "объект" },
        KindDate => { en: "a date", uz: "sana", ru: "дата" },
        KindNull => { en: "null", uz: "boʻsh qiymat", ru: "пустое значение" },
        KindUnknown => {
            en: "another kind of value",
            uz: "boshqa turdagi qiymat",
            ru: "значение другого типа",
        },
        /// `{0}` a kind of value, `{1}` the value.
        KindWithValue => { en: "{0} “{1}”", uz: "{0} “{1}”", ru: "{0} «{1}»" },
        /// `{3}` what belongs there, `{4}` what the file has.
        WrongKind => {
            en: "at {0} (line {1}, column {2}) the file should have {3} but has {4}.",
            uz: "{0} da ({1}-qator, {2}-ustun) {3} boʻlishi kerak, faylda esa {4}.",
            ru: "в {0} (строка {1}, столбец {2}) должно быть: {3}, а в файле — {4}.",
        },
        /// `{3}` the value, `{4}` what the field holds.
        BadValue => {
            en: "at {0} (line {1}, column {2}) “{3}” cannot be used: this field holds {4} in a narrower range.",
            uz: "{0} da ({1}-qator, {2}-ustun) “{3}” qiymatini ishlatib boʻlmaydi: bu maydon uchun mumkin boʻlgan oraliqdagi {4} kerak.",
            ru: "в {0} (строка {1}, столбец {2}) значение «{3}» недопустимо: здесь нужно {4} из допустимого диапазона.",
        },
        /// `{3}` the number, `{4}` the largest the field holds.
        TooLarge => {
            en: "at {0} (line {1}, column {2}) the number {3} is too large: at most {4}.",
            uz: "{0} da ({1}-qator, {2}-ustun) {3} juda katta son: koʻpi bilan {4}.",
            ru: "в {0} (строка {1}, столбец {2}) слишком большое число {3}: не больше {4}.",
        },
        /// `{3}` the text that is not a date.
        NotADate => {
            en: "at {0} (line {1}, column {2}) “{3}” is not a real date written as year-month-day, such as 2027-03-01.",
            uz: "{0} da ({1}-qator, {2}-ustun) “{3}” yil-oy-kun koʻrinishida yozilgan mavjud sana emas (masalan, 2027-03-01).",
            ru: "в {0} (строка {1}, столбец {2}) «{3}» — не существующая дата в виде год-месяц-день (например, 2027-03-01).",
        },
        /// `{3}` the name in the file.
        UnknownChoice => {
            en: "at {0} (line {1}, column {2}) “{3}” is not one of the values this field allows.",
            uz: "{0} da ({1}-qator, {2}-ustun) “{3}” bu maydon uchun ruxsat etilgan qiymatlardan biri emas.",
            ru: "в {0} (строка {1}, столбец {2}) «{3}» не входит в допустимые значения этого поля.",
        },
        /// `{3}` the field's key.
        MissingField => {
            en: "at {0} (line {1}, column {2}) the field “{3}” is missing.",
            uz: "{0} da ({1}-qator, {2}-ustun) “{3}” maydoni yoʻq.",
            ru: "в {0} (строка {1}, столбец {2}) нет поля «{3}».",
        },
        WrongLength => {
            en: "the list at {0} (line {1}, column {2}) has the wrong number of items.",
            uz: "{0} dagi roʻyxatda ({1}-qator, {2}-ustun) elementlar soni notoʻgʻri.",
            ru: "в списке {0} (строка {1}, столбец {2}) неверное число элементов.",
        },
        Other => {
            en: "the value at {0} (line {1}, column {2}) is not valid.",
            uz: "{0} dagi qiymat ({1}-qator, {2}-ustun) notoʻgʻri.",
            ru: "значение {0} (строка {1}, столбец {2}) недопустимо.",
        },
        /// `{0}` the file's name, `{1}` the plan file's extension.
        NotAPlanFile => {
            en: "“{0}” is not a plan file. Choose a {1} file saved with “Export file”. Your project is unchanged.",
            uz: "“{0}” reja fayli emas. “Faylga eksport qilish” orqali saqlangan {1} faylini tanlang. Loyihangiz oʻzgarmadi.",
            ru: "«{0}» — не файл плана. Выберите файл {1}, сохранённый кнопкой «Экспорт в файл». Ваш проект не изменён.",
        },
        /// `{0}` the file's name.
        DamagedPlanFile => {
            en: "“{0}” is a plan file, but it is damaged and cannot be opened. Your project is unchanged. Ask for the file again, or choose an earlier copy.",
            uz: "“{0}” reja fayli, lekin u shikastlangan va uni ochib boʻlmaydi. Loyihangiz oʻzgarmadi. Faylni qaytadan soʻrang yoki oldingi nusxasini tanlang.",
            ru: "«{0}» — файл плана, но он повреждён, и открыть его нельзя. Ваш проект не изменён. Попросите прислать файл ещё раз или выберите более раннюю копию.",
        },
        /// The toggle over the technical reason of a refused file.
        Details => { en: "Details", uz: "Batafsil", ru: "Подробности" },
    }
}

/// What a refused file import says: a sentence a manager understands and, where there is one,
/// the technical reason to show under "Details" (to pass on to whoever made the file).
pub fn import_failure(error: &ImportError, file: &str, lang: Lang) -> (String, Option<String>) {
    let why = import_error_text(error, lang);
    match error {
        ImportError::NotJson { .. } | ImportError::NotAPlan | ImportError::WrongFormat { .. } => (
            fill(
                FileText::NotAPlanFile.text(lang),
                &[file, crate::i18n::PLAN_FILE_EXTENSION],
            ),
            Some(why),
        ),
        // Already in the user's terms: the size, or the app to update.
        ImportError::TooLarge { .. } | ImportError::NewerVersion { .. } => {
            (fill(Shell::ImportFailed.text(lang), &[file, &why]), None)
        }
        _ => (
            fill(FileText::DamagedPlanFile.text(lang), &[file]),
            Some(why),
        ),
    }
}

/// The name of a kind of value, in `lang`.
fn kind_text(kind: ValueKind, lang: Lang) -> &'static str {
    match kind {
        ValueKind::Text => FileText::KindText,
        ValueKind::WholeNumber => FileText::KindWholeNumber,
        ValueKind::Number => FileText::KindNumber,
        ValueKind::TrueFalse => FileText::KindTrueFalse,
        ValueKind::List => FileText::KindList,
        ValueKind::Object => FileText::KindObject,
        ValueKind::Date => FileText::KindDate,
        ValueKind::Null => FileText::KindNull,
        ValueKind::Unknown => FileText::KindUnknown,
    }
    .text(lang)
}

/// One sentence on a value that does not fit, with where it is.
fn fault_text(fault: &ValueFault, path: &str, line: usize, column: usize, lang: Lang) -> String {
    let (line, column) = (line.to_string(), column.to_string());
    let at = |key: FileText, more: &[&str]| {
        let mut args: Vec<&str> = vec![path, &line, &column];
        args.extend_from_slice(more);
        fill(key.text(lang), &args)
    };
    match fault {
        ValueFault::WrongKind {
            expected,
            found,
            value,
        } => {
            let found_text = match value {
                Some(v) if *found != ValueKind::TrueFalse && *found != ValueKind::Null => fill(
                    FileText::KindWithValue.text(lang),
                    &[kind_text(*found, lang), v],
                ),
                _ => kind_text(*found, lang).to_owned(),
            };
            at(
                FileText::WrongKind,
                &[kind_text(*expected, lang), &found_text],
            )
        }
        ValueFault::BadValue {
            expected: ValueKind::Date,
            value: Some(value),
        } => at(FileText::NotADate, &[value]),
        ValueFault::BadValue {
            expected,
            value: Some(value),
        } => at(FileText::BadValue, &[value, kind_text(*expected, lang)]),
        ValueFault::TooLarge { value, max } => at(FileText::TooLarge, &[value, &max.to_string()]),
        ValueFault::UnknownChoice { value } => at(FileText::UnknownChoice, &[value]),
        ValueFault::MissingField { field } => at(FileText::MissingField, &[field]),
        ValueFault::WrongLength => at(FileText::WrongLength, &[]),
        ValueFault::BadValue { value: None, .. } | ValueFault::Other => at(FileText::Other, &[]),
    }
}

/// The message for a refused import, in `lang`.
pub fn import_error_text(error: &ImportError, lang: Lang) -> String {
    let text = |k: Shell| k.text(lang);
    match error {
        ImportError::TooLarge { bytes } => fill(
            text(Shell::ErrTooLarge),
            &[&format!("{:.1}", *bytes as f64 / 1_048_576.0)],
        ),
        ImportError::NotJson { line, column } => fill(
            text(Shell::ErrNotJson),
            &[&line.to_string(), &column.to_string()],
        ),
        ImportError::NotAPlan => text(Shell::ErrNotAPlan).to_owned(),
        ImportError::WrongFormat { found } => fill(text(Shell::ErrWrongFormat), &[found]),
        ImportError::BadVersion => text(Shell::ErrBadVersion).to_owned(),
        ImportError::NewerVersion { found } => fill(
            text(Shell::ErrNewerVersion),
            &[&found.to_string(), &FORMAT_VERSION.to_string()],
        ),
        ImportError::Invalid {
            path,
            line,
            column,
            fault,
        } => fault_text(fault, path, *line, *column, lang),
        ImportError::Limit {
            limit,
            path,
            line,
            column,
        } => {
            let what = match limit {
                Limit::Depth => DataText::LimitDepth,
                Limit::StringLength => DataText::LimitString,
                Limit::Items => DataText::LimitItems,
            };
            let what = fill(what.text(lang), &[&limit.value().to_string()]);
            fill(
                DataText::ErrLimit.text(lang),
                &[path, &line.to_string(), &column.to_string(), &what],
            )
        }
        ImportError::DuplicateKey {
            key,
            path,
            line,
            column,
        } => fill(
            DataText::ErrDuplicateKey.text(lang),
            &[key, path, &line.to_string(), &column.to_string()],
        ),
        ImportError::Problem(problem) => match problem {
            Problem::DuplicateId { id, path } => {
                fill(DataText::ErrDuplicateId.text(lang), &[id, path])
            }
            Problem::BrokenReference { id, path } => {
                fill(DataText::ErrBrokenReference.text(lang), &[id, path])
            }
            Problem::DateOutOfRange { path } => fill(DataText::ErrDateRange.text(lang), &[path]),
            Problem::OutOfRange { path } => fill(DataText::ErrOutOfRange.text(lang), &[path]),
            Problem::IdNumberTooLarge { id, path } => fill(
                DataText::ErrIdNumberTooLarge.text(lang),
                &[id, path, &MAX_COUNTER.to_string()],
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_is_no_plan_is_named_so_with_the_reason_under_details() {
        let (text, details) = import_failure(&ImportError::NotAPlan, "photo.json", Lang::Ru);
        assert_eq!(
            text,
            "«photo.json» — не файл плана. Выберите файл .crmplan.json, сохранённый кнопкой «Экспорт в файл». Ваш проект не изменён."
        );
        assert_eq!(
            details.as_deref(),
            Some("это JSON, но не файл плана внедрения CRM.")
        );
        let (text, details) =
            import_failure(&ImportError::BadVersion, "plan.crmplan.json", Lang::En);
        assert!(
            text.starts_with("“plan.crmplan.json” is a plan file, but it is damaged"),
            "{text}"
        );
        assert!(details.is_some_and(|d| d.contains("formatVersion")));
        let (text, details) = import_failure(
            &ImportError::NewerVersion { found: 9 },
            "new.crmplan.json",
            Lang::En,
        );
        assert!(text.contains("newer version of this app"), "{text}");
        assert_eq!(details, None);
    }

    fn every_error() -> Vec<ImportError> {
        vec![
            ImportError::TooLarge { bytes: 12_582_912 },
            ImportError::NotJson {
                line: 3,
                column: 17,
            },
            ImportError::NotAPlan,
            ImportError::WrongFormat {
                found: "other-app".into(),
            },
            ImportError::BadVersion,
            ImportError::NewerVersion { found: 99 },
            ImportError::Invalid {
                path: "$.plans[0].deadline".into(),
                line: 40,
                column: 9,
                fault: ValueFault::from_serde(
                    "invalid type: integer `5`, expected a string at line 40 column 9",
                ),
            },
            ImportError::Limit {
                limit: Limit::Depth,
                path: "$.a.b".into(),
                line: 2,
                column: 5,
            },
            ImportError::DuplicateKey {
                key: "name".into(),
                path: "$.profile".into(),
                line: 4,
                column: 3,
            },
            ImportError::Problem(Problem::DuplicateId {
                id: "s1".into(),
                path: "$.stakeholders[1].id".into(),
            }),
            ImportError::Problem(Problem::BrokenReference {
                id: "s9".into(),
                path: "$.plans[0].responsible".into(),
            }),
            ImportError::Problem(Problem::DateOutOfRange {
                path: "$.plans[0].deadline".into(),
            }),
            ImportError::Problem(Problem::OutOfRange {
                path: "$.stakeholders[0].power".into(),
            }),
            ImportError::Problem(Problem::IdNumberTooLarge {
                id: "s18446744073709551615".into(),
                path: "$.stakeholders[0].id".into(),
            }),
            ImportError::Invalid {
                path: "plan.nextId".into(),
                line: 12,
                column: 40,
                fault: ValueFault::TooLarge {
                    value: "18446744073709551615".into(),
                    max: MAX_COUNTER,
                },
            },
        ]
    }

    #[test]
    fn every_refusal_is_a_whole_sentence_in_every_language() {
        for lang in [Lang::En, Lang::Uz, Lang::Ru] {
            for error in every_error() {
                let text = import_error_text(&error, lang);
                assert!(!text.trim().is_empty(), "{error:?} in {lang:?}");
                assert!(!text.contains('{'), "a placeholder left in {text:?}");
            }
        }
    }

    #[test]
    fn a_refusal_says_where_and_drops_serdes_own_position() {
        let error = &every_error()[6];
        let text = import_error_text(error, Lang::En);
        assert!(text.contains("$.plans[0].deadline"), "{text}");
        assert!(text.contains("40") && text.contains('9'), "{text}");
        assert_eq!(text.matches("line 40").count(), 1, "{text}");
        let big = import_error_text(&every_error()[0], Lang::Ru);
        assert!(big.contains("12.0"), "{big}");
    }

    #[test]
    fn a_value_that_does_not_fit_is_described_in_the_interface_language() {
        let faults = [
            "invalid type: string \"пять\", expected u8",
            "invalid type: boolean `true`, expected a date as YYYY-MM-DD, or null",
            "invalid type: sequence, expected a string",
            "invalid value: integer `300`, expected u8",
            "invalid value: string \"пятое\", expected a date as YYYY-MM-DD, or null",
            "unknown variant `большой`, expected one of `must`, `should`",
            "missing field `имя`",
            "invalid value: integer `18446744073709551615`, expected a whole number at most 9007199254740991",
            "invalid length 3, expected a tuple of size 2",
            "something serde has not said before",
        ];
        for message in faults {
            let error = ImportError::Invalid {
                path: "[0]".into(),
                line: 4,
                column: 7,
                fault: ValueFault::from_serde(message),
            };
            let ru = import_error_text(&error, Lang::Ru);
            assert!(
                !ru.chars().any(|c| c.is_ascii_alphabetic()),
                "{message}: {ru}"
            );
            let uz = import_error_text(&error, Lang::Uz);
            let cyrillic = |c: char| ('\u{400}'..='\u{4ff}').contains(&c);
            let from_file = ["пять", "пятое", "большой", "имя"];
            let own: String = from_file.iter().fold(uz.clone(), |t, v| t.replace(v, ""));
            assert!(!own.chars().any(cyrillic), "{message}: {uz}");
            for text in [&ru, &uz, &import_error_text(&error, Lang::En)] {
                assert!(
                    text.contains("[0]") && text.contains('4') && text.contains('7'),
                    "{text}"
                );
            }
        }
    }
}
