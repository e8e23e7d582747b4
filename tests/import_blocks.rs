//! Whole WordPress articles on import, from responses saved from the real WordPress
//! (`scripts/wordpress/seed-blocks.php`): a post of every kind of block the format carries, the
//! classic editor's markup and shortcodes, WordPress's edge cases, and footnotes as WordPress
//! 6.3+ renders them (`post-footnotes.json`: a saved response whose `content.rendered` is that
//! markup; Debian's WordPress 6.1 has no footnotes block).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use article_embed::core::article::media::PostNetwork;
use article_embed::core::article::provider::Provider;
use article_embed::core::article::table::Align;
use article_embed::core::article::{plain_text, Block, BlockKind, Inline, PreVariant};
use article_embed::import::report::{AsLink, Dropped, Warning};
use common::import::*;
use common::*;

fn en(post: &str) -> (Vec<Block>, article_embed::import::report::Report, String) {
    let out = import(post, &[], &[]).unwrap();
    let (article, _) = read_back(&out, "import_blocks", post);
    let t = article.translation(&tag("en")).unwrap().clone();
    (t.blocks, out.report, t.title)
}

fn find<'a>(blocks: &'a [Block], id: &str) -> &'a BlockKind {
    &blocks
        .iter()
        .find(|b| b.id.as_deref() == Some(id))
        .unwrap_or_else(|| panic!("{id}"))
        .kind
}

