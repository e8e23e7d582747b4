//! `article-embed validate` on files: errors and warnings printed apart, each with its path;
//! exit status 1 only when a file has an error (the widget would refuse it).

mod common;
use common::*;
use std::path::PathBuf;
use std::process::Command;

/// Writes `text` to a file of this test's own directory; its path.
fn file(test: &str, name: &str, text: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("cli_validate")
        .join(test);
    std::fs::create_dir_all(&dir).expect("a test directory");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("the file is written");
    path
}

/// Runs `validate` on the files: (exit code, stdout lines).
fn validate(files: &[PathBuf]) -> (i32, Vec<String>) {
    let out = Command::new(env!("CARGO_BIN_EXE_article-embed"))
        .arg("validate")
        .args(files)
        .output()
        .expect("the tool runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8 output");
    (
        out.status.code().expect("an exit code"),
        text.lines().map(str::to_owned).collect(),
    )
}

const DOC: &str = r#"{
  "format": "article-embed/1",
  "url": "https://example.test/a/",
  "publisher": { "name": "EU Reporter" },
  "published": "2022-06-21T09:00:00+02:00",
  "original_language": "en",
  "languages": ["en"],
  "translations": { "en": { "title": "T", "blocks": [
    { "type": "paragraph", "text": "Hello" } ] } }
}"#;

#[test]
fn the_fixtures_are_valid() {
    let dir = root().join("www/articles/eu-kazakhstan-closer-ties");
    let (code, lines) = validate(&[dir.join("article.json")]);
    assert_eq!(code, 0, "{lines:?}");
    assert!(lines.iter().all(|l| l.ends_with(": valid")), "{lines:?}");
    assert_eq!(
        lines.len(),
        4,
        "the document and its three translation files"
    );
}

#[test]
fn warnings_alone_pass_and_are_listed_with_their_paths() {
    let doc = DOC.replace(
        r#"{ "type": "paragraph", "text": "Hello" }"#,
        r#"{ "type": "paragraph", "text": "Hello" }, { "type": "hologram" },
           { "type": "image", "src": "javascript:x", "alt": "", "width": 1, "height": 1 }"#,
    );
    let f = file("warnings", "article.json", &doc);
    let (code, lines) = validate(std::slice::from_ref(&f));
    let f = f.display();
    assert_eq!(code, 0, "{lines:?}");
    assert_eq!(
        lines,
        vec![
            format!(
                r#"{f}: warning: translations.en.blocks[1].type: unknown block type "hologram""#
            ),
            format!(
                "{f}: warning: translations.en.blocks[2].src: not an http, https or mailto URL"
            ),
            format!("{f}: shown, 2 warning(s): those parts are dropped"),
        ]
    );
}

#[test]
fn an_error_fails_and_is_printed_apart_from_warnings() {
    let refused = file(
        "errors",
        "article.json",
        &DOC.replace("article-embed/1", "article-embed/2"),
    );
    let shown = file(
        "errors",
        "other.json",
        &DOC.replace("\"T\"", "\"T\", \"x\": 1"),
    );
    let (code, lines) = validate(&[refused.clone(), shown.clone()]);
    assert_eq!(code, 1, "{lines:?}");
    let (r, s) = (refused.display(), shown.display());
    assert_eq!(
        lines,
        vec![
            format!(
                r#"{r}: error: format: unsupported format "article-embed/2", expected "article-embed/1""#
            ),
            format!("{r}: refused: the widget cannot show it"),
            format!("{s}: warning: translations.en.x: unknown field"),
            format!("{s}: shown, 1 warning(s): those parts are dropped"),
        ]
    );
}

#[test]
fn a_translation_file_is_checked_on_its_own() {
    let da = file(
        "translation",
        "da.json",
        r#"{ "title": "T", "blocks": [{ "type": "ad" }, { "type": "ad" }] }"#,
    );
    let (code, lines) = validate(std::slice::from_ref(&da));
    assert_eq!(code, 0, "{lines:?}");
    assert_eq!(
        lines[0],
        format!(
            "{}: warning: translations.da.blocks[1]: more than one ad block",
            da.display()
        )
    );
    let bad = file("translation", "sw.json", r#"{ "blocks": [] }"#);
    let (code, lines) = validate(&[bad]);
    assert_eq!(code, 1, "{lines:?}");
    assert!(
        lines[0].contains("error: translations.sw.title: missing"),
        "{lines:?}"
    );
}
