//! Rendering, as a spec: the seed's roles in the seed's order, localized chrome, language
//! marks, and escaping by construction. The same code renders in the browser.

mod common;
use article_embed::core::article::{AdCreative, Article};
use article_embed::core::consent::{Banner, Category, Choices, ConsentView};
use article_embed::core::html::SafeUrl;
use article_embed::core::i18n::Catalog;
use article_embed::core::json::Json;
use article_embed::core::render::{
    render_article, render_error, AdSlot, ErrorKind, View, ViewOptions,
};
use article_embed::core::share::ShareTarget;
use common::*;

/// The Danish catalogue as the build compiles it: its strings and its CLDR data (the date).
fn danish_catalog() -> Catalog {
    let text = article_embed::core::i18n::ftl::read_catalogue(&root().join("locales"), "da")
        .unwrap_or_else(|e| panic!("{e}"));
    let entries = article_embed::core::i18n::ftl::parse(&text).unwrap();
    let obj = Json::Object(
        entries
            .into_iter()
            .map(|e| (e.key, Json::String(e.value)))
            .collect(),
    );
    Catalog::from_json(tag("da"), &obj).unwrap()
}

fn creative() -> AdCreative {
    AdCreative {
        src: SafeUrl::parse("https://ads.example/c.html").unwrap(),
        width: 300,
        height: 250,
    }
}

fn render(article: &Article, lang: &str, ui: &Catalog, options: &ViewOptions) -> String {
    render_with(
        article,
        lang,
        ui,
        options,
        AdSlot::Hidden,
        ConsentView {
            used: vec![Category::Advertising],
            manageable: true,
            ..ConsentView::default()
        },
    )
}

fn render_with(
    article: &Article,
    lang: &str,
    ui: &Catalog,
    options: &ViewOptions,
    ad: AdSlot,
    consent: ConsentView,
) -> String {
    let lang = tag(lang);
    let names: Vec<String> = article
        .languages
        .iter()
        .map(|l| format!("name-{l}"))
        .collect();
    let creative = creative();
    let mut view = View::new(article.in_language(&lang).unwrap(), ui, options);
    view.names(&names, &names)
        .consent(consent)
        .ad(ad, Some(&creative));
    render_article(&view)
}

fn pos(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not rendered"))
}

#[test]
fn the_seed_roles_come_in_the_seed_order_in_danish() {
    let a = load_fixture("eu-kazakhstan-closer-ties");
    let html = render(&a, "da", &danish_catalog(), &ViewOptions::default());
    let order = [
        "Følg os",
        "class=\"ae-kicker\">Kasakhstan<",
        "EU og Kasakhstan sigter mod",
        "Af \u{2068}Martin Banks\u{2069}",
        "Udgivet \u{2068}21. juni 2022\u{2069}",
        "Del:",
        "EU og Kasakhstan er blevet enige",
        "class=\"ae-ad\"",
        "Dernæst er ministermødet",
        "Del denne artikel:",
        "EU Reporter udgiver artikler",
        "ae-trending",
    ];
    let positions: Vec<usize> = order.iter().map(|n| pos(&html, n)).collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "{order:?} at {positions:?}"
    );
    assert!(
        !html.contains("Udgivet on"),
        "the seed's untranslated 'on' is gone"
    );
}

#[test]
fn the_ad_slot_follows_the_article_marker_or_the_embed_option() {
    let a = load_fixture("eu-kazakhstan-closer-ties");
    let ui = Catalog::english();
    let html = render(&a, "en", &ui, &ViewOptions::default());
    // The marker stands after the seventh paragraph (where the seed shows "reklame").
    assert!(pos(&html, "data-block=\"p07\"") < pos(&html, "class=\"ae-ad\""));
    assert!(pos(&html, "class=\"ae-ad\"") < pos(&html, "data-block=\"p08\""));
    let moved = ViewOptions {
        ad_after: Some(2),
        ..ViewOptions::default()
    };
    let html = render(&a, "en", &ui, &moved);
    assert!(pos(&html, "class=\"ae-ad\"") < pos(&html, "data-block=\"p03\""));
    let none = ViewOptions {
        ad_after: Some(0),
        ..ViewOptions::default()
    };
    assert!(!render(&a, "en", &ui, &none).contains("class=\"ae-ad\""));
}

