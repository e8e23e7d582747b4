//! Translations on import, from responses saved from the real WordPress: a machine
//! translation block for block, a restructured one (shorter, another order of headings and
//! paragraphs) imported beside it, and unusable ones left out while the article is kept.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use article_embed::core::article::{Block, BlockKind, BlockType};
use article_embed::import::report::{LeftOut, Warning};
use common::import::*;
use common::*;

const EN: &str = "post-whole-article.en.json";
const DA: &str = "post-whole-article.da.json";
const SW: &str = "post-whole-article.sw.json";

fn realigned(warnings: &[Warning], of: &str) -> Option<(usize, usize, usize)> {
    warnings.iter().find_map(|w| match w {
        Warning::Realigned {
            lang,
            aligned,
            blocks,
            original,
        } if lang == of => Some((*aligned, *blocks, *original)),
        _ => None,
    })
}

#[test]
fn a_restructured_translation_is_imported_beside_an_aligned_one() {
    let out = import(EN, &[("da", DA), ("sw", SW)], &["da"]).unwrap();
    let names: Vec<_> = out.files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["article.json", "da.json", "sw.json"]);
    let (article, tr) = read_back(&out, "import_translations", "restructured");
    let en = article.translation(&tag("en")).unwrap();
    let (da, sw) = (&tr[0].translation, &tr[1].translation);
    // Danish: block for block, every id the original's.
    let ids = |bs: &[Block]| bs.iter().map(|b| b.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&da.blocks), ids(&en.blocks));
    assert_eq!(realigned(&out.report.warnings, "da"), None);
    // Swahili: its own blocks in its own order, as the post has them …
    assert_eq!(
        kinds(&sw.blocks),
        [
            "paragraph",
            "heading",
            "post",
            "heading",
            "table",
            "paragraph",
            "heading",
            "embed",
            "list",
            "quote",
            "video",
            "paragraph"
        ]
    );
    // … those that are surely the original's carry its ids (the figures' table and the
    // embed, which moved, too), each of the original's kind, and one line says how far.
    let aligned: Vec<&str> = body(&sw.blocks)
        .iter()
        .filter_map(|b| b.id.as_deref())
        .collect();
    for id in ["p01", "tbl01", "emb01", "post01", "vid01"] {
        assert!(aligned.contains(&id), "{id} in {aligned:?}");
    }
    for b in body(&sw.blocks) {
        if let Some(id) = &b.id {
            let o = en
                .blocks
                .iter()
                .find(|o| o.id.as_ref() == Some(id))
                .unwrap();
            assert_eq!(BlockType::of(&o.kind), BlockType::of(&b.kind), "{id}");
        }
    }
    assert_eq!(
        realigned(&out.report.warnings, "sw"),
        Some((aligned.len(), 12, body(&en.blocks).len()))
    );
    let lines = out.report.to_text();
    let line: Vec<_> = lines
        .lines()
        .filter(|l| l.contains("not block for block"))
        .collect();
    assert_eq!(line.len(), 1, "{lines}");
    assert!(
        line[0].contains(&format!("{} of its 12 blocks", aligned.len())),
        "{}",
        line[0]
    );
}

#[test]
fn the_machine_translation_checks_read_table_cells_too() {
    let out = import(EN, &[("da", DA)], &["da"]).unwrap();
    // The Danish table has XNUMX for 9,200: its block is flagged, and no other.
    let suspects: Vec<_> = out
        .report
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::SuspectPassage { lang, id } => Some(format!("{lang}:{id}")),
            _ => None,
        })
        .collect();
    assert_eq!(suspects, ["da:tbl01"]);
    let (_, tr) = read_back(&out, "import_translations", "table-cells");
    let table = tr[0]
        .translation
        .blocks
        .iter()
        .find(|b| b.id.as_deref() == Some("tbl01"))
        .unwrap();
    assert!(matches!(&table.kind, BlockKind::Table(t) if t.body.len() == 2 && t.foot.len() == 1));
    // The quoted posts stay in their own language inside the Danish body.
    let posts: Vec<_> = tr[0]
        .translation
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Post(_)))
        .map(|b| b.lang.as_ref().map(|l| l.as_str().to_owned()))
        .collect();
    assert_eq!(posts, [Some("en".to_owned()), Some("en".to_owned())]);
}

#[test]
fn an_unusable_translation_is_left_out_and_the_article_kept() {
    // Given as Danish: an empty post, a password-protected one, and the English original.
    for (file, why) in [
        ("post-no-content.json", LeftOut::NoBlock),
        ("post-protected.json", LeftOut::Protected),
        (
            "post-closer-ties.en.json",
            LeftOut::WrongLanguage {
                detected: "en".into(),
            },
        ),
    ] {
        let out = import(
            "post-closer-ties.en.json",
            &[("da", file), ("sw", "post-relations.sw.json")],
            &[],
        )
        .unwrap();
        let names: Vec<_> = out.files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["article.json", "sw.json"], "{file}");
        let left: Vec<_> = out
            .report
            .warnings
            .iter()
            .filter_map(|w| match w {
                Warning::TranslationLeftOut {
                    lang,
                    input,
                    reason,
                } => Some((lang.as_str(), input.ends_with(file), reason.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(left, [("da", true, why)], "{file}");
        let (article, _) = read_back(&out, "import_translations", file);
        assert_eq!(
            article
                .languages
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>(),
            ["en", "sw"]
        );
    }
}

#[test]
fn a_translation_of_another_structure_is_imported_with_what_aligns() {
    // The Swahili post is another article's translation: hardly anything aligns, yet it is
    // imported (its blocks shown as they are), and the report says how little aligned.
    let out = import(
        "post-closer-ties.en.json",
        &[("sw", "post-relations.sw.json")],
        &[],
    )
    .unwrap();
    let (_, tr) = read_back(&out, "import_translations", "another-structure");
    let sw = &tr[0].translation;
    let (aligned, blocks) = out
        .report
        .warnings
        .iter()
        .find_map(|w| match w {
            Warning::Realigned {
                lang,
                aligned,
                blocks,
                ..
            } if lang == "sw" => Some((*aligned, *blocks)),
            _ => None,
        })
        .expect("one warning line says so");
    let own = |b: &&Block| !matches!(b.id.as_deref(), Some("featured" | "ad01"));
    let body: Vec<_> = sw.blocks.iter().filter(own).collect();
    assert_eq!(body.len(), blocks);
    assert_eq!(body.iter().filter(|b| b.id.is_some()).count(), aligned);
    assert!(aligned * 10 < blocks, "{aligned} of {blocks}");
}
