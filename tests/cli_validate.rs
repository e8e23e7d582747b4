//! `article-embed validate` on files: errors and warnings printed apart, each with its path;
//! exit status 1 only when a file has an error (the widget would refuse it).

mod common;
use common::*;
use std::path::PathBuf;
use std::process::Command;

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

const HELLO: &str = r#"{ "type": "paragraph", "text": "Hello" }"#;

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
    let doc = doc(
        "",
        r#"{ "type": "paragraph", "text": "Hello" }, { "type": "hologram" },
           { "type": "image", "src": "javascript:x", "alt": "", "width": 1, "height": 1 }"#,
    );
    let f = write_file(&scratch("cli_validate", "warnings"), "article.json", &doc);
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
    let dir = scratch("cli_validate", "errors");
    let refused = write_file(
        &dir,
        "article.json",
        &doc("", HELLO).edit("article-embed/1", "article-embed/2"),
    );
    let shown = write_file(
        &dir,
        "other.json",
        &doc("", HELLO).edit("\"T\"", "\"T\", \"x\": 1"),
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
    let dir = scratch("cli_validate", "translation");
    let da = write_file(
        &dir,
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
    let bad = write_file(&dir, "sw.json", r#"{ "blocks": [] }"#);
    let (code, lines) = validate(&[bad]);
    assert_eq!(code, 1, "{lines:?}");
    assert!(
        lines[0].contains("error: translations.sw.title: missing"),
        "{lines:?}"
    );
}

#[test]
fn a_document_s_translation_files_that_are_there_are_checked_after_it() {
    let dir = scratch("cli_validate", "beside");
    let doc = doc("", HELLO)
        .edit(
            r#""languages": ["en"]"#,
            r#""languages": ["en", "da", "sw", "de"]"#,
        )
        .edit(
            r#""translations": {"#,
            r#""translations": { "da": { "href": "da.json" }, "sw": { "href": "sub/sw.json" },
              "de": { "href": "de.json" },"#,
        );
    let article = write_file(&dir, "article.json", &doc);
    write_file(
        &dir,
        "da.json",
        &format!(r#"{{ "title": "T", "blocks": [{HELLO}] }}"#),
    );
    let sw = write_file(&dir.join("sub"), "sw.json", r#"{ "blocks": [] }"#);
    let (code, lines) = validate(std::slice::from_ref(&article));
    assert_eq!(code, 1, "{lines:?}");
    let (a, sw) = (article.display(), sw.display());
    let da = dir.join("da.json");
    let da = da.display();
    // The widget would fetch de.json and fail on it; not written yet, it is not checked.
    assert_eq!(
        lines,
        vec![
            format!("{a}: valid"),
            format!("{da}: valid"),
            format!("{sw}: error: translations.sw.title: missing"),
            format!("{sw}: error: translations.sw.blocks: empty"),
            format!("{sw}: refused: the widget cannot show it"),
        ]
    );
}
