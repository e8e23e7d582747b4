//! `content.rendered` (or a rendered page's article body) → the format's blocks.
//!
//! The parser is [`scraper`], i.e. html5ever (the HTML5 parsing algorithm browsers use) with a
//! DOM tree on top. The mapping needs a tree: a `<figure>` is an image, a table, an embed, a
//! gallery or a video depending on what it holds, a `<blockquote>`'s `<cite>` is split off its
//! text, lists nest, and WordPress's `<p><figure>…</figure></p>` (the classic `[caption]`) must
//! be split exactly as a browser splits it. `lol_html` streams and rewrites without a tree,
//! which makes all of those lookaheads hand-written state; html5ever alone has no usable DOM.
//! scraper's selectors also find a theme's article body in a rendered page.
//!
//! One module per family of WordPress blocks: `inline` (text runs, footnote references),
//! `list`, `table`, `embed` (providers' players and links), `social` (quoted posts),
//! `media` (the publisher's video and audio, galleries, covers) and `text` (preformatted
//! text, quotes, buttons, footnotes). Containers (columns, groups, media and text, a cover's
//! inner content) are flattened in reading order.

mod embed;
mod inline;
mod list;
mod media;
mod social;
mod table;
mod text;

use crate::core::article::{Block, BlockKind, Inline};
use crate::core::html::SafeUrl;
use crate::core::lang::{Dir, LangTag};
use crate::core::limits::IMAGE_MAX_PX;
use crate::core::url::resolve;
use crate::import::report::{Dropped, Report};
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

pub use inline::{has_text, normalize};
pub use media::first_party;

/// Largest side of an image still taken for a tracking pixel, in px.
pub const TRACKING_PIXEL_MAX_PX: u32 = 2;

/// Maps HTML to blocks, counting what it drops in a report.
pub struct Mapper<'r> {
    base: String,
    lang: String,
    rtl: bool,
    report: &'r mut Report,
    blocks: Vec<Block>,
    /// Loose inline content at block level (text after a split `<p><figure>`), made a
    /// paragraph at the next block.
    pending: Vec<Inline>,
    flattened: bool,
    /// Inside an embed block: a player the provider table does not know becomes a link.
    in_embed: bool,
    /// Inside a quote: its `<cite>` (at any depth) is the attribution, not the text.
    in_quote: bool,
    /// WordPress's footnote ids (`li#<uuid>` of `ol.wp-block-footnotes`), in order; a note's
    /// id in the format is `n` and its place from 1.
    notes: Vec<String>,
    notes_done: bool,
}

/// The blocks of an HTML fragment (a post's `content.rendered`). Relative URLs resolve
/// against `base` (the post's link), which also names the publisher's own site (its media are
/// first party); `lang` is the body's language.
pub fn blocks_from_fragment(html: &str, base: &str, lang: &str, report: &mut Report) -> Vec<Block> {
    let doc = Html::parse_fragment(html);
    blocks_of(doc.root_element(), base, lang, report)
}

/// The blocks under one element.
pub fn blocks_of(root: ElementRef, base: &str, lang: &str, report: &mut Report) -> Vec<Block> {
    let notes = root
        .descendent_elements()
        .filter(|e| matches!(e.value().name(), "ol" | "ul") && has_class(*e, "wp-block-footnotes"))
        .take(1)
        .flat_map(|ol| ol.child_elements().filter(|li| li.value().name() == "li"))
        .filter(|li| text::note_has_text(*li))
        .filter_map(|li| li.attr("id").map(str::to_owned))
        .collect();
    let mut m = Mapper {
        base: base.to_owned(),
        lang: lang.to_owned(),
        rtl: LangTag::parse(lang).is_some_and(|l| l.dir() == Dir::Rtl),
        report,
        blocks: Vec::new(),
        pending: Vec::new(),
        flattened: false,
        in_embed: false,
        in_quote: false,
        notes,
        notes_done: false,
    };
    m.children(root);
    m.flush();
    m.blocks
}

/// What an element is dropped as, when the format cannot carry it at all.
fn dropped_element(el: ElementRef) -> Option<Dropped> {
    Some(match el.value().name() {
        "frame" | "frameset" => Dropped::Iframe,
        "script" | "noscript" | "template" => Dropped::Script,
        "style" | "link" => Dropped::Style,
        "form" | "input" | "button" | "select" | "textarea" | "fieldset" => Dropped::Form,
        "canvas" | "svg" | "math" => Dropped::Media,
        "embed" | "object" | "applet" => Dropped::Embed,
        _ => return None,
    })
}

fn has_class(el: ElementRef, class: &str) -> bool {
    el.value().classes().any(|c| c == class)
}

/// The first descendant (not the element itself) with one of these names.
fn child_named<'a>(el: ElementRef<'a>, names: &[&str]) -> Option<ElementRef<'a>> {
    el.descendent_elements()
        .skip(1)
        .find(|e| names.contains(&e.value().name()))
}

