//! The interface language in context, and the `t` helper that makes texts reactive.

use leptos::prelude::*;
use planner_core::i18n::{Lang, Text};

use crate::platform::storage;

/// The chosen interface language, shared through context.
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<Lang>);

impl Language {
    /// The language the app opens in: the remembered choice, else the browser's preference.
    pub fn initial() -> Lang {
        if let Some(lang) = storage::load_lang() {
            return lang;
        }
        let tags: Vec<String> = web_sys::window()
            .map(|w| w.navigator().languages())
            .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
            .unwrap_or_default();
        Lang::from_preferences(tags.iter().map(String::as_str))
    }

    /// Switches the language at once and remembers the choice.
    pub fn set(self, lang: Lang) {
        self.0.set(lang);
        storage::save_lang(lang);
    }

    /// The current language (tracked).
    pub fn get(self) -> Lang {
        self.0.get()
    }
}

/// The language in context.
pub fn use_language() -> Language {
    expect_context::<Language>()
}

/// A reactive text: re-renders when the language changes.
pub fn t<K: Text + Send + Sync + 'static>(
    key: K,
) -> impl Fn() -> &'static str + Copy + Send + Sync {
    let lang = use_language();
    move || key.text(lang.get())
}

/// A text in the current language, read once (for attributes and messages built in handlers).
pub fn tr<K: Text>(key: K) -> &'static str {
    key.text(use_language().0.get_untracked())
}
