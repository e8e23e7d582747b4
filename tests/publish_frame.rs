//! The frame script in `publish`'s embed and card pages: there once, in the head, the same
//! constant bytes on every page, with nothing of the article inside it however hostile the
//! document; and the `<link rel="alternate" hreflang>` siblings an app's language message uses.

mod common;
use article_embed::publish::page::frame_js;
use common::*;
use std::path::Path;

fn publish(input: &Path, out: &Path) {
    let (code, err) = run_publish(input, out, "https://cdn.example/news/");
    assert_eq!(code, 0, "{err}");
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The text of every script `html` runs: each `<script>` element but the JSON-LD data block
/// (`type="application/ld+json"`, never run; `tests/publish_meta.rs` reads it).
fn scripts(html: &str) -> Vec<&str> {
    html.split("<script")
        .skip(1)
        .filter(|rest| !rest.starts_with(r#" type="application/ld+json">"#))
        .map(|rest| {
            let body = &rest[rest.find('>').expect("a start tag") + 1..];
            &body[..body.find("</script").expect("an end tag")]
        })
        .collect()
}

#[test]
fn the_frame_script_cannot_close_itself_or_open_a_comment() {
    let lower = frame_js().to_ascii_lowercase();
    for bad in ["</script", "<!--", "<script"] {
        assert!(!lower.contains(bad), "{bad}");
    }
    assert!(frame_js().contains("ResizeObserver"));
    // Shipped without whole-line comments, the legal comment kept.
    assert!(frame_js().starts_with("/*! article-embed frame */\n"));
    assert!(!frame_js().lines().any(|l| l.starts_with("//")));
    assert!(frame_js().len() < 4600, "{} bytes", frame_js().len());
}

#[test]
fn embed_and_card_pages_carry_the_frame_script_once_in_the_head_and_list_their_siblings() {
    let out = scratch("publish_frame", "siblings");
    publish(&root().join("www/articles/eu-kazakhstan-closer-ties"), &out);
    for kind in ["embed", "card"] {
        for lang in ["en", "da", "ar", "sw"] {
            let page = read(&out, &format!("{kind}/{lang}.html"));
            assert_eq!(scripts(&page), [frame_js()], "{kind}/{lang}");
            let head = &page[..page.find("</head>").expect("a head")];
            assert!(head.contains("<script>"), "{kind}/{lang}: in the head");
            for other in ["en", "da", "ar", "sw"] {
                let link =
                    format!("<link rel=\"alternate\" hreflang=\"{other}\" href=\"{other}.html\">");
                assert_eq!(
                    head.contains(&link),
                    other != lang,
                    "{kind}/{lang} → {other}"
                );
            }
        }
    }
    let snippet = read(&out, "snippet/da.html");
    assert!(
        scripts(&snippet).is_empty(),
        "the snippet stays script-free"
    );
}

#[test]
fn a_hostile_document_never_reaches_the_script() {
    let dir = scratch("publish_frame", "hostile");
    let text = doc(
        "",
        r#"{ "type": "paragraph", "text": "</style><script>alert(2)</script><!--" }"#,
    )
    .edit("EU Reporter", "P</script><script>x()</script>")
    .edit(
        r#""title": "T""#,
        r#""title": "</title><script>alert(1)</script>""#,
    );
    write_file(&dir.join("in"), "article.json", &text);
    let out = dir.join("out");
    publish(&dir.join("in"), &out);
    for name in ["embed/en.html", "card/en.html"] {
        let page = read(&out, name);
        assert_eq!(scripts(&page), [frame_js()], "{name}");
        assert!(!page.contains("<script>alert"), "{name}: escaped");
        assert!(
            page.contains("&lt;/script&gt;"),
            "{name}: the text is there, escaped"
        );
    }
}
