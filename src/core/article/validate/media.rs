//! The media blocks' rules: an embed (its provider in the table, its video read from the
//! original's URL by the provider's rules), a quoted post, the publisher's own video and audio
//! (first party only) and galleries.
//!
//! First party: a media URL relative to the document, or whose host is one of the article's
//! own sites (the document's host or the canonical URL's, without `www.`) or a subdomain of
//! one. `https://media.eureporter.co/v.mp4` is first party for an article at
//! `https://www.eureporter.co/…`; `https://cdn.other.example/v.mp4` is a third party's and drops
//! the block: it would be requested before the reader asks for it.

use super::problem::Problem;
use super::walker::{Obj, Walker};
use crate::core::article::media::{Audio, Embed, Figure, Gallery, Post, PostNetwork, Track};
use crate::core::article::media::{TrackKind, Video};
use crate::core::article::provider::Provider;
use crate::core::article::DateTime;
use crate::core::html::SafeUrl;
use crate::core::json::Json;
use crate::core::limits::{IMAGE_MAX_PX, MAX_GALLERY_IMAGES, MAX_TRACKS};
use crate::core::url::parts;

impl Walker {
    /// Counts the site of `url` (its host, without `www.`) as the article's own.
    pub(super) fn add_site(&mut self, url: &str) {
        if let Some(p) = parts(url) {
            let host = p.host.strip_prefix("www.").unwrap_or(&p.host).to_owned();
            if !self.sites.contains(&host) {
                self.sites.push(host);
            }
        }
    }

    /// Whether an absolute URL is on one of the article's own sites: its host is one of them
    /// or a subdomain of one.
    fn first_party(&self, url: &str) -> bool {
        let Some(p) = parts(url) else {
            return false;
        };
        self.sites.iter().any(|site| {
            p.host == *site
                || p.host.len() > site.len()
                    && p.host.ends_with(site.as_str())
                    && p.host.as_bytes()[p.host.len() - site.len() - 1] == b'.'
        })
    }

    /// A URL of the publisher's own media: relative to the document, or on one of the
    /// article's own sites. A third party's media would load before the reader asks for it.
    pub(super) fn media_url(&mut self, j: &Json) -> Option<SafeUrl> {
        let u = self.url_or_relative(j)?;
        let relative = matches!(j, Json::String(s) if SafeUrl::parse(s).is_none());
        if relative || self.first_party(u.as_str()) {
            return Some(u);
        }
        self.err(Problem::ThirdParty);
        None
    }

    /// Optional `width` and `height`, kept only together.
    fn size(&mut self, o: Obj<'_>) -> Option<(u32, u32)> {
        let width = self.opt(o, "width", |w, j| w.integer(j, 1, IMAGE_MAX_PX));
        let height = self.opt(o, "height", |w, j| w.integer(j, 1, IMAGE_MAX_PX));
        width.zip(height)
    }

    pub(super) fn embed(&mut self, o: Obj<'_>) -> Option<Embed> {
        let provider = self.req(o, "provider", |w, j| {
            let s = w.raw(j)?;
            let p = Provider::parse(s);
            if p.is_none() {
                w.err(Problem::UnknownProvider(s.to_owned()));
            }
            p
        })?;
        let (url, media) = self.req(o, "url", |w, j| {
            let url = w.url(j)?;
            let media = provider.media_id(url.as_str());
            if media.is_none() {
                w.err(Problem::NoMediaId(provider));
            }
            Some((url, media?))
        })?;
        Some(Embed {
            provider,
            url,
            media,
            title: self.opt(o, "title", |w, j| w.text(j)),
            caption: self.opt(o, "caption", |w, j| w.inlines(j)),
            poster: self.opt(o, "poster", |w, j| w.media_url(j)),
            size: self.size(o),
        })
    }

    pub(super) fn post(&mut self, o: Obj<'_>) -> Option<Post> {
        let network = self.req(o, "network", |w, j| {
            let s = w.raw(j)?;
            let n = PostNetwork::parse(s);
            if n.is_none() {
                w.err(Problem::UnknownNetwork(s.to_owned()));
            }
            n
        });
        let url = self.req(o, "url", |w, j| w.url(j));
        let author = self.req(o, "author", |w, j| w.text(j));
        let handle = self.opt(o, "handle", |w, j| w.text(j));
        let date = self.opt(o, "date", |w, j| {
            let d = DateTime::parse_day_or_time(w.raw(j)?);
            if d.is_none() {
                w.err(Problem::BadDate);
            }
            d
        });
        let text = self.req(o, "text", |w, j| w.inlines(j));
        let media = self.opt(o, "media", |w, j| w.text(j));
        Some(Post {
            network: network?,
            url: url?,
            author: author?,
            handle,
            date,
            text: text?,
            media,
        })
    }

    pub(super) fn video(&mut self, o: Obj<'_>) -> Option<Video> {
        let src = self.req(o, "src", |w, j| w.media_url(j));
        let poster = self.opt(o, "poster", |w, j| w.media_url(j));
        let size = self.size(o);
        let caption = self.opt(o, "caption", |w, j| w.inlines(j));
        let tracks = self.opt(o, "tracks", |w, j| {
            let items = w.array(j, MAX_TRACKS)?;
            Some(w.each(items, |w, item| w.track(item)))
        });
        Some(Video {
            src: src?,
            poster,
            size,
            caption,
            tracks: tracks.unwrap_or_default(),
        })
    }

    fn track(&mut self, j: &Json) -> Option<Track> {
        let o = self.object(j, &["src", "srclang", "label", "kind"])?;
        let src = self.req(o, "src", |w, j| w.media_url(j));
        let srclang = self.req(o, "srclang", |w, j| w.lang(j));
        let label = self.req(o, "label", |w, j| w.text(j));
        let kind = self.opt(o, "kind", |w, j| w.name(j, TrackKind::parse));
        Some(Track {
            src: src?,
            srclang: srclang?,
            label: label?,
            kind: kind.unwrap_or(TrackKind::Subtitles),
        })
    }

    pub(super) fn audio(&mut self, o: Obj<'_>) -> Option<Audio> {
        let src = self.req(o, "src", |w, j| w.media_url(j));
        let caption = self.opt(o, "caption", |w, j| w.inlines(j));
        Some(Audio { src: src?, caption })
    }

    pub(super) fn gallery(&mut self, o: Obj<'_>) -> Option<Gallery> {
        let images = self.req(o, "images", |w, j| {
            let items = w.array(j, MAX_GALLERY_IMAGES)?;
            let images = w.each(items, |w, item| {
                let o = w.object(item, &["src", "alt", "width", "height", "caption"])?;
                w.figure(o)
            });
            if images.is_empty() {
                w.err(Problem::Empty);
                return None;
            }
            Some(images)
        });
        let caption = self.opt(o, "caption", |w, j| w.inlines(j));
        Some(Gallery {
            images: images?,
            caption,
        })
    }

    /// An image's fields: those of an image block and of a gallery's image.
    pub(super) fn figure(&mut self, o: Obj<'_>) -> Option<Figure> {
        let src = self.req(o, "src", |w, j| w.url_or_relative(j));
        let alt = self.req(o, "alt", |w, j| w.string(j));
        let width = self.req(o, "width", |w, j| w.integer(j, 1, IMAGE_MAX_PX));
        let height = self.req(o, "height", |w, j| w.integer(j, 1, IMAGE_MAX_PX));
        let caption = self.opt(o, "caption", |w, j| w.inlines(j));
        Some(Figure {
            src: src?,
            alt: alt?,
            width: width?,
            height: height?,
            caption,
        })
    }
}
