//! `article-embed render`: the prerendered snippet (a declarative shadow root with the widget's
//! styles and the whole article, a light-DOM fallback link, no script and no control that
//! needs one), its language, its URLs, the same bytes every run, and one line per bad input.

mod common;
use common::*;
use std::path::{Path, PathBuf};

const BASE: &str = "https://cdn.example/articles/eu-kazakhstan-closer-ties/";

fn fixture(name: &str) -> PathBuf {
    root().join("www/articles").join(name).join("article.json")
}

fn render(doc: &Path, lang: &str, base: Option<&str>) -> String {
    let doc = doc.to_str().unwrap();
    let mut args = vec!["render", doc, "--lang", lang];
    if let Some(b) = base {
        args.extend(["--base", b]);
    }
    let (code, out, err) = tool(&args);
    assert_eq!(code, 0, "render {doc} --lang {lang}: {err}");
    out
}

/// The markup without the text of its `<style>` elements.
fn without_styles(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find("<style>") {
        out.push_str(&rest[..i]);
        let end = rest[i..].find("</style>").expect("style closes") + i;
        rest = &rest[end + "</style>".len()..];
    }
    out.push_str(rest);
    out
}

/// Whether a start tag carries an `on…=` attribute.
fn has_handler(html: &str) -> bool {
    html.split('<').skip(1).any(|tag| {
        let tag = tag.split('>').next().unwrap_or("");
        tag.split_whitespace()
            .skip(1)
            .any(|a| a.to_ascii_lowercase().starts_with("on") && a.contains('='))
    })
}

fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

#[test]
fn the_snippet_is_a_declarative_shadow_root_with_styles_article_and_fallback() {
    let html = render(&fixture("eu-kazakhstan-closer-ties"), "da", Some(BASE));
    let host = format!(
        "<article-embed src=\"{BASE}article.json\" lang=\"da\" dir=\"ltr\" data-prerendered=\"\">"
    );
    assert!(html.starts_with(&host), "{}", &html[..200]);
    assert!(html.ends_with("</article-embed>\n"));
    assert_eq!(count(&html, "<template shadowrootmode=\"open\">"), 1);
    let (shadow, light) = html.split_once("</template>").expect("the template closes");
    // The widget's own stylesheet, sized in its own rem, inside the shadow root, before the
    // article; the `@property` that sizes it, in the light DOM before the template.
    let (before, shadow) = shadow.split_once("<template").unwrap();
    assert!(before.contains("<style>@property --ae-rem{"), "{before}");
    let style = shadow.find("<style>").expect("a style element");
    let css = std::fs::read_to_string(root().join("www/widget.css")).unwrap();
    let sized = article_embed::publish::css::root_sized(css.trim());
    assert!(
        shadow.contains(&sized),
        "the widget's styles are in the template"
    );
    assert!(!shadow.contains("1rem"), "no rem of the host page's");
    let article = shadow
        .find("<article class=\"ae\" lang=\"da\"")
        .expect("the article");
    assert!(style < article);
    // The whole article: every body block of the Danish translation, localized chrome.
    let t = load_fixture("eu-kazakhstan-closer-ties");
    let da = t.translation(&tag("da")).unwrap();
    for b in &da.blocks {
        if matches!(b.kind, article_embed::core::article::BlockKind::Ad) {
            continue;
        }
        if let Some(id) = &b.id {
            assert!(shadow.contains(&format!("data-block=\"{id}\"")), "{id}");
        }
    }
    assert!(
        shadow.contains("21. juni 2022"),
        "the date in Danish, from CLDR data"
    );
    // The fallback link, in the light DOM, to the Danish page.
    let page = da.url.as_ref().unwrap().as_str();
    assert!(
        light.starts_with(&format!("<a href=\"{page}\">")),
        "{light}"
    );
    assert_eq!(
        count(light, "<"),
        3,
        "only the link and the host's end tag: {light}"
    );
}

#[test]
fn right_to_left_languages_are_marked_on_the_host_and_the_article() {
    let html = render(&fixture("eu-kazakhstan-closer-ties"), "ar", Some(BASE));
    assert!(html.contains("lang=\"ar\" dir=\"rtl\" data-prerendered"));
    assert!(html.contains("<article class=\"ae\" lang=\"ar\" dir=\"rtl\""));
}

