//! The media blocks: a third party's player behind a facade, a quoted social media post, the
//! publisher's own video and audio, and galleries.

use super::inline::Inline;
use super::provider::{MediaId, Provider};
use super::DateTime;
use crate::core::html::SafeUrl;
use crate::core::lang::LangTag;

/// A third party's video or audio. The widget shows a facade (title, provider, caption, a link
/// to the original) and builds the player's URL itself from the provider's table, only after
/// the reader's click and consent; never from a URL in the document.
#[derive(Debug, Clone)]
pub struct Embed {
    /// Whose player.
    pub provider: Provider,
    /// The original page (`https://www.youtube.com/watch?v=…`), linked from the facade.
    pub url: SafeUrl,
    /// What the provider's rules read from `url`.
    pub media: MediaId,
    /// The video's title.
    pub title: Option<String>,
    /// Caption.
    pub caption: Option<Vec<Inline>>,
    /// A still the publisher hosts (first party: no request to the provider).
    pub poster: Option<SafeUrl>,
    /// Width and height, for the player's aspect ratio (16:9 when absent).
    pub size: Option<(u32, u32)>,
}

/// A quoted post of a social network, shown as a quotation with its attribution and a link.
/// The network's own embed (its script) is never loaded.
#[derive(Debug, Clone)]
pub struct Post {
    /// Where it was posted.
    pub network: PostNetwork,
    /// The post's address.
    pub url: SafeUrl,
    /// The author's name.
    pub author: String,
    /// The author's handle (`@eu_council`, `@user@mastodon.social`).
    pub handle: Option<String>,
    /// When it was posted: a date, or a date-time with zone.
    pub date: Option<DateTime>,
    /// What it says.
    pub text: Vec<Inline>,
    /// A description of its picture or video, which is not shown itself.
    pub media: Option<String>,
}

/// Networks whose posts can be quoted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostNetwork {
    /// X (Twitter)
    X,
    /// Bluesky
    Bluesky,
    /// Mastodon (any server)
    Mastodon,
    /// Threads
    Threads,
    /// Instagram
    Instagram,
}

impl PostNetwork {
    /// Reads the format's name.
    pub fn parse(s: &str) -> Option<PostNetwork> {
        Some(match s {
            "x" => PostNetwork::X,
            "bluesky" => PostNetwork::Bluesky,
            "mastodon" => PostNetwork::Mastodon,
            "threads" => PostNetwork::Threads,
            "instagram" => PostNetwork::Instagram,
            _ => return None,
        })
    }

    /// The format's name.
    pub fn name(self) -> &'static str {
        match self {
            PostNetwork::X => "x",
            PostNetwork::Bluesky => "bluesky",
            PostNetwork::Mastodon => "mastodon",
            PostNetwork::Threads => "threads",
            PostNetwork::Instagram => "instagram",
        }
    }

    /// The brand name, shown to readers (not translated).
    pub fn label(self) -> &'static str {
        match self {
            PostNetwork::X => "X",
            PostNetwork::Bluesky => "Bluesky",
            PostNetwork::Mastodon => "Mastodon",
            PostNetwork::Threads => "Threads",
            PostNetwork::Instagram => "Instagram",
        }
    }
}

/// The publisher's own video: played by the browser, loading nothing before the reader plays
/// it but its poster.
#[derive(Debug, Clone)]
pub struct Video {
    /// The file (first party).
    pub src: SafeUrl,
    /// A still (first party).
    pub poster: Option<SafeUrl>,
    /// Width and height in CSS px.
    pub size: Option<(u32, u32)>,
    /// Caption.
    pub caption: Option<Vec<Inline>>,
    /// Text tracks.
    pub tracks: Vec<Track>,
}

/// A text track of a video.
#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    /// The WebVTT file (first party).
    pub src: SafeUrl,
    /// Its language.
    pub srclang: LangTag,
    /// Its name in the player's menu.
    pub label: String,
    /// What it holds.
    pub kind: TrackKind,
}

/// What a text track holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrackKind {
    /// A translation of the dialogue.
    Subtitles,
    /// The dialogue and sounds, for readers who do not hear them.
    Captions,
    /// A description of what is seen, for readers who do not see it.
    Descriptions,
}

impl TrackKind {
    /// Reads the format's name (HTML's).
    pub fn parse(s: &str) -> Option<TrackKind> {
        Some(match s {
            "subtitles" => TrackKind::Subtitles,
            "captions" => TrackKind::Captions,
            "descriptions" => TrackKind::Descriptions,
            _ => return None,
        })
    }

    /// The format's name (HTML's).
    pub fn name(self) -> &'static str {
        match self {
            TrackKind::Subtitles => "subtitles",
            TrackKind::Captions => "captions",
            TrackKind::Descriptions => "descriptions",
        }
    }
}

/// The publisher's own audio.
#[derive(Debug, Clone)]
pub struct Audio {
    /// The file (first party).
    pub src: SafeUrl,
    /// Caption.
    pub caption: Option<Vec<Inline>>,
}

/// Images in a grid.
#[derive(Debug, Clone)]
pub struct Gallery {
    /// The images, at least one.
    pub images: Vec<Figure>,
    /// A caption for the whole gallery.
    pub caption: Option<Vec<Inline>>,
}

/// An image of a gallery: what an image block holds.
#[derive(Debug, Clone)]
pub struct Figure {
    /// Resolved URL.
    pub src: SafeUrl,
    /// Alternative text, empty for decorative images.
    pub alt: String,
    /// Width in CSS px.
    pub width: u32,
    /// Height in CSS px.
    pub height: u32,
    /// Caption.
    pub caption: Option<Vec<Inline>>,
}
