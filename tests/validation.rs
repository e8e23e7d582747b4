//! The validator, as a spec: what a publisher sees for each kind of mistake.

mod common;
use article_embed::core::article::{validate_document, Problem};
use article_embed::core::json::Json;
use article_embed::core::lang::LangTag;
use common::*;

const URL: &str = "https://example.test/a/article.json";

/// The shared minimal document, with Danish in a file of its own.
fn minimal() -> String {
    doc("", r#"{ "type": "paragraph", "text": "Hello" }"#)
        .edit(r#""languages": ["en"]"#, r#""languages": ["en", "da"]"#)
        .edit("] } }", r#"] }, "da": { "href": "da.json" } }"#)
}

/// The errors (the document refused), or none.
fn errors(doc: &str) -> Vec<String> {
    match validate_document(&json(doc), URL) {
        Ok(_) => Vec::new(),
        Err(e) => e.iter().map(|e| e.to_string()).collect(),
    }
}

/// The warnings of a document that is shown; panics when it is refused.
fn warnings(doc: &str) -> Vec<String> {
    match validate_document(&json(doc), URL) {
        Ok(v) => v.warnings.iter().map(|e| e.to_string()).collect(),
        Err(e) => panic!("refused: {e:?}"),
    }
}

#[test]
fn a_minimal_document_is_valid() {
    assert_eq!(errors(&minimal()), Vec::<String>::new());
    assert_eq!(warnings(&minimal()), Vec::<String>::new());
}

#[test]
fn a_block_allows_only_its_own_type_s_fields() {
    let doc = minimal().edit(
        r#"{ "type": "paragraph", "text": "Hello" }"#,
        r#"{ "type": "paragraph", "text": "Hello", "level": 2 }, { "type": "heading", "level": 2, "text": "H", "id": "h" }, { "type": "ad", "text": "x" }"#,
    );
    assert_eq!(
        warnings(&doc),
        vec![
            "translations.en.blocks[0].level: unknown field",
            "translations.en.blocks[2].text: unknown field",
        ]
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let doc = minimal()
        .edit(
            r#""format": "article-embed/1""#,
            r#""format": "article-embed/9""#,
        )
        .edit("2022-06-21T09:00:00+02:00", "2022-06-21")
        .edit(
            r#""publisher": { "name": "EU Reporter" }"#,
            r#""publisher": {}"#,
        );
    assert_eq!(
        errors(&doc),
        vec![
            r#"format: unsupported format "article-embed/9", expected "article-embed/1""#,
            "publisher.name: missing",
            "published: not an ISO 8601 date-time with zone",
        ]
    );
}

#[test]
fn raw_html_is_just_text_and_typos_are_caught() {
    let doc = minimal().edit(
        r#""text": "Hello""#,
        r#""text": [{ "b": "x", "onclick": "y" }]"#,
    );
    assert_eq!(
        warnings(&doc),
        vec!["translations.en.blocks[0].text[0].onclick: unknown field"]
    );
    let doc = minimal().edit(
        r#""text": "Hello""#,
        r#""text": ["kept", { "b": "x", "i": "y" }]"#,
    );
    assert_eq!(
        warnings(&doc),
        vec!["translations.en.blocks[0].text[1]: an inline object needs exactly one of b, i, a, span, note"]
    );
}

#[test]
fn languages_and_translations_must_agree() {
    let doc = minimal().edit(
        r#""languages": ["en", "da"]"#,
        r#""languages": ["en", "da", "sw"]"#,
    );
    assert_eq!(warnings(&doc), vec!["translations: no translation for sw"]);
    let doc = minimal().edit(
        r#""original_language": "en""#,
        r#""original_language": "e n""#,
    );
    assert_eq!(
        warnings(&doc),
        vec![r#"original_language: not a language tag: "e n""#]
    );
}

#[test]
fn each_language_mismatch_says_which_language() {
    let doc = minimal().edit(
        r#""languages": ["en", "da"]"#,
        r#""languages": ["en", "da", "en"]"#,
    );
    assert_eq!(warnings(&doc), vec!["languages[2]: en is listed twice"]);
    let doc = minimal()
        .edit(
            r#""original_language": "en""#,
            r#""original_language": "sw""#,
        )
        .edit(
            r#""da": { "href": "da.json" }"#,
            r#""da": { "href": "da.json" }, "fi": { "href": "fi.json" }"#,
        );
    assert_eq!(
        warnings(&doc),
        vec![
            "translations.fi: fi is not in languages",
            "original_language: sw is not in languages",
        ]
    );
    let doc = minimal().edit(
        r#""languages": ["en", "da"]"#,
        r#""languages": ["en", "da", "de"]"#,
    );
    let v = validate_document(&json(&doc), URL).unwrap();
    assert_eq!(
        v.warnings.iter().map(|e| &e.problem).collect::<Vec<_>>(),
        vec![&Problem::NoTranslationFor(LangTag::parse("de").unwrap())]
    );
}

#[test]
fn deep_nesting_is_dropped_not_overflowed() {
    // Build the tree directly: serde_json itself limits recursion to 128.
    let mut j = Json::String("x".into());
    for _ in 0..10_000 {
        j = Json::Array(vec![Json::Object(vec![("b".into(), j)])]);
    }
    let mut doc = json(&minimal());
    if let Json::Object(o) = &mut doc {
        let tr = &mut o.iter_mut().find(|(k, _)| k == "translations").unwrap().1;
        let Json::Object(t) = tr else { unreachable!() };
        let en = &mut t[0].1;
        let Json::Object(en) = en else { unreachable!() };
        en[1].1 = Json::Array(vec![Json::Object(vec![
            ("type".into(), Json::String("paragraph".into())),
            ("text".into(), j),
        ])]);
    }
    // The deep run is dropped; the paragraph, left with nothing, too, and English with it:
    // Danish (in its own file) is left to show.
    let v = validate_document(&doc, URL).expect("shown without the deep run");
    assert!(v
        .warnings
        .iter()
        .any(|e| matches!(e.problem, Problem::TooDeep { .. })));
    assert_eq!(v.value.languages, vec![LangTag::parse("da").unwrap()]);
    std::mem::forget(doc); // dropping a 10,000-deep tree recursively would overflow the test thread
}

#[test]
fn no_mutation_of_a_real_fixture_makes_validation_panic() {
    let text =
        std::fs::read_to_string(root().join("www/articles/eu-kazakhstan-relations/article.json"))
            .unwrap();
    let bytes = text.as_bytes();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let junk: [&[u8]; 8] = [
        b"null",
        b"1e999",
        b"-1",
        b"\"\"",
        b"[]",
        b"{}",
        b"true",
        b"\"javascript:x\"",
    ];
    let mut parsed = 0;
    for _ in 0..3000 {
        let mut b = bytes.to_vec();
        let at = (next() % b.len() as u64) as usize;
        let len = (next() % 40) as usize;
        let end = (at + len).min(b.len());
        b.splice(at..end, junk[(next() % 8) as usize].iter().copied());
        if let Ok(j) = serde_json::from_slice::<Json>(&b) {
            parsed += 1;
            let _ = validate_document(&j, URL);
        }
    }
    assert!(
        parsed > 100,
        "enough mutants parse to exercise the validator ({parsed})"
    );
}
