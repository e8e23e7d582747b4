//! Rendering an article view to markup. Pure: the shell passes in what it works out once per
//! render (the date and the language names, from the catalogue's CLDR data) and what only the
//! browser knows (whether Web Share exists).

mod body;
#[cfg(not(target_arch = "wasm32"))]
mod card;
mod chrome;
mod consent;
pub mod icons;
mod inlines;
pub mod media;
mod notes;
mod share_row;
mod status;
mod switcher;
mod table;

#[cfg(not(target_arch = "wasm32"))]
pub use card::{card_markup, CARD_PARAGRAPHS};
pub use status::{render_error, render_loading, ErrorKind};

use crate::core::article::{AdCreative, Article, Block, Translation};
use crate::core::consent::ConsentView;
use crate::core::html::Markup;
#[cfg(not(target_arch = "wasm32"))]
use crate::core::html::SafeUrl;
use crate::core::i18n::Catalog;
use crate::core::lang::LangTag;
use crate::core::share::ShareTarget;
use share_row::ShareRow;

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
    /// The embed (by its block's position) whose facade asks for consent in place.
    pub media_asking: Option<usize>,
    /// The embeds whose players the reader started, by their blocks' positions.
    pub players: Vec<usize>,
}

/// Everything needed to render one article in one language.
pub struct View<'a> {
    /// The article.
    pub article: &'a Article,
    /// The language shown.
    pub lang: &'a LangTag,
    /// Its content.
    pub translation: &'a Translation,
    /// The original it was translated from, when loaded (for honest-translation checks).
    pub original: Option<(&'a LangTag, &'a Translation)>,
    /// UI strings.
    pub ui: &'a Catalog,
    /// The publish date in the UI language's long format, from the catalogue's CLDR data
    /// ([`Catalog::date`]).
    pub date_text: &'a str,
    /// Each article language's name in its own language (`dansk`, `العربية`).
    pub language_names: &'a [(LangTag, String)],
    /// Each article language's name in the UI language (`engelsk` in Danish), for sentences.
    pub ui_language_names: &'a [(LangTag, String)],
    /// Options.
    pub options: &'a ViewOptions,
    /// The ad slot's state.
    pub ad: AdSlot,
    /// The ad creative (the embed's, else the article's).
    pub ad_creative: Option<&'a AdCreative>,
    /// Consent banner and control.
    pub consent: ConsentView,
    /// Transient UI state.
    pub state: &'a UiState,
}

impl View<'_> {
    /// The name of a language in its own language, else its tag.
    pub fn language_name<'b>(&'b self, lang: &'b LangTag) -> &'b str {
        self.language_names
            .iter()
            .find(|(l, _)| l == lang)
            .map_or(lang.as_str(), |(_, n)| n.as_str())
    }

    /// The name of a language in the UI language, for use inside a sentence.
    pub fn language_name_in_ui<'b>(&'b self, lang: &'b LangTag) -> &'b str {
        self.ui_language_names
            .iter()
            .find(|(l, _)| l == lang)
            .map_or_else(|| self.language_name(lang), |(_, n)| n.as_str())
    }

    /// `lang` attribute for UI text: set only where the UI language differs from the article's.
    fn ui_lang(&self) -> Option<&str> {
        (self.ui.lang() != self.lang).then(|| self.ui.lang().as_str())
    }

    /// `lang` and `dir` for UI text inside block `b`: set only where the UI language differs
    /// from the block's (a quoted post left in English in an Arabic article says "view the
    /// post" in Arabic, right to left).
    fn ui_lang_in(&self, b: &Block) -> Option<(&str, &str)> {
        let ui = self.ui.lang();
        (ui != b.lang.as_ref().unwrap_or(self.lang)).then(|| (ui.as_str(), ui.dir().as_str()))
    }

    /// The URL shared and linked for the shown language.
    pub fn page_url(&self) -> &str {
        self.translation
            .url
            .as_ref()
            .unwrap_or(&self.article.url)
            .as_str()
    }

    /// The same URL, to write into an attribute.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn page_url_safe(&self) -> &SafeUrl {
        self.translation.url.as_ref().unwrap_or(&self.article.url)
    }
}

/// Whether the view is drawn ahead of time for a page without script (never in the widget).
fn prerendered(v: &View<'_>) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return v.options.prerendered;
    #[cfg(target_arch = "wasm32")]
    {
        let _ = v;
        false
    }
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
    media::embed_inner(&mut m, v, (at, b), e, body::refs(v));
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
    m.tag("article")
        .attr("class", "ae")
        .attr("lang", v.lang.as_str())
        .attr("dir", v.lang.dir().as_str())
        .attr("aria-labelledby", "ae-title")
        .body(|m| {
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
            body::body(m, v);
            m.tag("footer").attr("class", "ae-foot").body(|m| {
                share_row::share_row(m, v, ShareRow::Bottom);
                chrome::disclaimer(m, v);
                chrome::trending(m, v);
                consent::settings_control(m, v);
            });
            m.tag("div")
                .attr("class", "ae-vh")
                .attr("role", "status")
                .attr("aria-live", "polite")
                .attr("data-live", "")
                .body(|_| {});
        });
}
