//! Rendering the whole article's blocks, as a spec: a table's structure and its region, a
//! player's facade in each of its states (nothing of the provider's before the reader's click
//! and consent, the player built from the provider table after), quoted posts, the publisher's
//! own media, footnotes linked in the widget and not in prerendered pages, right-to-left text,
//! and escaping by construction.

mod common;
use article_embed::core::article::Article;
use article_embed::core::consent::{Banner, Category, Choices, ConsentView};
use article_embed::core::i18n::Catalog;
use article_embed::core::json::Json;
use article_embed::core::render::media::{PLAYER_ALLOW, PLAYER_SANDBOX};
use article_embed::core::render::{render_article, UiState, View, ViewOptions};
use common::*;

const DEMO: &str = "eu-kazakhstan-trade-in-figures";
/// The demo article's blocks: the YouTube embed, the Vimeo one.
const YOUTUBE: usize = 5;
const VIMEO: usize = 14;

fn catalog(lang: &str) -> Catalog {
    let text = std::fs::read_to_string(root().join(format!("locales/{lang}.ftl"))).unwrap();
    let entries = article_embed::core::i18n::ftl::parse(&text).unwrap();
    let obj = Json::Object(
        entries
            .into_iter()
            .map(|e| (e.key, Json::String(e.value)))
            .collect(),
    );
    Catalog::from_json(tag(lang), &obj).unwrap()
}

/// What a render is asked for: the consent in force, the state, prerendered or not.
struct Case {
    media: bool,
    manageable: bool,
    state: UiState,
    prerendered: bool,
}

impl Default for Case {
    fn default() -> Case {
        Case {
            media: false,
            manageable: true,
            state: UiState::default(),
            prerendered: false,
        }
    }
}

fn render(article: &Article, lang: &str, ui: &Catalog, case: Case) -> String {
    let lang = tag(lang);
    let mut choices = Choices::none();
    choices.set(Category::Media, case.media);
    let options = ViewOptions {
        prerendered: case.prerendered,
        ..ViewOptions::default()
    };
    let mut view = View::new(article.in_language(&lang).unwrap(), ui, &options);
    view.state(&case.state).consent(ConsentView {
        used: vec![Category::Media],
        choices,
        banner: Banner::Hidden,
        gpc: false,
        manageable: case.manageable,
    });
    render_article(&view)
}

/// The `<tag …>` start tags of a kind in `html`.
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    html.match_indices(&open)
        .map(|(i, _)| &html[i..i + html[i..].find('>').unwrap() + 1])
        .collect()
}

