//! "Continue reading" in a widget whose embed asks for a `max-height`: after each render the
//! article is measured and cut at the boundary `core::render::cut` picks, the control placed
//! there; it expands the article in place and cuts it again. Focus stays on the control
//! (WAI-ARIA's disclosure pattern: the newly shown text follows it, so the next Tab and the
//! next line a screen reader reads go into it), the expansion is announced politely and fired
//! as one `expand` event. The control and what is above it never move: only what is below it
//! appears or goes.

use super::Widget;
use crate::core::i18n::Msg;
use crate::core::render::cut::{cut_at, Bind, BlockBox, Layout};
use crate::shell::effects::{Effects, HostEvent};
use wasm_bindgen::prelude::*;
use web_sys::ShadowRoot;

#[wasm_bindgen(module = "/src/shell/cut.js")]
extern "C" {
    fn measure(root: &ShadowRoot) -> Vec<f64>;
    fn cut(root: &ShadowRoot, k: Option<u32>, open: bool);
}

/// The layout `measure` returns: four figures, then three per block.
fn layout(m: &[f64]) -> Option<Layout> {
    let [whole, control, after, peek, rest @ ..] = m else {
        return None;
    };
    let blocks = rest
        .chunks_exact(3)
        .map(|b| BlockBox {
            top: b[0],
            height: b[1],
            bind: match b[2] as u8 {
                1 => Bind::Heading,
                2 => Bind::Attached,
                _ => Bind::Free,
            },
        })
        .collect();
    Some(Layout {
        whole: *whole,
        control: *control,
        after: *after,
        peek: *peek,
        blocks,
    })
}

impl Widget {
    /// Cuts the article just rendered for the embed's `max-height`, the control at the cut,
    /// and opens it again if the reader has expanded it; no control when the article is no
    /// longer than the height.
    pub fn apply_cut(&mut self) {
        let Some(limit) = self.view.max_height else {
            return;
        };
        let Some(l) = layout(&measure(&self.root)) else {
            return;
        };
        let k = cut_at(&l, f64::from(limit)).map(|k| k as u32);
        self.cut_at = k;
        cut(&self.root, k, self.state.expanded);
    }

    /// The reader pressed the control: expands the article below it (announced, and one
    /// `expand` event), or cuts it again at the same place. Focus stays on the control.
    pub fn toggle_more(&mut self) -> Effects {
        self.state.expanded = !self.state.expanded;
        if let Ok(Some(button)) = self.root.query_selector("[data-more] button") {
            let state = if self.state.expanded { "true" } else { "false" };
            let _ = button.set_attribute("aria-expanded", state);
        }
        // Where it was cut: the control stays, and keeps focus.
        cut(&self.root, self.cut_at, self.state.expanded);
        if self.state.expanded {
            self.expanded()
        } else {
            Effects::none()
        }
    }

    /// A prerendered page's `<details>` was closed again.
    pub fn collapsed(&mut self) -> Effects {
        self.state.expanded = false;
        Effects::none()
    }

    /// The article was expanded (by the control, or a prerendered page's `<details>`): said
    /// politely, and told the host.
    pub fn expanded(&mut self) -> Effects {
        self.state.expanded = true;
        self.announce(self.ui.get(Msg::MoreExpanded));
        let mut fx = Effects::none();
        if let Some(lang) = &self.lang {
            fx.emit_lang(&self.host, HostEvent::Expand, lang);
        }
        fx
    }
}
