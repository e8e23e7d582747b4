//! Mastodon in a widget's share rows: the server field opened and closed in place, the typed
//! name checked (`core::share::server`, then the browser's URL parser), and once it passes, the
//! share page of that server opened and the server remembered (`storage::MASTODON_KEY`), so the
//! next share is one click. What opens windows, moves focus or writes storage is returned as
//! effects (the borrow rule). Each row's parts are found in the row by fixed selectors.

use super::Widget;
use crate::core::render::ShareRow;
use crate::core::share::server::ServerName;
use crate::core::share::{mastodon_link, Shared};
use crate::shell::browser;
use crate::shell::effects::{Effect, Effects};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// The control that opens a row's field: the Mastodon button, or "change server".
const OPENER: &str = "button[data-share=\"mastodon\"],[data-action=\"mastodon-change\"]";

impl Widget {
    /// The share row a control is in.
    pub fn row_of(control: &Element) -> Option<ShareRow> {
        let row = control.closest("[data-row]").ok()??;
        ShareRow::parse(&row.get_attribute("data-row")?)
    }

    /// `selector` in the share row `row`.
    fn in_row(&self, row: ShareRow, selector: &str) -> Option<Element> {
        self.root
            .query_selector(row.selector())
            .ok()??
            .query_selector(selector)
            .ok()?
    }

    /// A focus move to `selector` in `row`, into view when the reader just opened it.
    fn focus_in_row(&self, row: ShareRow, selector: &str, into_view: bool) -> Effects {
        let mut fx = Effects::none();
        if let Some(el) = self.in_row(row, selector) {
            fx.push(if into_view {
                Effect::FocusInto(el)
            } else {
                Effect::Focus(el)
            });
        }
        fx
    }

    /// Opens the server field of `row` (closing the other row's), focus in the field.
    pub fn open_mastodon(&mut self, row: ShareRow) -> Effects {
        self.state.mastodon_open = Some(row);
        self.show_mastodon_fields();
        self.focus_in_row(row, "[data-masto-input]", true)
    }

    /// Closes the server field, if open; focus goes back to the control that opened it.
    pub fn close_mastodon(&mut self) -> Effects {
        let Some(row) = self.state.mastodon_open.take() else {
            return Effects::none();
        };
        self.show_mastodon_fields();
        self.focus_in_row(row, OPENER, false)
    }

    /// Shows the open row's field and hides the other, with their controls' state.
    fn show_mastodon_fields(&self) {
        for row in [ShareRow::Top, ShareRow::Bottom] {
            let open = self.state.mastodon_open == Some(row);
            if let Some(f) = self.in_row(row, "[data-masto]") {
                let _ = f.toggle_attribute_with_force("hidden", !open);
            }
            if let Some(c) = self.in_row(row, OPENER) {
                let _ = c.set_attribute("aria-expanded", if open { "true" } else { "false" });
            }
        }
    }

    /// The server typed into the open field: `None` when no field is open or the name is
    /// refused (then said in the field, focus staying there).
    pub fn typed_server(&self) -> Option<ServerName> {
        let row = self.state.mastodon_open?;
        let input = self.in_row(row, "[data-masto-input]")?;
        let input = input.dyn_into::<HtmlInputElement>().ok()?;
        // Every reason gets the one message: what to type.
        if let Ok(server) = ServerName::parse(&input.value()) {
            if browser::is_host(server.as_str()) {
                return Some(server);
            }
        }
        if let Some(error) = self.in_row(row, "[data-masto-error]") {
            let _ = error.remove_attribute("hidden");
            self.announce(&error.text_content().unwrap_or_default());
        }
        let _ = input.set_attribute("aria-invalid", "true");
        let _ = input.set_attribute("aria-describedby", row.mastodon_ids().described);
        None
    }

    /// The reader chose `server` (in the field, or earlier in another widget): it is
    /// remembered, the rows link to it, focus goes to the Mastodon link of the row where the
    /// reader was, and, with `open`, its share page opens in a new tab.
    pub fn mastodon_chosen(&mut self, server: ServerName, row: ShareRow, open: bool) -> Effects {
        self.state.mastodon = Some(server.clone());
        self.state.mastodon_open = None;
        self.render();
        let mut fx = self.focus_in_row(row, "a[data-share=\"mastodon\"]", false);
        if open {
            let url = self
                .root
                .query_selector(row.selector())
                .ok()
                .flatten()
                .and_then(|r| r.get_attribute("data-url"))
                .unwrap_or_default();
            let title = self.title();
            let shared = Shared {
                url: &url,
                title: &title,
            };
            fx.push(Effect::Open(
                mastodon_link(&server, &shared).as_str().to_owned(),
            ));
        }
        fx.push(Effect::RememberMastodon(server));
        fx
    }
}
