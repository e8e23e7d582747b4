//! The UI catalogues of the page: built-in English, or a compiled catalogue fetched once for
//! every widget that needs it.

use super::browser;
use super::net::{fetch_json, prefetch};
use crate::core::i18n::{Catalog, UI_LANGUAGES};
use crate::core::lang::LangTag;
use crate::core::limits::FETCH_TIMEOUT_MS;
use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/shell/requests.js")]
extern "C" {
    /// The URL of `lang`'s catalogue, by the loader's function `at` (none: no catalogue).
    #[wasm_bindgen(js_name = catalogueUrl)]
    fn catalogue_url(at: &JsValue, lang: &str) -> Option<String>;
}

/// Where the compiled catalogues are: the loader's function from a language tag to the URL of
/// its catalogue (beside the CDN's loader, `…/i18n.<hash>/da.json`; in the npm package, the
/// URL a bundler gave that file). Without it, or where it gives none, the UI is English.
#[derive(Clone, Default)]
pub struct Catalogues(JsValue);

impl Catalogues {
    /// The loader's function.
    pub fn new(at: JsValue) -> Catalogues {
        Catalogues(at)
    }

    /// The URL of `lang`'s catalogue, as the loader says.
    fn url(&self, lang: &LangTag) -> Option<String> {
        catalogue_url(&self.0, lang.as_str())
    }
}

thread_local! {
    /// Loaded catalogues (a few per page: a list is smaller in wasm than a hash map).
    static CATALOGS: RefCell<Vec<Rc<Catalog>>> = const { RefCell::new(Vec::new()) };
}

/// The UI catalogue for a language, from the compiled catalogues where `at` says. The download
/// starts now, not when the future is first polled. A catalogue that fails to load falls back
/// to English with one warning.
pub fn catalog(at: &Catalogues, lang: &LangTag) -> impl Future<Output = Rc<Catalog>> {
    let lang = lang.clone();
    let cached = CATALOGS.with(|c| c.borrow().iter().find(|c| c.lang() == &lang).cloned());
    let known = UI_LANGUAGES.contains(&lang.as_str()) && lang.as_str() != "en";
    let url = if known { at.url(&lang) } else { None };
    if let (Some(url), None) = (&url, &cached) {
        prefetch(url, FETCH_TIMEOUT_MS);
    }
    async move {
        if let Some(c) = cached {
            return c;
        }
        let Some(url) = url else {
            return Rc::new(Catalog::english());
        };
        let loaded = match fetch_json(&url, FETCH_TIMEOUT_MS).await {
            Ok(json) => Catalog::from_json(lang.clone(), &json).map_err(|e| e.to_string()),
            Err(kind) => Err(kind.to_string()),
        };
        match loaded {
            Ok(cat) => {
                let cat = Rc::new(cat);
                CATALOGS.with(|c| c.borrow_mut().push(cat.clone()));
                cat
            }
            Err(e) => {
                browser::warn(&format!("UI strings for {lang}: {e}; using English"));
                Rc::new(Catalog::english())
            }
        }
    }
}
