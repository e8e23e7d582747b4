//! Share targets and the links they open. Plain links, built here: no third-party script,
//! image or request happens before the reader clicks. Mastodon has no central host: its link
//! needs the reader's own server ([`server`]), asked for in the widget.

pub mod server;

use crate::core::html::SafeUrl;
use crate::core::text::{char_count, cut};
use crate::core::url::encode_component;
use server::ServerName;

/// A place to share to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareTarget {
    /// The platform share sheet (Web Share API), shown only where the browser has it.
    Native,
    /// Facebook
    Facebook,
    /// X (Twitter)
    X,
    /// LinkedIn
    LinkedIn,
    /// WhatsApp
    WhatsApp,
    /// Telegram
    Telegram,
    /// Reddit
    Reddit,
    /// Bluesky (its compose intent)
    Bluesky,
    /// Threads (its post intent); not in the default set
    Threads,
    /// Mastodon: the reader's own server's share page, asked for once (needs script)
    Mastodon,
    /// Email (mailto:)
    Email,
    /// Copy the link to the clipboard.
    Copy,
}

impl ShareTarget {
    /// Every target, in the order of [`ShareTarget::id`].
    pub const ALL: [ShareTarget; 12] = [
        ShareTarget::Native,
        ShareTarget::Facebook,
        ShareTarget::X,
        ShareTarget::LinkedIn,
        ShareTarget::WhatsApp,
        ShareTarget::Telegram,
        ShareTarget::Reddit,
        ShareTarget::Bluesky,
        ShareTarget::Threads,
        ShareTarget::Mastodon,
        ShareTarget::Email,
        ShareTarget::Copy,
    ];

    /// The default set and order: every target but Threads. Bluesky and Mastodon, the open
    /// networks many European newsrooms and institutions post on now, stand after the older
    /// networks; Threads, a second Meta network beside Facebook whose intent asks for an
    /// Instagram login, is the host's choice (`share="…, threads"`).
    pub const DEFAULT: [ShareTarget; 11] = [
        ShareTarget::Native,
        ShareTarget::Facebook,
        ShareTarget::X,
        ShareTarget::LinkedIn,
        ShareTarget::WhatsApp,
        ShareTarget::Telegram,
        ShareTarget::Reddit,
        ShareTarget::Bluesky,
        ShareTarget::Mastodon,
        ShareTarget::Email,
        ShareTarget::Copy,
    ];

    /// Parses a name as written in the `share` attribute.
    pub fn parse(s: &str) -> Option<ShareTarget> {
        ShareTarget::ALL.into_iter().find(|t| t.id() == s)
    }

    /// Whether the target needs script in the page (the share sheet, the clipboard, Mastodon's
    /// server field): a prerendered page leaves it out.
    pub fn needs_script(self) -> bool {
        matches!(
            self,
            ShareTarget::Native | ShareTarget::Copy | ShareTarget::Mastodon
        )
    }

    /// The id used in attributes, events and `data-share`.
    pub fn id(self) -> &'static str {
        match self {
            ShareTarget::Native => "native",
            ShareTarget::Facebook => "facebook",
            ShareTarget::X => "x",
            ShareTarget::LinkedIn => "linkedin",
            ShareTarget::WhatsApp => "whatsapp",
            ShareTarget::Telegram => "telegram",
            ShareTarget::Reddit => "reddit",
            ShareTarget::Bluesky => "bluesky",
            ShareTarget::Threads => "threads",
            ShareTarget::Mastodon => "mastodon",
            ShareTarget::Email => "email",
            ShareTarget::Copy => "copy",
        }
    }

    /// The brand name, for "Share on …".
    pub fn brand(self) -> &'static str {
        match self {
            ShareTarget::Facebook => "Facebook",
            ShareTarget::X => "X",
            ShareTarget::LinkedIn => "LinkedIn",
            ShareTarget::WhatsApp => "WhatsApp",
            ShareTarget::Telegram => "Telegram",
            ShareTarget::Reddit => "Reddit",
            ShareTarget::Bluesky => "Bluesky",
            ShareTarget::Threads => "Threads",
            ShareTarget::Mastodon => "Mastodon",
            ShareTarget::Native | ShareTarget::Email | ShareTarget::Copy => "",
        }
    }

    /// Parses a comma- or space-separated list (`"x, email, copy"`); unknown names are
    /// skipped, duplicates dropped. An empty result means the default set.
    pub fn parse_list(s: &str) -> Vec<ShareTarget> {
        let mut out = Vec::new();
        for t in s
            .split([',', ' '])
            .filter_map(|w| ShareTarget::parse(w.trim()))
        {
            if !out.contains(&t) {
                out.push(t);
            }
        }
        if out.is_empty() {
            ShareTarget::DEFAULT.to_vec()
        } else {
            out
        }
    }
}

