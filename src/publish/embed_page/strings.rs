//! What the "Embed this article" page says, from the catalogues' `embed-page-*` messages (the
//! publishing tool's own: `ftl::TOOL_PREFIX`), in the UI language of the page's article
//! language, English where it has no catalogue.

use super::super::catalog::tool_messages;
use super::super::error::{CatalogueFault, PublishError};
use crate::core::i18n::ftl::{pieces, CompileError, Entry, Piece};
use crate::core::lang::LangTag;

/// One message of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)] // each is its catalogue key, `embed-page-` + [`Text::key`]'s tail
pub enum Text {
    Title,
    Intro,
    NoScript,
    Language,
    Form,
    FormSnippet,
    FormIframe,
    FormElement,
    FormOneTag,
    FormUrl,
    Theme,
    ThemeAuto,
    ThemeLight,
    ThemeDark,
    Share,
    ShareHint,
    ShareParams,
    ShareParamsHint,
    MaxHeight,
    MaxHeightHint,
    Preview,
    Code,
    Copy,
    Copied,
    CopyKeys,
    Cost,
    CostUnmeasured,
    Csp,
    UrlNote,
}

impl Text {
    /// Its catalogue key.
    pub fn key(self) -> &'static str {
        match self {
            Text::Title => "embed-page-title",
            Text::Intro => "embed-page-intro",
            Text::NoScript => "embed-page-no-script",
            Text::Language => "embed-page-language",
            Text::Form => "embed-page-form",
            Text::FormSnippet => "embed-page-form-snippet",
            Text::FormIframe => "embed-page-form-iframe",
            Text::FormElement => "embed-page-form-element",
            Text::FormOneTag => "embed-page-form-one-tag",
            Text::FormUrl => "embed-page-form-url",
            Text::Theme => "embed-page-theme",
            Text::ThemeAuto => "embed-page-theme-auto",
            Text::ThemeLight => "embed-page-theme-light",
            Text::ThemeDark => "embed-page-theme-dark",
            Text::Share => "embed-page-share",
            Text::ShareHint => "embed-page-share-hint",
            Text::ShareParams => "embed-page-share-params",
            Text::ShareParamsHint => "embed-page-share-params-hint",
            Text::MaxHeight => "embed-page-max-height",
            Text::MaxHeightHint => "embed-page-max-height-hint",
            Text::Preview => "embed-page-preview",
            Text::Code => "embed-page-code",
            Text::Copy => "embed-page-copy",
            Text::Copied => "embed-page-copied",
            Text::CopyKeys => "embed-page-copy-keys",
            Text::Cost => "embed-page-cost",
            Text::CostUnmeasured => "embed-page-cost-unmeasured",
            Text::Csp => "embed-page-csp",
            Text::UrlNote => "embed-page-url-note",
        }
    }
}

/// The page's messages in one UI language.
#[derive(Debug, Clone)]
pub struct Strings {
    /// The UI language (the page's `lang` where its article language has no catalogue).
    pub lang: LangTag,
    entries: Vec<Entry>,
}

impl Strings {
    /// The messages for the page of article language `lang`.
    pub fn for_article_language(lang: &LangTag) -> Result<Strings, PublishError> {
        let (ui, entries) = tool_messages(lang)?;
        Ok(Strings { lang: ui, entries })
    }

    /// A message as written (placeholders unfilled).
    pub fn get(&self, t: Text) -> &str {
        self.entries
            .iter()
            .find(|e| e.key == t.key())
            .map_or("", |e| e.value.as_str())
    }

    /// A message with its one placeholder filled (no isolation marks: the page's values are
    /// short Latin ones, a ratio and share names).
    pub fn fill(&self, t: Text, value: &str) -> String {
        pieces(self.get(t))
            .unwrap_or_default()
            .into_iter()
            .map(|p| match p {
                Piece::Text(s) => s,
                Piece::Var(_) => value,
            })
            .collect()
    }

    /// Fails when English has a message the page asks for no more (a broken build).
    pub fn check(&self) -> Result<(), PublishError> {
        let missing = Text::ALL.iter().any(|t| self.get(*t).is_empty());
        if missing {
            return Err(PublishError::Catalogue {
                lang: self.lang.as_str().to_owned(),
                cause: CatalogueFault::Compile(CompileError::Keys),
            });
        }
        Ok(())
    }
}

impl Text {
    /// Every message.
    pub const ALL: [Text; 29] = [
        Text::Title,
        Text::Intro,
        Text::NoScript,
        Text::Language,
        Text::Form,
        Text::FormSnippet,
        Text::FormIframe,
        Text::FormElement,
        Text::FormOneTag,
        Text::FormUrl,
        Text::Theme,
        Text::ThemeAuto,
        Text::ThemeLight,
        Text::ThemeDark,
        Text::Share,
        Text::ShareHint,
        Text::ShareParams,
        Text::ShareParamsHint,
        Text::MaxHeight,
        Text::MaxHeightHint,
        Text::Preview,
        Text::Code,
        Text::Copy,
        Text::Copied,
        Text::CopyKeys,
        Text::Cost,
        Text::CostUnmeasured,
        Text::Csp,
        Text::UrlNote,
    ];
}
