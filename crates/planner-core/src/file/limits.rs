//! The bounds an imported file must keep, checked in one pass over the JSON text before any
//! record is built: nesting depth, string length, items per list, and no duplicate keys.
//!
//! serde_json's own `Value` keeps the last of two equal keys without a word, so a file such as
//! `{"name": "A", "name": "B"}` would import as "B" silently; this pass refuses it instead, and
//! names the place (JSON path, line and column) of every fault.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

/// Deepest nesting of objects and lists a file may have (a plan needs about 6).
pub const MAX_DEPTH: usize = 32;
/// Longest string (in characters) a file may hold, keys included.
pub const MAX_STRING_CHARS: usize = 20_000;
/// Most items one list may hold (stakeholders, tasks, ...).
pub const MAX_ITEMS: usize = 5_000;
/// The largest counter a file may hold: `nextId`, the number that ends an id (`s12`), and the
/// stored copy's `revision`. 2^53 - 1, the largest integer a JavaScript number (and so any JSON
/// tool in a browser) holds exactly; far beyond any real plan, and far enough below `u64::MAX`
/// that adding one never overflows. Checked when the records are read, not by [`scan`].
pub const MAX_COUNTER: u64 = (1 << 53) - 1;

/// What a counter over [`MAX_COUNTER`] is told as: `ValueFault::from_serde` reads the bound back
/// from this text (`invalid value: integer `N`, expected a whole number at most M`).
pub(crate) const AT_MOST: &str = "a whole number at most ";

/// Reads a counter (`#[serde(deserialize_with)]`): a `u64` no larger than [`MAX_COUNTER`].
pub fn counter<'de, D: de::Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    use serde::Deserialize;
    let value = u64::deserialize(deserializer)?;
    if value > MAX_COUNTER {
        return Err(de::Error::invalid_value(
            de::Unexpected::Unsigned(value),
            &format!("{AT_MOST}{MAX_COUNTER}").as_str(),
        ));
    }
    Ok(value)
}

/// [`counter`] for an optional field (`null` or absent is `None`).
pub fn optional_counter<'de, D: de::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<u64>, D::Error> {
    struct Bounded(u64);
    impl<'de> serde::Deserialize<'de> for Bounded {
        fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            counter(deserializer).map(Bounded)
        }
    }
    use serde::Deserialize;
    Ok(Option::<Bounded>::deserialize(deserializer)?.map(|b| b.0))
}

/// Which bound a file broke.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// Nested deeper than [`MAX_DEPTH`].
    Depth,
    /// A string longer than [`MAX_STRING_CHARS`].
    StringLength,
    /// A list with more than [`MAX_ITEMS`] items.
    Items,
}

impl Limit {
    /// The bound's value, for the message that names it.
    pub fn value(self) -> usize {
        match self {
            Limit::Depth => MAX_DEPTH,
            Limit::StringLength => MAX_STRING_CHARS,
            Limit::Items => MAX_ITEMS,
        }
    }
}

/// What the pass found wrong, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// A bound was broken at `path`.
    Limit {
        /// The bound.
        limit: Limit,
        /// JSON path of the value.
        path: String,
    },
    /// An object names `key` twice.
    DuplicateKey {
        /// The repeated key.
        key: String,
        /// JSON path of the object.
        path: String,
    },
}

/// A fault with the line and column where the reader stood (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// The fault.
    pub fault: Fault,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// Why [`scan`] stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScanError {
    /// The text is not JSON; line and column of the fault.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// JSON, but out of bounds or with a duplicate key.
    Fault(Located),
}

#[derive(Clone, Debug)]
enum Segment<'de> {
    /// Borrowed from the text unless the key has escapes.
    Key(Cow<'de, str>),
    Index(usize),
}

/// Formats a path as import errors name it: `plan.plans[2].tasks[5].due`.
fn render(path: &[Segment<'_>]) -> String {
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    if out.is_empty() {
        ".".to_owned()
    } else {
        out
    }
}

#[derive(Default)]
struct State<'de> {
    path: Vec<Segment<'de>>,
    fault: Option<Fault>,
}

struct Scan<'s, 'de> {
    depth: usize,
    state: &'s RefCell<State<'de>>,
}

/// Reads an object key without copying it when the text holds it as it is (no escapes).
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(s))
    }
    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s.to_owned()))
    }
}

/// Objects with more keys than this check duplicates through a hash set; smaller ones (every
/// record of a plan) through a list, which needs no hashing.
const FEW_KEYS: usize = 24;

