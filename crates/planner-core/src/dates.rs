//! Dates: `YYYY-MM-DD` as files and date inputs carry them, and the interface language's own
//! forms. Written by hand rather than with chrono's `format`/`parse_from_str`, whose format
//! string machinery costs the browser bundle several kilobytes; chrono stays for the
//! arithmetic.

use chrono::{Datelike, NaiveDate};

use crate::i18n::Lang;

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_UZ: [&str; 12] = [
    "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr",
    "noyabr", "dekabr",
];
// Russian dates use the genitive: "27 ноября".
const MONTHS_RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// A date written out in `lang`: "27 November 2026", "2026-yil 27-noyabr", "27 ноября 2026 г.".
pub fn long_date(date: NaiveDate, lang: Lang) -> String {
    let m = date.month0() as usize;
    let (d, y) = (date.day(), date.year());
    match lang {
        Lang::En => format!("{d} {} {y}", MONTHS_EN[m]),
        Lang::Uz => format!("{y}-yil {d}-{}", MONTHS_UZ[m]),
        Lang::Ru => format!("{d} {} {y} г.", MONTHS_RU[m]),
    }
}

/// A compact numeric date: "27/11/2026" (en), "27.11.2026" (uz, ru).
pub fn short_date(date: NaiveDate, lang: Lang) -> String {
    let sep = match lang {
        Lang::En => '/',
        Lang::Uz | Lang::Ru => '.',
    };
    format!(
        "{:02}{sep}{:02}{sep}{}",
        date.day(),
        date.month(),
        date.year()
    )
}

/// Day and month: "27.11" (a week tick of the timeline).
pub fn day_month(date: NaiveDate) -> String {
    format!("{:02}.{:02}", date.day(), date.month())
}

/// Month and year: "11.2026" (a month tick of the timeline).
pub fn month_year(date: NaiveDate) -> String {
    format!("{:02}.{}", date.month(), date.year())
}

/// The date as `YYYY-MM-DD` (a date input's value).
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Reads a date as people type it, day first in every interface language ("01.03.2026",
/// "1/3/2026", "01-03-26", "1 3 2026"), or year first as files write it ("2026-03-01").
/// A two-digit year is in this century. `None` for anything else, including dates that do not
/// exist (30.02.2026); month names are not read.
pub fn parse_typed(text: &str) -> Option<NaiveDate> {
    let parts = typed_parts(text);
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let number = |p: &str| -> Option<u32> {
        (p.len() <= 4 && p.bytes().all(|d| d.is_ascii_digit())).then(|| p.parse().ok())?
    };
    let (day, month, year) = if a.len() == 4 {
        (number(c)?, number(b)?, number(a)?)
    } else {
        let year = match c.len() {
            2 => 2000 + number(c)?,
            4 => number(c)?,
            _ => return None,
        };
        if a.len() > 2 || b.len() > 2 {
            return None;
        }
        (number(a)?, number(b)?, year)
    };
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// The numbers of a typed date, between any of the separators people use.
fn typed_parts(text: &str) -> Vec<&str> {
    text.trim()
        .split(['.', '/', '-', ' ', ','])
        .filter(|p| !p.is_empty())
        .collect()
}

/// Whether a date being typed is finished: it reads as a date with a four-digit year (and,
/// year first, a two-digit day), so a field may take it before the user leaves: "01.03.2026"
/// is finished, "01.03.20" (the start of 2026) and "2026-03-1" (the start of the 15th) are not.
pub fn typed_is_complete(text: &str) -> bool {
    let parts = typed_parts(text);
    let finished = match parts.as_slice() {
        [year, _, day] if year.len() == 4 => day.len() == 2,
        [_, _, year] => year.len() == 4,
        _ => false,
    };
    finished && parse_typed(text).is_some()
}

/// Reads exactly `YYYY-MM-DD` (four-digit year, two-digit month and day), as date inputs and
/// files write it; `None` for anything else, including dates that do not exist (2026-02-30).
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(range)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)
}

/// Serde for optional dates as `YYYY-MM-DD` (`#[serde(with = "crate::dates::optional_iso")]`),
/// read by [`parse_iso`] instead of chrono's general parser, which is the larger part of
/// chrono's code in the browser bundle. The text in files is the same as chrono writes.
pub mod optional_iso {
    use chrono::NaiveDate;
    use serde::de::{self, Deserializer, Visitor};
    use serde::Serializer;
    use std::fmt;

