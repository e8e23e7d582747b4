//! The article model: what a validated `article-embed/1` document holds.
//!
//! Values of these types only come out of [`validate`](validate::validate_document), so the
//! renderer can rely on every URL being safe, every language tag well-formed and every block
//! well-shaped.

pub mod block;
pub mod block_type;
pub mod datetime;
pub mod inline;
pub mod media;
pub mod provider;
pub mod table;
pub mod translation_check;
pub mod validate;

use crate::core::html::SafeUrl;
use crate::core::lang::LangTag;
pub use block::{Block, BlockKind, Button, ListItem, Note, PreVariant, SubList};
pub use block_type::BlockType;
pub use datetime::DateTime;
pub use inline::{plain_text, Inline, NoteRef, SpanKind};
pub use validate::{validate_document, validate_translation, Problem, Validated, ValidationError};

/// One article in all its languages.
#[derive(Debug, Clone)]
pub struct Article {
    /// Canonical URL.
    pub url: SafeUrl,
    /// Who publishes it.
    pub publisher: Publisher,
    /// Byline name.
    pub author: Option<String>,
    /// When it was published.
    pub published: DateTime,
    /// When it was last changed, if the publisher says (link previews and search engines read
    /// it; the widget shows the publish date).
    pub modified: Option<DateTime>,
    /// The language it was written in.
    pub original_language: LangTag,
    /// Every language it exists in (each has an entry in `translations`).
    pub languages: Vec<LangTag>,
    /// The ad creative for the ad slot, if any.
    pub ad: Option<AdCreative>,
    /// Trending / related items.
    pub trending: Vec<Link>,
    /// Each language's content, inline or still to fetch.
    pub translations: Vec<(LangTag, TranslationSource)>,
}

impl Article {
    /// The source of one language's content.
    pub fn source(&self, lang: &LangTag) -> Option<&TranslationSource> {
        self.translations
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, s)| s)
    }

    /// The content of one language when it is already here.
    pub fn translation(&self, lang: &LangTag) -> Option<&Translation> {
        match self.source(lang)? {
            TranslationSource::Inline(t) => Some(t),
            TranslationSource::Remote { .. } => None,
        }
    }

    /// The language `t` (one of this article's translations) was translated from: its own
    /// `translated_from`, else the article's original language.
    pub fn translated_from<'a>(&'a self, t: &'a Translation) -> &'a LangTag {
        t.translated_from
            .as_ref()
            .unwrap_or(&self.original_language)
    }

    /// This article in `lang`; `None` when `lang`'s content is not here (not one of its
    /// languages, or not fetched yet).
    #[inline] // a wrapper of `translation`: inlined, the widget's render is 33 B smaller
    pub fn in_language<'a>(&'a self, lang: &'a LangTag) -> Option<InLanguage<'a>> {
        Some(InLanguage {
            article: self,
            lang,
            translation: self.translation(lang)?,
        })
    }

    /// Stores a fetched translation in place of its reference.
    pub fn insert_translation(&mut self, lang: &LangTag, t: Translation) {
        if let Some(slot) = self.translations.iter_mut().find(|(l, _)| l == lang) {
            slot.1 = TranslationSource::Inline(t);
        }
    }
}

/// An article in one of its languages whose content is here: what a view shows
/// ([`View::new`](crate::core::render::View::new)). Only [`Article::in_language`] makes one, so
/// the content is the language's.
#[derive(Debug, Clone, Copy)]
pub struct InLanguage<'a> {
    pub(crate) article: &'a Article,
    pub(crate) lang: &'a LangTag,
    pub(crate) translation: &'a Translation,
}

/// The publisher.
#[derive(Debug, Clone)]
pub struct Publisher {
    /// Display name.
    pub name: String,
    /// Home page.
    pub url: Option<SafeUrl>,
    /// Follow-us links.
    pub follow: Vec<FollowLink>,
    /// The newsletter's sign-up page (the publisher's own form), for the call to action after
    /// the article.
    pub newsletter: Option<SafeUrl>,
}

/// A follow-us link.
#[derive(Debug, Clone)]
pub struct FollowLink {
    /// Which network.
    pub network: Network,
    /// Where it goes.
    pub url: SafeUrl,
}

/// Networks known for follow-us links (each has an icon and a name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Network {
    /// Facebook
    Facebook,
    /// X (Twitter)
    X,
    /// LinkedIn
    LinkedIn,
    /// Instagram
    Instagram,
    /// YouTube
    YouTube,
    /// Telegram
    Telegram,
    /// RSS feed
    Rss,
    /// Email
    Email,
    /// Any other web page
    Web,
}

impl Network {
    /// Parses the format's network name.
    pub fn parse(s: &str) -> Option<Network> {
        Some(match s {
            "facebook" => Network::Facebook,
            "x" => Network::X,
            "linkedin" => Network::LinkedIn,
            "instagram" => Network::Instagram,
            "youtube" => Network::YouTube,
            "telegram" => Network::Telegram,
            "rss" => Network::Rss,
            "email" => Network::Email,
            "web" => Network::Web,
            _ => return None,
        })
    }

    /// The brand name, shown to readers (not translated).
    pub fn label(self) -> &'static str {
        match self {
            Network::Facebook => "Facebook",
            Network::X => "X",
            Network::LinkedIn => "LinkedIn",
            Network::Instagram => "Instagram",
            Network::YouTube => "YouTube",
            Network::Telegram => "Telegram",
            Network::Rss => "RSS",
            Network::Email => "Email",
            Network::Web => "Web",
        }
    }
}

/// The ad creative for the ad slot.
#[derive(Debug, Clone)]
pub struct AdCreative {
    /// Its URL, loaded in a sandboxed iframe after consent.
    pub src: SafeUrl,
    /// Width in CSS px.
    pub width: u32,
    /// Height in CSS px.
    pub height: u32,
}

/// A link to another article.
#[derive(Debug, Clone)]
pub struct Link {
    /// Title.
    pub title: String,
    /// Where it goes.
    pub url: SafeUrl,
    /// Language of the title, when it differs from the surrounding text.
    pub lang: Option<LangTag>,
}

/// One language's content, or where to fetch it.
#[derive(Debug, Clone)]
pub enum TranslationSource {
    /// Here already.
    Inline(Translation),
    /// In its own file.
    Remote {
        /// Its URL, relative to the document.
        href: String,
        /// Whether it is machine translated (a hint for the switcher's badge).
        machine_translated: bool,
    },
}

/// One language's content.
#[derive(Debug, Clone)]
pub struct Translation {
    /// This language's own page.
    pub url: Option<SafeUrl>,
    /// Headline.
    pub title: String,
    /// Standfirst.
    pub lead: Option<String>,
    /// Kicker.
    pub category: Option<String>,
    /// Whether a machine made this translation.
    pub machine_translated: bool,
    /// The language it was translated from.
    pub translated_from: Option<LangTag>,
    /// The publisher's disclaimer.
    pub disclaimer: Option<String>,
    /// The publisher's notice under the newsletter's call to action, in this language.
    pub newsletter_notice: Option<String>,
    /// Overrides the article's trending items.
    pub trending: Option<Vec<Link>>,
    /// The body.
    pub blocks: Vec<Block>,
}
