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

/// An optional finite number, read as `lang` writes numbers; the value is never guessed.
///
/// * Uzbek and Russian: `12,5` and `12.5` (a comma is always the decimal mark), digits grouped
///   by threes with a space, a no-break space (U+00A0) or a narrow no-break space (U+202F):
///   `1 234 567,5`.
/// * English: `12.5`, digits grouped by threes with commas (`1,234,567.5`) or spaces. A comma
///   anywhere else (`12,5`) is refused: it could mean 12.5 or 125.
///
/// A leading `-` (or U+2212 minus) or `+` is accepted, so is a bare fraction (`.5`, `,5`).
/// Anything ambiguous or malformed (two decimal marks, groups not of three digits, a trailing
/// decimal mark, letters, exponents) is [`InputError::NotANumber`].
pub fn optional_number(input: &str, lang: Lang) -> Result<Option<f64>, InputError> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let parts = read_number(text, lang)?;
    let sign = if parts.negative { "-" } else { "" };
    let frac = if parts.frac.is_empty() {
        "0"
    } else {
        &parts.frac
    };
    match format!("{sign}{}.{frac}", parts.int).parse::<f64>() {
        // `-0` is stored as 0.
        Ok(v) if v.is_finite() => Ok(Some(if v == 0.0 { 0.0 } else { v })),
        _ => Err(InputError::NotANumber),
    }
}

/// A number's text taken apart: its sign, its integer digits without groups (never empty) and
/// its fraction digits as written (trailing zeros kept, empty for none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct NumberParts {
    pub negative: bool,
    pub int: String,
    pub frac: String,
}

/// The characters that group digits by threes in Uzbek and Russian (and, besides the comma, in
/// English): space, no-break space, narrow no-break space.
const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// Reads a trimmed number's text by the rules of [`optional_number`].
pub(crate) fn read_number(text: &str, lang: Lang) -> Result<NumberParts, InputError> {
    let (negative, body) = if let Some(rest) = text.strip_prefix(['-', '\u{2212}']) {
        (true, rest)
    } else {
        (false, text.strip_prefix('+').unwrap_or(text))
    };
    let is_mark = |c: char| match lang {
        Lang::En => c == '.',
        Lang::Uz | Lang::Ru => c == '.' || c == ',',
    };
    // Only digits may follow the first decimal mark, so a second mark is refused below.
    let (int, frac) = match body.split_once(is_mark) {
        Some((int, frac)) => (int, Some(frac)),
        None => (body, None),
    };
    if let Some(frac) = frac {
        if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(InputError::NotANumber);
        }
    }
    let int = match (int.is_empty(), frac) {
        (true, Some(_)) => "0".to_owned(),
        (true, None) => return Err(InputError::NotANumber),
        (false, _) => ungroup(int, lang)?,
    };
    Ok(NumberParts {
        negative,
        int,
        frac: frac.unwrap_or("").to_owned(),
    })
}

/// The integer digits without their group separators, if they are grouped by threes with one
/// kind of separator (commas only in English; the kinds of space may mix).
fn ungroup(int: &str, lang: Lang) -> Result<String, InputError> {
    let comma = lang == Lang::En && int.contains(',');
    let is_sep = |c: char| if comma { c == ',' } else { SPACES.contains(&c) };
    let groups: Vec<&str> = int.split(is_sep).collect();
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if !groups.iter().all(|g| digits(g)) {
        return Err(InputError::NotANumber);
    }
    if let [first, rest @ ..] = groups.as_slice() {
        let grouped = !rest.is_empty();
        if grouped
            && (first.len() > 3 || first.starts_with('0') || rest.iter().any(|g| g.len() != 3))
        {
            return Err(InputError::NotANumber);
        }
    }
    Ok(groups.concat())
}

/// An optional whole count (the size of a people group), as `lang` writes it (`1 200`,
/// `1,200`); a fraction or a negative number is refused, never rounded.
pub fn optional_count(input: &str, lang: Lang) -> Result<Option<u32>, InputError> {
    match optional_number(input, lang)? {
        None => Ok(None),
        Some(v) if v.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&v) => {
            Ok(Some(v as u32))
        }
        Some(_) => Err(InputError::NotANumber),
    }
}

