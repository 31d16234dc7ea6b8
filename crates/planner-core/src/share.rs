//! Share links: a whole plan file in the address's fragment, `#/import/<data>`.
//!
//! `<data>` is the plan file (the same JSON an export writes), compressed with raw DEFLATE by
//! the browser's own `CompressionStream("deflate-raw")` and written in base64url without
//! padding (RFC 4648 §5), so it needs no escaping in an address. The fragment never reaches a
//! server. This module holds the parts that are plain data: finding the data in an address,
//! base64url both ways, and the bounds; compressing is the browser's.
//!
//! Opening a link goes through the same importer as a file ([`crate::file::format::import`]),
//! with the same limits, and the same preview.

use std::fmt;

/// Where the data starts in an address's fragment.
pub const PREFIX: &str = "#/import/";

/// The longest data a link may carry, in characters. Browsers take addresses up to about two
/// million characters; a file at the importer's limit compresses well below this.
pub const MAX_DATA_CHARS: usize = 2_000_000;

/// Above this length (the whole address) common messengers cut or refuse a link: the app then
/// suggests sending the file instead.
pub const MESSENGER_CHARS: usize = 4_000;

/// The data of a share link in `hash` (a location's fragment, `#` included), if it is one.
pub fn data_in(hash: &str) -> Option<&str> {
    hash.strip_prefix(PREFIX)
}

/// The fragment that carries `data`.
pub fn fragment(data: &str) -> String {
    format!("{PREFIX}{data}")
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in base64url without padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let symbols = chunk.len() + 1;
        for i in 0..symbols {
            let index = (n >> (18 - 6 * i)) & 0x3f;
            out.push(char::from(ALPHABET[index as usize]));
        }
    }
    out
}

/// Why a link's data could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// No data after the prefix.
    Empty,
    /// More than [`MAX_DATA_CHARS`] characters.
    TooLong {
        /// How many characters it has.
        chars: usize,
    },
    /// A character that base64url does not use, at this position (0-based, in characters).
    BadCharacter {
        /// Where.
        at: usize,
    },
    /// A length no base64url text can have: the link was cut off.
    Truncated,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => write!(f, "the link carries no plan"),
            LinkError::TooLong { chars } => write!(f, "the link is {chars} characters long"),
            LinkError::BadCharacter { at } => write!(f, "character {} is not base64url", at + 1),
            LinkError::Truncated => write!(f, "the link was cut off"),
        }
    }
}

fn value(symbol: u8) -> Option<u32> {
    let v = match symbol {
        b'A'..=b'Z' => symbol - b'A',
        b'a'..=b'z' => symbol - b'a' + 26,
        b'0'..=b'9' => symbol - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// The bytes a link's `data` encodes. Padding (`=`) is accepted at the end, as some tools add
/// it; any other character outside base64url is refused with its place.
pub fn decode(data: &str) -> Result<Vec<u8>, LinkError> {
    let data = data.trim_end_matches('=');
    if data.is_empty() {
        return Err(LinkError::Empty);
    }
    let chars = data.chars().count();
    if chars > MAX_DATA_CHARS {
        return Err(LinkError::TooLong { chars });
    }
    if let Some(at) = data
        .chars()
        .position(|c| !c.is_ascii() || value(c as u8).is_none())
    {
        return Err(LinkError::BadCharacter { at });
    }
    if data.len() % 4 == 1 {
        return Err(LinkError::Truncated);
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 2);
    for chunk in data.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &symbol) in chunk.iter().enumerate() {
            n |= value(symbol).unwrap_or(0) << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len() - 1]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_vectors_of_rfc_4648() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), encoded);
            if !plain.is_empty() {
                assert_eq!(decode(encoded).unwrap(), plain.as_bytes());
            }
        }
        // The two symbols that differ from plain base64.
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode("-_8").unwrap(), [0xfb, 0xff]);
        assert_eq!(decode("Zm9vYg==").unwrap(), b"foob");
    }

    #[test]
    fn every_byte_sequence_comes_back() {
        let bytes: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for len in 0..bytes.len() {
            let encoded = encode(&bytes[..len]);
            assert!(encoded
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            if len > 0 {
                assert_eq!(decode(&encoded).unwrap(), &bytes[..len], "length {len}");
            }
        }
    }

    #[test]
    fn broken_data_is_refused_with_its_place() {
        assert_eq!(decode(""), Err(LinkError::Empty));
        assert_eq!(decode("Zm9v+Yg"), Err(LinkError::BadCharacter { at: 4 }));
        assert_eq!(decode("Zm9vЖ"), Err(LinkError::BadCharacter { at: 4 }));
        assert_eq!(decode("Zm9vY"), Err(LinkError::Truncated));
        let long = "A".repeat(MAX_DATA_CHARS + 4);
        assert_eq!(
            decode(&long),
            Err(LinkError::TooLong {
                chars: MAX_DATA_CHARS + 4
            })
        );
    }

    #[test]
    fn the_data_is_found_only_after_the_prefix() {
        assert_eq!(data_in("#/import/Zm9v"), Some("Zm9v"));
        assert_eq!(data_in(&fragment("abc")), Some("abc"));
        assert_eq!(data_in("#/stakeholders"), None);
        assert_eq!(data_in("#/import"), None);
    }
}
