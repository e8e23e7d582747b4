//! The rules of inline content: a string, or an array of strings, runs (`b`, `i`, `a`,
//! `span`) and footnote references (`note`, see `notes`), nested at most [`MAX_INLINE_DEPTH`]
//! deep. A bad run is dropped with its content; a link whose URL is bad keeps its text as a
//! plain run; a bad `lang` is dropped alone.

use super::problem::Problem;
use super::walker::Walker;
use crate::core::article::{Inline, SpanKind};
use crate::core::json::Json;
use crate::core::limits::MAX_INLINE_DEPTH;

impl Walker {
    /// Inline content: non-empty text, or a non-empty array of inlines.
    pub(super) fn inlines(&mut self, j: &Json) -> Option<Vec<Inline>> {
        if self.depth >= MAX_INLINE_DEPTH {
            self.err(Problem::TooDeep {
                max: MAX_INLINE_DEPTH,
            });
            return None;
        }
        self.depth += 1;
        let r = match j {
            Json::String(_) => self.text(j).map(|s| vec![Inline::Text(s)]),
            Json::Array(items) => {
                let v = self.each(items, |w, it| w.inline(it));
                if v.is_empty() {
                    self.err(Problem::Empty);
                    return None;
                }
                Some(v)
            }
            other => {
                self.wrong("a string or an array of inlines", other);
                None
            }
        };
        self.depth -= 1;
        r
    }

    fn inline(&mut self, j: &Json) -> Option<Inline> {
        if let Json::String(_) = j {
            return self.string(j).map(Inline::Text);
        }
        let o = self.object(j, &["b", "i", "a", "span", "note", "href", "lang"])?;
        let kinds: Vec<&str> = ["b", "i", "a", "span", "note"]
            .into_iter()
            .filter(|k| o.iter().any(|(key, _)| key == k))
            .collect();
        let [kind] = kinds.as_slice() else {
            self.err(Problem::BadInline);
            return None;
        };
        if *kind != "a" && o.iter().any(|(k, _)| k == "href") {
            self.key("href", |w| w.warn(Problem::UnknownField));
        }
        if *kind == "note" {
            return self.req(o, "note", |w, j| w.note_ref(j));
        }
        let span_kind = match *kind {
            "b" => SpanKind::Strong,
            "i" => SpanKind::Emphasis,
            // A link without a safe URL keeps its text.
            "a" => self
                .part(|w| w.req(o, "href", |w, j| w.url(j)))
                .map_or(SpanKind::Plain, SpanKind::Link),
            _ => SpanKind::Plain,
        };
        let lang = self.opt(o, "lang", |w, j| w.lang(j));
        let children = self.req(o, kind, |w, j| w.inlines(j))?;
        Some(Inline::Span {
            kind: span_kind,
            lang,
            children,
        })
    }
}
