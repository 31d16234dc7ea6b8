//! Amounts of money as people type them: "150 000 000 soʻm", "150 млн сум", "150,000,000",
//! "$12 500". The number follows the interface language's rules (see
//! [`crate::inputs::optional_number`]); around it may stand the project's currency, in any of
//! the ways it is written, and a word for thousands, millions or billions. A figure marked
//! with another currency is refused by name, never silently taken as the project's.

use crate::i18n::Lang;
use crate::inputs::optional_number;
use crate::profile::Currency;

/// Why a typed amount was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyError {
    /// Not a number of 0 or more, or a word that is neither a currency nor a multiplier.
    NotAnAmount,
    /// The amount is marked with a currency other than the project's.
    OtherCurrency(Currency),
}

/// The ways each currency is written, as [`normal`] leaves them: lower case, with no
/// apostrophes or final full stop.
fn names(currency: Currency) -> &'static [&'static str] {
    match currency {
        Currency::Uzs => &["uzs", "som", "sum", "soum", "сум", "сўм", "сума", "сумов"],
        Currency::Usd => &[
            "usd",
            "$",
            "dollar",
            "dollars",
            "доллар",
            "доллара",
            "долларов",
            "долл",
        ],
        Currency::Eur => &["eur", "€", "euro", "euros", "евро", "yevro"],
        Currency::Rub => &["rub", "₽", "руб", "рубль", "рубля", "рублей", "rubl", "р"],
        Currency::Kzt => &["kzt", "₸", "тенге", "tenge", "тг"],
    }
}

/// What a word for a large number multiplies by.
fn multiplier(word: &str) -> Option<f64> {
    match word {
        "k" | "ming" | "тыс" | "тысяч" | "тысячи" | "thousand" => Some(1e3),
        "mln" | "млн" | "million" | "millions" | "миллион" | "миллиона" | "миллионов" => {
            Some(1e6)
        }
        "mlrd" | "млрд" | "billion" | "billions" | "миллиард" | "миллиарда" | "миллиардов" => {
            Some(1e9)
        }
        _ => None,
    }
}

