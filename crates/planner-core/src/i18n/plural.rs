//! Plural categories by the CLDR rules for English, Russian and Uzbek.
//!
//! A count picks one of a text's forms by the CLDR cardinal rules (the rules of the Unicode
//! Common Locale Data Repository, `plurals.xml`), which look at the number as it is written:
//! its integer digits `i`, how many fraction digits are visible `v` (trailing zeros count:
//! `1.0` has one) and whether those digits are all zero. So `1` day is "one", but `1.0` and
//! `1.5` are "other" in English and Russian.
//!
//! ```text
//! en  one   i = 1 and v = 0
//!     other everything else
//! uz  one   n = 1                      (1, 1.0, 1.00: the value, not the writing)
//!     other everything else
//! ru  one   v = 0 and i % 10 = 1 and i % 100 != 11
//!     few   v = 0 and i % 10 = 2..4 and i % 100 != 12..14
//!     many  v = 0 and (i % 10 = 0 or i % 10 = 5..9 or i % 100 = 11..14)
//!     other everything else (every number written with a fraction)
//! ```

use crate::i18n::{fill, Lang};
use crate::inputs::{format_number, read_number, shown_parts};

/// The plural category of a number in a language. CLDR also names "zero" and "two", but none of
/// the interface's languages uses them for cardinals, so they are left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PluralCategory {
    /// Russian 1, 21, 101; English and Uzbek 1.
    One,
    /// Russian 2-4, 22-24, 102-104.
    Few,
    /// Russian 0, 5-20, 25-30, 100.
    Many,
    /// Everything else: English and Uzbek 0 and 2 onwards, Russian numbers with a fraction.
    Other,
}

/// The CLDR operands of a number as it is written: the integer digits `i`, the count of visible
/// fraction digits `v`, and whether the fraction `f` is zero (then `n = i`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operands {
    /// The integer digits. An integer part beyond `u64` keeps its last 18 digits plus 10^18, so
    /// that `i % 10`, `i % 100` and `i != 1` still hold.
    i: u64,
    /// How many fraction digits are written, trailing zeros included.
    v: usize,
    /// Whether every written fraction digit is a zero.
    f_zero: bool,
}

impl Operands {
    /// A whole count, written without a fraction.
    pub const fn integer(i: u64) -> Operands {
        Operands {
            i,
            v: 0,
            f_zero: true,
        }
    }

    /// A number of integer part `i` written with these fraction digits (`"5"` for `i.5`, `"0"`
    /// for `i.0`, `""` for none). `None` if `fraction_digits` holds anything but ASCII digits.
    pub fn new(i: u64, fraction_digits: &str) -> Option<Operands> {
        fraction_digits
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| Operands {
                i,
                v: fraction_digits.len(),
                f_zero: fraction_digits.bytes().all(|b| b == b'0'),
            })
    }

    /// The operands of a number's text as `lang` writes or reads it (`"1 234,50"` in Russian,
    /// `"1,234.50"` in English; see [`crate::inputs::optional_number`]). The sign is ignored.
    /// `None` for text that is not a number.
    pub fn read(text: &str, lang: Lang) -> Option<Operands> {
        let parts = read_number(text.trim(), lang).ok()?;
        Operands::new(integer_digits(&parts.int), &parts.frac)
    }

    /// The operands of a value as [`format_number`] shows it: at most four decimals, no trailing
    /// zeros, so `2.0` is the integer 2 and `2.5` has one fraction digit. A value that is not
    /// finite is "other" in every language.
    pub fn of(value: f64) -> Operands {
        match shown_parts(value) {
            Some(parts) => Operands {
                i: integer_digits(&parts.int),
                v: parts.frac.len(),
                f_zero: parts.frac.bytes().all(|b| b == b'0'),
            },
            None => Operands {
                i: 0,
                v: 1,
                f_zero: false,
            },
        }
    }
}

/// ASCII digits as an integer; past `u64`, the last 18 digits plus 10^18 (see [`Operands`]).
fn integer_digits(digits: &str) -> u64 {
    if let Ok(i) = digits.parse::<u64>() {
        return i;
    }
    const TOP: u64 = 1_000_000_000_000_000_000;
    let tail = digits.get(digits.len().saturating_sub(18)..).unwrap_or("");
    TOP + tail.parse::<u64>().unwrap_or(0)
}

/// The CLDR cardinal category of a number written with these operands, in `lang`.
pub fn category(lang: Lang, operands: Operands) -> PluralCategory {
    let Operands { i, v, f_zero } = operands;
    match lang {
        Lang::En if i == 1 && v == 0 => PluralCategory::One,
        Lang::Uz if i == 1 && f_zero => PluralCategory::One,
        Lang::En | Lang::Uz => PluralCategory::Other,
        Lang::Ru if v != 0 => PluralCategory::Other,
        Lang::Ru => {
            let (m10, m100) = (i % 10, i % 100);
            if m10 == 1 && m100 != 11 {
                PluralCategory::One
            } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                PluralCategory::Few
            } else {
                PluralCategory::Many
            }
        }
    }
}

