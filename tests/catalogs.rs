//! Every UI catalogue has exactly the English keys, in order, with the same placeholders, and
//! the required UI languages are all there.

use article_embed::core::i18n::{ftl, Msg, UI_LANGUAGES};
use std::path::PathBuf;

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn parse(lang: &str) -> Vec<ftl::Entry> {
    let text = ftl::read_catalogue(&locales(), lang).unwrap_or_else(|e| panic!("{e}"));
    ftl::parse(&text).unwrap_or_else(|e| panic!("locales/{lang}: {e}"))
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
    // The widget's messages; the publishing tool's own (`ftl::TOOL_PREFIX`) are checked alike.
    let widget = en.iter().filter(|e| ftl::is_widget_key(&e.key)).count();
    assert_eq!(widget, Msg::ALL.len());
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

#[test]
fn dates_and_language_names_come_from_the_catalogue_not_intl() {
    use article_embed::core::article::DateTime;
    use article_embed::core::i18n::{autonym, Catalog};
    use article_embed::core::json::Json;
    use article_embed::core::lang::LangTag;
    let tag = |s: &str| LangTag::parse(s).unwrap();
    let catalogue = |lang: &str| {
        let json = Json::Object(
            parse(lang)
                .into_iter()
                .map(|e| (e.key, Json::String(e.value)))
                .collect(),
        );
        Catalog::from_json(tag(lang), &json).unwrap()
    };
    let published = DateTime::parse("2022-06-21T09:00:00+02:00").unwrap();
    assert_eq!(Catalog::english().date(&published), "June 21, 2022");
    assert_eq!(catalogue("da").date(&published), "21. juni 2022");
    assert_eq!(catalogue("hu").date(&published), "2022. június 21.");
    assert_eq!(catalogue("zh").date(&published), "2022年6月21日");
    // The publisher's calendar day, whatever the reader's time zone.
    let late = DateTime::parse("2024-03-04T23:30:00-05:00").unwrap();
    assert_eq!(catalogue("pl").date(&late), "4 marca 2024");
    assert_eq!(catalogue("da").language_name(&tag("en")), Some("engelsk"));
    assert_eq!(catalogue("da").language_name(&tag("de-AT")), None);
    assert_eq!(autonym(&tag("ar")), Some("العربية"));
    assert_eq!(autonym(&tag("sw")), Some("Kiswahili"));
    assert_eq!(autonym(&tag("hy")), None);
}
