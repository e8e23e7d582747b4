//! Event delegation: a few listeners on each shadow root, dispatching on `data-*` attributes
//! of the rendered markup. Listeners are `gloo_events::EventListener`s held by the widget, so
//! unmounting removes them.

use super::browser::{self, obj};
use super::consent;
use super::registry;
use super::widget::{prefetch, switch_language};
use crate::core::consent::{Category, Choices};
use crate::core::i18n::Msg;
use gloo_events::{EventListener, EventListenerOptions};
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    Element, Event, HtmlElement, HtmlInputElement, KeyboardEvent, MouseEvent, ShadowRoot,
};

/// Attaches the widget's listeners to its shadow root.
pub fn listen(id: u32, root: &ShadowRoot) -> Vec<EventListener> {
    let opts = EventListenerOptions::enable_prevent_default();
    vec![
        EventListener::new_with_options(root, "click", opts, move |e| on_click(id, e)),
        EventListener::new(root, "keydown", move |e| on_keydown(id, e)),
        EventListener::new(root, "input", move |e| on_input(id, e)),
        EventListener::new(root, "focusin", move |e| on_intent(id, e)),
        EventListener::new(root, "pointerover", move |e| on_intent(id, e)),
    ]
}

fn target_closest(e: &Event, selector: &str) -> Option<Element> {
    let t: Element = e.target()?.dyn_into().ok()?;
    t.closest(selector).ok()?
}

fn on_click(id: u32, e: &Event) {
    let Some(el) = target_closest(
        e,
        "[data-lang],[data-action],[data-share],[data-consent-action]",
    ) else {
        close_languages(id, false);
        return;
    };
    if let Some(lang) = el.get_attribute("data-lang") {
        // Let modified clicks open the language's page as a link would.
        if let Some(m) = e.dyn_ref::<MouseEvent>() {
            if m.ctrl_key() || m.meta_key() || m.shift_key() || m.alt_key() || m.button() != 0 {
                return;
            }
        }
        e.prevent_default();
        spawn_local(switch_language(id, lang));
        return;
    }
    if let Some(action) = el.get_attribute("data-action") {
        match action.as_str() {
            "languages" => toggle_languages(id),
            "privacy" => open_choices(id),
            _ => {}
        }
        return;
    }
    if let Some(action) = el.get_attribute("data-consent-action") {
        consent_action(id, &action);
        return;
    }
    if let Some(target) = el.get_attribute("data-share") {
        share(id, e, &el, &target);
    }
}