#[test]
fn untranslated_passages_carry_their_own_language() {
    let a = load_fixture("eu-kazakhstan-relations");
    let html = render(&a, "sw", &Catalog::english(), &ViewOptions::default());
    assert!(html.contains("<article class=\"ae\" lang=\"sw\" dir=\"ltr\""));
    assert!(html.contains("<p lang=\"en\" dir=\"ltr\" data-block=\"p01\">In recent years"));
    assert!(html.contains("<span lang=\"en\" dir=\"ltr\">Kazakhstan’s abundant"));
    // English UI strings inside a Swahili article are marked English.
    assert!(html.contains("lang=\"en\">Share:</span>"));
}

#[test]
fn arabic_is_right_to_left() {
    let a = load_fixture("eu-kazakhstan-closer-ties");
    let html = render(&a, "ar", &Catalog::english(), &ViewOptions::default());
    assert!(html.contains("<article class=\"ae\" lang=\"ar\" dir=\"rtl\""));
}

#[test]
fn a_suspect_machine_translated_passage_offers_the_original() {
    let a = load_fixture("eu-kazakhstan-closer-ties");
    let html = render(&a, "da", &danish_catalog(), &ViewOptions::default());
    let at = pos(&html, "XNUMX");
    let details = &html[at..];
    let end = details
        .find("</details>")
        .expect("original passage after the flagged one");
    let block = &details[..end];
    assert!(block.contains("lang=\"en\" dir=\"ltr\""), "{block}");
    assert!(block.contains("carbon neutrality by 2060"), "{block}");
    assert_eq!(
        html.matches("class=\"ae-original\"").count(),
        1,
        "only the broken passage is flagged"
    );
    assert!(
        html.contains("class=\"ae-mt\""),
        "machine-translation notice"
    );
}

#[test]
fn a_translation_is_checked_against_the_language_it_was_made_from() {
    // Swahili made by machine from the English translation of a Danish original; Kazakh from
    // the Danish, whose file is not fetched yet.
    let doc = r#"{
      "format": "article-embed/1", "url": "https://example.test/a",
      "publisher": { "name": "P" }, "published": "2022-06-21T09:00:00Z",
      "original_language": "da", "languages": ["da", "en", "sw", "kk"],
      "translations": {
        "da": { "href": "da.json" },
        "en": { "title": "Title", "url": "https://example.test/en",
                "blocks": [{ "type": "paragraph", "text": ["One"] }] },
        "sw": { "title": "Kichwa", "machine_translated": true, "translated_from": "en",
                "blocks": [{ "type": "paragraph", "text": ["Moja"] }] },
        "kk": { "title": "Тақырып", "machine_translated": true,
                "blocks": [{ "type": "paragraph", "text": ["Бір"] }] }
      }
    }"#;
    let a =
        article_embed::core::article::validate_document(&json(doc), "https://example.test/a.json")
            .unwrap()
            .value;
    let ui = Catalog::english();
    let options = ViewOptions::default();
    let original = |l: &str| {
        let l = tag(l);
        let view = View::new(a.in_language(&l)?, &ui, &options);
        Some(view.original.map(|(o, t)| (o.clone(), t.title.clone())))
    };
    assert_eq!(original("sw"), Some(Some((tag("en"), "Title".to_owned()))));
    assert_eq!(
        original("kk"),
        Some(None),
        "the Danish original is not here yet"
    );
    assert_eq!(
        original("en"),
        Some(None),
        "English comes from the Danish original, not here yet"
    );
    assert_eq!(
        original("da"),
        None,
        "no view of a language whose content is not here"
    );
    let html = render(&a, "sw", &ui, &options);
    assert!(
        html.contains("href=\"https://example.test/en\" hreflang=\"en\" data-lang=\"en\""),
        "the notice links the English it was made from: {html}"
    );
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let text = doc(
        r#""author": "</span><script>alert(1)</script>","#,
        r#"{ "type": "paragraph", "text": ["<script>alert(1)</script>", { "a": "'onmouseover='x", "href": "https://e.test/\"><x>" }] },
          { "type": "image", "src": "https://e.test/i.png\"onerror=\"x", "alt": "\" onload=\"x", "width": 10, "height": 10 }"#,
    )
    .edit(
        r#""https://example.test/a/""#,
        r#""https://example.test/a?x=\"><script>""#,
    )
    .edit("EU Reporter", "<img src=x onerror=alert(1)>")
    .edit(
        r#""title": "T""#,
        r#""title": "<b>bold</b> & \"quoted\"", "category": "<i>", "disclaimer": "<iframe>""#,
    );
    let a = article_embed::core::article::validate_document(
        &json(&text),
        "https://example.test/a.json",
    )
    .unwrap()
    .value;
    let opts = ViewOptions {
        share: ShareTarget::DEFAULT.to_vec(),
        ..ViewOptions::default()
    };
    let html = render(&a, "en", &Catalog::english(), &opts);
    for bad in [
        "<script",
        "<img src=x",
        "<iframe",
        "<b>bold",
        "<i>",
        "\"onerror=\"x",
        "onload=\"x",
        "\"><x>",
    ] {
        assert!(!html.contains(bad), "{bad} reached the markup");
    }
    assert!(
        html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;")
            || html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; \"quoted\"")
    );
}

