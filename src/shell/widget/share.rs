//! A widget's share actions: what is shared, "Link copied", and the calls to the clipboard and
//! the system share sheet. Those calls go to `navigator`, which a host page may have wrapped, so
//! they are made by the dispatcher outside any registry borrow, never from here.

use super::Widget;
use crate::core::i18n::Msg;
use crate::core::limits::COPIED_VISIBLE_MS;
use crate::core::share::ShareTarget;
use crate::shell::browser::{call_navigator, obj};
use crate::shell::timer::after;
use js_sys::Object;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ShadowRoot};

/// What one share click shares.
pub struct Shared {
    /// The host element, where the `share` event goes.
    pub host: Element,
    /// The URL (the shown language's page, with the host's parameters).
    pub url: String,
    /// The headline.
    pub title: String,
    /// The event's detail.
    pub detail: Object,
}

impl Widget {
    /// What the share control `control` (inside this widget) shares to `target`.
    pub fn shared(&self, control: &Element, target: ShareTarget) -> Shared {
        let url = control
            .closest(".ae-share")
            .ok()
            .flatten()
            .and_then(|r| r.get_attribute("data-url"))
            .unwrap_or_default();
        let title = self.title();
        let lang = self.lang.as_ref().map_or("", |l| l.as_str());
        let detail = obj(&[
            ("network", target.id().into()),
            ("url", url.as_str().into()),
            ("title", title.as_str().into()),
            ("lang", lang.into()),
        ]);
        Shared {
            host: self.host.clone(),
            url,
            title,
            detail,
        }
    }

    /// The headline as shown.
    pub fn title(&self) -> String {
        self.root
            .query_selector("#ae-title")
            .ok()
            .flatten()
            .and_then(|t| t.text_content())
            .unwrap_or_default()
    }

    /// After a copy: "Link copied" shown and announced for [`COPIED_VISIBLE_MS`] after the last
    /// copy (a new copy replaces the pending hide); or, when the clipboard refused, the link
    /// announced so the reader can copy it by hand.
    pub fn copied(&mut self, ok: bool, url: &str) {
        if !ok {
            self.announce(&self.ui.format(Msg::ShareCopyFailed, &[("url", url)]));
            return;
        }
        self.announce(self.ui.get(Msg::ShareCopied));
        set_copied_visible(&self.root, true);
        let root = self.root.clone();
        self.copied_timer = Some(after(
            COPIED_VISIBLE_MS,
            Box::new(move || set_copied_visible(&root, false)),
        ));
    }
}

fn set_copied_visible(root: &ShadowRoot, visible: bool) {
    let Ok(list) = root.query_selector_all("[data-copied]") else {
        return;
    };
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            let _ = el.toggle_attribute_with_force("hidden", !visible);
        }
    }
}

/// Writes the link to the clipboard; whether it worked.
pub async fn copy_to_clipboard(url: &str) -> bool {
    call_navigator(&["clipboard", "writeText"], &JsValue::from_str(url))
        .await
        .is_ok()
}

/// Opens the system share sheet. The reader cancelling it rejects with AbortError: nothing to
/// report.
pub async fn native_share(title: String, url: String) {
    let data = obj(&[("title", title.into()), ("url", url.into())]);
    let _ = call_navigator(&["share"], &data).await;
}
