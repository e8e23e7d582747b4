//! "Continue reading" in a widget whose embed asks for a `max-height`: after each render the
//! article is measured and cut at the boundary `core::render::cut` picks; the control expands
//! it in place and cuts it again. Focus stays on the control (WAI-ARIA's disclosure pattern:
//! the newly shown text follows it, so the next Tab goes into it), the expansion is announced
//! politely and fired as one `expand` event. The content above the control never moves: only
//! what is below it appears or goes.

use super::Widget;
use crate::core::i18n::Msg;
use crate::core::render::cut::{cut_at, Bind, BlockBox, Layout};
use crate::shell::effects::{Effects, HostEvent};
use wasm_bindgen::prelude::*;
use web_sys::ShadowRoot;

#[wasm_bindgen(module = "/src/shell/cut.js")]
extern "C" {
    fn measure(root: &ShadowRoot) -> Vec<f64>;
    fn cut(root: &ShadowRoot, k: i32, control: bool);
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
    /// Cuts the article just rendered for the embed's `max-height`, unless the reader has
    /// expanded it; the control shows only when the article is longer than the height.
    pub fn apply_cut(&self) {
        let Some(limit) = self.view.max_height else {
            return;
        };
        let Some(l) = layout(&measure(&self.root)) else {
            return;
        };
        match cut_at(&l, f64::from(limit)) {
            None => cut(&self.root, -1, false),
            Some(_) if self.state.expanded => cut(&self.root, -1, true),
            Some(k) => cut(&self.root, k as i32, true),
        }
    }

    /// The reader pressed the control: expands the article (announced, and one `expand`
    /// event), or cuts it again. Focus stays on the control.
    pub fn toggle_more(&mut self) -> Effects {
        self.state.expanded = !self.state.expanded;
        if let Ok(Some(button)) = self.root.query_selector("[data-more] button") {
            let state = if self.state.expanded { "true" } else { "false" };
            let _ = button.set_attribute("aria-expanded", state);
        }
        self.apply_cut();
        if self.state.expanded {
            self.expanded()
        } else {
            Effects::none()
        }
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
