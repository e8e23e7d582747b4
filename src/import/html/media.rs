//! The publisher's own video and audio (the video and audio blocks, the classic `[video]` and
//! `[audio]` shortcodes' `wp-video-shortcode`/`wp-audio-shortcode`), galleries (the gallery
//! block, old and new, and the classic `[gallery]`), and the cover block.
//!
//! Video and audio must be first party, as the format's rule says: served from the post's own
//! site or a subdomain of it, else the reader's browser would ask a third party for them
//! before the reader plays anything. A third party's file is dropped (counted as `video` or
//! `audio`), a third party's poster or text track alone (`third-party-media`).

use super::{has_class, has_text, plain, Mapper};
use crate::core::article::media::{Audio, Figure, Gallery, Track, TrackKind, Video};
use crate::core::article::{Block, BlockKind, Inline};
use crate::core::html::SafeUrl;
use crate::core::lang::LangTag;
use crate::core::limits::{IMAGE_MAX_PX, MAX_GALLERY_IMAGES, MAX_TRACKS};
use crate::core::url::parts;
use crate::import::report::Dropped;
use scraper::ElementRef;

/// Whether `url` is on the site of `site` (its host without `www.`) or a subdomain of it.
pub fn first_party(site: &str, url: &str) -> bool {
    let (Some(s), Some(u)) = (parts(site), parts(url)) else {
        return false;
    };
    let site = s.host.strip_prefix("www.").unwrap_or(&s.host);
    u.host == site || u.host.ends_with(&format!(".{site}"))
}

/// WordPress's instance counter on a shortcode's media URL (`clip.mp4?_=1`), removed.
fn without_instance(src: &str) -> &str {
    match src.rsplit_once(['?', '&']) {
        Some((head, tail))
            if tail
                .strip_prefix("_=")
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit())) =>
        {
            head
        }
        _ => src,
    }
}

