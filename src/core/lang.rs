//! Language tags, negotiation and writing direction.

use super::text::cut;
use std::fmt;

/// A well-formed BCP 47 language tag in canonical case (`da`, `pt-BR`, `zh-Hans-CN`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LangTag(String);

impl LangTag {
    /// Parses a tag: a 2–3 or 5–8 letter primary language, then subtags of 1–8 letters or
    /// digits. Normalises case (`ZH-hans-cn` → `zh-Hans-CN`). Accepts `_` as a separator, as
    /// some platforms write `pt_BR`.
    pub fn parse(s: &str) -> Option<LangTag> {
        if s.is_empty() || s.len() > 35 {
            return None;
        }
        let mut out = String::with_capacity(s.len());
        for (i, sub) in s.split(['-', '_']).enumerate() {
            let ok_chars = sub.chars().all(|c| c.is_ascii_alphanumeric());
            if !ok_chars || sub.is_empty() || sub.len() > 8 {
                return None;
            }
            if i == 0 {
                let n = sub.len();
                if !(sub.chars().all(|c| c.is_ascii_alphabetic()) && (2..=3).contains(&n)
                    || (5..=8).contains(&n))
                {
                    return None;
                }
                out.push_str(&sub.to_ascii_lowercase());
                continue;
            }
            out.push('-');
            let alpha = sub.chars().all(|c| c.is_ascii_alphabetic());
            match (sub.len(), alpha) {
                (4, true) => {
                    // script: Titlecase
                    let lower = sub.to_ascii_lowercase();
                    let mut cs = lower.chars();
                    if let Some(first) = cs.next() {
                        out.push(first.to_ascii_uppercase());
                        out.push_str(cs.as_str());
                    }
                }
                (2, true) => out.push_str(&sub.to_ascii_uppercase()),
                _ => out.push_str(&sub.to_ascii_lowercase()),
            }
        }
        Some(LangTag(out))
    }

    /// The tag text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag (`pt` of `pt-BR`).
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// The writing direction of text in this language.
    pub fn dir(&self) -> Dir {
        const RTL_LANGS: [&str; 11] = [
            "ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr",
        ];
        const RTL_SCRIPTS: [&str; 5] = ["Arab", "Hebr", "Syrc", "Thaa", "Nkoo"];
        const LTR_SCRIPTS: [&str; 3] = ["Latn", "Cyrl", "Deva"];
        let mut subs = self.0.split('-');
        let primary = subs.next().unwrap_or("");
        for s in subs {
            if RTL_SCRIPTS.contains(&s) {
                return Dir::Rtl;
            }
            if LTR_SCRIPTS.contains(&s) {
                return Dir::Ltr;
            }
        }
        if RTL_LANGS.contains(&primary) {
            Dir::Rtl
        } else {
            Dir::Ltr
        }
    }

    /// Tags to try for this one, most specific first: `zh-Hans-CN`, `zh-Hans`, `zh`.
    fn fallbacks(&self) -> impl Iterator<Item = &str> {
        let s = self.0.as_str();
        let cuts = s.match_indices('-').map(|(i, _)| i).collect::<Vec<_>>();
        std::iter::once(s).chain(cuts.into_iter().rev().map(move |i| cut(s, ..i)))
    }
}

impl AsRef<str> for LangTag {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LangTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Writing direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// left to right
    Ltr,
    /// right to left
    Rtl,
}

impl Dir {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// Finds the best of `available` for one wanted tag: an exact match, then the wanted tag
/// truncated (`zh-Hans-CN` → `zh-Hans` → `zh`), then an available tag with the same primary
/// language (`pt` wanted, `pt-BR` available).
pub fn best_match<'a, T: AsRef<str>>(wanted: &str, available: &'a [T]) -> Option<&'a T> {
    let wanted = LangTag::parse(wanted)?;
    let norm = |t: &T| LangTag::parse(t.as_ref());
    for candidate in wanted.fallbacks() {
        if let Some(hit) = available
            .iter()
            .find(|a| norm(a).is_some_and(|a| a.as_str() == candidate))
        {
            return Some(hit);
        }
    }
    available
        .iter()
        .find(|a| norm(a).is_some_and(|a| a.primary() == wanted.primary()))
}