/// The privacy-settings control, the ad placeholder or the banner's "Choose": open the
/// choice screen here and put focus on its first choice.
fn open_choices(id: u32) {
    registry::with(id, |w| {
        w.state.consent_open = true;
        w.state.consent_choosing = true;
        w.render();
        if let Ok(Some(first)) = w.root.query_selector("[data-category]") {
            if let Ok(el) = first.dyn_into::<HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

fn consent_action(id: u32, action: &str) {
    let Some(used) = registry::with(id, |w| {
        let boxes = w.root.query_selector_all("[data-category]").ok();
        let mut chosen = Choices::none();
        if let Some(list) = boxes {
            for i in 0..list.length() {
                let input = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<HtmlInputElement>().ok());
                if let Some(input) = input {
                    let cat = input
                        .get_attribute("data-category")
                        .and_then(|c| Category::parse(&c));
                    if let Some(cat) = cat {
                        chosen.set(cat, input.checked());
                    }
                }
            }
        }
        (w.used_categories(), chosen)
    }) else {
        return;
    };
    let (all, chosen) = used;
    match action {
        "accept" => consent::decide(Choices::all(&all), "banner", Some(id)),
        "reject" => consent::decide(Choices::none(), "banner", Some(id)),
        "save" => consent::decide(chosen, "banner", Some(id)),
        "choose" => open_choices(id),
        _ => {}
    }
}

fn toggle_languages(id: u32) {
    registry::with(id, |w| {
        w.state.languages_open = !w.state.languages_open;
        set_languages_open(&w.root, w.state.languages_open);
        if w.state.languages_open {
            if let Ok(Some(input)) = w.root.query_selector("[data-filter]") {
                if let Ok(i) = input.dyn_into::<HtmlElement>() {
                    let _ = i.focus();
                }
            }
        }
    });
}

fn set_languages_open(root: &ShadowRoot, open: bool) {
    if let (Ok(Some(btn)), Ok(Some(pop))) = (
        root.query_selector(".ae-lang-btn"),
        root.query_selector("#ae-lang-list"),
    ) {
        let _ = btn.set_attribute("aria-expanded", if open { "true" } else { "false" });
        let _ = pop.toggle_attribute_with_force("hidden", !open);
    }
}

fn close_languages(id: u32, focus_button: bool) {
    registry::with(id, |w| {
        if !w.state.languages_open {
            return;
        }
        w.state.languages_open = false;
        set_languages_open(&w.root, false);
        if focus_button {
            if let Ok(Some(btn)) = w.root.query_selector(".ae-lang-btn") {
                browser::focus_in_place(&btn);
            }
        }
    });
}

fn on_keydown(id: u32, e: &Event) {
    let Some(k) = e.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    if k.key() == "Escape" && target_closest(e, ".ae-lang").is_some() {
        close_languages(id, true);
    }
}

/// Filters the language list as the reader types, by name in any script or by code.
fn on_input(id: u32, e: &Event) {
    let Some(input) = target_closest(e, "[data-filter]") else {
        return;
    };
    let Ok(input) = input.dyn_into::<HtmlInputElement>() else {
        return;
    };
    // Lower-cased by the browser: any script, and no Unicode tables in the wasm.
    let lower = |s: &str| String::from(js_sys::JsString::from(s).to_lower_case());
    let q = lower(input.value().trim());
    registry::with(id, |w| {
        let Ok(links) = w.root.query_selector_all("#ae-lang-list [data-name]") else {
            return;
        };
        let mut shown = 0;
        for i in 0..links.length() {
            let Some(a) = links.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let name = lower(&a.get_attribute("data-name").unwrap_or_default());
            let hit = crate::core::text::contains(&name, &q);
            shown += usize::from(hit);
            if let Some(li) = a.parent_element() {
                let _ = li.toggle_attribute_with_force("hidden", !hit);
            }
        }
        if let Ok(Some(none)) = w.root.query_selector("[data-none]") {
            let _ = none.toggle_attribute_with_force("hidden", shown > 0);
        }
    });
}

/// Hover or focus on a language link: fetch that language ahead of the click.
fn on_intent(id: u32, e: &Event) {
    if let Some(lang) =
        target_closest(e, "#ae-lang-list [data-lang]").and_then(|a| a.get_attribute("data-lang"))
    {
        prefetch(id, &lang);
    }
}

fn share(id: u32, e: &Event, el: &Element, target: &str) {
    let Some((host, url, title, lang)) = registry::with(id, |w| {
        let row = el.closest(".ae-share").ok().flatten();
        let url = row
            .and_then(|r| r.get_attribute("data-url"))
            .unwrap_or_default();
        let title = w
            .root
            .query_selector("#ae-title")
            .ok()
            .flatten()
            .and_then(|t| t.text_content())
            .unwrap_or_default();
        let lang = w
            .lang
            .as_ref()
            .map(|l| l.as_str().to_owned())
            .unwrap_or_default();
        (w.host.clone(), url, title, lang)
    }) else {
        return;
    };
    let detail = obj(&[
        ("network", target.into()),
        ("url", url.as_str().into()),
        ("title", title.as_str().into()),
        ("lang", lang.as_str().into()),
    ]);
    // A host or app may take the share over (a native bridge in a webview, say).
    if !browser::dispatch(&host, "share", &detail, true) {
        e.prevent_default();
        return;
    }
    match target {
        "copy" => spawn_local(copy_link(id, url)),
        "native" => spawn_local(native_share(title, url)),
        _ => {}
    }
}

/// Calls `navigator.<object>.<method>(arg)` when present, awaiting its promise.
async fn call_navigator(path: &[&str], arg: &JsValue) -> Result<JsValue, JsValue> {
    let w = web_sys::window().ok_or(JsValue::NULL)?;
    let mut this: JsValue = w.navigator().into();
    for (i, name) in path.iter().enumerate() {
        let next = Reflect::get(&this, &JsValue::from_str(name))?;
        if i + 1 == path.len() {
            let f: Function = next.dyn_into()?;
            let p: Promise = f.call1(&this, arg)?.dyn_into()?;
            return JsFuture::from(p).await;
        }
        this = next;
    }
    Err(JsValue::NULL)
}

async fn copy_link(id: u32, url: String) {
    let ok = call_navigator(&["clipboard", "writeText"], &JsValue::from_str(&url))
        .await
        .is_ok();
    registry::with(id, |w| {
        if ok {
            w.announce(w.ui.get(Msg::ShareCopied));
            if let Ok(list) = w.root.query_selector_all("[data-copied]") {
                for i in 0..list.length() {
                    if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                        let _ = el.remove_attribute("hidden");
                    }
                }
            }
            let root = w.root.clone();
            let hide = Closure::once_into_js(move || {
                if let Ok(list) = root.query_selector_all("[data-copied]") {
                    for i in 0..list.length() {
                        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                            let _ = el.set_attribute("hidden", "");
                        }
                    }
                }
            });
            if let Some(win) = web_sys::window() {
                let _ = win.set_timeout_with_callback_and_timeout_and_arguments_0(
                    hide.unchecked_ref(),
                    2500,
                );
            }
        } else {
            // Clipboard refused (permissions, insecure context): show the link to copy by hand.
            w.announce(&w.ui.format(Msg::ShareCopyFailed, &[("url", &url)]));
        }
    });
}

async fn native_share(title: String, url: String) {
    let data = obj(&[("title", title.into()), ("url", url.into())]);
    // The reader cancelling the sheet rejects with AbortError: nothing to report.
    let _ = call_navigator(&["share"], &data).await;
}
