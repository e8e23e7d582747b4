//! Page-wide consent, browser side: keeps the one [`ConsentState`] of the page and supplies what
//! only the browser knows (the stored record, Global Privacy Control, an IAB TCF v2.2 CMP).
//! The decisions themselves are in `core::consent::state`; applying one to the widgets is the
//! dispatcher's job. This module calls nothing above it.

use super::storage::{self, CONSENT_KEY};
use crate::core::consent::state::{ConsentState, Decision, Mode};
use crate::core::consent::{Category, Choices, ConsentView, Record, Source};
use js_sys::{Function, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static STATE: RefCell<ConsentState> = const { RefCell::new(ConsentState::new()) };
}

fn state<R>(f: impl FnOnce(&mut ConsentState) -> R) -> R {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

/// Sets the mode once, at the first widget that needs consent: the host's word
/// (`consent="host"`), else a TCF CMP on the page, else our banner with the stored record.
/// With a CMP, `on_tcf` is called with each decision it reports, for the page's lifetime.
pub fn init(host_managed: bool, revision: &str, on_tcf: fn(Choices)) {
    if state(|s| s.is_set()) {
        return;
    }
    let window = web_sys::window();
    let tcf = window
        .as_ref()
        .and_then(|w| Reflect::get(w, &"__tcfapi".into()).ok())
        .and_then(|f| f.dyn_into::<Function>().ok());
    let gpc = window
        .as_ref()
        .and_then(|w| Reflect::get(&w.navigator(), &"globalPrivacyControl".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let mode = if host_managed {
        Mode::Host
    } else if tcf.is_some() {
        Mode::Tcf
    } else {
        Mode::Banner
    };
    let stored = (mode == Mode::Banner)
        .then(|| storage::get(CONSENT_KEY))
        .flatten()
        .and_then(|s| Record::decode(&s))
        .and_then(|r| r.valid_for(revision).cloned());
    if let Some(passed_in) = state(|s| s.set_mode(mode, revision, gpc, stored)) {
        store(&passed_in, "");
    }
    if let (Mode::Tcf, Some(f)) = (mode, tcf) {
        listen_to_tcf(&f, on_tcf);
    }
}

/// Follows the CMP: purposes 1 (storage) and 2 (basic ads) for the ad slot; where GDPR does not
/// apply, the CMP has nothing to withhold.
fn listen_to_tcf(tcfapi: &Function, on_tcf: fn(Choices)) {
    let cb = Closure::<dyn FnMut(JsValue, JsValue)>::new(move |tc: JsValue, ok: JsValue| {
        if ok.as_bool() != Some(true) {
            return;
        }
        let get = |o: &JsValue, k: &str| Reflect::get(o, &k.into()).unwrap_or(JsValue::UNDEFINED);
        let status = get(&tc, "eventStatus").as_string().unwrap_or_default();
        if status != "tcloaded" && status != "useractioncomplete" {
            return;
        }
        let applies = get(&tc, "gdprApplies").as_bool().unwrap_or(true);
        let consents = get(&get(&tc, "purpose"), "consents");
        let purpose = |n: &str| get(&consents, n).as_bool().unwrap_or(false);
        let mut choices = Choices::none();
        choices.set(
            Category::Advertising,
            !applies || (purpose("1") && purpose("2")),
        );
        on_tcf(choices);
    });
    let _ = tcfapi.call3(
        &JsValue::UNDEFINED,
        &"addEventListener".into(),
        &JsValue::from(2),
        cb.as_ref(),
    );
    // The CMP keeps calling it for the page's lifetime.
    cb.forget();
}

/// Whether a category is granted now.
pub fn allows(c: Category) -> bool {
    state(|s| s.allows(c))
}

/// The choices in force.
pub fn choices() -> Choices {
    state(|s| s.choices())
}

/// What widget `id` shows, for the categories it uses.
pub fn view_for(id: u32, used: Vec<Category>, open: bool, choosing: bool) -> ConsentView {
    state(|s| s.view_for(id, used, open, choosing))
}

/// Widget `id` is loading: the widgets after it wait for it to place the banner.
pub fn loading(id: u32) {
    state(|s| s.loading(id));
}

/// Widget `id` has rendered: whether the banner is still to be placed.
pub fn loaded(id: u32) -> bool {
    state(|s| s.loaded(id))
}

/// Forgets a widget that owned the banner, so another can show it.
pub fn release(id: u32) {
    state(|s| s.release(id));
}

/// Records a decision; stores the reader's own answer (`ui_lang`: the banner's language).
pub fn decide(choices: Choices, source: Source, ui_lang: &str) -> Decision {
    let d = state(|s| s.decide(choices, source));
    if d.remember {
        store(&d, ui_lang);
    }
    d
}

fn store(d: &Decision, ui_lang: &str) {
    let record = Record {
        choices: d.choices.clone(),
        time_ms: js_sys::Date::now() as u64,
        revision: d.revision.clone(),
        lang: ui_lang.to_owned(),
        source: d.source,
    };
    storage::set(CONSENT_KEY, &record.encode());
}

/// Reads a decision the host or app passes in: `{ advertising: true, media: true }`.
pub fn choices_from_js(value: &JsValue) -> Choices {
    let mut choices = Choices::none();
    for c in Category::ALL {
        let on = Reflect::get(value, &c.id().into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        choices.set(c, on);
    }
    choices
}
