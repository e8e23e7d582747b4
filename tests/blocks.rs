//! The whole article's blocks as a spec (tables, embeds, posts, the publisher's own video and
//! audio, galleries, nested lists, pullquotes, preformatted text, separators, buttons and
//! footnotes): what each accepts, what a bad part of each drops (with its path) and what it
//! keeps, and that the importer's writer gives back the JSON it read.

mod common;
use article_embed::core::article::media::PostNetwork;
use article_embed::core::article::provider::Provider;
use article_embed::core::article::table::Align;
use article_embed::core::article::{
    validate_document, Article, Block, BlockKind, Inline, NoteRef, PreVariant,
};
use article_embed::core::limits::{MAX_CELL_SPAN, MAX_LIST_DEPTH, MAX_TABLE_COLUMNS};
use article_embed::import::document::{block_json, to_string};
use common::*;

/// Served from a CDN; the article itself is on `www.news.example`.
const DOC_URL: &str = "https://cdn.example.test/a/article.json";

fn doc(blocks: &str) -> String {
    format!(
        r#"{{
      "format": "article-embed/1",
      "url": "https://www.news.example/2024/03/04/a/",
      "publisher": {{ "name": "News" }},
      "published": "2024-03-04T10:00:00Z",
      "original_language": "en",
      "languages": ["en"],
      "translations": {{ "en": {{ "title": "T", "blocks": [
        {{ "type": "paragraph", "text": "First" }}, {blocks} ] }} }}
    }}"#
    )
}

/// The body after the first paragraph, and the warnings as text.
fn shown(blocks: &str) -> (Vec<Block>, Vec<String>) {
    let text = doc(blocks);
    match validate_document(&json(&text), DOC_URL) {
        Ok(v) => {
            let t = english(&v.value);
            (
                t.blocks[1..].to_vec(),
                v.warnings.iter().map(|e| e.to_string()).collect(),
            )
        }
        Err(e) => panic!("refused: {e:?}"),
    }
}

fn english(a: &Article) -> &article_embed::core::article::Translation {
    a.translation(&tag("en")).expect("inline")
}

/// A block that must be kept whole: it validates without a warning and the importer's writer
/// gives back exactly the JSON it was read from.
fn whole_block(block: &str) -> Block {
    let (blocks, warnings) = shown(block);
    assert_eq!(warnings, Vec::<String>::new(), "{block}");
    assert_eq!(blocks.len(), 1, "{block}");
    let written = to_string(&block_json(&blocks[0]));
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&written).unwrap(),
        serde_json::from_str::<serde_json::Value>(block).unwrap(),
        "written back differently"
    );
    blocks.into_iter().next().unwrap()
}

fn b(path: &str) -> String {
    format!("translations.en.blocks[1]{path}")
}

#[test]
fn a_table_keeps_its_sections_headers_spans_and_alignment() {
    let block = whole_block(
        r#"{ "type": "table", "caption": "Trade, € million",
            "head": [[ "", { "text": "2021", "align": "end" }, { "text": "2022", "align": "end" } ]],
            "body": [[ { "text": "Exports", "header": true }, { "text": "24,300", "align": "end" }, { "text": "26,100", "align": "end" } ],
                     [ { "text": "Imports", "header": true }, { "text": ["8,", { "b": "900" }], "align": "end" }, "" ]],
            "foot": [[ { "text": "Source: Eurostat", "colspan": 3 } ]] }"#,
    );
    let BlockKind::Table(t) = block.kind else {
        panic!("{:?}", block.kind)
    };
    assert_eq!((t.head.len(), t.body.len(), t.foot.len()), (1, 2, 1));
    assert!(t.body[0][0].header && !t.body[0][1].header);
    assert_eq!(t.body[0][1].align, Some(Align::End));
    assert_eq!(t.foot[0][0].colspan, 3);
    assert!(t.body[1][2].text.is_empty(), "an empty cell stays a cell");
}

