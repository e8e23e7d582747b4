//! Helpers of the importer's suites: importing saved WordPress responses
//! (`tests/fixtures/wordpress/`) and reading the written files back as the publisher loads
//! them.

use super::{load_whole, norm, root, scratch, tag};
use article_embed::core::article::{Article, Block, BlockKind, Translation};
use article_embed::import::article::{import_post, Options, Output};
use article_embed::import::output::write_files;
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
        newsletter: None,
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

/// A translation file of the import, read back: its language (the file's stem) and content.
pub struct TranslationFile {
    /// Its language.
    pub lang: String,
    /// What it holds.
    pub translation: Translation,
}

/// The files, written as the command writes them (into the scratch folder `test` of `suite`)
/// and read back through the publisher's loader, without a warning: the article, and its
/// translation files in the order written.
pub fn read_back(out: &Output, suite: &str, test: &str) -> (Article, Vec<TranslationFile>) {
    let dir = scratch(suite, test);
    write_files(&dir, &out.files).expect("the files are written");
    let article = load_whole(&dir.join("article.json"), "https://example.test/a/");
    let translations = out.files[1..]
        .iter()
        .map(|(name, _)| {
            let lang = name.trim_end_matches(".json").to_owned();
            let translation = article.translation(&tag(&lang)).expect("read").clone();
            TranslationFile { lang, translation }
        })
        .collect();
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
