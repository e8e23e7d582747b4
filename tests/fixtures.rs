//! The fixtures in `www/articles/` are the seed articles, faithfully: every body line of each
//! seed page is one text unit of the fixture, in order, and every translation aligns by id.

mod common;
use article_embed::core::article::translation_check::suspect_blocks;
use article_embed::core::article::BlockKind;
use common::*;

/// The text units of one language, but the images' captions: the seed pages have no image
/// (the fixtures' map and its caption are their own).
fn units(article: &article_embed::core::article::Article, lang: &str) -> Vec<String> {
    let t = article.translation(&tag(lang)).expect("loaded");
    t.blocks
        .iter()
        .filter(|b| !matches!(b.kind, BlockKind::Image { .. }))
        .flat_map(|b| b.text_units())
        .map(|u| norm(&u))
        .collect()
}

#[test]
fn danish_fixture_is_the_danish_seed_line_for_line() {
    let article = load_fixture("eu-kazakhstan-closer-ties");
    let seed = seed_body_lines("eu-kazakhstan-closer-ties.da.txt");
    assert_eq!(seed.len(), 41);
    assert_eq!(units(&article, "da"), seed);
}

#[test]
fn swahili_fixture_is_the_swahili_seed_line_for_line() {
    let article = load_fixture("eu-kazakhstan-relations");
    let seed = seed_body_lines("eu-kazakhstan-relations.sw.txt");
    assert_eq!(seed.len(), 41);
    assert_eq!(units(&article, "sw"), seed);
}

#[test]
fn every_translation_aligns_with_the_original_by_block_id() {
    for (name, langs) in [
        ("eu-kazakhstan-closer-ties", &["en", "da", "ar", "sw"][..]),
        ("eu-kazakhstan-relations", &["en", "sw"][..]),
        ("eu-kazakhstan-trade-in-figures", &["en", "ar"][..]),
    ] {
        let article = load_fixture(name);
        let ids = |l: &str| -> Vec<Option<String>> {
            article
                .translation(&tag(l))
                .unwrap()
                .blocks
                .iter()
                .map(|b| b.id.clone())
                .collect()
        };
        for l in langs {
            assert_eq!(ids(l), ids("en"), "{name} {l}");
        }
    }
}

#[test]
fn english_passages_of_the_swahili_seed_are_marked_english() {
    let article = load_fixture("eu-kazakhstan-relations");
    let sw = article.translation(&tag("sw")).unwrap();
    let english: Vec<&str> = ["p01", "p02"].to_vec();
    assert_eq!(
        sw.blocks
            .iter()
            .filter(|b| english.contains(&b.id.as_deref().unwrap_or("")))
            .count(),
        english.len()
    );
    for b in &sw.blocks {
        if english.contains(&b.id.as_deref().unwrap_or("")) {
            assert_eq!(
                b.lang.as_ref().map(|l| l.as_str()),
                Some("en"),
                "{:?}",
                b.id
            );
        }
    }
    // The mixed line: a Swahili label, then English marked as such inline.
    let p04 = sw
        .blocks
        .iter()
        .find(|b| b.id.as_deref() == Some("p04"))
        .unwrap();
    let BlockKind::Paragraph(inl) = &p04.kind else {
        panic!("p04 is a paragraph")
    };
    assert!(format!("{inl:?}").contains("lang: Some(LangTag(\"en\"))"));
}

#[test]
fn the_xnumx_sentence_is_flagged_and_correct_numbers_are_not() {
    let article = load_fixture("eu-kazakhstan-closer-ties");
    let da = article.translation(&tag("da")).unwrap();
    let en = article.translation(&tag("en")).unwrap();
    let flagged: Vec<String> = suspect_blocks(da, en)
        .iter()
        .map(|(b, _)| b.text_units().join(" "))
        .collect();
    assert!(flagged.iter().any(|t| t.contains("XNUMX")), "{flagged:?}");
    assert!(
        !flagged.iter().any(|t| t.contains("27,000")),
        "27,000 = 27,000 passes: {flagged:?}"
    );
    assert!(!flagged.iter().any(|t| t.contains("68.44")), "{flagged:?}");
}

#[test]
fn careful_translations_are_not_flagged() {
    let article = load_fixture("eu-kazakhstan-closer-ties");
    let en = article.translation(&tag("en")).unwrap();
    for lang in ["ar", "sw"] {
        let t = article.translation(&tag(lang)).unwrap();
        assert!(t.machine_translated, "{lang} is marked machine translated");
        let flagged: Vec<_> = suspect_blocks(t, en)
            .iter()
            .map(|(b, _)| b.id.clone())
            .collect();
        assert!(flagged.is_empty(), "{lang}: {flagged:?}");
    }
}
