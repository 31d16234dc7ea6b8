//! localStorage: one key per plan, written in one `setItem`, read back after every write.
//!
//! Plan values are large (about 0.7 MB for 3,000 tasks), so they are handed to the browser and
//! compared there as JavaScript strings ([`Seen`]): a save decodes its text into a JS string
//! once, writes it, proves it by reading the key back and comparing in JS, and keeps the string
//! to tell later whether another tab has written since. Nothing is copied back into Rust or
//! parsed unless it changed.
//!
//! Keys (see `docs/FILE-FORMAT.md`):
//! - `crm-planner:current`: the id of the plan opened last;
//! - `crm-planner:plan:<id>`: a plan, as [`planner_core::file::format::to_stored`] writes it (format
//!   version, revision and save time inside the one value);
//! - `crm-planner:good:<id>`: the last copy of that plan proven by reading it back;
//! - `crm-planner:exports:<id>`: when the plan was last exported (see `planner_core::store::backup`);
//! - `crm-planner:import-backup:<id>`: the plan as it was before an import replaced it;
//! - `crm-planner:aside:<id>:<time>`: unreadable data moved aside, never deleted;
//! - `crm-planner:lang`: the interface language;
//! - `crm-planner:first-screen`: what the page draws of the open plan before the WASM arrives
//!   (web/shell.js): its name, whether it is blank, each step's status and its text;
//! - `crm-planner:refused:<id>`: what the user typed into a field of that plan that the field
//!   refused (a field id and the text), kept so that a reload shows it with its message again.

use gloo_storage::Storage as _;
use js_sys::JsString;
use planner_core::file::format::{self, ImportError, Stored};
use planner_core::i18n::Lang;
use planner_core::store::library::{self, Entry};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `Storage` with its values as JavaScript strings (web_sys copies them into Rust
    /// `String`s, which costs milliseconds for a large plan).
    #[wasm_bindgen(js_name = Storage)]
    type JsStorage;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_js(this: &JsStorage, key: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_js(this: &JsStorage, key: &str, value: &JsString) -> Result<(), JsValue>;
}

fn js(storage: &web_sys::Storage) -> &JsStorage {
    storage.unchecked_ref()
}

/// The key that names the plan open last: another tab writing it has opened or saved a plan.
pub const CURRENT_KEY: &str = "crm-planner:current";
const LANG_KEY: &str = "crm-planner:lang";
/// The prefix of every plan's key.
pub const PLAN_PREFIX: &str = "crm-planner:plan:";
/// The size browsers give localStorage, in UTF-16 code units (about 5 MB).
pub const QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// The key of a plan.
pub fn plan_key(id: &str) -> String {
    format!("{PLAN_PREFIX}{id}")
}

fn good_key(id: &str) -> String {
    format!("crm-planner:good:{id}")
}

fn refused_key(id: &str) -> String {
    format!("crm-planner:refused:{id}")
}

fn exports_key(id: &str) -> String {
    format!("crm-planner:exports:{id}")
}

fn import_backup_key(id: &str) -> String {
    format!("crm-planner:import-backup:{id}")
}

/// The browser's localStorage, if this page may use it. Never panics: a missing, disabled or
/// throwing storage gives `None`.
pub fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Why a save failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// No usable storage on this page.
    Unavailable,
    /// The quota is full (`QuotaExceededError`, Firefox's `NS_ERROR_DOM_QUOTA_REACHED`).
    Quota,
    /// The browser refused the write for another reason.
    Other(String),
    /// The write went through but reading it back gave something else.
    Mismatch,
}

/// The legacy `DOMException` code of `QuotaExceededError`, which older browsers give instead
/// of (or beside) its name.
const QUOTA_EXCEEDED_CODE: u16 = 22;

fn classify(error: wasm_bindgen::JsValue) -> SaveError {
    match error.dyn_into::<web_sys::DomException>() {
        Ok(e)
            if e.code() == QUOTA_EXCEEDED_CODE
                || e.name() == "QuotaExceededError"
                || e.name() == "NS_ERROR_DOM_QUOTA_REACHED" =>
        {
            SaveError::Quota
        }
        Ok(e) => SaveError::Other(e.name()),
        Err(other) => SaveError::Other(other.as_string().unwrap_or_else(|| "error".into())),
    }
}

