//! The browser's side of share links and copying: raw DEFLATE through the browser's own
//! `CompressionStream` / `DecompressionStream` (so no compression code ships in the WASM), and
//! the clipboard. These APIs are still behind web-sys's unstable flag, so a few lines of
//! JavaScript call them; wasm-bindgen ships them as a module of the app's own origin, which the
//! Content-Security-Policy (`script-src 'self'`) allows.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = r#"
export function deflateRaw(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Response(stream).arrayBuffer().then((buffer) => new Uint8Array(buffer));
}

// Inflates `bytes`, refusing (with "too-large") output over `maxBytes` as it streams, so a
// small hostile link cannot expand into gigabytes; the text must be UTF-8.
export async function inflateRaw(bytes, maxBytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error("too-large");
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(whole);
}

export function copyText(text) {
  if (!navigator.clipboard) return Promise.reject(new Error("no clipboard"));
  return navigator.clipboard.writeText(text);
}

export function replaceHash(hash) {
  history.replaceState(history.state, "", hash);
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = deflateRaw)]
    fn deflate_raw_js(text: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = inflateRaw)]
    fn inflate_raw_js(bytes: &[u8], max_bytes: f64) -> js_sys::Promise;
    #[wasm_bindgen(js_name = copyText)]
    fn copy_text_js(text: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = replaceHash)]
    fn replace_hash_js(hash: &str);
}

/// `text` compressed with raw DEFLATE, or `None` where the browser cannot.
pub async fn deflate(text: &str) -> Option<Vec<u8>> {
    let value = JsFuture::from(deflate_raw_js(text)).await.ok()?;
    Some(js_sys::Uint8Array::new(&value).to_vec())
}

/// Why inflating failed.
pub enum InflateError {
    /// The text would be longer than the bound.
    TooLarge,
    /// Not raw DEFLATE, cut off, or not UTF-8.
    Damaged,
}

/// The text `bytes` inflate to, at most `max_bytes` long.
pub async fn inflate(bytes: &[u8], max_bytes: usize) -> Result<String, InflateError> {
    match JsFuture::from(inflate_raw_js(bytes, max_bytes as f64)).await {
        Ok(text) => text.as_string().ok_or(InflateError::Damaged),
        Err(e) => {
            let too_large = e
                .dyn_ref::<js_sys::Error>()
                .is_some_and(|e| e.message() == "too-large");
            Err(if too_large {
                InflateError::TooLarge
            } else {
                InflateError::Damaged
            })
        }
    }
}

/// Puts `text` on the clipboard; false where the browser refused.
pub async fn copy(text: &str) -> bool {
    JsFuture::from(copy_text_js(text)).await.is_ok()
}

/// Changes the address's fragment without a history entry and without `hashchange`.
pub fn replace_hash(hash: &str) {
    replace_hash_js(hash);
}
