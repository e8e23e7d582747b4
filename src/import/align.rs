//! Block ids and translation alignment.
//!
//! The original's blocks get stable ids by kind and position (`p01`, `h01`, `q01`, `l01`,
//! `img01`, like the hand-written fixtures). A translated block that aligns with an original
//! block carries its id, which is what the widget's honest-translation checks compare.
//!
//! A translation with the original's kinds in the original's order is aligned block for block.
//! Any other (shorter, merged, reordered: an editor's) is aligned by a sequence alignment
//! (Needleman–Wunsch): the order-keeping pairing of blocks of the same kind that maximises the
//! sum of their [similarity](crate::import::similarity) less [`MIN_SIMILARITY`], so that a
//! pair only aligns where it is more alike than not, and a moved block stays unaligned rather
//! than pulling the rest out of place. Then a block that moved (an embed, a table placed
//! elsewhere) still aligns when it is surely the same content as one original block left
//! unaligned, and no other: the same URLs, or the same figures (see
//! [`Features::same_content`]). Blocks left unaligned keep no id: they are shown, but not
//! compared with an original passage.

use crate::core::article::{Block, BlockKind, BlockType};
use crate::import::similarity::Features;

/// The prefix of the ids given to blocks of a type (`p07`, `h02`, `img01`).
fn id_prefix(t: BlockType) -> &'static str {
    match t {
        BlockType::Heading => "h",
        BlockType::Paragraph => "p",
        BlockType::Quote => "q",
        BlockType::List => "l",
        BlockType::Image => "img",
        BlockType::Ad => "ad",
        BlockType::Table => "tbl",
        BlockType::Embed => "emb",
        BlockType::Post => "post",
        BlockType::Video => "vid",
        BlockType::Audio => "aud",
        BlockType::Gallery => "gal",
        BlockType::Preformatted => "pre",
        BlockType::Separator => "hr",
        BlockType::Buttons => "btn",
        BlockType::Footnotes => "fn",
    }
}

/// How alike a translated block and an original block of the same kind must be to align, in
/// a translation that is not block for block (0–1, see `similarity`).
pub const MIN_SIMILARITY: f64 = 0.45;

/// How a translation aligned with its original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alignment {
    /// Its blocks that took an original's id.
    pub aligned: usize,
    /// Its blocks.
    pub blocks: usize,
    /// The original's blocks.
    pub original: usize,
    /// Block for block: the same kinds in the same order.
    pub exact: bool,
}

/// Gives every block an id from its kind and its position among blocks of that kind.
pub fn assign_ids(blocks: &mut [Block]) {
    let mut counts: Vec<(BlockType, usize)> = Vec::new();
    for b in blocks {
        let kind = BlockType::of(&b.kind);
        let n = match counts.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                counts.push((kind, 1));
                1
            }
        };
        b.id = Some(format!("{}{n:02}", id_prefix(kind)));
    }
}

/// Copies the original's ids onto the translation's blocks that align with one.
pub fn align(original: &[Block], translation: &mut [Block]) -> Alignment {
    let kind = |b: &Block| BlockType::of(&b.kind);
    let exact = original.len() == translation.len()
        && original
            .iter()
            .zip(translation.iter())
            .all(|(o, t)| kind(o) == kind(t));
    let pairs: Vec<(usize, usize)> = if exact {
        (0..original.len()).map(|i| (i, i)).collect()
    } else {
        let mut pairs = sequence_alignment(original, translation);
        moved(original, translation, &mut pairs);
        pairs
    };
    for t in translation.iter_mut() {
        t.id = None;
    }
    for &(o, t) in &pairs {
        translation[t].id.clone_from(&original[o].id);
    }
    Alignment {
        aligned: pairs.len(),
        blocks: translation.len(),
        original: original.len(),
        exact,
    }
}