    /// Writes the date as `YYYY-MM-DD`, or `null`.
    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&super::iso(*d)),
            None => s.serialize_none(),
        }
    }

    /// Reads `YYYY-MM-DD` or `null`; anything else is refused with what was expected.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        struct Date;

        impl<'de> Visitor<'de> for Date {
            type Value = Option<NaiveDate>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date as YYYY-MM-DD, or null")
            }

            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }

            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }

            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                d.deserialize_str(self)
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                super::parse_iso(text)
                    .map(Some)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
            }
        }

        d.deserialize_option(Date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        assert_eq!(long_date(d, Lang::En), "27 November 2026");
        assert_eq!(long_date(d, Lang::Uz), "2026-yil 27-noyabr");
        assert_eq!(long_date(d, Lang::Ru), "27 ноября 2026 г.");
        assert_eq!(short_date(d, Lang::En), "27/11/2026");
        assert_eq!(short_date(d, Lang::Ru), "27.11.2026");
        let early = NaiveDate::from_ymd_opt(2027, 3, 5).expect("date");
        assert_eq!(short_date(early, Lang::Uz), "05.03.2027");
        assert_eq!(day_month(early), "05.03");
        assert_eq!(month_year(early), "03.2027");
    }

    #[test]
    fn iso_dates_round_trip_and_match_chrono() {
        let mut d = NaiveDate::from_ymd_opt(1999, 12, 25).expect("date");
        for _ in 0..3_000 {
            let text = iso(d);
            assert_eq!(text, d.to_string());
            assert_eq!(parse_iso(&text), Some(d));
            d += chrono::Duration::days(13);
        }
    }

    #[test]
    fn optional_dates_go_through_serde_as_chrono_wrote_them() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct Record {
            #[serde(default, with = "super::optional_iso")]
            due: Option<NaiveDate>,
        }
        let due = NaiveDate::from_ymd_opt(2027, 3, 5);
        let text = serde_json::to_string(&Record { due }).expect("writes");
        assert_eq!(text, r#"{"due":"2027-03-05"}"#);
        assert_eq!(
            serde_json::from_str::<Record>(&text).expect("reads"),
            Record { due }
        );
        let none: Record = serde_json::from_str(r#"{"due":null}"#).expect("null");
        assert_eq!(none, Record { due: None });
        let absent: Record = serde_json::from_str("{}").expect("absent");
        assert_eq!(absent, Record { due: None });
        assert_eq!(
            serde_json::to_string(&Record { due: None }).expect("writes"),
            r#"{"due":null}"#
        );
        for bad in [
            r#"{"due":"2027-02-30"}"#,
            r#"{"due":"5.3.2027"}"#,
            r#"{"due":3}"#,
        ] {
            let error = serde_json::from_str::<Record>(bad)
                .expect_err(bad)
                .to_string();
            assert!(error.contains("YYYY-MM-DD"), "{bad}: {error}");
        }
    }

    #[test]
    fn only_exact_iso_dates_are_read() {
        for bad in [
            "",
            "2026-1-05",
            "2026-01-5",
            "26-01-05",
            "2026/01/05",
            "2026-02-30",
            "2026-13-01",
            "2026-00-10",
            "+2026-01-0",
            "2026-01-05 ",
            "２０２６-01-05",
            "2026-01-0a",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad:?}");
        }
        assert_eq!(
            parse_iso("2028-02-29"),
            NaiveDate::from_ymd_opt(2028, 2, 29)
        );
    }

    #[test]
    fn typed_dates_are_read_day_first_or_year_first() {
        let march_first = NaiveDate::from_ymd_opt(2026, 3, 1);
        for typed in [
            "01.03.2026",
            "1.3.2026",
            " 01/03/2026 ",
            "01-03-26",
            "1 3 2026",
            "2026-03-01",
            "01.03.2026.",
        ] {
            assert_eq!(parse_typed(typed), march_first, "{typed:?}");
        }
        for wrong in [
            "30.02.2026",
            "03/01",
            "2026",
            "1.3.226",
            "001.3.2026",
            "a.b.c",
            "",
            "1.13.2026",
        ] {
            assert_eq!(parse_typed(wrong), None, "{wrong:?}");
        }
        // What the field shows, it reads back.
        let date = NaiveDate::from_ymd_opt(2027, 11, 5).expect("date");
        for lang in Lang::ALL {
            assert_eq!(parse_typed(&short_date(date, lang)), Some(date), "{lang:?}");
        }
    }

    #[test]
    fn a_date_is_taken_while_typing_only_once_it_is_finished() {
        for done in ["01.03.2026", "1.3.2026", "2026-03-15"] {
            assert!(typed_is_complete(done), "{done:?}");
        }
        for typing in ["01.03.20", "01.03.202", "2026-03-1", "01.03", "31.02.2026"] {
            assert!(!typed_is_complete(typing), "{typing:?}");
        }
    }
}