/// A plan's stored value as this tab last wrote or read it, kept as the browser's own string.
///
/// Compare-and-swap between tabs compares the value in storage with it before each save:
/// string equality (`===`, in JavaScript) is exact and costs no copy and no parse, where
/// reading the revision out of the value would mean parsing up to 0.7 MB (the revision comes
/// after the plan, since keys are sorted). Any write by another tab changes the value (its
/// revision and save time are in it), and a value equal to the one seen is the one seen.
#[derive(Clone, Debug, PartialEq)]
pub struct Seen(JsValue);

/// What storage holds for a plan, against what this tab has [`Seen`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Since {
    /// The value this tab has seen (or storage cannot be read: the write will say so).
    Unchanged,
    /// Nothing: a new plan, or one deleted in another tab (whose copy here is then saved again).
    Absent,
    /// Something this tab has not seen: another tab wrote it.
    Changed,
}

/// Whether the stored value of plan `id` is still `seen` (`None`: this tab has seen none).
pub fn compare(id: &str, seen: Option<&Seen>) -> Since {
    let Some(storage) = local_storage() else {
        return Since::Unchanged;
    };
    match js(&storage).get_js(&plan_key(id)) {
        Ok(now) if now.is_null() || now.is_undefined() => Since::Absent,
        Ok(now) if seen.is_some_and(|seen| seen.0 == now) => Since::Unchanged,
        Ok(_) => Since::Changed,
        Err(_) => Since::Unchanged,
    }
}

/// The stored value of plan `id` as it is now, to compare with later (see [`Seen`]).
pub fn seen_now(id: &str) -> Option<Seen> {
    let now = js(&local_storage()?).get_js(&plan_key(id)).ok()?;
    (!now.is_null() && !now.is_undefined()).then_some(Seen(now))
}

/// Writes `value` under `key` and proves it by reading it back (compared in JavaScript).
fn write_verified_js(
    storage: &web_sys::Storage,
    key: &str,
    value: &JsString,
) -> Result<(), SaveError> {
    js(storage).set_js(key, value).map_err(classify)?;
    match js(storage).get_js(key) {
        Ok(back) if &back == AsRef::<JsValue>::as_ref(value) => Ok(()),
        Ok(_) => Err(SaveError::Mismatch),
        Err(e) => Err(classify(e)),
    }
}

/// Writes `value` under `key` and proves it by reading it back.
fn write_verified(key: &str, value: &str) -> Result<(), SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    write_verified_js(&storage, key, &JsString::from(value))
}

/// Saves a plan's stored value (see [`format::to_stored`]) and makes it the open plan; gives
/// the value as written, for [`compare`].
///
/// Only the plan's key is read back. The same string then becomes the last good copy: it is
/// the value just proven, so it is a proven copy without a second read-back. Should that
/// write fail (a nearly full quota), `setItem` leaves the previous good copy in place, which
/// is still good; and a good copy is parsed and checked before it is ever opened.
pub fn save_plan(id: &str, value: &str) -> Result<Seen, SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    let value = JsString::from(value);
    write_verified_js(&storage, &plan_key(id), &value)?;
    let _ = js(&storage).set_js(&good_key(id), &value);
    set_current(id);
    Ok(Seen(value.into()))
}

/// Notes what the first screen of the next visit draws before the app arrives (web/shell.js).
/// A failure only costs that screen its plan's name and the steps' status.
pub fn set_first_screen(note: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item("crm-planner:first-screen", note);
    }
}

/// Remembers which plan opens next time. A failure only costs opening another plan.
pub fn set_current(id: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(CURRENT_KEY, id);
    }
}

/// The raw stored value of a plan: `Err` when storage cannot be read.
pub fn read_plan(id: &str) -> Result<Option<String>, SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    storage.get_item(&plan_key(id)).map_err(classify)
}

