//! A widget's players and footnotes: a facade's click (the player, or the consent prompt in
//! place), the prompt's "Not now", and moving between a footnote reference and its note (shown
//! first if "Continue reading" hides it). What
//! is drawn is the core's (`UiState::players`, `UiState::media_asking`); here is where focus
//! goes and what is announced.

use super::Widget;
use crate::core::action::{Action, EmbedAction};
use crate::core::consent::Category;
use crate::core::text::cat;
use crate::shell::consent;
use crate::shell::effects::Effects;

/// The player iframe of the embed at `at`.
pub fn player_selector(at: usize) -> String {
    cat(&["[data-player=\"", &at.to_string(), "\"]"])
}

impl Widget {
    /// The reader clicked the facade of the embed at `at`: its player where embedded content
    /// is allowed (focus goes into it), else the consent prompt in the facade (focus on its
    /// question, what loads from whom announced).
    pub fn play(&mut self, at: usize) -> Effects {
        if consent::allows(Category::Media) {
            self.start_player(at);
            self.render_part(Some(at));
            return self.focus_first(&player_selector(at), true);
        }
        // Another facade's question, if one is open, closes.
        if let Some(other) = self.state.media_asking.replace(at) {
            self.render_part(Some(other));
        }
        self.render_part(Some(at));
        let question = cat(&["#ae-ask-", &at.to_string()]);
        let detail = cat(&[&question, "+p"]);
        if let Ok(Some(p)) = self.root.query_selector(&detail) {
            self.announce_later(p.text_content().unwrap_or_default());
        }
        self.focus_first(&question, true)
    }

    /// "Not now": the facade again, with focus on it.
    pub fn not_now(&mut self, at: usize) -> Effects {
        self.state.media_asking = None;
        self.render_part(Some(at));
        self.focus_first(&Action::Embed(EmbedAction::Play, at).selector(), false)
    }

    /// Marks the embed at `at` as started: its player is drawn while embedded content is
    /// allowed. Its prompt, if open, closes.
    pub fn start_player(&mut self, at: usize) {
        self.state.media_asking = None;
        if !self.state.players.contains(&at) {
            self.state.players.push(at);
        }
    }

    /// Focus to note `id` from a reference to it, or (`back`) to its first reference. A note
    /// that "Continue reading" hides is shown first: the article is expanded as its control
    /// does (announced, one `expand` event), or a prerendered page's `<details>` opened.
    pub fn follow_note(&mut self, id: &str, back: bool) -> Effects {
        let target = cat(&[if back { "#ae-ref-" } else { "#ae-fn-" }, id]);
        let mut fx = Effects::none();
        if let Ok(Some(el)) = self.root.query_selector(&target) {
            if matches!(el.closest("[data-rest],[data-peek]"), Ok(Some(_))) {
                fx = self.toggle_more();
            } else if let Ok(Some(more)) = el.closest("details[data-more]:not([open])") {
                let _ = more.set_attribute("open", "");
            }
        }
        fx.then(self.focus_first(&target, true))
    }
}