/// What is shared.
#[derive(Debug, Clone)]
pub struct Shared<'a> {
    /// The article URL for the current language, with the host's parameters added.
    pub url: &'a str,
    /// The title in the current language.
    pub title: &'a str,
}

/// Adds the host's tracking parameters (`utm_*` and the like) to a URL, before its fragment.
pub fn with_params(url: &str, params: &[(String, String)]) -> String {
    if params.is_empty() {
        return url.to_owned();
    }
    let (base, frag) = match url.find('#') {
        Some(i) => (cut(url, ..i), cut(url, i..)),
        None => (url, ""),
    };
    let mut out = base.to_owned();
    let mut sep = if base.contains('?') { '&' } else { '?' };
    if base.ends_with('?') || base.ends_with('&') {
        sep = '\0';
    }
    for (k, v) in params {
        if sep != '\0' {
            out.push(sep);
        }
        sep = '&';
        out.push_str(&encode_component(k));
        out.push('=');
        out.push_str(&encode_component(v));
    }
    out.push_str(frag);
    out
}

/// Bluesky's limit on a post, in grapheme clusters.
pub const BLUESKY_MAX: usize = 300;

/// The text of a Bluesky post: the title, a space and the URL, the title cut (with `…`) so
/// that the whole fits [`BLUESKY_MAX`]. Counted in characters, which are never fewer than
/// grapheme clusters, so what fits here fits there; a URL too long for any title goes alone.
fn bluesky_text(s: &Shared<'_>) -> String {
    let url_len = char_count(s.url);
    let room = BLUESKY_MAX.saturating_sub(url_len + 1);
    let title_len = char_count(s.title);
    if room < 2 {
        return s.url.to_owned();
    }
    let mut text = String::new();
    if title_len <= room {
        text.push_str(s.title);
    } else {
        text.extend(s.title.chars().take(room - 1));
        text.push('…');
    }
    text.push(' ');
    text.push_str(s.url);
    text
}

/// The link a target opens, or `None` for targets that run in the page (native, copy, and
/// Mastodon until its server is known: [`mastodon_link`]).
pub fn share_link(target: ShareTarget, s: &Shared<'_>) -> Option<SafeUrl> {
    let u = encode_component(s.url);
    let t = encode_component(s.title);
    let link = match target {
        ShareTarget::Facebook => format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
        ShareTarget::X => format!("https://x.com/intent/post?url={u}&text={t}"),
        ShareTarget::LinkedIn => format!("https://www.linkedin.com/sharing/share-offsite/?url={u}"),
        ShareTarget::WhatsApp => format!("https://wa.me/?text={t}%20{u}"),
        ShareTarget::Telegram => format!("https://t.me/share/url?url={u}&text={t}"),
        ShareTarget::Reddit => format!("https://www.reddit.com/submit?url={u}&title={t}"),
        ShareTarget::Bluesky => format!(
            "https://bsky.app/intent/compose?text={}",
            encode_component(&bluesky_text(s))
        ),
        ShareTarget::Threads => format!("https://www.threads.com/intent/post?text={t}&url={u}"),
        ShareTarget::Email => format!("mailto:?subject={t}&body={u}"),
        ShareTarget::Native | ShareTarget::Copy | ShareTarget::Mastodon => return None,
    };
    Some(SafeUrl::built(link))
}

