//! "Continue reading": the markup the widget cuts once laid out (a disclosure control after
//! the whole body, naming the body and the footer it shows), and the prerendered cut that
//! `render` and `publish --max-height` write: a `<details>` at the block boundary the tool
//! estimates for a 320 px phone, never after a heading, the rest of the body and the footer
//! inside it, the height on the host for hydration. The card keeps its own cut.

mod common;
use article_embed::core::i18n::Catalog;
use article_embed::core::render::cut::estimated_cut;
use article_embed::core::render::{render_article, UiState, View, ViewOptions};
use article_embed::publish::load::load;
use article_embed::publish::view::{PageOptions, Parts};
use common::*;
use std::path::Path;

fn widget_markup(options: &ViewOptions, state: &UiState) -> String {
    let a = load_fixture("eu-kazakhstan-relations");
    let ui = Catalog::english();
    let lang = tag("sw");
    let mut view = View::new(a.in_language(&lang).unwrap(), &ui, options);
    view.state(state);
    render_article(&view)
}

fn pos(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not rendered"))
}

#[test]
fn the_widget_renders_its_control_after_the_whole_body_only_for_a_height() {
    let none = widget_markup(&ViewOptions::default(), &UiState::default());
    assert!(!none.contains("data-more"), "no height, no control");
    let cut = ViewOptions {
        max_height: Some(900),
        ..ViewOptions::default()
    };
    let html = widget_markup(&cut, &UiState::default());
    // The whole body is there (the shell cuts it once laid out), then the control, then the
    // footer it also shows.
    let body = pos(&html, "<div class=\"ae-body\" id=\"ae-body\">");
    let last_block = html.rfind("data-block=").unwrap();
    let control = pos(&html, "<div class=\"ae-continue\" data-more=\"\">");
    let foot = pos(&html, "<footer class=\"ae-foot\" id=\"ae-foot\">");
    assert!(body < last_block && last_block < control && control < foot);
    let button = &html[control..foot];
    assert!(button.contains("<button type=\"button\" class=\"ae-continue-btn\" aria-expanded=\"false\" aria-controls=\"ae-body ae-foot\""), "{button}");
    assert!(button.contains("data-action=\"more\""));
    // Both labels, for the stylesheet to show the one of the state.
    assert!(button
        .contains(">Continue reading</span><span class=\"ae-continue-hide\">Show less</span>"));
    let open = UiState {
        expanded: true,
        ..UiState::default()
    };
    assert!(widget_markup(&cut, &open)
        .contains("aria-expanded=\"true\" aria-controls=\"ae-body ae-foot\""));
    assert!(
        !html.contains("<details class=\"ae-continue-d\""),
        "the widget has no prerendered cut"
    );
}

/// The publisher's view of `name` in `lang`, cut for `limit`.
fn prerendered(name: &str, lang: &str, limit: Option<u32>) -> String {
    let doc = root().join("www/articles").join(name).join("article.json");
    let loaded = load(&doc, Some("https://example.test/a/")).unwrap();
    let options = PageOptions {
        max_height: limit,
        ..PageOptions::default()
    };
    let parts = Parts::new(&loaded.article, &tag(lang), "t", &options).unwrap();
    render_article(&parts.view(&loaded.article))
}

/// The cut the tool estimates for `name` in `lang` at `limit`.
fn estimate(name: &str, lang: &str, limit: u32) -> Option<usize> {
    let a = load_fixture(name);
    let options = ViewOptions::default();
    let ui = Catalog::english();
    let lang = tag(lang);
    estimated_cut(
        &View::new(a.in_language(&lang).unwrap(), &ui, &options),
        limit,
    )
}

