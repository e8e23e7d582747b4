//! What the shell does to the page after a widget's state changed: the calls that run the host
//! page's code. Moving focus fires `focus`/`focusin` events the host may listen to; our events
//! run the host's listeners; either may call straight back into the widgets (`unmount`, a click
//! on another widget's control, `ArticleEmbed.consent()`).
//!
//! So they are never made while the registry is borrowed: widget code collects them as
//! [`Effect`]s, and whoever released the borrow runs them with [`Effects::run`]. This module is
//! the only one that focuses elements or dispatches events.

use super::browser::{self, obj};
use super::storage::{self, LANG_KEY, MASTODON_KEY};
use crate::core::lang::LangTag;
use crate::core::share::server::ServerName;
use js_sys::Object;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element};

/// The events a widget fires on its host element, as `article-embed:<name>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostEvent {
    /// The article (not an error) is shown.
    Mounted,
    /// The article cannot be shown.
    Error,
    /// The reader switched language.
    Language,
    /// A consent decision was made.
    Consent,
    /// The reader shares; cancelable, so a host or app can take it over.
    Share,
    /// The reader expanded a cut article ("Continue reading").
    Expand,
}

impl HostEvent {
    fn name(self) -> &'static str {
        match self {
            HostEvent::Mounted => "article-embed:mounted",
            HostEvent::Error => "article-embed:error",
            HostEvent::Language => "article-embed:language",
            HostEvent::Consent => "article-embed:consent",
            HostEvent::Share => "article-embed:share",
            HostEvent::Expand => "article-embed:expand",
        }
    }
}

/// One call out to the page.
pub enum Effect {
    /// Move focus to an element without scrolling the page (the reader keeps their place).
    Focus(Element),
    /// Move focus to an element the reader just opened, scrolling it into view if needed.
    FocusInto(Element),
    /// Fire an event on a host element (bubbling, composed, not cancelable).
    Emit(Element, HostEvent, Object),
    /// Remember the reader's language for the next visit.
    RememberLanguage(LangTag),
    /// Remember the reader's Mastodon server for the next share.
    RememberMastodon(ServerName),
    /// Open a share page in a new tab (the reader's click or Enter is the user activation).
    Open(String),
}

/// Calls out to the page, in order, to run once the registry is free.
#[derive(Default)]
#[must_use = "effects do nothing until run"]
pub struct Effects(Vec<Effect>);

impl Effects {
    /// No effects.
    pub fn none() -> Effects {
        Effects::default()
    }

    /// Adds one.
    pub fn push(&mut self, e: Effect) {
        self.0.push(e);
    }

    /// Adds an event with a `{ lang }` detail.
    pub fn emit_lang(&mut self, host: &Element, event: HostEvent, lang: &LangTag) {
        let detail = obj(&[("lang", lang.as_str().into())]);
        self.push(Effect::Emit(host.clone(), event, detail));
    }

    /// Adds the effects of another step after these.
    pub fn then(mut self, more: Effects) -> Effects {
        self.0.extend(more.0);
        self
    }

    /// Runs them. Never while the registry is borrowed (the borrow rule in `registry`): the
    /// host's listeners run here and may call back in.
    pub fn run(self) {
        for e in self.0 {
            match e {
                Effect::Focus(el) => browser::focus_in_place(&el),
                Effect::FocusInto(el) => {
                    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
                Effect::Emit(host, event, detail) => {
                    emit(&host, event, &detail, false);
                }
                Effect::RememberLanguage(l) => storage::set(LANG_KEY, l.as_str()),
                Effect::RememberMastodon(s) => storage::set(MASTODON_KEY, s.as_str()),
                Effect::Open(url) => browser::open(&url),
            }
        }
    }
}

/// Dispatches a host event now; returns `false` when a listener cancelled it. Only for a caller
/// holding no registry borrow (the share flow, which needs the answer).
pub fn emit(host: &Element, event: HostEvent, detail: &JsValue, cancelable: bool) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(detail);
    let Ok(ev) = CustomEvent::new_with_event_init_dict(event.name(), &init) else {
        return true;
    };
    host.dispatch_event(ev.unchecked_ref()).unwrap_or(true)
}
