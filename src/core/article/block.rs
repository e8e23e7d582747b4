//! The body of a translation: its blocks. Their inline content is in `inline`; the richer
//! blocks' content (tables, embedded media, quoted posts, galleries) in `table` and `media`.

use super::inline::{plain_text, Inline};
use super::media::{Audio, Embed, Gallery, Post, Video};
use super::table::Table;
use crate::core::html::SafeUrl;
use crate::core::lang::LangTag;

/// A body block.
#[derive(Debug, Clone)]
pub struct Block {
    /// Stable id, the same in every language for the same passage.
    pub id: Option<String>,
    /// The block's language when it differs from the translation's.
    pub lang: Option<LangTag>,
    /// What it is.
    pub kind: BlockKind,
}

/// The kinds of body block.
#[derive(Debug, Clone)]
pub enum BlockKind {
    /// A heading, level 2–4.
    Heading {
        /// 2, 3 or 4.
        level: u8,
        /// Its text.
        text: Vec<Inline>,
    },
    /// A paragraph.
    Paragraph(Vec<Inline>),
    /// A quotation, or a pullquote (a passage of the article set apart).
    Quote {
        /// Quoted text.
        text: Vec<Inline>,
        /// Who said it.
        cite: Option<String>,
        /// A pullquote rather than a quotation.
        pull: bool,
    },
    /// A list, whose items may hold lists of their own.
    List {
        /// Numbered or not.
        ordered: bool,
        /// The items.
        items: Vec<ListItem>,
    },
    /// An image with intrinsic size.
    Image {
        /// Resolved URL.
        src: SafeUrl,
        /// Alternative text, empty for decorative images.
        alt: String,
        /// Width in CSS px.
        width: u32,
        /// Height in CSS px.
        height: u32,
        /// Caption.
        caption: Option<Vec<Inline>>,
    },
    /// The ad slot.
    Ad,
    /// A table.
    Table(Table),
    /// A third party's video or audio, played only after the reader's click and consent.
    Embed(Embed),
    /// A quoted social media post.
    Post(Post),
    /// The publisher's own video.
    Video(Video),
    /// The publisher's own audio.
    Audio(Audio),
    /// Images in a grid.
    Gallery(Gallery),
    /// Text whose line breaks and spaces are kept: code, verse or plain.
    Preformatted {
        /// What kind of text.
        variant: PreVariant,
        /// The text, line breaks as `\n`.
        text: String,
    },
    /// A thematic break.
    Separator,
    /// Links shown as buttons.
    Buttons(Vec<Button>),
    /// The notes that references in the text point to, numbered in this order.
    Footnotes(Vec<Note>),
}

/// One item of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    /// Its text (empty when the item only holds a list).
    pub text: Vec<Inline>,
    /// A list inside the item.
    pub list: Option<SubList>,
}

/// A list inside a list item.
#[derive(Debug, Clone, PartialEq)]
pub struct SubList {
    /// Numbered or not.
    pub ordered: bool,
    /// The items.
    pub items: Vec<ListItem>,
}

/// What a preformatted block holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreVariant {
    /// Source code: monospace, left to right whatever the article's direction, not translated.
    Code,
    /// Poetry or lyrics: the article's font, line breaks kept.
    Verse,
    /// Anything else whose spacing matters: monospace.
    Plain,
}

impl PreVariant {
    /// Reads the format's name.
    pub fn parse(s: &str) -> Option<PreVariant> {
        Some(match s {
            "code" => PreVariant::Code,
            "verse" => PreVariant::Verse,
            "plain" => PreVariant::Plain,
            _ => return None,
        })
    }

    /// The format's name.
    pub fn name(self) -> &'static str {
        match self {
            PreVariant::Code => "code",
            PreVariant::Verse => "verse",
            PreVariant::Plain => "plain",
        }
    }
}

/// A link shown as a button.
#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    /// Its label.
    pub text: String,
    /// Where it goes.
    pub url: SafeUrl,
}

/// One footnote.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// Its id, unique among the translation's notes; references name it.
    pub id: String,
    /// Its text.
    pub text: Vec<Inline>,
}

