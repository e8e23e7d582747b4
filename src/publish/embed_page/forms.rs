//! The forms the "Embed this article" page hands out, their default codes, and the one rule
//! that adds the embedder's options to a code.
//!
//! Every form's code is its default (what `publish` writes elsewhere: the snippet file, the
//! codes of `embed-codes.json`, the article's URL) with the options written in at one place:
//! as attributes of its first tag (`theme="dark"`), as `data-*` attributes of the one-tag
//! script, or as query parameters of the iframe's URL. [`Options::render`] is that rule;
//! `www/embed-page.js` mirrors it for options changed in the browser, and both are held to the
//! same table (`tests/embed-page-codes.json`).

use crate::core::share::ShareTarget;
use crate::core::url::encode_component;

/// A way to put the article in a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// `snippet/<lang>.html`, with the loader beside it for the controls.
    Snippet,
    /// The loader's embed page (`embed.html?article=…`) in an `<iframe>`.
    Iframe,
    /// The element of `embed-codes.json` with its pinned fragment, and the loader.
    Element,
    /// The one-tag script of `embed-codes.json`.
    OneTag,
    /// The article page's URL, for hosts that read its oEmbed discovery line.
    Url,
}

impl Form {
    /// Every form, in the page's order.
    pub const ALL: [Form; 5] = [
        Form::Snippet,
        Form::Iframe,
        Form::Element,
        Form::OneTag,
        Form::Url,
    ];

    /// Its id in the page (`data-form`, the `form` query parameter).
    pub fn id(self) -> &'static str {
        match self {
            Form::Snippet => "snippet",
            Form::Iframe => "iframe",
            Form::Element => "element",
            Form::OneTag => "one-tag",
            Form::Url => "url",
        }
    }

    /// How its code takes the options; `None`: it takes none.
    pub fn syntax(self) -> Option<Syntax> {
        match self {
            Form::Snippet | Form::Element => Some(Syntax::Attr),
            Form::OneTag => Some(Syntax::Data),
            Form::Iframe => Some(Syntax::Query),
            Form::Url => None,
        }
    }

    /// The bench's figure for the form's first paint against the same article as plain HTML,
    /// on the throttled phone (`bench/README.md`, "The latest figures", section 2b, medians of
    /// 7 runs, 2026-12-06): the snippet with the loader beside it; the iframe by
    /// `mode="iframe"`, which frames this same page (after the loader: an upper bound); the
    /// pinned element and one-tag codes as `embed-codes.json` gives them. The oEmbed card has no
    /// figure of its own yet (the host's CMS fetches it first).
    pub fn cost(self) -> Option<&'static str> {
        match self {
            Form::Snippet => Some("1.10×"),
            Form::Iframe => Some("2.29×"),
            Form::Element => Some("1.99×"),
            Form::OneTag => Some("1.96×"),
            Form::Url => None,
        }
    }
}

/// Where a code takes the options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// ` theme="dark"`: attributes of an `<article-embed>`.
    Attr,
    /// ` data-theme="dark"`: attributes of the one-tag script.
    Data,
    /// `&amp;theme=dark`: parameters of a URL already having a query, in an attribute.
    Query,
}

impl Syntax {
    /// Its id in the page (`data-syntax`).
    pub fn id(self) -> &'static str {
        match self {
            Syntax::Attr => "attr",
            Syntax::Data => "data",
            Syntax::Query => "query",
        }
    }
}

/// The theme the embedder picks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// The reader's system setting: no attribute.
    Auto,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// Every theme, in the page's order.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// Its id (the radio's value; the attribute's, but for `auto`).
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The options an embedder sets, read as the page's fields give them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The theme.
    pub theme: Theme,
    /// The share targets in order; `None`: the widget's default set.
    pub share: Option<Vec<ShareTarget>>,
    /// Parameters for shared links (`utm_source=…`), trimmed; empty: none.
    pub share_params: String,
    /// The "Continue reading" height in CSS px.
    pub max_height: Option<u32>,
}

impl Options {
    /// No option set: every code is its default.
    pub fn none() -> Options {
        Options::parse("auto", "", "", "")
    }

    /// Reads the fields as typed: an unknown theme is `auto`; unknown share names are
    /// dropped and the default set is no option; a height that is not a positive whole number
    /// is none.
    pub fn parse(theme: &str, share: &str, params: &str, max_height: &str) -> Options {
        let theme = Theme::ALL
            .into_iter()
            .find(|t| t.id() == theme)
            .unwrap_or(Theme::Auto);
        let share = Some(ShareTarget::parse_list(share)).filter(|s| s[..] != ShareTarget::DEFAULT);
        let max_height = max_height.trim();
        let max_height = if max_height.bytes().all(|b| b.is_ascii_digit()) {
            max_height.parse().ok().filter(|h| *h > 0)
        } else {
            None
        };
        Options {
            theme,
            share,
            share_params: params.trim().to_owned(),
            max_height,
        }
    }

