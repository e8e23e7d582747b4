//! Helpers shared by the native test suites: loading fixtures and the seed pages, the minimal
//! document and checked edits of it, a fresh scratch folder and files in it, the tool and its
//! `publish` command; the importer's in `import`.
#![allow(dead_code)]

#[cfg(not(target_arch = "wasm32"))]
pub mod import;

use article_embed::core::article::Article;
use article_embed::core::json::Json;
use article_embed::core::lang::LangTag;
use article_embed::publish::load::{check, load};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Parses a JSON file into the core's value tree.
pub fn json_file(path: &Path) -> Json {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Parses JSON text.
pub fn json(text: &str) -> Json {
    serde_json::from_str(text).expect("test JSON parses")
}

/// Loads an article through the publisher's loader, as the widget would read it served from
/// `base` (its folder's URL); every file must validate without a warning.
pub fn load_whole(doc: &Path, base: &str) -> Article {
    let loaded = load(doc, Some(base)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        loaded.warnings,
        0,
        "{}: {:?}",
        doc.display(),
        check(doc, base)
    );
    loaded.article
}

/// Loads a fixture article with every referenced translation, served from
/// `https://example.test/articles/<name>/`; every file must validate without a warning.
pub fn load_fixture(name: &str) -> Article {
    let doc = root().join("www/articles").join(name).join("article.json");
    load_whole(&doc, &format!("https://example.test/articles/{name}/"))
}

/// A one-language (English) document: `top` adds top-level fields (each with its comma),
/// `blocks` is the body's JSON.
pub fn doc(top: &str, blocks: &str) -> String {
    format!(
        r#"{{
      "format": "article-embed/1",
      "url": "https://example.test/a/",
      "publisher": {{ "name": "EU Reporter" }},
      "published": "2022-06-21T09:00:00+02:00",
      "original_language": "en",
      "languages": ["en"],
      {top}
      "translations": {{ "en": {{ "title": "T", "blocks": [ {blocks} ] }} }}
    }}"#
    )
}

/// Checked edits of a test's text.
pub trait Edit {
    /// The text with `from` replaced by `to`; panics when `from` is not in it (an edit that
    /// changed nothing would leave its test checking less than it says).
    fn edit(&self, from: &str, to: &str) -> String;
}

impl Edit for str {
    fn edit(&self, from: &str, to: &str) -> String {
        assert!(self.contains(from), "{from:?} is not in {self}");
        self.replace(from, to)
    }
}

/// A language tag.
pub fn tag(s: &str) -> LangTag {
    LangTag::parse(s).expect("valid tag")
}

/// The body lines of one of the publisher's source pages (`tests/fixtures/source/`): everything between the chrome at the top (up to the lone
/// "on" of the broken date line and the newsletter notice) and the bottom share label, less
/// the ad label. Whitespace is normalised.
pub fn seed_body_lines(file: &str) -> Vec<String> {
    let path = root().join("tests/fixtures/source").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    let start = lines.iter().position(|l| l == "on").expect("date line") + 1;
    let end = lines
        .iter()
        .position(|l| l == "Del denne artikel:" || l == "Shiriki nakala hii:")
        .expect("bottom share label");
    lines[start..end]
        .iter()
        .filter(|l| !l.starts_with("Vi bruger din tilmelding"))
        .filter(|l| *l != "reklame" && *l != "matangazo")
        .cloned()
        .collect()
}

/// Whitespace-normalised text.
pub fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A fresh, empty scratch folder for one test of one suite, under cargo's test temp dir.
pub fn scratch(suite: &str, test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(suite)
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a test directory");
    dir
}

/// Writes `text` to the file `name` of `dir` (a [`scratch`] folder, or one in it: created if
/// need be); its path.
pub fn write_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    path
}

/// Runs `article-embed` with `args`: its exit code, stdout and stderr.
pub fn tool(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_article-embed"))
        .args(args)
        .output()
        .expect("the tool runs");
    (
        out.status.code().expect("an exit code"),
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

/// Runs `article-embed publish <input> --out <out> --base <base>`: its exit code and stderr.
pub fn run_publish(input: &Path, out: &Path, base: &str) -> (i32, String) {
    run_publish_with(input, out, base, &[])
}

/// [`run_publish`] with more arguments (`--loader <URL>`).
pub fn run_publish_with(input: &Path, out: &Path, base: &str, more: &[&str]) -> (i32, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_article-embed"))
        .arg("publish")
        .arg(input)
        .arg("--out")
        .arg(out)
        .args(["--base", base])
        .args(more)
        .output()
        .expect("the tool runs");
    (
        o.status.code().expect("an exit code"),
        String::from_utf8(o.stderr).expect("UTF-8 stderr"),
    )
}
