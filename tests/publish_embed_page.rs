//! The "Embed this article" page (`publish`'s `embed-page/<lang>.html`): one per language of
//! both demo articles, in that language's UI; every form's default code is in it, escaped in a
//! read-only field, and is the code `publish` writes elsewhere (the snippet file, the codes of
//! `embed-codes.json`, the article's URL); the options go in where the page says, by the rule
//! the page's script shares (`tests/embed-page-codes.json`); a hostile title stays text; the
//! page's policy allows its own style and script and nothing inline else; `discovery.html`
//! links it; every catalogue has the page's messages, translated.

mod common;
use article_embed::core::i18n::ftl;
use article_embed::publish::csp::hash_source;
use article_embed::publish::embed_page::forms::{Options, Syntax};
use article_embed::publish::embed_page::PAGE_CSS;
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

const BASE: &str = "https://cdn.example/news/";
const LOADER: &str = "https://static.example/ae/v2/loader.js";
const ARTICLES: [(&str, &[&str]); 2] = [
    ("eu-kazakhstan-closer-ties", &["en", "da", "ar", "sw"]),
    ("eu-kazakhstan-relations", &["en", "sw"]),
];
const FORMS: [&str; 5] = ["snippet", "iframe", "element", "one-tag", "url"];

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn published(test: &str, input: &Path) -> PathBuf {
    let out = scratch("publish_embed_page", test);
    let (code, err) = run_publish_with(input, &out, BASE, &["--loader", LOADER]);
    assert_eq!(code, 0, "{err}");
    out
}

/// The text between `from` and the next `to` after it.
fn between<'a>(s: &'a str, from: &str, to: &str) -> &'a str {
    let start = s.find(from).unwrap_or_else(|| panic!("no {from:?}")) + from.len();
    let end = s[start..].find(to).unwrap_or_else(|| panic!("no {to:?}")) + start;
    &s[start..end]
}

/// What a browser reads as a textarea's value: its text unescaped, less the newline after the
/// start tag, which the parser drops.
fn field(page: &str, form: &str) -> String {
    let open = format!("<textarea id=\"ae-code-{form}\"");
    let rest = &page[page
        .find(&open)
        .unwrap_or_else(|| panic!("no field for {form}"))..];
    let text = between(rest, ">", "</textarea>");
    let text = text
        .strip_prefix('\n')
        .expect("a newline after the start tag");
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The section of a form: its start tag's attributes.
fn section<'a>(page: &'a str, form: &str) -> &'a str {
    between(
        page,
        &format!("<section class=\"ae-form\" id=\"ae-form-{form}\""),
        ">",
    )
}

#[test]
fn the_shared_table_of_options_holds_here_too() {
    let table: Value =
        serde_json::from_str(&read(&root(), "tests/embed-page-codes.json")).expect("JSON");
    let cases = table["cases"].as_array().expect("cases");
    assert!(cases.len() >= 10);
    for c in cases {
        let s = |k: &str| c[k].as_str().expect("strings");
        let syntax = match s("syntax") {
            "attr" => Syntax::Attr,
            "data" => Syntax::Data,
            "query" => Syntax::Query,
            other => panic!("syntax {other}"),
        };
        let o = Options::parse(s("theme"), s("share"), s("params"), s("maxHeight"));
        assert_eq!(o.render(syntax), s("expect"), "{c}");
    }
}