    /// The options as `syntax` writes them, in one order: theme, share, share-params,
    /// max-height; nothing for an option not set.
    pub fn render(&self, syntax: Syntax) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if self.theme != Theme::Auto {
            pairs.push(("theme", self.theme.id().to_owned()));
        }
        if let Some(share) = &self.share {
            let ids: Vec<&str> = share.iter().map(|t| t.id()).collect();
            pairs.push(("share", ids.join(", ")));
        }
        if !self.share_params.is_empty() {
            pairs.push(("share-params", self.share_params.clone()));
        }
        if let Some(h) = self.max_height {
            pairs.push(("max-height", h.to_string()));
        }
        let mut out = String::new();
        for (name, value) in pairs {
            match syntax {
                Syntax::Attr | Syntax::Data => {
                    out.push(' ');
                    if syntax == Syntax::Data {
                        out.push_str("data-");
                    }
                    out.push_str(name);
                    out.push_str("=\"");
                    out.push_str(&escape_attr(&value));
                    out.push('"');
                }
                Syntax::Query => {
                    out.push_str("&amp;");
                    out.push_str(name);
                    out.push('=');
                    out.push_str(&encode_component(&value));
                }
            }
        }
        out
    }
}

/// An attribute value escaped as the core's `Markup` escapes it.
fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// One form's default code, and where the options go into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// The form.
    pub form: Form,
    /// The code with no option set.
    pub text: String,
    /// The byte offset in `text` where [`Options::render`]'s output goes (`None` for a form
    /// that takes no options).
    pub at: Option<usize>,
}

impl Code {
    /// A code whose options go before the `>` of the first tag after `from`.
    pub fn before_first_gt(form: Form, text: String, from: usize) -> Code {
        let at = text[from..].find('>').map(|i| from + i);
        Code { form, text, at }
    }

    /// `at` in UTF-16 code units, as the page's script counts (`data-at`).
    pub fn at_utf16(&self) -> Option<usize> {
        self.at.map(|at| self.text[..at].encode_utf16().count())
    }

    /// The code with `options` written in.
    pub fn with(&self, options: &Options) -> String {
        match (self.at, self.form.syntax()) {
            (Some(at), Some(syntax)) => {
                let mut out = self.text[..at].to_owned();
                out.push_str(&options.render(syntax));
                out.push_str(&self.text[at..]);
                out
            }
            _ => self.text.clone(),
        }
    }
}

/// The origin of an absolute URL (`https://cdn.example`), as a CSP source.
pub fn origin(url: &str) -> &str {
    let start = url.find("://").map_or(0, |i| i + 3);
    let end = url[start..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| start + i);
    &url[..end]
}

/// What a host page's Content-Security-Policy needs for `form`, the loader being at
/// `loader_origin` and the article's folder at `base_origin`: the snippet's styles as
/// `article-embed csp` prints them, the loader's files and the article's, or the frame.
pub fn host_csp(form: Form, loader_origin: &str, base_origin: &str) -> Vec<String> {
    let loader = || {
        let connect = if loader_origin == base_origin {
            loader_origin.to_owned()
        } else {
            format!("{loader_origin} {base_origin}")
        };
        format!("script-src {loader_origin} 'wasm-unsafe-eval'; connect-src {connect}")
    };
    match form {
        Form::Snippet => vec![super::super::csp::sources().snippet, loader()],
        Form::Element | Form::OneTag => vec![loader()],
        Form::Iframe => vec![format!("frame-src {loader_origin}")],
        Form::Url => vec![format!("frame-src {base_origin}")],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_option_writes_nothing_and_each_syntax_writes_its_own() {
        assert_eq!(Options::none().render(Syntax::Attr), "");
        let o = Options::parse("dark", "x, email", "utm_source=a&b=\"c\"", "600");
        assert_eq!(
            o.render(Syntax::Attr),
            " theme=\"dark\" share=\"x, email\" share-params=\"utm_source=a&amp;b=&quot;c&quot;\" max-height=\"600\""
        );
        assert!(o
            .render(Syntax::Data)
            .starts_with(" data-theme=\"dark\" data-share="));
        assert_eq!(
            o.render(Syntax::Query),
            "&amp;theme=dark&amp;share=x%2C%20email&amp;share-params=utm_source%3Da%26b%3D%22c%22&amp;max-height=600"
        );
    }

    #[test]
    fn the_default_share_set_and_bad_heights_are_no_option() {
        let all: Vec<&str> = ShareTarget::DEFAULT.iter().map(|t| t.id()).collect();
        assert_eq!(Options::parse("", &all.join(","), "", "0"), Options::none());
        assert_eq!(Options::parse("blue", "nope", " ", "-5"), Options::none());
        assert_eq!(Options::parse("", "", "", "12px").max_height, None);
    }

    #[test]
    fn an_origin_is_scheme_host_and_port() {
        assert_eq!(origin("https://cdn.example/a/b.js"), "https://cdn.example");
        assert_eq!(origin("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
    }
}
