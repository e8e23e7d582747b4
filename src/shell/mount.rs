//! Mounting and unmounting a widget: a placeholder if loading takes a while, the article when
//! loaded, an error otherwise; or, on a prerendered snippet, the article already there,
//! hydrated in place (`Widget::prerendered`) and rendered again only when something changes. A
//! mount never fails: a failure is shown in the widget and reported by event and one console
//! warning. The synchronous steps (`begin`, `show`, `fail`) are `#[inline(never)]`, kept out of
//! the async state machine, which in wasm grows with everything inlined into it.

use super::browser::{self, obj};
use super::consent;
use super::dispatch::{consent_from, untold_consent};
use super::effects::{Effect, Effects, HostEvent};
use super::events;
use super::options::MountOptions;
use super::registry::{self, Config};
use super::widget::load::{guess_ui_language, load, Boxed, LoadError, Loaded, Request};
use super::widget::Widget;
use crate::core::consent::{Banner, Choices, Source};
use crate::core::i18n::Catalog;
use crate::core::i18n::Msg;
use std::rc::Rc;
use web_sys::Element;

/// Mounts a widget on `host` (replacing one already there).
pub async fn mount(host: Element, options: MountOptions, config: Rc<Config>) {
    let req = Request::new(&options, &config.catalogues);
    let Some((id, early_ui)) = begin(host, options, &config) else {
        return;
    };
    let loaded: Boxed<'_, _> = Box::pin(load(&req));
    let loaded = loaded.await;
    let ui_for_error = early_ui.await;
    match loaded {
        Ok(l) => show(id, l),
        Err(e) => fail(id, e, ui_for_error, req.src.unwrap_or_default()),
    }
}

/// Unmounts the widget on `host`: its listeners and timers go with it, its shadow root is
/// emptied, unless it still shows the prerendered article it was hydrated on (the page's own
/// content, as its light DOM is: a snippet moved in the page is hydrated again). Whether there
/// was one.
pub fn unmount(host: &Element) -> bool {
    let Some(w) = registry::take(host) else {
        return false;
    };
    consent::release(w.id);
    if !w.prerendered {
        w.root.set_text_content(None);
    }
    let _ = host.remove_attribute("data-state");
    true
}

/// Attaches the shadow root, registers the widget, shows the placeholder and starts the likely
/// UI catalogue's download alongside the article's.
#[inline(never)]
fn begin(
    host: Element,
    options: MountOptions,
    config: &Config,
) -> Option<(u32, Boxed<'static, Rc<Catalog>>)> {
    unmount(&host);
    let root = match host.shadow_root() {
        Some(r) => r,
        None => {
            let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
            match host.attach_shadow(&init) {
                Ok(r) => r,
                Err(_) => {
                    browser::warn("this element cannot host a shadow root");
                    return None;
                }
            }
        }
    };
    if let Some(sheet) = &config.sheet {
        let _ = js_sys::Reflect::set(
            &root,
            &"adoptedStyleSheets".into(),
            &js_sys::Array::of1(sheet),
        );
    }
    let guess = guess_ui_language(&options);
    let early_ui: Boxed<'static, _> =
        Box::pin(super::catalogs::catalog(&config.catalogues, &guess));
    // A snippet's declarative shadow root, already painted: hydrated, not rebuilt.
    let prerendered = host.get_attribute("data-prerendered").is_some()
        && matches!(root.query_selector("article"), Ok(Some(_)));
    let mut w = Widget::new(host, root, options);
    w.prerendered = prerendered;
    let id = registry::insert(w);
    consent::loading(id);
    registry::with(id, |w| {
        if !w.prerendered {
            w.render_loading_later();
        }
    });
    Some((id, early_ui))
}

/// Follows the page's CMP: each decision it reports reaches every widget.
fn on_tcf(choices: Choices) {
    consent_from(choices, Source::Tcf);
}

/// Shows the loaded article, wires the events and fires `mounted`.
#[inline(never)]
fn show(id: u32, loaded: Loaded) {
    let Some((host_managed, revision, root)) = registry::with(id, |w| {
        (
            w.options.host_manages_consent(),
            w.options.revision().to_owned(),
            w.root.clone(),
        )
    }) else {
        return;
    };
    consent::init(host_managed, &revision, on_tcf);
    // Listeners are added outside the borrow: a host may have wrapped `addEventListener`.
    let listeners = events::listen(id, &root);
    let fx = registry::with(id, |w| {
        w.listeners = listeners;
        let mut fx = w.show(loaded.article, loaded.lang, loaded.ui);
        if let Some(told) = untold_consent(&w.host) {
            fx.push(told);
        }
        fx
    });
    place_banner(id);
    fx.unwrap_or_default().run();
}

/// After widget `id` has rendered: where the banner is still to be placed, the widgets after
/// it that need consent render again, and the first of them takes it.
fn place_banner(id: u32) {
    if consent::loaded(id) {
        registry::each(|w| {
            if w.id > id && w.article.is_some() && !w.used_categories().is_empty() {
                w.render();
                if w.banner != Banner::Hidden {
                    w.announce_later(w.ui.get(Msg::ConsentTitle).to_owned());
                }
            }
        });
    }
}

/// Shows the error message (unless a prerendered article is shown: it stays, without what
/// needs script), warns once and fires `error`.
#[inline(never)]
fn fail(id: u32, e: LoadError, ui: Rc<Catalog>, src: String) {
    let Some(host) = registry::with(id, |w| {
        w.ui = ui;
        if !w.prerendered {
            w.render_error(e.kind);
        }
        w.host.clone()
    }) else {
        return;
    };
    place_banner(id);
    browser::warn(&format!("{src}: {}: {}", e.kind, e.detail));
    let detail = obj(&[
        ("kind", e.kind.id().into()),
        ("message", e.detail.as_str().into()),
        ("src", src.as_str().into()),
    ]);
    let mut fx = Effects::none();
    fx.push(Effect::Emit(host, HostEvent::Error, detail));
    fx.run();
}
