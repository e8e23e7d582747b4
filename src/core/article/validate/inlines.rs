//! The rules of inline content: a string, or an array of strings and runs (`b`, `i`, `a`,
//! `span`), nested at most [`MAX_INLINE_DEPTH`] deep.

use super::problem::Problem;
use super::walker::Walker;
use crate::core::article::{Inline, SpanKind};
use crate::core::json::Json;
use crate::core::limits::MAX_INLINE_DEPTH;

impl Walker {
    /// Inline content: non-empty text, or a non-empty array of inlines.
    pub(super) fn inlines(&mut self, j: &Json) -> Option<Vec<Inline>> {
        if self.depth >= MAX_INLINE_DEPTH {
            self.err(Problem::TooDeep);
            return None;
        }
        self.depth += 1;
        let r = match j {
            Json::String(_) => self.text(j).map(|s| vec![Inline::Text(s)]),
            Json::Array(items) => {
                if items.is_empty() {
                    self.err(Problem::Empty);
                }
                self.each(items, |w, it| w.inline(it))
                    .filter(|v| !v.is_empty())
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
        let o = self.object(j, &["b", "i", "a", "span", "href", "lang"])?;
        let kinds: Vec<&str> = ["b", "i", "a", "span"]
            .into_iter()
            .filter(|k| o.iter().any(|(key, _)| key == k))
            .collect();
        let [kind] = kinds.as_slice() else {
            self.err(Problem::BadInline);
            return None;
        };
        let has_href = o.iter().any(|(k, _)| k == "href");
        if has_href && *kind != "a" {
            self.key("href", |w| w.err(Problem::UnknownField));
        }
        let span_kind = match *kind {
            "b" => SpanKind::Strong,
            "i" => SpanKind::Emphasis,
            "a" => SpanKind::Link(self.req(o, "href", |w, j| w.url(j))?),
            _ => SpanKind::Plain,
        };
        let lang = self.opt(o, "lang", |w, j| w.lang(j));
        let children = self.req(o, kind, |w, j| w.inlines(j))?;
        if has_href && !matches!(span_kind, SpanKind::Link(_)) {
            return None;
        }
        Some(Inline::Span {
            kind: span_kind,
            lang: lang.ok()?,
            children,
        })
    }
}
