//! The view of one article in one language: everything a render reads, and the one place it
//! is put together. The live widget, the prerendered snippet and the embed and card pages all
//! start from [`View::new`], so which original a translation is checked against and how the
//! date reads cannot differ between them; each then adds what only it knows:
//!
//! ```text
//! let mut view = View::new(article.in_language(lang)?, ui, options);
//! view.names(own, in_ui)      // the languages' names (else their tags)
//!     .state(state)           // what the reader has open (else nothing)
//!     .consent(consent)       // the banner and control (else none)
//!     .ad(slot, creative);    // the ad (else only its placeholder)
//! ```

use super::{AdSlot, UiState, ViewOptions};
use crate::core::article::{AdCreative, Article, Block, InLanguage, Translation};
use crate::core::consent::ConsentView;
#[cfg(not(target_arch = "wasm32"))]
use crate::core::html::SafeUrl;
use crate::core::i18n::Catalog;
use crate::core::lang::LangTag;

/// Nothing open: a view's state until [`View::state`] gives the reader's.
static NOTHING_OPEN: UiState = UiState {
    languages_open: false,
    originals_open: Vec::new(),
    consent_open: false,
    consent_choosing: false,
    expanded: false,
    mastodon: None,
    mastodon_open: None,
    media_asking: None,
    players: Vec::new(),
};

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
    pub date_text: String,
    /// Each article language's name in its own language (`dansk`, `العربية`), in the order of
    /// `article.languages`.
    pub language_names: &'a [String],
    /// Each article language's name in the UI language (`engelsk` in Danish), for sentences, in
    /// the order of `article.languages`.
    pub ui_language_names: &'a [String],
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

impl<'a> View<'a> {
    /// The view of an article in a language ([`Article::in_language`]) with the UI strings of
    /// `ui`: the content, the original it is checked against, and the date in the UI language.
    /// Until the methods below say otherwise, languages are named by their tags, nothing is
    /// open, and there is no consent banner or control and no ad (only its placeholder): a page
    /// without script shows it so.
    ///
    /// [`Article::in_language`]: crate::core::article::Article::in_language
    pub fn new(shown: InLanguage<'a>, ui: &'a Catalog, options: &'a ViewOptions) -> View<'a> {
        let InLanguage {
            article,
            lang,
            translation,
        } = shown;
        // The honest-translation checks compare the content with what it was translated from.
        let from = article.translated_from(translation);
        let original = (from != lang)
            .then(|| article.translation(from).map(|t| (from, t)))
            .flatten();
        View {
            article,
            lang,
            translation,
            original,
            ui,
            date_text: ui.date(&article.published),
            language_names: &[],
            ui_language_names: &[],
            options,
            ad: AdSlot::Hidden,
            ad_creative: None,
            consent: ConsentView::default(),
            state: &NOTHING_OPEN,
        }
    }

    /// Names the article's languages, in the order of `article.languages`: each in its own
    /// language, for the switcher ([`autonyms`](crate::core::i18n::autonyms)), and in the UI
    /// language, for sentences ([`Catalog::language_names`]).
    pub fn names(&mut self, own: &'a [String], in_ui: &'a [String]) -> &mut Self {
        self.language_names = own;
        self.ui_language_names = in_ui;
        self
    }

    /// Shows what the reader has open (the language list, originals, the privacy choices).
    pub fn state(&mut self, state: &'a UiState) -> &mut Self {
        self.state = state;
        self
    }

    /// Shows the consent banner and control as the page's consent has them.
    pub fn consent(&mut self, consent: ConsentView) -> &mut Self {
        self.consent = consent;
        self
    }

    /// Shows the ad slot in `slot`'s state, with the creative it shows once allowed.
    pub fn ad(&mut self, slot: AdSlot, creative: Option<&'a AdCreative>) -> &mut Self {
        self.ad = slot;
        self.ad_creative = creative;
        self
    }

    /// The name of a language in its own language, else its tag.
    pub fn language_name<'b>(&'b self, lang: &'b LangTag) -> &'b str {
        self.name_in(self.language_names, lang)
            .unwrap_or(lang.as_str())
    }

    /// The name of a language in the UI language, for use inside a sentence.
    pub fn language_name_in_ui<'b>(&'b self, lang: &'b LangTag) -> &'b str {
        self.name_in(self.ui_language_names, lang)
            .unwrap_or_else(|| self.language_name(lang))
    }

    /// `lang`'s entry in `names`, a list in the order of the article's languages.
    fn name_in<'b>(&self, names: &'b [String], lang: &LangTag) -> Option<&'b str> {
        let i = self.article.languages.iter().position(|l| l == lang)?;
        names.get(i).map(String::as_str)
    }

    /// `lang` attribute for UI text: set only where the UI language differs from the article's.
    pub(super) fn ui_lang(&self) -> Option<&str> {
        (self.ui.lang() != self.lang).then(|| self.ui.lang().as_str())
    }

    /// `lang` and `dir` for UI text inside block `b`: set only where the UI language differs
    /// from the block's (a quoted post left in English in an Arabic article says "view the
    /// post" in Arabic, right to left).
    pub(super) fn ui_lang_in(&self, b: &Block) -> Option<(&str, &str)> {
        let ui = self.ui.lang();
        (ui != b.lang.as_ref().unwrap_or(self.lang)).then(|| (ui.as_str(), ui.dir().as_str()))
    }

    /// Whether the view is drawn ahead of time for a page without script (never in the
    /// widget).
    pub(super) fn prerendered(&self) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        return self.options.prerendered;
        #[cfg(target_arch = "wasm32")]
        false
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
