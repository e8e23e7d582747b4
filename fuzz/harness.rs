//! What each fuzz target does with one input, shared by the libFuzzer targets
//! (`fuzz/fuzz_targets/*.rs`) and by `tests/fuzz_corpus.rs`, which runs the seed corpus
//! through the same functions in a plain `cargo test`.
//!
//! Each function panics when the core breaks a promise: a panic, or markup that is not
//! escaped, or a URL that is not safe.
#![allow(dead_code)]

use article_embed::core::article::{
    validate_document, validate_translation, Article, DateTime, TranslationSource,
};
use article_embed::core::consent::{Banner, Category, Choices, ConsentView};
use article_embed::core::html::SafeUrl;
use article_embed::core::i18n::{ftl, Catalog};
use article_embed::core::json::Json;
use article_embed::core::lang::LangTag;
use article_embed::core::render::{
    render_article, render_error, render_loading, AdSlot, ErrorKind, ShareRow, UiState, View,
    ViewOptions,
};
use article_embed::core::share::server::ServerName;
use article_embed::core::share::ShareTarget;
use article_embed::core::url::{encode_component, resolve};

/// The URL the fuzzed documents are "fetched" from.
pub const DOC_URL: &str = "https://example.test/articles/a/article.json";

/// The element names the renderer writes; any other `<name` in its output came from data.
const TAGS: &str = "a article aside audio blockquote button caption cite code details div em \
                    figcaption figure footer h2 h3 h4 h5 header hr iframe img input label li \
                    nav ol p path pre section span strong summary sup svg table tbody td tfoot \
                    th thead time tr track ul video";

/// JSON bytes → the core's tree → the validator, as a document and as a translation file.
pub fn validate(data: &[u8]) {
    let Some(json) = parse(data) else { return };
    match validate_document(&json, DOC_URL) {
        Ok(v) => check_list(&v.warnings),
        Err(errors) => check_errors(&errors),
    }
    let da = LangTag::parse("da").expect("da is a tag");
    match validate_translation(&json, &da, DOC_URL, "https://example.test/articles/a/") {
        Ok(v) => check_list(&v.warnings),
        Err(errors) => check_errors(&errors),
    }
}

/// HTML as WordPress renders a post (`content.rendered`) → the importer's blocks → the widget's
/// renderer in every state: whatever a post holds, the mapping never panics, what it writes the
/// widget's validator takes whole, and the widget shows only its own elements and safe URLs.
pub fn import_html(data: &[u8]) {
    use article_embed::import::html::blocks_from_fragment;
    use article_embed::import::report::Report;
    let html = String::from_utf8_lossy(data);
    let mut report = Report::default();
    let blocks = blocks_from_fragment(
        &html,
        "https://news.example/2024/03/04/post/",
        "en",
        &mut report,
    );
    if blocks.is_empty() {
        return;
    }
    // What the importer writes is whole: the widget's validator drops nothing of it.
    let written = article_embed::import::document::translation_json(
        &article_embed::core::article::Translation {
            url: None,
            title: "T".into(),
            lead: None,
            category: None,
            machine_translated: false,
            translated_from: None,
            disclaimer: None,
            trending: None,
            newsletter_notice: None,
            blocks: blocks.clone(),
        },
    );
    let en = LangTag::parse("en").expect("en is a tag");
    match validate_translation(
        &written,
        &en,
        "https://news.example/2024/03/04/post/en.json",
        "https://news.example/2024/03/04/post/",
    ) {
        Ok(v) => assert!(v.warnings.is_empty(), "the import wrote {:?}", v.warnings),
        Err(e) => panic!("the import wrote {e:?}"),
    }
    let template =
        br#"{"format":"article-embed/1","url":"https://news.example/a","publisher":{"name":"P"},
        "published":"2024-03-04T10:00:00Z","original_language":"en","languages":["en"],
        "translations":{"en":{"title":"T","blocks":[{"type":"paragraph","text":"x"}]}}}"#;
    let json = parse(template).expect("the template parses");
    let mut article = validate_document(&json, DOC_URL)
        .expect("the template validates")
        .value;
    if let Some((_, TranslationSource::Inline(t))) = article.translations.first_mut() {
        t.blocks = blocks;
    }
    render_article_everywhere(&article);
}