impl Block {
    /// Every run of inline content the block holds, in reading order: a heading's, paragraph's
    /// or quote's text; each list item's (depth first); a table's caption and cells; captions;
    /// a quoted post's text; each note. None for images, ads, separators and the like.
    pub fn inline_texts(&self) -> Vec<&[Inline]> {
        // Plain loops: iterator adapters here cost twice the wasm (measured).
        fn walk<'a>(out: &mut Vec<&'a [Inline]>, items: &'a [ListItem]) {
            for i in items {
                if !i.text.is_empty() {
                    out.push(&i.text);
                }
                if let Some(l) = &i.list {
                    walk(out, &l.items);
                }
            }
        }
        let mut out: Vec<&[Inline]> = Vec::new();
        match &self.kind {
            BlockKind::Heading { text, .. }
            | BlockKind::Paragraph(text)
            | BlockKind::Quote { text, .. } => out.push(text),
            BlockKind::List { items, .. } => walk(&mut out, items),
            BlockKind::Image { caption, .. } => push_opt(&mut out, caption),
            BlockKind::Table(t) => {
                push_opt(&mut out, &t.caption);
                for rows in [&t.head, &t.body, &t.foot] {
                    for row in rows {
                        for c in row {
                            if !c.text.is_empty() {
                                out.push(&c.text);
                            }
                        }
                    }
                }
            }
            BlockKind::Embed(e) => push_opt(&mut out, &e.caption),
            BlockKind::Post(p) => out.push(&p.text),
            BlockKind::Video(v) => push_opt(&mut out, &v.caption),
            BlockKind::Audio(a) => push_opt(&mut out, &a.caption),
            BlockKind::Gallery(g) => {
                for i in &g.images {
                    push_opt(&mut out, &i.caption);
                }
                push_opt(&mut out, &g.caption);
            }
            BlockKind::Footnotes(notes) => {
                for n in notes {
                    out.push(&n.text);
                }
            }
            BlockKind::Ad
            | BlockKind::Preformatted { .. }
            | BlockKind::Separator
            | BlockKind::Buttons(_) => {}
        }
        out
    }

    /// The same runs as [`Block::inline_texts`], in the same order, to change in place.
    pub fn inlines_mut(&mut self) -> Vec<&mut Vec<Inline>> {
        fn walk<'a>(out: &mut Vec<&'a mut Vec<Inline>>, items: &'a mut [ListItem]) {
            for i in items {
                out.push(&mut i.text);
                if let Some(l) = &mut i.list {
                    walk(out, &mut l.items);
                }
            }
        }
        let mut out: Vec<&mut Vec<Inline>> = Vec::new();
        match &mut self.kind {
            BlockKind::Heading { text, .. }
            | BlockKind::Paragraph(text)
            | BlockKind::Quote { text, .. } => out.push(text),
            BlockKind::List { items, .. } => walk(&mut out, items),
            BlockKind::Image { caption, .. } => push_opt_mut(&mut out, caption),
            BlockKind::Table(t) => {
                push_opt_mut(&mut out, &mut t.caption);
                for rows in [&mut t.head, &mut t.body, &mut t.foot] {
                    for row in rows {
                        for c in row {
                            out.push(&mut c.text);
                        }
                    }
                }
            }
            BlockKind::Embed(e) => push_opt_mut(&mut out, &mut e.caption),
            BlockKind::Post(p) => out.push(&mut p.text),
            BlockKind::Video(v) => push_opt_mut(&mut out, &mut v.caption),
            BlockKind::Audio(a) => push_opt_mut(&mut out, &mut a.caption),
            BlockKind::Gallery(g) => {
                for i in &mut g.images {
                    push_opt_mut(&mut out, &mut i.caption);
                }
                push_opt_mut(&mut out, &mut g.caption);
            }
            BlockKind::Footnotes(notes) => {
                for n in notes {
                    out.push(&mut n.text);
                }
            }
            BlockKind::Ad
            | BlockKind::Preformatted { .. }
            | BlockKind::Separator
            | BlockKind::Buttons(_) => {}
        }
        out
    }

    /// The block's text units, for comparing a translation with its original: each run of
    /// inline content as plain text, a preformatted block's text and each button's label.
    pub fn text_units(&self) -> Vec<String> {
        let mut out = Vec::new();
        match &self.kind {
            BlockKind::Preformatted { text, .. } => out.push(text.clone()),
            BlockKind::Buttons(buttons) => {
                for b in buttons {
                    out.push(b.text.clone());
                }
            }
            _ => {
                for t in self.inline_texts() {
                    out.push(plain_text(t));
                }
            }
        }
        out
    }
}

fn push_opt<'a>(out: &mut Vec<&'a [Inline]>, v: &'a Option<Vec<Inline>>) {
    if let Some(v) = v {
        out.push(v);
    }
}

fn push_opt_mut<'a>(out: &mut Vec<&'a mut Vec<Inline>>, v: &'a mut Option<Vec<Inline>>) {
    if let Some(v) = v {
        out.push(v);
    }
}
