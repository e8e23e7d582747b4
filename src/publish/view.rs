//! The view a prerendered page shows: what the renderer draws without a browser.
//!
//! - No consent banner and no privacy-settings control (nothing to decide without script), and
//!   so no ad slot: an ad needs consent, which needs script.
//! - Share targets that are links only (networks and email); no native-share or copy button.
//! - The language switcher as a native `<details>` over the same links to each language's page.
//! - Dates, language names and UI strings from the built-in catalogues' CLDR data.

use super::catalog::catalogue_for;
use super::error::PublishError;
use crate::core::article::Article;
use crate::core::consent::ConsentView;
use crate::core::i18n::{autonym, Catalog};
use crate::core::lang::LangTag;
use crate::core::render::{AdSlot, UiState, View, ViewOptions};
use crate::core::share::ShareTarget;

/// What a view of one language needs besides the article, owned.
pub struct Parts {
    lang: LangTag,
    ui: Catalog,
    date: String,
    names: Vec<(LangTag, String)>,
    ui_names: Vec<(LangTag, String)>,
    options: ViewOptions,
    state: UiState,
}

/// The rendering options of every prerendered page.
pub fn prerendered_options() -> ViewOptions {
    ViewOptions {
        share: ShareTarget::DEFAULT
            .into_iter()
            .filter(|t| !matches!(t, ShareTarget::Native | ShareTarget::Copy))
            .collect(),
        prerendered: true,
        ..ViewOptions::default()
    }
}

impl Parts {
    /// Works out the parts for `lang`; `path` names the input in errors.
    pub fn new(article: &Article, lang: &LangTag, path: &str) -> Result<Parts, PublishError> {
        if article.translation(lang).is_none() {
            return Err(PublishError::NoLanguage {
                path: path.to_owned(),
                lang: lang.as_str().to_owned(),
            });
        }
        let ui = catalogue_for(lang)?;
        let own = |l: &LangTag| autonym(l).map_or_else(|| l.as_str().to_owned(), str::to_owned);
        let names = article
            .languages
            .iter()
            .map(|l| (l.clone(), own(l)))
            .collect();
        let ui_names = article
            .languages
            .iter()
            .map(|l| {
                let name = ui.language_name(l).map(str::to_owned);
                (l.clone(), name.unwrap_or_else(|| own(l)))
            })
            .collect();
        Ok(Parts {
            lang: lang.clone(),
            date: ui.date(&article.published),
            ui,
            names,
            ui_names,
            options: prerendered_options(),
            state: UiState::default(),
        })
    }

    /// The view of `article` (the one these parts were made for).
    pub fn view<'a>(&'a self, article: &'a Article) -> View<'a> {
        let translation = article
            .translation(&self.lang)
            .expect("checked in Parts::new");
        let from = translation
            .translated_from
            .as_ref()
            .unwrap_or(&article.original_language);
        let original = (from != &self.lang)
            .then(|| article.translation(from).map(|t| (from, t)))
            .flatten();
        View {
            article,
            lang: &self.lang,
            translation,
            original,
            ui: &self.ui,
            date_text: &self.date,
            language_names: &self.names,
            ui_language_names: &self.ui_names,
            options: &self.options,
            ad: AdSlot::Hidden,
            ad_creative: None,
            consent: ConsentView::default(),
            state: &self.state,
        }
    }
}
