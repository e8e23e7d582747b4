//! Rendering an article view to markup. Pure: a [`View`] is built in one place (`view.rs`);
//! its user passes in what only it knows (the language names where the catalogues have none,
//! the reader's state and consent, whether the browser has Web Share).

mod body;
#[cfg(not(target_arch = "wasm32"))]
mod card;
mod chrome;
mod consent;
pub mod cut;
mod element;
pub mod icons;
mod inlines;
mod mastodon;
pub mod media;
mod more;
mod network_link;
mod newsletter;
mod notes;
mod row;
mod share_row;
mod status;
mod switcher;
mod table;
mod view;

#[cfg(not(target_arch = "wasm32"))]
pub use card::{card_markup, CARD_PARAGRAPHS};
pub use row::{FieldIds, ShareRow};
pub use status::{render_error, render_loading, ErrorKind};
pub use view::View;

use crate::core::article::Translation;
use crate::core::html::Markup;
use crate::core::share::server::ServerName;
use crate::core::share::ShareTarget;

/// Per-embed options that change what is rendered.
#[derive(Debug, Clone)]
pub struct ViewOptions {
    /// Share targets, in order.
    pub share: Vec<ShareTarget>,
    /// Extra query parameters for shared URLs (`utm_source`, …).
    pub share_params: Vec<(String, String)>,
    /// Put the ad slot after this many paragraphs instead of where the article marks it;
    /// `Some(0)` removes the slot.
    pub ad_after: Option<usize>,
    /// Whether the browser has the Web Share API.
    pub native_share: bool,
    /// "Continue reading": show the article up to about this height in CSS px, cut at a block
    /// boundary, and the rest behind a control (the `max-height` attribute). The widget measures
    /// where to cut ([`cut::cut_at`]); a prerendered page estimates it ([`cut::estimated_cut`]).
    pub max_height: Option<u32>,
    /// Rendered ahead of time for a page without script (the native tool's `render` and
    /// `publish`): the language switcher is a native `<details>` disclosure with no filter
    /// box. Native only, so the wasm carries none of it.
    #[cfg(not(target_arch = "wasm32"))]
    pub prerendered: bool,
}

impl ViewOptions {
    /// Whether the body of `t` has an ad slot: where the article marks one, unless the embed
    /// moves it (`ad_after`) or removes it (`Some(0)`).
    pub fn has_ad_slot(&self, t: &Translation) -> bool {
        let marked = || {
            t.blocks
                .iter()
                .any(|b| matches!(b.kind, crate::core::article::BlockKind::Ad))
        };
        self.ad_after.map_or_else(marked, |n| n > 0)
    }
}

impl Default for ViewOptions {
    fn default() -> Self {
        ViewOptions {
            share: ShareTarget::DEFAULT.to_vec(),
            share_params: Vec::new(),
            ad_after: None,
            native_share: false,
            max_height: None,
            #[cfg(not(target_arch = "wasm32"))]
            prerendered: false,
        }
    }
}

/// What the ad slot shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdSlot {
    /// No consent to advertising: a labelled placeholder that opens the choices.
    Hidden,
    /// Consent given: an empty frame the shell fills with the creative.
    Allowed,
}

/// Transient UI state of one widget.
#[derive(Debug, Clone, Default)]
pub struct UiState {
    /// The language list is open.
    pub languages_open: bool,
    /// Original passages the reader opened, by block id.
    pub originals_open: Vec<String>,
    /// The reader opened the privacy choices here (the settings control or the ad placeholder).
    pub consent_open: bool,
    /// The banner shows its per-category screen.
    pub consent_choosing: bool,
    /// The reader expanded the article ("Continue reading").
    pub expanded: bool,
    /// The reader's Mastodon server, remembered from an earlier share.
    pub mastodon: Option<ServerName>,
    /// The Mastodon server field is open, in this share row.
    pub mastodon_open: Option<ShareRow>,
    /// The embed (by its block's position) whose facade asks for consent in place.
    pub media_asking: Option<usize>,
    /// The embeds whose players the reader started, by their blocks' positions.
    pub players: Vec<usize>,
}

/// What follows the body: the newsletter's call to action, the second share row, the
/// disclaimer, the trending list and the privacy settings.
fn footer(m: &mut Markup, v: &View<'_>) {
    m.tag("footer")
        .attr("class", "ae-foot")
        .attr("id", "ae-foot")
        .body(|m| {
            newsletter::call_to_action(m, v);
            share_row::share_row(m, v, ShareRow::Bottom);
            chrome::disclaimer(m, v);
            chrome::trending(m, v);
            consent::settings_control(m, v);
        });
}

/// Renders the whole article view.
pub fn render_article(v: &View<'_>) -> String {
    let mut m = Markup::new();
    article_into(&mut m, v);
    m.finish()
}

/// The inside of the embed block at `at` (its facade, consent prompt or player, and caption),
/// to replace that block's content alone (`#ae-emb-<at>`): the article's other players keep
/// playing. `None` when the block there is not an embed.
pub fn render_embed(v: &View<'_>, at: usize) -> Option<String> {
    let b = v.translation.blocks.get(at)?;
    let crate::core::article::BlockKind::Embed(e) = &b.kind else {
        return None;
    };
    let mut m = Markup::new();
    media::embed_inner(&mut m, v, (at, b), e, inlines::refs(v));
    Some(m.finish())
}

/// The whole article view as a fragment, to place inside a page or a declarative shadow root.
#[cfg(not(target_arch = "wasm32"))]
pub fn article_markup(v: &View<'_>) -> Markup {
    let mut m = Markup::new();
    article_into(&mut m, v);
    m
}

fn article_into(m: &mut Markup, v: &View<'_>) {
    let open = m
        .tag("article")
        .attr("class", "ae")
        .attr("lang", v.lang.as_str())
        .attr("dir", v.lang.dir().as_str())
        .attr("aria-labelledby", "ae-title");
    // The height a prerendered page was cut for: hydration keeps the page while the embed asks
    // for the same.
    #[cfg(not(target_arch = "wasm32"))]
    let open = match v.options.max_height.filter(|_| v.options.prerendered) {
        Some(h) => open.attr("data-max-height", &h.to_string()),
        None => open,
    };
    open.body(|m| {
        m.tag("header").attr("class", "ae-head").body(|m| {
            m.tag("div").attr("class", "ae-bar").body(|m| {
                chrome::follow_us(m, v);
                switcher::switcher(m, v);
            });
            chrome::headline(m, v);
            chrome::mt_notice(m, v);
            share_row::share_row(m, v, ShareRow::Top);
        });
        consent::banner(m, v);
        body_and_footer(m, v);
        m.tag("div")
            .attr("class", "ae-vh")
            .attr("role", "status")
            .attr("aria-live", "polite")
            .attr("data-live", "")
            .body(|_| {});
    });
}

/// The body, the "Continue reading" control and the footer: whole in the widget, which cuts
/// where it measures once laid out; on a prerendered page, the rest after the tool's estimated
/// cut in a `<details>`.
fn body_and_footer(m: &mut Markup, v: &View<'_>) {
    let blocks = v.translation.blocks.len();
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(k) = v
        .options
        .max_height
        .filter(|_| v.options.prerendered)
        .and_then(|limit| cut::estimated_cut(v, limit))
    {
        body::body(m, v, 0..k, true);
        more::disclosure(m, v, |m| {
            body::body(m, v, k..blocks, false);
            footer(m, v);
        });
        return;
    }
    body::body(m, v, 0..blocks, true);
    more::control(m, v);
    footer(m, v);
}