#[test]
fn a_post_of_every_kind_keeps_each_and_drops_only_the_networks_scripts() {
    let (b, r, _) = en("post-whole-article.en.json");
    assert_eq!(
        kinds(&b),
        [
            "paragraph",
            "heading",
            "table",
            "paragraph",
            "heading",
            "embed",
            "embed",
            "heading",
            "post",
            "post",
            "paragraph",
            "heading",
            "gallery",
            "heading",
            "list",
            "quote",
            "paragraph",
            "preformatted",
            "preformatted",
            "preformatted",
            "separator",
            "paragraph",
            "paragraph",
            "image",
            "paragraph",
            "image",
            "paragraph",
            "video",
            "audio",
            "buttons",
            "paragraph"
        ]
    );
    // Only the three networks' scripts are dropped; the Mastodon post, whose embed holds no
    // text, is a link to it.
    let dropped: Vec<_> = r.dropped.iter().map(|(k, d)| (*k, d.count)).collect();
    assert_eq!(dropped, [(Dropped::Script, 3)]);
    assert!(matches!(
        &r.warnings[..],
        [Warning::EmbedAsLink {
            why: AsLink::NoText,
            ..
        }]
    ));
    let BlockKind::Table(t) = find(&b, "tbl01") else {
        unreachable!()
    };
    assert_eq!((t.head.len(), t.body.len(), t.foot.len()), (1, 2, 1));
    assert_eq!(t.head[0][1].align, Some(Align::End));
    assert!(plain_text(t.caption.as_ref().unwrap()).starts_with("EU–Kazakhstan trade in goods"));
    let BlockKind::Embed(yt) = find(&b, "emb01") else {
        unreachable!()
    };
    assert_eq!(
        (yt.provider, yt.url.as_str(), yt.title.as_deref()),
        (
            Provider::YouTube,
            "https://www.youtube.com/watch?v=M7lc1UVf-VE",
            Some("YouTube Developers Live: Embedded Web Player Customization")
        )
    );
    assert_eq!(
        plain_text(yt.caption.as_ref().unwrap()),
        "The ministers answer questions after the Council"
    );
    let BlockKind::Embed(vimeo) = find(&b, "emb02") else {
        unreachable!()
    };
    assert_eq!(vimeo.url.as_str(), "https://vimeo.com/76979871");
    let BlockKind::Post(x) = find(&b, "post01") else {
        unreachable!()
    };
    assert_eq!(
        (
            x.network,
            x.author.as_str(),
            x.handle.as_deref(),
            x.date.as_ref().unwrap().as_str()
        ),
        (
            PostNetwork::X,
            "US Department of the Interior",
            Some("@Interior"),
            "2014-05-29"
        )
    );
    assert_eq!(
        x.url.as_str(),
        "https://twitter.com/Interior/status/507185938620219395"
    );
    let BlockKind::Post(bsky) = find(&b, "post02") else {
        unreachable!()
    };
    assert_eq!(bsky.network, PostNetwork::Bluesky);
    assert_eq!(
        plain_text(&bsky.text),
        "The Cooperation Council ends with a roadmap on critical raw materials."
    );
    let BlockKind::Gallery(g) = find(&b, "gal01") else {
        unreachable!()
    };
    let caps: Vec<_> = g
        .images
        .iter()
        .map(|f| f.caption.as_deref().map(plain_text))
        .collect();
    assert_eq!(
        caps,
        [Some("Arrival".into()), Some("At the table".into()), None]
    );
    assert!(g
        .images
        .iter()
        .all(|f| (f.width, f.height) == (1200, 800) && !f.alt.is_empty()));
    let BlockKind::List { items, .. } = find(&b, "l01") else {
        unreachable!()
    };
    let third = &items[0].list.as_ref().unwrap().items[1]
        .list
        .as_ref()
        .unwrap();
    assert!(
        third.ordered && third.items.len() == 2,
        "three levels, as in the post"
    );
    assert!(
        matches!(find(&b, "q01"), BlockKind::Quote { pull: true, cite: Some(c), .. } if c == "Josep Borrell")
    );
    let pre: Vec<_> = ["pre01", "pre02", "pre03"]
        .iter()
        .map(|id| match find(&b, id) {
            BlockKind::Preformatted { variant, text } => (*variant, text.lines().count()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        pre,
        [
            (PreVariant::Code, 2),
            (PreVariant::Verse, 3),
            (PreVariant::Plain, 2)
        ]
    );
    let BlockKind::Video(v) = find(&b, "vid01") else {
        unreachable!()
    };
    assert!(v
        .src
        .as_str()
        .ends_with("/wp-content/uploads/2022/06/clip.webm"));
    assert!(v
        .poster
        .as_ref()
        .unwrap()
        .as_str()
        .ends_with("clip-poster.svg"));
    assert_eq!((v.tracks.len(), v.tracks[0].label.as_str()), (1, "English"));
    let BlockKind::Buttons(buttons) = find(&b, "btn01") else {
        unreachable!()
    };
    assert_eq!(buttons.len(), 2);
    // The cover's background image has its size; its text follows it.
    let BlockKind::Image { width, height, .. } = find(&b, "img02") else {
        unreachable!()
    };
    assert_eq!((*width, *height), (1600, 900));
}

#[test]
fn the_classic_editors_markup_and_shortcodes() {
    let (b, r, _) = en("post-classic.json");
    assert_eq!(
        kinds(&b),
        [
            "paragraph",
            "image",
            "heading",
            "table",
            "gallery",
            "embed",
            "embed",
            "video",
            "audio",
            "list",
            "quote",
            "preformatted",
            "separator",
            "paragraph"
        ]
    );
    let BlockKind::Table(t) = find(&b, "tbl01") else {
        unreachable!()
    };
    assert_eq!(
        plain_text(t.caption.as_ref().unwrap()),
        "Energy exports to the EU, € million"
    );
    assert_eq!(
        (t.head.len(), t.body.len()),
        (1, 4),
        "the first row of th is the head"
    );
    assert!(
        t.body.iter().take(3).all(|row| row[0].header),
        "th scope=row heads its row"
    );
    assert_eq!(
        (t.body[1][1].colspan, t.body[1][1].align),
        (2, Some(Align::Center))
    );
    assert_eq!(t.body[2][0].rowspan, 2);
    assert_eq!(
        t.body[0][1].align,
        Some(Align::End),
        "inline text-align: right"
    );
    let BlockKind::Gallery(g) = find(&b, "gal01") else {
        unreachable!()
    };
    assert_eq!(g.images.len(), 3);
    let BlockKind::Video(v) = find(&b, "vid01") else {
        unreachable!()
    };
    assert!(
        v.src.as_str().ends_with("clip.webm"),
        "WordPress's ?_=1 removed: {}",
        v.src.as_str()
    );
    assert_eq!(v.size, Some((640, 360)));
    assert!(
        matches!(find(&b, "q01"), BlockKind::Quote { text, cite: Some(c), .. }
        if plain_text(text) == "A quotation in the classic editor." && c == "The Astana Times")
    );
    assert_eq!(
        b.last().unwrap().text_units(),
        ["The last words, with a line break inside the paragraph."]
    );
    assert!(r.dropped.is_empty(), "{:?}", r.dropped);
    assert_eq!(
        r.warnings,
        [Warning::NestedListFlattened { lang: "en".into() }]
    );
}

#[test]
fn wordpress_edge_cases_import() {
    // An untitled post: its headline is its first words.
    let (b, r, title) = en("post-untitled.json");
    assert_eq!(
        title,
        "A quick note from Luxembourg: the Council has just ended…"
    );
    assert_eq!(kinds(&b), ["paragraph"]);
    assert!(matches!(&r.warnings[..], [Warning::Untitled { headline, .. }] if *headline == title));
    // Only an image, only an embed.
    assert_eq!(kinds(&en("post-only-image.json").0), ["image"]);
    assert_eq!(kinds(&en("post-only-embed.json").0), ["embed"]);
    // Empty blocks are counted; the one paragraph is kept.
    let (b, r, _) = en("post-empty-blocks.json");
    assert_eq!(kinds(&b), ["paragraph"]);
    assert_eq!(r.dropped_count(Dropped::EmptyBlock), 9);
    assert_eq!(r.dropped.len(), 1, "{:?}", r.dropped);
    // <!--more--> and <!--nextpage-->: every page's text, nothing of the markers.
    let (b, _, _) = en("post-more-nextpage.json");
    assert_eq!(
        body_units(&b),
        [
            "Before the more tag: the teaser.",
            "After it, on the first page.",
            "The second page."
        ]
    );
}

#[test]
fn footnotes_as_wordpress_renders_them_are_numbered_by_the_widgets_validator() {
    let (b, r, _) = en("post-footnotes.json");
    assert_eq!(kinds(&b), ["paragraph", "paragraph", "footnotes"]);
    let refs = |k: &BlockKind| match k {
        BlockKind::Paragraph(t) => t
            .iter()
            .filter_map(|i| match i {
                Inline::Note(n) => Some((n.id.clone(), n.number, n.first)),
                _ => None,
            })
            .collect::<Vec<_>>(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        refs(find(&b, "p01")),
        [("n1".into(), 1, true), ("n2".into(), 2, true)]
    );
    assert_eq!(refs(find(&b, "p02")), [("n1".into(), 1, false)]);
    let BlockKind::Footnotes(notes) = find(&b, "fn01") else {
        unreachable!()
    };
    let texts: Vec<_> = notes.iter().map(|n| plain_text(&n.text)).collect();
    assert_eq!(
        texts,
        [
            "Eurostat, EU trade in goods with Kazakhstan, 2023.",
            "Crude oil made up 79 per cent of the EU’s imports."
        ]
    );
    assert!(r.dropped.is_empty(), "{:?}", r.dropped);
}