#[test]
fn every_forms_default_code_is_the_one_publish_writes_elsewhere() {
    let out = published("defaults", &root().join("www/articles"));
    for (slug, langs) in ARTICLES {
        let dir = out.join(slug);
        let codes: Value = serde_json::from_str(&read(&dir, "embed-codes.json")).unwrap();
        let loader = codes["loader"].as_str().unwrap();
        assert!(loader.contains(LOADER));
        for (i, l) in langs.iter().enumerate() {
            let page = read(&dir, &format!("embed-page/{l}.html"));
            let code = &codes["languages"][i];
            assert_eq!(code["lang"], *l);
            let snippet = read(&dir, &format!("snippet/{l}.html"));
            assert_eq!(field(&page, "snippet"), format!("{snippet}{loader}"));
            let element = code["element"].as_str().unwrap();
            assert_eq!(field(&page, "element"), format!("{loader}\n{element}"));
            assert_eq!(field(&page, "one-tag"), code["one_tag"].as_str().unwrap());
            let iframe = field(&page, "iframe");
            let article = format!("{BASE}{slug}/article.json")
                .replace(':', "%3A")
                .replace('/', "%2F");
            assert!(
                iframe.starts_with(&format!(
                    "<iframe src=\"https://static.example/ae/v2/embed.html?article={article}&amp;lang={l}\""
                )),
                "{iframe}"
            );
            let url = field(&page, "url");
            assert!(url.starts_with("https://www.eureporter.co/"), "{url}");
            assert!(
                snippet.contains(&format!("<a href=\"{url}\">")),
                "{slug} {l}: the page's URL"
            );
            // The page in the language's UI, right to left in Arabic, its script beside the loader.
            let dir_attr = if *l == "ar" { "rtl" } else { "ltr" };
            assert!(page.starts_with(&format!(
                "<!doctype html>\n<html lang=\"{l}\" dir=\"{dir_attr}\">"
            )));
            assert!(page.contains("<script type=\"module\" src=\"https://static.example/ae/v2/embed-page.js\"></script>"));
            assert!(page.contains(&format!(
                "<iframe id=\"ae-preview\" src=\"../snippet/{l}.html\""
            )));
            for other in langs.iter() {
                assert!(page.contains(&format!("<a href=\"{other}.html\" hreflang=\"{other}\"")));
            }
        }
    }
}

#[test]
fn the_options_go_where_the_page_says() {
    let out = published("offsets", &root().join("www/articles"));
    let page = read(&out, "eu-kazakhstan-closer-ties/embed-page/ar.html");
    let o = Options::parse("dark", "x, copy", "utm_source=blog", "640");
    for (form, syntax, after) in [
        ("snippet", Syntax::Attr, "<article-embed src="),
        ("element", Syntax::Attr, "<article-embed src="),
        ("one-tag", Syntax::Data, "<script async src="),
        ("iframe", Syntax::Query, "<iframe src="),
    ] {
        let attrs = section(&page, form);
        assert!(
            attrs.contains(&format!("data-syntax=\"{}\"", syntax.id())),
            "{attrs}"
        );
        let at: usize = between(attrs, "data-at=\"", "\"").parse().unwrap();
        let code: Vec<u16> = field(&page, form).encode_utf16().collect();
        let with = String::from_utf16(&code[..at]).unwrap()
            + &o.render(syntax)
            + &String::from_utf16(&code[at..]).unwrap();
        let tag_start = with.find(after).unwrap_or_else(|| panic!("{form}: {with}"));
        let tag = between(&with[tag_start..], "<", ">");
        let prefix = if syntax == Syntax::Data { "data-" } else { "" };
        match syntax {
            Syntax::Query => assert!(
                tag.contains("&amp;lang=ar&amp;theme=dark&amp;share=x%2C%20copy&amp;share-params=utm_source%3Dblog&amp;max-height=640\""),
                "{form}: {tag}"
            ),
            _ => assert!(
                tag.ends_with(&format!(" {prefix}theme=\"dark\" {prefix}share=\"x, copy\" {prefix}share-params=\"utm_source=blog\" {prefix}max-height=\"640\"")),
                "{form}: {tag}"
            ),
        }
    }
    assert!(
        !section(&page, "url").contains("data-at"),
        "the URL takes no options"
    );
}

#[test]
fn a_hostile_title_stays_text_in_every_field_and_the_policy_allows_only_the_pages_own() {
    let dir = scratch("publish_embed_page", "hostile_input");
    let title = "</textarea><script>alert(1)</script> & \"quotes\" 'x'";
    let text = doc("", r#"{ "type": "paragraph", "text": "Body." }"#).edit(
        "\"title\": \"T\"",
        &format!("\"title\": {}", serde_json::to_string(title).unwrap()),
    );
    write_file(&dir.join("in/hostile"), "article.json", &text);
    let out = published("hostile", &dir.join("in"));
    let page = read(&out, "hostile/embed-page/en.html");
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert_eq!(
        page.matches("</textarea>").count(),
        5,
        "each field closes once"
    );
    assert!(page.contains("&lt;/textarea&gt;&lt;script&gt;"));
    let element = field(&page, "element");
    assert!(
        element.contains(
            "&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\" 'x'</a>"
        ),
        "{element}"
    );
    let iframe = field(&page, "iframe");
    assert!(iframe.contains("title=\"&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;x&#39;\""), "{iframe}");
    // The policy: its style by hash, its script by origin, nothing inline, no eval but wasm's.
    let policy = between(
        &page,
        "http-equiv=\"Content-Security-Policy\" content=\"",
        "\"",
    )
    .replace("&#39;", "'");
    assert!(
        policy.starts_with(
            "default-src 'none'; script-src https://static.example 'wasm-unsafe-eval';"
        ),
        "{policy}"
    );
    assert!(policy.contains(&hash_source(PAGE_CSS)));
    assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
    assert!(policy.contains("connect-src https://static.example https://cdn.example;"));
    assert!(page.contains(&format!("<style>{PAGE_CSS}</style>")));
}

