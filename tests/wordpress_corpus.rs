//! Breadth: the importer on WordPress markup nobody on the project wrote. Every block pattern
//! WordPress ships in Debian's packages (core's, twentytwentythree's, twentytwentytwo's and
//! twentytwentyone's: `scripts/wordpress/corpus.php` makes each a post of the test site), and the
//! test site's classic-editor post, edge cases and whole article, are imported through the REST
//! API, rendered by the core renderer natively (the prerendered view), and measured: posts
//! imported, parts dropped by kind, and the share of each post's visible text that reaches the
//! rendered article (the words of `content.rendered` as a reader sees them, whitespace
//! normalised, found among the words of the rendered body; worst and median).
//!
//! It needs the test WordPress, so it is ignored by a plain `cargo test`;
//! `scripts/wordpress/test.sh` runs it (`WP_BASE` set) and prints the figures:
//!
//! ```sh
//! flock /tmp/wordpress.lock bash scripts/wordpress/test.sh
//! ```
#![cfg(not(target_arch = "wasm32"))]

mod common;
use article_embed::core::json::Json;
use article_embed::core::lang::LangTag;
use article_embed::core::render::article_markup;
use article_embed::import::article::{import_post, Options, DEFAULT_AD_AFTER};
use article_embed::import::output::write_files;
use article_embed::import::report::Dropped;
use article_embed::import::wordpress::rest::{parse_json, with_embed, Client, Source};
use article_embed::import::ImportError;
use article_embed::publish::load::load;
use article_embed::publish::view::{PageOptions, Parts};
use common::*;
use scraper::{ElementRef, Html, Node, Selector};
use std::collections::BTreeMap;
use std::process::Command;
use std::time::Duration;

/// The test site's own posts measured beside the patterns.
const SITE_POSTS: &[&str] = &[
    "whole-article",
    "classic-editor-post",
    "untitled-post",
    "only-an-image",
    "only-an-embed",
    "empty-blocks",
    "more-and-nextpage",
    "unsupported-and-hostile-markup",
];

/// The floors the figures must keep (a ratchet: raise them as the import carries more). The
/// worst post is twentytwentythree's comments pattern, whose words are mostly a comment form's.
const MEDIAN_FLOOR: f64 = 0.99;
const WORST_FLOOR: f64 = 0.15;
/// Kinds this corpus must never drop: the format carries them.
const CARRIED: &[Dropped] = &[
    Dropped::Table,
    Dropped::Embed,
    Dropped::Video,
    Dropped::Audio,
    Dropped::ThirdPartyMedia,
    Dropped::Footnote,
];

/// Elements whose text a reader never sees.
const UNSEEN: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "title",
];
/// Elements at whose edges words end (a table's cells, a list's items …).
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "td",
    "th",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figcaption",
    "blockquote",
    "pre",
    "br",
    "dt",
    "dd",
    "section",
    "figure",
    "caption",
    "cite",
    "summary",
    "ul",
    "ol",
    "table",
    "header",
    "footer",
    "nav",
    "aside",
    "article",
    "main",
    "hr",
    "button",
];

fn words(el: ElementRef, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if UNSEEN.contains(&e.name()) || e.attr("hidden").is_some() => {}
            Node::Element(e) => {
                let edge = BLOCKS.contains(&e.name());
                if edge {
                    out.push(' ');
                }
                words(ElementRef::wrap(child).expect("an element"), out);
                if edge {
                    out.push(' ');
                }
            }
            _ => {}
        }
    }
}

/// The words a reader sees in some HTML, whitespace normalised.
fn visible_words(el: ElementRef) -> Vec<String> {
    let mut text = String::new();
    words(el, &mut text);
    text.split_whitespace().map(str::to_owned).collect()
}

