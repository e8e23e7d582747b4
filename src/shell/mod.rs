//! The wasm shell: the thin layer between the pure core and the browser. It exports the API
//! the loader calls; one instance serves every widget on the page.
//!
//! Dependencies run one way: the entry points (this file, `mount`, `events`, `dispatch`) →
//! `registry` → `widget` → `consent`, `catalogs`, `net`, `effects`, `sink`, `listener`,
//! `storage`, `browser` → `core`.
//! Calls that run the host page's code are [`effects`], made only outside registry borrows.

mod browser;
mod catalogs;
mod consent;
mod dispatch;
mod effects;
mod events;
mod listener;
mod mount;
mod net;
mod options;
mod registry;
mod sink;
mod storage;
mod timer;
mod widget;

use crate::core::consent::Source;
use options::MountOptions;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// A small free-list allocator instead of std's dlmalloc: ~6 KB less wasm. The widget's
/// allocations are small and short-lived; wasm here is single-threaded.
#[global_allocator]
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without the atomics feature has one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Sets the page-wide configuration: where the UI catalogues are (the loader's function from a
/// language tag to its catalogue's URL), and the shared stylesheet.
#[wasm_bindgen]
pub fn configure(catalogues: JsValue, sheet: JsValue) {
    registry::configure(registry::Config {
        catalogues: catalogs::Catalogues::new(catalogues),
        sheet: (!sheet.is_undefined() && !sheet.is_null()).then_some(sheet),
    });
}

/// Mounts a widget on `host`. Resolves when the article (or an error message) is shown;
/// never rejects for a bad article: that is reported by event and one console warning.
#[wasm_bindgen]
pub async fn mount(host: Element, options: JsValue) {
    let options = MountOptions::from_js(&options);
    let config = registry::config();
    mount::mount(host, options, config).await;
}

/// Unmounts the widget on `host`; returns whether there was one.
#[wasm_bindgen]
pub fn unmount(host: &Element) -> bool {
    mount::unmount(host)
}

/// A consent decision passed in (`{ advertising: true }`) and who passed it: `host` (the host
/// page's script; the widgets show no banner from then on and follow the host), `url` or `app`
/// (only as the loader allows them: see the README's consent section). Anything else is ignored.
#[wasm_bindgen(js_name = setConsent)]
pub fn set_consent(choices: JsValue, source: String) {
    match Source::parse(&source) {
        Some(s @ (Source::Host | Source::Url | Source::App)) => {
            dispatch::consent_from(consent::choices_from_js(&choices), s)
        }
        _ => browser::warn("ignored a consent decision from an unknown source"),
    }
}

/// How many widgets are mounted (for tests and the benchmark).
#[wasm_bindgen(js_name = mountedCount)]
pub fn mounted_count() -> usize {
    registry::count()
}
