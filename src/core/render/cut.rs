//! "Continue reading": where to cut an article shown up to a height (the embed's
//! `max-height`). Always at a block boundary, never right after a heading, and never between a
//! flagged passage and its original. Two rules, one per place:
//!
//! - the widget lays the whole article out, measures its blocks ([`Layout`]) and cuts at the
//!   last boundary where what stays shown fits ([`cut_at`]);
//! - a prerendered page has no layout when it is written: the publisher's tool estimates each
//!   block's height on a narrow phone and cuts where the estimate fits ([`estimated_cut`]).

/// How a body block holds to its neighbours at a cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bind {
    /// Any boundary around it will do.
    Free,
    /// A heading: never the last block shown.
    Heading,
    /// A flagged passage's original: never the first block hidden (it goes with its passage).
    Attached,
}

/// One top-level block of the body as laid out, in CSS px from the top of the article.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BlockBox {
    /// Where its border box starts.
    pub top: f64,
    /// Its height.
    pub height: f64,
    /// How it holds to its neighbours.
    pub bind: Bind,
}

/// The whole article as laid out, with the "Continue reading" control shown after the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The article's height.
    pub whole: f64,
    /// The control's height (padding included).
    pub control: f64,
    /// What stands below the footer: the article's padding and border.
    pub after: f64,
    /// The most shown of the first hidden block, under the fade.
    pub peek: f64,
    /// The body's blocks, in order.
    pub blocks: Vec<BlockBox>,
}

/// The first hidden block: the widget shows the blocks before it, a faded peek of it, and the
/// control. `None` when the whole article (without the control) fits `limit`. Else the last
/// allowed boundary where the shown part fits; when none does (a narrow screen, a tight
/// limit), the body's start: the article's head, the peek and the control.
pub fn cut_at(l: &Layout, limit: f64) -> Option<usize> {
    let n = l.blocks.len();
    if l.whole - l.control <= limit || n == 0 {
        return None;
    }
    let allowed = |k: &usize| {
        l.blocks[*k].bind != Bind::Attached && (*k == 0 || l.blocks[*k - 1].bind != Bind::Heading)
    };
    let fits = |k: &usize| {
        let b = &l.blocks[*k];
        b.top + b.height.min(l.peek) + l.control + l.after <= limit
    };
    (0..n).rev().filter(allowed).find(fits).or(Some(0))
}

#[cfg(not(target_arch = "wasm32"))]
pub use estimate::estimated_cut;

/// The publisher's tool's estimate, for pages written without a browser.
#[cfg(not(target_arch = "wasm32"))]
mod estimate {
    use super::super::View;
    use super::Bind;
    use crate::core::article::translation_check::suspect_blocks;
    use crate::core::article::{plain_text, Block, BlockKind, Inline, ListItem};

    // The reference layout: a phone 320 CSS px wide with the widget's default type (17 px text,
    // line height 1.6) in its 294 px column (320 less the padding and border on each side).
    // The narrowest common screen: each estimate is what a block takes there or more, so a
    // prerendered page cut for a height is about that tall on a phone, and shorter on anything
    // wider (its lines hold more).
    /// The text column's width.
    const COLUMN: f64 = 294.0;
    /// A line of body text.
    const LINE: f64 = 27.2;
    /// Characters of body text on a line: 25 (measured on the seeds at 320 px: Danish wraps
    /// after 26 to 28, Swahili and English after 27 or more, Arabic after 34).
    const CHARS: f64 = 25.0;
    /// The space after a block.
    const GAP: f64 = 17.0;
    /// A line of a heading (20.8 px bold, line height 1.3) and its characters (15 to 16
    /// measured).
    const HEADING_LINE: f64 = 27.0;
    const HEADING_CHARS: f64 = 14.0;
    /// The space around a heading.
    const HEADING_GAP: f64 = 42.0;
    /// A line of small text (captions, citations, notices: 14 px, line height 1.6) and its
    /// characters.
    const SMALL_LINE: f64 = 22.4;
    const SMALL_CHARS: f64 = 38.0;
    /// The bar (follow-us and the language switcher, on two lines), the kicker, the byline
    /// and date, the share row (its label, then two rows of icons) and the top padding, with
    /// their spaces: 323 px measured on the seeds.
    const HEADER: f64 = 330.0;
    /// A line of the headline (23.2 px bold, line height 1.2) and its characters (about 14).
    const TITLE_LINE: f64 = 28.0;
    const TITLE_CHARS: f64 = 14.0;
    /// The control, its space above and the bottom padding.
    const CONTROL: f64 = 80.0;
    /// A flagged passage's "may be mistranslated" disclosure, closed.
    const ORIGINAL: f64 = 3.0 * SMALL_LINE + 24.0;
    // The whole article's blocks (issue 22), from their styles rather than measured seeds: a
    // table's row (15 px text and its padding), the browser's audio controls, a line of
    // preformatted text (14 px monospace, line height 1.5) and its characters in the padded box.
    const TABLE_ROW: f64 = 38.0;
    const AUDIO: f64 = 54.0;
    const PRE_LINE: f64 = 21.0;
    const PRE_CHARS: f64 = 31.0;

