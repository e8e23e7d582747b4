//! One language's rules: the `translations` map (content inline, or a reference to a file)
//! and the fields of a translation. A translation without a title or without a block is an
//! error, unless another language is left to show: then it is dropped with warnings.

use super::problem::Problem;
use super::walker::{Seg, Walker};
use crate::core::article::{Translation, TranslationSource};
use crate::core::html::SafeUrl;
use crate::core::json::Json;
use crate::core::lang::LangTag;
use crate::core::limits::MAX_LANGUAGES;

impl Walker {
    /// `translations`: each language's content, or `{ "href": … }` where to fetch it.
    pub(super) fn translations(&mut self, j: &Json) -> Option<Vec<(LangTag, TranslationSource)>> {
        let Json::Object(entries) = j else {
            self.wrong("an object", j);
            return None;
        };
        if entries.len() > MAX_LANGUAGES {
            self.warn(Problem::TooLong { max: MAX_LANGUAGES });
        }
        let mut out = Vec::new();
        // Only a dropped inline translation records errors here (a kept one has none).
        let mark = self.errors.len();
        for (k, value) in entries.iter().take(MAX_LANGUAGES) {
            let source = self.at(Seg::Key(k.clone()), |w| {
                let Some(tag) = LangTag::parse(k) else {
                    w.warn(Problem::BadLanguageTag(k.clone()));
                    return None;
                };
                let is_ref = matches!(value, Json::Object(e) if e.iter().any(|(k, _)| k == "href"));
                let source = if is_ref {
                    w.part(|w| w.reference(value))?
                } else {
                    TranslationSource::Inline(w.translation(value)?)
                };
                Some((tag, source))
            });
            out.extend(source);
        }
        if !out.is_empty() {
            // Another language is left: the dropped ones' errors are warnings.
            self.demote(mark);
        }
        Some(out)
    }

    /// `{ "href": …, "machine_translated": … }`: a translation in its own file.
    fn reference(&mut self, j: &Json) -> Option<TranslationSource> {
        let o = self.object(j, &["href", "machine_translated"])?;
        let mt = self.opt(o, "machine_translated", |w, j| w.boolean(j));
        let href = self.req(o, "href", |w, j| {
            let s = w.raw(j)?;
            if SafeUrl::parse_or_relative(s).is_none() {
                w.err(Problem::BadUrl);
                return None;
            }
            Some(s.to_owned())
        })?;
        Some(TranslationSource::Remote {
            href,
            machine_translated: mt.unwrap_or(false),
        })
    }

    /// One language's content, inline in the document or in its own file.
    pub(super) fn translation(&mut self, j: &Json) -> Option<Translation> {
        const FIELDS: [&str; 10] = [
            "url",
            "title",
            "lead",
            "category",
            "machine_translated",
            "translated_from",
            "disclaimer",
            "newsletter_notice",
            "trending",
            "blocks",
        ];
        let o = self.object(j, &FIELDS)?;
        let url = self.opt(o, "url", |w, j| w.url(j));
        let title = self.req(o, "title", |w, j| w.text(j));
        let lead = self.opt(o, "lead", |w, j| w.text(j));
        let category = self.opt(o, "category", |w, j| w.text(j));
        let mt = self.opt(o, "machine_translated", |w, j| w.boolean(j));
        let from = self.opt(o, "translated_from", |w, j| w.lang(j));
        let disclaimer = self.opt(o, "disclaimer", |w, j| w.text(j));
        let newsletter_notice = self.opt(o, "newsletter_notice", |w, j| w.text(j));
        let trending = self.opt(o, "trending", |w, j| w.links(j));
        let blocks = self.req(o, "blocks", |w, j| w.blocks(j));
        Some(Translation {
            url,
            title: title?,
            lead,
            category,
            machine_translated: mt.unwrap_or(false),
            translated_from: from,
            disclaimer,
            newsletter_notice,
            trending,
            blocks: blocks?,
        })
    }
}