/// The share of `source`'s words found in `shown` (each found word used once), and the first
/// few not found.
fn share(source: &[String], shown: &[String]) -> (f64, Vec<String>) {
    let mut left: BTreeMap<&str, usize> = BTreeMap::new();
    for w in shown {
        *left.entry(w).or_default() += 1;
    }
    let missing: Vec<String> = source
        .iter()
        .filter(|w| match left.get_mut(w.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .cloned()
        .collect();
    let found = source.len() - missing.len();
    (
        found as f64 / source.len() as f64,
        missing.into_iter().take(8).collect(),
    )
}

/// Removes the corpus posts when the test ends, however it ends.
struct Corpus;
impl Drop for Corpus {
    fn drop(&mut self) {
        let script = root().join("scripts/wordpress/corpus.php");
        let _ = Command::new("php").arg(script).arg("--delete").status();
    }
}

/// What one imported post gave: the share of its words shown (none for a post without
/// words), the first few missing, and what its report dropped.
struct Measured {
    share: Option<f64>,
    missing: Vec<String>,
    dropped: BTreeMap<Dropped, usize>,
}

/// What one post gave.
struct Row {
    name: String,
    words: usize,
    outcome: Result<Measured, ImportError>,
}

fn measure(client: &Client, base: &str, id: u64, name: &str, n: usize) -> Row {
    let url = format!("{base}/wp-json/wp/v2/posts/{id}");
    let body = client.get(&with_embed(&url)).expect("the post").body;
    let post = parse_json(&body, &url).expect("JSON");
    let rendered = post
        .get("content")
        .and_then(|c| c.get("rendered"))
        .and_then(|r| r.as_str())
        .expect("content.rendered");
    let source = visible_words(Html::parse_fragment(rendered).root_element());
    let opts = Options {
        language: tag("en"),
        machine_translated: Vec::new(),
        ad_after: DEFAULT_AD_AFTER,
        publisher: None,
        newsletter: None,
    };
    let outcome = import_post(client, &Source::Url(url), &[], &opts).map(|out| {
        let dir = scratch("wordpress_corpus", &format!("post-{n}"));
        write_files(&dir, &out.files).expect("written");
        let loaded = load(&dir.join("article.json"), Some(&format!("{base}/a/"))).expect("loads");
        assert_eq!(
            loaded.warnings, 0,
            "{name}: the import wrote parts the widget drops"
        );
        let en = LangTag::parse("en").expect("a tag");
        let parts =
            Parts::new(&loaded.article, &en, name, &PageOptions::default()).expect("a view");
        let html = article_markup(&parts.view(&loaded.article)).finish();
        let doc = Html::parse_fragment(&html);
        let sel = Selector::parse(".ae-body").expect("a selector");
        let shown = visible_words(doc.select(&sel).next().expect("a body"));
        let dropped = out
            .report
            .dropped
            .iter()
            .map(|(k, d)| (*k, d.count))
            .collect();
        let (share, missing) = match source.is_empty() {
            true => (None, Vec::new()),
            false => {
                let (s, m) = share(&source, &shown);
                (Some(s), m)
            }
        };
        Measured {
            share,
            missing,
            dropped,
        }
    });
    Row {
        name: name.to_owned(),
        words: source.len(),
        outcome,
    }
}

#[test]
#[ignore = "needs the test WordPress: scripts/wordpress/test.sh runs it"]
fn wordpress_own_patterns_and_posts_import_and_their_text_reaches_the_reader() {
    let base = std::env::var("WP_BASE").expect("WP_BASE: run scripts/wordpress/test.sh");
    let client = Client::new(Duration::from_secs(60));
    let script = root().join("scripts/wordpress/corpus.php");
    let _cleanup = Corpus;
    let made = Command::new("php").arg(&script).output().expect("php runs");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let mut posts: Vec<(u64, String)> = String::from_utf8(made.stdout)
        .expect("UTF-8")
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(id, name)| (id.parse().expect("an id"), name.to_owned()))
        .collect();
    let patterns = posts.len();
    assert!(patterns > 50, "only {patterns} patterns found");
    for slug in SITE_POSTS {
        let url = format!("{base}/wp-json/wp/v2/posts?slug={slug}&_fields=id");
        let j = parse_json(&client.get(&url).expect("listed").body, &url).expect("JSON");
        let id = match j {
            Json::Array(a) => match a.first().and_then(|p| p.get("id")) {
                Some(Json::Number(n)) => *n as u64,
                _ => panic!("{slug}: no post"),
            },
            _ => panic!("{slug}: not a list"),
        };
        posts.push((id, format!("site/{slug}")));
    }
    let rows: Vec<Row> = posts
        .iter()
        .enumerate()
        .map(|(n, (id, name))| measure(&client, &base, *id, name, n))
        .collect();

    let mut dropped: BTreeMap<Dropped, usize> = BTreeMap::new();
    let mut shares: Vec<(f64, &str)> = Vec::new();
    let mut refused = Vec::new();
    let mut imported = 0;
    for r in &rows {
        match &r.outcome {
            Ok(m) => {
                let pct = m
                    .share
                    .map_or("   n/a".to_owned(), |s| format!("{:>5.1}%", s * 100.0));
                let missing = match m.missing.is_empty() {
                    true => String::new(),
                    false => format!("  (not shown: {} …)", m.missing.join(" ")),
                };
                eprintln!("corpus: {pct}  {:>4} words  {}{missing}", r.words, r.name);
                for (k, n) in &m.dropped {
                    *dropped.entry(*k).or_default() += n;
                }
                imported += 1;
                shares.extend(m.share.map(|s| (s, r.name.as_str())));
            }
            Err(e) => {
                eprintln!("corpus: refused  {:>4} words  {}: {e}", r.words, r.name);
                refused.push(r);
            }
        }
    }
    shares.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (worst, worst_name) = shares[0];
    let median = shares[shares.len() / 2].0;
    let by_kind: Vec<String> = dropped
        .iter()
        .map(|(k, n)| format!("{n} {}", k.as_str()))
        .collect();
    eprintln!(
        "corpus: {} posts ({patterns} of WordPress's patterns, {} of the test site's), {imported} imported, {} refused",
        rows.len(),
        SITE_POSTS.len(),
        refused.len()
    );
    eprintln!("corpus: parts dropped by kind: {}", by_kind.join(", "));
    eprintln!(
        "corpus: share of a post's visible text in the rendered article ({} posts with text): worst {:.1}% ({worst_name}), median {:.1}%",
        shares.len(),
        worst * 100.0,
        median * 100.0
    );
    // A post is refused only when it has nothing the format can carry, i.e. no visible text.
    for r in &refused {
        assert!(
            matches!(r.outcome, Err(ImportError::NoContent { .. })) && r.words == 0,
            "{} refused with {} words",
            r.name,
            r.words
        );
    }
    for kind in CARRIED {
        assert!(!dropped.contains_key(kind), "{} dropped", kind.as_str());
    }
    assert!(median >= MEDIAN_FLOOR, "median {median}");
    assert!(worst >= WORST_FLOOR, "worst {worst} ({worst_name})");
}
