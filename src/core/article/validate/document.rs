//! The document's rules: the top-level fields, the publisher, the ad, trending links and how
//! `languages`, `original_language` and `translations` must agree.
//!
//! Refused (errors): not an object, a wrong or missing `format`, no publisher name, no
//! `published` date, no `languages` or `translations`, no language left with a title and a
//! block. Everything else bad is dropped with a warning: a bad `url` gives way to the
//! document's own URL, a bad `original_language` to the first language left, a language
//! without a usable translation (or a translation for an unlisted language) is left out.

use super::problem::Problem;
use super::walker::{Seg, Walker};
use super::FORMAT;
use crate::core::article::{
    AdCreative, Article, DateTime, FollowLink, Link, Network, Publisher, TranslationSource,
};
use crate::core::html::SafeUrl;
use crate::core::json::Json;
use crate::core::lang::LangTag;
use crate::core::limits::{AD_MAX_PX, MAX_FOLLOW_LINKS, MAX_LANGUAGES, MAX_TRENDING};

/// Each language's content, as [`Article::translations`] holds it.
type Sources = Vec<(LangTag, TranslationSource)>;

impl Walker {
    pub(super) fn document(&mut self, j: &Json) -> Option<Article> {
        const FIELDS: [&str; 12] = [
            "format",
            "url",
            "publisher",
            "author",
            "published",
            "modified",
            "original_language",
            "languages",
            "ad",
            "trending",
            "translations",
            "id",
        ];
        let o = self.object(j, &FIELDS)?;
        let format = self.req(o, "format", |w, j| w.string(j));
        if let Some(f) = &format {
            if f != FORMAT {
                self.key("format", |w| w.err(Problem::UnsupportedFormat(f.clone())));
            }
        }
        // The document's own URL stands in for a bad canonical one, where it is a safe URL.
        let own = SafeUrl::parse(&self.base);
        let url = match own {
            Some(own) => Some(
                self.part(|w| w.req(o, "url", |w, j| w.url(j)))
                    .unwrap_or(own),
            ),
            None => self.req(o, "url", |w, j| w.url(j)),
        };
        if let Some(u) = &url {
            self.add_site(u.as_str());
        }
        let publisher = self.req(o, "publisher", |w, j| w.publisher(j));
        let author = self.opt(o, "author", |w, j| w.text(j));
        let published = self.req(o, "published", Walker::date);
        let modified = self.opt(o, "modified", Walker::date);
        let original = self.opt(o, "original_language", |w, j| w.lang(j));
        let languages = self.req(o, "languages", |w, j| w.languages(j));
        let ad = self.opt(o, "ad", |w, j| w.ad(j));
        let trending = self.opt(o, "trending", |w, j| w.links(j));
        let translations = self.req(o, "translations", |w, j| w.translations(j));
        let (languages, translations) = self.agree(languages?, translations?)?;
        let first = languages.first()?.clone();
        let original_language = match original {
            Some(l) if languages.contains(&l) => l,
            Some(l) => {
                self.key("original_language", |w| {
                    w.warn(Problem::OriginalNotListed(l))
                });
                first
            }
            None => first,
        };
        Some(Article {
            url: url?,
            publisher: publisher?,
            author,
            published: published?,
            modified,
            original_language,
            languages,
            ad,
            trending: trending.unwrap_or_default(),
            translations,
        })
    }

    /// A date-time with zone (`published`, `modified`).
    fn date(&mut self, j: &Json) -> Option<DateTime> {
        let d = DateTime::parse(self.raw(j)?);
        if d.is_none() {
            self.err(Problem::BadDate);
        }
        d
    }

    /// Keeps the languages that have a usable translation, in `languages`' order, and their
    /// translations; warns of a language without one and of a translation nobody listed.
    /// `None`, with an error, when no language is left.
    fn agree(
        &mut self,
        languages: Vec<LangTag>,
        mut translations: Sources,
    ) -> Option<(Vec<LangTag>, Sources)> {
        let mut kept = Vec::new();
        for (t, _) in &translations {
            if !languages.contains(t) {
                self.key("translations", |w| {
                    w.key(t.as_str(), |w| w.warn(Problem::NotListed(t.clone())))
                });
            }
        }
        let mut out = Vec::new();
        for l in languages {
            match translations.iter().position(|(t, _)| *t == l) {
                Some(i) => {
                    out.push(translations.swap_remove(i));
                    kept.push(l);
                }
                None => self.key("translations", |w| w.warn(Problem::NoTranslationFor(l))),
            }
        }
        if kept.is_empty() {
            self.key("translations", |w| w.err(Problem::NothingToShow));
            return None;
        }
        Some((kept, out))
    }

    /// `languages`: a list of tags; a bad tag, or one given twice, is left out.
    fn languages(&mut self, j: &Json) -> Option<Vec<LangTag>> {
        let items = self.array(j, MAX_LANGUAGES)?;
        let mut out: Vec<LangTag> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            self.at(Seg::Index(i), |w| {
                let t = w.part(|w| w.lang(item))?;
                if out.contains(&t) {
                    w.warn(Problem::ListedTwice(t));
                } else {
                    out.push(t);
                }
                Some(())
            });
        }
        Some(out)
    }

    fn publisher(&mut self, j: &Json) -> Option<Publisher> {
        let o = self.object(j, &["name", "url", "follow", "newsletter"])?;
        let name = self.req(o, "name", |w, j| w.text(j));
        let url = self.opt(o, "url", |w, j| w.url(j));
        let follow = self.opt(o, "follow", |w, j| {
            let items = w.array(j, MAX_FOLLOW_LINKS)?;
            Some(w.each(items, |w, item| w.follow_link(item)))
        });
        let newsletter = self.opt(o, "newsletter", |w, j| {
            let o = w.object(j, &["url"])?;
            w.req(o, "url", |w, j| w.url(j))
        });
        Some(Publisher {
            name: name?,
            url,
            follow: follow.unwrap_or_default(),
            newsletter,
        })
    }

    fn follow_link(&mut self, j: &Json) -> Option<FollowLink> {
        let o = self.object(j, &["network", "url"])?;
        let network = self.req(o, "network", |w, j| {
            let s = w.raw(j)?;
            let n = Network::parse(s);
            if n.is_none() {
                w.err(Problem::UnknownNetwork(s.to_owned()));
            }
            n
        });
        let url = self.req(o, "url", |w, j| w.url(j));
        Some(FollowLink {
            network: network?,
            url: url?,
        })
    }

    fn ad(&mut self, j: &Json) -> Option<AdCreative> {
        let o = self.object(j, &["src", "width", "height"])?;
        let src = self.req(o, "src", |w, j| w.url(j));
        let width = self.req(o, "width", |w, j| w.integer(j, 1, AD_MAX_PX));
        let height = self.req(o, "height", |w, j| w.integer(j, 1, AD_MAX_PX));
        Some(AdCreative {
            src: src?,
            width: width?,
            height: height?,
        })
    }

    /// Trending links, of the article or of one translation.
    pub(super) fn links(&mut self, j: &Json) -> Option<Vec<Link>> {
        let items = self.array(j, MAX_TRENDING)?;
        Some(self.each(items, |w, item| {
            let o = w.object(item, &["title", "url", "lang"])?;
            let title = w.req(o, "title", |w, j| w.text(j));
            let url = w.req(o, "url", |w, j| w.url(j));
            let lang = w.opt(o, "lang", |w, j| w.lang(j));
            Some(Link {
                title: title?,
                url: url?,
                lang,
            })
        }))
    }
}
