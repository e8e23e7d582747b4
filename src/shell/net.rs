//! Fetching JSON with a timeout, shared between widgets: concurrent requests for one URL
//! (ten embeds of one article, or one catalogue) share one fetch.

use crate::core::json::Json;
use crate::core::render::ErrorKind;
use crate::shell::timer::after;
use js_sys::Promise;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

thread_local! {
    /// Fetches under way or done, by URL. A page holds a handful (articles, translations,
    /// catalogues), so a list is smaller in wasm than a hash map and as fast.
    static IN_FLIGHT: RefCell<Vec<(String, Promise)>> = const { RefCell::new(Vec::new()) };
}

fn in_flight(url: &str) -> Option<Promise> {
    IN_FLIGHT.with(|m| {
        m.borrow()
            .iter()
            .find(|(u, _)| u == url)
            .map(|(_, p)| p.clone())
    })
}

/// Fetches and parses a JSON document. Errors are classified for the reader's message.
pub async fn fetch_json(url: &str, timeout_ms: u32) -> Result<Json, ErrorKind> {
    let promise = match in_flight(url) {
        Some(p) => p,
        None => {
            let p = start(url, timeout_ms)?;
            IN_FLIGHT.with(|m| m.borrow_mut().push((url.to_owned(), p.clone())));
            p
        }
    };
    let result = JsFuture::from(promise).await;
    if result.is_err() {
        // A failure is not cached: the next attempt tries again.
        IN_FLIGHT.with(|m| m.borrow_mut().retain(|(u, _)| u != url));
    }
    let value = result.map_err(|e| classify(&e))?;
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
    if in_flight(url).is_none() {
        if let Ok(p) = start(url, timeout_ms) {
            IN_FLIGHT.with(|m| m.borrow_mut().push((url.to_owned(), p)));
        }
    }
}

/// Starts the fetch; the promise resolves to the parsed JSON value or rejects with a string
/// naming an [`ErrorKind`].
fn start(url: &str, timeout_ms: u32) -> Result<Promise, ErrorKind> {
    let window = web_sys::window().ok_or(ErrorKind::Network)?;
    let controller = AbortController::new().map_err(|_| ErrorKind::Network)?;
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let timed_out = Rc::new(Cell::new(false));
    let flag = timed_out.clone();
    // Owned: dropped (and so cancelled) when the response is read, whichever way it ends.
    let timer = after(
        timeout_ms,
        Box::new(move || {
            flag.set(true);
            controller.abort();
        }),
    );
    let fetch = window.fetch_with_str_and_init(url, &init);
    let future = async move {
        let outcome = read(fetch).await;
        drop(timer);
        outcome.map_err(|kind| {
            let kind = if timed_out.get() {
                ErrorKind::Timeout
            } else {
                kind
            };
            JsValue::from_str(kind.id())
        })
    };
    Ok(wasm_bindgen_futures::future_to_promise(future))
}

async fn read(fetch: Promise) -> Result<JsValue, ErrorKind> {
    let resp: Response = JsFuture::from(fetch)
        .await
        .map_err(|_| ErrorKind::Network)?
        .dyn_into()
        .map_err(|_| ErrorKind::Network)?;
    match resp.status() {
        404 | 410 => return Err(ErrorKind::NotFound),
        s if !(200..300).contains(&s) => return Err(ErrorKind::Network),
        _ => {}
    }
    let body = resp.json().map_err(|_| ErrorKind::Invalid)?;
    JsFuture::from(body).await.map_err(|_| ErrorKind::Invalid)
}

fn classify(e: &JsValue) -> ErrorKind {
    match e.as_string().as_deref() {
        Some("not-found") => ErrorKind::NotFound,
        Some("timeout") => ErrorKind::Timeout,
        Some("invalid") => ErrorKind::Invalid,
        _ => ErrorKind::Network,
    }
}
