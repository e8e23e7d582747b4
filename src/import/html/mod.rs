//! `content.rendered` (or a rendered page's article body) → the format's blocks.
//!
//! The parser is [`scraper`], i.e. html5ever (the HTML5 parsing algorithm browsers use) with a
//! DOM tree on top. The mapping needs a tree: a `<figure>` is an image or a table or an embed
//! depending on what it holds, a `<blockquote>`'s `<cite>` is split off its text, nested lists
//! are flattened, and WordPress's `<p><figure>…</figure></p>` (the classic `[caption]`) must be
//! split exactly as a browser splits it. `lol_html` streams and rewrites without a tree, which
//! makes all of those lookaheads hand-written state; html5ever alone has no usable DOM.
//! scraper's selectors also find a theme's article body in a rendered page.

mod inline;

use crate::core::article::{Block, BlockKind, Inline, ListItem};
use crate::core::html::SafeUrl;
use crate::core::limits::IMAGE_MAX_PX;
use crate::core::url::resolve;
use crate::import::report::{Dropped, Report, Warning};
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

pub use inline::{has_text, normalize};

/// Largest side of an image still taken for a tracking pixel, in px.
pub const TRACKING_PIXEL_MAX_PX: u32 = 2;

/// Maps HTML to blocks, counting what it drops in a report.
pub struct Mapper<'r> {
    base: String,
    lang: String,
    report: &'r mut Report,
    blocks: Vec<Block>,
    /// Loose inline content at block level (text after a split `<p><figure>`), made a
    /// paragraph at the next block.
    pending: Vec<Inline>,
    flattened: bool,
}

/// The blocks of an HTML fragment (a post's `content.rendered`). Relative URLs resolve
/// against `base` (the post's link); `lang` names the body in the report's warnings.
pub fn blocks_from_fragment(html: &str, base: &str, lang: &str, report: &mut Report) -> Vec<Block> {
    let doc = Html::parse_fragment(html);
    blocks_of(doc.root_element(), base, lang, report)
}

/// The blocks under one element.
pub fn blocks_of(root: ElementRef, base: &str, lang: &str, report: &mut Report) -> Vec<Block> {
    let mut m = Mapper {
        base: base.to_owned(),
        lang: lang.to_owned(),
        report,
        blocks: Vec::new(),
        pending: Vec::new(),
        flattened: false,
    };
    m.children(root);
    m.flush();
    m.blocks
}

/// What an element is dropped as, when the format cannot carry it at all.
fn dropped_element(el: ElementRef) -> Option<Dropped> {
    Some(match el.value().name() {
        "table" => Dropped::Table,
        "iframe" | "frame" | "frameset" => Dropped::Iframe,
        "script" | "noscript" | "template" => Dropped::Script,
        "style" | "link" => Dropped::Style,
        "form" | "input" | "button" | "select" | "textarea" | "fieldset" => Dropped::Form,
        "video" | "audio" | "canvas" | "svg" | "math" | "picture" => Dropped::Media,
        "embed" | "object" | "applet" => Dropped::Embed,
        "hr" => Dropped::Separator,
        "figure" if has_class(el, "wp-block-embed") => Dropped::Embed,
        _ => return None,
    })
}

fn has_class(el: ElementRef, class: &str) -> bool {
    el.value().classes().any(|c| c == class)
}

fn child_named<'a>(el: ElementRef<'a>, names: &[&str]) -> Option<ElementRef<'a>> {
    el.descendent_elements()
        .skip(1)
        .find(|e| names.contains(&e.value().name()))
}

