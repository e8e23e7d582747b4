//! Degrade, don't refuse, as a spec: each kind of bad optional value is dropped with the part
//! it belongs to and reported as a warning with its path; the document is refused (errors)
//! only when nothing sensible can be shown.

mod common;
use article_embed::core::article::{
    validate_document, validate_translation, Article, BlockKind, BlockType, Inline, Network,
    SpanKind, Translation,
};
use article_embed::core::limits::{MAX_BLOCKS, MAX_TEXT_BYTES};
use common::*;

const URL: &str = "https://example.test/a/article.json";

const P: &str = r#"{ "type": "paragraph", "text": "Kept" }"#;

/// The article shown, and its warnings as text; panics when the document is refused.
fn shown(text: &str) -> (Article, Vec<String>) {
    match validate_document(&json(text), URL) {
        Ok(v) => (v.value, v.warnings.iter().map(|e| e.to_string()).collect()),
        Err(e) => panic!("refused: {e:?}"),
    }
}

/// The errors of a refused document; panics when it is shown.
fn refused(text: &str) -> Vec<String> {
    match validate_document(&json(text), URL) {
        Ok(v) => panic!("shown, with warnings {:?}", v.warnings),
        Err(e) => e.iter().map(|e| e.to_string()).collect(),
    }
}

fn english(a: &Article) -> &Translation {
    a.translation(&tag("en")).expect("English is inline")
}

fn kinds(a: &Article) -> Vec<&'static str> {
    english(a)
        .blocks
        .iter()
        .map(|b| BlockType::of(&b.kind).name())
        .collect()
}

#[test]
fn an_image_with_a_bad_url_is_dropped() {
    let (a, w) = shown(&doc(
        "",
        &format!(
            r#"{P}, {{ "type": "image", "src": "javascript:alert(1)", "alt": "", "width": 1, "height": 1 }}"#
        ),
    ));
    assert_eq!(kinds(&a), vec!["paragraph"]);
    assert_eq!(
        w,
        vec!["translations.en.blocks[1].src: not an http, https or mailto URL"]
    );
}

#[test]
fn a_link_with_a_bad_url_keeps_its_text() {
    let (a, w) = shown(&doc(
        "",
        r#"{ "type": "paragraph", "text": ["See ", { "a": "the text", "href": "data:text/html,x" }] }"#,
    ));
    let BlockKind::Paragraph(text) = &english(&a).blocks[0].kind else {
        panic!("a paragraph")
    };
    assert_eq!(
        text[1],
        Inline::Span {
            kind: SpanKind::Plain,
            lang: None,
            children: vec![Inline::Text("the text".into())]
        }
    );
    assert_eq!(
        w,
        vec!["translations.en.blocks[0].text[1].href: not an http, https or mailto URL"]
    );
}

#[test]
fn a_bad_follow_us_item_is_dropped() {
    let text = doc("", P).edit(
        r#""publisher": { "name": "EU Reporter" }"#,
        r#""publisher": { "name": "EU Reporter", "url": "vbscript:x", "follow": [
            { "network": "facebook", "url": "javascript:x" },
            { "network": "myspace", "url": "https://myspace.example/" },
            { "network": "x", "url": "https://x.com/EUReporter" } ] }"#,
    );
    let (a, w) = shown(&text);
    assert_eq!(a.publisher.url, None);
    assert_eq!(a.publisher.follow.len(), 1);
    assert_eq!(a.publisher.follow[0].network, Network::X);
    assert_eq!(
        w,
        vec![
            "publisher.url: not an http, https or mailto URL",
            "publisher.follow[0].url: not an http, https or mailto URL",
            r#"publisher.follow[1].network: unknown network "myspace""#,
        ]
    );
}