/// Where a wanted language came from, in order of precedence.
#[derive(Debug, Clone, Default)]
pub struct LanguageWishes<'a> {
    /// The embed's `lang` attribute or option.
    pub requested: Option<&'a str>,
    /// The reader's remembered choice on this site.
    pub remembered: Option<&'a str>,
    /// `navigator.languages`, in order.
    pub browser: &'a [String],
}

/// Chooses the article language: the embed's request, then the remembered choice, then the
/// browser's languages, each matched against what the article has ([`best_match`]); else the
/// original. The first wish with a match at all decides: one matched only by its language (`fr`
/// wanted, `fr-CA` available) beats a later one matched exactly. `tests/lang-negotiation.json`
/// holds the cases this and its mirror in the glue (`src/shell/requests.js`) must agree on.
pub fn choose_article_language<'a, T: AsRef<str>>(
    wishes: &LanguageWishes<'_>,
    available: &'a [T],
    original: &'a T,
) -> &'a T {
    let candidates = wishes
        .requested
        .into_iter()
        .chain(wishes.remembered)
        .chain(wishes.browser.iter().map(String::as_str));
    for wanted in candidates {
        if let Some(hit) = best_match(wanted, available) {
            return hit;
        }
    }
    original
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<LangTag> {
        list.iter().map(|s| LangTag::parse(s).unwrap()).collect()
    }

    #[test]
    fn parses_and_normalises() {
        assert_eq!(LangTag::parse("ZH-hans-cn").unwrap().as_str(), "zh-Hans-CN");
        assert_eq!(LangTag::parse("pt_br").unwrap().as_str(), "pt-BR");
        for bad in ["", "e", "english-", "da--DK", "d@", "123", "abcdefghi"] {
            assert!(LangTag::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn directions() {
        assert_eq!(LangTag::parse("ar").unwrap().dir(), Dir::Rtl);
        assert_eq!(LangTag::parse("ckb").unwrap().dir(), Dir::Rtl);
        assert_eq!(LangTag::parse("da").unwrap().dir(), Dir::Ltr);
        assert_eq!(LangTag::parse("az-Arab").unwrap().dir(), Dir::Rtl);
        assert_eq!(LangTag::parse("ku-Latn").unwrap().dir(), Dir::Ltr);
    }

    #[test]
    fn browser_tags_match_by_truncation_and_primary() {
        let avail = tags(&["en", "da", "pt-BR", "zh"]);
        assert_eq!(best_match("da-DK", &avail).unwrap().as_str(), "da");
        assert_eq!(best_match("pt", &avail).unwrap().as_str(), "pt-BR");
        assert_eq!(best_match("pt-PT", &avail).unwrap().as_str(), "pt-BR");
        assert_eq!(best_match("zh-Hans-CN", &avail).unwrap().as_str(), "zh");
        assert!(best_match("sw", &avail).is_none());
    }

    #[test]
    fn precedence_is_request_memory_browser_original() {
        let avail = tags(&["en", "da", "sw"]);
        let original = &avail[0];
        let browser = vec!["de-DE".to_owned(), "sw-KE".to_owned()];
        let mut w = LanguageWishes {
            requested: Some("da"),
            remembered: Some("sw"),
            browser: &browser,
        };
        assert_eq!(choose_article_language(&w, &avail, original).as_str(), "da");
        w.requested = Some("fr"); // not available: falls through
        assert_eq!(choose_article_language(&w, &avail, original).as_str(), "sw");
        w.remembered = None;
        assert_eq!(choose_article_language(&w, &avail, original).as_str(), "sw");
        let none: Vec<String> = vec!["ja".into()];
        w.browser = &none;
        assert_eq!(choose_article_language(&w, &avail, original).as_str(), "en");
    }
}