#[test]
fn a_bad_cell_keeps_its_place_and_a_bad_attribute_goes_alone() {
    let (blocks, w) = shown(&format!(
        r#"{{ "type": "table", "body": [[ 1, {{ "text": "x", "colspan": {over}, "align": "left" }}, "y" ]] }}"#,
        over = MAX_CELL_SPAN + 1
    ));
    let BlockKind::Table(t) = &blocks[0].kind else {
        panic!()
    };
    let texts: Vec<String> = t.body[0]
        .iter()
        .map(|c| article_embed::core::article::plain_text(&c.text))
        .collect();
    assert_eq!(
        texts,
        ["", "x", "y"],
        "the columns after a bad cell stay where they are"
    );
    assert_eq!((t.body[0][1].colspan, t.body[0][1].align), (1, None));
    assert_eq!(
        w,
        [
            format!("{}: expected an object, found a number", b(".body[0][0]")),
            format!(
                "{}: out of range 1..={MAX_CELL_SPAN}",
                b(".body[0][1].colspan")
            ),
            format!(r#"{}: unknown value "left""#, b(".body[0][1].align")),
        ]
    );
}

#[test]
fn a_table_without_body_rows_is_dropped_and_long_rows_are_cut() {
    let (blocks, w) = shown(r#"{ "type": "table", "head": [["a"]], "body": [] }"#);
    assert!(blocks.is_empty());
    assert_eq!(w, [format!("{}: empty", b(".body"))]);
    let cells = vec!["\"c\""; MAX_TABLE_COLUMNS + 1].join(",");
    let (blocks, w) = shown(&format!(r#"{{ "type": "table", "body": [[{cells}]] }}"#));
    let BlockKind::Table(t) = &blocks[0].kind else {
        panic!()
    };
    assert_eq!(t.body[0].len(), MAX_TABLE_COLUMNS);
    assert_eq!(
        w,
        [format!(
            "{}: longer than {MAX_TABLE_COLUMNS}",
            b(".body[0]")
        )]
    );
}

#[test]
fn an_embed_names_its_provider_and_its_player_is_built_from_the_id() {
    let block = whole_block(
        r#"{ "type": "embed", "provider": "youtube", "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "title": "The Council meets", "caption": "Luxembourg, 20 June", "poster": "https://www.news.example/media/still.jpg",
            "width": 1280, "height": 720 }"#,
    );
    let BlockKind::Embed(e) = block.kind else {
        panic!()
    };
    assert_eq!(e.provider, Provider::YouTube);
    assert_eq!(
        e.provider.player(&e.media).as_str(),
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    );
    assert_eq!(e.size, Some((1280, 720)));
    whole_block(
        r#"{ "type": "embed", "provider": "vimeo", "url": "https://vimeo.com/76979871/8272103f6e" }"#,
    );
}

#[test]
fn an_embed_that_is_not_one_of_the_providers_videos_is_dropped() {
    for (block, problem) in [
        (
            r#"{ "type": "embed", "provider": "dailymotion", "url": "https://www.dailymotion.com/video/x8abc" }"#,
            format!(r#"{}: unknown provider "dailymotion""#, b(".provider")),
        ),
        (
            r#"{ "type": "embed", "provider": "youtube", "url": "https://evil.example/watch?v=dQw4w9WgXcQ" }"#,
            format!("{}: not a YouTube video URL", b(".url")),
        ),
        (
            r#"{ "type": "embed", "provider": "vimeo", "url": "javascript://vimeo.com/%0a1" }"#,
            format!("{}: not an http, https or mailto URL", b(".url")),
        ),
        (
            r#"{ "type": "embed", "provider": "youtube" }"#,
            format!("{}: missing", b(".url")),
        ),
    ] {
        let (blocks, w) = shown(block);
        assert!(blocks.is_empty(), "{block}");
        assert_eq!(w, [problem]);
    }
    // A poster from the provider's own host would be a request before consent: it goes alone.
    let (blocks, w) = shown(
        r#"{ "type": "embed", "provider": "youtube", "url": "https://youtu.be/dQw4w9WgXcQ",
            "poster": "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg" }"#,
    );
    assert!(matches!(&blocks[0].kind, BlockKind::Embed(e) if e.poster.is_none()));
    assert_eq!(
        w,
        [format!("{}: not on the article's own site", b(".poster"))]
    );
}

#[test]
fn first_party_media_is_the_articles_own_sites_and_their_subdomains() {
    let video = |src: &str| format!(r#"{{ "type": "video", "src": "{src}" }}"#);
    for ok in [
        "media/clip.mp4",
        "/wp-content/uploads/clip.mp4",
        "https://www.news.example/clip.mp4",
        "https://news.example/clip.mp4",
        "https://media.news.example/clip.mp4",
        "https://NEWS.example:8443/clip.mp4",
        "https://cdn.example.test/a/clip.mp4",
    ] {
        let (blocks, w) = shown(&video(ok));
        assert_eq!((blocks.len(), w.len()), (1, 0), "{ok}: {w:?}");
    }
    for third in [
        "https://evilnews.example/clip.mp4",
        "https://news.example.evil.example/clip.mp4",
        "https://www.news.example@evil.example/clip.mp4",
        "https://example.test/clip.mp4",
        "https://videos.other.example/clip.mp4",
    ] {
        let (blocks, w) = shown(&video(third));
        assert!(blocks.is_empty(), "{third}");
        assert_eq!(w, [format!("{}: not on the article's own site", b(".src"))]);
    }
}

#[test]
fn a_video_keeps_its_tracks_and_drops_a_bad_one() {
    let block = whole_block(
        r#"{ "type": "video", "src": "https://media.news.example/clip.mp4", "poster": "https://cdn.example.test/a/still.jpg",
            "width": 1920, "height": 1080, "caption": "The press conference",
            "tracks": [ { "src": "https://www.news.example/clip.en.vtt", "srclang": "en", "label": "English", "kind": "captions" } ] }"#,
    );
    assert!(matches!(&block.kind, BlockKind::Video(v) if v.tracks.len() == 1));
    // Relative paths resolve against the document, as an image's do.
    let (blocks, w) = shown(
        r#"{ "type": "video", "src": "clip.mp4", "poster": "still.jpg", "tracks": [
            { "src": "https://subs.other.example/a.vtt", "srclang": "da", "label": "Dansk" },
            { "src": "a.vtt", "srclang": "not a tag", "label": "?" },
            { "src": "b.vtt", "srclang": "sw", "label": "Kiswahili", "kind": "chapters" } ] }"#,
    );
    let BlockKind::Video(v) = &blocks[0].kind else {
        panic!()
    };
    assert_eq!(
        v.poster.as_ref().unwrap().as_str(),
        "https://cdn.example.test/a/still.jpg"
    );
    assert_eq!(v.tracks.len(), 1, "the third keeps its track, kind dropped");
    assert_eq!(
        w,
        [
            format!("{}: not on the article's own site", b(".tracks[0].src")),
            format!(
                r#"{}: not a language tag: "not a tag""#,
                b(".tracks[1].srclang")
            ),
            format!(r#"{}: unknown value "chapters""#, b(".tracks[2].kind")),
        ]
    );
    whole_block(
        r#"{ "type": "audio", "src": "https://www.news.example/podcast/ep1.mp3", "caption": "Episode 1" }"#,
    );
}

#[test]
fn a_quoted_post_keeps_its_attribution_and_a_day_alone_is_a_date() {
    let block = whole_block(
        r#"{ "type": "post", "network": "bluesky", "url": "https://bsky.app/profile/eu.example/post/3k",
            "author": "EU Council", "handle": "@eu.example", "date": "2022-06-20",
            "text": ["Today the ", { "b": "Cooperation Council" }, " met."], "media": "A photo of the ministers" }"#,
    );
    assert!(matches!(&block.kind, BlockKind::Post(p) if p.network == PostNetwork::Bluesky));
    let (blocks, w) = shown(
        r#"{ "type": "post", "network": "myspace", "url": "https://myspace.example/1", "author": "A", "text": "x" },
           { "type": "post", "network": "x", "url": "https://x.com/a/status/1", "author": "A", "text": "x", "date": "20 June" }"#,
    );
    assert_eq!(blocks.len(), 1);
    assert_eq!(
        w,
        [
            format!(r#"{}: unknown network "myspace""#, b(".network")),
            "translations.en.blocks[2].date: not an ISO 8601 date-time with zone".to_owned(),
        ]
    );
}

#[test]
fn lists_nest_to_their_depth_and_an_item_deeper_keeps_its_text() {
    let nest = |depth: usize| {
        let mut list = r#"{ "items": ["leaf"] }"#.to_owned();
        for _ in 1..depth {
            list = format!(r#"{{ "items": [ {{ "text": "level", "list": {list} }} ] }}"#);
        }
        list.replacen("{ ", r#"{ "type": "list", "#, 1)
    };
    let block = whole_block(&nest(MAX_LIST_DEPTH));
    let BlockKind::List { items, .. } = &block.kind else {
        panic!()
    };
    assert!(items[0].list.as_ref().unwrap().items[0].list.is_some());
    let (blocks, w) = shown(&nest(MAX_LIST_DEPTH + 1));
    assert_eq!(blocks.len(), 1);
    let deepest = ".items[0].list.items[0].list.items[0].list.items[0].list";
    assert_eq!(
        w,
        [format!(
            "{}: nested deeper than {MAX_LIST_DEPTH}",
            b(deepest)
        )]
    );
    whole_block(
        r#"{ "type": "list", "ordered": true, "items": [ "One", { "list": { "items": ["a", "b"] } } ] }"#,
    );
    let (_, w) = shown(r#"{ "type": "list", "items": [ "One", {} ] }"#);
    assert_eq!(w, [format!("{}: empty", b(".items[1]"))]);
}

#[test]
fn footnote_references_are_numbered_by_their_note_and_an_unknown_one_goes() {
    let (blocks, w) = shown(
        r#"{ "type": "paragraph", "text": ["Trade grew", { "note": "n2" }, " and grew", { "note": "n1" }, { "note": "n9" }, "."] },
           { "type": "quote", "text": ["Again", { "note": "n2" }] },
           { "type": "footnotes", "notes": [ { "id": "n1", "text": "Eurostat." }, { "id": "n2", "text": "Council." }, { "id": "n1", "text": "Twice." } ] },
           { "type": "footnotes", "notes": [ { "id": "x", "text": "A second block." } ] }"#,
    );
    let refs = |b: &Block| -> Vec<NoteRef> {
        b.inline_texts()
            .iter()
            .flat_map(|t| t.iter())
            .filter_map(|i| match i {
                Inline::Note(r) => Some(r.clone()),
                _ => None,
            })
            .collect()
    };
    let r = |id: &str, number, first| NoteRef {
        id: id.into(),
        number,
        first,
    };
    assert_eq!(refs(&blocks[0]), [r("n2", 2, true), r("n1", 1, true)]);
    assert_eq!(refs(&blocks[1]), [r("n2", 2, false)]);
    assert!(matches!(&blocks[2].kind, BlockKind::Footnotes(n) if n.len() == 2));
    assert_eq!(blocks.len(), 3);
    assert_eq!(
        w,
        [
            r#"translations.en.blocks[3].notes[2].id: bad or duplicate block id "n1""#,
            "translations.en.blocks[4]: more than one footnotes block",
            r#"translations.en.blocks[1].text[4].note: no footnote "n9""#,
        ]
    );
}

#[test]
fn the_simpler_blocks_read_and_write_back() {
    let block = whole_block(
        r#"{ "type": "quote", "text": "Ever closer ties.", "cite": "Josep Borrell", "pull": true }"#,
    );
    assert!(matches!(block.kind, BlockKind::Quote { pull: true, .. }));
    let block = whole_block(
        r#"{ "type": "preformatted", "variant": "code", "text": "fn main() {\n    println!(\"<hi>\");\n}" }"#,
    );
    assert!(
        matches!(block.kind, BlockKind::Preformatted { variant: PreVariant::Code, ref text } if text.contains('\n'))
    );
    whole_block(r#"{ "type": "separator" }"#);
    whole_block(
        r#"{ "type": "buttons", "items": [ { "text": "Read the agreement", "url": "https://www.news.example/epca.pdf" } ] }"#,
    );
    whole_block(
        r#"{ "type": "gallery", "caption": "Luxembourg", "images": [
            { "src": "https://www.news.example/img/a.jpg", "alt": "The ministers", "width": 800, "height": 600, "caption": "Arrival" },
            { "src": "https://www.news.example/img/b.jpg", "alt": "", "width": 800, "height": 533 } ] }"#,
    );
}

#[test]
fn the_simpler_blocks_drop_what_is_bad() {
    let (blocks, w) = shown(
        r#"{ "type": "preformatted", "variant": "haiku", "text": "a\nb" },
           { "type": "buttons", "items": [ { "text": "Go", "url": "javascript:alert(1)" } ] },
           { "type": "gallery", "images": [ { "src": "data:image/png,x", "alt": "", "width": 1, "height": 1 } ] },
           { "type": "separator", "text": "x" }"#,
    );
    assert!(matches!(
        blocks[0].kind,
        BlockKind::Preformatted {
            variant: PreVariant::Plain,
            ..
        }
    ));
    assert_eq!(blocks.len(), 2, "the buttons and the gallery are gone");
    assert_eq!(
        w,
        [
            format!(r#"{}: unknown value "haiku""#, b(".variant")),
            "translations.en.blocks[2].items[0].url: not an http, https or mailto URL".to_owned(),
            "translations.en.blocks[2].items: empty".to_owned(),
            "translations.en.blocks[3].images[0].src: not an http, https or mailto URL".to_owned(),
            "translations.en.blocks[3].images: empty".to_owned(),
            "translations.en.blocks[4].text: unknown field".to_owned(),
        ]
    );
}
