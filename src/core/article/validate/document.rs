//! The document's rules: the top-level fields, the publisher, the ad, trending links and how
//! `languages`, `original_language` and `translations` must agree.

use super::problem::Problem;
use super::walker::{Seg, Walker};
use super::FORMAT;
use crate::core::article::{AdCreative, Article, DateTime, FollowLink, Link, Network, Publisher};
use crate::core::json::Json;
use crate::core::lang::LangTag;
use crate::core::limits::{AD_MAX_PX, MAX_FOLLOW_LINKS, MAX_LANGUAGES, MAX_TRENDING};

impl Walker {
    pub(super) fn document(&mut self, j: &Json) -> Option<Article> {
        const FIELDS: [&str; 11] = [
            "format",
            "url",
            "publisher",
            "author",
            "published",
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
        let url = self.req(o, "url", |w, j| w.url(j));
        let publisher = self.req(o, "publisher", |w, j| w.publisher(j));
        let author = self.opt(o, "author", |w, j| w.text(j));
        let published = self.req(o, "published", |w, j| {
            let s = w.string(j)?;
            let d = DateTime::parse(&s);
            if d.is_none() {
                w.err(Problem::BadDate);
            }
            d
        });
        let original = self.req(o, "original_language", |w, j| w.lang(j));
        let languages = self.req(o, "languages", |w, j| w.languages(j));
        let ad = self.opt(o, "ad", |w, j| w.ad(j));
        let trending = self.opt(o, "trending", |w, j| w.links(j));
        let translations = self.req(o, "translations", |w, j| w.translations(j));

        let (Some(languages), Some(original)) = (languages, original) else {
            return None;
        };
        if !languages.contains(&original) {
            self.key("original_language", |w| {
                w.err(Problem::OriginalNotListed(original.clone()))
            });
        }
        if let Some(tr) = &translations {
            for l in &languages {
                if !tr.iter().any(|(t, _)| t == l) {
                    self.key("translations", |w| {
                        w.err(Problem::NoTranslationFor(l.clone()))
                    });
                }
            }
            for (t, _) in tr {
                if !languages.contains(t) {
                    self.key("translations", |w| {
                        w.key(t.as_str(), |w| w.err(Problem::NotListed(t.clone())))
                    });
                }
            }
        }
        Some(Article {
            url: url?,
            publisher: publisher?,
            author: author.ok()?,
            published: published?,
            original_language: original,
            languages,
            ad: ad.ok()?,
            trending: trending.ok()?.unwrap_or_default(),
            translations: translations?,
        })
    }

    /// `languages`: a non-empty list of tags, none twice. A tag given twice is reported but
    /// does not spoil the list.
    fn languages(&mut self, j: &Json) -> Option<Vec<LangTag>> {
        let items = self.array(j, MAX_LANGUAGES)?;
        if items.is_empty() {
            self.err(Problem::Empty);
        }
        let mut out: Vec<LangTag> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            self.at(Seg::Index(i), |w| {
                let t = w.lang(item)?;
                if out.contains(&t) {
                    w.err(Problem::ListedTwice(t.clone()));
                }
                out.push(t);
                Some(())
            });
        }
        Some(out)
    }

    fn publisher(&mut self, j: &Json) -> Option<Publisher> {
        let o = self.object(j, &["name", "url", "follow"])?;
        let name = self.req(o, "name", |w, j| w.text(j));
        let url = self.opt(o, "url", |w, j| w.url(j));
        let follow = self.opt(o, "follow", |w, j| {
            let items = w.array(j, MAX_FOLLOW_LINKS)?;
            w.each(items, |w, item| w.follow_link(item))
        });
        Some(Publisher {
            name: name?,
            url: url.ok()?,
            follow: follow.ok()?.unwrap_or_default(),
        })
    }

    fn follow_link(&mut self, j: &Json) -> Option<FollowLink> {
        let o = self.object(j, &["network", "url"])?;
        let network = self.req(o, "network", |w, j| {
            let s = w.string(j)?;
            let n = Network::parse(&s);
            if n.is_none() {
                w.err(Problem::UnknownNetwork(s));
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
        self.each(items, |w, item| {
            let o = w.object(item, &["title", "url", "lang"])?;
            let title = w.req(o, "title", |w, j| w.text(j));
            let url = w.req(o, "url", |w, j| w.url(j));
            let lang = w.opt(o, "lang", |w, j| w.lang(j));
            Some(Link {
                title: title?,
                url: url?,
                lang: lang.ok()?,
            })
        })
    }
}