/// The stored value of a plan, as text to parse and as [`Seen`] to compare with later.
pub fn read_plan_seen(id: &str) -> Option<(String, Seen)> {
    let value = js(&local_storage()?).get_js(&plan_key(id)).ok()?;
    Some((value.as_string()?, Seen(value)))
}

/// Moves an unreadable stored value aside (copied, then removed only once the copy is
/// proven), never deleting it; gives the key it is kept under.
pub fn move_aside(id: &str, raw: &str, now: &str) -> Option<String> {
    let storage = local_storage()?;
    let aside_key = format!("crm-planner:aside:{id}:{now}");
    write_verified(&aside_key, raw).ok()?;
    let _ = storage.remove_item(&plan_key(id));
    Some(aside_key)
}

/// Removes a plan and its extras (its good copy, export record and import backup).
pub fn remove_plan(id: &str) {
    if let Some(storage) = local_storage() {
        for key in [
            plan_key(id),
            good_key(id),
            exports_key(id),
            import_backup_key(id),
            refused_key(id),
        ] {
            let _ = storage.remove_item(&key);
        }
    }
}

/// Every plan in this browser, newest first. Unreadable values are listed by id.
pub fn list_plans() -> Vec<planner_core::store::library::Entry> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let mut entries = Vec::new();
    for i in 0..count {
        let Ok(Some(key)) = storage.key(i) else {
            continue;
        };
        let Some(id) = key.strip_prefix(PLAN_PREFIX) else {
            continue;
        };
        let raw = storage.get_item(&key).ok().flatten().unwrap_or_default();
        entries.push(library::peek_or_unreadable(id, &raw));
    }
    library::sort(&mut entries);
    entries
}

/// The library entry of a plan whose stored value is `raw` (from a `storage` event).
pub fn entry_of(key: &str, raw: &str) -> Option<Entry> {
    let id = key.strip_prefix(PLAN_PREFIX)?;
    Some(library::peek_or_unreadable(id, raw))
}

/// How much of localStorage is used, in UTF-16 code units (what the quota counts). The values
/// are measured as JavaScript strings, without copying them into Rust.
pub fn usage() -> Option<usize> {
    let storage = local_storage()?;
    let count = storage.length().ok()?;
    let mut total = 0;
    for i in 0..count {
        if let Ok(Some(key)) = storage.key(i) {
            let length = js(&storage)
                .get_js(&key)
                .ok()
                .and_then(|v| v.dyn_into::<JsString>().ok())
                .map_or(0, |v| v.length() as usize);
            total += key.encode_utf16().count() + length;
        }
    }
    Some(total)
}

/// What is remembered about a plan's exports.
pub fn load_exports(id: &str) -> planner_core::store::backup::BackupState {
    local_storage()
        .and_then(|s| s.get_item(&exports_key(id)).ok().flatten())
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default()
}

/// Remembers a plan's export state. Best effort: losing it only moves a reminder.
pub fn save_exports(id: &str, state: &planner_core::store::backup::BackupState) {
    if let (Some(storage), Ok(raw)) = (local_storage(), serde_json::to_string(state)) {
        let _ = storage.set_item(&exports_key(id), &raw);
    }
}

/// Keeps the plan as it was before an import replaced it (survives a reload).
pub fn save_import_backup(id: &str, value: &str) -> Result<(), SaveError> {
    write_verified(&import_backup_key(id), value)
}

/// Asks the browser to keep this site's storage under disk pressure. Best effort, through
/// `navigator.storage.persist()` where it exists.
pub fn request_persistence() {
    use js_sys::Reflect;
    use wasm_bindgen::JsValue;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(storage) = Reflect::get(&window.navigator(), &JsValue::from_str("storage")) else {
        return;
    };
    if storage.is_undefined() || storage.is_null() {
        return;
    }
    let Ok(persist) = Reflect::get(&storage, &JsValue::from_str("persist")) else {
        return;
    };
    let Ok(persist) = persist.dyn_into::<js_sys::Function>() else {
        return;
    };
    // The promise may reject; nothing depends on its answer, so a rejection is swallowed.
    if let Ok(Ok(promise)) = persist
        .call0(&storage)
        .map(|p| p.dyn_into::<js_sys::Promise>())
    {
        let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
    }
}