impl Mapper<'_> {
    fn children(&mut self, el: ElementRef) {
        for child in el.children() {
            self.node(child);
        }
    }

    fn node(&mut self, node: NodeRef<Node>) {
        let Some(el) = ElementRef::wrap(node) else {
            // Loose text (and comments, which `inline` ignores) at block level.
            let mut hoisted = Vec::new();
            let mut pending = std::mem::take(&mut self.pending);
            self.inline(node, &mut pending, &mut hoisted, 0);
            self.pending = pending;
            self.push_all(hoisted);
            return;
        };
        if let Some(kind) = dropped_element(el) {
            self.flush();
            let example = match kind {
                // An embed that could not be fetched is its bare URL: show that.
                Dropped::Embed => el.text().collect::<String>(),
                _ => el.html(),
            };
            self.report.drop(kind, example.trim());
            return;
        }
        match el.value().name() {
            "p" | "pre" | "address" => {
                self.flush();
                let before = self.report.dropped_count(Dropped::Shortcode);
                let run = self.run(el);
                if run.inlines.iter().any(has_text) {
                    self.push(BlockKind::Paragraph(run.inlines));
                } else if run.hoisted.is_empty()
                    && before == self.report.dropped_count(Dropped::Shortcode)
                {
                    self.report.drop(Dropped::EmptyParagraph, &el.html());
                }
                self.push_all(run.hoisted);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
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
                    self.report.drop(Dropped::EmptyParagraph, &el.html());
                }
                self.push_all(run.hoisted);
            }
            "blockquote" => {
                self.flush();
                self.quote(el);
            }
            "ul" | "ol" => {
                self.flush();
                self.list(el);
            }
            "img" => {
                self.flush();
                if let Some(b) = self.image(el, None) {
                    self.blocks.push(b);
                }
            }
            "figure" | "div" if child_named(el, &["img"]).is_some() && self.is_captioned(el) => {
                self.flush();
                self.captioned_image(el);
            }
            "a" | "strong" | "b" | "em" | "i" | "span" | "br" | "code" | "sup" | "sub"
            | "small" | "mark" | "abbr" | "u" | "s" | "q" | "cite" | "time" => {
                let mut hoisted = Vec::new();
                let mut pending = std::mem::take(&mut self.pending);
                self.inline(node, &mut pending, &mut hoisted, 0);
                self.pending = pending;
                self.push_all(hoisted);
            }
            // Containers (div, section, figure of a pullquote …): their content counts.
            _ => {
                self.flush();
                self.children(el);
                self.flush();
            }
        }
    }

    /// A Gutenberg image (`figure > img + figcaption`) or a classic caption
    /// (`div.wp-caption` / `figure.wp-caption > img + .wp-caption-text`).
    /// A gallery (figures inside a figure) is a container of such images instead.
    fn is_captioned(&self, el: ElementRef) -> bool {
        (el.value().name() == "figure" || has_class(el, "wp-caption"))
            && child_named(el, &["figure"]).is_none()
    }

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

    fn quote(&mut self, el: ElementRef) {
        let cite = el
            .descendent_elements()
            .find(|e| e.value().name() == "cite")
            .map(|c| {
                c.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|c| !c.is_empty());
        let mut text = Vec::new();
        let mut hoisted = Vec::new();
        for child in el.children() {
            let is_cite = ElementRef::wrap(child).is_some_and(|e| e.value().name() == "cite");
            if !is_cite {
                let before = text.len();
                self.inline(child, &mut text, &mut hoisted, 0);
                // Paragraphs of a quote run on, a space apart.
                if text.len() > before
                    && ElementRef::wrap(child).is_some_and(|e| e.value().name() == "p")
                {
                    text.push(Inline::Text(" ".into()));
                }
            }
        }
        normalize(&mut text);
        if text.iter().any(has_text) {
            self.push(BlockKind::Quote {
                text,
                cite,
                pull: false,
            });
        } else {
            self.report.drop(Dropped::EmptyParagraph, &el.html());
        }
        self.push_all(hoisted);
    }

    fn list(&mut self, el: ElementRef) {
        let ordered = el.value().name() == "ol";
        let mut items = Vec::new();
        let mut hoisted = Vec::new();
        self.list_items(el, &mut items, &mut hoisted);
        if !items.is_empty() {
            self.push(BlockKind::List { ordered, items });
        }
        self.push_all(hoisted);
    }

    fn list_items(
        &mut self,
        list: ElementRef,
        items: &mut Vec<ListItem>,
        hoisted: &mut Vec<Block>,
    ) {
        for li in list.child_elements().filter(|e| e.value().name() == "li") {
            let mut text = Vec::new();
            let mut nested = Vec::new();
            for child in li.children() {
                match ElementRef::wrap(child) {
                    Some(e) if matches!(e.value().name(), "ul" | "ol") => nested.push(e),
                    _ => self.inline(child, &mut text, hoisted, 0),
                }
            }
            normalize(&mut text);
            if text.iter().any(has_text) {
                items.push(ListItem { text, list: None });
            }
            for n in nested {
                if !self.flattened {
                    self.flattened = true;
                    let lang = self.lang.clone();
                    self.report
                        .warnings
                        .push(Warning::NestedListFlattened { lang });
                }
                self.list_items(n, items, hoisted);
            }
        }
    }

    /// An image block, or `None` (counted) when the format cannot carry it.
    fn image(&mut self, img: ElementRef, caption: Option<Vec<Inline>>) -> Option<Block> {
        let raw = img.attr("src").unwrap_or("");
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
        Some(Block {
            id: None,
            lang: None,
            kind: BlockKind::Image {
                src,
                alt,
                width,
                height,
                caption,
            },
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
            self.push(BlockKind::Paragraph(run));
        }
    }
}

#[cfg(test)]
mod tests;
