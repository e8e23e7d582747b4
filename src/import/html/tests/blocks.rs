//! Tables, lists, galleries, the publisher's media, text blocks and containers, as WordPress
//! renders them (block markup of 6.1, footnotes of 6.3+, the classic shortcodes' output).

use super::{kinds, map};
use crate::core::article::table::Align;
use crate::core::article::{plain_text, BlockKind, Inline, ListItem, PreVariant};
use crate::import::html::blocks_from_fragment;
use crate::import::report::{Dropped, Report, Warning};

#[test]
fn a_table_block_keeps_caption_sections_headers_spans_and_alignment() {
    let html = r#"<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Year</th><th class="has-text-align-right" data-align="right">Exports</th></tr></thead><tbody><tr><th scope="row">2021</th><td class="has-text-align-right" data-align="right">18,600</td></tr><tr><td colspan="2" style="text-align: center">n/a</td></tr></tbody><tfoot><tr><td>Total</td><td class="has-text-align-right" data-align="right"><strong>18,600</strong></td></tr></tfoot></table><figcaption class="wp-element-caption">Trade, € million</figcaption></figure>"#;
    let (b, r) = map(html);
    assert_eq!(kinds(&b), ["table"]);
    let BlockKind::Table(t) = &b[0].kind else {
        unreachable!()
    };
    assert_eq!(plain_text(t.caption.as_ref().unwrap()), "Trade, € million");
    assert_eq!((t.head.len(), t.body.len(), t.foot.len()), (1, 2, 1));
    assert!(
        !t.head[0][0].header,
        "head cells are column headers by their place"
    );
    assert!(t.body[0][0].header, "a th in the body heads its row");
    assert_eq!(t.body[0][1].align, Some(Align::End));
    assert_eq!(
        (t.body[1][0].colspan, t.body[1][0].align),
        (2, Some(Align::Center))
    );
    assert_eq!(plain_text(&t.foot[0][1].text), "18,600");
    assert!(r.dropped.is_empty(), "{:?}", r.dropped);
    // In a right-to-left body, right is the end of the line's start.
    let mut r = Report::default();
    let ar = blocks_from_fragment(html, "https://news.example/", "ar", &mut r);
    let BlockKind::Table(t) = &ar[0].kind else {
        unreachable!()
    };
    assert_eq!(t.body[0][1].align, Some(Align::Start));
}

#[test]
fn a_classic_table_with_a_header_row_and_no_thead_has_that_row_as_its_head() {
    let html = "<table><tr><th>Country</th><th>Share</th></tr><tr><td>Kazakhstan</td><td align=\"right\">41%</td></tr><tr><td></td><td rowspan=\"99\">x</td></tr></table>";
    let (b, _) = map(html);
    let BlockKind::Table(t) = &b[0].kind else {
        unreachable!()
    };
    assert_eq!((t.head.len(), t.body.len()), (1, 2));
    assert_eq!(t.body[0][1].align, Some(Align::End));
    assert!(
        t.body[1][0].text.is_empty(),
        "an empty cell keeps its place"
    );
    assert_eq!(
        t.body[1][1].rowspan, 50,
        "spans are kept within the format's limit"
    );
    // A table with nothing in it is counted, not kept.
    let (b, r) = map("<figure class=\"wp-block-table\"><table><tbody><tr><td></td></tr></tbody></table></figure>");
    assert!(b.is_empty());
    assert_eq!(r.dropped_count(Dropped::EmptyBlock), 1);
}

fn items_text(items: &[ListItem]) -> Vec<String> {
    items.iter().map(|i| plain_text(&i.text)).collect()
}

#[test]
fn lists_nest_to_the_formats_depth_and_deeper_ones_are_flattened_into_it() {
    let html = "<ul><li>One<ul><li>Two<ol><li>Three<ul><li>Four<ul><li>Five<ul><li>Six</li></ul></li></ul></li><li>Four b</li></ul></li></ol></li></ul></li><li>One b</li></ul>";
    let (b, r) = map(html);
    let BlockKind::List { items, .. } = &b[0].kind else {
        unreachable!()
    };
    assert_eq!(items_text(items), ["One", "One b"]);
    let two = items[0].list.as_ref().unwrap();
    let three = two.items[0].list.as_ref().unwrap();
    assert!(three.ordered);
    let four = three.items[0].list.as_ref().unwrap();
    // The fourth level is the deepest: five and six are flattened into it, in order.
    assert_eq!(items_text(&four.items), ["Four", "Five", "Six", "Four b"]);
    assert!(four.items.iter().all(|i| i.list.is_none()));
    assert_eq!(
        r.warnings,
        [Warning::NestedListFlattened { lang: "en".into() }]
    );
    // An item that only holds a list keeps it, with no text.
    let (b, r) = map("<ul><li><ul><li>Inner</li></ul></li></ul>");
    let BlockKind::List { items, .. } = &b[0].kind else {
        unreachable!()
    };
    assert!(items[0].text.is_empty() && items[0].list.is_some());
    assert!(r.warnings.is_empty());
}

