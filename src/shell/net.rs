//! Fetching JSON with a timeout, shared between widgets. The fetch itself is `getJson` in
//! `requests.js` (a snippet bundled into the glue): the requests the loader starts through the
//! glue before the wasm has arrived (the article, the likely UI catalogue and translation) are
//! the ones the shell then reads, and concurrent requests for one URL (ten embeds of one
//! article, or one catalogue) share one fetch. A failed one is tried again next time.

use crate::core::json::Json;
use crate::core::render::ErrorKind;
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/shell/requests.js")]
extern "C" {
    /// A promise of the parsed JSON at `url`, rejected with the id of an [`ErrorKind`].
    #[wasm_bindgen(js_name = getJson)]
    fn get_json(url: &str, timeout_ms: u32) -> Promise;
}

/// Fetches and parses a JSON document. Errors are classified for the reader's message.
pub async fn fetch_json(url: &str, timeout_ms: u32) -> Result<Json, ErrorKind> {
    let value = JsFuture::from(get_json(url, timeout_ms))
        .await
        .map_err(|e| classify(&e))?;
    Ok(to_json(&value, 0))
}

/// Converts a value from `JSON.parse` into the core's tree by asking the JS value its type.
fn to_json(v: &JsValue, depth: u32) -> Json {
    if depth > crate::core::limits::MAX_JSON_DEPTH {
        return Json::Null;
    }
    if let Some(s) = v.as_string() {
        Json::String(s)
    } else if let Some(n) = v.as_f64() {
        Json::Number(n)
    } else if let Some(b) = v.as_bool() {
        Json::Bool(b)
    } else if js_sys::Array::is_array(v) {
        let a: &js_sys::Array = v.unchecked_ref();
        Json::Array(a.iter().map(|x| to_json(&x, depth + 1)).collect())
    } else if v.is_object() {
        let entries = js_sys::Object::entries(v.unchecked_ref());
        Json::Object(
            entries
                .iter()
                .filter_map(|e| {
                    let pair: &js_sys::Array = e.unchecked_ref();
                    Some((pair.get(0).as_string()?, to_json(&pair.get(1), depth + 1)))
                })
                .collect(),
        )
    } else {
        Json::Null
    }
}

/// Starts fetching now (a Rust future would only start when awaited), so a later
/// `fetch_json` of the same URL finds it under way.
pub fn prefetch(url: &str, timeout_ms: u32) {
    let _ = get_json(url, timeout_ms);
}

fn classify(e: &JsValue) -> ErrorKind {
    match e.as_string().as_deref() {
        Some("not-found") => ErrorKind::NotFound,
        Some("timeout") => ErrorKind::Timeout,
        Some("invalid") => ErrorKind::Invalid,
        _ => ErrorKind::Network,
    }
}
