//! The body's rules: the block list (ids unique, at most one ad) and each block, whose `type`
//! is read once into a [`BlockType`] that says which fields it allows and how to read them.
//!
//! Each block is a droppable part: an unknown type (a newer format's block, say), a bad image
//! URL or a missing text drops the block with a warning. A bad or repeated `id` or a bad
//! `lang` drops only that attribute; a second ad marker is dropped. The body is refused only
//! when no block is left.

use super::problem::Problem;
use super::walker::{Obj, Walker};
use crate::core::article::{Block, BlockKind, BlockType, Inline};
use crate::core::json::Json;
use crate::core::limits::{IMAGE_MAX_PX, MAX_BLOCKS, MAX_ID_LEN, MAX_LIST_ITEMS};

/// Every field a block of a type may have (`type`, `id` and `lang` in all of them).
fn fields(t: BlockType) -> &'static [&'static str] {
    match t {
        BlockType::Heading => &["type", "id", "lang", "level", "text"],
        BlockType::Paragraph => &["type", "id", "lang", "text"],
        BlockType::Quote => &["type", "id", "lang", "text", "cite"],
        BlockType::List => &["type", "id", "lang", "ordered", "items"],
        BlockType::Image => &[
            "type", "id", "lang", "src", "alt", "width", "height", "caption",
        ],
        BlockType::Ad => &["type", "id", "lang"],
    }
}

impl Walker {
    /// The body: at least one block, ids unique, at most one ad.
    pub(super) fn blocks(&mut self, j: &Json) -> Option<Vec<Block>> {
        let items = self.array(j, MAX_BLOCKS)?;
        let mut ids: Vec<String> = Vec::new();
        let mut ads = 0;
        let blocks = self.each(items, |w, item| {
            let mut b = w.block(item)?;
            if let Some(id) = b.id.take() {
                if ids.contains(&id) {
                    w.key("id", |w| w.err(Problem::BadId(id)));
                } else {
                    ids.push(id.clone());
                    b.id = Some(id);
                }
            }
            if matches!(b.kind, BlockKind::Ad) {
                ads += 1;
                if ads > 1 {
                    w.err(Problem::SecondAd);
                    return None;
                }
            }
            Some(b)
        });
        if blocks.is_empty() {
            self.err(Problem::Empty);
            return None;
        }
        Some(blocks)
    }

    fn block(&mut self, j: &Json) -> Option<Block> {
        let Json::Object(entries) = j else {
            self.wrong("an object", j);
            return None;
        };
        let ty = self.req(entries, "type", |w, j| {
            let s = w.raw(j)?;
            let ty = BlockType::parse(s);
            if ty.is_none() {
                w.err(Problem::UnknownBlockType(s.to_owned()));
            }
            ty
        })?;
        let o = self.object(j, fields(ty))?;
        let id = self.opt(o, "id", |w, j| {
            let s = w.raw(j)?;
            let ok = !s.is_empty()
                && s.len() <= MAX_ID_LEN
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !ok {
                w.err(Problem::BadId(s.to_owned()));
            }
            ok.then(|| s.to_owned())
        });
        let lang = self.opt(o, "lang", |w, j| w.lang(j));
        let kind = self.block_kind(ty, o)?;
        Some(Block { id, lang, kind })
    }

    /// The fields particular to a block of type `ty`.
    fn block_kind(&mut self, ty: BlockType, o: Obj<'_>) -> Option<BlockKind> {
        Some(match ty {
            BlockType::Heading => {
                let level = self.req(o, "level", |w, j| w.integer(j, 2, 4));
                let text = self.req(o, "text", |w, j| w.inlines(j));
                BlockKind::Heading {
                    level: level? as u8,
                    text: text?,
                }
            }
            BlockType::Paragraph => BlockKind::Paragraph(self.req(o, "text", |w, j| w.inlines(j))?),
            BlockType::Quote => {
                let text = self.req(o, "text", |w, j| w.inlines(j));
                let cite = self.opt(o, "cite", |w, j| w.text(j));
                BlockKind::Quote { text: text?, cite }
            }
            BlockType::List => {
                let ordered = self.opt(o, "ordered", |w, j| w.boolean(j));
                let items = self.req(o, "items", |w, j| w.list_items(j));
                BlockKind::List {
                    ordered: ordered.unwrap_or(false),
                    items: items?,
                }
            }
            BlockType::Image => {
                let src = self.req(o, "src", |w, j| w.url_or_relative(j));
                let alt = self.req(o, "alt", |w, j| w.string(j));
                let width = self.req(o, "width", |w, j| w.integer(j, 1, IMAGE_MAX_PX));
                let height = self.req(o, "height", |w, j| w.integer(j, 1, IMAGE_MAX_PX));
                let caption = self.opt(o, "caption", |w, j| w.inlines(j));
                BlockKind::Image {
                    src: src?,
                    alt: alt?,
                    width: width?,
                    height: height?,
                    caption,
                }
            }
            BlockType::Ad => BlockKind::Ad,
        })
    }

    /// A list block's items: at least one, each inline content.
    fn list_items(&mut self, j: &Json) -> Option<Vec<Vec<Inline>>> {
        let items = self.array(j, MAX_LIST_ITEMS)?;
        let items = self.each(items, |w, it| w.inlines(it));
        if items.is_empty() {
            self.err(Problem::Empty);
            return None;
        }
        Some(items)
    }
}
