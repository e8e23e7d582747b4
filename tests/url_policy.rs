//! The URL policy over obfuscated forms (`tests/e2e/hostile/strings.json`, the corpus the
//! end-to-end hostile-content test uses too): whatever its case, white space, control or
//! zero-width characters or entity encoding, a URL the validator keeps is one a browser reads
//! as http, https or mailto, in every URL field of a document.

mod common;
use article_embed::core::article::{validate_document, BlockKind, Inline, SpanKind};
use article_embed::core::html::SafeUrl;
use article_embed::core::json::Json;
use common::*;

const URL: &str = "https://example.test/a/article.json";

fn corpus(list: &str) -> Vec<String> {
    let j = json_file(&root().join("tests/e2e/hostile/strings.json"));
    let Some(Json::Array(items)) = j.get(list) else {
        panic!("strings.json has a {list} list")
    };
    items
        .iter()
        .map(|i| match i {
            Json::String(s) => s.clone(),
            other => panic!("not a string: {other:?}"),
        })
        .collect()
}

/// The scheme a browser reads in an `href`/`src` value (WHATWG URL parsing: leading and
/// trailing C0 controls and spaces stripped, tabs and newlines removed anywhere), lowercased;
/// `None` for a relative reference.
fn browser_scheme(value: &str) -> Option<String> {
    let trimmed = value.trim_matches(|c: char| c <= ' ');
    let cleaned: String = trimmed
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (scheme, _) = cleaned.split_once(':')?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then(|| scheme.to_ascii_lowercase())
}

fn assert_safe(field: &str, input: &str, kept: &str) {
    let scheme = browser_scheme(kept);
    assert!(
        matches!(scheme.as_deref(), Some("http" | "https" | "mailto")),
        "{field}: {input:?} was kept as {kept:?}, which a browser reads as {scheme:?}"
    );
}

#[test]
fn the_browser_scheme_check_sees_what_a_browser_sees() {
    assert_eq!(
        browser_scheme(" \u{1}JaVa\tscript:x").as_deref(),
        Some("javascript")
    );
    assert_eq!(
        browser_scheme("https://a.example/").as_deref(),
        Some("https")
    );
    assert_eq!(browser_scheme("&#106;avascript:x"), None);
    assert_eq!(browser_scheme("../img/a.svg"), None);
}

#[test]
fn only_http_https_and_mailto_pass_whatever_the_obfuscation() {
    let urls = corpus("urls");
    assert!(urls.len() >= 30, "{} URLs", urls.len());
    for u in &urls {
        if let Some(kept) = SafeUrl::parse(u) {
            assert_safe("absolute", u, kept.as_str());
        }
        if let Some(kept) = SafeUrl::parse_or_relative(u) {
            if browser_scheme(kept.as_str()).is_some() {
                assert_safe("relative", u, kept.as_str());
            } else {
                assert!(
                    !kept.as_str().starts_with("//") && !kept.as_str().starts_with("\\\\"),
                    "{u:?} kept as a protocol-relative {kept:?}"
                );
            }
        }
    }
    // Each obfuscated javascript:, data: and vbscript: form is refused outright.
    for u in urls.iter().filter(|u| {
        let l = u.to_ascii_lowercase();
        [
            "javascript",
            "data:",
            "vbscript",
            "livescript",
            "file:",
            "blob:",
        ]
        .iter()
        .any(|s| l.contains(s))
            && !l.starts_with("mailto:")
            && !l.starts_with("https://127.0.0.1")
            && !l.contains("&#")
            && !l.contains("&colon;")
            && !l.contains('%')
            && !l.contains('\u{ff1a}')
    }) {
        assert!(SafeUrl::parse_or_relative(u).is_none(), "{u:?} is refused");
    }
}

/// Every URL of the corpus in every URL field of a document: each is dropped or kept as a
/// URL a browser reads as http(s) or mailto, and the document is still shown.
#[test]
fn in_every_url_field_a_bad_url_is_dropped_and_the_article_shown() {
    for u in corpus("urls") {
        let s = serde_json::to_string(&u).expect("a JSON string");
        let text = doc(
            &format!(
                r#""ad": {{ "src": {s}, "width": 300, "height": 250 }},
                "trending": [{{ "title": "T", "url": {s} }}],"#
            ),
            &format!(
                r#"{{ "type": "paragraph", "text": [{{ "a": "link text", "href": {s} }}] }},
                {{ "type": "image", "src": {s}, "alt": "", "width": 1, "height": 1 }}"#
            ),
        )
        .edit(
            r#""url": "https://example.test/a/""#,
            &format!(r#""url": {s}"#),
        )
        .edit(
            r#"{ "name": "EU Reporter" }"#,
            &format!(
                r#"{{ "name": "P", "url": {s}, "follow": [{{ "network": "x", "url": {s} }}] }}"#
            ),
        )
        .edit(
            r#""title": "T", "blocks""#,
            &format!(r#""title": "T", "url": {s}, "blocks""#),
        );
        let v =
            validate_document(&json(&text), URL).unwrap_or_else(|e| panic!("{u:?}: refused {e:?}"));
        let a = &v.value;
        let t = a.translation(&tag("en")).expect("English");
        let mut kept: Vec<(&str, &SafeUrl)> = vec![("url", &a.url)];
        kept.extend(a.publisher.url.iter().map(|x| ("publisher.url", x)));
        kept.extend(a.publisher.follow.iter().map(|f| ("follow", &f.url)));
        kept.extend(a.ad.iter().map(|ad| ("ad", &ad.src)));
        kept.extend(a.trending.iter().map(|l| ("trending", &l.url)));
        kept.extend(t.url.iter().map(|x| ("translation url", x)));
        for b in &t.blocks {
            match &b.kind {
                BlockKind::Image { src, .. } => kept.push(("image", src)),
                BlockKind::Paragraph(text) => {
                    let Inline::Span { kind, children, .. } = &text[0] else {
                        panic!("a run")
                    };
                    assert_eq!(children, &vec![Inline::Text("link text".into())], "{u:?}");
                    if let SpanKind::Link(href) = kind {
                        kept.push(("link", href));
                    }
                }
                _ => {}
            }
        }
        for (field, url) in kept {
            assert_safe(field, &u, url.as_str());
        }
        if SafeUrl::parse(&u).is_none() {
            assert!(
                v.warnings.len() >= 6,
                "{u:?}: each bad URL is warned of: {:?}",
                v.warnings
            );
        }
    }
}
