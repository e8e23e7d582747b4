//! `article-embed publish`: the folder for a static host (documents, snippets, pinned fragments
//! and their embed codes, embed and card pages, oEmbed and its discovery line), the same bytes every run, a folder of many articles,
//! and bad input named on one line while the other articles are still published.

mod common;
use common::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

const BASE: &str = "https://cdn.example/news/";

/// Every file under `dir`, relative path → bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

fn text(files: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(files.get(name).unwrap_or_else(|| panic!("{name}")).clone()).unwrap()
}

/// The fixtures published into this test's own folder.
fn published(test: &str) -> BTreeMap<String, Vec<u8>> {
    let out = scratch("publish_site", test);
    let (code, err) = run_publish(&root().join("www/articles"), &out, BASE);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("3 published, 0 failed"), "{err}");
    tree(&out)
}

#[test]
fn a_folder_of_articles_gives_one_folder_each_with_every_file() {
    let files = published("a_folder_of_articles_gives_one_folder_each_with_every_file");
    let mut expected = Vec::new();
    for (slug, langs, remote) in [
        (
            "eu-kazakhstan-closer-ties",
            vec!["en", "da", "ar", "sw"],
            vec!["da", "ar", "sw"],
        ),
        ("eu-kazakhstan-relations", vec!["en", "sw"], vec!["sw"]),
        (
            "eu-kazakhstan-trade-in-figures",
            vec!["en", "ar"],
            vec!["ar"],
        ),
    ] {
        for f in [
            "article.json",
            "oembed.json",
            "discovery.html",
            "embed-codes.json",
        ] {
            expected.push(format!("{slug}/{f}"));
        }
        for l in remote {
            expected.push(format!("{slug}/{l}.json"));
        }
        for l in langs {
            for kind in ["snippet", "fragment", "embed", "card"] {
                expected.push(format!("{slug}/{kind}/{l}.html"));
            }
        }
    }
    expected.sort();
    let got: Vec<String> = files.keys().cloned().collect();
    assert_eq!(got, expected);
    // The documents and language files as they were.
    for (name, bytes) in &files {
        if name.ends_with(".json")
            && !name.ends_with("oembed.json")
            && !name.ends_with("embed-codes.json")
        {
            let source = root().join("www/articles").join(name);
            assert_eq!(&std::fs::read(source).unwrap(), bytes, "{name}");
        }
    }
}

