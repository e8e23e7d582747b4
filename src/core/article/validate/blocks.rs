//! The body's rules: the block list (ids unique, at most one ad and one footnotes block) and
//! each block, whose `type` is read once into a [`BlockType`] that says which fields it allows
//! and how to read them. Tables are in `table`, the media blocks in `media`, footnote
//! references in `notes`.
//!
//! Each block is a droppable part: an unknown type (a newer format's block, say), a bad image
//! URL or a missing text drops the block with a warning. A bad or repeated `id` or a bad
//! `lang` drops only that attribute; a second ad marker is dropped. The body is refused only
//! when no block is left.

use super::problem::Problem;
use super::walker::{Obj, Walker};
use crate::core::article::{Block, BlockKind, BlockType, ListItem, SubList};
use crate::core::article::{Button, Note, PreVariant};
use crate::core::json::Json;
use crate::core::limits::{MAX_BLOCKS, MAX_BUTTONS, MAX_LIST_DEPTH, MAX_LIST_ITEMS, MAX_NOTES};

/// Every field a block of a type may have (`type`, `id` and `lang` in all of them).
fn fields(t: BlockType) -> &'static [&'static str] {
    match t {
        BlockType::Heading => &["type", "id", "lang", "level", "text"],
        BlockType::Paragraph => &["type", "id", "lang", "text"],
        BlockType::Quote => &["type", "id", "lang", "text", "cite", "pull"],
        BlockType::List => &["type", "id", "lang", "ordered", "items"],
        BlockType::Image => &[
            "type", "id", "lang", "src", "alt", "width", "height", "caption",
        ],
        BlockType::Ad | BlockType::Separator => &["type", "id", "lang"],
        BlockType::Table => &["type", "id", "lang", "caption", "head", "body", "foot"],
        BlockType::Embed => &[
            "type", "id", "lang", "provider", "url", "title", "caption", "poster", "width",
            "height",
        ],
        BlockType::Post => &[
            "type", "id", "lang", "network", "url", "author", "handle", "date", "text", "media",
        ],
        BlockType::Video => &[
            "type", "id", "lang", "src", "poster", "width", "height", "caption", "tracks",
        ],
        BlockType::Audio => &["type", "id", "lang", "src", "caption"],
        BlockType::Gallery => &["type", "id", "lang", "images", "caption"],
        BlockType::Preformatted => &["type", "id", "lang", "variant", "text"],
        BlockType::Buttons => &["type", "id", "lang", "items"],
        BlockType::Footnotes => &["type", "id", "lang", "notes"],
    }
}

