//! The kinds of body block by name, as the format's `type` field writes them. One type for the
//! validator (which reads the name), the importer (which aligns translations by kind and writes
//! the name) and anything else that needs a block's kind without its content.

use super::BlockKind;

/// A block's `type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockType {
    /// `heading`
    Heading,
    /// `paragraph`
    Paragraph,
    /// `quote`
    Quote,
    /// `list`
    List,
    /// `image`
    Image,
    /// `ad`
    Ad,
    /// `table`
    Table,
    /// `embed`
    Embed,
    /// `post`
    Post,
    /// `video`
    Video,
    /// `audio`
    Audio,
    /// `gallery`
    Gallery,
    /// `preformatted`
    Preformatted,
    /// `separator`
    Separator,
    /// `buttons`
    Buttons,
    /// `footnotes`
    Footnotes,
}

impl BlockType {
    #[cfg(test)]
    const ALL: [BlockType; 16] = [
        BlockType::Heading,
        BlockType::Paragraph,
        BlockType::Quote,
        BlockType::List,
        BlockType::Image,
        BlockType::Ad,
        BlockType::Table,
        BlockType::Embed,
        BlockType::Post,
        BlockType::Video,
        BlockType::Audio,
        BlockType::Gallery,
        BlockType::Preformatted,
        BlockType::Separator,
        BlockType::Buttons,
        BlockType::Footnotes,
    ];

    /// The format's name for it.
    pub fn name(self) -> &'static str {
        match self {
            BlockType::Heading => "heading",
            BlockType::Paragraph => "paragraph",
            BlockType::Quote => "quote",
            BlockType::List => "list",
            BlockType::Image => "image",
            BlockType::Ad => "ad",
            BlockType::Table => "table",
            BlockType::Embed => "embed",
            BlockType::Post => "post",
            BlockType::Video => "video",
            BlockType::Audio => "audio",
            BlockType::Gallery => "gallery",
            BlockType::Preformatted => "preformatted",
            BlockType::Separator => "separator",
            BlockType::Buttons => "buttons",
            BlockType::Footnotes => "footnotes",
        }
    }

    /// Reads a `type` name; `None` for one this version does not know. A match, inlined into the
    /// validator, rather than a search of [`Self::name`]: 71 B gzipped less wasm (measured).
    #[inline]
    pub fn parse(s: &str) -> Option<BlockType> {
        Some(match s {
            "heading" => BlockType::Heading,
            "paragraph" => BlockType::Paragraph,
            "quote" => BlockType::Quote,
            "list" => BlockType::List,
            "image" => BlockType::Image,
            "ad" => BlockType::Ad,
            "table" => BlockType::Table,
            "embed" => BlockType::Embed,
            "post" => BlockType::Post,
            "video" => BlockType::Video,
            "audio" => BlockType::Audio,
            "gallery" => BlockType::Gallery,
            "preformatted" => BlockType::Preformatted,
            "separator" => BlockType::Separator,
            "buttons" => BlockType::Buttons,
            "footnotes" => BlockType::Footnotes,
            _ => return None,
        })
    }

    /// The type of a block's content.
    pub fn of(kind: &BlockKind) -> BlockType {
        match kind {
            BlockKind::Heading { .. } => BlockType::Heading,
            BlockKind::Paragraph(_) => BlockType::Paragraph,
            BlockKind::Quote { .. } => BlockType::Quote,
            BlockKind::List { .. } => BlockType::List,
            BlockKind::Image { .. } => BlockType::Image,
            BlockKind::Ad => BlockType::Ad,
            BlockKind::Table(_) => BlockType::Table,
            BlockKind::Embed(_) => BlockType::Embed,
            BlockKind::Post(_) => BlockType::Post,
            BlockKind::Video(_) => BlockType::Video,
            BlockKind::Audio(_) => BlockType::Audio,
            BlockKind::Gallery(_) => BlockType::Gallery,
            BlockKind::Preformatted { .. } => BlockType::Preformatted,
            BlockKind::Separator => BlockType::Separator,
            BlockKind::Buttons(_) => BlockType::Buttons,
            BlockKind::Footnotes(_) => BlockType::Footnotes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_reads_back() {
        for t in BlockType::ALL {
            assert_eq!(BlockType::parse(t.name()), Some(t));
        }
        assert_eq!(BlockType::parse("vid"), None);
        assert_eq!(BlockType::parse("Heading"), None);
    }
}
