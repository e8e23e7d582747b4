//! A headline for a post without a title. WordPress publishes untitled posts (an aside, a
//! photo, a quick embed); the format needs a headline for the widget, the card, the share
//! text and the page's title. The post's first words say what it is about, where its date
//! would say nothing: the first words of its text (a caption, an embed's title, an image's
//! alternative text if that is all there is), cut at a word after [`MAX_WORDS`] words or
//! [`MAX_CHARS`] characters with `…`; the publication day (`2024-05-03`) only for a post with
//! no words at all.

use crate::core::article::{Block, BlockKind};

/// Words of a made headline at the most.
pub const MAX_WORDS: usize = 10;
/// Characters of a made headline at the most (before the `…`).
pub const MAX_CHARS: usize = 80;

/// The headline of an untitled post from its body, else its date (`published`, ISO 8601).
pub fn headline(blocks: &[Block], published: &str) -> String {
    let words = blocks.iter().flat_map(|b| {
        let mut texts = b.text_units();
        match &b.kind {
            BlockKind::Embed(e) => texts.extend(e.title.clone()),
            BlockKind::Image { alt, .. } => texts.push(alt.clone()),
            BlockKind::Gallery(g) => texts.extend(g.images.iter().map(|f| f.alt.clone())),
            BlockKind::Post(p) => texts.push(p.author.clone()),
            _ => {}
        }
        texts
    });
    let text: String = words.collect::<Vec<_>>().join(" ");
    let mut out = String::new();
    let mut cut = false;
    for (n, w) in text.split_whitespace().enumerate() {
        if n == MAX_WORDS || out.chars().count() + w.chars().count() + 1 > MAX_CHARS {
            cut = true;
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    if out.is_empty() {
        return published.get(..10).unwrap_or(published).to_owned();
    }
    if cut {
        out = out
            .trim_end_matches([',', ';', ':', '.', '—', '–', '-'])
            .to_owned();
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::article::Inline;

    fn p(s: &str) -> Block {
        Block {
            id: None,
            lang: None,
            kind: BlockKind::Paragraph(vec![Inline::Text(s.into())]),
        }
    }

    #[test]
    fn the_first_words_else_the_day() {
        assert_eq!(
            headline(&[p("Short note.")], "2024-05-03T08:00:00Z"),
            "Short note."
        );
        assert_eq!(
            headline(
                &[p("The Council met today in Luxembourg, and the ministers agreed on a roadmap for raw materials.")],
                "2024-05-03T08:00:00Z"
            ),
            "The Council met today in Luxembourg, and the ministers agreed…"
        );
        assert_eq!(headline(&[], "2024-05-03T08:00:00Z"), "2024-05-03");
    }
}
