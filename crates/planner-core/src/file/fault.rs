//! What was wrong with a value that did not fit the format, as a typed fault rather than serde's
//! English sentence, so that a refused import can say it in every interface language.
//!
//! serde reports a data error only as text ("invalid type: string \"high\", expected u8"). The
//! wording comes from `serde::de::Error`'s provided methods and is stable; the tests below read
//! real errors from the real plan types, so a change of wording fails here, not on a user's
//! screen. Whatever is not recognised becomes [`ValueFault::Other`], which is still said in full
//! words, only with less detail.

use crate::file::limits::AT_MOST;

/// The kind of a JSON value: what a field expects, or what the file holds instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// A string.
    Text,
    /// A whole number (counts, scores, percentages).
    WholeNumber,
    /// Any number (KPI values, budgets).
    Number,
    /// `true` or `false`.
    TrueFalse,
    /// A list (`[...]`).
    List,
    /// An object (`{...}`).
    Object,
    /// A date written `YYYY-MM-DD`.
    Date,
    /// `null`.
    Null,
    /// A kind not named above.
    Unknown,
}

/// Why a value was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueFault {
    /// A value of the wrong kind. `value` is the value itself, where serde quoted it.
    WrongKind {
        /// What the field holds.
        expected: ValueKind,
        /// What the file has.
        found: ValueKind,
        /// The value as the file writes it, if known.
        value: Option<String>,
    },
    /// A value of the right kind that the field cannot hold: a date that does not exist, a
    /// negative count, a number too large.
    BadValue {
        /// What the field holds.
        expected: ValueKind,
        /// The value as the file writes it, if known.
        value: Option<String>,
    },
    /// A whole number over the largest its field holds (a counter over
    /// [`crate::file::limits::MAX_COUNTER`]).
    TooLarge {
        /// The number as the file writes it.
        value: String,
        /// The largest the field holds.
        max: u64,
    },
    /// A name that is not one of the field's choices (a priority, a level, a category).
    UnknownChoice {
        /// The name in the file.
        value: String,
    },
    /// A field that must be present is not.
    MissingField {
        /// The field's key.
        field: String,
    },
    /// A list of the wrong length.
    WrongLength,
    /// Anything serde said that is not recognised above.
    Other,
}

/// The longest value quoted back to the user; a longer one is cut with an ellipsis.
const MAX_QUOTED_CHARS: usize = 40;

impl ValueFault {
    /// Reads serde's message (with or without its trailing " at line L column C").
    pub fn from_serde(message: &str) -> ValueFault {
        let message = message.split(" at line ").next().unwrap_or(message);
        if let Some(rest) = message.strip_prefix("invalid type: ") {
            if let Some((found, expected)) = rest.split_once(", expected ") {
                let (found, value) = unexpected(found);
                return ValueFault::WrongKind {
                    expected: expected_kind(expected),
                    found,
                    value,
                };
            }
        }
        if let Some(rest) = message.strip_prefix("invalid value: ") {
            if let Some((found, expected)) = rest.split_once(", expected ") {
                let max = expected.strip_prefix(AT_MOST).and_then(|m| m.parse().ok());
                if let (Some(max), (_, Some(value))) = (max, unexpected(found)) {
                    return ValueFault::TooLarge { value, max };
                }
                return ValueFault::BadValue {
                    expected: expected_kind(expected),
                    value: unexpected(found).1,
                };
            }
        }
        if let Some(rest) = message.strip_prefix("unknown variant ") {
            if let Some(value) = backticked(rest) {
                return ValueFault::UnknownChoice {
                    value: quoted(value),
                };
            }
        }
        if let Some(rest) = message.strip_prefix("missing field ") {
            if let Some(field) = backticked(rest) {
                return ValueFault::MissingField {
                    field: field.to_owned(),
                };
            }
        }
        if message.starts_with("invalid length ") {
            return ValueFault::WrongLength;
        }
        if message.starts_with("number out of range") {
            return ValueFault::BadValue {
                expected: ValueKind::Number,
                value: None,
            };
        }
        ValueFault::Other
    }
}

/// The text between the first pair of backticks.
fn backticked(text: &str) -> Option<&str> {
    let start = text.find('`')? + 1;
    let len = text.get(start..)?.find('`')?;
    text.get(start..start + len)
}

/// A value quoted back to the user, cut to [`MAX_QUOTED_CHARS`].
fn quoted(value: &str) -> String {
    if value.chars().count() <= MAX_QUOTED_CHARS {
        value.to_owned()
    } else {
        value.chars().take(MAX_QUOTED_CHARS - 1).collect::<String>() + "…"
    }
}

