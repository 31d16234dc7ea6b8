//! Dates in the interface language's own form.

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
    match lang {
        Lang::En => date.format("%d/%m/%Y").to_string(),
        Lang::Uz | Lang::Ru => date.format("%d.%m.%Y").to_string(),
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
    }
}