#[test]
fn no_script_but_the_frame_script_and_each_page_is_what_it_says() {
    let files = published("no_script_but_the_frame_script_and_each_page_is_what_it_says");
    let frame = format!(
        "<script>{}</script>",
        article_embed::publish::page::frame_js()
    );
    for (name, bytes) in &files {
        if name.ends_with(".html") {
            let html = String::from_utf8(bytes.clone()).unwrap();
            // The embed and card pages carry the frame script (tests/publish_frame.rs), once.
            let page = name.contains("/embed/") || name.contains("/card/");
            assert_eq!(html.matches(&frame).count(), usize::from(page), "{name}");
            let html = html.replace(&frame, "");
            // And the JSON-LD data block, never run (tests/publish_meta.rs), once.
            let data = r#"<script type="application/ld+json">"#;
            assert_eq!(html.matches(data).count(), usize::from(page), "{name}");
            let html = html.replace(data, "");
            assert!(!html.contains("<script"), "{name}");
            assert!(!html.contains("javascript:"), "{name}");
        }
    }
    let slug = "eu-kazakhstan-closer-ties";
    let snippet = text(&files, &format!("{slug}/snippet/da.html"));
    assert!(snippet.starts_with(&format!(
        "<article-embed src=\"{BASE}{slug}/article.json\" lang=\"da\""
    )));
    for kind in ["embed", "card"] {
        let page = text(&files, &format!("{slug}/{kind}/ar.html"));
        assert!(
            page.starts_with(
                "<!doctype html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            ),
            "{kind}"
        );
        assert!(
            page.contains("content=\"width=device-width, initial-scale=1, viewport-fit=cover\""),
            "{kind}"
        );
        assert!(
            page.contains("<meta name=\"color-scheme\" content=\"light dark\">"),
            "{kind}"
        );
        assert!(
            page.contains("@media (prefers-color-scheme:dark)"),
            "{kind}"
        );
        assert!(page.contains("env(safe-area-inset-top)"), "{kind}");
        assert!(
            page.contains("<base target=\"_top\">"),
            "{kind}: links leave the frame"
        );
        assert!(
            page.contains("<template shadowrootmode=\"open\"><style>"),
            "{kind}"
        );
    }
    // The embed page holds the same snippet; the card only the beginning of the article.
    let embed = text(&files, &format!("{slug}/embed/da.html"));
    assert!(embed.contains(snippet.trim_end()));
    let card = text(&files, &format!("{slug}/card/da.html"));
    let paragraphs = card.matches("<p data-block=").count();
    assert!(
        (1..=article_embed::core::render::CARD_PARAGRAPHS).contains(&paragraphs),
        "{paragraphs}"
    );
    assert!(!card.contains("data-block=\"p05\""));
    assert_eq!(card.matches("<img ").count(), 1, "the first image");
    assert!(card.contains("class=\"ae-more\""), "read the article");
    assert!(
        card.contains("href=\"https://www.facebook.com/sharer"),
        "share"
    );
    assert!(
        !card.contains("<article-embed "),
        "no element the loader would mount"
    );
}

#[test]
fn oembed_has_every_required_field_and_the_card_frame() {
    let files = published("oembed_has_every_required_field_and_the_card_frame");
    let slug = "eu-kazakhstan-closer-ties";
    let o: Value = serde_json::from_slice(&files[&format!("{slug}/oembed.json")]).unwrap();
    assert_eq!(o["version"], "1.0");
    assert_eq!(o["type"], "rich");
    assert_eq!(
        o["title"],
        "EU and Kazakhstan aim to create \"ever closer\" ties"
    );
    assert_eq!(o["author_name"], "Martin Banks");
    assert_eq!(o["provider_name"], "EU Reporter");
    assert!(o["provider_url"].as_str().unwrap().starts_with("https://"));
    let (w, h) = (o["width"].as_u64().unwrap(), o["height"].as_u64().unwrap());
    assert!(w > 0 && h > 0 && h < 1000, "{w}×{h}");
    assert_eq!(
        o["thumbnail_url"],
        format!("https://cdn.example/news/img/council-map.svg")
    );
    assert!(o["thumbnail_width"].as_u64().unwrap() > 0);
    assert!(o["thumbnail_height"].as_u64().unwrap() > 0);
    // Without an image block, the first picture: here a player's poster, the publisher's own.
    let whole = "eu-kazakhstan-trade-in-figures";
    let o2: Value = serde_json::from_slice(&files[&format!("{whole}/oembed.json")]).unwrap();
    assert_eq!(
        (
            &o2["thumbnail_url"],
            &o2["thumbnail_width"],
            &o2["thumbnail_height"]
        ),
        (
            &Value::from(format!("{BASE}{whole}/media/press-conference.svg")),
            &Value::from(1280),
            &Value::from(720)
        )
    );
    let html = o["html"].as_str().unwrap();
    assert!(html.starts_with(
        "<blockquote class=\"wp-embedded-content\"><a href=\"https://www.eureporter.co/"
    ));
    assert!(html.contains("<iframe class=\"wp-embedded-content\" sandbox="));
    assert!(html.contains(&format!(
        "src=\"{BASE}{slug}/card/en.html\" width=\"{w}\" height=\"{h}\""
    )));
    assert!(html.ends_with("</iframe>"));
    // Discovery: one line for the article page's <head>.
    let line = text(&files, &format!("{slug}/discovery.html"));
    assert_eq!(
        line,
        format!("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{BASE}{slug}/oembed.json\" title=\"EU and Kazakhstan aim to create &quot;ever closer&quot; ties\">\n")
    );
}

#[test]
fn without_an_image_oembed_has_no_thumbnail() {
    let text = doc("", r#"{ "type": "paragraph", "text": "x" }"#).edit(
        r#"{ "name": "EU Reporter" }"#,
        r#"{ "name": "P", "url": "https://example.test/" }"#,
    );
    let input = write_file(
        &scratch("publish_site", "no-image-in"),
        "article.json",
        &text,
    );
    let out = scratch("publish_site", "no-image-out");
    let (code, err) = run_publish(&input, &out, "https://h.example/a");
    assert_eq!(code, 0, "{err}");
    let o: Value =
        serde_json::from_slice(&std::fs::read(out.join("oembed.json")).unwrap()).unwrap();
    assert!(o.get("thumbnail_url").is_none() && o.get("thumbnail_width").is_none());
    assert_eq!(
        o["author_name"], "P",
        "the publisher stands in for a missing author"
    );
    assert!(o["html"]
        .as_str()
        .unwrap()
        .contains("src=\"https://h.example/a/card/en.html\""));
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let a = published("the_same_input_gives_the_same_bytes");
    let out = scratch("publish_site", "again");
    let (code, err) = run_publish(&root().join("www/articles"), &out, BASE);
    assert_eq!(code, 0, "{err}");
    assert!(a == tree(&out), "two runs differ");
}

#[test]
fn a_bad_article_is_named_on_one_line_and_the_others_are_published() {
    let input = scratch("publish_site", "mixed-in");
    let good = input.join("good");
    std::fs::create_dir_all(&good).unwrap();
    for f in ["article.json", "sw.json"] {
        std::fs::copy(
            root().join("www/articles/eu-kazakhstan-relations").join(f),
            good.join(f),
        )
        .unwrap();
    }
    let bad = input.join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    // A document whose translation file is missing: refused whole, nothing written for it.
    let doc =
        std::fs::read_to_string(root().join("www/articles/eu-kazakhstan-relations/article.json"))
            .unwrap();
    std::fs::write(bad.join("article.json"), doc).unwrap();
    let out = scratch("publish_site", "mixed-out");
    let (code, err) = run_publish(&input, &out, BASE);
    assert_ne!(code, 0);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].contains(&bad.join("sw.json").display().to_string()),
        "{err}"
    );
    assert!(lines[1].contains("1 published, 1 failed"), "{err}");
    assert!(!out.join("bad").exists(), "all or nothing");
    assert!(out.join("good/embed/sw.html").is_file());

    for (input, base, cause) in [
        (input.clone(), "ftp://h.example/", "absolute http(s) URL"),
        (
            input.clone(),
            "https://h.example/?q",
            "absolute http(s) URL",
        ),
        (scratch("publish_site", "empty"), BASE, "no article.json"),
        (input.join("absent.json"), BASE, "absent.json"),
    ] {
        let (code, err) = run_publish(&input, &scratch("publish_site", "never"), base);
        assert_ne!(code, 0, "{base} {}", input.display());
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(cause), "{err}");
    }
}
