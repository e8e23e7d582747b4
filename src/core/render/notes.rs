//! The footnotes block: the notes, numbered, each with a link back to its first reference
//! where the widget follows such links (see `inlines::Refs`).

use super::element::open;
use super::inlines::{inlines, Refs};
use super::View;
use crate::core::action::Action;
use crate::core::article::{Block, Inline, Note};
use crate::core::html::{Markup, SafeUrl};
use crate::core::i18n::Msg;
use crate::core::text::cat;

pub(super) fn footnotes(m: &mut Markup, v: &View<'_>, b: &Block, notes: &[Note], refs: Refs) {
    open(m, "section", Some("ae-notes"), b)
        .attr("aria-labelledby", "ae-notes-h")
        .body(|m| {
            m.tag("h3")
                .attr("class", "ae-small-h")
                .attr("id", "ae-notes-h")
                .attr_opt("lang", v.ui_lang())
                .text(v.ui.get(Msg::Footnotes));
            m.tag("ol").body(|m| {
                for n in notes {
                    let li = m.tag("li");
                    let li = match refs {
                        // A target the widget moves focus to from a reference.
                        Refs::Linked => li
                            .attr("id", &cat(&["ae-fn-", &n.id]))
                            .attr("tabindex", "-1"),
                        Refs::Plain => li,
                    };
                    li.body(|m| {
                        inlines(m, v, &n.text, refs);
                        if refs == Refs::Linked && referenced(v, &n.id) {
                            m.text(" ");
                            m.tag("a")
                                .url("href", &SafeUrl::built(cat(&["#ae-ref-", &n.id])))
                                .attr("class", "ae-back")
                                .action(&Action::NoteBack(n.id.clone()))
                                .attr("aria-label", v.ui.get(Msg::FootnoteBack))
                                .attr_opt("lang", v.ui_lang())
                                .text("↑");
                        }
                    });
                }
            });
        });
}

/// Whether the shown translation refers to note `id` anywhere.
fn referenced(v: &View<'_>, id: &str) -> bool {
    fn has(list: &[Inline], id: &str) -> bool {
        list.iter().any(|i| match i {
            Inline::Note(r) => r.id == id,
            Inline::Span { children, .. } => has(children, id),
            Inline::Text(_) => false,
        })
    }
    v.translation
        .blocks
        .iter()
        .any(|b| b.inline_texts().iter().any(|t| has(t, id)))
}