/// A document that validates, rendered in each of its languages, under both UI catalogues
/// (English and right-to-left Arabic) and every consent and UI state; every render checked.
/// Whether it validated.
pub fn render(data: &[u8]) -> bool {
    let Some(json) = parse(data) else {
        return false;
    };
    let Ok(article) = validate_document(&json, DOC_URL) else {
        return false;
    };
    render_article_everywhere(&article.value);
    true
}

/// Renders `article` in every language it has inline, under English and Arabic UI strings,
/// in the states a reader can reach, and checks each render.
pub fn render_article_everywhere(article: &Article) {
    let catalogs = [Catalog::english(), arabic()];
    let names: Vec<String> = article.languages.iter().map(|l| format!("<{l}>")).collect();
    let share_native = ViewOptions {
        share: ShareTarget::ALL.to_vec(),
        native_share: true,
        share_params: vec![("utm_source".into(), "a b&c".into())],
        ad_after: Some(1),
        max_height: Some(600),
        ..ViewOptions::default()
    };
    let prerendered = ViewOptions {
        prerendered: true,
        max_height: Some(400),
        ..ViewOptions::default()
    };
    let options = [ViewOptions::default(), share_native, prerendered];
    for (lang, source) in &article.translations {
        let TranslationSource::Inline(t) = source else {
            continue;
        };
        let ids: Vec<String> = t.blocks.iter().filter_map(|b| b.id.clone()).collect();
        let shown = article.in_language(lang).expect("its content is inline");
        // Every embed started, or the first one asking for consent.
        let embeds: Vec<usize> = (0..t.blocks.len()).collect();
        for (i, options) in options.iter().enumerate() {
            let ui = &catalogs[i % 2];
            let open = i % 2 == 1;
            let state = UiState {
                languages_open: open,
                originals_open: if open { ids.clone() } else { Vec::new() },
                consent_open: open,
                consent_choosing: open,
                expanded: open,
                mastodon: ServerName::parse("social.example").ok().filter(|_| open),
                mastodon_open: open.then_some(ShareRow::Bottom),
                media_asking: (!open).then_some(embeds.len() / 2),
                players: if open { embeds.clone() } else { Vec::new() },
            };
            let mut choices = Choices::none();
            choices.set(Category::Advertising, open);
            choices.set(Category::Media, open);
            let consent = ConsentView {
                used: Category::ALL.to_vec(),
                choices,
                banner: if open {
                    Banner::Choosing
                } else {
                    Banner::Asking
                },
                gpc: open,
                manageable: i != 2,
            };
            let ad = if open {
                AdSlot::Allowed
            } else {
                AdSlot::Hidden
            };
            let mut view = View::new(shown, ui, options);
            view.names(&names, &names)
                .state(&state)
                .consent(consent)
                .ad(ad, article.ad.as_ref());
            let html = render_article(&view);
            check_markup(&html);
        }
    }
}

/// FTL text → the catalogue parser, placeholders, a catalogue built from it and its use.
pub fn ftl(data: &[u8]) {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(entries) = ftl::parse(src) else { return };
    for e in &entries {
        assert!(
            ftl::placeholders(&e.value).is_some(),
            "parse accepted a bad placeable in {:?}",
            e.value
        );
        let _ = ftl::pieces(&e.value);
        let _ = ftl::lookup(&e.value, "da");
    }
    let obj = Json::Object(
        entries
            .into_iter()
            .map(|e| (e.key, Json::String(e.value)))
            .collect(),
    );
    let lang = LangTag::parse("da").expect("da is a tag");
    if let Ok(cat) = Catalog::from_json(lang, &obj) {
        let date = DateTime::parse("2022-06-21T09:00:00+02:00").expect("a date");
        let _ = cat.date(&date);
        let _ = cat.language_name(&LangTag::parse("sw").expect("sw is a tag"));
        check_markup(&render_loading(&cat));
        let url = SafeUrl::parse("https://example.test/a").expect("a safe URL");
        check_markup(&render_error(&cat, ErrorKind::Invalid, Some(&url)));
    }
}