impl Walker {
    /// The body: at least one block, ids unique, at most one ad and one footnotes block.
    pub(super) fn blocks(&mut self, j: &Json) -> Option<Vec<Block>> {
        let items = self.array(j, MAX_BLOCKS)?;
        let mut ids: Vec<String> = Vec::new();
        let (mut ads, mut notes) = (0, 0);
        self.note_refs.clear();
        let mut blocks = self.each(items, |w, item| {
            let mut b = w.block(item)?;
            if let Some(id) = b.id.take() {
                if ids.contains(&id) {
                    w.key("id", |w| w.err(Problem::BadId(id)));
                } else {
                    ids.push(id.clone());
                    b.id = Some(id);
                }
            }
            let (count, second) = match b.kind {
                BlockKind::Ad => (&mut ads, Problem::SecondAd),
                BlockKind::Footnotes(_) => (&mut notes, Problem::SecondFootnotes),
                _ => return Some(b),
            };
            *count += 1;
            if *count > 1 {
                w.err(second);
                return None;
            }
            Some(b)
        });
        if blocks.is_empty() {
            self.err(Problem::Empty);
            return None;
        }
        self.resolve_notes(&mut blocks);
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
        let id = self.opt(o, "id", |w, j| w.id(j));
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
                let pull = self.opt(o, "pull", |w, j| w.boolean(j));
                BlockKind::Quote {
                    text: text?,
                    cite,
                    pull: pull.unwrap_or(false),
                }
            }
            BlockType::List => {
                let l = self.list(o, 1)?;
                BlockKind::List {
                    ordered: l.ordered,
                    items: l.items,
                }
            }
            BlockType::Image => {
                let f = self.figure(o)?;
                BlockKind::Image {
                    src: f.src,
                    alt: f.alt,
                    width: f.width,
                    height: f.height,
                    caption: f.caption,
                }
            }
            BlockType::Ad => BlockKind::Ad,
            BlockType::Separator => BlockKind::Separator,
            BlockType::Table => BlockKind::Table(self.table(o)?),
            BlockType::Embed => BlockKind::Embed(self.embed(o)?),
            BlockType::Post => BlockKind::Post(self.post(o)?),
            BlockType::Video => BlockKind::Video(self.video(o)?),
            BlockType::Audio => BlockKind::Audio(self.audio(o)?),
            BlockType::Gallery => BlockKind::Gallery(self.gallery(o)?),
            BlockType::Preformatted => {
                let variant = self.opt(o, "variant", |w, j| w.name(j, PreVariant::parse));
                let text = self.req(o, "text", |w, j| w.text(j))?;
                BlockKind::Preformatted {
                    variant: variant.unwrap_or(PreVariant::Plain),
                    text,
                }
            }
            BlockType::Buttons => BlockKind::Buttons(self.req(o, "items", |w, j| {
                let items = w.array(j, MAX_BUTTONS)?;
                let buttons = w.each(items, |w, item| {
                    let o = w.object(item, &["text", "url"])?;
                    let text = w.req(o, "text", |w, j| w.text(j));
                    let url = w.req(o, "url", |w, j| w.url(j));
                    Some(Button {
                        text: text?,
                        url: url?,
                    })
                });
                w.non_empty(buttons)
            })?),
            BlockType::Footnotes => BlockKind::Footnotes(self.req(o, "notes", |w, j| {
                let items = w.array(j, MAX_NOTES)?;
                let mut ids: Vec<String> = Vec::new();
                let notes = w.each(items, |w, item| {
                    let o = w.object(item, &["id", "text"])?;
                    let id = w.req(o, "id", |w, j| {
                        let id = w.id(j)?;
                        if ids.contains(&id) {
                            w.err(Problem::BadId(id));
                            return None;
                        }
                        ids.push(id.clone());
                        Some(id)
                    });
                    let text = w.req(o, "text", |w, j| w.inlines(j));
                    Some(Note {
                        id: id?,
                        text: text?,
                    })
                });
                w.non_empty(notes)
            })?),
        })
    }

    /// A list (`ordered`, `items`) at nesting `depth` (the block's own list is 1).
    fn list(&mut self, o: Obj<'_>, depth: usize) -> Option<SubList> {
        let ordered = self.opt(o, "ordered", |w, j| w.boolean(j));
        let items = self.req(o, "items", |w, j| {
            let items = w.array(j, MAX_LIST_ITEMS)?;
            let items = w.each(items, |w, it| w.list_item(it, depth));
            w.non_empty(items)
        });
        Some(SubList {
            ordered: ordered.unwrap_or(false),
            items: items?,
        })
    }

    /// A list item: inline content, or `{ "text": inlines, "list": { "ordered", "items" } }`
    /// for one that holds a list (text optional then). A list nested deeper than
    /// [`MAX_LIST_DEPTH`] is dropped; its item keeps its text.
    fn list_item(&mut self, j: &Json, depth: usize) -> Option<ListItem> {
        let Json::Object(_) = j else {
            return Some(ListItem {
                text: self.inlines(j)?,
                list: None,
            });
        };
        let o = self.object(j, &["text", "list"])?;
        let text = self.opt(o, "text", |w, j| w.inlines(j));
        let list = self.opt(o, "list", |w, j| {
            if depth >= MAX_LIST_DEPTH {
                w.err(Problem::TooDeep {
                    max: MAX_LIST_DEPTH,
                });
                return None;
            }
            let o = w.object(j, &["ordered", "items"])?;
            w.list(o, depth + 1)
        });
        if text.is_none() && list.is_none() {
            self.err(Problem::Empty);
            return None;
        }
        Some(ListItem {
            text: text.unwrap_or_default(),
            list,
        })
    }

    /// The items left, or `None` (with a warning) when none is.
    fn non_empty<T>(&mut self, items: Vec<T>) -> Option<Vec<T>> {
        if items.is_empty() {
            self.err(Problem::Empty);
            return None;
        }
        Some(items)
    }
}
