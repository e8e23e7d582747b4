//! Inline content: text, styled and linked runs, footnote references.

use super::View;
use crate::core::action::Action;
use crate::core::article::{BlockKind, Inline, NoteRef, SpanKind};
use crate::core::html::Markup;
use crate::core::i18n::Msg;
use crate::core::text::cat;

/// How footnote references are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Refs {
    /// As links to their notes, which the widget follows inside its shadow root, and back.
    Linked,
    /// As their numbers alone: where the notes are not shown (a card), or no script follows a
    /// link inside a shadow root (a prerendered page, where a fragment link would go to the
    /// host page's fragment).
    Plain,
}

/// How this view writes footnote references: linked where the widget shows the notes and
/// follows the links, as numbers elsewhere.
pub(super) fn refs(v: &View<'_>) -> Refs {
    let has_notes = || {
        v.translation
            .blocks
            .iter()
            .any(|b| matches!(b.kind, BlockKind::Footnotes(_)))
    };
    if !v.prerendered() && has_notes() {
        Refs::Linked
    } else {
        Refs::Plain
    }
}

/// Writes inline content.
pub(super) fn inlines(m: &mut Markup, v: &View<'_>, list: &[Inline], refs: Refs) {
    for i in list {
        match i {
            Inline::Text(t) => {
                m.text(t);
            }
            Inline::Span {
                kind,
                lang,
                children,
            } => {
                let lang_s = lang.as_ref().map(|l| l.as_str());
                let dir = lang.as_ref().map(|l| l.dir().as_str());
                let open = match kind {
                    SpanKind::Strong => m.tag("strong"),
                    SpanKind::Emphasis => m.tag("em"),
                    SpanKind::Plain => m.tag("span"),
                    SpanKind::Link(url) => m
                        .tag("a")
                        .url("href", url)
                        .attr("target", "_blank")
                        .attr("rel", "noopener noreferrer"),
                };
                open.attr_opt("lang", lang_s)
                    .attr_opt("dir", dir)
                    .body(|m| inlines(m, v, children, refs));
            }
            Inline::Note(r) => note_ref(m, v, r, refs),
        }
    }
}

/// A footnote reference: its number, linked to the note (`#ae-fn-<id>`, followed by the
/// widget); the first reference to a note is where the note's back-link returns.
fn note_ref(m: &mut Markup, v: &View<'_>, r: &NoteRef, refs: Refs) {
    let number = r.number.to_string();
    m.tag("sup").attr("class", "ae-ref").body(|m| {
        if refs == Refs::Plain {
            m.text(&number);
            return;
        }
        let label = v.ui.format(Msg::FootnoteRef, &[("number", &number)]);
        let href = crate::core::html::SafeUrl::built(cat(&["#ae-fn-", &r.id]));
        let id = r.first.then(|| cat(&["ae-ref-", &r.id]));
        m.tag("a")
            .url("href", &href)
            .attr_opt("id", id.as_deref())
            .action(&Action::Note(r.id.clone()))
            .attr("aria-label", &label)
            .text(&number);
    });
}