/// What was found in storage at start.
#[derive(Debug)]
pub enum Loaded {
    /// No usable storage: the app runs, and says it is not saving.
    Unavailable,
    /// Storage works and holds no plan yet.
    Empty,
    /// The open plan, read and checked.
    Plan {
        /// Its id.
        id: String,
        /// The plan and its revision.
        stored: Stored,
    },
    /// Data made by a newer version of the app: it must not be overwritten.
    Newer {
        /// Its id.
        id: String,
        /// Its format version.
        version: u64,
    },
    /// The plan was unreadable and moved aside; its last good copy opened instead.
    Recovered {
        /// Its id.
        id: String,
        /// The last good copy.
        stored: Stored,
        /// Where the unreadable data now is.
        aside_key: String,
        /// The unreadable data, for "download raw data".
        raw: String,
        /// What was wrong with it.
        error: ImportError,
    },
    /// Data that could not be read; it was moved aside under `aside_key`.
    Unreadable {
        /// Where the raw data now is.
        aside_key: String,
        /// The raw data, for "download raw data".
        raw: String,
        /// What was wrong with it.
        error: ImportError,
    },
}

/// Loads the plan opened last. Unreadable data is moved aside (copied, then removed only once
/// the copy is proven), never deleted.
pub fn load_current(now: &str) -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::Unavailable;
    };
    // A storage whose reads throw is as good as none.
    let id = match storage.get_item(CURRENT_KEY) {
        Ok(Some(id)) => id,
        Ok(None) => {
            // No pointer (it failed to save): open the newest plan there is, if any.
            match list_plans().into_iter().next() {
                Some(entry) => entry.id,
                None => return Loaded::Empty,
            }
        }
        Err(_) => return Loaded::Unavailable,
    };
    load_plan(&id, now)
}

/// Loads one plan by id, falling back to its last good copy when it is unreadable.
pub fn load_plan(id: &str, now: &str) -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::Unavailable;
    };
    let id = id.to_owned();
    let raw = match storage.get_item(&plan_key(&id)) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Empty,
        Err(_) => return Loaded::Unavailable,
    };
    match format::read_stored(&raw) {
        Ok(stored) => Loaded::Plan { id, stored },
        Err(ImportError::NewerVersion { found }) => Loaded::Newer { id, version: found },
        Err(error) => {
            let aside_key = move_aside(&id, &raw, now)
                .unwrap_or_else(|| format!("crm-planner:aside:{id}:{now}"));
            let good = storage.get_item(&good_key(&id)).ok().flatten();
            if let Some(Ok(stored)) = good.map(|g| format::read_stored(&g)) {
                return Loaded::Recovered {
                    id,
                    stored,
                    aside_key,
                    raw,
                    error,
                };
            }
            Loaded::Unreadable {
                aside_key,
                raw,
                error,
            }
        }
    }
}

/// The typed values a plan's fields refused, by field id (empty when none or unreadable).
pub fn load_refused(id: &str) -> std::collections::BTreeMap<String, String> {
    if local_storage().is_none() {
        return Default::default();
    }
    gloo_storage::LocalStorage::get(refused_key(id)).unwrap_or_default()
}

/// Keeps the typed values a plan's fields refused; none removes the key. A failure only means
/// a reload shows the plan's values in those fields instead.
pub fn save_refused(id: &str, refused: &std::collections::BTreeMap<String, String>) {
    if local_storage().is_none() {
        return;
    }
    if refused.is_empty() {
        gloo_storage::LocalStorage::delete(refused_key(id));
    } else {
        let _ = gloo_storage::LocalStorage::set(refused_key(id), refused);
    }
}

/// The remembered interface language, if any.
pub fn load_lang() -> Option<Lang> {
    local_storage()?;
    let code: String = gloo_storage::LocalStorage::get(LANG_KEY).ok()?;
    Lang::from_tag(&code)
}

/// Remembers the interface language. A failure only means the choice is not remembered.
pub fn save_lang(lang: Lang) {
    if local_storage().is_some() {
        let _ = gloo_storage::LocalStorage::set(LANG_KEY, lang.code());
    }
}