impl Mapper<'_> {
    /// A player or media element met anywhere: an iframe, a video, an audio.
    pub(super) fn media_element(
        &mut self,
        el: ElementRef,
        caption: Option<Vec<Inline>>,
    ) -> Option<Block> {
        let kind = match el.value().name() {
            "iframe" => return self.iframe(el, caption),
            "video" => BlockKind::Video(self.video(el, caption)?),
            "audio" => BlockKind::Audio(self.audio(el, caption)?),
            _ => return None,
        };
        Some(Block {
            id: None,
            lang: None,
            kind,
        })
    }

    /// The first-party media file of a `<video>`/`<audio>`: its `src`, else its first
    /// `<source>`'s; `None` (counted as `kind`) when there is none or it is a third party's.
    fn media_src(&mut self, el: ElementRef, kind: Dropped) -> Option<SafeUrl> {
        let raw = el.attr("src").or_else(|| {
            el.child_elements()
                .filter(|e| e.value().name() == "source")
                .find_map(|s| s.attr("src"))
        });
        let src = raw.and_then(|r| self.url(without_instance(r.trim())));
        match src {
            Some(u) if first_party(&self.base, u.as_str()) => Some(u),
            _ => {
                let example = raw.map_or_else(|| el.html(), str::to_owned);
                self.report.drop(kind, &example);
                None
            }
        }
    }

    /// A URL of a poster or track: kept when first party, else counted and left out.
    fn first_party_url(&mut self, raw: Option<&str>) -> Option<SafeUrl> {
        let raw = raw?;
        match self.url(raw) {
            Some(u) if first_party(&self.base, u.as_str()) => Some(u),
            _ => {
                self.report.drop(Dropped::ThirdPartyMedia, raw);
                None
            }
        }
    }

    fn video(&mut self, v: ElementRef, caption: Option<Vec<Inline>>) -> Option<Video> {
        let src = self.media_src(v, Dropped::Video)?;
        let poster = self.first_party_url(v.attr("poster").filter(|p| !p.trim().is_empty()));
        let dim = |name| {
            v.attr(name)
                .and_then(|x| x.trim().parse::<u32>().ok())
                .filter(|x| (1..=IMAGE_MAX_PX).contains(x))
        };
        let mut tracks = Vec::new();
        for t in v.child_elements().filter(|e| e.value().name() == "track") {
            let kind = match t.attr("kind").map(str::trim) {
                None | Some("") => Some(TrackKind::Subtitles),
                Some(k) => TrackKind::parse(&k.to_ascii_lowercase()),
            };
            let srclang = t.attr("srclang").and_then(|l| LangTag::parse(l.trim()));
            let (Some(kind), Some(srclang)) = (kind, srclang) else {
                self.report.drop(Dropped::ThirdPartyMedia, &t.html());
                continue;
            };
            let Some(src) = self.first_party_url(t.attr("src")) else {
                continue;
            };
            let label = t
                .attr("label")
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .unwrap_or(srclang.as_str())
                .to_owned();
            if tracks.len() < MAX_TRACKS {
                tracks.push(Track {
                    src,
                    srclang,
                    label,
                    kind,
                });
            }
        }
        Some(Video {
            src,
            poster,
            size: dim("width").zip(dim("height")),
            caption,
            tracks,
        })
    }

    fn audio(&mut self, a: ElementRef, caption: Option<Vec<Inline>>) -> Option<Audio> {
        Some(Audio {
            src: self.media_src(a, Dropped::Audio)?,
            caption,
        })
    }

    /// A gallery: each image with its own caption, and the gallery's caption.
    pub(super) fn gallery(&mut self, el: ElementRef) {
        let caption = el
            .child_elements()
            .find(|e| e.value().name() == "figcaption")
            .map(|c| self.run(c).inlines)
            .filter(|c| c.iter().any(has_text));
        let mut images: Vec<Figure> = Vec::new();
        for img in el
            .descendent_elements()
            .filter(|e| e.value().name() == "img")
        {
            // The image's own item: its closest figure (or classic gallery item) inside the
            // gallery, whose caption is the image's.
            let item = img
                .ancestors()
                .filter_map(ElementRef::wrap)
                .take_while(|a| a.id() != el.id())
                .find(|a| {
                    a.value().name() == "figure"
                        || has_class(*a, "gallery-item")
                        || has_class(*a, "blocks-gallery-item")
                });
            let cap = item
                .and_then(|i| {
                    i.descendent_elements().find(|e| {
                        e.value().name() == "figcaption"
                            || e.value().name() == "dd"
                            || has_class(*e, "gallery-caption")
                    })
                })
                .map(|c| self.run(c).inlines)
                .filter(|c| c.iter().any(has_text));
            if let Some(f) = self.figure_of(img, cap) {
                images.push(f);
            }
        }
        if images.is_empty() {
            if let Some(c) = caption {
                self.push(BlockKind::Paragraph(c));
            }
            return;
        }
        let mut caption = caption;
        while !images.is_empty() {
            let rest = images.split_off(images.len().min(MAX_GALLERY_IMAGES));
            self.push(BlockKind::Gallery(Gallery {
                images,
                caption: caption.take(),
            }));
            images = rest;
        }
    }

    /// A cover: its background image (when it has a size) as an image, then its content. A
    /// background video is decoration that plays by itself: dropped.
    pub(super) fn cover(&mut self, el: ElementRef) {
        if let Some(style) = el.attr("style").filter(|s| s.contains("background-image")) {
            // An older cover's image is a CSS background, without a size.
            self.report.drop(Dropped::ImageWithoutSize, style);
        }
        for child in el.children() {
            match ElementRef::wrap(child) {
                Some(v) if v.value().name() == "video" => {
                    let src = v.attr("src").map_or_else(|| plain(v), str::to_owned);
                    self.report.drop(Dropped::Video, &src);
                }
                _ => self.node(child),
            }
        }
        self.flush();
    }
}
