//! The providers whose players an `embed` block may show, as a table: how each one's page URLs
//! name a video, and the player URL built from that name. A player URL is never taken from a
//! document: the validator reads the video's id from the original page's URL by the
//! provider's rules (an id that does not parse drops the block), and the widget builds the
//! player's URL on the provider's privacy-enhanced host from the id alone.
//!
//! Only providers with such a host are in the table: YouTube (`youtube-nocookie.com`, which
//! sets no cookie until the reader plays) and Vimeo (`dnt=1`, which tells the player to track
//! nothing). Dailymotion, SoundCloud and Spotify have no documented privacy-enhanced mode:
//! their players set tracking cookies as they load, so their embeds become links to the
//! original (see `docs/article-format.md`).

use crate::core::html::SafeUrl;
use crate::core::text::cat;
use crate::core::url::{parts, query_param};

/// A provider of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    /// YouTube, played from `www.youtube-nocookie.com`.
    YouTube,
    /// Vimeo, played from `player.vimeo.com` with `dnt=1`.
    Vimeo,
}

/// What a provider's rules read from a page URL: the video's id and, for an unlisted Vimeo
/// video, its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaId {
    /// The id (YouTube: 11 letters, digits, `-` or `_`; Vimeo: digits).
    pub id: String,
    /// Vimeo's key of an unlisted video (hex digits).
    pub key: Option<String>,
}

impl Provider {
    /// Every provider, in the format's order.
    pub const ALL: [Provider; 2] = [Provider::YouTube, Provider::Vimeo];

    /// Reads the format's name.
    pub fn parse(s: &str) -> Option<Provider> {
        Provider::ALL.into_iter().find(|p| p.name() == s)
    }