#[test]
fn a_table_is_a_captioned_table_in_a_focusable_region_named_by_its_caption() {
    let a = load_fixture(DEMO);
    let html = render(&a, "en", &Catalog::english(), Case::default());
    assert!(html.contains(
        r#"<div class="ae-table" data-block="tbl01" role="region" tabindex="0" aria-labelledby="ae-cap-2"><table><caption id="ae-cap-2">EU–Kazakhstan trade in goods"#
    ));
    assert!(html.contains(r#"<th scope="col" rowspan="2">Flow</th><th scope="colgroup" colspan="3" class="ae-c">Year</th>"#));
    assert!(html.contains(r#"<th scope="row">Exports to the EU</th><td class="ae-e">14,900</td>"#));
    assert!(html.contains(r#"<tfoot><tr><td colspan="4">Rounded"#));
    // Without a caption, the region is named in the reader's language.
    let bare = load_doc(&doc("", r#"{ "type": "table", "body": [["a", "b"]] }"#));
    let html = render(&bare, "en", &catalog("da"), Case::default());
    assert!(html.contains(r#"role="region" tabindex="0" aria-label="Tabel""#));
    assert!(html.contains("<tbody><tr><td>a</td><td>b</td></tr></tbody>"));
}

#[test]
fn a_facade_requests_nothing_of_its_provider_until_started_with_consent() {
    let a = load_fixture(DEMO);
    let ui = Catalog::english();
    let players = vec![YOUTUBE];
    // Idle, with or without consent: a button, the first-party poster, a link to the original.
    for media in [false, true] {
        let html = render(
            &a,
            "en",
            &ui,
            Case {
                media,
                ..Case::default()
            },
        );
        assert!(tags(&html, "iframe").is_empty());
        assert!(html.contains(&format!(
            r#"<button type="button" data-embed="play {YOUTUBE}" class="ae-facade">"#
        )));
        assert!(html.contains(r#"<img src="https://example.test/articles/eu-kazakhstan-trade-in-figures/media/press-conference.svg" alt="" class="ae-poster""#));
        assert!(!html.contains("youtube-nocookie") && !html.contains("player.vimeo"));
        // Every source the page would load is the publisher's.
        for (i, _) in html.match_indices(" src=\"") {
            let url = &html[i + 6..];
            assert!(url.starts_with("https://example.test/"), "{}", &url[..60]);
        }
        assert!(html.contains("Play video from \u{2068}YouTube\u{2069}"));
    }
    // Started without consent: the prompt in place, and still no player.
    let asking = render(
        &a,
        "en",
        &ui,
        Case {
            state: UiState {
                media_asking: Some(YOUTUBE),
                ..UiState::default()
            },
            ..Case::default()
        },
    );
    assert!(tags(&asking, "iframe").is_empty());
    assert!(asking.contains(&format!(r#"<div class="ae-ask" role="group" aria-labelledby="ae-ask-{YOUTUBE}"><p class="ae-ask-h" id="ae-ask-{YOUTUBE}" tabindex="-1">Play this video from"#)));
    assert!(asking.contains("The player loads from \u{2068}www.youtube-nocookie.com\u{2069}"));
    assert!(asking.contains(&format!(r#"data-embed="allow {YOUTUBE}">Allow and play<"#)));
    assert!(asking.contains(&format!(r#"data-embed="later {YOUTUBE}">Not now<"#)));
    // Where the host page manages consent, the prompt cannot grant it.
    let managed = render(
        &a,
        "en",
        &ui,
        Case {
            manageable: false,
            state: UiState {
                media_asking: Some(YOUTUBE),
                ..UiState::default()
            },
            ..Case::default()
        },
    );
    assert!(!managed.contains("data-embed=\"allow") && managed.contains("turned off in this site"));
    // Started with consent: that player, and only that one.
    let playing = render(
        &a,
        "en",
        &ui,
        Case {
            media: true,
            state: UiState {
                players: players.clone(),
                ..UiState::default()
            },
            ..Case::default()
        },
    );
    let frames = tags(&playing, "iframe");
    assert_eq!(
        frames,
        [format!(
            r#"<iframe src="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE" title="EU–Kazakhstan Cooperation Council: the press conference" data-player="{YOUTUBE}" sandbox="{PLAYER_SANDBOX}" allow="{PLAYER_ALLOW}" referrerpolicy="strict-origin-when-cross-origin">"#
        )]
    );
    assert!(!PLAYER_ALLOW.contains("autoplay"));
    assert!(
        playing.contains(&format!(r#"data-embed="play {VIMEO}""#)),
        "the other still waits"
    );
    // Consent withdrawn: no player, whatever the state says.
    let withdrawn = render(
        &a,
        "en",
        &ui,
        Case {
            state: UiState {
                players,
                ..UiState::default()
            },
            ..Case::default()
        },
    );
    assert!(tags(&withdrawn, "iframe").is_empty());
}

#[test]
fn prerendered_a_facade_is_a_link_to_the_original_and_notes_are_numbers() {
    let a = load_fixture(DEMO);
    let html = render(
        &a,
        "en",
        &Catalog::english(),
        Case {
            media: true,
            prerendered: true,
            state: UiState {
                players: vec![YOUTUBE],
                media_asking: Some(VIMEO),
                ..UiState::default()
            },
            ..Case::default()
        },
    );
    assert!(tags(&html, "iframe").is_empty() && !html.contains("data-embed"));
    assert!(html.contains(r#"<a href="https://vimeo.com/76979871" target="_blank" rel="noopener noreferrer" class="ae-facade">"#));
    assert!(html.contains("Watch on \u{2068}Vimeo\u{2069}"));
    assert!(html.contains(r#"<sup class="ae-ref">1</sup>"#));
    assert!(!html.contains("#ae-fn-") && !html.contains("data-note"));
}

#[test]
fn footnotes_link_to_their_notes_and_back_in_the_widget() {
    let a = load_fixture(DEMO);
    let html = render(&a, "ar", &catalog("ar"), Case::default());
    assert!(html.contains(
        "<sup class=\"ae-ref\"><a href=\"#ae-fn-n1\" id=\"ae-ref-n1\" data-note=\"n1\" aria-label=\"الحاشية \u{2068}1\u{2069}\">1</a></sup>"
    ));
    assert!(html.contains(r##"<li id="ae-fn-n1" tabindex="-1">"##));
    assert!(html.contains(r##"<a href="#ae-ref-n1" class="ae-back" data-note-back="n1" aria-label="العودة إلى النص">↑</a>"##));
    assert!(html.contains(r#"<h3 class="ae-small-h" id="ae-notes-h">الحواشي</h3>"#));
    // A second reference to a note has no id of its own: the first is where "back" goes.
    let twice = load_doc(&doc(
        "",
        r#"{ "type": "paragraph", "text": ["a", { "note": "x" }, "b", { "note": "x" }] },
           { "type": "footnotes", "notes": [ { "id": "x", "text": "X" }, { "id": "y", "text": "Y" } ] }"#,
    ));
    let html = render(&twice, "en", &Catalog::english(), Case::default());
    assert_eq!(html.matches(r#"id="ae-ref-x""#).count(), 1);
    assert_eq!(html.matches(r##"href="#ae-fn-x""##).count(), 2);
    assert_eq!(
        html.matches("class=\"ae-back\"").count(),
        1,
        "y is not referenced"
    );
}

#[test]
fn right_to_left_text_keeps_code_and_quoted_posts_in_their_own_direction() {
    let a = load_fixture(DEMO);
    let html = render(&a, "ar", &catalog("ar"), Case::default());
    assert!(html.starts_with(r#"<article class="ae" lang="ar" dir="rtl""#));
    assert!(html.contains(
        r#"<pre class="ae-pre ae-code" dir="ltr" translate="no" data-block="pre02"><code>"#
    ));
    assert!(html
        .contains(r#"<figure class="ae-quote ae-post" lang="en" dir="ltr" data-block="post01">"#));
    // The post's attribution is in the reader's language, the handle left to right.
    assert!(html.contains(r#"<span class="ae-muted" dir="ltr">@steppe_review</span>"#));
    assert!(html.contains("lang=\"ar\" dir=\"rtl\">عرض المنشور على \u{2068}X\u{2069}</a>"));
    // Alignment is logical: `end` is the left in a right-to-left table, by the stylesheet.
    assert!(html.contains(r#"<td class="ae-e">26,100</td>"#));
}

#[test]
fn every_text_of_the_new_blocks_is_escaped() {
    let hostile = r#"<img src=x onerror=alert(1)>"#;
    let blocks = format!(
        r#"{{ "type": "table", "caption": "{h}", "head": [["{h}"]], "body": [[{{ "text": "{h}", "header": true }}]] }},
           {{ "type": "embed", "provider": "youtube", "url": "https://youtu.be/dQw4w9WgXcQ", "title": "{h}", "caption": "{h}" }},
           {{ "type": "post", "network": "x", "url": "https://x.com/a/status/1", "author": "{h}", "handle": "{h}", "text": "{h}", "media": "{h}" }},
           {{ "type": "preformatted", "variant": "code", "text": "</code></pre>{h}" }},
           {{ "type": "buttons", "items": [ {{ "text": "{h}", "url": "https://e.example/?a=\"b\"" }} ] }},
           {{ "type": "gallery", "images": [ {{ "src": "a.jpg", "alt": "\"{h}", "width": 1, "height": 1, "caption": "{h}" }} ] }},
           {{ "type": "list", "items": [ {{ "text": "{h}", "list": {{ "items": ["{h}"] }} }} ] }},
           {{ "type": "footnotes", "notes": [ {{ "id": "n", "text": "{h}" }} ] }}"#,
        h = hostile.replace('"', "\\\"")
    );
    let a = load_doc(&doc("", &blocks));
    let html = render(
        &a,
        "en",
        &Catalog::english(),
        Case {
            state: UiState {
                media_asking: Some(1),
                ..UiState::default()
            },
            ..Case::default()
        },
    );
    assert!(!html.contains("<img src=x"), "{html}");
    assert!(
        !html.contains("</code></pre>&lt;"),
        "the code's end tags are text"
    );
    assert!(html.contains("&lt;/code&gt;&lt;/pre&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains(r#"href="https://e.example/?a=&quot;b&quot;""#));
    assert!(html.contains(r#"alt="&quot;&lt;img src=x onerror=alert(1)&gt;""#));
}

#[test]
fn the_banner_names_embedded_content_and_its_providers() {
    let a = load_fixture(DEMO);
    let lang = tag("en");
    let ui = catalog("da");
    let options = ViewOptions::default();
    let mut view = View::new(a.in_language(&lang).unwrap(), &ui, &options);
    view.consent(ConsentView {
        used: vec![Category::Media],
        choices: Choices::none(),
        banner: Banner::Choosing,
        gpc: true,
        manageable: true,
    });
    let html = render_article(&view);
    assert!(html.contains(r#"data-category="media""#));
    assert!(html.contains(">Indlejret indhold<"));
    assert!(html.contains("Afspiller videoer fra \u{2068}YouTube, Vimeo\u{2069} i artiklen"));
    assert!(!html.contains(r#"data-category="advertising""#));
}

#[test]
fn the_card_stays_an_excerpt() {
    let a = load_fixture(DEMO);
    let lang = tag("en");
    let ui = Catalog::english();
    let options = ViewOptions {
        prerendered: true,
        ..ViewOptions::default()
    };
    let view = View::new(a.in_language(&lang).unwrap(), &ui, &options);
    let card = article_embed::core::render::card_markup(&view).finish();
    for absent in ["<table", "<iframe", "<video", "ae-embed", "ae-notes"] {
        assert!(!card.contains(absent), "{absent}");
    }
    assert!(
        card.contains(r#"<sup class="ae-ref">1</sup>"#),
        "a reference is a number there"
    );
}

fn load_doc(text: &str) -> Article {
    article_embed::core::article::validate_document(
        &json(text),
        "https://example.test/a/article.json",
    )
    .unwrap()
    .value
}
