//! Step 0: the project profile and the organisation's units, with field rules.

pub mod checks;
pub mod money;
pub mod texts;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::ids::Id;

/// The project and the organisation it belongs to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Profile {
    /// The project's name; the plan is known by it.
    #[serde(default)]
    pub name: String,
    /// The organisation rolling out the CRM.
    #[serde(default)]
    pub organisation: String,
    /// Its industry, in the user's words.
    #[serde(default)]
    pub industry: String,
    /// The planned go-live date.
    #[serde(default, with = "crate::dates::optional_iso")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::file::schema::Date>")
    )]
    pub go_live: Option<NaiveDate>,
    /// The organisation's units (the text's "company structure").
    #[serde(default)]
    pub units: Vec<Unit>,
    /// The currency budgets are given in (format version 2; soʻm before).
    #[serde(default)]
    pub currency: Currency,
}

/// The currency of a plan's budgets, written in files by its ISO 4217 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Currency {
    /// The Uzbek soʻm.
    #[default]
    #[serde(rename = "UZS")]
    Uzs,
    /// The US dollar.
    #[serde(rename = "USD")]
    Usd,
    /// The euro.
    #[serde(rename = "EUR")]
    Eur,
    /// The Russian rouble.
    #[serde(rename = "RUB")]
    Rub,
    /// The Kazakh tenge.
    #[serde(rename = "KZT")]
    Kzt,
}

impl Currency {
    /// All currencies, the soʻm first.
    pub const ALL: [Currency; 5] = [
        Currency::Uzs,
        Currency::Usd,
        Currency::Eur,
        Currency::Rub,
        Currency::Kzt,
    ];

    /// The ISO 4217 code, as files and form values write it.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Uzs => "UZS",
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Rub => "RUB",
            Currency::Kzt => "KZT",
        }
    }

    /// The currency with this code.
    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// A unit of the organisation: a department, branch or team.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Unit {
    /// Stable id.
    pub id: Id,
    /// The unit's name.
    pub name: String,
    /// Its functional level (the text's "functional levels").
    pub level: FunctionalLevel,
    /// Whether it deals with customers directly.
    #[serde(default)]
    pub customer_facing: bool,
}

/// A functional level of the organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum FunctionalLevel {
    /// Top management: sets direction.
    Strategic,
    /// Middle management: turns direction into programmes.
    Tactical,
    /// Day-to-day work with customers and records.
    #[default]
    Operational,
}

impl FunctionalLevel {
    /// All levels, top down.
    pub const ALL: [FunctionalLevel; 3] = [
        FunctionalLevel::Strategic,
        FunctionalLevel::Tactical,
        FunctionalLevel::Operational,
    ];

    /// The stable code used in files and form values.
    pub fn code(self) -> &'static str {
        match self {
            FunctionalLevel::Strategic => "strategic",
            FunctionalLevel::Tactical => "tactical",
            FunctionalLevel::Operational => "operational",
        }
    }

    /// The level with this code.
    pub fn from_code(code: &str) -> Option<FunctionalLevel> {
        FunctionalLevel::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// Why a typed value was refused. Shown beside the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// The field may not be empty.
    Required,
    /// Longer than [`MAX_TEXT`] characters.
    TooLong,
    /// Not a real calendar date.
    InvalidDate,
    /// A date outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    YearOutOfRange,
}

/// The longest text a single field takes.
pub const MAX_TEXT: usize = 2_000;
/// The earliest year a plan's dates may have.
pub const MIN_YEAR: i32 = 1990;
/// The latest year a plan's dates may have.
pub const MAX_YEAR: i32 = 2100;

/// A required single-line text: trimmed, not empty, not too long.
pub fn required_text(input: &str) -> Result<String, FieldError> {
    let text = optional_text(input)?;
    if text.is_empty() {
        Err(FieldError::Required)
    } else {
        Ok(text)
    }
}

/// An optional text: trimmed, not too long.
pub fn optional_text(input: &str) -> Result<String, FieldError> {
    let text = input.trim();
    if text.chars().count() > MAX_TEXT {
        Err(FieldError::TooLong)
    } else {
        Ok(text.to_owned())
    }
}

/// An optional ISO date (`YYYY-MM-DD`, as `<input type="date">` gives it); empty means none.
pub fn optional_date(input: &str) -> Result<Option<NaiveDate>, FieldError> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let date = crate::dates::parse_iso(text).ok_or(FieldError::InvalidDate)?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&date.year()) {
        return Err(FieldError::YearOutOfRange);
    }
    Ok(Some(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_text_is_trimmed_and_not_empty() {
        assert_eq!(required_text("  CRM 2027 "), Ok("CRM 2027".into()));
        assert_eq!(required_text("   "), Err(FieldError::Required));
        assert_eq!(
            required_text(&"x".repeat(MAX_TEXT + 1)),
            Err(FieldError::TooLong)
        );
    }

    #[test]
    fn dates_must_be_real_and_in_range() {
        assert_eq!(optional_date(""), Ok(None));
        assert_eq!(
            optional_date("2027-03-01"),
            Ok(NaiveDate::from_ymd_opt(2027, 3, 1))
        );
        assert_eq!(optional_date("2027-02-31"), Err(FieldError::InvalidDate));
        assert_eq!(optional_date("01.03.2027"), Err(FieldError::InvalidDate));
        assert_eq!(optional_date("1899-01-01"), Err(FieldError::YearOutOfRange));
        assert_eq!(optional_date("20270-01-01"), Err(FieldError::InvalidDate));
    }

    #[test]
    fn levels_have_stable_codes() {
        for level in FunctionalLevel::ALL {
            assert_eq!(FunctionalLevel::from_code(level.code()), Some(level));
        }
    }
}
