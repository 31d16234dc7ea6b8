//! Loading the language catalogs (`planner_core::i18n::catalog`): the interface language's
//! before the app first draws, another when the user switches to it, all three before a
//! spreadsheet import (which recognises column headers in any language).
//!
//! The page's loader script starts fetching the first catalog together with the WASM
//! (`window.crmTexts`, for the language named in `window.crmTextsLang`), so the first draw waits
//! for no second round trip. When that guess differs from the language chosen here, the right
//! catalog is fetched instead.

use planner_core::i18n::catalog;
use planner_core::i18n::Lang;
use wasm_bindgen::JsCast;

/// The catalog of `lang` is loaded, from the loader's early fetch when it is that language's,
/// else fetched now. `false` when it could not be had (the network, a broken file).
pub async fn ensure(lang: Lang) -> bool {
    if catalog::is_loaded(lang) {
        return true;
    }
    let text = match early_fetch(lang).await {
        Some(text) => Some(text),
        None => super::files::fetch_text(&(catalog::path(lang) + &version_query())).await,
    };
    match text {
        Some(text) => catalog::load(lang, &text).is_ok(),
        None => false,
    }
}

/// The catalogs' version as the loader puts it in their addresses (`?v=<hash>`, see
/// scripts/pwa.py), so that the service worker serves each version its own texts.
fn version_query() -> String {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"crmTextsQuery".into()).ok())
        .and_then(|q| q.as_string())
        .unwrap_or_default()
}

/// Every language's catalog (for reading a spreadsheet's headers in any language).
pub async fn ensure_all() -> bool {
    let mut all = true;
    for lang in Lang::ALL {
        all &= ensure(lang).await;
    }
    all
}

/// The text of the loader's early fetch, when it was for `lang` and succeeded (taken once).
async fn early_fetch(lang: Lang) -> Option<String> {
    let window = web_sys::window()?;
    let guessed = js_sys::Reflect::get(&window, &"crmTextsLang".into())
        .ok()?
        .as_string()?;
    if guessed != lang.code() {
        return None;
    }
    let promise = js_sys::Reflect::get(&window, &"crmTexts".into()).ok()?;
    let _ = js_sys::Reflect::set(
        &window,
        &"crmTexts".into(),
        &wasm_bindgen::JsValue::UNDEFINED,
    );
    super::files::response_text(promise.dyn_into().ok()?).await
}