/// `base\nrel` → URL resolution, the URL policy and percent-encoding.
pub fn url(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (base, rel) = text.split_once('\n').unwrap_or((DOC_URL, text));
    let resolved = resolve(base, rel);
    for s in [base, rel, resolved.as_str()] {
        if let Some(u) = SafeUrl::parse(s) {
            assert_eq!(u.as_str(), s, "a checked URL is written as checked");
            assert!(is_absolute_safe(s), "SafeUrl::parse let through {s:?}");
        }
        if let Some(u) = SafeUrl::parse_or_relative(s) {
            assert!(
                is_safe_attr(u.as_str()),
                "parse_or_relative let through {s:?}"
            );
        }
        let enc = encode_component(s);
        assert!(
            enc.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)),
            "encode_component left {enc:?}"
        );
    }
    if SafeUrl::parse(base).is_some() && SafeUrl::parse_or_relative(rel).is_some() {
        let _ = SafeUrl::parse_or_relative(&resolved);
    }
}

fn parse(data: &[u8]) -> Option<Json> {
    serde_json::from_slice::<Json>(data).ok()
}

fn arabic() -> Catalog {
    let src = [
        include_str!("../locales/ar.ftl"),
        include_str!("../locales/cldr/ar.ftl"),
    ]
    .join("\n");
    let entries = ftl::parse(&src).expect("locales/ar.ftl parses");
    let obj = Json::Object(
        entries
            .into_iter()
            .map(|e| (e.key, Json::String(e.value)))
            .collect(),
    );
    Catalog::from_json(LangTag::parse("ar").expect("ar is a tag"), &obj).expect("ar catalogue")
}

fn check_errors(errors: &[article_embed::core::article::ValidationError]) {
    assert!(!errors.is_empty(), "a refusal says why");
    check_list(errors);
}

fn check_list(errors: &[article_embed::core::article::ValidationError]) {
    assert!(
        errors.len() <= article_embed::core::article::validate::MAX_REPORTED,
        "{} problems reported",
        errors.len()
    );
    for e in errors {
        let _ = e.to_string();
    }
}

/// The renderer's promises: only its own elements, and only safe URLs in `href` and `src`.
pub fn check_markup(html: &str) {
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            TAGS.split_whitespace().any(|t| t == name),
            "element <{name}> is not one the renderer writes: {}",
            excerpt(rest)
        );
    }
    for attr in [" href=\"", " src=\"", " poster=\"", " cite=\""] {
        for (i, _) in html.match_indices(attr) {
            // Only inside a tag: text may say ` href="…"` (its `<` is escaped, its quotes need
            // not be), and a raw `<` in the output always opens one of the renderer's tags.
            let before = &html[..i];
            if before.rfind('>') > before.rfind('<') {
                continue;
            }
            let value = &html[i + attr.len()..];
            let value = &value[..value.find('"').expect("attribute closed")];
            let value = value.replace("&amp;", "&");
            assert!(is_safe_attr(&value), "unsafe URL {value:?} in{attr}");
        }
    }
    // A player is only ever one the provider table builds.
    for (i, _) in html.match_indices("<iframe ") {
        let tag = &html[i..i + html[i..].find('>').expect("tag closed")];
        if tag.contains(" data-player=") {
            assert!(
                tag.contains(" src=\"https://www.youtube-nocookie.com/embed/")
                    || tag.contains(" src=\"https://player.vimeo.com/video/"),
                "a player from elsewhere: {tag}"
            );
        }
    }
}

fn excerpt(s: &str) -> &str {
    let end = s.char_indices().nth(80).map_or(s.len(), |(i, _)| i);
    &s[..end]
}

fn is_absolute_safe(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("mailto:")
}

fn is_safe_attr(s: &str) -> bool {
    if is_absolute_safe(s) {
        return true;
    }
    let scheme = s.split(['/', '?', '#']).next().unwrap_or("");
    !scheme.contains(':') && !s.starts_with("//") && !s.chars().any(|c| c.is_control())
}