    /// The format's name.
    pub fn name(self) -> &'static str {
        match self {
            Provider::YouTube => "youtube",
            Provider::Vimeo => "vimeo",
        }
    }

    /// The brand name, shown to readers (not translated).
    pub fn label(self) -> &'static str {
        match self {
            Provider::YouTube => "YouTube",
            Provider::Vimeo => "Vimeo",
        }
    }

    /// The host the player loads from, named to the reader before they allow it.
    pub fn player_host(self) -> &'static str {
        match self {
            Provider::YouTube => "www.youtube-nocookie.com",
            Provider::Vimeo => "player.vimeo.com",
        }
    }

    /// Reads the video named by one of the provider's page or player URLs; `None` for a URL
    /// of another host or one that names no video.
    pub fn media_id(self, url: &str) -> Option<MediaId> {
        let p = parts(url)?;
        let mut segs = p.path.split('/').filter(|s| !s.is_empty());
        let (first, second) = (segs.next(), segs.next());
        let id = match (self, p.host.as_str()) {
            (Provider::YouTube, "youtu.be") => first,
            (
                Provider::YouTube,
                "youtube.com"
                | "www.youtube.com"
                | "m.youtube.com"
                | "youtube-nocookie.com"
                | "www.youtube-nocookie.com",
            ) => match first? {
                "watch" => query_param(p.query, "v"),
                "embed" | "shorts" | "live" | "v" => second,
                _ => None,
            },
            (Provider::Vimeo, "player.vimeo.com") => {
                let id = second.filter(|_| first == Some("video"))?;
                return vimeo(id, query_param(p.query, "h"));
            }
            (Provider::Vimeo, "vimeo.com" | "www.vimeo.com") => {
                let first = first?;
                if is_digits(first) {
                    return vimeo(first, second);
                }
                // `channels/<name>/<id>`, `groups/<name>/videos/<id>`,
                // `album/<n>/video/<id>`, `showcase/<n>/video/<id>`.
                let (third, fourth, more) = (segs.next(), segs.next(), segs.next());
                let id = match (first, third, fourth, more) {
                    ("channels", Some(id), None, None) => id,
                    ("groups", Some("videos"), Some(id), None)
                    | ("album" | "showcase", Some("video"), Some(id), None) => id,
                    _ => return None,
                };
                return vimeo(id, None);
            }
            _ => None,
        }?;
        let ok = id.len() == 11
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        ok.then(|| MediaId {
            id: id.to_owned(),
            key: None,
        })
    }

    /// The player's URL for a video this provider's rules read.
    pub fn player(self, m: &MediaId) -> SafeUrl {
        let url = match (self, &m.key) {
            (Provider::YouTube, _) => cat(&["https://www.youtube-nocookie.com/embed/", &m.id]),
            (Provider::Vimeo, None) => cat(&["https://player.vimeo.com/video/", &m.id, "?dnt=1"]),
            (Provider::Vimeo, Some(k)) => {
                cat(&["https://player.vimeo.com/video/", &m.id, "?h=", k, "&dnt=1"])
            }
        };
        SafeUrl::built(url)
    }
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// A Vimeo id with the key of an unlisted video, when the URL has one.
fn vimeo(id: &str, key: Option<&str>) -> Option<MediaId> {
    let hex = |k: &&str| !k.is_empty() && k.len() <= 32 && k.bytes().all(|b| b.is_ascii_hexdigit());
    is_digits(id).then(|| MediaId {
        id: id.to_owned(),
        key: key.filter(hex).map(str::to_owned),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn player(p: Provider, url: &str) -> Option<String> {
        p.media_id(url).map(|m| p.player(&m).as_str().to_owned())
    }

    #[test]
    fn youtube_urls_play_from_the_no_cookie_host() {
        for url in [
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ?si=abc",
            "https://www.youtube.com/shorts/dQw4w9WgXcQ",
            "https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "http://www.youtube.com/live/dQw4w9WgXcQ",
        ] {
            assert_eq!(
                player(Provider::YouTube, url).as_deref(),
                Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
                "{url}"
            );
        }
    }

    #[test]
    fn vimeo_urls_play_with_do_not_track() {
        for (url, want) in [
            ("https://vimeo.com/76979871", "76979871?dnt=1"),
            (
                "https://vimeo.com/76979871/8272103f6e",
                "76979871?h=8272103f6e&dnt=1",
            ),
            (
                "https://vimeo.com/channels/staffpicks/76979871",
                "76979871?dnt=1",
            ),
            (
                "https://vimeo.com/groups/motion/videos/76979871",
                "76979871?dnt=1",
            ),
            (
                "https://player.vimeo.com/video/76979871?h=8272103f6e&badge=0",
                "76979871?h=8272103f6e&dnt=1",
            ),
        ] {
            assert_eq!(
                player(Provider::Vimeo, url),
                Some(format!("https://player.vimeo.com/video/{want}")),
                "{url}"
            );
        }
    }

    #[test]
    fn anything_else_names_no_video() {
        for (p, url) in [
            // Another host, however it is spelled.
            (
                Provider::YouTube,
                "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
            ),
            (
                Provider::YouTube,
                "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
            ),
            (Provider::YouTube, "https://vimeo.com/76979871"),
            (
                Provider::Vimeo,
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            ),
            (Provider::Vimeo, "https://vimeo.com.evil.example/76979871"),
            // An id that is not one.
            (
                Provider::YouTube,
                "https://www.youtube.com/watch?v=dQw4w9WgXc",
            ),
            (
                Provider::YouTube,
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22",
            ),
            (
                Provider::YouTube,
                "https://www.youtube.com/watch?v=dQw4w9WgX\"Q",
            ),
            (
                Provider::YouTube,
                "https://www.youtube.com/channel/UCabcdefghijk",
            ),
            (Provider::YouTube, "https://www.youtube.com/watch"),
            (Provider::Vimeo, "https://vimeo.com/about"),
            (Provider::Vimeo, "https://vimeo.com/7697987a"),
            (Provider::Vimeo, "https://player.vimeo.com/76979871"),
            (Provider::Vimeo, "mailto:a@vimeo.com"),
            (Provider::Vimeo, "javascript://vimeo.com/%0a1"),
        ] {
            assert_eq!(p.media_id(url), None, "{url}");
        }
        // A key that is not hex is left out, not passed on.
        let m = Provider::Vimeo
            .media_id("https://vimeo.com/76979871/x&autoplay=1")
            .unwrap();
        assert_eq!(m.key, None);
    }

    #[test]
    fn every_name_reads_back() {
        for p in Provider::ALL {
            assert_eq!(Provider::parse(p.name()), Some(p));
        }
        assert_eq!(Provider::parse("dailymotion"), None);
    }
}