impl<'de> Scan<'_, 'de> {
    fn fail<E: de::Error>(&self, fault: Fault) -> E {
        self.state.borrow_mut().fault = Some(fault);
        E::custom("bound")
    }

    fn limit<E: de::Error>(&self, limit: Limit) -> E {
        let path = render(&self.state.borrow().path);
        self.fail(Fault::Limit { limit, path })
    }

    fn check_str<E: de::Error>(&self, s: &str) -> Result<(), E> {
        // A byte count is an upper bound of the character count: count only when it may matter.
        if s.len() > MAX_STRING_CHARS && s.chars().count() > MAX_STRING_CHARS {
            return Err(self.limit(Limit::StringLength));
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Scan<'_, 'de> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Scan<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<(), E> {
        self.check_str(s)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.depth >= MAX_DEPTH {
            return Err(self.limit(Limit::Depth));
        }
        let mut index = 0;
        loop {
            // `index` items read: refused once past the bound (checking `>=` before reading on
            // would refuse a list of exactly MAX_ITEMS, whose end is only seen by reading on).
            if index > MAX_ITEMS {
                return Err(self.limit(Limit::Items));
            }
            self.state.borrow_mut().path.push(Segment::Index(index));
            let next = seq.next_element_seed(Scan {
                depth: self.depth + 1,
                state: self.state,
            })?;
            self.state.borrow_mut().path.pop();
            if next.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        if self.depth >= MAX_DEPTH {
            return Err(self.limit(Limit::Depth));
        }
        let mut few: Vec<Cow<'de, str>> = Vec::new();
        let mut many: HashSet<Cow<'de, str>> = HashSet::new();
        while let Some(key) = map.next_key_seed(Key)? {
            self.check_str(&key)?;
            let count = few.len() + many.len();
            if count >= MAX_ITEMS {
                return Err(self.limit(Limit::Items));
            }
            let repeated = if count < FEW_KEYS {
                let repeated = few.contains(&key);
                few.push(key.clone());
                repeated
            } else {
                if many.is_empty() {
                    many.extend(few.drain(..));
                }
                !many.insert(key.clone())
            };
            if repeated {
                let path = render(&self.state.borrow().path);
                let key = key.into_owned();
                return Err(self.fail(Fault::DuplicateKey { key, path }));
            }
            self.state.borrow_mut().path.push(Segment::Key(key));
            map.next_value_seed(Scan {
                depth: self.depth + 1,
                state: self.state,
            })?;
            self.state.borrow_mut().path.pop();
        }
        Ok(())
    }
}

/// Reads `text` once, checking that it is JSON within the bounds and without duplicate keys.
pub fn scan(text: &str) -> Result<(), ScanError> {
    let state = RefCell::new(State::default());
    let mut de = serde_json::Deserializer::from_str(text);
    let result = Scan {
        depth: 0,
        state: &state,
    }
    .deserialize(&mut de)
    .and_then(|()| de.end());
    match result {
        Ok(()) => Ok(()),
        Err(e) => {
            let (line, column) = (e.line(), e.column());
            match state.into_inner().fault {
                Some(fault) => Err(ScanError::Fault(Located {
                    fault,
                    line,
                    column,
                })),
                None => Err(ScanError::Syntax { line, column }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault(text: &str) -> Located {
        match scan(text) {
            Err(ScanError::Fault(located)) => located,
            other => panic!("expected a fault, got {other:?}"),
        }
    }

    #[test]
    fn plain_json_passes() {
        assert_eq!(scan(r#"{"a": [1, 2.5, true, null, "x"], "b": {}}"#), Ok(()));
    }

    #[test]
    fn duplicate_keys_are_named_with_path_line_and_column() {
        let text = "{\"plan\": {\"profile\": {\n  \"name\": \"A\",\n  \"name\": \"B\"}}}";
        let located = fault(text);
        assert_eq!(
            located.fault,
            Fault::DuplicateKey {
                key: "name".into(),
                path: "plan.profile".into()
            }
        );
        assert_eq!(located.line, 3);
        assert!(located.column > 1);
    }

    #[test]
    fn the_same_key_in_two_objects_is_fine() {
        assert_eq!(scan(r#"[{"id": "a"}, {"id": "b"}]"#), Ok(()));
    }

    #[test]
    fn deep_nesting_is_refused_at_the_limit() {
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert_eq!(scan(&ok), Ok(()));
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert!(matches!(
            fault(&deep).fault,
            Fault::Limit {
                limit: Limit::Depth,
                ..
            }
        ));
        // Far deeper than serde_json's own recursion limit: still our message, no overflow.
        let very = "[".repeat(100_000);
        assert!(matches!(
            fault(&very).fault,
            Fault::Limit {
                limit: Limit::Depth,
                ..
            }
        ));
    }

    #[test]
    fn long_strings_are_refused_with_their_path() {
        let ok = format!("{{\"a\": \"{}\"}}", "ʻ".repeat(MAX_STRING_CHARS));
        assert_eq!(scan(&ok), Ok(()));
        let long = format!("{{\"a\": [\"{}\"]}}", "x".repeat(MAX_STRING_CHARS + 1));
        assert_eq!(
            fault(&long).fault,
            Fault::Limit {
                limit: Limit::StringLength,
                path: "a[0]".into()
            }
        );
    }

    #[test]
    fn long_lists_are_refused() {
        let full = vec!["0"; MAX_ITEMS].join(",");
        assert_eq!(scan(&format!("{{\"plans\": [{full}]}}")), Ok(()));
        let items = vec!["0"; MAX_ITEMS + 1].join(",");
        let text = format!("{{\"plans\": [{items}]}}");
        assert_eq!(
            fault(&text).fault,
            Fault::Limit {
                limit: Limit::Items,
                path: "plans".into()
            }
        );
    }

    #[test]
    fn syntax_errors_keep_line_and_column() {
        assert_eq!(
            scan("{\n  \"a\": oops\n}"),
            Err(ScanError::Syntax { line: 2, column: 8 })
        );
        assert!(matches!(scan("{} {}"), Err(ScanError::Syntax { .. })));
    }
}