/// A KPI target: a number that, once the baseline is known, moves in the KPI's direction.
pub fn kpi_target(
    input: &str,
    direction: Direction,
    baseline: Option<f64>,
    lang: Lang,
) -> Result<Option<f64>, InputError> {
    let target = optional_number(input, lang)?;
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

/// A number as the interface language writes it: at most four decimals, no trailing zeros,
/// digits grouped by threes from 1 000 on. Uzbek and Russian write `1 234 567,5` (a no-break
/// space U+00A0 between groups, so the number never breaks across lines, and a decimal comma);
/// English writes `1,234,567.5`. [`optional_number`] reads it back in the same language.
pub fn format_number(value: f64, lang: Lang) -> String {
    let Some(parts) = shown_parts(value) else {
        return value.to_string();
    };
    let (group, mark) = match lang {
        Lang::En => (',', '.'),
        Lang::Uz | Lang::Ru => ('\u{a0}', ','),
    };
    let len = parts.int.len();
    let mut out = String::with_capacity(len * 2 + parts.frac.len() + 2);
    if parts.negative {
        out.push('-');
    }
    for (k, digit) in parts.int.chars().enumerate() {
        if k > 0 && (len - k) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if !parts.frac.is_empty() {
        out.push(mark);
        out.push_str(&parts.frac);
    }
    out
}

/// The parts of a finite value as [`format_number`] shows it: rounded to four decimals,
/// trailing zeros dropped, no sign on a value that rounds to zero. `None` if not finite.
pub(crate) fn shown_parts(value: f64) -> Option<NumberParts> {
    if !value.is_finite() {
        return None;
    }
    let text = format!("{:.4}", value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    Some(NumberParts {
        negative: value < 0.0 && (!frac.is_empty() || int.bytes().any(|b| b != b'0')),
        int: int.to_owned(),
        frac: frac.to_owned(),
    })
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

/// The most names one pasted list adds.
pub const MAX_PASTED_NAMES: usize = 200;

/// The names in a pasted list: one per line, as copied from a document, an email or a
/// spreadsheet column. List marks ("-", "•", "1.", "2)") are dropped, a spreadsheet row keeps its
/// first cell, blank lines and repeats (in any case) are skipped, and a name is cut at
/// [`crate::profile::MAX_TEXT`] characters. At most [`MAX_PASTED_NAMES`].
pub fn name_list(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for line in text.lines() {
        let cell = line.split('\t').next().unwrap_or_default();
        let name = strip_list_mark(cell.trim()).trim();
        if name.is_empty() {
            continue;
        }
        let name: String = name.chars().take(crate::profile::MAX_TEXT).collect();
        let folded = name.to_lowercase();
        if names.iter().any(|n| n.to_lowercase() == folded) {
            continue;
        }
        names.push(name);
        if names.len() == MAX_PASTED_NAMES {
            break;
        }
    }
    names
}

/// A line without its bullet or number: "- Sales", "• Sales", "3. Sales", "3) Sales".
fn strip_list_mark(line: &str) -> &str {
    for bullet in ['-', '*', '•', '–', '—', '·'] {
        if let Some(rest) = line.strip_prefix(bullet) {
            if rest.starts_with(char::is_whitespace) {
                return rest;
            }
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &line[digits..];
        for mark in ['.', ')'] {
            if let Some(after) = rest.strip_prefix(mark) {
                if after.starts_with(char::is_whitespace) {
                    return after;
                }
            }
        }
    }
    line
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

    const ALL: [Lang; 3] = [Lang::En, Lang::Uz, Lang::Ru];

    #[test]
    fn numbers_refuse_words_in_every_language() {
        for lang in ALL {
            assert_eq!(optional_number("", lang), Ok(None));
            assert_eq!(optional_number("  ", lang), Ok(None));
            assert_eq!(optional_number(" 12.5 ", lang), Ok(Some(12.5)), "{lang:?}");
            assert_eq!(optional_number("-3", lang), Ok(Some(-3.0)));
            assert_eq!(optional_number("\u{2212}3.5", lang), Ok(Some(-3.5)));
            assert_eq!(optional_number("+7", lang), Ok(Some(7.0)));
            assert_eq!(optional_number(".5", lang), Ok(Some(0.5)));
            assert_eq!(optional_number("-0", lang), Ok(Some(0.0)));
            assert_eq!(optional_number("1 200", lang), Ok(Some(1200.0)), "{lang:?}");
            for bad in [
                "abc", "inf", "NaN", "1e5", "12.", "12.5.1", "1.2.3", "-", "+", ".", "--5", "- 5",
                "12a", "0x10", "1 2", "12 34", "1 2345", "0 123", "1  234", " 1 234 5", "1_000",
                "12.3 4", "5%",
            ] {
                assert_eq!(
                    optional_number(bad, lang),
                    Err(InputError::NotANumber),
                    "{bad:?} in {lang:?}"
                );
            }
        }
        assert_eq!(optional_count("12", Lang::En), Ok(Some(12)));
        assert_eq!(optional_count("1 200", Lang::Ru), Ok(Some(1200)));
        assert_eq!(optional_count("1,200", Lang::En), Ok(Some(1200)));
        assert_eq!(optional_count("", Lang::Uz), Ok(None));
        for bad in ["-3", "2,5", "1e3", "5000000000"] {
            assert_eq!(
                optional_count(bad, Lang::Ru),
                Err(InputError::NotANumber),
                "{bad}"
            );
        }
    }

    #[test]
    fn uzbek_and_russian_read_a_comma_as_the_decimal_mark() {
        for lang in [Lang::Uz, Lang::Ru] {
            assert_eq!(optional_number("12,5", lang), Ok(Some(12.5)));
            assert_eq!(optional_number("12.5", lang), Ok(Some(12.5)));
            assert_eq!(optional_number(",25", lang), Ok(Some(0.25)));
            // A comma is never a thousands separator here: 1,234 is one and a bit.
            assert_eq!(optional_number("1,234", lang), Ok(Some(1.234)));
            for grouped in [
                "1 234 567,5",
                "1\u{a0}234\u{a0}567,5",
                "1\u{202f}234\u{202f}567,5",
                "1 234\u{a0}567.5",
            ] {
                assert_eq!(
                    optional_number(grouped, lang),
                    Ok(Some(1_234_567.5)),
                    "{grouped:?}"
                );
            }
            assert_eq!(optional_number("-12 000", lang), Ok(Some(-12_000.0)));
            for bad in [
                "12,5,1",
                "12,5.1",
                "1.234.567",
                "1,234,567",
                "1,234.5",
                "12,",
                "1 234,",
            ] {
                assert_eq!(
                    optional_number(bad, lang),
                    Err(InputError::NotANumber),
                    "{bad:?} in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn english_reads_a_comma_only_as_a_thousands_separator() {
        let en = |s| optional_number(s, Lang::En);
        assert_eq!(en("12.5"), Ok(Some(12.5)));
        assert_eq!(en("1,234"), Ok(Some(1234.0)));
        assert_eq!(en("1,234,567.5"), Ok(Some(1_234_567.5)));
        assert_eq!(en("-12,000"), Ok(Some(-12_000.0)));
        assert_eq!(en("123,456"), Ok(Some(123_456.0)));
        assert_eq!(en("1\u{a0}234.5"), Ok(Some(1234.5)));
        // 12,5 could be 12.5 or a mistyped 125: refused, never guessed.
        for bad in [
            "12,5",
            "0,5",
            ",5",
            "1,2345",
            "1234,567",
            "1,23,456",
            "0,123",
            "1,234,",
            ",123",
            "1,,234",
            "1,234 567",
            "1.234,5",
            "1,234.5.6",
            "12,5.1",
        ] {
            assert_eq!(en(bad), Err(InputError::NotANumber), "{bad:?}");
        }
    }

    /// Values with at most four decimals, small and large, positive and negative.
    fn sample_values() -> Vec<f64> {
        let mut values = vec![0.0, 1.0, -1.0, 0.5, 0.0001, -0.0001, 12.5, 999.9999, 1000.0];
        values.extend([
            1234.5678,
            1_234_567.5,
            123_456_789.0,
            1e15,
            1e20,
            -98_765.432_1,
        ]);
        // A deterministic spread of 2000 values: a linear congruential walk.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for k in 0..2000u32 {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let mantissa = (x >> 20) % 10_000_000_000_000;
            let decimals = k % 5;
            let digits = 1 + k % 14;
            let whole = mantissa % 10u64.pow(digits);
            // Parsing the decimal text gives the f64 closest to it, as a user's typing would.
            let text = format!("{whole}e-{decimals}");
            let v: f64 = text.parse().unwrap_or(0.0);
            values.push(if k % 3 == 0 { -v } else { v });
        }
        values
    }

    #[test]
    fn every_formatted_number_reads_back_as_itself() {
        for v in sample_values() {
            for lang in ALL {
                let text = format_number(v, lang);
                assert_eq!(
                    optional_number(&text, lang),
                    Ok(Some(v)),
                    "{v} as {text:?} in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn values_beyond_four_decimals_read_back_rounded() {
        let mut x = 0.123_456_789_f64;
        for _ in 0..500 {
            x = (x * 7.913 + 0.311).fract() * 1e6 - 3e5;
            for lang in ALL {
                let back = optional_number(&format_number(x, lang), lang);
                let back = back.ok().flatten().unwrap_or(f64::NAN);
                assert!(
                    (back - x).abs() <= 0.000_05 + x.abs() * 1e-15,
                    "{x} in {lang:?}: {back}"
                );
            }
        }
    }
    #[test]
    fn a_target_must_move_in_the_kpis_direction() {
        assert_eq!(
            kpi_target("20", Direction::Increase, Some(10.0), Lang::En),
            Ok(Some(20.0))
        );
        assert_eq!(
            kpi_target("5", Direction::Increase, Some(10.0), Lang::En),
            Err(InputError::AgainstDirection(Direction::Increase, 10.0))
        );
        assert_eq!(
            kpi_target("10", Direction::Decrease, Some(10.0), Lang::En),
            Err(InputError::AgainstDirection(Direction::Decrease, 10.0))
        );
        assert_eq!(
            kpi_target("5,5", Direction::Decrease, Some(10.0), Lang::Ru),
            Ok(Some(5.5))
        );
        assert_eq!(
            kpi_target("12,5", Direction::Increase, Some(10.0), Lang::En),
            Err(InputError::NotANumber)
        );
        // Without a baseline there is nothing to compare with yet.
        assert_eq!(
            kpi_target("5", Direction::Increase, None, Lang::Uz),
            Ok(Some(5.0))
        );
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
        let cases: [(f64, &str, &str); 16] = [
            // value, English, Uzbek and Russian
            (12.0, "12", "12"),
            (12.5, "12.5", "12,5"),
            (0.25, "0.25", "0,25"),
            (999.0, "999", "999"),
            (1000.0, "1,000", "1\u{a0}000"),
            (1234.0, "1,234", "1\u{a0}234"),
            (12_345.678, "12,345.678", "12\u{a0}345,678"),
            (1_234_567.5, "1,234,567.5", "1\u{a0}234\u{a0}567,5"),
            (-1_234_567.5, "-1,234,567.5", "-1\u{a0}234\u{a0}567,5"),
            (-0.5, "-0.5", "-0,5"),
            (1.23456, "1.2346", "1,2346"),
            (2.50001, "2.5", "2,5"),
            (0.00004, "0", "0"),
            (-0.00004, "0", "0"),
            (-0.0, "0", "0"),
            (
                1e18,
                "1,000,000,000,000,000,000",
                "1\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000",
            ),
        ];
        for (v, en, uz_ru) in cases {
            assert_eq!(format_number(v, Lang::En), en, "{v}");
            assert_eq!(format_number(v, Lang::Uz), uz_ru, "{v}");
            assert_eq!(format_number(v, Lang::Ru), uz_ru, "{v}");
        }
    }

    #[test]
    fn messages_name_the_baseline() {
        let m = input_error(
            InputError::AgainstDirection(Direction::Increase, 10.0),
            Lang::En,
        );
        assert!(m.contains("10"), "{m}");
    }

    #[test]
    fn a_pasted_list_gives_one_name_per_line_without_marks_or_repeats() {
        let pasted = "Filial boshqaruvchilari\r\n- Call-markaz operatorlari\n\n  2) IT bo‘limi  \n• Mijozlar\n3. Kredit qo‘mitasi\tvalue\tmore\nmijozlar\n2026 reja\n-5 kun\n";
        assert_eq!(
            name_list(pasted),
            [
                "Filial boshqaruvchilari",
                "Call-markaz operatorlari",
                "IT bo‘limi",
                "Mijozlar",
                "Kredit qo‘mitasi",
                "2026 reja",
                "-5 kun"
            ]
        );
        assert!(name_list("\n \n\t\n").is_empty());
        assert_eq!(name_list("Одна строка"), ["Одна строка"]);
        let many: String = (0..500).map(|i| format!("Name {i}\n")).collect();
        assert_eq!(name_list(&many).len(), MAX_PASTED_NAMES);
        let long = "x".repeat(3_000);
        assert_eq!(
            name_list(&long)[0].chars().count(),
            crate::profile::MAX_TEXT
        );
    }
}
