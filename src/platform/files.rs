//! Files: downloads made in the page, and reading a chosen file.

use planner_core::file::format::ImportError;
use planner_core::file::texts::import_error_text;
use planner_core::i18n::{DataText, Lang, Text};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a file download named `filename`.
pub fn download(filename: &str, text: &str, mime: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not make the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser could not make the file")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "no link")?
        .dyn_into()
        .map_err(|_| "no link")?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_rel("noopener");
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads a chosen file as text, refusing files over `max_bytes` before reading them.
pub async fn read_text(file: &web_sys::File, max_bytes: usize) -> Result<String, ReadError> {
    let size = file.size();
    if size > max_bytes as f64 {
        return Err(ReadError::TooLarge(size as usize));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    text.as_string().ok_or(ReadError::Unreadable)
}

/// Reads a chosen file's bytes, refusing files over `max_bytes` before reading them.
pub async fn read_bytes(file: &web_sys::File, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
    let size = file.size();
    if size > max_bytes as f64 {
        return Err(ReadError::TooLarge(size as usize));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Fetches a file served beside the app (`examples/...`) as text; `None` when it cannot be
/// had (offline, not found) or is not text.
pub async fn fetch_text(path: &str) -> Option<String> {
    let window = web_sys::window()?;
    response_text(window.fetch_with_str(path)).await
}

/// The text of a fetch's response, once the promise `fetch` gave settles; `None` when the fetch
/// failed, the server said no, or the body is not text.
pub async fn response_text(fetch: js_sys::Promise) -> Option<String> {
    let response: web_sys::Response = JsFuture::from(fetch).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Why a chosen file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// Over the limit, with its size in bytes.
    TooLarge(usize),
    /// The browser could not read it (or it is not text).
    Unreadable,
}

impl ReadError {
    /// Why, as the end of a "could not import" sentence in `lang`.
    pub fn why(&self, lang: Lang) -> String {
        match self {
            ReadError::TooLarge(bytes) => {
                import_error_text(&ImportError::TooLarge { bytes: *bytes }, lang)
            }
            // Not the file's fault: it could not be read at all (moved, deleted, refused).
            ReadError::Unreadable => DataText::ErrFileUnreadable.text(lang).to_owned(),
        }
    }
}