/// Adds the pairs of blocks left unaligned that are surely the same content, each the other's
/// only such block: a moved embed, table or image.
fn moved(original: &[Block], translation: &[Block], pairs: &mut Vec<(usize, usize)>) {
    let (n, m) = (original.len(), translation.len());
    let free_o: Vec<usize> = (0..n)
        .filter(|i| !pairs.iter().any(|p| p.0 == *i))
        .collect();
    let free_t: Vec<usize> = (0..m)
        .filter(|j| !pairs.iter().any(|p| p.1 == *j))
        .collect();
    let fo: Vec<(usize, Features)> = free_o
        .iter()
        .map(|&i| (i, Features::of(&original[i], i, n)))
        .collect();
    let ft: Vec<(usize, Features)> = free_t
        .iter()
        .map(|&j| (j, Features::of(&translation[j], j, m)))
        .collect();
    let same = |(i, a): &(usize, Features), (j, b): &(usize, Features)| {
        BlockType::of(&original[*i].kind) == BlockType::of(&translation[*j].kind)
            && a.same_content(b)
    };
    for t in &ft {
        let mut found = fo.iter().filter(|o| same(o, t));
        if let (Some(o), None) = (found.next(), found.next()) {
            if ft.iter().filter(|t2| same(o, t2)).count() == 1 {
                pairs.push((o.0, t.0));
            }
        }
    }
}

