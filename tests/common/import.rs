//! Helpers of the importer's suites: importing saved WordPress responses
//! (`tests/fixtures/wordpress/`) and reading the written files back through the widget's own
//! validator.

use super::{json, norm, root, tag, whole};
use article_embed::core::article::{validate_document, validate_translation, Article, Block};
use article_embed::core::article::{BlockKind, Translation};
use article_embed::import::article::{import_post, Options, Output};
use article_embed::import::wordpress::rest::{Client, Source};
use article_embed::import::ImportError;
use std::time::Duration;

/// A saved response of `tests/fixtures/wordpress/`.
pub fn fixture(name: &str) -> Source {
    Source::File(root().join("tests/fixtures/wordpress").join(name))
}

/// The import's options: posts in English, these languages machine translated, the ad slot
/// after four paragraphs.
pub fn options(machine: &[&str]) -> Options {
    Options {
        language: tag("en"),
        machine_translated: machine.iter().map(|l| tag(l)).collect(),
        ad_after: 4,
        publisher: None,
    }
}

/// Imports a saved post with saved translations (`(lang, fixture)`).
pub fn import(
    post: &str,
    translations: &[(&str, &str)],
    machine: &[&str],
) -> Result<Output, ImportError> {
    let client = Client::new(Duration::from_secs(5));
    let tr: Vec<_> = translations
        .iter()
        .map(|(l, f)| (tag(l), fixture(f)))
        .collect();
    import_post(&client, &fixture(post), &tr, &options(machine))
}

/// The written files, read back through the widget's own validator (which must find nothing
/// to drop): the article and each translation file with its language.
pub fn read_back(out: &Output) -> (Article, Vec<(String, Translation)>) {
    let file = |name: &str| {
        &out.files
            .iter()
            .find(|(n, _)| n == name)
            .expect("written")
            .1
    };
    let article = whole(
        "article.json",
        validate_document(
            &json(file("article.json")),
            "https://example.test/a/article.json",
        ),
    );
    // Translation files beside it, with its canonical URL (whose site's media are first
    // party).
    let canonical = article.url.as_str().to_owned();
    let mut translations = Vec::new();
    for (name, text) in &out.files[1..] {
        let lang = name.trim_end_matches(".json");
        let t = whole(
            name,
            validate_translation(
                &json(text),
                &tag(lang),
                "https://example.test/a/x.json",
                &canonical,
            ),
        );
        translations.push((lang.to_owned(), t));
    }
    (article, translations)
}

/// WordPress typesets quotes, apostrophes and dashes (`wptexturize`); compare without that.
pub fn untypeset(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            '“' | '”' | '″' => '"',
            '‘' | '’' | '′' => '\'',
            '–' | '—' => '-',
            c => c,
        })
        .collect();
    norm(&s)
}

/// Text units of the body, without the featured image and the ad.
pub fn body_units(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .filter(|b| b.id.as_deref() != Some("featured"))
        .flat_map(|b| b.text_units())
        .map(|u| untypeset(&u))
        .collect()
}

/// The body's blocks: without the featured image and the ad slot the import adds.
pub fn body(blocks: &[Block]) -> Vec<&Block> {
    blocks
        .iter()
        .filter(|b| b.id.as_deref() != Some("featured") && !matches!(b.kind, BlockKind::Ad))
        .collect()
}

/// The kinds of the body's blocks, by the format's names.
pub fn kinds(blocks: &[Block]) -> Vec<&'static str> {
    body(blocks)
        .into_iter()
        .map(|b| article_embed::core::article::BlockType::of(&b.kind).name())
        .collect()
}
