//! One language's rules: the `translations` map (content inline, or a reference to a file)
//! and the fields of a translation.

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
            self.err(Problem::TooLong { max: MAX_LANGUAGES });
            return None;
        }
        let keyed = entries.iter().map(|e| (Seg::Key(e.0.clone()), e));
        self.all(keyed, |w, (k, value)| {
            let Some(tag) = LangTag::parse(k) else {
                w.err(Problem::BadLanguageTag(k.clone()));
                return None;
            };
            let is_ref = matches!(value, Json::Object(e) if e.iter().any(|(k, _)| k == "href"));
            let source = if is_ref {
                w.reference(value)?
            } else {
                TranslationSource::Inline(w.translation(value)?)
            };
            Some((tag, source))
        })
    }

    /// `{ "href": …, "machine_translated": … }`: a translation in its own file.
    fn reference(&mut self, j: &Json) -> Option<TranslationSource> {
        let o = self.object(j, &["href", "machine_translated"])?;
        let mt = self.opt(o, "machine_translated", |w, j| w.boolean(j));
        let href = self.req(o, "href", |w, j| {
            let s = w.string(j)?;
            if SafeUrl::parse_or_relative(&s).is_none() {
                w.err(Problem::BadUrl);
                return None;
            }
            Some(s)
        })?;
        Some(TranslationSource::Remote {
            href,
            machine_translated: mt.ok()?.unwrap_or(false),
        })
    }

    /// One language's content, inline in the document or in its own file.
    pub(super) fn translation(&mut self, j: &Json) -> Option<Translation> {
        const FIELDS: [&str; 9] = [
            "url",
            "title",
            "lead",
            "category",
            "machine_translated",
            "translated_from",
            "disclaimer",
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
        let trending = self.opt(o, "trending", |w, j| w.links(j));
        let blocks = self.req(o, "blocks", |w, j| w.blocks(j));
        Some(Translation {
            url: url.ok()?,
            title: title?,
            lead: lead.ok()?,
            category: category.ok()?,
            machine_translated: mt.ok()?.unwrap_or(false),
            translated_from: from.ok()?,
            disclaimer: disclaimer.ok()?,
            trending: trending.ok()?,
            blocks: blocks?,
        })
    }
}
