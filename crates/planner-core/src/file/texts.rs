//! What a refused import says, in the interface's language: which rule the file broke and
//! where (a JSON path, a line and a column), never a bare "invalid file".

use crate::file::format::{ImportError, FORMAT_VERSION};
use crate::file::limits::Limit;
use crate::file::validate::Problem;
use crate::i18n::{fill, DataText, Lang, Shell, Text};

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
            detail,
        } => {
            // serde's detail ends with " at line L column C"; the message names them already.
            let detail = detail.split(" at line ").next().unwrap_or(detail);
            fill(
                text(Shell::ErrInvalid),
                &[path, &line.to_string(), &column.to_string(), detail],
            )
        }
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
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
                detail: "invalid type: number, expected a string at line 40 column 9".into(),
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
}
