//! Mastodon in a widget's share rows: the server field opened and closed in place, the typed
//! name checked (`core::share::server`), and once it passes, the share page of that server
//! opened and the server remembered (`storage::MASTODON_KEY`), so the next share is one click.
//! What opens windows, moves focus or writes storage is returned as effects (the borrow rule).

use super::Widget;
use crate::core::action::Action;
use crate::core::render::ShareRow;
use crate::core::share::server::ServerName;
use crate::core::share::{mastodon_link, ShareTarget, Shared};
use crate::shell::browser;
use crate::shell::effects::{Effect, Effects};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

impl Widget {
    /// The share row a control is in.
    pub fn row_of(control: &Element) -> Option<ShareRow> {
        let row = control.closest("[data-row]").ok()??;
        ShareRow::parse(&row.get_attribute("data-row")?)
    }

    /// Opens the server field of `row` (closing the other row's), focus in the field.
    pub fn open_mastodon(&mut self, row: ShareRow) -> Effects {
        self.state.mastodon_open = Some(row);
        self.show_mastodon_fields();
        self.focus_first(&format!("#{}", row.mastodon_ids().input), true)
    }

    /// Closes the server field, if open; focus goes back to the control that opened it.
    pub fn close_mastodon(&mut self) -> Effects {
        let Some(row) = self.state.mastodon_open.take() else {
            return Effects::none();
        };
        self.show_mastodon_fields();
        let opener = match self.state.mastodon {
            Some(_) => Action::ChangeMastodon,
            None => Action::Share(ShareTarget::Mastodon),
        };
        let selector = format!("[data-row=\"{}\"] {}", row.name(), opener.selector());
        self.focus_first(&selector, false)
    }

    /// Shows the open row's field and hides the other, with their controls' state.
    fn show_mastodon_fields(&self) {
        for row in [ShareRow::Top, ShareRow::Bottom] {
            let open = self.state.mastodon_open == Some(row);
            let form = row.mastodon_ids().form;
            if let Ok(Some(f)) = self.root.query_selector(&format!("#{form}")) {
                let _ = f.toggle_attribute_with_force("hidden", !open);
            }
            let control = format!("[aria-controls=\"{form}\"]");
            if let Ok(Some(c)) = self.root.query_selector(&control) {
                let _ = c.set_attribute("aria-expanded", if open { "true" } else { "false" });
            }
        }
    }

    /// The server typed into the open field: `None` when no field is open or the name is
    /// refused (then said in the field, focus staying there).
    pub fn typed_server(&self) -> Option<ServerName> {
        let ids = self.state.mastodon_open?.mastodon_ids();
        let input = self
            .root
            .query_selector(&format!("#{}", ids.input))
            .ok()??;
        let input = input.dyn_into::<HtmlInputElement>().ok()?;
        // Every reason gets the one message: what to type.
        if let Ok(server) = ServerName::parse(&input.value()) {
            if browser::is_host(server.as_str()) {
                return Some(server);
            }
        }
        if let Ok(Some(error)) = self.root.query_selector(&format!("#{}", ids.error)) {
            let _ = error.remove_attribute("hidden");
            self.announce(&error.text_content().unwrap_or_default());
        }
        let _ = input.set_attribute("aria-invalid", "true");
        let _ = input.set_attribute("aria-describedby", &format!("{} {}", ids.hint, ids.error));
        None
    }

    /// The reader chose `server` (in the field, or earlier in another widget): it is
    /// remembered, the rows link to it, focus goes to the Mastodon link of the row where the
    /// reader was, and, with `open`, its share page opens in a new tab.
    pub fn mastodon_chosen(&mut self, server: ServerName, row: ShareRow, open: bool) -> Effects {
        self.state.mastodon = Some(server.clone());
        self.state.mastodon_open = None;
        self.render();
        let link = format!("[data-row=\"{}\"] a[data-share=\"mastodon\"]", row.name());
        let mut fx = self.focus_first(&link, false);
        if open {
            let url = self.shared_url(row);
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

    /// The URL a row shares (the shown language's page, with the host's parameters).
    fn shared_url(&self, row: ShareRow) -> String {
        let selector = format!(".ae-share[data-row=\"{}\"]", row.name());
        self.root
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|r| r.get_attribute("data-url"))
            .unwrap_or_default()
    }
}
