//! Pinned fragments (`publish`'s `fragment/<lang>.html`, `render --fragment`) and the embed
//! codes that pin them (`embed-codes.json`): the fragment is the snippet's shadow content
//! without its `<style>`, byte for byte, in every language of both demo articles; each code
//! carries the fragment's URL and the `sha384` of its bytes; the loader's URL is `--loader`'s,
//! else the one beside the articles' origin; a bad `--loader` is one line and writes nothing.

mod common;
use article_embed::publish::view::PageOptions;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use common::*;
use serde_json::Value;
use sha2::{Digest, Sha384};
use std::path::Path;
use std::process::Command;

const BASE: &str = "https://cdn.example/news/";
const LOADER: &str = "https://static.example/ae/v2/loader.js";
const ARTICLES: [(&str, &[&str]); 2] = [
    ("eu-kazakhstan-closer-ties", &["en", "da", "ar", "sw"]),
    ("eu-kazakhstan-relations", &["en", "sw"]),
];

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Both demo articles published with `more` arguments into this test's own folder.
fn published(test: &str, more: &[&str]) -> std::path::PathBuf {
    let out = scratch("publish_pinned", test);
    let (code, err) = run_publish_with(&root().join("www/articles"), &out, BASE, more);
    assert_eq!(code, 0, "{err}");
    out
}

/// What a snippet's declarative shadow root holds, less its leading `<style>` element.
fn shadow_content_without_style(snippet: &str) -> &str {
    let open = "<template shadowrootmode=\"open\">";
    let start = snippet.find(open).expect("a declarative shadow root") + open.len();
    let end = snippet.rfind("</template>").expect("the template closes");
    let inner = &snippet[start..end];
    assert!(
        inner.starts_with("<style>"),
        "the shadow root starts with its style"
    );
    let style_end = inner.find("</style>").expect("the style closes") + "</style>".len();
    &inner[style_end..]
}

#[test]
fn the_fragment_is_the_snippets_shadow_content_without_its_style_in_every_language() {
    let out = published("fragment_is_the_snippet", &[]);
    for (slug, langs) in ARTICLES {
        for l in langs {
            let snippet = read(&out, &format!("{slug}/snippet/{l}.html"));
            let fragment = read(&out, &format!("{slug}/fragment/{l}.html"));
            assert_eq!(
                fragment,
                shadow_content_without_style(&snippet),
                "{slug} {l}: the fragment and the snippet's shadow root differ"
            );
            assert!(
                fragment.starts_with(&format!("<article class=\"ae\" lang=\"{l}\"")),
                "{slug} {l}"
            );
            assert!(fragment.ends_with("</article>"), "{slug} {l}: no newline");
            for no in ["<style", "<script", "<template", "javascript:"] {
                assert!(!fragment.contains(no), "{slug} {l}: {no}");
            }
        }
    }
}

