//! The reader's Mastodon server, as they type it into the widget: a host name and nothing else.
//!
//! What is typed becomes the host of a link the widget opens (`https://<server>/share?…`), so
//! only a bare domain name passes: no scheme (`https://`), no user or handle (`me@`), no port,
//! path, query or fragment, no IP address and no single-label name (`localhost`). Spaces
//! around it and one final dot are dropped and ASCII letters lower-cased, since readers copy
//! names from anywhere.
//!
//! Internationalised names are allowed, typed in Unicode (`äpfel.example`) or in their ASCII
//! form (`xn--pfel-koa.example`): a label holds ASCII letters, digits and `-`, or characters
//! beyond ASCII other than white space, controls, invisible format characters (bidirectional
//! overrides, zero-width marks) and the dots that IDNA reads as `.`. Which of those make a
//! valid name is IDNA's to say (UTS 46), and the browser's URL parser says it: the shell asks
//! it (`new URL`) before it takes a name, so no IDNA tables ship in the widget, and neither do
//! Unicode's case or letter tables (the browser lower-cases what IDNA maps).

use crate::core::text::{char_count, contains};

/// A checked Mastodon server name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerName(String);

/// Why a typed server name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerNameError {
    /// Nothing was typed.
    Empty,
    /// It has a scheme (`https://…`): the name alone is wanted.
    Scheme,
    /// It has a user part or is a handle (`me@server`, `@me@server`).
    UserInfo,
    /// It has a port (`:8080`); the share page is on the default port.
    Port,
    /// It has a path, query or fragment (`/`, `?`, `#`, `\`).
    Path,
    /// A label is empty, too long, starts or ends with `-`, or holds a character that no host
    /// name has (a space, ASCII punctuation, a control or invisible character).
    Label,
    /// It is not a domain name: one label only, or an IP address (its last label is a number).
    NotDomain,
    /// Longer than a domain name can be (253 characters).
    TooLong,
}

/// Longest domain name, in characters.
const MAX_NAME: usize = 253;
/// Longest label, in characters.
const MAX_LABEL: usize = 63;

impl ServerName {
    /// Checks what the reader typed (see the module's rules).
    pub fn parse(typed: &str) -> Result<ServerName, ServerNameError> {
        let s = typed.trim();
        let s = s.strip_suffix('.').unwrap_or(s);
        if s.is_empty() {
            return Err(ServerNameError::Empty);
        }
        if contains(s, "://") || s.starts_with("//") {
            return Err(ServerNameError::Scheme);
        }
        if s.contains('@') {
            return Err(ServerNameError::UserInfo);
        }
        if s.contains(['/', '\\', '?', '#']) {
            return Err(ServerNameError::Path);
        }
        if s.contains(':') {
            return Err(ServerNameError::Port);
        }
        if char_count(s) > MAX_NAME {
            return Err(ServerNameError::TooLong);
        }
        let (mut labels, mut numeric) = (0, false);
        for l in s.split('.') {
            if !label_ok(l) {
                return Err(ServerNameError::Label);
            }
            labels += 1;
            numeric = l.bytes().all(|b| b.is_ascii_digit());
        }
        if labels < 2 || numeric {
            return Err(ServerNameError::NotDomain);
        }
        Ok(ServerName(s.to_ascii_lowercase()))
    }

    /// The name, lower-cased.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A character beyond ASCII that may stand in a label: not white space or a control, not an
/// invisible format character (soft hyphen, zero-width and bidirectional marks and overrides,
/// the byte-order mark) nor a dot IDNA maps to `.` (ideographic, full-width, half-width).
fn beyond_ascii_ok(c: char) -> bool {
    !c.is_ascii()
        && !c.is_whitespace()
        && !c.is_control()
        && !matches!(
            c,
            '\u{ad}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
                | '\u{3002}'
                | '\u{ff0e}'
                | '\u{ff61}'
        )
}

fn label_ok(l: &str) -> bool {
    let n = char_count(l);
    (1..=MAX_LABEL).contains(&n)
        && !l.starts_with('-')
        && !l.ends_with('-')
        && l.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || beyond_ascii_ok(c))
}

#[cfg(test)]
mod tests {
    use super::ServerNameError::*;
    use super::*;

    fn parsed(s: &str) -> Result<String, ServerNameError> {
        ServerName::parse(s).map(|n| n.as_str().to_owned())
    }

    #[test]
    fn a_bare_domain_name_passes_trimmed_and_lower_cased() {
        assert_eq!(parsed("mastodon.social"), Ok("mastodon.social".into()));
        assert_eq!(parsed("  Mastodon.Social.  "), Ok("mastodon.social".into()));
        assert_eq!(parsed("eupolicy.social"), Ok("eupolicy.social".into()));
        assert_eq!(parsed("a-b.c-d.example"), Ok("a-b.c-d.example".into()));
        assert_eq!(parsed("1337.example"), Ok("1337.example".into()));
        let longest = format!("{}.example", "a".repeat(63));
        assert_eq!(parsed(&longest), Ok(longest.clone()));
    }

    #[test]
    fn internationalised_names_pass_in_either_form() {
        assert_eq!(
            parsed("Äpfel.Example"),
            Ok("Äpfel.example".into()),
            "the browser maps Ä"
        );
        assert_eq!(
            parsed("xn--pfel-koa.example"),
            Ok("xn--pfel-koa.example".into())
        );
        assert_eq!(parsed("مثال.اختبار"), Ok("مثال.اختبار".into()));
        assert_eq!(parsed("пример.рф"), Ok("пример.рф".into()));
    }

    #[test]
    fn anything_but_a_name_is_refused_with_its_reason() {
        for (typed, why) in [
            ("", Empty),
            ("   ", Empty),
            (".", Empty),
            ("https://mastodon.social", Scheme),
            ("HTTP://mastodon.social/", Scheme),
            ("//mastodon.social", Scheme),
            ("javascript://mastodon.social", Scheme),
            ("me@mastodon.social", UserInfo),
            ("@me@mastodon.social", UserInfo),
            ("evil.example@mastodon.social", UserInfo),
            ("mastodon.social:8443", Port),
            ("mastodon.social:", Port),
            ("javascript:alert(1)", Port),
            ("mastodon.social/share", Path),
            ("mastodon.social?x=1", Path),
            ("mastodon.social#x", Path),
            ("mastodon.social\\x", Path),
            ("masto don.social", Label),
            ("mastodon..social", Label),
            ("-mastodon.social", Label),
            ("mastodon-.social", Label),
            ("mastodon.social%2fx", Label),
            ("mastodon.so\u{0}cial", Label),
            ("mastodon.so\u{202e}cial", Label),
            ("mastodon\u{3002}social", Label),
            ("mastodon\u{ff0e}social", Label),
            ("masto\u{200b}don.social", Label),
            ("masto\u{ad}don.social", Label),
            ("mastodon.social\u{feff}", Label),
            ("mastodon.soc\u{3000}ial", Label),
            ("mastodon_social.example", Label),
            ("localhost", NotDomain),
            ("127.0.0.1", NotDomain),
            ("192.168.1.20.", NotDomain),
        ] {
            assert_eq!(parsed(typed), Err(why), "{typed:?}");
        }
        let label = format!("{}.example", "a".repeat(64));
        assert_eq!(parsed(&label), Err(Label));
        let name = ["abcdefghi"; 26].join(".");
        assert_eq!(parsed(&name), Err(TooLong));
    }
}