#[test]
fn pullquotes_preformatted_code_verse_separators_and_buttons() {
    let html = r#"<figure class="wp-block-pullquote"><blockquote><p>Ever closer ties.</p><cite>Josep Borrell</cite></blockquote></figure>
<pre class="wp-block-code"><code>curl -s https://api.example/trade
  | jq '.[] | .value'</code></pre>
<pre class="wp-block-verse">Steppe wind at dawn,<br>the long road west</pre>
<pre class="wp-block-preformatted">Col A    Col B</pre>
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://eur-lex.europa.eu/">Read the agreement</a></div><div class="wp-block-button"><a class="wp-block-button__link wp-element-button">No link</a></div></div>"#;
    let (b, r) = map(html);
    assert_eq!(
        kinds(&b),
        [
            "quote",
            "preformatted",
            "preformatted",
            "preformatted",
            "separator",
            "buttons"
        ]
    );
    assert!(
        matches!(&b[0].kind, BlockKind::Quote { pull: true, cite: Some(c), .. } if c == "Josep Borrell")
    );
    let pre = |i: usize| match &b[i].kind {
        BlockKind::Preformatted { variant, text } => (*variant, text.clone()),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        pre(1),
        (
            PreVariant::Code,
            "curl -s https://api.example/trade\n  | jq '.[] | .value'".into()
        )
    );
    assert_eq!(
        pre(2),
        (
            PreVariant::Verse,
            "Steppe wind at dawn,\nthe long road west".into()
        )
    );
    assert_eq!(pre(3), (PreVariant::Plain, "Col A    Col B".into()));
    let BlockKind::Buttons(buttons) = &b[5].kind else {
        unreachable!()
    };
    assert_eq!(buttons.len(), 1);
    assert_eq!(
        (buttons[0].text.as_str(), buttons[0].url.as_str()),
        ("Read the agreement", "https://eur-lex.europa.eu/")
    );
    assert_eq!(r.dropped_count(Dropped::Button), 1);
}

#[test]
fn only_the_publishers_own_video_and_audio_are_kept() {
    let html = r#"<figure class="wp-block-video"><video controls src="https://media.news.example/2024/05/clip.webm" poster="/wp-content/uploads/clip.jpg"><track src="/wp-content/uploads/clip.en.vtt" srclang="en" label="English" kind="captions"><track src="https://tracks.other.example/x.vtt" srclang="da"></video><figcaption class="wp-element-caption">The ministers arrive</figcaption></figure>
<div style="width: 640px;" class="wp-video"><!--[if lt IE 9]><script>document.createElement('video');</script><![endif]-->
<video class="wp-video-shortcode" id="video-5-1" width="640" height="360" preload="metadata" controls="controls"><source type="video/mp4" src="https://news.example/wp-content/uploads/b.mp4?_=1" /><a href="https://news.example/wp-content/uploads/b.mp4">b.mp4</a></video></div>
<figure class="wp-block-video"><video controls src="https://videos.other.example/c.mp4"></video></figure>
<figure class="wp-block-audio"><audio controls src="/wp-content/uploads/interview.ogg"></audio><figcaption class="wp-element-caption">The interview</figcaption></figure>
<audio class="wp-audio-shortcode" id="audio-5-1" preload="none" style="width: 100%;" controls="controls"><source type="audio/mpeg" src="https://cdn.other.example/a.mp3?_=1" /></audio>"#;
    let (b, r) = map(html);
    assert_eq!(kinds(&b), ["video", "video", "audio"]);
    let BlockKind::Video(v) = &b[0].kind else {
        unreachable!()
    };
    assert_eq!(
        v.poster.as_ref().unwrap().as_str(),
        "https://news.example/wp-content/uploads/clip.jpg"
    );
    assert_eq!(
        plain_text(v.caption.as_ref().unwrap()),
        "The ministers arrive"
    );
    assert_eq!(v.tracks.len(), 1);
    assert_eq!(
        (v.tracks[0].srclang.as_str(), v.tracks[0].label.as_str()),
        ("en", "English")
    );
    let BlockKind::Video(classic) = &b[1].kind else {
        unreachable!()
    };
    assert_eq!(
        classic.src.as_str(),
        "https://news.example/wp-content/uploads/b.mp4"
    );
    assert_eq!(classic.size, Some((640, 360)));
    assert_eq!(r.dropped_count(Dropped::Video), 1);
    assert_eq!(r.dropped_count(Dropped::Audio), 1);
    assert_eq!(r.dropped_count(Dropped::ThirdPartyMedia), 1);
}