/// The first direct child with this name.
fn direct_child<'a>(el: ElementRef<'a>, name: &str) -> Option<ElementRef<'a>> {
    el.child_elements().find(|e| e.value().name() == name)
}

/// An element's text, white space collapsed.
fn plain(el: ElementRef) -> String {
    el.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl Mapper<'_> {
    fn children(&mut self, el: ElementRef) {
        for child in el.children() {
            self.node(child);
        }
    }

    /// Loose inline content at block level joins the pending paragraph; blocks found inside it
    /// (images, players) follow it.
    fn loose(&mut self, node: NodeRef<Node>) {
        let mut hoisted = Vec::new();
        let mut pending = std::mem::take(&mut self.pending);
        self.inline(node, &mut pending, &mut hoisted, 0);
        self.pending = pending;
        self.push_all(hoisted);
    }

    fn node(&mut self, node: NodeRef<Node>) {
        let Some(el) = ElementRef::wrap(node) else {
            // Loose text (and comments, which `inline` ignores) at block level.
            self.loose(node);
            return;
        };
        if let Some(kind) = dropped_element(el) {
            self.flush();
            self.report.drop(kind, el.html().trim());
            return;
        }
        let name = el.value().name();
        if !matches!(
            name,
            "a" | "strong"
                | "b"
                | "em"
                | "i"
                | "span"
                | "br"
                | "code"
                | "sup"
                | "sub"
                | "small"
                | "mark"
                | "abbr"
                | "u"
                | "s"
                | "q"
                | "cite"
                | "time"
        ) {
            self.flush();
        }
        match name {
            "p" | "address" => self.paragraph(el),
            "pre" => self.preformatted(el),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => self.heading(el),
            "blockquote" => {
                if !self.social_post(el) {
                    self.quote(el, false);
                }
            }
            "ul" | "ol" if has_class(el, "wp-block-footnotes") => self.footnotes(el),
            "ul" | "ol" => self.list(el),
            "hr" => self.push(BlockKind::Separator),
            "table" => self.table(el, None),
            "img" => {
                if let Some(b) = self.image(el, None) {
                    self.blocks.push(b);
                }
            }
            "picture" => match child_named(el, &["img"]) {
                Some(img) => self.node(*img),
                None => self.report.drop(Dropped::Media, &el.html()),
            },
            "video" | "audio" | "iframe" => {
                if let Some(b) = self.media_element(el, None) {
                    self.blocks.push(b);
                }
            }
            "figure" => self.figure(el),
            "div" => self.div(el),
            "a" | "strong" | "b" | "em" | "i" | "span" | "br" | "code" | "sup" | "sub"
            | "small" | "mark" | "abbr" | "u" | "s" | "q" | "cite" | "time" => self.loose(node),
            // Containers (section, article, a column, a group …): their content counts.
            _ => {
                self.children(el);
                self.flush();
            }
        }
    }

    /// A `<figure>`: an embed, a gallery, a pullquote, a table, a video or audio, or an image
    /// with its caption; else a container.
    fn figure(&mut self, el: ElementRef) {
        let caption = |m: &mut Self| {
            direct_child(el, "figcaption")
                .map(|c| m.run(c).inlines)
                .filter(|c| c.iter().any(has_text))
        };
        if has_class(el, "wp-block-embed") {
            self.embed_figure(el);
        } else if has_class(el, "wp-block-gallery") || has_class(el, "blocks-gallery") {
            self.gallery(el);
        } else if has_class(el, "wp-block-pullquote") {
            match child_named(el, &["blockquote"]) {
                Some(q) => self.quote(q, true),
                None => self.quote(el, true),
            }
        } else if let Some(t) = child_named(el, &["table"]) {
            let c = caption(self);
            self.table(t, c);
        } else if let Some(v) = child_named(el, &["video", "audio"]) {
            let c = caption(self);
            if let Some(b) = self.media_element(v, c) {
                self.blocks.push(b);
            }
        } else if child_named(el, &["img"]).is_some() && child_named(el, &["figure"]).is_none() {
            self.captioned_image(el);
        } else {
            self.children(el);
            self.flush();
        }
    }

    /// A `<div>`: buttons, a classic gallery or video, a cover, a classic caption; else a
    /// container (columns, group, media and text …).
    fn div(&mut self, el: ElementRef) {
        if has_class(el, "wp-block-buttons") {
            self.buttons(el);
        } else if has_class(el, "gallery") {
            self.gallery(el);
        } else if has_class(el, "wp-block-cover") {
            self.cover(el);
        } else if let (true, Some(v)) = (has_class(el, "wp-video"), child_named(el, &["video"])) {
            if let Some(b) = self.media_element(v, None) {
                self.blocks.push(b);
            }
        } else if has_class(el, "wp-caption") && child_named(el, &["img"]).is_some() {
            self.captioned_image(el);
        } else {
            self.children(el);
            self.flush();
        }
    }

    fn paragraph(&mut self, el: ElementRef) {
        let before = self.report.dropped_count(Dropped::Shortcode);
        let run = self.run(el);
        if run.inlines.iter().any(has_text) {
            self.push(BlockKind::Paragraph(run.inlines));
        } else if run.hoisted.is_empty() && before == self.report.dropped_count(Dropped::Shortcode)
        {
            self.report.drop(Dropped::EmptyBlock, &el.html());
        }
        self.push_all(run.hoisted);
    }

    fn heading(&mut self, el: ElementRef) {
        let level = match el.value().name() {
            "h1" | "h2" => 2,
            "h3" => 3,
            _ => 4,
        };
        let run = self.run(el);
        if run.inlines.iter().any(has_text) {
            self.push(BlockKind::Heading {
                level,
                text: run.inlines,
            });
        } else {
            self.report.drop(Dropped::EmptyBlock, &el.html());
        }
        self.push_all(run.hoisted);
    }

    /// A Gutenberg image (`figure > img + figcaption`), an image of media and text, or a
    /// classic caption (`div.wp-caption` / `figure.wp-caption > img + .wp-caption-text`).
    fn captioned_image(&mut self, el: ElementRef) {
        let caption_el = el
            .descendent_elements()
            .find(|e| e.value().name() == "figcaption" || has_class(*e, "wp-caption-text"));
        let caption = caption_el
            .map(|c| self.run(c).inlines)
            .filter(|c| c.iter().any(has_text));
        for img in el
            .descendent_elements()
            .filter(|e| e.value().name() == "img")
        {
            if let Some(b) = self.image(img, caption.clone()) {
                self.blocks.push(b);
            }
        }
    }

    /// An image block, or `None` (counted) when the format cannot carry it.
    fn image(&mut self, img: ElementRef, caption: Option<Vec<Inline>>) -> Option<Block> {
        let f = self.figure_of(img, caption)?;
        Some(Block {
            id: None,
            lang: None,
            kind: BlockKind::Image {
                src: f.src,
                alt: f.alt,
                width: f.width,
                height: f.height,
                caption: f.caption,
            },
        })
    }

    /// An image's fields (of an image block or a gallery's image), or `None` (counted).
    fn figure_of(
        &mut self,
        img: ElementRef,
        caption: Option<Vec<Inline>>,
    ) -> Option<crate::core::article::media::Figure> {
        let raw = img.attr("src").unwrap_or("");
        if raw.trim().is_empty() {
            self.report.drop(Dropped::EmptyBlock, &img.html());
            return None;
        }
        let Some(src) = self.url(raw) else {
            self.report.drop(Dropped::UnsafeImage, &img.html());
            return None;
        };
        let dim = |name| {
            img.attr(name)
                .and_then(|v| v.trim().parse::<u32>().ok())
                .filter(|v| *v > 0)
        };
        let (Some(mut width), Some(mut height)) = (dim("width"), dim("height")) else {
            self.report.drop(Dropped::ImageWithoutSize, &img.html());
            return None;
        };
        if width <= TRACKING_PIXEL_MAX_PX || height <= TRACKING_PIXEL_MAX_PX {
            self.report.drop(Dropped::TrackingPixel, &img.html());
            return None;
        }
        if width > IMAGE_MAX_PX || height > IMAGE_MAX_PX {
            // Keep the aspect ratio within the format's limit.
            let scale = f64::from(IMAGE_MAX_PX) / f64::from(width.max(height));
            width = ((f64::from(width) * scale).round() as u32).max(1);
            height = ((f64::from(height) * scale).round() as u32).max(1);
        }
        let alt = img
            .attr("alt")
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        Some(crate::core::article::media::Figure {
            src,
            alt,
            width,
            height,
            caption,
        })
    }

    /// A link or image URL through the widget's policy: trimmed as browsers do, refused when
    /// its scheme is not http, https or mailto (`javascript:`, `data:`, in any case, entity
    /// encoded or not: the parser has decoded entities already), then resolved against the
    /// post's link.
    pub(super) fn url(&self, raw: &str) -> Option<SafeUrl> {
        let t = raw.trim_matches(|c: char| c.is_ascii_whitespace() || c.is_control());
        if t.starts_with("//") {
            return SafeUrl::parse(&resolve(&self.base, t));
        }
        SafeUrl::parse_or_relative(t)?;
        SafeUrl::parse(&resolve(&self.base, t))
    }

    fn push(&mut self, kind: BlockKind) {
        self.flush();
        self.blocks.push(Block {
            id: None,
            lang: None,
            kind,
        });
    }

    fn push_all(&mut self, blocks: Vec<Block>) {
        if !blocks.is_empty() {
            self.flush();
            self.blocks.extend(blocks);
        }
    }

    /// Makes the loose inline content a paragraph.
    fn flush(&mut self) {
        let mut run = std::mem::take(&mut self.pending);
        normalize(&mut run);
        if run.iter().any(has_text) {
            self.blocks.push(Block {
                id: None,
                lang: None,
                kind: BlockKind::Paragraph(run),
            });
        }
    }
}

#[cfg(test)]
mod tests;
