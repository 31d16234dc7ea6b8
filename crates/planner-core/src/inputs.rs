//! Typed values of steps 1 and 2's forms: scores, numbers, KPI targets and dates, each checked
//! as the user types. A refused value is never written to the plan; the message is shown beside
//! the field.

use chrono::NaiveDate;

use crate::i18n::{field_error, fill, Lang, StakeholdersText, StrategyText, Text};
use crate::profile::{optional_date, FieldError};
use crate::strategy::Direction;

/// Why a typed value was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    /// One of the shared text and date errors.
    Field(FieldError),
    /// A score that is not a whole number from 1 to 5.
    ScoreRange,
    /// Not a number.
    NotANumber,
    /// A KPI target that does not move in the KPI's direction from this baseline.
    AgainstDirection(Direction, f64),
    /// A KPI target date before today.
    DateInPast,
}

impl From<FieldError> for InputError {
    fn from(e: FieldError) -> Self {
        InputError::Field(e)
    }
}

/// An optional score 1-5 (power, interest); empty means not scored yet.
pub fn optional_score(input: &str) -> Result<Option<u8>, InputError> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u8>() {
        Ok(n @ 1..=5) => Ok(Some(n)),
        _ => Err(InputError::ScoreRange),
    }
}

/// An optional finite number; a decimal comma is accepted (`12,5`), as Uzbek and Russian write it.
pub fn optional_number(input: &str) -> Result<Option<f64>, InputError> {
    let text: String = input
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(InputError::NotANumber),
    }
}

/// An optional whole count (the size of a people group).
pub fn optional_count(input: &str) -> Result<Option<u32>, InputError> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<u32>()
        .map(Some)
        .map_err(|_| InputError::NotANumber)
}

/// A KPI target: a number that, once the baseline is known, moves in the KPI's direction.
pub fn kpi_target(
    input: &str,
    direction: Direction,
    baseline: Option<f64>,
) -> Result<Option<f64>, InputError> {
    let target = optional_number(input)?;
    if let (Some(t), Some(b)) = (target, baseline) {
        if !direction.moves(b, t) {
            return Err(InputError::AgainstDirection(direction, b));
        }
    }
    Ok(target)
}

/// A KPI target date: a real date, not before today.
pub fn kpi_target_date(input: &str, today: NaiveDate) -> Result<Option<NaiveDate>, InputError> {
    let date = optional_date(input)?;
    if date.is_some_and(|d| d < today) {
        return Err(InputError::DateInPast);
    }
    Ok(date)
}

/// A number as the interface language writes it: no trailing `.0`, a decimal comma in Uzbek and
/// Russian.
pub fn format_number(value: f64, lang: Lang) -> String {
    let text = if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        let s = format!("{value:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    };
    match lang {
        Lang::En => text,
        Lang::Uz | Lang::Ru => text.replace('.', ","),
    }
}

/// The message for a refused value, in `lang`.
pub fn input_error(error: InputError, lang: Lang) -> String {
    match error {
        InputError::Field(e) => field_error(e, lang),
        InputError::ScoreRange => StakeholdersText::ErrScore.text(lang).into(),
        InputError::NotANumber => StrategyText::ErrNumber.text(lang).into(),
        InputError::AgainstDirection(Direction::Increase, b) => fill(
            StrategyText::ErrAgainstIncrease.text(lang),
            &[&format_number(b, lang)],
        ),
        InputError::AgainstDirection(Direction::Decrease, b) => fill(
            StrategyText::ErrAgainstDecrease.text(lang),
            &[&format_number(b, lang)],
        ),
        InputError::DateInPast => StrategyText::ErrDatePast.text(lang).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_whole_numbers_from_one_to_five() {
        assert_eq!(optional_score(""), Ok(None));
        assert_eq!(optional_score(" 4 "), Ok(Some(4)));
        for bad in ["0", "6", "-1", "2.5", "high", "300"] {
            assert_eq!(optional_score(bad), Err(InputError::ScoreRange), "{bad}");
        }
    }

    #[test]
    fn numbers_take_a_decimal_comma_and_refuse_words() {
        assert_eq!(optional_number("12,5"), Ok(Some(12.5)));
        assert_eq!(optional_number("1 200"), Ok(Some(1200.0)));
        assert_eq!(optional_number(""), Ok(None));
        assert_eq!(optional_number("abc"), Err(InputError::NotANumber));
        assert_eq!(optional_number("inf"), Err(InputError::NotANumber));
        assert_eq!(optional_count("12"), Ok(Some(12)));
        assert_eq!(optional_count("-3"), Err(InputError::NotANumber));
    }

    #[test]
    fn a_target_must_move_in_the_kpis_direction() {
        assert_eq!(
            kpi_target("20", Direction::Increase, Some(10.0)),
            Ok(Some(20.0))
        );
        assert_eq!(
            kpi_target("5", Direction::Increase, Some(10.0)),
            Err(InputError::AgainstDirection(Direction::Increase, 10.0))
        );
        assert_eq!(
            kpi_target("10", Direction::Decrease, Some(10.0)),
            Err(InputError::AgainstDirection(Direction::Decrease, 10.0))
        );
        assert_eq!(
            kpi_target("5", Direction::Decrease, Some(10.0)),
            Ok(Some(5.0))
        );
        // Without a baseline there is nothing to compare with yet.
        assert_eq!(kpi_target("5", Direction::Increase, None), Ok(Some(5.0)));
    }

    #[test]
    fn a_target_date_may_not_be_in_the_past() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        assert_eq!(
            kpi_target_date("2026-11-26", today),
            Err(InputError::DateInPast)
        );
        assert_eq!(kpi_target_date("2026-11-27", today), Ok(Some(today)));
        assert_eq!(
            kpi_target_date("2027-02-30", today),
            Err(InputError::Field(FieldError::InvalidDate))
        );
    }

    #[test]
    fn numbers_are_written_in_the_languages_way() {
        assert_eq!(format_number(12.0, Lang::En), "12");
        assert_eq!(format_number(12.5, Lang::Ru), "12,5");
        assert_eq!(format_number(0.25, Lang::Uz), "0,25");
    }

    #[test]
    fn messages_name_the_baseline() {
        let m = input_error(
            InputError::AgainstDirection(Direction::Increase, 10.0),
            Lang::En,
        );
        assert!(m.contains("10"), "{m}");
    }
}
