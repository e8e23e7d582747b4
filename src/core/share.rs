//! Share targets and the links they open. Plain links, built here: no third-party script,
//! image or request happens before the reader clicks.

use crate::core::html::SafeUrl;
use crate::core::text::cut;
use crate::core::url::encode_component;

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
    /// Email (mailto:)
    Email,
    /// Copy the link to the clipboard.
    Copy,
}

impl ShareTarget {
    /// The default set and order.
    pub const DEFAULT: [ShareTarget; 9] = [
        ShareTarget::Native,
        ShareTarget::Facebook,
        ShareTarget::X,
        ShareTarget::LinkedIn,
        ShareTarget::WhatsApp,
        ShareTarget::Telegram,
        ShareTarget::Reddit,
        ShareTarget::Email,
        ShareTarget::Copy,
    ];

    /// Parses a name as written in the `share` attribute.
    pub fn parse(s: &str) -> Option<ShareTarget> {
        ShareTarget::DEFAULT.into_iter().find(|t| t.id() == s)
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

/// The link a target opens, or `None` for targets that run in the page (native, copy).
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
        ShareTarget::Email => format!("mailto:?subject={t}&body={u}"),
        ShareTarget::Native | ShareTarget::Copy => return None,
    };
    Some(SafeUrl::built(link))
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
        assert_eq!(link(ShareTarget::Native), "", "runs in the page");
        assert_eq!(link(ShareTarget::Copy), "", "runs in the page");
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
