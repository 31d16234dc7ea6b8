//! localStorage: one key per plan, written in one `setItem`, read back after every write.
//!
//! Keys (see `docs/FILE-FORMAT.md`):
//! - `crm-planner:current`: the id of the plan opened last;
//! - `crm-planner:plan:<id>`: a plan, as [`planner_core::format::to_stored`] writes it (format
//!   version, revision and save time inside the one value);
//! - `crm-planner:good:<id>`: the last copy of that plan proven by reading it back;
//! - `crm-planner:exports:<id>`: when the plan was last exported (see `planner_core::backup`);
//! - `crm-planner:import-backup:<id>`: the plan as it was before an import replaced it;
//! - `crm-planner:aside:<id>:<time>`: unreadable data moved aside, never deleted;
//! - `crm-planner:lang`: the interface language.

use gloo_storage::Storage as _;
use planner_core::file::format::{self, ImportError, Stored};
use planner_core::i18n::Lang;
use wasm_bindgen::JsCast;

const CURRENT_KEY: &str = "crm-planner:current";
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

fn classify(error: wasm_bindgen::JsValue) -> SaveError {
    match error.dyn_into::<web_sys::DomException>() {
        Ok(e)
            if e.code() == 22
                || e.name() == "QuotaExceededError"
                || e.name() == "NS_ERROR_DOM_QUOTA_REACHED" =>
        {
            SaveError::Quota
        }
        Ok(e) => SaveError::Other(e.name()),
        Err(other) => SaveError::Other(other.as_string().unwrap_or_else(|| "error".into())),
    }
}

/// Writes `value` under `key` and proves it by reading it back.
fn write_verified(key: &str, value: &str) -> Result<(), SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    storage.set_item(key, value).map_err(classify)?;
    match storage.get_item(key) {
        Ok(Some(back)) if back == value => Ok(()),
        Ok(_) => Err(SaveError::Mismatch),
        Err(e) => Err(classify(e)),
    }
}

/// Saves a plan's stored value (see [`format::to_stored`]) and makes it the open plan. Once
/// the write is proven, the same value becomes the last good copy.
pub fn save_plan(id: &str, value: &str) -> Result<(), SaveError> {
    write_verified(&plan_key(id), value)?;
    // The good copy and the pointer are extras: the plan itself is saved and proven. A failure
    // here (a nearly full quota) leaves the previous good copy in place, which is still good.
    let _ = write_verified(&good_key(id), value);
    set_current(id);
    Ok(())
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

/// The revision of a plan as stored now (0 when absent or unreadable): what compare-and-swap
/// compares with before writing.
pub fn stored_revision(id: &str) -> Option<u64> {
    let raw = read_plan(id).ok()??;
    planner_core::store::library::peek(id, &raw).map(|e| e.revision)
}

/// Removes a plan and its extras (its good copy, export record and import backup).
pub fn remove_plan(id: &str) {
    if let Some(storage) = local_storage() {
        for key in [
            plan_key(id),
            good_key(id),
            exports_key(id),
            import_backup_key(id),
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
        entries.push(planner_core::store::library::peek(id, &raw).unwrap_or(
            planner_core::store::library::Entry {
                id: id.to_owned(),
                name: String::new(),
                saved_at: String::new(),
                revision: 0,
                format_version: 0,
            },
        ));
    }
    planner_core::store::library::sort(&mut entries);
    entries
}

/// How much of localStorage is used, in UTF-16 code units (what the quota counts).
pub fn usage() -> Option<usize> {
    let storage = local_storage()?;
    let count = storage.length().ok()?;
    let mut total = 0;
    for i in 0..count {
        if let Ok(Some(key)) = storage.key(i) {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            total += key.encode_utf16().count() + value.encode_utf16().count();
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
            let aside_key = format!("crm-planner:aside:{id}:{now}");
            if write_verified(&aside_key, &raw).is_ok() {
                let _ = storage.remove_item(&plan_key(&id));
            }
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
