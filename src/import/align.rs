//! Block ids and translation alignment.
//!
//! The original's blocks get stable ids by kind and position (`p01`, `h01`, `q01`, `l01`,
//! `img01`, like the hand-written fixtures). A translation is aligned with the original block
//! by block, in order and kind; each translated block then carries its original's id, which is
//! what the widget's honest-translation checks compare. A translation whose sequence of kinds
//! differs is refused with the first place where it differs.

use crate::core::article::{Block, BlockKind, BlockType};
use std::fmt;

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

/// Where a translation stops matching its original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misalignment {
    /// Index of the first block that differs.
    pub at: usize,
    /// The original's block there (`None`: the original has ended).
    pub original: Option<BlockType>,
    /// The translation's block there (`None`: the translation has ended).
    pub translation: Option<BlockType>,
    /// Blocks in the original and the translation.
    pub lengths: (usize, usize),
}

impl fmt::Display for Misalignment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = |k: Option<BlockType>| k.map_or("nothing", BlockType::name);
        write!(
            f,
            "block {} is {} in the original but {} in the translation ({} blocks against {})",
            self.at + 1,
            name(self.original),
            name(self.translation),
            self.lengths.0,
            self.lengths.1
        )
    }
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

/// Copies the original's ids onto a translation's blocks, or says where they stop matching.
pub fn align(original: &[Block], translation: &mut [Block]) -> Result<(), Misalignment> {
    let lengths = (original.len(), translation.len());
    for i in 0..original.len().max(translation.len()) {
        let o = original.get(i).map(|b| BlockType::of(&b.kind));
        let t = translation.get(i).map(|b| BlockType::of(&b.kind));
        if o != t {
            return Err(Misalignment {
                at: i,
                original: o,
                translation: t,
                lengths,
            });
        }
    }
    for (t, o) in translation.iter_mut().zip(original) {
        t.id.clone_from(&o.id);
    }
    Ok(())
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
        align(&o, &mut t).unwrap();
        assert_eq!(t[2].id.as_deref(), Some("p02"));
    }

    #[test]
    fn a_different_structure_is_refused_where_it_differs() {
        let o = vec![p(), h(), p()];
        let mut t = vec![p(), p(), p()];
        let e = align(&o, &mut t).unwrap_err();
        assert_eq!(
            (e.at, e.original, e.translation),
            (1, Some(BlockType::Heading), Some(BlockType::Paragraph))
        );
        let mut short = vec![p(), h()];
        assert_eq!(align(&o, &mut short).unwrap_err().translation, None);
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
