//! Page-wide state of the one wasm instance: the mounted widgets, the shared configuration
//! and the UI catalogues already loaded.

use super::browser;
use super::net::fetch_json;
use super::widget::Widget;
use crate::core::i18n::{Catalog, UI_LANGUAGES};
use crate::core::lang::LangTag;
use crate::core::limits::FETCH_TIMEOUT_MS;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::Element;

/// Set once by the loader.
#[derive(Default)]
pub struct Config {
    /// Base URL of the compiled catalogues (`…/i18n.<hash>/`).
    pub i18n_base: String,
    /// The widget stylesheet, shared by every shadow root.
    pub sheet: Option<JsValue>,
}

thread_local! {
    static WIDGETS: RefCell<Vec<Widget>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    static CONFIG: RefCell<Rc<Config>> = RefCell::new(Rc::new(Config::default()));
    /// Loaded UI catalogues (a few per page: a list is smaller in wasm than a hash map).
    static CATALOGS: RefCell<Vec<Rc<Catalog>>> = const { RefCell::new(Vec::new()) };
}

/// Replaces the configuration.
pub fn configure(config: Config) {
    CONFIG.with(|c| *c.borrow_mut() = Rc::new(config));
}

/// The configuration.
pub fn config() -> Rc<Config> {
    CONFIG.with(|c| c.borrow().clone())
}

/// Registers a widget, giving it an id.
pub fn insert(mut w: Widget) -> u32 {
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    });
    w.id = id;
    WIDGETS.with(|ws| ws.borrow_mut().push(w));
    id
}

/// Runs `f` on a registered widget; `None` when it was unmounted meanwhile.
pub fn with<R>(id: u32, f: impl FnOnce(&mut Widget) -> R) -> Option<R> {
    WIDGETS.with(|ws| {
        let mut ws = ws.borrow_mut();
        ws.iter_mut().find(|w| w.id == id).map(f)
    })
}

/// Unregisters the widget on `host` (its listeners go with it) and empties its shadow root.
pub fn remove(host: &Element) -> bool {
    let removed = WIDGETS.with(|ws| {
        let mut ws = ws.borrow_mut();
        let before = ws.len();
        let mut gone = Vec::new();
        ws.retain(|w| {
            let keep = JsValue::from(&w.host) != JsValue::from(host);
            if !keep {
                gone.push(w.root.clone());
                super::consent::release(w.id);
            }
            keep
        });
        for root in gone {
            root.set_inner_html("");
        }
        ws.len() != before
    });
    if removed {
        let _ = host.remove_attribute("data-state");
    }
    removed
}

/// Applies `f` to every widget and renders it again; returns their hosts in mount order.
pub fn rerender_all(f: impl Fn(&mut Widget)) -> Vec<Element> {
    WIDGETS.with(|ws| {
        let mut ws = ws.borrow_mut();
        ws.iter_mut()
            .map(|w| {
                f(w);
                w.render();
                w.host.clone()
            })
            .collect()
    })
}

/// Number of mounted widgets.
pub fn count() -> usize {
    WIDGETS.with(|ws| ws.borrow().len())
}

/// The UI catalogue for a language: built-in English, a cached one, or fetched once for the
/// whole page. A catalogue that fails to load falls back to English with one warning.
pub fn catalog(config: &Config, lang: &LangTag) -> impl std::future::Future<Output = Rc<Catalog>> {
    let lang = lang.clone();
    let cached = CATALOGS.with(|c| c.borrow().iter().find(|c| c.lang() == &lang).cloned());
    let url = format!("{}{}.json", config.i18n_base, lang.as_str());
    let known = UI_LANGUAGES.contains(&lang.as_str()) && lang.as_str() != "en";
    if known && cached.is_none() {
        super::net::prefetch(&url, FETCH_TIMEOUT_MS);
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
