//! Page-wide state of the one wasm instance: the mounted widgets and the shared configuration.
//!
//! # The borrow rule
//! [`with`] and [`each`] lend out widgets mutably. While a widget is lent, no code may call out to
//! the page: no focus move, no event dispatch, no host or app hook. Those run the host's
//! listeners, which may call straight back in (`unmount`, a click on another widget) and would
//! find the registry borrowed. Widget code returns such calls as
//! [`Effects`](super::effects::Effects), run by the caller once the borrow is released. Reading
//! the DOM and writing inside our own shadow roots is fine: it runs no page code.
//!
//! Should the rule be broken anyway, a nested borrow is refused with one warning instead of a
//! panic, so one lost action never stops every widget on the page.

use super::catalogs::Catalogues;
use super::widget::Widget;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::Element;

/// Set once by the loader.
#[derive(Default)]
pub struct Config {
    /// Where the compiled catalogues are.
    pub catalogues: Catalogues,
    /// The widget stylesheet, shared by every shadow root.
    pub sheet: Option<JsValue>,
}

thread_local! {
    static WIDGETS: RefCell<Vec<Widget>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    static CONFIG: RefCell<Rc<Config>> = RefCell::new(Rc::new(Config::default()));
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
    lend(|ws| ws.push(w));
    id
}

/// Lends the widget list; `None` (with one warning) if it is already lent.
fn lend<R>(f: impl FnOnce(&mut Vec<Widget>) -> R) -> Option<R> {
    WIDGETS.with(|ws| match ws.try_borrow_mut() {
        Ok(mut ws) => Some(f(&mut ws)),
        Err(_) => {
            super::browser::warn("ignored a call made while another was under way");
            None
        }
    })
}

/// Runs `f` on a registered widget; `None` when it was unmounted meanwhile. See the borrow rule.
pub fn with<R>(id: u32, f: impl FnOnce(&mut Widget) -> R) -> Option<R> {
    let mut f = Some(f);
    let mut out = None;
    with_dyn(id, &mut |w| out = f.take().map(|f| f(w)));
    out
}

/// The shared part of every [`with`], compiled once: the call sites stay small (measured:
/// a generic lookup per call site cost 0.7 KB gzipped of wasm).
#[inline(never)]
fn with_dyn(id: u32, f: &mut dyn FnMut(&mut Widget)) {
    lend(|ws| ws.iter_mut().find(|w| w.id == id).map(f));
}

/// Runs `f` on every widget, in mount order, and collects what it returns. See the borrow rule.
pub fn each<R>(mut f: impl FnMut(&mut Widget) -> R) -> Vec<R> {
    let mut out = Vec::new();
    each_dyn(&mut |w| out.push(f(w)));
    out
}

#[inline(never)]
fn each_dyn(f: &mut dyn FnMut(&mut Widget)) {
    lend(|ws| ws.iter_mut().for_each(f));
}

/// Unregisters the widget on `host` and gives it back (its listeners and timers go when it is
/// dropped); `None` when none is mounted there.
pub fn take(host: &Element) -> Option<Widget> {
    let host = JsValue::from(host);
    lend(|ws| {
        let i = ws.iter().position(|w| JsValue::from(&w.host) == host)?;
        Some(ws.remove(i))
    })
    .flatten()
}

/// Number of mounted widgets.
pub fn count() -> usize {
    lend(|ws| ws.len()).unwrap_or(0)
}
