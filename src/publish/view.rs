//! The view a prerendered page shows: what the renderer draws without a browser.
//!
//! - No consent banner and no privacy-settings control (nothing to decide without script), and
//!   so no ad slot: an ad needs consent, which needs script.
//! - Share targets that are links only (networks and email); no native-share or copy button,
//!   and no Mastodon, whose server the reader types.
//! - "Continue reading", when the publisher asks for a height: a `<details>` cut where the
//!   tool estimates (`core::render::cut`).
//! - The language switcher as a native `<details>` over the same links to each language's page.
//! - Dates, language names and UI strings from the built-in catalogues' CLDR data.

use super::catalog::catalogue_for;
use super::error::PublishError;
use crate::core::article::Article;
use crate::core::html::SafeUrl;
use crate::core::i18n::{autonym, autonyms, Catalog};
use crate::core::lang::LangTag;
use crate::core::render::{View, ViewOptions};
use crate::core::share::ShareTarget;

/// What a view of one language needs besides the article, owned.
pub struct Parts {
    lang: LangTag,
    ui: Catalog,
    names: Vec<String>,
    ui_names: Vec<String>,
    options: ViewOptions,
}

/// What the publisher asks of the pages (`render` and `publish` options).
#[derive(Debug, Clone, Default)]
pub struct PageOptions {
    /// "Continue reading" after about this many CSS px (`--max-height`).
    pub max_height: Option<u32>,
    /// The newsletter's sign-up page (`--newsletter`), instead of the document's.
    pub newsletter: Option<SafeUrl>,
}

impl PageOptions {
    /// Gives `article` the sign-up page asked for, if any.
    pub fn apply(&self, article: &mut Article) {
        if let Some(url) = &self.newsletter {
            article.publisher.newsletter = Some(url.clone());
        }
    }
}

/// The rendering options of every prerendered page, cut for `max_height` if given.
pub fn prerendered_options(max_height: Option<u32>) -> ViewOptions {
    ViewOptions {
        share: ShareTarget::DEFAULT
            .into_iter()
            .filter(|t| !t.needs_script())
            .collect(),
        max_height,
        prerendered: true,
        ..ViewOptions::default()
    }
}

impl Parts {
    /// Works out the parts for `lang`, with the publisher's `options`; `path` names the input
    /// in errors.
    pub fn new(
        article: &Article,
        lang: &LangTag,
        path: &str,
        options: &PageOptions,
    ) -> Result<Parts, PublishError> {
        if article.translation(lang).is_none() {
            return Err(PublishError::NoLanguage {
                path: path.to_owned(),
                lang: lang.as_str().to_owned(),
            });
        }
        let ui = catalogue_for(lang)?;
        // No `Intl` here: a language the catalogues have no name for is named by its tag.
        let own = |l: &LangTag| autonym(l).map_or_else(|| l.to_string(), str::to_owned);
        Ok(Parts {
            lang: lang.clone(),
            names: autonyms(&article.languages, LangTag::to_string),
            ui_names: ui.language_names(&article.languages, own),
            ui,
            options: prerendered_options(options.max_height),
        })
    }

    /// The view of `article` (the one these parts were made for), as a page without script
    /// shows it.
    pub fn view<'a>(&'a self, article: &'a Article) -> View<'a> {
        let shown = article
            .in_language(&self.lang)
            .expect("checked in Parts::new");
        let mut view = View::new(shown, &self.ui, &self.options);
        view.names(&self.names, &self.ui_names);
        view
    }
}