#[test]
fn galleries_block_and_classic_give_each_image_its_caption() {
    let html = r#"<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><figure class="wp-block-image size-large"><img src="a.png" width="800" height="600" alt="A" class="wp-image-5"><figcaption class="wp-element-caption">First</figcaption></figure><figure class="wp-block-image size-large"><img src="b.png" width="800" height="600" alt="B"></figure><figure class="wp-block-image"><img src="c.png" alt="no size"></figure><figcaption class="blocks-gallery-caption wp-element-caption">The Council</figcaption></figure>
<div id='gallery-1' class='gallery galleryid-5 gallery-columns-3 gallery-size-thumbnail'><figure class='gallery-item'><div class='gallery-icon landscape'><a href='x'><img width="150" height="150" src="d.png" alt="D" /></a></div><figcaption class='wp-caption-text gallery-caption' id='gallery-1-12'>Fourth</figcaption></figure><dl class='gallery-item'><dt class='gallery-icon'><img width="150" height="150" src="e.png" alt="E" /></dt><dd class='wp-caption-text gallery-caption'>Fifth</dd></dl></div>"#;
    let (b, r) = map(html);
    assert_eq!(kinds(&b), ["gallery", "gallery"]);
    let captions = |i: usize| match &b[i].kind {
        BlockKind::Gallery(g) => (
            g.images
                .iter()
                .map(|f| f.caption.as_deref().map(plain_text))
                .collect::<Vec<_>>(),
            g.caption.as_deref().map(plain_text),
        ),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        captions(0),
        (vec![Some("First".into()), None], Some("The Council".into()))
    );
    assert_eq!(
        captions(1),
        (vec![Some("Fourth".into()), Some("Fifth".into())], None)
    );
    assert_eq!(r.dropped_count(Dropped::ImageWithoutSize), 1);
}

#[test]
fn columns_groups_covers_and_media_text_are_flattened_in_reading_order() {
    let html = r#"<div class="wp-block-columns"><div class="wp-block-column"><p>Left</p></div><div class="wp-block-column"><div class="wp-block-group"><h3>Right</h3></div></div></div>
<div class="wp-block-cover"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background wp-image-7" alt="" src="/cover.jpg" width="1200" height="800" data-object-fit="cover"/><div class="wp-block-cover__inner-container"><p class="has-text-align-center">On the cover</p></div></div>
<div class="wp-block-cover"><video class="wp-block-cover__video-background" autoplay muted loop playsinline src="/bg.mp4"></video><div class="wp-block-cover__inner-container"><p>Over a video</p></div></div>
<div class="wp-block-media-text alignwide is-stacked-on-mobile"><figure class="wp-block-media-text__media"><img src="/m.jpg" alt="M" width="600" height="400"/></figure><div class="wp-block-media-text__content"><p>Beside it</p></div></div>"#;
    let (b, r) = map(html);
    assert_eq!(
        kinds(&b),
        [
            "paragraph",
            "heading",
            "image",
            "paragraph",
            "paragraph",
            "image",
            "paragraph"
        ]
    );
    assert_eq!(
        r.dropped_count(Dropped::Video),
        1,
        "a cover's background video"
    );
}

#[test]
fn footnotes_keep_their_references_numbered_in_the_lists_order() {
    let html = r##"<p>Trade grew by a third<sup data-fn="0d3e4ba4-1" class="fn"><a href="#0d3e4ba4-1" id="0d3e4ba4-1-link">1</a></sup> and energy<sup data-fn="aa-2" class="fn"><a href="#aa-2" id="aa-2-link">2</a></sup> too<sup data-fn="gone" class="fn"><a href="#gone">3</a></sup>.</p>
<ol class="wp-block-footnotes"><li id="0d3e4ba4-1">Eurostat, 2023. <a href="#0d3e4ba4-1-link" aria-label="Jump to footnote reference 1">↩︎</a></li><li id="aa-2"><em>The Astana Times</em>. <a href="#aa-2-link" aria-label="Jump to footnote reference 2">↩︎</a></li></ol>"##;
    let (b, r) = map(html);
    assert_eq!(kinds(&b), ["paragraph", "footnotes"]);
    let BlockKind::Paragraph(text) = &b[0].kind else {
        unreachable!()
    };
    let refs: Vec<_> = text
        .iter()
        .filter_map(|i| match i {
            Inline::Note(n) => Some(n.id.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(refs, ["n1", "n2"]);
    assert_eq!(plain_text(text), "Trade grew by a third and energy too.");
    let BlockKind::Footnotes(notes) = &b[1].kind else {
        unreachable!()
    };
    let got: Vec<_> = notes
        .iter()
        .map(|n| (n.id.as_str(), plain_text(&n.text)))
        .collect();
    assert_eq!(
        got,
        [
            ("n1", "Eurostat, 2023.".into()),
            ("n2", "The Astana Times.".into())
        ]
    );
    assert_eq!(
        r.dropped_count(Dropped::Footnote),
        1,
        "the reference to no note"
    );
}