/// The category of a whole count in `lang`.
pub fn count(lang: Lang, n: u64) -> PluralCategory {
    category(lang, Operands::integer(n))
}

/// A text's plural forms in one language, each may hold `{0}` for the number. English and
/// Uzbek need only "one" and "other" ([`Forms::two`]); Russian needs all four ([`Forms::four`]),
/// "other" being the form after a fraction (`1,5 дня`, which is the "few" form's word).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Forms {
    /// The "one" form.
    pub one: &'static str,
    /// The "few" form (Russian).
    pub few: &'static str,
    /// The "many" form (Russian).
    pub many: &'static str,
    /// The "other" form.
    pub other: &'static str,
}

impl Forms {
    /// The forms of a language with "one" and "other" only (English, Uzbek).
    pub const fn two(one: &'static str, other: &'static str) -> Forms {
        Forms {
            one,
            few: other,
            many: other,
            other,
        }
    }

    /// All four forms (Russian).
    pub const fn four(
        one: &'static str,
        few: &'static str,
        many: &'static str,
        other: &'static str,
    ) -> Forms {
        Forms {
            one,
            few,
            many,
            other,
        }
    }

    /// The form of a category.
    pub fn pick(self, category: PluralCategory) -> &'static str {
        match category {
            PluralCategory::One => self.one,
            PluralCategory::Few => self.few,
            PluralCategory::Many => self.many,
            PluralCategory::Other => self.other,
        }
    }

    /// The form for a whole count in `lang`, `{0}` left as it is.
    pub fn form(self, lang: Lang, n: u64) -> &'static str {
        self.pick(count(lang, n))
    }

    /// The form for a whole count with `{0}` filled by the count as `lang` writes it.
    pub fn count(self, lang: Lang, n: u64) -> String {
        // Counts past 2^53 lose their last digits in f64; no count of this app gets there.
        self.number(lang, n as f64)
    }

    /// The form for a value with `{0}` filled by the value as [`format_number`] writes it; the
    /// category follows that writing (`1,5` is "other" in Russian).
    pub fn number(self, lang: Lang, value: f64) -> String {
        let form = self.pick(category(lang, Operands::of(value)));
        fill(form, &[&format_number(value, lang)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PluralCategory::{Few, Many, One, Other};

    /// Russian counts 0-200 by the CLDR samples: "one" 1, 21, 31, ... 101, 121, ...; "few"
    /// 2~4, 22~24, ...; "many" the rest (0, 5~20, 25~30, ..., 100, 105~120, ...).
    fn russian_expected(n: u64) -> PluralCategory {
        const ONE: [u64; 18] = [
            1, 21, 31, 41, 51, 61, 71, 81, 91, 101, 121, 131, 141, 151, 161, 171, 181, 191,
        ];
        const FEW: [u64; 54] = [
            2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 43, 44, 52, 53, 54, 62, 63, 64, 72, 73, 74, 82,
            83, 84, 92, 93, 94, 102, 103, 104, 122, 123, 124, 132, 133, 134, 142, 143, 144, 152,
            153, 154, 162, 163, 164, 172, 173, 174, 182, 183, 184, 192, 193, 194,
        ];
        if ONE.contains(&n) {
            One
        } else if FEW.contains(&n) {
            Few
        } else {
            Many
        }
    }

    #[test]
    fn every_count_to_200_has_its_cldr_category() {
        for n in 0..=200 {
            let en_uz = if n == 1 { One } else { Other };
            assert_eq!(count(Lang::En, n), en_uz, "en {n}");
            assert_eq!(count(Lang::Uz, n), en_uz, "uz {n}");
            assert_eq!(count(Lang::Ru, n), russian_expected(n), "ru {n}");
        }
    }

    #[test]
    fn the_russian_tables_hold_what_cldr_lists() {
        // The samples of plurals.xml, beyond 200 too.
        for n in [1, 21, 31, 41, 51, 61, 71, 81, 101, 1001] {
            assert_eq!(count(Lang::Ru, n), One, "{n}");
        }
        for n in [
            2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 43, 44, 52, 53, 54, 62, 102, 1002,
        ] {
            assert_eq!(count(Lang::Ru, n), Few, "{n}");
        }
        for n in (5..=19).chain([0, 100, 1000, 10_000, 100_000, 1_000_000]) {
            assert_eq!(count(Lang::Ru, n), Many, "{n}");
        }
        for n in [11, 12, 13, 14, 111, 112, 114, 211, 212] {
            assert_eq!(count(Lang::Ru, n), Many, "{n}");
        }
        assert_eq!(count(Lang::Ru, u64::MAX), Many); // ...615
        assert_eq!(count(Lang::En, u64::MAX), Other);
    }

    fn read(text: &str, lang: Lang) -> PluralCategory {
        let operands = Operands::read(text, lang);
        assert!(operands.is_some(), "{text:?} in {lang:?}");
        category(lang, operands.unwrap_or(Operands::integer(0)))
    }

    #[test]
    fn decimals_follow_their_visible_fraction_digits() {
        let samples = [
            // text, en, uz, ru
            ("0.0", Other, Other, Other),
            ("0.5", Other, Other, Other),
            ("1.0", Other, One, Other),
            ("1.00", Other, One, Other),
            ("1.0000", Other, One, Other),
            ("1.5", Other, Other, Other),
            ("2.5", Other, Other, Other),
            ("10.0", Other, Other, Other),
            ("11.0", Other, Other, Other),
            ("21.3", Other, Other, Other),
            ("100.0", Other, Other, Other),
            ("1000000.0", Other, Other, Other),
            ("1", One, One, One),
            ("21", Other, Other, One),
            ("22", Other, Other, Few),
            ("25", Other, Other, Many),
        ];
        for (text, en, uz, ru) in samples {
            assert_eq!(read(text, Lang::En), en, "en {text}");
            assert_eq!(read(text, Lang::Uz), uz, "uz {text}");
            assert_eq!(read(text, Lang::Ru), ru, "ru {text}");
            // The Russian and Uzbek writing with a decimal comma reads the same.
            let comma = text.replace('.', ",");
            assert_eq!(read(&comma, Lang::Uz), uz, "uz {comma}");
            assert_eq!(read(&comma, Lang::Ru), ru, "ru {comma}");
        }
        // Uzbek "one" is n = 1: 1.0 and 1.00 are one, 1.1 ... 1.6 and 0.1 ... 0.9 are not.
        for tenth in 1..=9 {
            assert_eq!(read(&format!("0.{tenth}"), Lang::Uz), Other);
            assert_eq!(read(&format!("1.{tenth}"), Lang::Uz), Other);
        }
        assert_eq!(Operands::read("abc", Lang::En), None);
    }

    #[test]
    fn operands_can_be_given_by_hand() {
        let ru = |i, f| Operands::new(i, f).map(|o| category(Lang::Ru, o));
        assert_eq!(ru(1, ""), Some(One));
        assert_eq!(ru(1, "0"), Some(Other));
        assert_eq!(ru(5, "25"), Some(Other));
        assert_eq!(ru(5, "x"), None);
        assert_eq!(Operands::new(7, ""), Some(Operands::integer(7)));
        let uz = |i, f| Operands::new(i, f).map(|o| category(Lang::Uz, o));
        assert_eq!(uz(1, "000"), Some(One));
        assert_eq!(uz(1, "001"), Some(Other));
    }

    #[test]
    fn values_take_the_category_of_how_they_are_shown() {
        assert_eq!(category(Lang::Ru, Operands::of(2.0)), Few);
        assert_eq!(category(Lang::Ru, Operands::of(1.5)), Other);
        assert_eq!(category(Lang::En, Operands::of(1.0)), One);
        assert_eq!(category(Lang::En, Operands::of(-1.0)), One);
        // 1.00001 is shown as "1": four decimals at most.
        assert_eq!(category(Lang::En, Operands::of(1.000_01)), One);
        assert_eq!(category(Lang::Ru, Operands::of(f64::NAN)), Other);
        // Digits past u64 keep their last two for the Russian rule.
        assert_eq!(read("100000000000000000000021", Lang::Ru), One);
        assert_eq!(read("100000000000000000000001", Lang::En), Other);
    }

    const DAYS_RU: Forms = Forms::four("{0} день", "{0} дня", "{0} дней", "{0} дня");
    const DAYS_EN: Forms = Forms::two("{0} day", "{0} days");

    #[test]
    fn russian_words_have_three_forms_for_counts() {
        // What the old `plural(lang, n, [one, few, many])` promised.
        let forms = Forms::four("день", "дня", "дней", "дня");
        let got: Vec<_> = [1, 2, 5, 11, 21, 22, 25, 112]
            .iter()
            .map(|&n| forms.form(Lang::Ru, n))
            .collect();
        assert_eq!(
            got,
            ["день", "дня", "дней", "дней", "день", "дня", "дней", "дней"]
        );
        let en = Forms::two("day", "days");
        assert_eq!(en.form(Lang::En, 1), "day");
        assert_eq!(en.form(Lang::En, 2), "days");
        assert_eq!(en.form(Lang::En, 0), "days");
    }

    #[test]
    fn forms_fill_in_the_number_as_the_language_writes_it() {
        assert_eq!(DAYS_RU.count(Lang::Ru, 21), "21 день");
        assert_eq!(DAYS_RU.count(Lang::Ru, 1234), "1\u{a0}234 дня");
        assert_eq!(DAYS_RU.count(Lang::Ru, 1111), "1\u{a0}111 дней");
        assert_eq!(DAYS_RU.number(Lang::Ru, 1.5), "1,5 дня");
        assert_eq!(DAYS_EN.count(Lang::En, 1), "1 day");
        assert_eq!(DAYS_EN.count(Lang::En, 1000), "1,000 days");
        assert_eq!(DAYS_EN.number(Lang::En, 1.5), "1.5 days");
        let kun = Forms::two("{0} kun", "{0} kun");
        assert_eq!(kun.number(Lang::Uz, 2.5), "2,5 kun");
    }
}
