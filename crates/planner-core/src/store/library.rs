//! The library of plans kept in this browser: what the plan menu lists. Each plan lives in its
//! own storage key; the list is read from the keys themselves, so it can never disagree with
//! them.

use serde::Deserialize;

/// One plan of the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The plan's id (its key is `crm-planner:plan:<id>`).
    pub id: String,
    /// Its name (the project name; may be empty).
    pub name: String,
    /// When it was last saved (RFC 3339), for sorting.
    pub saved_at: String,
    /// Its revision.
    pub revision: u64,
    /// Its format version.
    pub format_version: u64,
}

/// Only what the library shows. Every other field, the plan's records included, is skipped as
/// serde's `IgnoredAny` (the derive does that for unknown fields): nothing of them is built.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Peek {
    #[serde(default)]
    format_version: u64,
    #[serde(default)]
    revision: u64,
    #[serde(default)]
    saved_at: String,
    #[serde(default)]
    plan: PeekPlan,
}

#[derive(Deserialize, Default)]
struct PeekPlan {
    #[serde(default)]
    profile: PeekProfile,
}

#[derive(Deserialize, Default)]
struct PeekProfile {
    #[serde(default)]
    name: String,
}

/// Reads just enough of a stored value to list it; `None` when it is unreadable.
pub fn peek(id: &str, stored: &str) -> Option<Entry> {
    let p: Peek = serde_json::from_str(stored).ok()?;
    Some(Entry {
        id: id.to_owned(),
        name: p.plan.profile.name.trim().to_owned(),
        saved_at: p.saved_at,
        revision: p.revision,
        format_version: p.format_version,
    })
}

/// [`peek`], or an entry with only the id when the value is unreadable (it is still listed, so
/// that it can be opened, which recovers it, or deleted).
pub fn peek_or_unreadable(id: &str, stored: &str) -> Entry {
    peek(id, stored).unwrap_or_else(|| Entry {
        id: id.to_owned(),
        name: String::new(),
        saved_at: String::new(),
        revision: 0,
        format_version: 0,
    })
}

/// Puts `entry` in the list in place of the entry with its id (or adds it), keeping the order:
/// what a save does to the library, without reading any other plan.
pub fn upsert(entries: &mut Vec<Entry>, entry: Entry) {
    match entries.iter_mut().find(|e| e.id == entry.id) {
        Some(old) => *old = entry,
        None => entries.push(entry),
    }
    sort(entries);
}

/// Takes the plan `id` out of the list.
pub fn remove(entries: &mut Vec<Entry>, id: &str) {
    entries.retain(|e| e.id != id);
}

/// Orders entries newest first (then by name, then id, so the order is stable).
pub fn sort(entries: &mut [Entry]) {
    crate::order::sort_by(entries, |a, b| {
        b.saved_at
            .cmp(&a.saved_at)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// A copy's name: "Name (copy)", in the words of the caller's language.
pub fn copy_name(name: &str, suffix: &str) -> String {
    if name.trim().is_empty() {
        suffix.to_owned()
    } else {
        format!("{} ({suffix})", name.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::format::to_stored;
    use crate::plan::Plan;

    #[test]
    fn entries_are_read_from_stored_values() {
        let mut plan = Plan::new();
        plan.profile.name = "  Bank CRM ".into();
        let text = to_stored(&plan, 4, "2026-11-27T10:00:00Z", "0.1.0");
        let entry = peek("p1", &text).expect("entry");
        assert_eq!(entry.name, "Bank CRM");
        assert_eq!(entry.revision, 4);
        assert_eq!(
            entry.format_version,
            u64::from(crate::file::format::FORMAT_VERSION)
        );
        assert_eq!(peek("p2", "{broken"), None);
    }

    #[test]
    fn newest_first() {
        let e = |id: &str, at: &str| Entry {
            id: id.into(),
            name: String::new(),
            saved_at: at.into(),
            revision: 1,
            format_version: 1,
        };
        let mut list = vec![
            e("a", "2026-01-01"),
            e("b", "2026-03-01"),
            e("c", "2026-02-01"),
        ];
        sort(&mut list);
        let ids: Vec<_> = list.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["b", "c", "a"]);
        assert_eq!(copy_name("CRM", "copy"), "CRM (copy)");
        // A save moves its plan to the top, in place; a removal takes it out.
        upsert(&mut list, e("a", "2026-04-01"));
        let ids: Vec<_> = list.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        upsert(&mut list, e("d", "2025-01-01"));
        remove(&mut list, "b");
        let ids: Vec<_> = list.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a", "c", "d"]);
        assert_eq!(peek_or_unreadable("x", "{broken").name, "");
    }
}