/// The aligned pairs (original index, translation index), in order: Needleman–Wunsch with
/// gaps free and a match worth its similarity less [`MIN_SIMILARITY`] (blocks of different
/// kinds never match).
fn sequence_alignment(original: &[Block], translation: &[Block]) -> Vec<(usize, usize)> {
    let (n, m) = (original.len(), translation.len());
    let fo: Vec<Features> = original
        .iter()
        .enumerate()
        .map(|(i, b)| Features::of(b, i, n))
        .collect();
    let ft: Vec<Features> = translation
        .iter()
        .enumerate()
        .map(|(j, b)| Features::of(b, j, m))
        .collect();
    let gain = |i: usize, j: usize| -> Option<f64> {
        (BlockType::of(&original[i].kind) == BlockType::of(&translation[j].kind))
            .then(|| fo[i].similarity(&ft[j]) - MIN_SIMILARITY)
            .filter(|g| *g > 0.0)
    };
    // best[i][j]: the best score aligning original[..i] with translation[..j].
    let mut best = vec![vec![0.0f64; m + 1]; n + 1];
    for i in 1..=n {
        for j in 1..=m {
            let skip = best[i - 1][j].max(best[i][j - 1]);
            best[i][j] = match gain(i - 1, j - 1) {
                Some(g) => skip.max(best[i - 1][j - 1] + g),
                None => skip,
            };
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 && j > 0 {
        match gain(i - 1, j - 1) {
            Some(g) if (best[i][j] - (best[i - 1][j - 1] + g)).abs() < 1e-12 => {
                pairs.push((i - 1, j - 1));
                i -= 1;
                j -= 1;
            }
            _ if best[i][j] == best[i - 1][j] => i -= 1,
            _ => j -= 1,
        }
    }
    pairs.reverse();
    pairs
}

/// Puts the ad slot after the `after`-th paragraph (`0`: no slot; fewer paragraphs: none).
pub fn place_ad(blocks: &mut Vec<Block>, after: usize) {
    if after == 0 {
        return;
    }
    let mut seen = 0;
    for i in 0..blocks.len() {
        if BlockType::of(&blocks[i].kind) == BlockType::Paragraph {
            seen += 1;
            if seen == after {
                let ad = Block {
                    id: Some("ad01".into()),
                    lang: None,
                    kind: BlockKind::Ad,
                };
                blocks.insert(i + 1, ad);
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::article::Inline;

    fn p() -> Block {
        Block {
            id: None,
            lang: None,
            kind: BlockKind::Paragraph(vec![Inline::Text("x".into())]),
        }
    }
    fn h() -> Block {
        Block {
            id: None,
            lang: None,
            kind: BlockKind::Heading {
                level: 2,
                text: vec![Inline::Text("x".into())],
            },
        }
    }

    #[test]
    fn ids_follow_kind_and_position_and_translations_take_them() {
        let mut o = vec![p(), h(), p()];
        assign_ids(&mut o);
        let ids: Vec<_> = o.iter().map(|b| b.id.clone().unwrap()).collect();
        assert_eq!(ids, ["p01", "h01", "p02"]);
        let mut t = vec![p(), h(), p()];
        let a = align(&o, &mut t);
        assert!(a.exact && a.aligned == 3);
        assert_eq!(t[2].id.as_deref(), Some("p02"));
    }

    fn text(kind: &str, s: &str) -> Block {
        let t = vec![Inline::Text(s.into())];
        Block {
            id: None,
            lang: None,
            kind: match kind {
                "h" => BlockKind::Heading { level: 2, text: t },
                _ => BlockKind::Paragraph(t),
            },
        }
    }

    fn ids(t: &[Block]) -> Vec<Option<&str>> {
        t.iter().map(|b| b.id.as_deref()).collect()
    }

    #[test]
    fn a_restructured_translation_aligns_what_is_alike_and_leaves_the_rest() {
        let mut o = vec![
            text(
                "p",
                "The EU and Kazakhstan traded goods worth €39.9 billion in 2022, up 23%.",
            ),
            text("h", "Energy"),
            text(
                "p",
                "Kazakhstan supplies 6% of the EU's crude oil through the CPC pipeline.",
            ),
            text(
                "p",
                "The ministers also discussed green hydrogen and raw materials.",
            ),
            text("h", "Trade"),
            text("p", "Exports of the EU to Kazakhstan rose to €9.2 billion."),
        ];
        assign_ids(&mut o);
        // Shorter and reordered: trade before energy, two paragraphs of the original gone.
        let mut t = vec![
            text("p", "EU na Kazakhstan zilifanya biashara ya bidhaa za €39.9 bilioni mwaka 2022, ongezeko la 23%."),
            text("h", "Biashara"),
            text("p", "Mauzo ya EU kwenda Kazakhstan yalipanda hadi €9.2 bilioni."),
            text("h", "Nishati"),
        ];
        let a = align(&o, &mut t);
        assert!(!a.exact);
        // The paragraphs align by their numbers and names; the headings, whose words share
        // nothing and which moved, are left without an id rather than paired by guess.
        assert_eq!(ids(&t), [Some("p01"), None, Some("p04"), None]);
        assert_eq!((a.aligned, a.blocks, a.original), (2, 4, 6));
    }

    #[test]
    fn a_moved_table_or_embed_keeps_its_id_by_its_figures_or_url() {
        let table = |head: &str| {
            let cell = |s: &str| crate::core::article::table::Cell {
                text: vec![Inline::Text(s.into())],
                ..crate::core::article::table::Cell::empty()
            };
            Block {
                id: None,
                lang: None,
                kind: BlockKind::Table(crate::core::article::table::Table {
                    caption: None,
                    head: vec![vec![cell(head)]],
                    body: vec![vec![cell("18,600"), cell("26,100"), cell("9,200")]],
                    foot: Vec::new(),
                }),
            }
        };
        let mut o = vec![
            text("p", "The Council met on 20 June 2022."),
            table("Exports"),
            text("p", "Oil makes up most of it."),
            text("p", "Ministers spoke afterwards to the press at length."),
        ];
        assign_ids(&mut o);
        // The table moved to the end; a paragraph took its place.
        let mut t = vec![
            text("p", "Baraza lilikutana tarehe 20 Juni 2022."),
            text("p", "Mawaziri walizungumza na waandishi wa habari."),
            table("Mauzo"),
        ];
        align(&o, &mut t);
        assert_eq!(ids(&t)[0], Some("p01"));
        assert_eq!(ids(&t)[2], Some("tbl01"));
    }

    #[test]
    fn blocks_of_other_kinds_or_unlike_text_never_align() {
        let mut o = vec![text("p", "Exports rose to €9.2 billion in 2022.")];
        assign_ids(&mut o);
        let mut t = vec![
            text("h", "Exports rose to €9.2 billion in 2022."),
            text(
                "p",
                "Something else entirely, with 17 other figures and 3 more.",
            ),
        ];
        let a = align(&o, &mut t);
        assert_eq!(ids(&t), [None, None]);
        assert_eq!(a.aligned, 0);
    }

    #[test]
    fn the_ad_goes_after_the_nth_paragraph() {
        let mut b = vec![p(), h(), p(), p()];
        place_ad(&mut b, 2);
        assert!(matches!(b[3].kind, BlockKind::Ad));
        let mut none = vec![p()];
        place_ad(&mut none, 0);
        place_ad(&mut none, 5);
        assert_eq!(none.len(), 1);
    }
}
