//! Page-wide consent: one decision for every widget on the page, remembered on the site,
//! or taken from the host (its own banner, Google Consent Mode, an app bridge) or from an
//! IAB TCF v2.2 CMP. Everything that needs consent asks `allows()`.

use super::browser::{self, obj};
use super::registry;
use crate::core::consent::{Banner, Category, Choices, ConsentView, Record};
use crate::core::i18n::Msg;
use js_sys::{Function, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Storage key of the consent record (strictly necessary: it is the reader's answer).
pub const KEY: &str = "article-embed:consent";

/// Who decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Our banner, our record.
    Banner,
    /// The host page passes decisions through the API; no banner.
    Host,
    /// The host's IAB TCF CMP decides; no banner.
    Tcf,
}

struct State {
    mode: Option<Mode>,
    revision: String,
    choices: Option<Choices>,
    gpc: bool,
    banner_owner: Option<u32>,
}

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State {
        mode: None,
        revision: String::new(),
        choices: None,
        gpc: false,
        banner_owner: None,
    }) };
}

/// Sets the mode once, at the first widget that needs consent: the host's word (`consent="host"`),
/// else a TCF CMP on the page, else our banner with the stored record.
pub fn init(host_managed: bool, revision: &str) {
    let first = STATE.with(|s| s.borrow().mode.is_none());
    if !first {
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
        .then(|| browser::storage_get(KEY))
        .flatten()
        .and_then(|s| Record::decode(&s))
        .and_then(|r| r.valid_for(revision).cloned());
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.mode = Some(mode);
        s.revision = revision.to_owned();
        s.gpc = gpc;
        if s.choices.is_none() {
            s.choices = stored;
        }
    });
    if let (Mode::Tcf, Some(f)) = (mode, tcf) {
        listen_to_tcf(&f);
    }
}

/// Follows the CMP: purpose 1 (storage) and 2 (basic ads) for the ad slot; where GDPR does not
/// apply, the CMP has nothing to withhold.
fn listen_to_tcf(tcfapi: &Function) {
    let cb = Closure::<dyn FnMut(JsValue, JsValue)>::new(|tc: JsValue, ok: JsValue| {
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
        decide(choices, "tcf", None);
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
    STATE.with(|s| s.borrow().choices.as_ref().is_some_and(|ch| ch.allows(c)))
}

/// What widget `id` shows, for the categories it uses.
pub fn view_for(id: u32, used: Vec<Category>, consent_open: bool, choosing: bool) -> ConsentView {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let manageable = s.mode == Some(Mode::Banner);
        let undecided = s.choices.is_none();
        if manageable && undecided && !used.is_empty() && s.banner_owner.is_none() {
            s.banner_owner = Some(id);
        }
        let owner = s.banner_owner == Some(id);
        let banner = if !manageable || used.is_empty() {
            Banner::Hidden
        } else if consent_open || (owner && undecided && choosing) {
            Banner::Choosing
        } else if owner && undecided {
            Banner::Asking
        } else {
            Banner::Hidden
        };
        ConsentView {
            used,
            choices: s.choices.clone().unwrap_or_default(),
            banner,
            gpc: s.gpc,
            manageable,
        }
    })
}

/// Forgets a widget that owned the banner, so another can show it.
pub fn release(id: u32) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.banner_owner == Some(id) {
            s.banner_owner = None;
        }
    });
}

/// Records a decision, applies it to every widget at once, and tells the host.
/// `from`: the widget whose banner the reader used, if any.
pub fn decide(choices: Choices, source: &str, from: Option<u32>) {
    let (mode, revision) = STATE.with(|s| {
        let mut s = s.borrow_mut();
        if source == "host" {
            s.mode = Some(Mode::Host);
        }
        s.choices = Some(choices.clone());
        s.banner_owner = None;
        (s.mode, s.revision.clone())
    });
    if mode == Some(Mode::Banner) && source == "banner" {
        let lang = from
            .and_then(|id| registry::with(id, |w| w.ui.lang().as_str().to_owned()))
            .unwrap_or_default();
        let record = Record {
            choices: choices.clone(),
            time_ms: js_sys::Date::now() as u64,
            revision: revision.clone(),
            lang,
        };
        browser::storage_set(KEY, &record.encode());
    }
    let hosts = registry::rerender_all(|w| {
        w.state.consent_open = false;
        w.state.consent_choosing = false;
    });
    let target = from
        .and_then(|id| registry::with(id, |w| w.host.clone()))
        .or_else(|| hosts.into_iter().next());
    if let Some(from) = from {
        registry::with(from, |w| {
            if let Ok(Some(b)) = w.root.query_selector("[data-action=\"privacy\"]") {
                browser::focus_in_place(&b);
            }
            w.announce(w.ui.get(Msg::ConsentSaved));
        });
    }
    if let Some(host) = target {
        let detail = obj(&[
            ("advertising", choices.allows(Category::Advertising).into()),
            ("source", source.into()),
            ("revision", revision.as_str().into()),
        ]);
        browser::dispatch(&host, "consent", &detail, false);
    }
}

/// A decision passed in by the host page or app: `{ advertising: true }`.
pub fn set_from_host(value: &JsValue) {
    let mut choices = Choices::none();
    for c in Category::ALL {
        let on = Reflect::get(value, &c.id().into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        choices.set(c, on);
    }
    decide(choices, "host", None);
}