#[test]
fn the_estimate_for_a_phone_is_the_rule_applied_to_known_sizes() {
    // Ten paragraphs of 50 characters: two lines of 27.2 px and a 17 px gap each, 71.4 px;
    // a one-line title: the head is 330 + 28 = 358 px; the control and padding 80 px.
    let text = "x".repeat(50);
    let block = format!(r#"{{ "type": "paragraph", "text": "{text}" }}"#);
    let blocks = vec![block; 10].join(",");
    let dir = scratch("continue_reading", "estimate");
    let path = write_file(&dir, "article.json", &doc("", &blocks));
    let a = load_whole(&path, "https://example.test/a/");
    let (ui, options, en) = (Catalog::english(), ViewOptions::default(), tag("en"));
    let v = View::new(a.in_language(&en).unwrap(), &ui, &options);
    // Three shown: 358 + 3 × 71.4 + 80 = 652.2 px; all ten: 1,152 px.
    assert_eq!(estimated_cut(&v, 653), Some(3));
    assert_eq!(estimated_cut(&v, 652), Some(2));
    assert_eq!(estimated_cut(&v, 300), Some(0), "the head alone is over");
    assert_eq!(estimated_cut(&v, 1153), None);
    assert_eq!(estimated_cut(&v, 1151), Some(9));
}

#[test]
fn the_whole_articles_blocks_are_estimated_by_the_same_rule() {
    // A separator (2 × 34 px of margin and its 1 px line), a table of three rows of one line
    // (38 px each, then the 17 px gap) and two buttons (one a row, 52 px each, then the gap),
    // after the 358 px head: they end at 427, 558 and 679 px; the control and padding 80 px.
    let blocks = r#"{ "type": "separator" },
      { "type": "table", "head": [["a", "b"]], "body": [["1", "2"], ["3", "4"]] },
      { "type": "buttons", "items": [ { "text": "One", "url": "https://example.test/1" },
        { "text": "Two", "url": "https://example.test/2" } ] }"#;
    let dir = scratch("continue_reading", "estimate-blocks");
    let path = write_file(&dir, "article.json", &doc("", blocks));
    let a = load_whole(&path, "https://example.test/a/");
    let (ui, options, en) = (Catalog::english(), ViewOptions::default(), tag("en"));
    let v = View::new(a.in_language(&en).unwrap(), &ui, &options);
    assert_eq!(estimated_cut(&v, 759), None);
    assert_eq!(estimated_cut(&v, 758), Some(2));
    assert_eq!(estimated_cut(&v, 638), Some(2));
    assert_eq!(estimated_cut(&v, 637), Some(1));
    assert_eq!(estimated_cut(&v, 507), Some(1));
    assert_eq!(estimated_cut(&v, 506), Some(0));
}

#[test]
fn a_whole_article_is_cut_further_on_as_the_height_grows_until_it_fits() {
    // The demo article with a table, players, a quoted post, a gallery, the publisher's own
    // video and audio, preformatted text and footnotes: every kind takes room in the estimate.
    let name = "eu-kazakhstan-trade-in-figures";
    let a = load_fixture(name);
    let lang = a.original_language.clone();
    let n = a.translation(&lang).unwrap().blocks.len();
    let (mut last, mut whole) = (0, None);
    for limit in (400..=60_000).step_by(100) {
        match estimate(name, lang.as_str(), limit) {
            Some(k) => {
                assert!(k >= last && k < n, "{limit}: {k} after {last} of {n}");
                last = k;
            }
            None => {
                whole = Some(limit);
                break;
            }
        }
    }
    let whole = whole.expect("the whole article fits some height");
    assert!(
        last + 3 >= n,
        "the cut reaches the end before it all fits ({last} of {n})"
    );
    assert!(
        whole > 4000,
        "{n} blocks are taller than {whole} px on a phone"
    );
}

#[test]
fn the_prerendered_cut_is_at_a_boundary_never_after_a_heading_and_grows_with_the_height() {
    let a = load_fixture("eu-kazakhstan-relations");
    let blocks = &a.translation(&tag("sw")).unwrap().blocks;
    let mut last = 0;
    for limit in (600..=12_000).step_by(200) {
        let Some(k) = estimate("eu-kazakhstan-relations", "sw", limit) else {
            assert!(
                limit > 6000,
                "the whole 38-block article fits only a tall limit: {limit}"
            );
            continue;
        };
        assert!(k >= last, "{limit}: {k} after {last}");
        last = k;
        if k > 0 {
            assert!(
                !matches!(
                    blocks[k - 1].kind,
                    article_embed::core::article::BlockKind::Heading { .. }
                ),
                "{limit}: the cut leaves a heading last ({k})"
            );
        }
    }
    assert!(last > 20, "taller limits show more ({last})");
}

#[test]
fn the_prerendered_page_puts_the_rest_and_the_footer_in_a_details() {
    let k = estimate("eu-kazakhstan-relations", "sw", 1800).expect("a cut");
    let html = prerendered("eu-kazakhstan-relations", "sw", Some(1800));
    assert!(html.contains("<article class=\"ae\" lang=\"sw\" dir=\"ltr\" aria-labelledby=\"ae-title\" data-max-height=\"1800\">"));
    let details = pos(&html, "<details class=\"ae-continue-d\" data-more=\"\">");
    let summary = &html[details..details + pos(&html[details..], "</summary>")];
    assert!(
        summary.contains(
            ">Endelea kusoma</span><span class=\"ae-continue-hide\">Onyesha kidogo</span>"
        ),
        "{summary}"
    );
    // Exactly the first k blocks before it, the others and the footer inside it.
    let before = html[..details].matches("data-block=").count();
    assert_eq!(before, k);
    let inside = &html[details..];
    assert!(inside.contains("<footer class=\"ae-foot\" id=\"ae-foot\">"));
    assert!(
        inside.contains("ae-newsletter"),
        "the call to action is after the article"
    );
    assert!(!html.contains("<button"), "nothing that needs script");
    // Without a height, or with one the whole article fits: no cut.
    assert!(!prerendered("eu-kazakhstan-relations", "sw", None).contains("ae-continue-d"));
    let tall = prerendered("eu-kazakhstan-relations", "sw", Some(100_000));
    assert!(!tall.contains("ae-continue-d") && tall.contains("data-max-height=\"100000\""));
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn render_and_publish_take_max_height_and_the_card_keeps_its_own_cut() {
    let doc = root().join("www/articles/eu-kazakhstan-closer-ties/article.json");
    let doc = doc.to_str().unwrap();
    let (code, snippet, err) = tool(&["render", doc, "--lang", "ar", "--max-height", "1500"]);
    assert_eq!(code, 0, "{err}");
    assert!(snippet.starts_with("<article-embed src=\"article.json\" lang=\"ar\" dir=\"rtl\" max-height=\"1500\" data-prerendered=\"\">"), "{}", &snippet[..200]);
    assert!(snippet.contains("<details class=\"ae-continue-d\""));
    let out = scratch("continue_reading", "publish");
    let (code, _, err) = tool(&[
        "publish",
        doc,
        "--out",
        out.to_str().unwrap(),
        "--base",
        "https://cdn.example/a/",
        "--max-height",
        "1500",
    ]);
    assert_eq!(code, 0, "{err}");
    for lang in ["en", "da", "ar", "sw"] {
        for page in ["snippet", "embed"] {
            let html = read(&out, &format!("{page}/{lang}.html"));
            assert!(
                html.contains("<details class=\"ae-continue-d\""),
                "{page}/{lang}"
            );
            assert!(html.contains("max-height=\"1500\""), "{page}/{lang}");
        }
        let card = read(&out, &format!("card/{lang}.html"));
        assert!(
            !card.contains("<details class=\"ae-continue-d\"") && !card.contains("max-height=\""),
            "card/{lang}"
        );
    }
    // A height that is not a positive number of px: refused, nothing written.
    for bad in ["0", "-5", "tall", "100001"] {
        let (code, out, err) = tool(&[
            "render",
            doc,
            "--lang",
            "da",
            &format!("--max-height={bad}"),
        ]);
        assert_eq!(code, 2, "{bad}");
        assert!(out.is_empty());
        let first = err.lines().next().unwrap_or_default();
        assert!(
            first.contains("--max-height") && first.contains(bad),
            "{err}"
        );
    }
}
