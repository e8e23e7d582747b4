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

thread_local! {
    /// Loaded catalogues (a few per page: a list is smaller in wasm than a hash map).
    static CATALOGS: RefCell<Vec<Rc<Catalog>>> = const { RefCell::new(Vec::new()) };
}

/// The UI catalogue for a language, from the compiled catalogues under `base`. The download
/// starts now, not when the future is first polled. A catalogue that fails to load falls back
/// to English with one warning.
pub fn catalog(base: &str, lang: &LangTag) -> impl Future<Output = Rc<Catalog>> {
    let lang = lang.clone();
    let cached = CATALOGS.with(|c| c.borrow().iter().find(|c| c.lang() == &lang).cloned());
    let url = format!("{base}{}.json", lang.as_str());
    let known = UI_LANGUAGES.contains(&lang.as_str()) && lang.as_str() != "en";
    if known && cached.is_none() {
        prefetch(&url, FETCH_TIMEOUT_MS);
    }
    async move {
        if let Some(c) = cached {
            return c;
        }
        if !known {
            return Rc::new(Catalog::english());
        }
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
