//! URL helpers without a URL parser: relative resolution and percent-encoding.

use super::text::{self, cut};

/// Resolves a relative reference against an absolute base URL (RFC 3986 §5.2, for the forms
/// the article format allows: absolute URLs, `/path`, `path`, `./`, `../`, `?query`, `#frag`).
/// Returns `rel` unchanged when it is already absolute or the base has no scheme.
pub fn resolve(base: &str, rel: &str) -> String {
    if text::contains(rel, "://") || rel.starts_with("mailto:") {
        return rel.to_owned();
    }
    let Some(scheme_end) = text::find(base, "://") else {
        return rel.to_owned();
    };
    let after_scheme = scheme_end + 3;
    let path_start = cut(base, after_scheme..)
        .find(['/', '?', '#'])
        .map_or(base.len(), |i| after_scheme + i);
    let origin = cut(base, ..path_start);
    let base_no_frag = base.split('#').next().unwrap_or(base);
    if rel.is_empty() {
        return base_no_frag.to_owned();
    }
    if rel.starts_with('#') {
        return format!("{base_no_frag}{rel}");
    }
    let base_path_query = cut(base_no_frag, path_start..);
    let base_path = base_path_query.split('?').next().unwrap_or("");
    if rel.starts_with('?') {
        return format!("{origin}{base_path}{rel}");
    }
    if let Some(stripped) = rel.strip_prefix("//") {
        let scheme = cut(base, ..scheme_end);
        return format!("{scheme}://{stripped}");
    }
    let (rel_path, tail) = match rel.find(['?', '#']) {
        Some(i) => (cut(rel, ..i), cut(rel, i..)),
        None => (rel, ""),
    };
    let merged = if rel_path.starts_with('/') {
        rel_path.to_owned()
    } else {
        let dir = base_path.rfind('/').map_or("/", |i| cut(base_path, ..=i));
        format!("{dir}{rel_path}")
    };
    format!("{origin}{}{tail}", remove_dot_segments(&merged))
}

fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segs: Vec<&str> = path.split('/').collect();
    let last = segs.len().saturating_sub(1);
    for (i, seg) in segs.iter().enumerate() {
        match *seg {
            "." => {
                if i == last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > 1 {
                    out.pop();
                }
                if i == last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let joined = text::join(out, "/");
    if joined.starts_with('/') {
        joined
    } else {
        format!("/{joined}")
    }
}

/// The parts of an absolute `http:` or `https:` URL that a host check needs, split as a browser
/// splits them: the authority ends at `/`, `?`, `#` or `\\`; user info (`user@`) and the port
/// are not the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts<'a> {
    /// The host, lower-cased.
    pub host: String,
    /// The path, from its `/` (or empty).
    pub path: &'a str,
    /// The query, without its `?` (or empty).
    pub query: &'a str,
}

/// Splits an absolute http(s) URL; `None` for any other URL or one without a host.
pub fn parts(url: &str) -> Option<Parts<'_>> {
    let at = text::find(url, "://")?;
    let (scheme, rest) = (cut(url, ..at), cut(url, at + 3..));
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return None;
    }
    let end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
    let authority = cut(rest, ..end);
    // After the last `@` (a byte search: a reverse `str` search costs its own code in wasm).
    let at = authority.bytes().rposition(|b| b == b'@');
    let host_port = at.map_or(authority, |i| cut(authority, i + 1..));
    let host = match host_port.strip_prefix('[') {
        Some(v6) => cut(host_port, ..v6.find(']')? + 2),
        None => host_port.split(':').next().unwrap_or(host_port),
    };
    if host.is_empty() {
        return None;
    }
    let tail = cut(rest, end..);
    let tail = tail.split('#').next().unwrap_or(tail);
    let (path, query) = tail.split_once('?').unwrap_or((tail, ""));
    Some(Parts {
        host: host.to_ascii_lowercase(),
        path,
        query,
    })
}

/// The value of the first `name=` parameter of a query, as written (not decoded).
pub fn query_param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .split('&')
        .find_map(|kv| kv.split_once('=').filter(|(k, _)| *k == name))
        .map(|(_, v)| v)
}

/// Percent-encodes a string for a query value or path segment: everything but the RFC 3986
/// unreserved characters (`A–Z a–z 0–9 - . _ ~`) is encoded from its UTF-8 bytes.
pub fn encode_component(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_like_a_browser() {
        let base = "http://127.0.0.1:8080/articles/a/article.json?v=1#x";
        assert_eq!(
            resolve(base, "da.json"),
            "http://127.0.0.1:8080/articles/a/da.json"
        );
        assert_eq!(
            resolve(base, "../img/m.svg"),
            "http://127.0.0.1:8080/articles/img/m.svg"
        );
        assert_eq!(resolve(base, "/x"), "http://127.0.0.1:8080/x");
        assert_eq!(resolve(base, "//cdn.example/y"), "http://cdn.example/y");
        assert_eq!(resolve(base, "https://e.example/z"), "https://e.example/z");
        assert_eq!(resolve(base, "./"), "http://127.0.0.1:8080/articles/a/");
        assert_eq!(
            resolve(base, "../../../../q?a#b"),
            "http://127.0.0.1:8080/q?a#b"
        );
        assert_eq!(resolve("http://h.example", "a"), "http://h.example/a");
    }

    #[test]
    fn splits_hosts_as_a_browser_does() {
        let p = parts("HTTPS://User:pw@Media.Example.COM:8443/a/b.mp4?x=1&v=2#t").unwrap();
        assert_eq!(
            (p.host.as_str(), p.path, p.query),
            ("media.example.com", "/a/b.mp4", "x=1&v=2")
        );
        assert_eq!(query_param(p.query, "v"), Some("2"));
        assert_eq!(query_param(p.query, "y"), None);
        // What a browser reads as another host is that host here too.
        assert_eq!(
            parts("https://a.example@evil.example/").unwrap().host,
            "evil.example"
        );
        assert_eq!(
            parts("https://a.example\\@evil.example/").unwrap().host,
            "a.example"
        );
        assert_eq!(parts("http://[::1]:80/x").unwrap().host, "[::1]");
        assert_eq!(parts("https://h.example").unwrap().path, "");
        for bad in [
            "mailto:a@b.example",
            "ftp://h.example/",
            "https:///x",
            "/rel",
        ] {
            assert!(parts(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn encodes_utf8_and_reserved_characters() {
        assert_eq!(encode_component("a b&c=d#e?f"), "a%20b%26c%3Dd%23e%3Ff");
        assert_eq!(encode_component("tættere"), "t%C3%A6ttere");
        assert_eq!(encode_component("😀"), "%F0%9F%98%80");
    }
}
