//! Text blocks beyond paragraphs and headings: quotes and pullquotes, preformatted text (the
//! code, verse and preformatted blocks), buttons (as links) and footnotes (WordPress 6.3+'s
//! `ol.wp-block-footnotes`, whose notes the `sup.fn` references in the text point to).

use super::{has_class, has_text, normalize, plain, Mapper};
use crate::core::article::{BlockKind, Button, Inline, Note, PreVariant};
use crate::core::limits::MAX_BUTTONS;
use crate::import::report::Dropped;
use ego_tree::NodeRef;
use scraper::{ElementRef, Node};

/// What a note's back-link to its reference shows (`↩︎`, with or without the emoji selector).
fn is_back_link(el: ElementRef) -> bool {
    el.value().name() == "a"
        && el.attr("href").is_some_and(|h| h.starts_with('#'))
        && matches!(plain(el).trim_end_matches('\u{fe0e}'), "↩" | "↑" | "^")
}

/// The text of a `<pre>`, its line breaks and spaces as written (`<br>` is a line break).
fn pre_text(node: NodeRef<Node>, out: &mut String) {
    for child in node.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if e.name() == "br" => out.push('\n'),
            Node::Element(e) if matches!(e.name(), "script" | "style" | "template") => {}
            Node::Element(_) => pre_text(child, out),
            _ => {}
        }
    }
}

/// Whether a footnote (`li`) has text besides its back-link.
pub(super) fn note_has_text(li: ElementRef) -> bool {
    li.children().any(|c| match ElementRef::wrap(c) {
        Some(e) => !is_back_link(e) && !plain(e).is_empty(),
        None => c.value().as_text().is_some_and(|t| !t.trim().is_empty()),
    })
}

impl Mapper<'_> {
    pub(super) fn quote(&mut self, el: ElementRef, pull: bool) {
        let cite = el
            .descendent_elements()
            .find(|e| e.value().name() == "cite")
            .map(plain)
            .filter(|c| !c.is_empty());
        let mut text = Vec::new();
        let mut hoisted = Vec::new();
        let was = std::mem::replace(&mut self.in_quote, true);
        for child in el.children() {
            let before = text.len();
            self.inline(child, &mut text, &mut hoisted, 0);
            // Paragraphs of a quote run on, a space apart.
            if text.len() > before
                && ElementRef::wrap(child).is_some_and(|e| e.value().name() == "p")
            {
                text.push(Inline::Text(" ".into()));
            }
        }
        self.in_quote = was;
        normalize(&mut text);
        if text.iter().any(has_text) {
            self.push(BlockKind::Quote { text, cite, pull });
        } else {
            self.report.drop(Dropped::EmptyBlock, &el.html());
        }
        self.push_all(hoisted);
    }

    /// `pre.wp-block-code > code`, `pre.wp-block-verse`, `pre.wp-block-preformatted` or any
    /// other `<pre>` (a `<code>` alone inside it makes it code).
    pub(super) fn preformatted(&mut self, el: ElementRef) {
        let only_code = {
            let mut elements = el.child_elements();
            matches!((elements.next(), elements.next()), (Some(c), None) if c.value().name() == "code")
        };
        let variant = if has_class(el, "wp-block-verse") {
            PreVariant::Verse
        } else if has_class(el, "wp-block-code") || only_code {
            PreVariant::Code
        } else {
            PreVariant::Plain
        };
        let mut text = String::new();
        pre_text(*el, &mut text);
        let text = text.trim_end().trim_start_matches(['\n', '\r']).to_owned();
        if text.trim().is_empty() {
            self.report.drop(Dropped::EmptyBlock, &el.html());
            return;
        }
        self.push(BlockKind::Preformatted { variant, text });
    }

    /// `div.wp-block-buttons > div.wp-block-button > a` → links shown as buttons; one without
    /// a link (or with an unsafe one) is counted.
    pub(super) fn buttons(&mut self, el: ElementRef) {
        let mut items = Vec::new();
        let anchors: Vec<ElementRef> = el
            .descendent_elements()
            .filter(|e| e.value().name() == "a")
            .collect();
        if anchors.is_empty() {
            self.report.drop(Dropped::EmptyBlock, &el.html());
        }
        for a in anchors {
            let text = plain(a);
            let url = match a.attr("href") {
                Some(h) => match self.url(h) {
                    Some(u) => Some(u),
                    None => {
                        self.report.drop(Dropped::UnsafeLink, h);
                        None
                    }
                },
                None => {
                    self.report.drop(Dropped::Button, &a.html());
                    None
                }
            };
            match url {
                Some(url) if !text.is_empty() => items.push(Button { text, url }),
                Some(_) => self.report.drop(Dropped::Button, &a.html()),
                None => {}
            }
        }
        while !items.is_empty() {
            let rest = items.split_off(items.len().min(MAX_BUTTONS));
            self.push(BlockKind::Buttons(items));
            items = rest;
        }
    }

    /// The footnotes list: each note with its text (its back-link left out), as `n1`, `n2` …
    /// in order; the references in the text were given the same ids.
    pub(super) fn footnotes(&mut self, el: ElementRef) {
        if std::mem::replace(&mut self.notes_done, true) {
            self.report.drop(Dropped::Footnote, &el.html());
            return;
        }
        let mut notes = Vec::new();
        let mut hoisted = Vec::new();
        for li in el.child_elements().filter(|e| e.value().name() == "li") {
            let Some(i) = li
                .attr("id")
                .and_then(|id| self.notes.iter().position(|n| n == id))
            else {
                self.report.drop(Dropped::Footnote, &li.html());
                continue;
            };
            let mut text = Vec::new();
            for child in li.children() {
                if ElementRef::wrap(child).is_some_and(is_back_link) {
                    continue;
                }
                self.inline(child, &mut text, &mut hoisted, 0);
            }
            normalize(&mut text);
            notes.push(Note {
                id: format!("n{}", i + 1),
                text,
            });
        }
        if !notes.is_empty() {
            self.push(BlockKind::Footnotes(notes));
        }
        self.push_all(hoisted);
    }
}