/// serde's `Unexpected` as written in its messages: the kind and, where given, the value.
fn unexpected(text: &str) -> (ValueKind, Option<String>) {
    let (kind, rest) = text.split_once(' ').unwrap_or((text, ""));
    let value = match rest.strip_prefix('`') {
        Some(v) => v.strip_suffix('`').map(quoted),
        None => rest
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .map(quoted),
    };
    let kind = match kind {
        "string" | "character" => ValueKind::Text,
        "integer" => ValueKind::WholeNumber,
        "floating" => ValueKind::Number,
        "boolean" => ValueKind::TrueFalse,
        "sequence" => ValueKind::List,
        "map" => ValueKind::Object,
        "null" | "unit" => ValueKind::Null,
        _ => ValueKind::Unknown,
    };
    (kind, value)
}

/// serde's "expected ..." as written by a visitor's `expecting`.
fn expected_kind(text: &str) -> ValueKind {
    match text {
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "usize" => {
            ValueKind::WholeNumber
        }
        "f32" | "f64" => ValueKind::Number,
        "a boolean" => ValueKind::TrueFalse,
        "a sequence" => ValueKind::List,
        "a map" => ValueKind::Object,
        t if t.starts_with("struct ") => ValueKind::Object,
        t if t.starts_with("a date") => ValueKind::Date,
        t if t.contains("string") || t.starts_with("variant") || t.starts_with("enum ") => {
            ValueKind::Text
        }
        _ => ValueKind::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::format::{export, import, ImportError};
    use crate::plan::Plan;

    /// The fault of importing the example plan with one piece of its text replaced.
    fn fault_after(from: &str, to: &str) -> ValueFault {
        let mut plan = Plan::default();
        plan.profile.name = "Bank".into();
        plan.profile.go_live = crate::dates::parse_iso("2027-09-01");
        let unit = plan.add_unit(
            "Sales".into(),
            crate::profile::FunctionalLevel::Operational,
            true,
        );
        let person = plan.add_stakeholder("Dilnoza".into(), crate::stakeholders::Category::Users);
        if let Some(s) = plan.stakeholder_mut(&person) {
            s.power = Some(4);
            s.unit = Some(unit);
        }
        let text = export(&plan, "0.1.0", "t");
        assert!(text.contains(from), "{from} is not in the file");
        match import(&text.replacen(from, to, 1)) {
            Err(ImportError::Invalid { fault, .. }) => fault,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn real_serde_errors_are_read_into_faults() {
        assert_eq!(
            fault_after("\"power\": 4", "\"power\": \"high\""),
            ValueFault::WrongKind {
                expected: ValueKind::WholeNumber,
                found: ValueKind::Text,
                value: Some("high".into())
            }
        );
        assert_eq!(
            fault_after("\"power\": 4", "\"power\": 300"),
            ValueFault::BadValue {
                expected: ValueKind::WholeNumber,
                value: Some("300".into())
            }
        );
        assert_eq!(
            fault_after("\"operational\"", "\"boss\""),
            ValueFault::UnknownChoice {
                value: "boss".into()
            }
        );
        assert_eq!(
            fault_after("\"2027-09-01\"", "\"2027-02-31\""),
            ValueFault::BadValue {
                expected: ValueKind::Date,
                value: Some("2027-02-31".into())
            }
        );
        assert_eq!(
            fault_after("\"2027-09-01\"", "true"),
            ValueFault::WrongKind {
                expected: ValueKind::Date,
                found: ValueKind::TrueFalse,
                value: Some("true".into())
            }
        );
        assert_eq!(
            fault_after("\"name\": \"Dilnoza\"", "\"name\": [1]"),
            ValueFault::WrongKind {
                expected: ValueKind::Text,
                found: ValueKind::List,
                value: None
            }
        );
        assert_eq!(
            fault_after("\"nextId\": 2", "\"nextId\": 9007199254740992"),
            ValueFault::TooLarge {
                value: "9007199254740992".into(),
                max: 9_007_199_254_740_991
            }
        );
        assert!(matches!(
            fault_after("\"name\": \"Dilnoza\",", ""),
            ValueFault::MissingField { field } if field == "name"
        ));
    }

    #[test]
    fn long_values_are_cut_and_unknown_messages_kept_as_other() {
        let long = "x".repeat(100);
        let fault = ValueFault::from_serde(&format!(
            "invalid type: string \"{long}\", expected u8 at line 3 column 9"
        ));
        let ValueFault::WrongKind {
            value: Some(value), ..
        } = fault
        else {
            panic!("{fault:?}")
        };
        assert_eq!(value.chars().count(), MAX_QUOTED_CHARS);
        assert!(value.ends_with('…'));
        assert_eq!(ValueFault::from_serde("something new"), ValueFault::Other);
        assert_eq!(ValueFault::from_serde("unknown variant"), ValueFault::Other);
    }
}
