//! What an import kept, dropped and warns about, per post: printed on stderr and written as
//! JSON with `--report`. Nothing the format cannot carry is lost silently.

use crate::core::json::Json;
use std::collections::BTreeMap;

/// How many examples of one dropped kind the report keeps.
pub const MAX_EXAMPLES: usize = 3;
/// Characters of one example.
const EXAMPLE_CHARS: usize = 80;

/// Kinds of content the format cannot carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Dropped {
    /// The rows and cells of a `<table>` past the format's limits
    Table,
    /// An embed block whose content is no URL, `<embed>`, `<object>`
    Embed,
    /// An `<iframe>` that is not a known provider's player
    Iframe,
    /// `<script>`, `<noscript>`, `<template>`
    Script,
    /// `<style>`, `<link>`
    Style,
    /// `<form>` and its controls
    Form,
    /// A `<video>` that is not the publisher's own (a third party's, or a cover's background)
    Video,
    /// An `<audio>` that is not the publisher's own
    Audio,
    /// A poster or text track of the publisher's video that a third party serves
    ThirdPartyMedia,
    /// `<canvas>`, `<svg>`, `<math>`
    Media,
    /// A button without a link
    Button,
    /// A footnote reference to no note, or a second footnotes list
    Footnote,
    /// A shortcode WordPress did not render (`[contact-form-7 …]`)
    Shortcode,
    /// A block with nothing in it: a paragraph, heading, quote, list, table, preformatted
    /// block or embed without text, an image without a source
    EmptyBlock,
    /// An image of 1–2 px (a tracking pixel)
    TrackingPixel,
    /// An image without width and height (the format needs both)
    ImageWithoutSize,
    /// An image whose URL the widget's policy refuses
    UnsafeImage,
    /// A link whose URL the widget's policy refuses (its text is kept)
    UnsafeLink,
    /// Post tags (the format has no field for them)
    Tag,
}

impl Dropped {
    /// The report's name for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Dropped::Table => "table",
            Dropped::Embed => "embed",
            Dropped::Iframe => "iframe",
            Dropped::Script => "script",
            Dropped::Style => "style",
            Dropped::Form => "form",
            Dropped::Video => "video",
            Dropped::Audio => "audio",
            Dropped::ThirdPartyMedia => "third-party-media",
            Dropped::Media => "media",
            Dropped::Button => "button",
            Dropped::Footnote => "footnote",
            Dropped::Shortcode => "shortcode",
            Dropped::EmptyBlock => "empty-block",
            Dropped::TrackingPixel => "tracking-pixel",
            Dropped::ImageWithoutSize => "image-without-size",
            Dropped::UnsafeImage => "unsafe-image",
            Dropped::UnsafeLink => "unsafe-link",
            Dropped::Tag => "tag",
        }
    }
}

/// Something kept but worth a look.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    /// A list nested deeper than the format allows was flattened into its deepest level.
    NestedListFlattened {
        /// The language whose body held it.
        lang: String,
    },
    /// A translated passage has the MT placeholder artifact or other numbers than the original.
    SuspectPassage {
        /// The translation's language.
        lang: String,
        /// The block id.
        id: String,
    },
    /// A passage was detected in another language and tagged.
    TaggedLanguage {
        /// The translation's language.
        lang: String,
        /// The block id.
        id: String,
        /// The detected language.
        detected: String,
    },
    /// The translation has no featured image; the original's was used.
    FeaturedImageFromOriginal {
        /// The translation's language.
        lang: String,
    },
    /// A translation that is not block for block: how much of it aligned with the original
    /// (the rest is kept, without an original's id).
    Realigned {
        /// The translation's language.
        lang: String,
        /// Its blocks that took an original's id.
        aligned: usize,
        /// Its blocks.
        blocks: usize,
        /// The original's blocks.
        original: usize,
    },
    /// A translation left out of the article, which is written with its other languages.
    TranslationLeftOut {
        /// The translation's language.
        lang: String,
        /// Its source.
        input: String,
        /// Why it cannot be used.
        reason: LeftOut,
    },
    /// The post has no title: the headline is made from its text (or its date).
    Untitled {
        /// The language of the post.
        lang: String,
        /// The headline made.
        headline: String,
    },
    /// An embed kept as a link to the original rather than as a player or a quoted post.
    EmbedAsLink {
        /// The language whose body held it.
        lang: String,
        /// The original's address.
        url: String,
        /// Why.
        why: AsLink,
    },
}

/// Why a translation cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum LeftOut {
    /// It has no title (a post's `title.rendered` or a page's headline is empty).
    NoTitle,
    /// Nothing in it maps to a block, or its page has no article body.
    NoBlock,
    /// It is password-protected.
    Protected,
    /// Its text is in another language than the one it is given as.
    WrongLanguage {
        /// The language detected.
        detected: String,
    },
}

/// Why an embed is kept as a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsLink {
    /// The provider has no privacy-enhanced player, so the format has no facade for it.
    NoPlayer,
    /// A quoted post whose embed holds no text (Mastodon's, Threads' and newer Instagram
    /// embeds load it with their script).
    NoText,
}