#[test]
fn discovery_links_the_page_and_costs_and_policies_are_written_in() {
    let out = published("discovery", &root().join("www/articles"));
    let discovery = read(&out, "eu-kazakhstan-closer-ties/discovery.html");
    assert!(discovery.starts_with("<link rel=\"alternate\" type=\"application/json+oembed\""));
    assert!(discovery.contains(&format!(
        "<!-- For the article page's body, an \"Embed\" link to the embed page: <a href=\"{BASE}eu-kazakhstan-closer-ties/embed-page/en.html\">Embed this article</a> -->"
    )));
    let page = read(&out, "eu-kazakhstan-closer-ties/embed-page/da.html");
    assert!(
        page.contains("Første visning: 1.10× tiden"),
        "the snippet's bench figure"
    );
    assert!(
        page.contains("Første visning: 2.29× tiden"),
        "the iframe's bench figure"
    );
    assert!(
        page.contains("Første visning: 1.99× tiden")
            && page.contains("Første visning: 1.96× tiden"),
        "the pinned codes' bench figures"
    );
    assert_eq!(page.matches("Første visning: endnu ikke målt.").count(), 1);
    let snippet_csp = article_embed::publish::csp::sources().snippet;
    assert!(
        page.contains(&format!("<pre>{snippet_csp}\n")),
        "csp's own line for the snippet"
    );
    assert!(page.contains("<pre>frame-src https://static.example</pre>"));
    assert!(page.contains("<pre>frame-src https://cdn.example</pre>"));
    for form in FORMS {
        assert!(page.contains(&format!("<button type=\"button\" class=\"ae-copy\" id=\"ae-copy-{form}\" aria-labelledby=\"ae-copy-{form} ae-h-{form}\" data-for=\"ae-code-{form}\" hidden>Kopiér koden</button>")));
        // The field is named by "Code" and its form's heading.
        assert!(page.contains(&format!(
            "<textarea id=\"ae-code-{form}\" aria-labelledby=\"ae-cl-{form} ae-h-{form}\" readonly"
        )));
    }
}

#[test]
fn every_catalogue_has_the_pages_messages_translated() {
    let locales = root().join("locales");
    let en = ftl::parse(&ftl::read_catalogue(&locales, "en").unwrap()).unwrap();
    let en_tool: Vec<_> = en.iter().filter(|e| !ftl::is_widget_key(&e.key)).collect();
    assert_eq!(en_tool.len(), 29);
    let mut langs = 0;
    for entry in std::fs::read_dir(&locales).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let Some(lang) = name.strip_suffix(".ftl") else {
            continue;
        };
        if lang == "en" {
            continue;
        }
        langs += 1;
        let src = ftl::read_catalogue(&locales, lang).unwrap();
        let tool = ftl::tool_messages(&src, &en).unwrap_or_else(|e| panic!("{lang}: {e}"));
        let same: Vec<&str> = tool
            .iter()
            .zip(&en_tool)
            .filter(|(t, e)| t.value == e.value)
            .map(|(t, _)| t.key.as_str())
            .collect();
        // "Iframe" is the element's name everywhere; a word or two more may be the same.
        assert!(same.len() <= 3, "{lang}: English copies: {same:?}");
        // The tool's messages are the file's last block: one block to merge.
        let text = read(&locales, &name);
        let block = text.find("\nembed-page-title = ").expect("the block");
        assert!(!text[block..]
            .lines()
            .skip(1)
            .any(|l| l.contains(" = ") && !l.starts_with("embed-page-")));
    }
    assert_eq!(langs, 30);
}
