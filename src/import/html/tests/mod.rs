//! The HTML mapping on small pieces of markup as WordPress renders them: text and images
//! here, the richer blocks in `blocks`, embeds and quoted posts in `embeds`.

mod blocks;
mod embeds;

use super::blocks_from_fragment;
use crate::core::article::{plain_text, Block, BlockKind, Inline, SpanKind};
use crate::import::report::{Dropped, Report};

const BASE: &str = "https://news.example/2024/05/01/post/";

pub(super) fn map(html: &str) -> (Vec<Block>, Report) {
    let mut r = Report::default();
    let b = blocks_from_fragment(html, BASE, "en", &mut r);
    (b, r)
}

pub(super) fn kinds(b: &[Block]) -> Vec<&'static str> {
    b.iter()
        .map(|b| crate::core::article::BlockType::of(&b.kind).name())
        .collect()
}

fn links(inlines: &[Inline], out: &mut Vec<String>) {
    for i in inlines {
        if let Inline::Span { kind, children, .. } = i {
            if let SpanKind::Link(u) = kind {
                out.push(u.as_str().to_owned());
            }
            links(children, out);
        }
    }
}

#[test]
fn a_classic_caption_inside_a_paragraph_splits_as_a_browser_splits_it() {
    // What wpautop makes of a [caption] in a classic post: a figure inside a p, which the
    // HTML5 parser closes before the figure, leaving an empty p and bare text after it.
    let html = r#"<p>Before <figure id="attachment_4" class="wp-caption aligncenter"><img src="/wp-content/uploads/m.png" alt="Map" width="600" height="338"><figcaption class="wp-caption-text">The map</figcaption></figure> after.</p>"#;
    let (b, r) = map(html);
    assert_eq!(kinds(&b), ["paragraph", "image", "paragraph"]);
    match &b[1].kind {
        BlockKind::Image { src, caption, .. } => {
            assert_eq!(
                src.as_str(),
                "https://news.example/wp-content/uploads/m.png"
            );
            assert_eq!(plain_text(caption.as_ref().unwrap()), "The map");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(b[2].text_units(), ["after."]);
    // The parser's empty <p></p> is the closing tag's echo, not the author's: it is counted
    // all the same, as every dropped thing is.
    assert!(r.dropped_count(Dropped::EmptyBlock) <= 1);
}

#[test]
fn unsafe_urls_are_dropped_in_any_case_spacing_or_encoding() {
    let html = r#"<p><a href="javascript:a()">1</a> <a href="  JAVASCRIPT:b()">2</a> <a href="jav&#x61;script:c()">3</a> <a href="java&#09;script:d()">4</a> <a href="data:text/html,x">5</a> <a href="vbscript:e">6</a> <a href="../other/">ok</a> <a href="//cdn.example/x">ok2</a> <a href="mailto:desk@news.example">ok3</a></p><img src="javascript:x" width="10" height="10" alt="">"#;
    let (b, r) = map(html);
    let mut found = Vec::new();
    if let BlockKind::Paragraph(t) = &b[0].kind {
        links(t, &mut found);
    }
    assert_eq!(
        found,
        [
            "https://news.example/2024/05/01/other/",
            "https://cdn.example/x",
            "mailto:desk@news.example"
        ]
    );
    assert_eq!(r.dropped_count(Dropped::UnsafeLink), 6);
    assert_eq!(r.dropped_count(Dropped::UnsafeImage), 1);
    assert_eq!(b.len(), 1);
}

#[test]
fn block_comments_never_leak_and_shortcodes_are_counted() {
    let html = "<!-- wp:paragraph -->\n<p>Kept [gallery ids=\"1,2\"] text [1] and [Update: none].</p>\n<!-- /wp:paragraph --><!-- wp:more --><!--more-->";
    let (b, r) = map(html);
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].text_units(), ["Kept text [1] and [Update: none]."]);
    assert_eq!(r.dropped_count(Dropped::Shortcode), 1);
}

#[test]
fn headings_lists_and_inline_styles_map_to_the_format() {
    let html = "<h2>Two</h2><h3>Three</h3><h5>Five</h5><ul><li><strong>Bold</strong> and <em>italic</em></li><li>Second</li></ul><p>&nbsp;</p><hr>";
    let (b, r) = map(html);
    let levels: Vec<_> = b
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Heading { level, .. } => Some(*level),
            _ => None,
        })
        .collect();
    assert_eq!(levels, [2, 3, 4]);
    match &b[3].kind {
        BlockKind::List {
            ordered: false,
            items,
        } => {
            assert_eq!(items.len(), 2);
            assert!(matches!(
                &items[0].text[0],
                Inline::Span {
                    kind: SpanKind::Strong,
                    ..
                }
            ));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(r.dropped_count(Dropped::EmptyBlock), 1);
    assert!(matches!(b[4].kind, BlockKind::Separator));
    assert_eq!(b.len(), 5);
}
