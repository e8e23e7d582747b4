//! Event listeners that a page's wrapped `addEventListener` cannot turn into errors.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget};

/// One listener on a shadow root of ours; dropping it removes it.
///
/// Its closure is not freed then but kept (a few bytes): a page that wrapped
/// `addEventListener` may have registered a wrapper of it, which `removeEventListener` cannot
/// find, and a freed closure would throw into the page at its next event. Kept, it finds its
/// widget gone and does nothing.
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    capture: bool,
    closure: Option<Closure<dyn FnMut(Event)>>,
}

impl Listener {
    /// Listens for `kind` events on `target` (in the capture phase with `capture`), calling
    /// `f(id, event)`.
    pub fn new(
        target: &EventTarget,
        kind: &'static str,
        capture: bool,
        f: fn(u32, &Event),
        id: u32,
    ) -> Self {
        let closure = Closure::<dyn FnMut(Event)>::new(move |e: Event| f(id, &e));
        let _ = target.add_event_listener_with_callback_and_bool(
            kind,
            closure.as_ref().unchecked_ref(),
            capture,
        );
        Listener {
            target: target.clone(),
            kind,
            capture,
            closure: Some(closure),
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(c) = self.closure.take() {
            let _ = self.target.remove_event_listener_with_callback_and_bool(
                self.kind,
                c.as_ref().unchecked_ref(),
                self.capture,
            );
            c.forget();
        }
    }
}
