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

/// The name of each of `langs` in itself, in order, for the language switcher: the built-in
/// autonym, else `fallback(lang)` (the browser's `Intl` in the widget, the tag in the
/// publisher's pages).
pub fn autonyms(langs: &[LangTag], fallback: impl Fn(&LangTag) -> String) -> Vec<String> {
    langs
        .iter()
        .map(|l| autonym(l).map_or_else(|| fallback(l), str::to_owned))
        .collect()
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
    /// The file is not a JSON array of strings (or, natively, an object of them).
    NotStrings,
    /// Not one string per message: built for another version of the widget.
    Length(usize),
    /// A key the widget does not know (the object form).
    UnknownKey(String),
    /// The placeholders of the message at this index (in [`Msg`] order) differ from English.
    Placeholders(usize),
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogError::NotStrings => f.write_str("catalogue is not a list of strings"),
            CatalogError::Length(n) => write!(f, "{n} messages, not {}", ENGLISH.len()),
            CatalogError::UnknownKey(k) => write!(f, "unknown key \"{k}\""),
            CatalogError::Placeholders(i) => {
                write!(f, "placeholders of message {i} differ from English")
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

    /// Reads a compiled catalogue: a JSON array of every message's value in [`Msg`] order, as
    /// `compile-catalogs` writes it ([`compiled`]), so that neither the file nor the wasm
    /// carries the keys. Natively an object from key to value is read too (keys it lacks fall
    /// back to English, the publishing tool's own, `ftl::TOOL_PREFIX`, are passed over). A wrong
    /// length, unknown keys and placeholder mismatches are refused: it was built for another version.
    pub fn from_json(lang: LangTag, json: &Json) -> Result<Catalog, CatalogError> {
        let mut cat = Catalog::english();
        cat.lang = lang;
        match json {
            Json::Array(values) => {
                if values.len() != ENGLISH.len() {
                    return Err(CatalogError::Length(values.len()));
                }
                for (i, v) in values.iter().enumerate() {
                    cat.set(i, v)?;
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            Json::Object(entries) => {
                for (k, v) in entries.iter().filter(|(k, _)| ftl::is_widget_key(k)) {
                    let Some(i) = KEYS.iter().position(|key| key == k) else {
                        return Err(CatalogError::UnknownKey(k.clone()));
                    };
                    cat.set(i, v)?;
                }
            }
            _ => return Err(CatalogError::NotStrings),
        }
        Ok(cat)
    }

    /// Sets message `i`, if its placeholders are English's.
    fn set(&mut self, i: usize, v: &Json) -> Result<(), CatalogError> {
        let value = v.as_str().ok_or(CatalogError::NotStrings)?;
        if ftl::placeholders(value) != ftl::placeholders(ENGLISH[i]) {
            return Err(CatalogError::Placeholders(i));
        }
        self.messages[i] = value.to_owned();
        Ok(())
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

    /// The name of each of `langs` in this language, in order, for sentences (`engelsk` in
    /// Danish): the catalogue's name, else `fallback(lang)` (the browser's `Intl` in the widget,
    /// the language's own name in the publisher's pages).
    pub fn language_names(
        &self,
        langs: &[LangTag],
        fallback: impl Fn(&LangTag) -> String,
    ) -> Vec<String> {
        langs
            .iter()
            .map(|l| {
                self.language_name(l)
                    .map_or_else(|| fallback(l), str::to_owned)
            })
            .collect()
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

/// A catalogue's compiled form, the JSON [`Catalog::from_json`] reads: the values of
/// `entries` (as `ftl::compile` returns them: every message, in English's order) as an array.
pub fn compiled(entries: &[ftl::Entry]) -> Json {
    Json::Array(
        entries
            .iter()
            .map(|e| Json::String(e.value.clone()))
            .collect(),
    )
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
            CatalogError::Placeholders(Msg::Published as usize)
        );
        let unknown = Json::Object(vec![("nope".into(), Json::String("x".into()))]);
        assert!(matches!(
            Catalog::from_json(da, &unknown),
            Err(CatalogError::UnknownKey(_))
        ));
    }

    #[test]
    fn the_compiled_form_is_every_value_in_message_order() {
        let da = LangTag::parse("da").unwrap();
        let mut values: Vec<Json> = ENGLISH.iter().map(|v| Json::String((*v).into())).collect();
        values[Msg::Published as usize] = Json::String("Udgivet { $date }".into());
        let cat = Catalog::from_json(da.clone(), &Json::Array(values.clone())).unwrap();
        assert_eq!(
            cat.format(Msg::Published, &[("date", "x")]),
            "Udgivet \u{2068}x\u{2069}"
        );
        assert_eq!(cat.get(Msg::FollowUs), "Follow us");
        let short = Json::Array(values[1..].to_vec());
        assert_eq!(
            Catalog::from_json(da.clone(), &short).unwrap_err(),
            CatalogError::Length(ENGLISH.len() - 1)
        );
        values[Msg::Published as usize] = Json::String("Udgivet { $dato }".into());
        assert_eq!(
            Catalog::from_json(da.clone(), &Json::Array(values.clone())).unwrap_err(),
            CatalogError::Placeholders(Msg::Published as usize)
        );
        values[0] = Json::Number(1.0);
        assert_eq!(
            Catalog::from_json(da, &Json::Array(values)).unwrap_err(),
            CatalogError::NotStrings
        );
    }

    #[test]
    fn ui_language_follows_article_language_where_a_catalogue_exists() {
        let t = |s| LangTag::parse(s).unwrap();
        assert_eq!(ui_language_for(&t("en")).as_str(), "en");
        assert_eq!(ui_language_for(&t("xx")).as_str(), "en");
    }
}
