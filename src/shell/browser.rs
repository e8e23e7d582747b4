//! What the shell asks of the browser: `Intl` names, navigator, focus and the console
//! (storage is `storage`'s). Every call that can throw is caught here, so nothing reaches the host page's
//! console uncaught.

use crate::core::lang::LangTag;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type DisplayNames;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DisplayNames", catch)]
    fn new(locales: &JsValue, options: &JsValue) -> Result<DisplayNames, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = console, js_name = warn)]
    fn console_warn(msg: &str);
}

/// Sets properties on a fresh object: `obj(&[("a", x.into())])`.
pub fn obj(props: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in props {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// A language's name in its own language (`dansk`, `Kiswahili`, `العربية`), by `Intl`.
pub fn autonym(lang: &LangTag) -> String {
    language_name(lang, lang)
}

/// A language's name in another language (`engelsk`: English in Danish), by `Intl`.
pub fn language_name(lang: &LangTag, in_lang: &LangTag) -> String {
    let locales = Array::of1(&JsValue::from_str(in_lang.as_str()));
    let options = obj(&[("type", "language".into())]);
    DisplayNames::new(&locales, &options)
        .and_then(|d| d.of(lang.as_str()))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| lang.as_str().to_owned())
}

/// Focuses an element without scrolling the page to it (the reader keeps their place). Runs
/// the host's focus listeners: only for `effects`.
pub fn focus_in_place(el: &web_sys::Element) {
    if let Ok(f) = Reflect::get(el, &"focus".into()) {
        if let Ok(f) = f.dyn_into::<js_sys::Function>() {
            let _ = f.call1(el, &obj(&[("preventScroll", true.into())]));
        }
    }
}

/// `navigator.languages`.
pub fn browser_languages() -> Vec<String> {
    let Some(w) = web_sys::window() else {
        return Vec::new();
    };
    w.navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// Whether the Web Share API is there.
pub fn has_web_share() -> bool {
    web_sys::window()
        .map(|w| Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
        .unwrap_or(false)
}

/// Calls `navigator.<object>.<method>(arg)` when present, awaiting its promise. The page may
/// have wrapped these: call only outside registry borrows.
pub async fn call_navigator(path: &[&str], arg: &JsValue) -> Result<JsValue, JsValue> {
    let w = web_sys::window().ok_or(JsValue::NULL)?;
    let mut this: JsValue = w.navigator().into();
    for (i, name) in path.iter().enumerate() {
        let next = Reflect::get(&this, &JsValue::from_str(name))?;
        if i + 1 == path.len() {
            let f: js_sys::Function = next.dyn_into()?;
            let p: js_sys::Promise = f.call1(&this, arg)?.dyn_into()?;
            return wasm_bindgen_futures::JsFuture::from(p).await;
        }
        this = next;
    }
    Err(JsValue::NULL)
}

/// Whether the browser's URL parser takes `name` (a checked `ServerName`) as a host: IDNA
/// (UTS 46) is its to apply, with tables the widget does not carry.
pub fn is_host(name: &str) -> bool {
    web_sys::Url::new(&format!("https://{name}/")).is_ok()
}

/// Opens `url` in a new tab, with no opener and no referrer (as the share links do). A page
/// that blocks it is not told (the reader sees nothing open, and can share again).
pub fn open(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.open_with_url_and_target_and_features(url, "_blank", "noopener,noreferrer");
    }
}

/// One console warning, prefixed so a host developer knows where it comes from.
pub fn warn(msg: &str) {
    console_warn(&format!("article-embed: {msg}"));
}
