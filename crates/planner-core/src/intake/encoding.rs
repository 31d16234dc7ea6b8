//! Which text encoding a spreadsheet file is in, and its text.
//!
//! Excel and LibreOffice save "CSV UTF-8" (with or without a byte order mark), but Russian Excel
//! still saves plain "CSV" in Windows-1251, and "Unicode text" in UTF-16 with a byte order mark.
//! [`decode_choice`] picks the encoding from the bytes: a UTF-16 byte order mark names UTF-16;
//! otherwise bytes that are valid UTF-8 are UTF-8 (plain ASCII too), and anything else is taken
//! as Windows-1251, the one 8-bit encoding of the app's users: every byte sequence is valid in
//! it, so a file in another 8-bit encoding reads as wrong letters, never as an error.
//!
//! The app can hand the label to the browser's `TextDecoder` ([`Encoding::label`]), or decode
//! here with [`decode`], which needs nothing from the browser.

/// A text encoding of a spreadsheet file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8, with or without a byte order mark.
    Utf8,
    /// Windows-1251 (Cyrillic), what Russian Excel writes as plain "CSV".
    Windows1251,
    /// UTF-16, little-endian, with the byte order mark FF FE ("Unicode text" in Excel).
    Utf16Le,
    /// UTF-16, big-endian, with the byte order mark FE FF.
    Utf16Be,
}

impl Encoding {
    /// The WHATWG encoding label, as `new TextDecoder(label)` takes it.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Windows1251 => "windows-1251",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
        }
    }
}

/// Whether the bytes are valid UTF-8 (an empty file and plain ASCII are).
pub fn looks_like_utf8(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok()
}

/// The encoding of a spreadsheet file's bytes: UTF-16 if it starts with a UTF-16 byte order
/// mark, else UTF-8 if the bytes are valid UTF-8, else Windows-1251.
pub fn decode_choice(bytes: &[u8]) -> Encoding {
    match bytes {
        [0xFF, 0xFE, ..] => Encoding::Utf16Le,
        [0xFE, 0xFF, ..] => Encoding::Utf16Be,
        _ if looks_like_utf8(bytes) => Encoding::Utf8,
        _ => Encoding::Windows1251,
    }
}

/// The text of a spreadsheet file, in the encoding [`decode_choice`] picks. A byte order mark
/// is kept as U+FEFF (the reader drops it); a UTF-16 file with an odd byte or a lone surrogate
/// gets U+FFFD there, as `TextDecoder` does.
pub fn decode(bytes: &[u8]) -> String {
    match decode_choice(bytes) {
        Encoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        Encoding::Windows1251 => bytes.iter().map(|&b| windows_1251(b)).collect(),
        Encoding::Utf16Le => utf16(bytes, u16::from_le_bytes),
        Encoding::Utf16Be => utf16(bytes, u16::from_be_bytes),
    }
}

/// UTF-16 code units from byte pairs, decoded; an odd last byte is U+FFFD.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let chunks = bytes.chunks_exact(2);
    let odd = !chunks.remainder().is_empty();
    let units = chunks.map(|pair| unit([pair[0], pair[1]]));
    let mut text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if odd {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
}

/// Windows-1251 bytes 0x80-0xBF, as the WHATWG Encoding Standard maps them (0x98, unassigned,
/// is U+0098). 0xC0-0xFF are А-я in order, U+0410-U+044F.
const WINDOWS_1251_HIGH: [char; 64] = [
    '\u{0402}', '\u{0403}', '\u{201a}', '\u{0453}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{20ac}', '\u{2030}', '\u{0409}', '\u{2039}', '\u{040a}', '\u{040c}', '\u{040b}', '\u{040f}',
    '\u{0452}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{0098}', '\u{2122}', '\u{0459}', '\u{203a}', '\u{045a}', '\u{045c}', '\u{045b}', '\u{045f}',
    '\u{00a0}', '\u{040e}', '\u{045e}', '\u{0408}', '\u{00a4}', '\u{0490}', '\u{00a6}', '\u{00a7}',
    '\u{0401}', '\u{00a9}', '\u{0404}', '\u{00ab}', '\u{00ac}', '\u{00ad}', '\u{00ae}', '\u{0407}',
    '\u{00b0}', '\u{00b1}', '\u{0406}', '\u{0456}', '\u{0491}', '\u{00b5}', '\u{00b6}', '\u{00b7}',
    '\u{0451}', '\u{2116}', '\u{0454}', '\u{00bb}', '\u{0458}', '\u{0405}', '\u{0455}', '\u{0457}',
];

/// One Windows-1251 byte as a character.
fn windows_1251(b: u8) -> char {
    match b {
        0x00..=0x7F => char::from(b),
        0x80..=0xBF => WINDOWS_1251_HIGH[usize::from(b - 0x80)],
        // А (U+0410) to я (U+044F); always a valid scalar value.
        _ => char::from_u32(0x410 + u32::from(b - 0xC0)).unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Привет, ёж! №1" in Windows-1251, byte by byte from the code page's table.
    const PRIVET: [u8; 14] = [
        0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x2C, 0x20, 0xB8, 0xE6, 0x21, 0x20, 0xB9, 0x31,
    ];

    #[test]
    fn valid_utf8_is_utf8_and_anything_else_windows_1251() {
        assert!(looks_like_utf8(b""));
        assert!(looks_like_utf8(b"Name;Power\r\n"));
        assert!(looks_like_utf8("Имя;Влияние\r\nOʻzbekiston".as_bytes()));
        assert!(looks_like_utf8("\u{feff}Имя".as_bytes()));
        assert_eq!(decode_choice("Ёжик".as_bytes()), Encoding::Utf8);
        assert_eq!(decode_choice(b"plain ascii"), Encoding::Utf8);
        assert!(!looks_like_utf8(&PRIVET));
        assert_eq!(decode_choice(&PRIVET), Encoding::Windows1251);
        assert_eq!(decode_choice(&[0xFF, 0xFE, b'a', 0]), Encoding::Utf16Le);
        assert_eq!(decode_choice(&[0xFE, 0xFF, 0, b'a']), Encoding::Utf16Be);
        assert_eq!(Encoding::Windows1251.label(), "windows-1251");
        assert_eq!(Encoding::Utf8.label(), "utf-8");
    }

    #[test]
    fn windows_1251_decodes_russian_text() {
        assert_eq!(decode(&PRIVET), "Привет, ёж! №1");
        // The whole upper half: А-Я, а-я in order, Ё and ё apart.
        let upper: Vec<u8> = (0xC0..=0xFF).collect();
        let text = decode(&upper);
        assert!(
            text.starts_with("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабв"),
            "{text}"
        );
        assert!(text.ends_with("эюя"), "{text}");
        assert_eq!(decode(&[0xA8, 0xB8, 0xAB, 0xBB, 0x97, 0xFF]), "Ёё«»—я");
        // A real Russian-Excel line: separator and quotes survive.
        let line = [0xC8, 0xEC, 0xFF, 0x3B, 0x22, 0xC0, 0x3B, 0xC1, 0x22];
        assert_eq!(decode(&line), "Имя;\"А;Б\"");
    }

    #[test]
    fn utf8_and_utf16_decode_as_they_are() {
        let text = "\u{feff}Имя;Ism\r\nOʻzbek;Ёж\r\n";
        assert_eq!(decode(text.as_bytes()), text);
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in "Имя\tName😀".encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        assert_eq!(decode(&le), "\u{feff}Имя\tName😀");
        assert_eq!(decode(&be), "\u{feff}Имя\tName😀");
        le.push(0x41);
        assert!(decode(&le).ends_with('\u{fffd}'));
    }
}