impl std::fmt::Display for LeftOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LeftOut::NoTitle => f.write_str("it has no title"),
            LeftOut::NoBlock => f.write_str("it has no content the format can carry"),
            LeftOut::Protected => f.write_str("it is password-protected"),
            LeftOut::WrongLanguage { detected } => write!(f, "its text is in {detected}"),
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Warning::NestedListFlattened { lang } => write!(
                f,
                "{lang}: a list nested deeper than {} was flattened into the deepest level",
                crate::core::limits::MAX_LIST_DEPTH
            ),
            Warning::SuspectPassage { lang, id } => write!(
                f,
                "{lang}: block {id} has the XNUMX artifact or numbers unlike the original's"
            ),
            Warning::TaggedLanguage { lang, id, detected } => {
                write!(
                    f,
                    "{lang}: block {id} is in {detected}, tagged lang \"{detected}\""
                )
            }
            Warning::FeaturedImageFromOriginal { lang } => {
                write!(
                    f,
                    "{lang}: no featured image of its own, the original's is used"
                )
            }
            Warning::Realigned {
                lang,
                aligned,
                blocks,
                original,
            } => write!(
                f,
                "{lang}: not block for block with the original: {aligned} of its {blocks} blocks \
                 aligned with the original's {original}, {} kept without an original's id",
                blocks - aligned
            ),
            Warning::TranslationLeftOut {
                lang,
                input,
                reason,
            } => write!(
                f,
                "{lang}: translation left out ({input}): {reason}; the other languages are kept"
            ),
            Warning::Untitled { lang, headline } => {
                write!(
                    f,
                    "{lang}: the post has no title; its headline is \"{headline}\""
                )
            }
            Warning::EmbedAsLink { lang, url, why } => {
                let why = match why {
                    AsLink::NoPlayer => "its provider has no privacy-enhanced player",
                    AsLink::NoText => "the embed holds no text of the post",
                };
                write!(f, "{lang}: {url} is kept as a link: {why}")
            }
        }
    }
}

/// Counts and first examples of one dropped kind.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DropCount {
    /// How many.
    pub count: usize,
    /// The first few, as markup or text, shortened.
    pub examples: Vec<String>,
}

/// The report of one post (all its languages).
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The post's source (URL or file).
    pub input: String,
    /// The post's `modified_gmt`, so a `--site` run can skip unchanged posts.
    pub modified_gmt: Option<String>,
    /// Kept blocks by language, then kind.
    pub kept: BTreeMap<String, BTreeMap<&'static str, usize>>,
    /// Dropped content by kind (all languages together).
    pub dropped: BTreeMap<Dropped, DropCount>,
    /// Warnings, in the order found.
    pub warnings: Vec<Warning>,
}

impl Report {
    /// Counts one dropped thing with an example of it.
    pub fn drop(&mut self, kind: Dropped, example: &str) {
        let d = self.dropped.entry(kind).or_default();
        d.count += 1;
        if d.examples.len() < MAX_EXAMPLES {
            let flat: String = example.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut ex: String = flat.chars().take(EXAMPLE_CHARS).collect();
            if flat.chars().count() > EXAMPLE_CHARS {
                ex.push('…');
            }
            d.examples.push(ex);
        }
    }

    /// How many of one kind were dropped.
    pub fn dropped_count(&self, kind: Dropped) -> usize {
        self.dropped.get(&kind).map_or(0, |d| d.count)
    }

    /// A few lines for a terminal.
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n", self.input);
        for (lang, kinds) in &self.kept {
            let list: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
            out.push_str(&format!("  kept ({lang}): {}\n", list.join(", ")));
        }
        if self.dropped.is_empty() {
            out.push_str("  dropped: nothing\n");
        }
        for (kind, d) in &self.dropped {
            out.push_str(&format!("  dropped {} {}", d.count, kind.as_str()));
            if !d.examples.is_empty() {
                out.push_str(&format!(": {}", d.examples.join(" | ")));
            }
            out.push('\n');
        }
        for w in &self.warnings {
            out.push_str(&format!("  warning: {w}\n"));
        }
        out
    }

    /// The report as JSON (the `--report` file).
    pub fn to_json(&self) -> Json {
        let s = |v: &str| Json::String(v.to_owned());
        let n = |v: usize| Json::Number(v as f64);
        let kept = self
            .kept
            .iter()
            .map(|(lang, kinds)| {
                let k = kinds
                    .iter()
                    .map(|(k, c)| ((*k).to_owned(), n(*c)))
                    .collect();
                (lang.clone(), Json::Object(k))
            })
            .collect();
        let dropped = self
            .dropped
            .iter()
            .map(|(kind, d)| {
                let ex = d.examples.iter().map(|e| s(e)).collect();
                let obj = vec![
                    ("count".to_owned(), n(d.count)),
                    ("examples".to_owned(), Json::Array(ex)),
                ];
                (kind.as_str().to_owned(), Json::Object(obj))
            })
            .collect();
        let warnings = self.warnings.iter().map(|w| s(&w.to_string())).collect();
        let mut obj = vec![("input".to_owned(), s(&self.input))];
        if let Some(m) = &self.modified_gmt {
            obj.push(("modified_gmt".to_owned(), s(m)));
        }
        obj.push(("kept".to_owned(), Json::Object(kept)));
        obj.push(("dropped".to_owned(), Json::Object(dropped)));
        obj.push(("warnings".to_owned(), Json::Array(warnings)));
        Json::Object(obj)
    }
}
