//! Embeds as a live WordPress serves them: the embed block with the HTML WordPress saved from
//! the provider's oEmbed answer (as YouTube, Vimeo, X and Bluesky return it), with the bare URL
//! WordPress could not resolve, players pasted as HTML, and the networks' embed codes.

use super::{kinds, map};
use crate::core::article::media::PostNetwork;
use crate::core::article::provider::Provider;
use crate::core::article::{plain_text, Block, BlockKind, Inline, SpanKind};
use crate::import::report::{AsLink, Dropped, Warning};

fn link_of(b: &Block) -> (String, String) {
    match &b.kind {
        BlockKind::Paragraph(t) => match t.as_slice() {
            [Inline::Span {
                kind: SpanKind::Link(u),
                children,
                ..
            }] => (u.as_str().to_owned(), plain_text(children)),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
}

#[test]
fn youtube_and_vimeo_players_become_facades_with_title_caption_and_original() {
    let html = r#"<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
<iframe loading="lazy" title="EU–Kazakhstan Cooperation Council: press conference" width="500" height="281" src="https://www.youtube.com/embed/M7lc1UVf-VE?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>
</div><figcaption class="wp-element-caption">Luxembourg, 20 June 2022</figcaption></figure>
<figure class="wp-block-embed is-type-video is-provider-vimeo wp-block-embed-vimeo"><div class="wp-block-embed__wrapper">
<iframe loading="lazy" title="The New Vimeo Player (App Store Preview)" src="https://player.vimeo.com/video/76979871?h=8272103f6e&amp;dnt=1&amp;app_id=122963" width="500" height="281" frameborder="0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>
</div></figure>
<p><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video player" allowfullscreen></iframe></p>"#;
    let (b, r) = map(html);
    assert_eq!(kinds(&b), ["embed", "embed", "embed"]);
    let e = |i: usize| match &b[i].kind {
        BlockKind::Embed(e) => e.clone(),
        other => panic!("{other:?}"),
    };
    let yt = e(0);
    assert_eq!(yt.provider, Provider::YouTube);
    assert_eq!(
        yt.url.as_str(),
        "https://www.youtube.com/watch?v=M7lc1UVf-VE"
    );
    assert_eq!(
        yt.title.as_deref(),
        Some("EU–Kazakhstan Cooperation Council: press conference")
    );
    assert_eq!(
        plain_text(yt.caption.as_ref().unwrap()),
        "Luxembourg, 20 June 2022"
    );
    assert_eq!(yt.size, Some((500, 281)));
    assert!(yt.poster.is_none(), "no poster: it would be the provider's");
    let vimeo = e(1);
    assert_eq!(vimeo.url.as_str(), "https://vimeo.com/76979871/8272103f6e");
    assert_eq!(vimeo.media.key.as_deref(), Some("8272103f6e"));
    // A classic post's pasted player, its generic title left out.
    assert_eq!(
        e(2).url.as_str(),
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    );
    assert_eq!(e(2).title, None);
    assert!(
        r.dropped.is_empty() && r.warnings.is_empty(),
        "{:?} {:?}",
        r.dropped,
        r.warnings
    );
}

#[test]
fn an_embed_wordpress_could_not_resolve_is_a_facade_when_the_url_parses_else_a_link() {
    let html = r#"<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=dQw4w9WgXcQ
</div></figure>
<figure class="wp-block-embed is-type-video is-provider-dailymotion wp-block-embed-dailymotion"><div class="wp-block-embed__wrapper">
https://www.dailymotion.com/video/x7tgad0
</div><figcaption class="wp-element-caption">A caption</figcaption></figure>
<figure class="wp-block-embed is-type-rich is-provider-spotify wp-block-embed-spotify"><div class="wp-block-embed__wrapper">
<iframe title="Spotify Embed: Anthem" width="500" height="152" src="https://open.spotify.com/embed/track/1" allow="encrypted-media"></iframe>
</div></figure>
<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">
</div></figure>
<iframe src="https://maps.example/embed?x=1" width="600" height="400"></iframe>"#;
    let (b, r) = map(html);
    assert_eq!(kinds(&b), ["embed", "paragraph", "paragraph", "paragraph"]);
    assert!(matches!(&b[0].kind, BlockKind::Embed(e) if e.title.is_none()));
    assert_eq!(
        link_of(&b[1]),
        (
            "https://www.dailymotion.com/video/x7tgad0".into(),
            "https://www.dailymotion.com/video/x7tgad0".into()
        )
    );
    assert_eq!(b[2].text_units(), ["A caption"]);
    assert_eq!(
        link_of(&b[3]),
        (
            "https://open.spotify.com/embed/track/1".into(),
            "Spotify Embed: Anthem".into()
        )
    );
    let why: Vec<_> = r
        .warnings
        .iter()
        .map(|w| match w {
            Warning::EmbedAsLink { why, .. } => *why,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(why, [AsLink::NoPlayer, AsLink::NoPlayer]);
    assert_eq!(
        r.dropped_count(Dropped::EmptyBlock),
        1,
        "the embed without a URL"
    );
    assert_eq!(r.dropped_count(Dropped::Iframe), 1);
}

#[test]
fn x_and_bluesky_embeds_become_quoted_posts_and_their_scripts_are_dropped() {
    let html = r#"<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
<blockquote class="twitter-tweet" data-width="500" data-dnt="true"><p lang="en" dir="ltr">The 19th EU–Kazakhstan Cooperation Council met today in Luxembourg. <a href="https://t.co/AbCdEf1234">pic.twitter.com/AbCdEf1234</a></p>&mdash; EU External Action (@eu_eeas) <a href="https://twitter.com/eu_eeas/status/1538870000000000000?ref_src=twsrc%5Etfw">June 20, 2022</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</div></figure>
<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3kgc7" data-bluesky-cid="bafyreib"><p lang="da">Rådet mødtes i dag.<br><br><a href="https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kgc7?ref_src=embed">[image or embed]</a></p>&mdash; Bluesky (<a href="https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur?ref_src=embed">@bsky.app</a>) <a href="https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kgc7?ref_src=embed">January 17, 2024 at 5:04 PM</a></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>"#;
    let (b, r) = map(html);
    assert_eq!(kinds(&b), ["post", "post"]);
    let p = |i: usize| match &b[i].kind {
        BlockKind::Post(p) => p.clone(),
        other => panic!("{other:?}"),
    };
    let x = p(0);
    assert_eq!(x.network, PostNetwork::X);
    assert_eq!(
        (x.author.as_str(), x.handle.as_deref()),
        ("EU External Action", Some("@eu_eeas"))
    );
    assert_eq!(
        x.url.as_str(),
        "https://twitter.com/eu_eeas/status/1538870000000000000"
    );
    assert_eq!(x.date.unwrap().as_str(), "2022-06-20");
    assert!(plain_text(&x.text).starts_with("The 19th EU–Kazakhstan"));
    assert_eq!(b[0].lang, None, "in the body's language");
    let bsky = p(1);
    assert_eq!(
        (bsky.author.as_str(), bsky.handle.as_deref()),
        ("Bluesky", Some("@bsky.app"))
    );
    assert_eq!(plain_text(&bsky.text), "Rådet mødtes i dag.");
    assert_eq!(bsky.date.unwrap().as_str(), "2024-01-17");
    assert_eq!(b[1].lang.as_ref().map(|l| l.as_str()), Some("da"));
    assert_eq!(r.dropped_count(Dropped::Script), 2);
}

#[test]
fn embeds_without_the_posts_text_are_links_to_the_post() {
    let html = r#"<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@Gargron/113040883209587383/embed" style="background: #FCF8FF;"> <a href="https://mastodon.social/@Gargron/113040883209587383" target="_blank"> <svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 79 75"><path d="M0 0"/></svg> <div style="color: #787588;">Post by @Gargron@mastodon.social</div> <div style="font-weight: 500;">View on Mastodon</div> </a> </blockquote> <script data-allowed-prefixes="https://mastodon.social/" async src="https://mastodon.social/embed.js"></script>
<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@zuck/post/C0qT5cSxYz1" data-text-post-version="0" id="ig-tp-C0qT5cSxYz1"> <a href="https://www.threads.net/@zuck/post/C0qT5cSxYz1" target="_blank"> <div> <div> Post by @zuck</div> <div> View on Threads</div></div></a></blockquote>
<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/C1a2B3c4D5e/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/C1a2B3c4D5e/?utm_source=ig_embed&amp;utm_campaign=loading">View this post on Instagram</a><p><a href="https://www.instagram.com/p/C1a2B3c4D5e/?utm_source=ig_embed&amp;utm_campaign=loading">A post shared by EU in Kazakhstan (@euinkazakhstan)</a></p></div></blockquote>
<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/B1/" data-instgrm-version="12"><div><p><a href="https://www.instagram.com/p/B1/">Delegations at the table in Luxembourg.</a></p><p>A post shared by <a href="https://www.instagram.com/euinkazakhstan/">EU in Kazakhstan</a> (@euinkazakhstan) on <time datetime="2022-06-20T10:00:00+00:00">Jun 20, 2022 at 3:00am PDT</time></p></div></blockquote>"#;
    let (b, r) = map(html);
    assert_eq!(kinds(&b), ["paragraph", "paragraph", "paragraph", "post"]);
    assert_eq!(
        link_of(&b[0]),
        (
            "https://mastodon.social/@Gargron/113040883209587383".into(),
            "Post by @Gargron@mastodon.social".into()
        )
    );
    assert_eq!(
        link_of(&b[1]).0,
        "https://www.threads.net/@zuck/post/C0qT5cSxYz1"
    );
    assert_eq!(link_of(&b[2]).0, "https://www.instagram.com/p/C1a2B3c4D5e/");
    let BlockKind::Post(ig) = &b[3].kind else {
        unreachable!()
    };
    assert_eq!(
        (ig.author.as_str(), ig.handle.as_deref()),
        ("EU in Kazakhstan", Some("@euinkazakhstan"))
    );
    assert_eq!(
        plain_text(&ig.text),
        "Delegations at the table in Luxembourg."
    );
    assert_eq!(
        ig.date.as_ref().unwrap().as_str(),
        "2022-06-20T10:00:00+00:00"
    );
    let no_text = r
        .warnings
        .iter()
        .filter(|w| {
            matches!(
                w,
                Warning::EmbedAsLink {
                    why: AsLink::NoText,
                    ..
                }
            )
        })
        .count();
    assert_eq!(no_text, 3);
    assert_eq!(r.dropped_count(Dropped::Script), 1);
}
