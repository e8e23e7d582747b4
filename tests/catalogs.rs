//! Every UI catalogue has exactly the English keys, in order, with the same placeholders, and
//! the required UI languages are all there.

use article_embed::core::i18n::{ftl, Msg, UI_LANGUAGES};
use std::path::PathBuf;

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn parse(lang: &str) -> Vec<ftl::Entry> {
    let p = locales().join(format!("{lang}.ftl"));
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    ftl::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn the_required_ui_languages_have_catalogues() {
    let eu = [
        "bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "ga", "it", "lv",
        "lt", "mt", "pl", "pt", "ro", "sk", "sl", "es", "sv",
    ];
    let more = ["kk", "ru", "uk", "tr", "ar", "sw", "zh"];
    for l in eu.iter().chain(&more) {
        assert!(UI_LANGUAGES.contains(l), "no catalogue for {l}");
    }
    assert_eq!(eu.len() + more.len(), 31);
}

#[test]
fn every_catalogue_has_the_english_keys_and_placeholders() {
    let en = parse("en");
    assert_eq!(en.len(), Msg::ALL.len());
    for lang in UI_LANGUAGES {
        let cat = parse(lang);
        let keys: Vec<&str> = cat.iter().map(|e| e.key.as_str()).collect();
        let en_keys: Vec<&str> = en.iter().map(|e| e.key.as_str()).collect();
        for k in &en_keys {
            assert!(keys.contains(k), "{lang}: missing key {k}");
        }
        for k in &keys {
            assert!(en_keys.contains(k), "{lang}: unknown key {k}");
        }
        assert_eq!(keys, en_keys, "{lang}: keys out of English order");
        for (e, r) in cat.iter().zip(&en) {
            assert_eq!(
                ftl::placeholders(&e.value),
                ftl::placeholders(&r.value),
                "{lang}: placeholders of {} differ from English",
                e.key
            );
        }
    }
}

#[test]
fn the_checks_catch_a_broken_catalogue() {
    let broken = "follow-us = Følg os\npublished = Udgivet { $dato }\n";
    let cat = ftl::parse(broken).unwrap();
    assert_ne!(
        ftl::placeholders(&cat[1].value),
        ftl::placeholders("Published { $date }")
    );
    assert!(
        ftl::parse("follow-us = a\nfollow-us = b\n").is_err(),
        "duplicate key"
    );
    assert!(
        ftl::parse("x = { date }\n").is_err(),
        "placeholder without $"
    );
    assert!(ftl::parse("x = a } b\n").is_err(), "stray brace");
}