    fn lines(text: &str, per_line: f64) -> f64 {
        (text.chars().count() as f64 / per_line).ceil().max(1.0)
    }

    fn height(b: &Block, flagged: bool) -> f64 {
        let flag = if flagged { ORIGINAL } else { 0.0 };
        match &b.kind {
            BlockKind::Paragraph(t) => lines(&plain_text(t), CHARS) * LINE + GAP + flag,
            BlockKind::Heading { text, .. } => {
                lines(&plain_text(text), HEADING_CHARS) * HEADING_LINE + HEADING_GAP
            }
            // A little larger type, indented; a pullquote larger still.
            BlockKind::Quote { text, cite, pull } => {
                let scale = if *pull { 1.25 } else { 1.125 };
                lines(&plain_text(text), CHARS * 0.85 / scale * 1.125) * LINE * scale
                    + cite
                        .as_deref()
                        .map_or(0.0, |c| lines(c, SMALL_CHARS) * SMALL_LINE)
                    + GAP
            }
            BlockKind::List { items, .. } => list(items) + GAP,
            BlockKind::Image {
                width,
                height,
                caption,
                ..
            } => media(Some((*width, *height)), caption) + GAP,
            BlockKind::Ad => 0.0,
            BlockKind::Table(t) => {
                // One line a row: the table scrolls sideways rather than wrap its cells.
                let rows = t.head.len() + t.body.len() + t.foot.len();
                rows as f64 * TABLE_ROW + small(&t.caption) + GAP
            }
            BlockKind::Embed(e) => media(e.size.or(Some((16, 9))), &e.caption) + GAP,
            BlockKind::Video(v) => media(v.size.or(Some((16, 9))), &v.caption) + GAP,
            BlockKind::Audio(a) => AUDIO + small(&a.caption) + GAP,
            BlockKind::Gallery(g) => {
                // One image a row at 320 px (the grid's columns are at least 12rem).
                g.images
                    .iter()
                    .map(|f| media(Some((f.width, f.height)), &f.caption) + 12.0)
                    .sum::<f64>()
                    + small(&g.caption)
                    + GAP
            }
            // The author, the text, what is attached and the link to the post, in a box.
            BlockKind::Post(p) => {
                (lines(&plain_text(&p.text), CHARS * 0.9) + 2.0) * LINE
                    + p.media
                        .as_deref()
                        .map_or(0.0, |m| lines(m, SMALL_CHARS) * SMALL_LINE)
                    + 32.0
                    + GAP
            }
            BlockKind::Preformatted { text, .. } => {
                let rows: f64 = text.split('\n').map(|l| lines(l, PRE_CHARS)).sum();
                rows * PRE_LINE + 24.0 + GAP
            }
            BlockKind::Separator => 2.0 * 34.0 + 1.0,
            // One button a row: their labels are rarely short enough to share one.
            BlockKind::Buttons(buttons) => buttons.len() as f64 * 52.0 + GAP,
            BlockKind::Footnotes(notes) => {
                SMALL_LINE * 1.5
                    + notes
                        .iter()
                        .map(|n| lines(&plain_text(&n.text), SMALL_CHARS * 0.9) * SMALL_LINE)
                        .sum::<f64>()
                    + GAP
            }
        }
    }

    /// A list's items, depth first (a nested list a little narrower).
    fn list(items: &[ListItem]) -> f64 {
        items
            .iter()
            .map(|i| {
                let own = if i.text.is_empty() {
                    0.0
                } else {
                    lines(&plain_text(&i.text), CHARS * 0.9) * LINE
                };
                own + i.list.as_ref().map_or(0.0, |l| list(&l.items))
            })
            .sum()
    }

    /// A caption or citation in small text, and its space; nothing without one.
    fn small(caption: &Option<Vec<Inline>>) -> f64 {
        caption.as_deref().map_or(0.0, |c| {
            lines(&plain_text(c), SMALL_CHARS) * SMALL_LINE + 7.0
        })
    }

    /// An image, player or poster of `size` (width, height) at the column's width, with its
    /// caption.
    fn media(size: Option<(u32, u32)>, caption: &Option<Vec<Inline>>) -> f64 {
        let (w, h) = size.unwrap_or((16, 9));
        COLUMN * f64::from(h) / f64::from(w.max(1)) + small(caption)
    }

    fn bind(b: &Block) -> Bind {
        match b.kind {
            BlockKind::Heading { .. } => Bind::Heading,
            _ => Bind::Free,
        }
    }

