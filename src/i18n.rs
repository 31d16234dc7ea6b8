//! The interface language in context, and the `t` helper that makes texts reactive.

use leptos::prelude::*;
use planner_core::i18n::{catalog, Lang, Text};

use crate::platform::storage;

/// The chosen interface language, shared through context.
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<Lang>);

impl Language {
    /// The language the app opens in: the remembered choice, else the browser's preference.
    /// The loader script (`Trunk.toml`'s `pattern_script`) makes the same choice to start
    /// fetching its texts early. When that language's texts could not be loaded but English's
    /// were, English.
    pub fn initial() -> Lang {
        let chosen = storage::load_lang().unwrap_or_else(|| {
            let tags: Vec<String> = web_sys::window()
                .map(|w| w.navigator().languages())
                .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
                .unwrap_or_default();
            Lang::from_preferences(tags.iter().map(String::as_str))
        });
        if catalog::is_loaded(chosen) || !catalog::is_loaded(Lang::En) {
            chosen
        } else {
            Lang::En
        }
    }

    /// Switches the language, once its texts are loaded (at once when they already are), and
    /// remembers the choice. When they cannot be loaded, the language stays as it was.
    pub fn set(self, lang: Lang) {
        if catalog::is_loaded(lang) {
            self.0.set(lang);
            storage::save_lang(lang);
            return;
        }
        leptos::task::spawn_local(async move {
            if crate::platform::texts::ensure(lang).await {
                self.0.set(lang);
                storage::save_lang(lang);
            } else {
                // Puts the switch back on the language still shown.
                self.0.notify();
            }
        });
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
