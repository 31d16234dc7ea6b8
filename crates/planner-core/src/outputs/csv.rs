//! A small CSV writer (RFC 4180) for Excel and LibreOffice in every interface language.
//!
//! - UTF-8 with a byte order mark (U+FEFF first), so that Excel reads Cyrillic and ʻ right;
//!   every row, the last too, ends with CRLF.
//! - The separator is `;` in Uzbek and Russian, whose Excel writes decimals with a comma and
//!   takes `;` as the list separator, and `,` in English ([`separator`]).
//! - A field is quoted when it holds the separator, `"`, CR or LF, or starts or ends with a
//!   space or tab; a `"` inside is doubled.
//! - Cells are typed ([`Cell`]). A number is written the way that language's Excel reads a
//!   number: a decimal comma in Uzbek and Russian, a point in English, never a digit group
//!   separator, so `-5` and `1500000,5` arrive as numbers. A date is `YYYY-MM-DD`, which Excel
//!   reads as a date in every locale.
//! - Formula injection (OWASP "CSV injection"): a text cell that starts with `=`, `+`, `-`,
//!   `@`, a tab or a CR, or with their full-width forms, or with spaces before one of those, is
//!   written with a `'` in front, so a spreadsheet shows it as text and never runs it. A
//!   number cell is never changed: `-5` stays a negative number.

use chrono::NaiveDate;

use crate::dates::iso;
use crate::i18n::Lang;

/// One cell of a table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// Text, as the user or the interface wrote it; guarded against formula injection.
    Text(String),
    /// A number, written as the language's spreadsheet reads one. Not finite: an empty cell.
    Number(f64),
    /// A date, written `YYYY-MM-DD`.
    Date(NaiveDate),
}

impl Cell {
    /// A text cell.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    /// A number cell, or an empty one for `None`.
    pub fn number(value: Option<f64>) -> Cell {
        value.map_or(Cell::Empty, Cell::Number)
    }

    /// A date cell, or an empty one for `None`.
    pub fn date(value: Option<NaiveDate>) -> Cell {
        value.map_or(Cell::Empty, Cell::Date)
    }

    /// The cell's field as `lang`'s CSV holds it, before quoting.
    fn raw(&self, lang: Lang) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => neutralised(text),
            Cell::Number(value) => number(*value, lang),
            Cell::Date(date) => iso(*date),
        }
    }
}

/// The field separator of `lang`'s spreadsheets: `;` where decimals take a comma (Uzbek,
/// Russian), `,` in English.
pub fn separator(lang: Lang) -> char {
    match lang {
        Lang::En => ',',
        Lang::Uz | Lang::Ru => ';',
    }
}

/// The rows as a CSV file's text in `lang`: the BOM, then each row's fields joined by
/// [`separator`], each row ending with CRLF. Rows may differ in length; the tables of
/// [`crate::outputs::tables`] never do.
pub fn write(rows: &[Vec<Cell>], lang: Lang) -> String {
    let sep = separator(lang);
    let mut out = String::from('\u{feff}');
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(sep);
            }
            push_field(&mut out, &cell.raw(lang), sep);
        }
        out.push_str("\r\n");
    }
    out
}

