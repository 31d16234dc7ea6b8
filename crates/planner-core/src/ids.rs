//! Stable record ids. Records are referred to by id, never by position, so references, links and
//! merge-import survive reordering and deletion.
//!
//! An id is interned: the text of each distinct id is stored once, for the rest of the session,
//! and an [`Id`] is a reference to it. Copying one copies a pointer and a length, and comparing
//! two compares a few bytes, where a `String` id allocated on every copy. The text is written to
//! files exactly as before (`"s12"`), so the file format does not change.
//!
//! The interner only grows, by the ids this session has seen. Ids the app hands out are short
//! (`s12`), and every plan read repeats the ids already seen, so it grows by the records created
//! plus whatever new ids imported files bring: at most the size of those files (5 MB each).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashSet;
use std::fmt;
use std::sync::{LazyLock, Mutex, PoisonError};

/// The id of one record inside a plan (a unit, a stakeholder, a goal, ...).
///
/// Ids are short strings made from a per-plan counter with a prefix naming the record kind
/// (`u3`, `s12`); they are never reused within a plan. Ordered, compared and hashed by their
/// text, as the `String` they replace was.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Id(&'static str);

/// The text of every id seen in this process. A static, never dropped, so the texts stay
/// reachable to the end (a leak checker, such as the fuzzer's, sees them as held, not lost).
/// The app runs on one thread, where the lock is never contended.
static INTERNED: LazyLock<Mutex<HashSet<&'static str>>> =
    LazyLock::new(|| Mutex::new(HashSet::new()));

impl Id {
    /// The id with this text, interned.
    pub fn new(text: &str) -> Id {
        // A panic while the lock was held cannot leave the set half-changed: use it as it is.
        let mut set = INTERNED.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(&known) = set.get(text) {
            return Id(known);
        }
        let kept: &'static str = Box::leak(text.to_owned().into_boxed_str());
        set.insert(kept);
        Id(kept)
    }

    /// The id as text, for DOM ids and keys.
    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({:?})", self.0)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Self {
        Id::new(s)
    }
}

impl From<String> for Id {
    fn from(s: String) -> Self {
        Id::new(&s)
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Id;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an id (a string)")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Id, E> {
                Ok(Id::new(v))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Id {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The id of one record inside a plan (a unit, a stakeholder, a goal, ...).\n\nThe app writes a prefix naming the record kind and a per-plan counter (`u3`, `s12`), but an import takes any string. Not expressible here, but checked on import: a record's id is unique across the whole plan (all kinds of record), and a field that refers to a record holds the id of an existing record of the kind the field names.",
            "type": "string"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_text_is_the_same_id_and_stored_once() {
        let a = Id::new("s12");
        let b = Id::from(String::from("s12"));
        assert_eq!(a, b);
        assert!(std::ptr::eq(a.as_str(), b.as_str()));
        assert_ne!(a, Id::new("s13"));
    }

    #[test]
    fn ids_order_as_their_text_does() {
        let mut ids = ["s2", "g10", "s10", "", "g9"].map(Id::new);
        ids.sort();
        assert_eq!(ids.map(|i| i.as_str()), ["", "g10", "g9", "s10", "s2"]);
    }

    #[test]
    fn an_id_is_written_and_read_as_its_text() {
        let id = Id::new("k7");
        let text = serde_json::to_string(&id).unwrap();
        assert_eq!(text, "\"k7\"");
        assert_eq!(serde_json::from_str::<Id>(&text).unwrap(), id);
        assert_eq!(
            serde_json::from_str::<Id>("\"a \\\"quoted\\\" id\"")
                .unwrap()
                .as_str(),
            "a \"quoted\" id"
        );
        assert!(serde_json::from_str::<Id>("12").is_err());
    }

    #[test]
    fn an_id_made_on_one_thread_is_good_on_another() {
        let id = std::thread::spawn(|| Id::new("t99")).join().unwrap();
        assert_eq!(id, Id::new("t99"));
        assert!(std::ptr::eq(id.as_str(), Id::new("t99").as_str()));
    }
}