#[test]
fn errors_are_short_localized_and_link_to_the_article() {
    let url = article_embed::core::html::SafeUrl::parse("https://example.test/a").unwrap();
    let html = render_error(&danish_catalog(), ErrorKind::NotFound, Some(&url));
    assert!(html.contains("lang=\"da\""));
    assert!(html.contains("href=\"https://example.test/a\""));
    assert!(html.contains("data-error=\"not-found\""));
    let no_link = render_error(&Catalog::english(), ErrorKind::MissingSrc, None);
    assert!(!no_link.contains("<a "));
}

#[test]
fn the_banner_offers_equal_choices_and_only_used_categories() {
    let a = load_fixture("eu-kazakhstan-closer-ties");
    let da = |ad, consent| {
        render_with(
            &a,
            "da",
            &danish_catalog(),
            &ViewOptions::default(),
            ad,
            consent,
        )
    };
    let asking = ConsentView {
        used: vec![Category::Advertising],
        banner: Banner::Asking,
        manageable: true,
        ..ConsentView::default()
    };
    let html = da(AdSlot::Hidden, asking.clone());
    let actions: Vec<&str> = html
        .match_indices("data-consent-action=\"")
        .map(|(i, _)| &html[i + 21..i + 27])
        .collect();
    assert_eq!(actions, ["accept", "reject", "choose"]);
    let banner = &html[pos(&html, "<section class=\"ae-consent\"")..];
    let banner = &banner[..pos(banner, "</section>")];
    assert_eq!(
        banner.matches("class=\"ae-btn\"").count(),
        3,
        "one style for all three"
    );
    assert!(html.contains("ae-ad-hidden"), "placeholder without consent");
    assert!(!html.contains("<iframe"));
    let choosing = ConsentView {
        banner: Banner::Choosing,
        gpc: true,
        ..asking
    };
    let nothing_used = ConsentView {
        used: Vec::new(),
        ..choosing.clone()
    };
    let html = da(AdSlot::Hidden, choosing);
    assert!(html.contains("data-category=\"advertising\""));
    assert_eq!(
        html.matches("data-category=").count(),
        1,
        "one toggle per used category"
    );
    assert!(
        !da(AdSlot::Hidden, nothing_used).contains("data-category="),
        "unused categories are not shown"
    );
    assert!(html.contains("class=\"ae-gpc\""));
    let mut all = Choices::none();
    all.set(Category::Advertising, true);
    let decided = ConsentView {
        used: vec![Category::Advertising],
        choices: all,
        manageable: true,
        ..ConsentView::default()
    };
    let html = da(AdSlot::Allowed, decided);
    assert!(html.contains("<iframe src=\"https://ads.example/c.html\""));
    assert!(html.contains("sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox\""));
    assert!(!html.contains("data-consent="), "no banner once decided");
    assert!(
        html.contains("data-action=\"privacy\""),
        "withdrawing stays one click away"
    );
}
