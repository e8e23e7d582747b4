//! The newsletter's call to action: the format's fields (a sign-up URL through the URL policy,
//! a notice per language), what the widget and the prerendered pages show after the article
//! (a link to the publisher's own page in a new tab, never a field for an address), and the
//! tool's `--newsletter`, written into the published document for the widget to agree.

mod common;
use article_embed::core::article::validate_document;
use article_embed::core::i18n::Catalog;
use article_embed::core::render::{render_article, View, ViewOptions};
use common::*;

const URL: &str = "https://example.test/a/article.json";
const SIGNUP: &str = "https://news.example/newsletter/?from=embed";

/// The minimal document with the publisher's sign-up page and an English notice.
fn with_newsletter(signup: &str, notice: &str) -> String {
    doc("", r#"{ "type": "paragraph", "text": "Hello" }"#)
        .edit(
            r#""publisher": { "name": "EU Reporter" }"#,
            &format!(r#""publisher": {{ "name": "EU Reporter", "newsletter": {signup} }}"#),
        )
        .edit(r#""title": "T","#, &format!(r#""title": "T", {notice}"#))
}

fn warnings(text: &str) -> Vec<String> {
    match validate_document(&json(text), URL) {
        Ok(v) => v.warnings.iter().map(|w| w.to_string()).collect(),
        Err(e) => panic!("refused: {e:?}"),
    }
}

fn rendered(text: &str) -> String {
    let a = validate_document(&json(text), URL).unwrap().value;
    let (ui, options, en) = (Catalog::english(), ViewOptions::default(), tag("en"));
    render_article(&View::new(a.in_language(&en).unwrap(), &ui, &options))
}

#[test]
fn the_sign_up_page_and_notice_are_read_and_bad_ones_dropped_with_their_path() {
    let good = with_newsletter(
        &format!(r#"{{ "url": "{SIGNUP}" }}"#),
        r#""newsletter_notice": "We use your sign-up to send you the news.","#,
    );
    assert_eq!(warnings(&good), Vec::<String>::new());
    let a = validate_document(&json(&good), URL).unwrap().value;
    assert_eq!(a.publisher.newsletter.as_ref().unwrap().as_str(), SIGNUP);
    let en = a.translation(&tag("en")).unwrap();
    assert_eq!(
        en.newsletter_notice.as_deref(),
        Some("We use your sign-up to send you the news.")
    );
    for (signup, path) in [
        (
            r#"{ "url": "javascript:alert(1)" }"#,
            "publisher.newsletter.url",
        ),
        (
            r#"{ "url": "data:text/html,x" }"#,
            "publisher.newsletter.url",
        ),
        (
            r#"{ "href": "https://e.example/" }"#,
            "publisher.newsletter",
        ),
        (r#""https://e.example/""#, "publisher.newsletter"),
    ] {
        let text = with_newsletter(signup, "");
        let w = warnings(&text);
        assert!(!w.is_empty(), "{signup}: dropped with a warning");
        assert!(w.iter().all(|w| w.starts_with(path)), "{signup}: {w:?}");
        assert!(
            !rendered(&text).contains("ae-newsletter"),
            "{signup}: no call to action"
        );
    }
    let bad_notice = with_newsletter(
        &format!(r#"{{ "url": "{SIGNUP}" }}"#),
        r#""newsletter_notice": 7,"#,
    );
    let w = warnings(&bad_notice);
    assert!(
        w.len() == 1 && w[0].starts_with("translations.en.newsletter_notice"),
        "{w:?}"
    );
}

#[test]
fn the_widget_shows_a_link_after_the_article_and_never_a_field() {
    let html = rendered(&with_newsletter(
        &format!(r#"{{ "url": "{SIGNUP}" }}"#),
        r#""newsletter_notice": "We use your sign-up to send you the news.","#,
    ));
    let cta = html
        .find("<aside class=\"ae-newsletter\"")
        .expect("a call to action");
    assert!(html.find(">Hello</p>").unwrap() < cta, "after the article");
    assert!(
        cta < html.find("data-row=\"bottom\"").unwrap(),
        "before the share row"
    );
    let aside = &html[cta..cta + html[cta..].find("</aside>").unwrap()];
    assert!(aside.contains("aria-labelledby=\"ae-newsletter-h\""));
    assert!(aside.contains(
        "<a href=\"https://news.example/newsletter/?from=embed\" class=\"ae-cta\" target=\"_blank\" rel=\"noopener noreferrer\">"
    ), "{aside}");
    assert!(aside.contains("Sign up for \u{2068}EU Reporter\u{2069}’s newsletter"));
    assert!(aside.contains(
        "<p class=\"ae-newsletter-notice\">We use your sign-up to send you the news.</p>"
    ));
    for field in ["<form", "<input", "type=\"email\"", "mailto:"] {
        assert!(!aside.contains(field), "{field}");
    }
    // No sign-up page: nothing; a notice alone is not a call to action.
    let none = rendered(&doc("", r#"{ "type": "paragraph", "text": "Hello" }"#));
    assert!(!none.contains("ae-newsletter"));
}

#[test]
fn the_seed_shows_its_danish_notice_as_the_publisher_wrote_it() {
    let a = load_fixture("eu-kazakhstan-closer-ties");
    let seed = std::fs::read_to_string(
        root().join("tests/fixtures/source/eu-kazakhstan-closer-ties.da.txt"),
    )
    .unwrap();
    let line = seed
        .lines()
        .find(|l| l.starts_with("Vi bruger din tilmelding"))
        .unwrap();
    let da = a.translation(&tag("da")).unwrap();
    assert_eq!(da.newsletter_notice.as_deref(), Some(line));
    // English has none: no notice is borrowed from another language.
    assert_eq!(a.translation(&tag("en")).unwrap().newsletter_notice, None);
}

#[test]
fn publish_writes_the_sign_up_page_into_the_document_and_the_pages() {
    let dir = scratch("newsletter", "publish");
    let input = write_file(
        &dir.join("in"),
        "article.json",
        &doc("", r#"{ "type": "paragraph", "text": "Hello" }"#),
    );
    let out = dir.join("out");
    let (code, _, err) = tool(&[
        "publish",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--base",
        "https://cdn.example/a/",
        "--newsletter",
        SIGNUP,
    ]);
    assert_eq!(code, 0, "{err}");
    // The published document names it, so the hydrated widget shows what the pages show.
    let published = load_whole(&out.join("article.json"), "https://cdn.example/a/");
    assert_eq!(
        published.publisher.newsletter.as_ref().unwrap().as_str(),
        SIGNUP
    );
    for page in ["snippet/en.html", "embed/en.html"] {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        assert!(
            html.contains("class=\"ae-cta\"")
                && html.contains("https://news.example/newsletter/?from=embed"),
            "{page}"
        );
    }
    // render takes it too.
    let (code, snippet, err) = tool(&[
        "render",
        input.to_str().unwrap(),
        "--lang",
        "en",
        "--newsletter",
        SIGNUP,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(snippet.contains("class=\"ae-cta\""));
    // A sign-up page that is not http or https: refused on one line, nothing written.
    let refused = dir.join("refused");
    for bad in [
        "javascript:alert(1)",
        "mailto:news@example.test",
        "/newsletter/",
        "https://a b/",
    ] {
        let (code, out, err) = tool(&[
            "publish",
            input.to_str().unwrap(),
            "--out",
            refused.to_str().unwrap(),
            "--base",
            "https://cdn.example/a/",
            &format!("--newsletter={bad}"),
        ]);
        assert_eq!(code, 2, "{bad}");
        assert!(out.is_empty());
        let first = err.lines().next().unwrap_or_default();
        assert!(
            first.contains("--newsletter") && first.contains("not an http or https URL"),
            "{err}"
        );
        assert!(!refused.exists(), "{bad}: nothing written");
    }
}
