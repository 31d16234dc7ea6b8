//! localStorage: one key per plan, written in one `setItem`, read back after every write.
//!
//! Keys: `crm-planner:current` (the open plan's id), `crm-planner:plan:<id>` (the plan, as
//! [`planner_core::format::to_stored`] writes it), `crm-planner:lang` (the interface language),
//! `crm-planner:aside:<id>:<time>` (unreadable data moved aside, never deleted).

use gloo_storage::Storage as _;
use planner_core::format::{self, ImportError, Stored};
use planner_core::i18n::Lang;
use wasm_bindgen::JsCast;

const CURRENT_KEY: &str = "crm-planner:current";
const LANG_KEY: &str = "crm-planner:lang";

fn plan_key(id: &str) -> String {
    format!("crm-planner:plan:{id}")
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

/// Saves a plan's stored value (see [`format::to_stored`]) and makes it the open plan.
pub fn save_plan(id: &str, value: &str) -> Result<(), SaveError> {
    write_verified(&plan_key(id), value)?;
    // The pointer to the open plan is small; a failure here only costs reopening the same plan.
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(CURRENT_KEY, id);
    }
    Ok(())
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

/// Loads the open plan. Unreadable data is moved aside (copied, then removed only once the copy
/// is proven), never deleted.
pub fn load_current(now: &str) -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::Unavailable;
    };
    // A storage whose reads throw is as good as none.
    let id = match storage.get_item(CURRENT_KEY) {
        Ok(Some(id)) => id,
        Ok(None) => return Loaded::Empty,
        Err(_) => return Loaded::Unavailable,
    };
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
