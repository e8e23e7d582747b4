//! Inline content: text, bold, italic, links, language runs and footnote references, from an
//! element's children. Images and players met inside a paragraph (a classic post's
//! `<p><iframe>` of an embedded video) are hoisted out as blocks of their own (the format's
//! media are blocks); anything else is dropped and counted.

use super::Mapper;
use crate::core::article::{Block, Inline, NoteRef, SpanKind};
use crate::core::lang::LangTag;
use crate::core::limits::MAX_INLINE_DEPTH;
use crate::import::report::Dropped;
use ego_tree::NodeRef;
use scraper::{ElementRef, Node};

/// Inlines with the images found among them.
#[derive(Debug, Default)]
pub struct Run {
    /// The inline content.
    pub inlines: Vec<Inline>,
    /// Image blocks found inside, in order.
    pub hoisted: Vec<Block>,
}

impl Mapper<'_> {
    /// The inline content of an element's children.
    pub(super) fn run(&mut self, el: ElementRef) -> Run {
        let mut run = Run::default();
        for child in el.children() {
            self.inline(child, &mut run.inlines, &mut run.hoisted, 0);
        }
        normalize(&mut run.inlines);
        run
    }

    /// Adds one node's inline content to `out`.
    pub(super) fn inline(
        &mut self,
        node: NodeRef<Node>,
        out: &mut Vec<Inline>,
        hoisted: &mut Vec<Block>,
        depth: usize,
    ) {
        match node.value() {
            Node::Text(t) => {
                let text = self.strip_shortcodes(t);
                push_text(out, &text);
            }
            Node::Element(_) => {
                let Some(el) = ElementRef::wrap(node) else {
                    return;
                };
                self.inline_element(el, out, hoisted, depth);
            }
            // Block-editor comments (`<!-- wp:paragraph -->`) and the rest never become text.
            _ => {}
        }
    }

    fn inline_element(
        &mut self,
        el: ElementRef,
        out: &mut Vec<Inline>,
        hoisted: &mut Vec<Block>,
        depth: usize,
    ) {
        let name = el.value().name();
        if let Some(kind) = super::dropped_element(el) {
            self.report.drop(kind, &el.html());
            return;
        }
        if name == "cite" && self.in_quote {
            return;
        }
        if name == "sup" && super::has_class(el, "fn") {
            self.note_ref(el, out);
            return;
        }
        let span = match name {
            "strong" | "b" => Some((SpanKind::Strong, None)),
            "em" | "i" => Some((SpanKind::Emphasis, None)),
            "a" => match el.attr("href") {
                Some(href) => match self.url(href) {
                    Some(url) => Some((SpanKind::Link(url), None)),
                    None => {
                        self.report.drop(Dropped::UnsafeLink, href);
                        None
                    }
                },
                None => None,
            },
            "span" | "q" | "cite" | "mark" | "abbr" => el
                .attr("lang")
                .and_then(LangTag::parse)
                .map(|l| (SpanKind::Plain, Some(l))),
            "br" => {
                push_text(out, " ");
                return;
            }
            "img" => {
                if let Some(b) = self.image(el, None) {
                    hoisted.push(b);
                }
                return;
            }
            "iframe" | "video" | "audio" => {
                if let Some(b) = self.media_element(el, None) {
                    hoisted.push(b);
                }
                return;
            }
            _ => None,
        };
        let lang = el.attr("lang").and_then(LangTag::parse);
        match span {
            Some((kind, span_lang)) if depth < MAX_INLINE_DEPTH => {
                let mut children = Vec::new();
                for c in el.children() {
                    self.inline(c, &mut children, hoisted, depth + 1);
                }
                if children.iter().any(has_text) {
                    out.push(Inline::Span {
                        kind,
                        lang: span_lang.or(lang),
                        children,
                    });
                }
            }
            // Other elements (code, sup, u …) and runs nested too deep keep their text.
            _ => {
                for c in el.children() {
                    self.inline(c, out, hoisted, depth);
                }
            }
        }
    }

    /// A footnote reference (`<sup data-fn="<uuid>" class="fn"><a href="#<uuid>">1</a></sup>`,
    /// WordPress 6.3+) to a note of the body's footnotes list; one to no note is counted.
    fn note_ref(&mut self, sup: ElementRef, out: &mut Vec<Inline>) {
        let target = sup.attr("data-fn").map(str::to_owned).or_else(|| {
            super::child_named(sup, &["a"])
                .and_then(|a| a.attr("href"))
                .and_then(|h| h.strip_prefix('#'))
                .map(str::to_owned)
        });
        match target.and_then(|t| self.notes.iter().position(|n| *n == t)) {
            Some(i) => out.push(Inline::Note(NoteRef {
                id: format!("n{}", i + 1),
                number: 0,
                first: false,
            })),
            None => self.report.drop(Dropped::Footnote, &sup.html()),
        }
    }

    /// Removes the shortcodes WordPress left unrendered (`[contact-form-7 id="42"]`,
    /// `[/caption]`), counting each. A shortcode is `[` + a lowercase name + space, `/` or `]`,
    /// so bracketed prose such as `[Update: …]` or `[1]` stays.
    fn strip_shortcodes(&mut self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('[') {
            let after = &rest[open + 1..];
            let name_start = usize::from(after.starts_with('/'));
            let name_len = after[name_start..]
                .find(|c: char| {
                    !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
                })
                .unwrap_or(after.len() - name_start);
            let is_name = name_len > 0
                && after[name_start..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_lowercase());
            let close = after.find(']');
            let next = after[name_start + name_len..].chars().next();
            match close {
                Some(close) if is_name && matches!(next, Some(' ' | ']' | '/')) => {
                    out.push_str(&rest[..open]);
                    self.report
                        .drop(Dropped::Shortcode, &rest[open..open + close + 2]);
                    rest = &after[close + 1..];
                }
                _ => {
                    out.push_str(&rest[..open + 1]);
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// Whether inlines hold any visible text.
pub fn has_text(i: &Inline) -> bool {
    match i {
        Inline::Text(t) => !t.trim().is_empty(),
        Inline::Span { children, .. } => children.iter().any(has_text),
        Inline::Note(_) => false,
    }
}

/// Appends text with HTML's whitespace collapsing, merging with a preceding text.
fn push_text(out: &mut Vec<Inline>, text: &str) {
    let mut collapsed = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_ascii_whitespace() {
            space = true;
        } else {
            if space {
                collapsed.push(' ');
            }
            space = false;
            collapsed.push(c);
        }
    }
    if space {
        collapsed.push(' ');
    }
    if collapsed.is_empty() {
        return;
    }
    if let Some(Inline::Text(prev)) = out.last_mut() {
        if prev.ends_with(' ') && collapsed.starts_with(' ') {
            collapsed.remove(0);
        }
        prev.push_str(&collapsed);
    } else {
        out.push(Inline::Text(collapsed));
    }
}

/// Trims the run's outer whitespace and removes empty texts.
pub fn normalize(inlines: &mut Vec<Inline>) {
    fn edge(inlines: &mut [Inline], start: bool) {
        let item = if start {
            inlines.first_mut()
        } else {
            inlines.last_mut()
        };
        match item {
            Some(Inline::Text(t)) => {
                *t = if start { t.trim_start() } else { t.trim_end() }.to_owned();
            }
            Some(Inline::Span { children, .. }) => edge(children, start),
            Some(Inline::Note(_)) | None => {}
        }
    }
    for _ in 0..2 {
        edge(inlines, true);
        edge(inlines, false);
        inlines.retain(|i| !matches!(i, Inline::Text(t) if t.is_empty()));
    }
}