/// The share page of the reader's Mastodon server, with the title and URL as the post's text
/// (`text` alone, which every Mastodon version and the servers that copy its share page read).
pub fn mastodon_link(server: &ServerName, s: &Shared<'_>) -> SafeUrl {
    SafeUrl::built(format!(
        "https://{}/share?text={}%20{}",
        server.as_str(),
        encode_component(s.title),
        encode_component(s.url)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_go_before_the_fragment_and_are_encoded() {
        let p = vec![("utm_source".to_owned(), "blog & co".to_owned())];
        assert_eq!(
            with_params("https://a.example/x?y=1#top", &p),
            "https://a.example/x?y=1&utm_source=blog%20%26%20co#top"
        );
        assert_eq!(
            with_params("https://a.example/x", &p),
            "https://a.example/x?utm_source=blog%20%26%20co"
        );
    }

    #[test]
    fn list_parsing_keeps_order_and_falls_back_to_default() {
        assert_eq!(
            ShareTarget::parse_list("email, x copy x"),
            vec![ShareTarget::Email, ShareTarget::X, ShareTarget::Copy]
        );
        assert_eq!(
            ShareTarget::parse_list("myspace"),
            ShareTarget::DEFAULT.to_vec()
        );
    }
}

#[cfg(test)]
mod link_tests {
    use super::*;

    fn link(t: ShareTarget) -> String {
        let s = Shared {
            url: "https://example.test/da/a?id=1&x=y#top",
            title: "EU & Kasakhstan: \"tættere\"? #EU 😀",
        };
        share_link(t, &s)
            .map(|u| u.as_str().to_owned())
            .unwrap_or_default()
    }

    const U: &str = "https%3A%2F%2Fexample.test%2Fda%2Fa%3Fid%3D1%26x%3Dy%23top";
    const T: &str = "EU%20%26%20Kasakhstan%3A%20%22t%C3%A6ttere%22%3F%20%23EU%20%F0%9F%98%80";

    #[test]
    fn every_network_gets_the_encoded_url_and_title() {
        assert_eq!(
            link(ShareTarget::Facebook),
            format!("https://www.facebook.com/sharer/sharer.php?u={U}")
        );
        assert_eq!(
            link(ShareTarget::X),
            format!("https://x.com/intent/post?url={U}&text={T}")
        );
        assert_eq!(
            link(ShareTarget::LinkedIn),
            format!("https://www.linkedin.com/sharing/share-offsite/?url={U}")
        );
        assert_eq!(
            link(ShareTarget::WhatsApp),
            format!("https://wa.me/?text={T}%20{U}")
        );
        assert_eq!(
            link(ShareTarget::Telegram),
            format!("https://t.me/share/url?url={U}&text={T}")
        );
        assert_eq!(
            link(ShareTarget::Reddit),
            format!("https://www.reddit.com/submit?url={U}&title={T}")
        );
        assert_eq!(
            link(ShareTarget::Email),
            format!("mailto:?subject={T}&body={U}")
        );
        assert_eq!(
            link(ShareTarget::Bluesky),
            format!("https://bsky.app/intent/compose?text={T}%20{U}")
        );
        assert_eq!(
            link(ShareTarget::Threads),
            format!("https://www.threads.com/intent/post?text={T}&url={U}")
        );
        assert_eq!(link(ShareTarget::Native), "", "runs in the page");
        assert_eq!(link(ShareTarget::Copy), "", "runs in the page");
        assert_eq!(link(ShareTarget::Mastodon), "", "needs the reader's server");
    }

    #[test]
    fn mastodon_goes_to_the_readers_server() {
        let s = Shared {
            url: "https://example.test/da/a?id=1&x=y#top",
            title: "EU & Kasakhstan: \"tættere\"? #EU 😀",
        };
        let server = ServerName::parse(" Social.Example.ORG. ").unwrap();
        assert_eq!(
            mastodon_link(&server, &s).as_str(),
            format!("https://social.example.org/share?text={T}%20{U}")
        );
    }

    /// The decoded `text` of a Bluesky link.
    fn bluesky_post(title: &str, url: &str) -> String {
        let link = share_link(ShareTarget::Bluesky, &Shared { url, title }).unwrap();
        let q = link.as_str().split_once("?text=").unwrap().1.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < q.len() {
            if q[i] == b'%' {
                let hex = std::str::from_utf8(&q[i + 1..i + 3]).unwrap();
                out.push(u8::from_str_radix(hex, 16).unwrap());
                i += 3;
            } else {
                out.push(q[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_bluesky_post_fits_its_300_graphemes_with_the_whole_url() {
        let url = "https://example.test/a?utm_source=blog";
        assert_eq!(bluesky_post("Short", url), format!("Short {url}"));
        // Exactly at the limit: kept whole.
        let title = "é".repeat(BLUESKY_MAX - 1 - url.len());
        assert_eq!(bluesky_post(&title, url), format!("{title} {url}"));
        // One over: cut, with an ellipsis, to exactly the limit; the URL whole.
        let long = "ж".repeat(BLUESKY_MAX - url.len());
        let post = bluesky_post(&long, url);
        assert_eq!(post.chars().count(), BLUESKY_MAX);
        assert!(post.ends_with(&format!("… {url}")), "{post}");
        // A URL too long for any title is posted alone.
        let huge = format!("https://example.test/{}", "x".repeat(BLUESKY_MAX));
        assert_eq!(bluesky_post("Title", &huge), huge);
    }

    #[test]
    fn every_target_reads_back_and_the_defaults_leave_threads_out() {
        for t in ShareTarget::ALL {
            assert_eq!(ShareTarget::parse(t.id()), Some(t));
        }
        assert!(!ShareTarget::DEFAULT.contains(&ShareTarget::Threads));
        assert_eq!(ShareTarget::DEFAULT.len(), ShareTarget::ALL.len() - 1);
        assert_eq!(
            ShareTarget::parse_list("threads, mastodon bluesky"),
            vec![
                ShareTarget::Threads,
                ShareTarget::Mastodon,
                ShareTarget::Bluesky
            ]
        );
    }

    #[test]
    fn arabic_and_kazakh_titles_are_encoded_from_utf8() {
        let s = Shared {
            url: "https://e.test/",
            title: "علاقات «тығыз»",
        };
        let x = share_link(ShareTarget::X, &s).unwrap();
        assert!(x.as_str().ends_with("text=%D8%B9%D9%84%D8%A7%D9%82%D8%A7%D8%AA%20%C2%AB%D1%82%D1%8B%D2%93%D1%8B%D0%B7%C2%BB"));
    }
}