/// Appends a field, quoted if it must be.
fn push_field(out: &mut String, field: &str, sep: char) {
    let edge_space = |c: Option<char>| matches!(c, Some(' ' | '\t'));
    let quote = field.contains([sep, '"', '\r', '\n'])
        || edge_space(field.chars().next())
        || edge_space(field.chars().next_back());
    if quote {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// The characters that make a spreadsheet read a cell as a formula (or, for tab and CR, hide
/// one): OWASP's list, with the full-width forms that some spreadsheets take for them.
const FORMULA_STARTS: [char; 10] = [
    '=', '+', '-', '@', '\t', '\r', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
];

/// A text with a `'` in front if a spreadsheet could read it as a formula: it starts with one
/// of [`FORMULA_STARTS`], or has only whitespace before one (a spreadsheet that trims spaces
/// on import would find the formula).
fn neutralised(text: &str) -> String {
    let first = text.chars().next();
    let first_visible = text.trim_start().chars().next();
    let risky = |c: Option<char>| c.is_some_and(|c| FORMULA_STARTS.contains(&c));
    if risky(first) || risky(first_visible) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A number as `lang`'s spreadsheet reads it: shortest exact digits, no exponent, no digit
/// groups; a decimal comma in Uzbek and Russian. `-0` is `0`; a value that is not finite is
/// empty.
fn number(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let value = if value == 0.0 { 0.0 } else { value };
    // `Display` of f64 never uses an exponent and gives the shortest digits that read back.
    let text = value.to_string();
    match lang {
        Lang::En => text,
        Lang::Uz | Lang::Ru => text.replace('.', ","),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(cell: Cell, lang: Lang) -> String {
        let text = write(&[vec![cell]], lang);
        let body = text.strip_prefix('\u{feff}').expect("a BOM");
        body.strip_suffix("\r\n").expect("a CRLF").to_owned()
    }

    fn text(t: &str, lang: Lang) -> String {
        one(Cell::text(t), lang)
    }

    #[test]
    fn a_file_starts_with_the_bom_and_every_row_ends_with_crlf() {
        let rows = vec![
            vec![Cell::text("a"), Cell::text("b")],
            vec![Cell::Number(1.0), Cell::Empty],
        ];
        assert_eq!(write(&rows, Lang::En), "\u{feff}a,b\r\n1,\r\n");
        assert_eq!(write(&rows, Lang::Ru), "\u{feff}a;b\r\n1;\r\n");
        assert!(write(&rows, Lang::Uz)
            .as_bytes()
            .starts_with(&[0xEF, 0xBB, 0xBF]));
        assert_eq!(write(&[], Lang::En), "\u{feff}");
    }

    #[test]
    fn the_separator_follows_the_decimal_mark() {
        assert_eq!(separator(Lang::En), ',');
        assert_eq!(separator(Lang::Uz), ';');
        assert_eq!(separator(Lang::Ru), ';');
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(text("plain text", Lang::En), "plain text");
        assert_eq!(text("a, b", Lang::En), "\"a, b\"");
        // A comma is no separator in Russian, a semicolon is.
        assert_eq!(text("a, b", Lang::Ru), "a, b");
        assert_eq!(text("a; b", Lang::Ru), "\"a; b\"");
        assert_eq!(text("a; b", Lang::En), "a; b");
        assert_eq!(text("say \"hi\"", Lang::Uz), "\"say \"\"hi\"\"\"");
        assert_eq!(text(" lead", Lang::En), "\" lead\"");
        assert_eq!(text("trail ", Lang::En), "\"trail \"");
        assert_eq!(text("in the middle", Lang::Ru), "in the middle");
        assert_eq!(text("«Ёлка» и oʻz", Lang::Ru), "«Ёлка» и oʻz");
    }

    #[test]
    fn a_multi_line_cell_is_one_quoted_field() {
        assert_eq!(text("line 1\nline 2", Lang::En), "\"line 1\nline 2\"");
        assert_eq!(text("a\r\nb", Lang::Ru), "\"a\r\nb\"");
        let rows = vec![vec![Cell::text("x\ny"), Cell::text("z")], vec![Cell::Empty]];
        assert_eq!(write(&rows, Lang::En), "\u{feff}\"x\ny\",z\r\n\r\n");
    }

    #[test]
    fn a_formula_in_text_is_neutralised() {
        assert_eq!(
            text("=HYPERLINK(\"http://x\",\"y\")", Lang::En),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(
            text("=HYPERLINK(\"http://x\",\"y\")", Lang::Ru),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(text("=1+1", Lang::En), "'=1+1");
        assert_eq!(text("+7 90 123", Lang::En), "'+7 90 123");
        assert_eq!(text("-5", Lang::Ru), "'-5");
        assert_eq!(text("@SUM(A1)", Lang::En), "'@SUM(A1)");
        assert_eq!(text("\t=1", Lang::En), "'\t=1");
        assert_eq!(text("\r=1", Lang::En), "\"'\r=1\"");
        assert_eq!(text("  =1+1", Lang::En), "'  =1+1");
        assert_eq!(text("\u{ff1d}1+1", Lang::En), "'\u{ff1d}1+1");
        // Inside a text, the same characters are harmless.
        assert_eq!(text("a=b", Lang::En), "a=b");
        assert_eq!(text("CRM-2027", Lang::En), "CRM-2027");
        assert_eq!(text("", Lang::En), "");
    }

    #[test]
    fn a_number_stays_a_number() {
        assert_eq!(one(Cell::Number(-5.0), Lang::En), "-5");
        assert_eq!(one(Cell::Number(-5.0), Lang::Ru), "-5");
        assert_eq!(one(Cell::Number(-2.5), Lang::Uz), "-2,5");
        assert_eq!(one(Cell::Number(1_500_000.0), Lang::En), "1500000");
        assert_eq!(one(Cell::Number(1_500_000.25), Lang::Ru), "1500000,25");
        assert_eq!(one(Cell::Number(1_500_000.25), Lang::En), "1500000.25");
        assert_eq!(one(Cell::Number(0.1), Lang::En), "0.1");
        assert_eq!(one(Cell::Number(-0.0), Lang::En), "0");
        assert_eq!(one(Cell::Number(1e21), Lang::En), "1000000000000000000000");
        assert_eq!(one(Cell::Number(f64::NAN), Lang::En), "");
        assert_eq!(one(Cell::Number(f64::INFINITY), Lang::Ru), "");
        assert_eq!(one(Cell::number(None), Lang::Ru), "");
        // A decimal comma in English would be a separator: never written.
        assert!(!one(Cell::Number(12.5), Lang::En).contains(','));
    }

    #[test]
    fn a_date_is_iso_in_every_language() {
        let d = NaiveDate::from_ymd_opt(2027, 9, 1);
        for lang in Lang::ALL {
            assert_eq!(one(Cell::date(d), lang), "2027-09-01");
        }
        assert_eq!(one(Cell::date(None), Lang::En), "");
    }
}