#[test]
fn nothing_in_the_snippet_needs_script() {
    for (name, lang) in [
        ("eu-kazakhstan-closer-ties", "en"),
        ("eu-kazakhstan-closer-ties", "sw"),
        ("eu-kazakhstan-relations", "sw"),
    ] {
        let html = without_styles(&render(&fixture(name), lang, Some(BASE)));
        for dead in ["<script", "<button", "<input", "<iframe", "javascript:"] {
            assert!(!html.contains(dead), "{name} {lang}: {dead}");
        }
        assert!(
            !has_handler(&html),
            "{name} {lang}: an event handler attribute"
        );
        // No consent banner, no privacy control, no ad slot; share links are plain links.
        for absent in ["ae-consent", "ae-privacy", "class=\"ae-ad", "data-copied"] {
            assert!(!html.contains(absent), "{name} {lang}: {absent}");
        }
        assert!(html.contains("href=\"https://www.facebook.com/sharer"));
        assert!(html.contains("href=\"mailto:?"));
        // The language switcher is a native disclosure of links to each language's page.
        assert!(html.contains("<details class=\"ae-lang\"><summary class=\"ae-lang-btn\">"));
        let article = load_fixture(name);
        for l in &article.languages {
            let t = article.translation(l).unwrap();
            let href = t.url.as_ref().unwrap_or(&article.url).as_str();
            assert!(
                html.contains(&format!("href=\"{href}\" hreflang=\"{l}\"")),
                "{name} {lang}: link to {l}"
            );
        }
        // Images load lazily, their sizes declared.
        for img in html.split("<img ").skip(1) {
            let tag = &img[..img.find('>').unwrap()];
            for a in ["width=\"", "height=\"", "loading=\"lazy\""] {
                assert!(tag.contains(a), "{name} {lang}: {tag}");
            }
        }
    }
}

#[test]
fn many_languages_get_no_filter_box_without_script() {
    let doc = root().join("tests/e2e/pages/many/article.json");
    let html = render(&doc, "en", Some("https://cdn.example/many/"));
    assert_eq!(count(&html, "hreflang="), 12, "every language is a link");
    assert!(!html.contains("class=\"ae-lang-filter\""));
}

#[test]
fn without_a_base_the_urls_stay_relative() {
    let html = render(&fixture("eu-kazakhstan-closer-ties"), "en", None);
    assert!(html.starts_with("<article-embed src=\"article.json\" lang=\"en\""));
    assert!(
        html.contains("src=\"../img/council-map.svg\""),
        "as written"
    );
    let html = render(&fixture("eu-kazakhstan-closer-ties"), "en", Some(BASE));
    assert!(html.contains("src=\"https://cdn.example/articles/img/council-map.svg\""));
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let doc = fixture("eu-kazakhstan-closer-ties");
    assert_eq!(
        render(&doc, "sw", Some(BASE)),
        render(&doc, "sw", Some(BASE))
    );
}

#[test]
fn document_text_is_escaped_in_the_snippet() {
    let text = doc(
        "",
        r#"{ "type": "paragraph", "text": "<img src=x onerror=alert(1)> & </article-embed>" }"#,
    )
    .edit("EU Reporter", "P</style><script>x()</script>")
    .edit(
        r#""title": "T""#,
        r#""title": "</template><script>alert(1)</script>""#,
    );
    let doc = write_file(&scratch("publish", "escaped"), "article.json", &text);
    let html = render(&doc, "en", None);
    assert!(!html.contains("<script"));
    assert!(!html.contains("<img src=x"));
    assert_eq!(count(&html, "</template>"), 1);
    assert_eq!(count(&html, "</article-embed>"), 1);
    assert!(html.contains("&lt;/template&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn bad_input_is_one_line_naming_the_input_and_the_cause() {
    let dir = scratch("publish", "bad");
    let missing = dir.join("absent.json");
    let not_json = write_file(&dir, "not-json.json", "{ nope");
    let refused = write_file(&dir, "refused.json", r#"{ "format": "article-embed/9" }"#);
    let no_da = fixture("eu-kazakhstan-relations");
    let cases: Vec<(Vec<String>, String, &str)> = vec![
        (
            vec![missing.display().to_string()],
            missing.display().to_string(),
            "No such file",
        ),
        (
            vec![not_json.display().to_string()],
            not_json.display().to_string(),
            "not JSON",
        ),
        (
            vec![refused.display().to_string()],
            refused.display().to_string(),
            "refused",
        ),
        (
            vec![no_da.display().to_string(), "--lang".into(), "da".into()],
            no_da.display().to_string(),
            "no language \"da\"",
        ),
        (
            vec![
                no_da.display().to_string(),
                "--base".into(),
                "javascript:alert(1)".into(),
            ],
            "--base".into(),
            "absolute http(s) URL",
        ),
    ];
    for (args, input, cause) in cases {
        let mut full = vec!["render".to_owned()];
        full.extend(args);
        if !full.iter().any(|a| a == "--lang") {
            full.extend(["--lang".to_owned(), "en".to_owned()]);
        }
        let refs: Vec<&str> = full.iter().map(String::as_str).collect();
        let (code, out, err) = tool(&refs);
        assert_ne!(code, 0, "{full:?}");
        assert!(out.is_empty(), "{full:?}: nothing on stdout");
        assert_eq!(err.lines().count(), 1, "{full:?}: {err}");
        assert!(
            err.contains(&input) && err.contains(cause),
            "{full:?}: {err}"
        );
    }
}