/// A word as [`names`] lists it: lower case, apostrophes of every kind dropped, no final dot.
fn normal(word: &str) -> String {
    word.trim_end_matches('.')
        .chars()
        .filter(|c| !matches!(c, '\'' | 'ʻ' | 'ʼ' | '‘' | '’' | '`' | '´'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The currency symbols, which may touch the number ("$150", "150₽").
const SYMBOLS: [char; 4] = ['$', '€', '₽', '₸'];

/// Splits the words around the number into separate words, symbols apart.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || SYMBOLS.contains(&c))
        .filter(|w| !w.is_empty())
        .map(normal)
        .chain(
            text.chars()
                .filter(|c| SYMBOLS.contains(c))
                .map(String::from),
        )
        .collect()
}

/// Where the number stands in `text`: from its first digit (or the sign or mark just before
/// it) to its last digit.
fn number_span(text: &str) -> Option<(usize, usize)> {
    let first = text.find(|c: char| c.is_ascii_digit())?;
    let last = text.rfind(|c: char| c.is_ascii_digit())? + 1;
    // A sign or a leading decimal mark belongs to the number ("-5", ",5").
    let start = text[..first]
        .char_indices()
        .rev()
        .take_while(|(_, c)| matches!(c, '-' | '\u{2212}' | '+' | '.' | ','))
        .last()
        .map_or(first, |(i, _)| i);
    Some((start, last))
}

/// `number` with its thousands written by a mark repeated ("150,000,000", "1.500.000,50") as
/// plain digits with a full stop for the decimal mark, when that reading is the only one: the
/// mark repeats, or both marks appear with the groups before the last one. Otherwise `None`,
/// and the language's own rules read it.
fn repeated_groups(number: &str) -> Option<String> {
    let commas = number.matches(',').count();
    let stops = number.matches('.').count();
    let (group, decimal) = match (commas, stops) {
        (c, 0) if c >= 2 => (',', None),
        (0, s) if s >= 2 => ('.', None),
        (c, 1) if c >= 1 && number.rfind('.') > number.rfind(',') => (',', Some('.')),
        (1, s) if s >= 1 && number.rfind(',') > number.rfind('.') => ('.', Some(',')),
        _ => return None,
    };
    let (whole, fraction) = match decimal {
        Some(mark) => number.rsplit_once(mark)?,
        None => (number, ""),
    };
    let mut groups = whole.split(group);
    let head = groups.next()?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(head) || head.len() > 3 || !groups.all(|g| g.len() == 3 && digits(g)) {
        return None;
    }
    if !fraction.is_empty() && !digits(fraction) {
        return None;
    }
    let plain: String = whole.chars().filter(|c| *c != group).collect();
    Some(if fraction.is_empty() {
        plain
    } else {
        format!("{plain}.{fraction}")
    })
}

/// An amount as typed in `lang` for a project whose budgets are in `currency`: 0 or more, or
/// empty for none.
pub fn parse_amount(
    input: &str,
    lang: Lang,
    currency: Currency,
) -> Result<Option<f64>, MoneyError> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (start, end) = number_span(text).ok_or(MoneyError::NotAnAmount)?;
    let number = text[start..end].trim();
    let mut factor = 1.0;
    for word in words(&text[..start]).into_iter().chain(words(&text[end..])) {
        if names(currency).contains(&word.as_str()) {
            continue;
        }
        if let Some(times) = multiplier(&word) {
            if factor != 1.0 {
                return Err(MoneyError::NotAnAmount);
            }
            factor = times;
            continue;
        }
        return Err(
            match Currency::ALL
                .into_iter()
                .find(|c| names(*c).contains(&word.as_str()))
            {
                Some(other) => MoneyError::OtherCurrency(other),
                None => MoneyError::NotAnAmount,
            },
        );
    }
    let value = match repeated_groups(number) {
        Some(plain) => optional_number(&plain, Lang::En),
        None => optional_number(number, lang),
    }
    .map_err(|_| MoneyError::NotAnAmount)?;
    match value.map(|v| v * factor) {
        Some(v) if v.is_finite() && v >= 0.0 => Ok(Some(v)),
        Some(_) => Err(MoneyError::NotAnAmount),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uzs(input: &str, lang: Lang) -> Result<Option<f64>, MoneyError> {
        parse_amount(input, lang, Currency::Uzs)
    }

    #[test]
    fn the_ways_people_write_a_sum_are_read() {
        for (typed, lang) in [
            ("150 000 000 so'm", Lang::Uz),
            ("150 000 000 soʻm", Lang::Uz),
            ("150 000 000 сум", Lang::Ru),
            ("150\u{a0}000\u{a0}000\u{a0}сум", Lang::Ru),
            ("150,000,000", Lang::Ru),
            ("150,000,000", Lang::Uz),
            ("150,000,000", Lang::En),
            ("150.000.000", Lang::Ru),
            ("150 mln so'm", Lang::Uz),
            ("150 млн сум", Lang::Ru),
            ("150 млн. сум", Lang::Ru),
            ("UZS 150 000 000", Lang::En),
            ("150000000", Lang::En),
            ("0,15 mlrd", Lang::Uz),
        ] {
            assert_eq!(
                uzs(typed, lang),
                Ok(Some(150_000_000.0)),
                "{typed:?} in {lang:?}"
            );
        }
        assert_eq!(uzs("1 500 000,50 сум", Lang::Ru), Ok(Some(1_500_000.5)));
        assert_eq!(uzs("1,500,000.50", Lang::En), Ok(Some(1_500_000.5)));
        assert_eq!(uzs("1.500.000,50", Lang::Ru), Ok(Some(1_500_000.5)));
        assert_eq!(uzs("1,5", Lang::Uz), Ok(Some(1.5)));
        assert_eq!(uzs("  ", Lang::Uz), Ok(None));
        assert_eq!(
            parse_amount("$12 500", Lang::En, Currency::Usd),
            Ok(Some(12_500.0))
        );
        assert_eq!(
            parse_amount("12 500₽", Lang::Ru, Currency::Rub),
            Ok(Some(12_500.0))
        );
    }

    #[test]
    fn what_the_app_shows_reads_back_the_same() {
        for lang in Lang::ALL {
            for currency in Currency::ALL {
                for amount in [0.0, 7.5, 1_500.0, 150_000_000.0, 1_234_567.25] {
                    let shown = crate::profile::texts::money(amount, currency, lang);
                    assert_eq!(
                        parse_amount(&shown, lang, currency),
                        Ok(Some(amount)),
                        "{shown:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn another_currency_is_refused_by_name() {
        assert_eq!(
            uzs("$5 000", Lang::En),
            Err(MoneyError::OtherCurrency(Currency::Usd))
        );
        assert_eq!(
            uzs("5000 руб.", Lang::Ru),
            Err(MoneyError::OtherCurrency(Currency::Rub))
        );
    }

    #[test]
    fn what_is_not_an_amount_is_refused() {
        for typed in [
            "about 15",
            "15 apples",
            "-3",
            "1,50,000",
            "150,000,00",
            "1 mln mln",
            "сум",
            "12.5.3,1",
        ] {
            assert_eq!(
                uzs(typed, Lang::Ru),
                Err(MoneyError::NotAnAmount),
                "{typed:?}"
            );
        }
        // One comma in Russian is a decimal mark, as the language writes it.
        assert_eq!(uzs("150,000", Lang::Ru), Ok(Some(150.0)));
    }
}