    /// The first block a prerendered page hides behind "Continue reading" for `limit` CSS px,
    /// estimated on a 320 px phone; `None` when the whole article is estimated to fit.
    pub fn estimated_cut(v: &View<'_>, limit: u32) -> Option<usize> {
        let t = v.translation;
        let limit = f64::from(limit);
        let flagged = match v.original {
            Some((_, orig)) if t.machine_translated => suspect_blocks(t, orig),
            _ => Vec::new(),
        };
        let is_flagged = |b: &Block| flagged.iter().any(|(f, _)| std::ptr::eq(*f, b));
        let mut head = HEADER + lines(&t.title, TITLE_CHARS) * TITLE_LINE;
        head += t
            .lead
            .as_deref()
            .map_or(0.0, |l| lines(l, CHARS * 0.9) * LINE * 1.125);
        if t.machine_translated {
            head += 3.0 * SMALL_LINE + 16.0 + GAP;
        }
        let mut top = head;
        // Where each block ends.
        let ends: Vec<f64> = t
            .blocks
            .iter()
            .map(|b| {
                top += height(b, is_flagged(b));
                top
            })
            .collect();
        let n = ends.len();
        // The footer follows; it is hidden with the rest, so only a whole that fits stays uncut.
        if n == 0 || ends[n - 1] + CONTROL <= limit {
            return None;
        }
        // The shown part ends where block k starts (the head alone before block 0).
        let shown = |k: usize| if k == 0 { head } else { ends[k - 1] };
        let allowed = |k: &usize| *k == 0 || bind(&t.blocks[*k - 1]) != Bind::Heading;
        (0..n)
            .rev()
            .filter(allowed)
            .find(|k| shown(*k) + CONTROL <= limit)
            .or(Some(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(blocks: &[(f64, f64, Bind)]) -> Layout {
        Layout {
            whole: 2000.0,
            control: 60.0,
            after: 20.0,
            peek: 70.0,
            blocks: blocks
                .iter()
                .map(|&(top, height, bind)| BlockBox { top, height, bind })
                .collect(),
        }
    }

    /// Ten paragraphs of 100 px, the first at 200, each 120 px below the last.
    fn even() -> Layout {
        layout(
            &(0..10)
                .map(|i| (200.0 + 120.0 * f64::from(i), 100.0, Bind::Free))
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn cuts_at_the_last_boundary_whose_shown_part_fits() {
        let l = even();
        // Hiding block k shows k blocks, 70 px of block k, the control and the padding:
        // 200 + 120k + 70 + 60 + 20 = 350 + 120k.
        assert_eq!(cut_at(&l, 830.0), Some(4));
        assert_eq!(cut_at(&l, 829.9), Some(3));
        assert_eq!(cut_at(&l, 949.0), Some(4));
        assert_eq!(cut_at(&l, 950.0), Some(5));
        // A block shorter than the peek is shown whole under the fade, no more.
        let mut short = even();
        short.blocks[5].height = 30.0;
        assert_eq!(cut_at(&short, 200.0 + 600.0 + 30.0 + 80.0), Some(5));
    }

    #[test]
    fn no_cut_when_everything_fits_without_the_control() {
        let l = even();
        assert_eq!(cut_at(&l, 1940.0), None);
        assert_eq!(cut_at(&l, 1939.0), Some(9));
        let none = layout(&[]);
        assert_eq!(cut_at(&none, 10.0), None, "nothing to cut");
    }

    #[test]
    fn when_no_block_fits_only_a_peek_of_the_first_is_shown() {
        // The head alone with the peek and the control: 200 + 70 + 80.
        assert_eq!(cut_at(&even(), 350.0), Some(0));
        assert_eq!(cut_at(&even(), 469.0), Some(0));
        assert_eq!(cut_at(&even(), 470.0), Some(1));
        assert_eq!(cut_at(&even(), 10.0), Some(0), "the least there is");
        let one = layout(&[(200.0, 3000.0, Bind::Free)]);
        assert_eq!(cut_at(&one, 400.0), Some(0), "one long block: its peek");
    }

    #[test]
    fn never_after_a_heading_nor_before_an_original() {
        let mut l = even();
        l.blocks[3].bind = Bind::Heading;
        // Boundary 4 would leave the heading last: the cut goes before it.
        assert_eq!(cut_at(&l, 830.0), Some(3));
        let mut l = even();
        l.blocks[4].bind = Bind::Attached;
        // Boundary 4 would part the passage (block 3) from its original (block 4).
        assert_eq!(cut_at(&l, 830.0), Some(3));
        // A heading first: the cut goes before it, not between it and its text.
        let mut l = even();
        l.blocks[0].bind = Bind::Heading;
        assert_eq!(cut_at(&l, 500.0), Some(0));
    }
}