#[test]
fn each_embed_code_pins_its_fragment_by_url_and_sha384() {
    let out = published("codes_pin_fragments", &["--loader", LOADER]);
    for (slug, langs) in ARTICLES {
        let codes: Value = serde_json::from_str(&read(&out, &format!("{slug}/embed-codes.json")))
            .expect("embed-codes.json is JSON");
        assert_eq!(
            codes["loader"],
            format!("<script async src=\"{LOADER}\"></script>")
        );
        let listed: Vec<&str> = codes["languages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["lang"].as_str().unwrap())
            .collect();
        assert_eq!(
            listed,
            langs.to_vec(),
            "{slug}: the article's languages, in its order"
        );
        for (c, l) in codes["languages"].as_array().unwrap().iter().zip(langs) {
            let bytes = std::fs::read(out.join(format!("{slug}/fragment/{l}.html"))).unwrap();
            let sri = format!("sha384-{}", STANDARD.encode(Sha384::digest(&bytes)));
            let src = format!("{BASE}{slug}/article.json");
            let at = format!("{BASE}{slug}/fragment/{l}.html");
            assert_eq!(c["integrity"], sri, "{slug} {l}");
            assert_eq!(c["fragment"], at, "{slug} {l}");
            let element = c["element"].as_str().unwrap();
            assert!(
                element.starts_with(&format!(
                    "<article-embed src=\"{src}\" lang=\"{l}\" fragment=\"{at}\" integrity=\"{sri}\"><a href=\"https://"
                )),
                "{element}"
            );
            assert!(element.ends_with("</a></article-embed>"), "{element}");
            assert_eq!(
                c["one_tag"],
                format!("<script async src=\"{LOADER}\" data-article=\"{src}\" data-lang=\"{l}\" data-fragment=\"{at}\" data-integrity=\"{sri}\"></script>")
            );
            assert_eq!(
                c["preload"],
                format!("<link rel=\"preload\" as=\"fetch\" crossorigin href=\"{at}\" integrity=\"{sri}\">")
            );
        }
    }
}

#[test]
fn the_codes_are_what_the_library_returns_and_the_same_bytes_every_run() {
    let out = published("codes_from_the_library", &[]);
    let slug = "eu-kazakhstan-closer-ties";
    let doc = root().join("www/articles").join(slug).join("article.json");
    let base = format!("{BASE}{slug}/");
    let loaded = article_embed::publish::load::load(&doc, Some(&base)).unwrap();
    let loader = article_embed::publish::site::loader_url(&base, None).unwrap();
    assert_eq!(
        loader.as_str(),
        "https://cdn.example/article-embed/loader.js",
        "without --loader: beside the articles, on their origin"
    );
    let codes = article_embed::publish::site::embed_codes(
        &loaded,
        &base,
        &loader,
        "doc",
        &PageOptions::default(),
    )
    .expect("the codes");
    assert_eq!(
        codes.to_json(),
        read(&out, &format!("{slug}/embed-codes.json"))
    );
    let again = published("codes_from_the_library_again", &[]);
    assert_eq!(
        read(&again, &format!("{slug}/embed-codes.json")),
        read(&out, &format!("{slug}/embed-codes.json"))
    );
}

#[test]
fn render_fragment_prints_the_published_fragment() {
    let out = published("render_fragment", &[]);
    let slug = "eu-kazakhstan-closer-ties";
    let doc = root().join("www/articles").join(slug).join("article.json");
    for l in ["da", "ar"] {
        let o = Command::new(env!("CARGO_BIN_EXE_article-embed"))
            .arg("render")
            .arg(&doc)
            .args([
                "--lang",
                l,
                "--base",
                &format!("{BASE}{slug}/"),
                "--fragment",
            ])
            .output()
            .expect("the tool runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(
            String::from_utf8(o.stdout).unwrap(),
            read(&out, &format!("{slug}/fragment/{l}.html")),
            "{l}"
        );
    }
}

#[test]
fn a_bad_loader_url_is_one_line_and_nothing_is_written() {
    for bad in [
        "loader.js",
        "ftp://h.example/loader.js",
        "javascript:alert(1)",
    ] {
        let out = scratch("publish_pinned", "bad-loader");
        let (code, err) =
            run_publish_with(&root().join("www/articles"), &out, BASE, &["--loader", bad]);
        assert_ne!(code, 0, "{bad}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("--loader") && err.contains(bad), "{err}");
        assert_eq!(
            std::fs::read_dir(&out).unwrap().count(),
            0,
            "{bad}: nothing written"
        );
    }
}

#[test]
fn a_fragment_cut_for_max_height_is_pinned_by_codes_that_ask_for_that_height() {
    let out = published("max_height", &["--max-height", "900", "--loader", LOADER]);
    let slug = "eu-kazakhstan-relations";
    let codes: Value =
        serde_json::from_str(&read(&out, &format!("{slug}/embed-codes.json"))).unwrap();
    for c in codes["languages"].as_array().unwrap() {
        let l = c["lang"].as_str().unwrap();
        let fragment = read(&out, &format!("{slug}/fragment/{l}.html"));
        // The snippet's article, cut alike: the rest in the <details>, the height written.
        assert!(
            fragment.starts_with(&format!(
                "<article class=\"ae\" lang=\"{l}\" dir=\"ltr\" aria-labelledby=\"ae-title\" data-max-height=\"900\">"
            )),
            "{l}: {}",
            &fragment[..120]
        );
        assert!(fragment.contains("<details class=\"ae-continue-d\""), "{l}");
        let snippet = read(&out, &format!("{slug}/snippet/{l}.html"));
        assert_eq!(fragment, shadow_content_without_style(&snippet), "{l}");
        // The codes ask for the height the fragment was cut for, so hydration keeps it.
        let element = c["element"].as_str().unwrap();
        assert!(
            element.contains(&format!(" lang=\"{l}\" max-height=\"900\" fragment=")),
            "{element}"
        );
        let one_tag = c["one_tag"].as_str().unwrap();
        assert!(
            one_tag.contains(&format!(
                " data-lang=\"{l}\" data-max-height=\"900\" data-fragment="
            )),
            "{one_tag}"
        );
    }
    // Without it, neither the cut nor the attribute.
    let plain = published("max_height_none", &[]);
    let codes = read(&plain, &format!("{slug}/embed-codes.json"));
    assert!(!codes.contains("max-height"), "{codes}");
}