#[test]
fn a_bad_trending_item_or_ad_is_dropped() {
    let (a, w) = shown(&doc(
        r#""ad": { "src": "javascript:x", "width": 300, "height": 250 },
           "trending": [ { "title": "Bad", "url": "JaVaScRiPt:x" },
                         { "title": "Good", "url": "https://e.example/", "lang": "not a tag" } ],"#,
        P,
    ));
    assert!(a.ad.is_none());
    assert_eq!(a.trending.len(), 1);
    assert_eq!(a.trending[0].title, "Good");
    assert_eq!(a.trending[0].lang, None, "the bad tag alone is dropped");
    assert_eq!(
        w,
        vec![
            "ad.src: not an http, https or mailto URL",
            "trending[0].url: not an http, https or mailto URL",
            r#"trending[1].lang: not a language tag: "not a tag""#,
        ]
    );
}

#[test]
fn an_unknown_block_type_is_dropped_so_a_newer_format_stays_readable() {
    let (a, w) = shown(&doc(
        "",
        &format!(
            r#"{P}, {{ "type": "hologram", "src": "https://v.example/", "poster": "p.jpg" }}, {P}"#
        ),
    ));
    assert_eq!(kinds(&a), vec!["paragraph", "paragraph"]);
    assert_eq!(
        w,
        vec![r#"translations.en.blocks[1].type: unknown block type "hologram""#]
    );
}

#[test]
fn an_unknown_field_is_ignored() {
    let (a, w) = shown(&doc(r#""sponsor": "x","#, P));
    assert_eq!(kinds(&a), vec!["paragraph"]);
    assert_eq!(w, vec!["sponsor: unknown field"]);
}

#[test]
fn a_bad_or_repeated_id_is_dropped_alone() {
    let (a, w) = shown(&doc(
        "",
        r#"{ "type": "paragraph", "id": "a b", "text": "1" },
           { "type": "paragraph", "id": "p", "text": "2" },
           { "type": "paragraph", "id": "p", "text": "3" }"#,
    ));
    let ids: Vec<Option<&str>> = english(&a).blocks.iter().map(|b| b.id.as_deref()).collect();
    assert_eq!(ids, vec![None, Some("p"), None]);
    assert_eq!(
        w,
        vec![
            r#"translations.en.blocks[0].id: bad or duplicate block id "a b""#,
            r#"translations.en.blocks[2].id: bad or duplicate block id "p""#,
        ]
    );
}

#[test]
fn a_bad_language_tag_on_a_passage_is_dropped_alone() {
    let (a, w) = shown(&doc(
        "",
        r#"{ "type": "paragraph", "lang": "<x>", "text": [{ "span": "ord", "lang": "d a" }] }"#,
    ));
    let b = &english(&a).blocks[0];
    assert_eq!(b.lang, None);
    let BlockKind::Paragraph(text) = &b.kind else {
        panic!("a paragraph")
    };
    assert!(matches!(&text[0], Inline::Span { lang: None, .. }));
    assert_eq!(
        w,
        vec![
            r#"translations.en.blocks[0].lang: not a language tag: "<x>""#,
            r#"translations.en.blocks[0].text[0].lang: not a language tag: "d a""#,
        ]
    );
}

#[test]
fn a_too_long_string_is_cut_at_a_character_boundary() {
    let long = "é".repeat(MAX_TEXT_BYTES); // two bytes each
    let (a, w) = shown(&doc(
        "",
        &format!(r#"{{ "type": "paragraph", "text": "{long}" }}"#),
    ));
    let BlockKind::Paragraph(text) = &english(&a).blocks[0].kind else {
        panic!("a paragraph")
    };
    let Inline::Text(t) = &text[0] else {
        panic!("text")
    };
    assert_eq!(t.len(), MAX_TEXT_BYTES);
    assert!(t.chars().all(|c| c == 'é'));
    assert_eq!(
        w,
        vec![format!(
            "translations.en.blocks[0].text: longer than {MAX_TEXT_BYTES}"
        )]
    );
}

#[test]
fn too_many_blocks_are_cut_to_the_limit() {
    let blocks = vec![P; MAX_BLOCKS + 5].join(",");
    let (a, w) = shown(&doc("", &blocks));
    assert_eq!(english(&a).blocks.len(), MAX_BLOCKS);
    assert_eq!(
        w,
        vec![format!("translations.en.blocks: longer than {MAX_BLOCKS}")]
    );
}

#[test]
fn bad_optional_fields_of_a_translation_are_dropped() {
    let text = doc("", P).edit(
        r#""title": "T","#,
        r#""title": "T", "lead": 7, "url": "javascript:x", "translated_from": "??", "machine_translated": "yes","#,
    );
    let (a, w) = shown(&text);
    let t = english(&a);
    assert_eq!(
        (t.lead.as_deref(), &t.url, &t.translated_from),
        (None, &None, &None)
    );
    assert!(!t.machine_translated);
    assert_eq!(w.len(), 4, "{w:?}");
}

#[test]
fn a_bad_canonical_url_gives_way_to_the_document_s_own() {
    let text = doc("", P).edit("https://example.test/a/\"", "javascript:alert(1)\"");
    let (a, w) = shown(&text);
    assert_eq!(a.url.as_str(), URL);
    assert_eq!(w, vec!["url: not an http, https or mailto URL"]);
}

#[test]
fn a_second_ad_marker_and_a_block_without_its_text_are_dropped() {
    let (a, w) = shown(&doc(
        "",
        &format!(
            r#"{{ "type": "ad" }}, {P}, {{ "type": "ad" }}, {{ "type": "heading", "level": 9, "text": "H" }}"#
        ),
    ));
    assert_eq!(kinds(&a), vec!["ad", "paragraph"]);
    assert_eq!(
        w,
        vec![
            "translations.en.blocks[2]: more than one ad block",
            "translations.en.blocks[3].level: out of range 2..=4",
        ]
    );
}

#[test]
fn a_broken_translation_is_dropped_while_another_language_is_left() {
    let text = doc("", P)
        .edit(r#""languages": ["en"]"#, r#""languages": ["en", "da"]"#)
        .edit(
            r#""translations": {"#,
            r#""translations": { "da": { "blocks": [] },"#,
        );
    let (a, w) = shown(&text);
    assert_eq!(a.languages, vec![tag("en")]);
    assert_eq!(
        w,
        vec![
            "translations.da.title: missing",
            "translations.da.blocks: empty",
            "translations: no translation for da",
        ]
    );
}

#[test]
fn what_leaves_nothing_to_show_is_refused() {
    assert_eq!(refused("[]"), vec!["expected an object, found an array"]);
    let no_format = doc("", P).edit(r#""format": "article-embed/1","#, "");
    assert_eq!(refused(&no_format), vec!["format: missing"]);
    let no_title = doc("", P).edit(r#""title": "T","#, "");
    assert_eq!(
        refused(&no_title),
        vec![
            "translations.en.title: missing",
            "translations: no language has a title and a block to show"
        ]
    );
    let no_blocks = doc("", r#"{ "type": "hologram" }"#);
    assert_eq!(
        refused(&no_blocks),
        vec![
            "translations.en.blocks: empty",
            "translations: no language has a title and a block to show"
        ]
    );
    let no_date = doc("", P).edit("2022-06-21T09:00:00+02:00", "yesterday");
    assert_eq!(
        refused(&no_date),
        vec!["published: not an ISO 8601 date-time with zone"]
    );
    let no_languages = doc("", P).edit(r#""languages": ["en"],"#, "");
    assert_eq!(refused(&no_languages), vec!["languages: missing"]);
    let no_listed = doc("", P).edit(r#""languages": ["en"]"#, r#""languages": ["fr"]"#);
    assert_eq!(
        refused(&no_listed),
        vec!["translations: no language has a title and a block to show"]
    );
}

#[test]
fn a_translation_file_is_refused_without_title_or_blocks_and_degrades_otherwise() {
    let file = |s: &str| validate_translation(&json(s), &tag("da"), URL, URL);
    let errs = file(r#"{ "title": " ", "blocks": [{ "type": "ad" }] }"#).unwrap_err();
    let errs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert_eq!(errs, vec!["translations.da.title: empty"]);
    let v = file(r#"{ "title": "T", "blocks": [{ "type": "x" }, { "type": "ad" }] }"#).unwrap();
    assert_eq!(v.value.blocks.len(), 1);
    assert_eq!(
        v.warnings[0].to_string(),
        r#"translations.da.blocks[0].type: unknown block type "x""#
    );
}
