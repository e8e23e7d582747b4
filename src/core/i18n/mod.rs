//! UI strings: the message keys, catalogues and formatting.
//!
//! Catalogues are written in a Fluent subset (`locales/*.ftl`), compiled at build time: English
//! into the binary, every other language into a small JSON file fetched only when used. There
//! is no Fluent runtime in the wasm. Each catalogue also carries CLDR data generated into
//! `locales/cldr/` (the long date format, month names, the UI languages' names), so a render
//! needs no `Intl`: its first use in a tab loads ICU data on the main thread, measured at
//! 10–40 ms here, which the first render would wait for.

pub mod ftl;

use crate::core::article::DateTime;
use crate::core::json::Json;
use crate::core::lang::{best_match, LangTag};
use std::fmt;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// First Strong Isolate and Pop Directional Isolate: placeholders are wrapped in them so a
/// Latin name inside Arabic text (or the reverse) cannot reorder the sentence around it.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// A UI language's name in itself (`dansk`, `العربية`); `None` for other tags.
pub fn autonym(lang: &LangTag) -> Option<&'static str> {
    ftl::lookup(AUTONYMS, lang.as_str())
}

/// The UI strings of one language.
#[derive(Debug, Clone)]
pub struct Catalog {
    lang: LangTag,
    messages: Vec<String>,
}

/// Why a compiled catalogue was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogError {
    /// The file is not a JSON object of strings.
    NotAnObject,
    /// A key the widget does not know.
    UnknownKey(String),
    /// A message's placeholders differ from English.
    Placeholders(String),
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogError::NotAnObject => f.write_str("catalogue is not an object of strings"),
            CatalogError::UnknownKey(k) => write!(f, "unknown key \"{k}\""),
            CatalogError::Placeholders(k) => {
                write!(f, "placeholders of \"{k}\" differ from English")
            }
        }
    }
}

impl std::error::Error for CatalogError {}

impl Catalog {
    /// The built-in English catalogue.
    pub fn english() -> Catalog {
        Catalog {
            lang: LangTag::parse("en").expect("en is a tag"),
            messages: ENGLISH.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// Reads a compiled catalogue (a JSON object from key to value). Keys it lacks fall back
    /// to English; unknown keys and placeholder mismatches are refused, since they mean the
    /// catalogue was built for another version.
    pub fn from_json(lang: LangTag, json: &Json) -> Result<Catalog, CatalogError> {
        let Json::Object(entries) = json else {
            return Err(CatalogError::NotAnObject);
        };
        let mut cat = Catalog::english();
        cat.lang = lang;
        for (k, v) in entries {
            let Some(i) = KEYS.iter().position(|key| key == k) else {
                return Err(CatalogError::UnknownKey(k.clone()));
            };
            let value = v.as_str().ok_or(CatalogError::NotAnObject)?;
            if ftl::placeholders(value) != ftl::placeholders(ENGLISH[i]) {
                return Err(CatalogError::Placeholders(k.clone()));
            }
            cat.messages[i] = value.to_owned();
        }
        Ok(cat)
    }

    /// The catalogue's language.
    pub fn lang(&self) -> &LangTag {
        &self.lang
    }

    /// A date in this language's long format (`21. juni 2022`, `June 21, 2022`), as written
    /// in the document: the publisher's calendar day, not the reader's.
    pub fn date(&self, dt: &DateTime) -> String {
        let month = self
            .get(Msg::Months)
            .split('|')
            .nth(usize::from(dt.month) - 1);
        let mut out = String::new();
        for piece in ftl::pieces(self.get(Msg::DateLong)).unwrap_or_default() {
            match piece {
                ftl::Piece::Text(t) => out.push_str(t),
                ftl::Piece::Var("day") => out.push_str(&dt.day.to_string()),
                ftl::Piece::Var("month") => out.push_str(month.unwrap_or_default()),
                ftl::Piece::Var(_) => out.push_str(&dt.year.to_string()),
            }
        }
        out
    }

    /// A UI language's name in this language (`engelsk` in Danish); `None` for other tags.
    pub fn language_name(&self, lang: &LangTag) -> Option<&str> {
        ftl::lookup(self.get(Msg::Languages), lang.as_str())
    }

    /// A message without placeholders.
    pub fn get(&self, msg: Msg) -> &str {
        &self.messages[msg as usize]
    }

    /// A message with its placeholders filled, each value isolated for bidi text.
    /// A placeholder with no value given is left empty.
    pub fn format(&self, msg: Msg, args: &[(&str, &str)]) -> String {
        let value = self.get(msg);
        let Some(pieces) = ftl::pieces(value) else {
            return value.to_owned();
        };
        let mut out = String::with_capacity(value.len() + 32);
        for p in pieces {
            match p {
                ftl::Piece::Text(t) => out.push_str(t),
                ftl::Piece::Var(name) => {
                    let v = args.iter().find(|(k, _)| *k == name).map_or("", |(_, v)| v);
                    out.push(FSI);
                    out.push_str(v);
                    out.push(PDI);
                }
            }
        }
        out
    }
}

/// The UI language for an article language: its own catalogue when one exists, else English.
pub fn ui_language_for(article_lang: &LangTag) -> LangTag {
    best_match(article_lang.as_str(), &UI_LANGUAGES)
        .and_then(|l| LangTag::parse(l))
        .unwrap_or_else(|| LangTag::parse("en").expect("en is a tag"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_built_in_and_formats_with_isolation() {
        let en = Catalog::english();
        assert_eq!(en.get(Msg::FollowUs), "Follow us");
        assert_eq!(
            en.format(Msg::Published, &[("date", "21 June 2022")]),
            "Published \u{2068}21 June 2022\u{2069}"
        );
    }

    #[test]
    fn compiled_catalogue_is_checked_against_english() {
        let da = LangTag::parse("da").unwrap();
        let ok = Json::Object(vec![(
            "published".into(),
            Json::String("Udgivet { $date }".into()),
        )]);
        let cat = Catalog::from_json(da.clone(), &ok).unwrap();
        assert_eq!(
            cat.format(Msg::Published, &[("date", "x")]),
            "Udgivet \u{2068}x\u{2069}"
        );
        assert_eq!(
            cat.get(Msg::FollowUs),
            "Follow us",
            "missing keys fall back to English"
        );
        let bad = Json::Object(vec![(
            "published".into(),
            Json::String("Udgivet { $dato }".into()),
        )]);
        assert_eq!(
            Catalog::from_json(da.clone(), &bad).unwrap_err(),
            CatalogError::Placeholders("published".into())
        );
        let unknown = Json::Object(vec![("nope".into(), Json::String("x".into()))]);
        assert!(matches!(
            Catalog::from_json(da, &unknown),
            Err(CatalogError::UnknownKey(_))
        ));
    }

    #[test]
    fn ui_language_follows_article_language_where_a_catalogue_exists() {
        let t = |s| LangTag::parse(s).unwrap();
        assert_eq!(ui_language_for(&t("en")).as_str(), "en");
        assert_eq!(ui_language_for(&t("xx")).as_str(), "en");
    }
}
