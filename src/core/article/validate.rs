//! Validation: from a [`Json`] tree to an [`Article`], reporting every problem with its path.
//!
//! Validation never panics and never stops at the first problem (up to [`MAX_REPORTED`]), so a
//! publisher fixing a document sees everything that is wrong at once.

use super::*;
use crate::core::json::Json;
use crate::core::url::resolve;
use std::fmt;

pub use crate::core::limits::MAX_REPORTED;
use crate::core::limits::{
    AD_MAX_PX, IMAGE_MAX_PX, MAX_BLOCKS, MAX_FOLLOW_LINKS, MAX_ID_LEN, MAX_INLINE_DEPTH,
    MAX_LANGUAGES, MAX_LIST_ITEMS, MAX_TEXT_BYTES, MAX_TRENDING,
};

/// The only format this version reads.
pub const FORMAT: &str = "article-embed/1";

/// One problem, at one place in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationError {
    /// JSON path, e.g. `translations.da.blocks[3].type`.
    pub path: String,
    /// What is wrong there.
    pub problem: Problem,
}

/// What can be wrong with a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A required field is absent.
    Missing,
    /// The value has the wrong JSON type.
    WrongType {
        /// What the format wants.
        expected: &'static str,
        /// What the document has.
        found: &'static str,
    },
    /// A field the format does not know (a typo, usually).
    UnknownField,
    /// `format` is not [`FORMAT`].
    UnsupportedFormat(String),
    /// A block `type` the format does not know.
    UnknownBlockType(String),
    /// A follow-us `network` the format does not know.
    UnknownNetwork(String),
    /// An inline object without exactly one of `b`, `i`, `a`, `span`.
    BadInline,
    /// Not an http(s)/mailto URL (or, where allowed, a relative path).
    BadUrl,
    /// Not a well-formed BCP 47 tag.
    BadLanguageTag(String),
    /// Not an ISO 8601 date-time with zone.
    BadDate,
    /// A number outside its range.
    OutOfRange {
        /// Smallest allowed.
        min: u32,
        /// Largest allowed.
        max: u32,
    },
    /// A string or list longer than allowed.
    TooLong {
        /// The limit.
        max: usize,
    },
    /// An empty string or list where content is required.
    Empty,
    /// Inlines nested deeper than allowed.
    TooDeep,
    /// A block id used twice in one translation, or malformed.
    BadId(String),
    /// A language listed in `languages` without a translation, or the reverse.
    LanguageMismatch(String),
    /// More than one ad block.
    SecondAd,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing => f.write_str("missing"),
            Problem::WrongType { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            Problem::UnknownField => f.write_str("unknown field"),
            Problem::UnsupportedFormat(s) => {
                write!(f, "unsupported format \"{s}\", expected \"{FORMAT}\"")
            }
            Problem::UnknownBlockType(s) => write!(f, "unknown block type \"{s}\""),
            Problem::UnknownNetwork(s) => write!(f, "unknown network \"{s}\""),
            Problem::BadInline => {
                f.write_str("an inline object needs exactly one of b, i, a, span")
            }
            Problem::BadUrl => f.write_str("not an http, https or mailto URL"),
            Problem::BadLanguageTag(s) => write!(f, "not a language tag: \"{s}\""),
            Problem::BadDate => f.write_str("not an ISO 8601 date-time with zone"),
            Problem::OutOfRange { min, max } => write!(f, "out of range {min}..={max}"),
            Problem::TooLong { max } => write!(f, "longer than {max}"),
            Problem::Empty => f.write_str("empty"),
            Problem::TooDeep => write!(f, "nested deeper than {MAX_INLINE_DEPTH}"),
            Problem::BadId(s) => write!(f, "bad or duplicate block id \"{s}\""),
            Problem::LanguageMismatch(s) => write!(f, "{s}"),
            Problem::SecondAd => f.write_str("more than one ad block"),
        }
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "{}: {}", self.path, self.problem)
        }
    }
}

impl std::error::Error for ValidationError {}

/// Validates a whole document. `doc_url` (the URL it was fetched from) resolves relative
/// image paths; translation references stay relative until fetched.
pub fn validate_document(json: &Json, doc_url: &str) -> Result<Article, Vec<ValidationError>> {
    let mut v = V::new(doc_url);
    let article = v.document(json);
    v.finish(article)
}

/// Validates one translation file fetched from `file_url`, reporting paths under
/// `translations.<lang>`.
pub fn validate_translation(
    json: &Json,
    lang: &LangTag,
    file_url: &str,
) -> Result<Translation, Vec<ValidationError>> {
    let mut v = V::new(file_url);
    v.path.push(Seg::Key("translations".into()));
    v.path.push(Seg::Key(lang.as_str().into()));
    let t = v.translation(json);
    v.finish(t)
}

enum Seg {
    Field(&'static str),
    Key(String),
    Index(usize),
}

type Obj<'j> = &'j [(String, Json)];

struct V {
    path: Vec<Seg>,
    errors: Vec<ValidationError>,
    base: String,
    depth: usize,
}

impl V {
    fn new(base: &str) -> V {
        V {
            path: Vec::new(),
            errors: Vec::new(),
            base: base.to_owned(),
            depth: 0,
        }
    }

    fn finish<T>(self, value: Option<T>) -> Result<T, Vec<ValidationError>> {
        match value {
            Some(v) if self.errors.is_empty() => Ok(v),
            _ => Err(self.errors),
        }
    }

    fn err(&mut self, problem: Problem) {
        if self.errors.len() >= MAX_REPORTED {
            return;
        }
        let mut path = String::new();
        for seg in &self.path {
            match seg {
                Seg::Field(k) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                }
                Seg::Key(k) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                }
                Seg::Index(i) => {
                    path.push('[');
                    path.push_str(&i.to_string());
                    path.push(']');
                }
            }
        }
        self.errors.push(ValidationError { path, problem });
    }

    fn at<R>(&mut self, seg: Seg, f: impl FnOnce(&mut V) -> R) -> R {
        self.path.push(seg);
        let r = f(self);
        self.path.pop();
        r
    }

    fn key<R>(&mut self, key: &str, f: impl FnOnce(&mut V) -> R) -> R {
        self.at(Seg::Key(key.to_owned()), f)
    }

    fn wrong(&mut self, expected: &'static str, found: &Json) {
        self.err(Problem::WrongType {
            expected,
            found: found.kind(),
        });
    }

    /// Checks `j` is an object whose keys are all in `allowed` (or start with `$`).
    fn object<'j>(&mut self, j: &'j Json, allowed: &[&str]) -> Option<Obj<'j>> {
        let Json::Object(entries) = j else {
            self.wrong("an object", j);
            return None;
        };
        for (k, _) in entries {
            if !allowed.contains(&k.as_str()) && !k.starts_with('$') {
                self.key(k, |v| v.err(Problem::UnknownField));
            }
        }
        Some(entries)
    }

    fn array<'j>(&mut self, j: &'j Json, max: usize) -> Option<&'j [Json]> {
        match j {
            Json::Array(items) if items.len() > max => {
                self.err(Problem::TooLong { max });
                None
            }
            Json::Array(items) => Some(items),
            other => {
                self.wrong("an array", other);
                None
            }
        }
    }

    fn string(&mut self, j: &Json) -> Option<String> {
        match j {
            Json::String(s) if s.len() > MAX_TEXT_BYTES => {
                self.err(Problem::TooLong {
                    max: MAX_TEXT_BYTES,
                });
                None
            }
            Json::String(s) => Some(s.clone()),
            other => {
                self.wrong("a string", other);
                None
            }
        }
    }

    fn text(&mut self, j: &Json) -> Option<String> {
        let s = self.string(j)?;
        if s.trim().is_empty() {
            self.err(Problem::Empty);
            return None;
        }
        Some(s)
    }

    fn boolean(&mut self, j: &Json) -> Option<bool> {
        match j {
            Json::Bool(b) => Some(*b),
            other => {
                self.wrong("a boolean", other);
                None
            }
        }
    }

    fn integer(&mut self, j: &Json, min: u32, max: u32) -> Option<u32> {
        match j {
            Json::Number(n) if n.fract() == 0.0 && *n >= min as f64 && *n <= max as f64 => {
                Some(*n as u32)
            }
            Json::Number(_) => {
                self.err(Problem::OutOfRange { min, max });
                None
            }
            other => {
                self.wrong("an integer", other);
                None
            }
        }
    }

    fn url(&mut self, j: &Json) -> Option<SafeUrl> {
        let s = self.string(j)?;
        let u = SafeUrl::parse(&s);
        if u.is_none() {
            self.err(Problem::BadUrl);
        }
        u
    }

    fn url_or_relative(&mut self, j: &Json) -> Option<SafeUrl> {
        let s = self.string(j)?;
        match SafeUrl::parse_or_relative(&s)
            .and_then(|_| SafeUrl::parse_or_relative(&resolve(&self.base, &s)))
        {
            Some(u) => Some(u),
            None => {
                self.err(Problem::BadUrl);
                None
            }
        }
    }

    fn lang(&mut self, j: &Json) -> Option<LangTag> {
        let s = self.string(j)?;
        let t = LangTag::parse(&s);
        if t.is_none() {
            self.err(Problem::BadLanguageTag(s));
        }
        t
    }

    /// Looks a field up and enters it in the path; reports it missing when `required`.
    /// Kept out of line: it is the shared part of every `req`/`opt` call.
    #[inline(never)]
    fn enter<'j>(&mut self, o: Obj<'j>, k: &'static str, required: bool) -> Option<&'j Json> {
        let found = o.iter().find(|(key, _)| key == k).map(|(_, j)| j);
        let found = found.filter(|j| required || !matches!(j, Json::Null));
        if found.is_some() || required {
            self.path.push(Seg::Field(k));
        }
        if found.is_none() && required {
            self.err(Problem::Missing);
            self.path.pop();
        }
        found
    }

    /// A required field.
    fn req<'j, R>(
        &mut self,
        o: Obj<'j>,
        k: &'static str,
        f: impl FnOnce(&mut V, &'j Json) -> Option<R>,
    ) -> Option<R> {
        let j = self.enter(o, k, true)?;
        let r = f(self, j);
        self.path.pop();
        r
    }

    /// An optional field: `Ok(None)` when absent (or null), `Err(())` when present but bad.
    fn opt<'j, R>(
        &mut self,
        o: Obj<'j>,
        k: &'static str,
        f: impl FnOnce(&mut V, &'j Json) -> Option<R>,
    ) -> Result<Option<R>, ()> {
        let Some(j) = self.enter(o, k, false) else {
            return Ok(None);
        };
        let r = f(self, j);
        self.path.pop();
        r.map(Some).ok_or(())
    }

    fn document(&mut self, j: &Json) -> Option<Article> {
        const FIELDS: [&str; 11] = [
            "format",
            "url",
            "publisher",
            "author",
            "published",
            "original_language",
            "languages",
            "ad",
            "trending",
            "translations",
            "id",
        ];
        let o = self.object(j, &FIELDS)?;
        let format = self.req(o, "format", |v, j| v.string(j));
        if let Some(f) = &format {
            if f != FORMAT {
                self.key("format", |v| v.err(Problem::UnsupportedFormat(f.clone())));
            }
        }
        let url = self.req(o, "url", |v, j| v.url(j));
        let publisher = self.req(o, "publisher", |v, j| v.publisher(j));
        let author = self.opt(o, "author", |v, j| v.text(j));
        let published = self.req(o, "published", |v, j| {
            let s = v.string(j)?;
            let d = DateTime::parse(&s);
            if d.is_none() {
                v.err(Problem::BadDate);
            }
            d
        });
        let original = self.req(o, "original_language", |v, j| v.lang(j));
        let languages = self.req(o, "languages", |v, j| {
            let items = v.array(j, MAX_LANGUAGES)?;
            if items.is_empty() {
                v.err(Problem::Empty);
            }
            let mut out: Vec<LangTag> = Vec::new();
            for (i, item) in items.iter().enumerate() {
                if let Some(t) = v.at(Seg::Index(i), |v| v.lang(item)) {
                    if out.contains(&t) {
                        v.at(Seg::Index(i), |v| {
                            v.err(Problem::LanguageMismatch(format!("{t} is listed twice")))
                        });
                    }
                    out.push(t);
                }
            }
            Some(out)
        });
        let ad = self.opt(o, "ad", |v, j| v.ad(j));
        let trending = self.opt(o, "trending", |v, j| v.links(j));
        let translations = self.req(o, "translations", |v, j| v.translations(j));

        let (Some(languages), Some(original)) = (languages, original) else {
            return None;
        };
        if !languages.contains(&original) {
            self.key("original_language", |v| {
                v.err(Problem::LanguageMismatch(format!(
                    "{original} is not in languages"
                )))
            });
        }
        if let Some(tr) = &translations {
            for l in &languages {
                if !tr.iter().any(|(t, _)| t == l) {
                    self.key("translations", |v| {
                        v.err(Problem::LanguageMismatch(format!("no translation for {l}")))
                    });
                }
            }
            for (t, _) in tr {
                if !languages.contains(t) {
                    self.key("translations", |v| {
                        v.key(t.as_str(), |v| {
                            v.err(Problem::LanguageMismatch(format!(
                                "{t} is not in languages"
                            )))
                        })
                    });
                }
            }
        }
        Some(Article {
            url: url?,
            publisher: publisher?,
            author: author.ok()?,
            published: published?,
            original_language: original,
            languages,
            ad: ad.ok()?,
            trending: trending.ok()?.unwrap_or_default(),
            translations: translations?,
        })
    }

    fn publisher(&mut self, j: &Json) -> Option<Publisher> {
        let o = self.object(j, &["name", "url", "follow"])?;
        let name = self.req(o, "name", |v, j| v.text(j));
        let url = self.opt(o, "url", |v, j| v.url(j));
        let follow = self.opt(o, "follow", |v, j| {
            let items = v.array(j, MAX_FOLLOW_LINKS)?;
            let mut out = Vec::new();
            let mut ok = true;
            for (i, item) in items.iter().enumerate() {
                match v.at(Seg::Index(i), |v| v.follow_link(item)) {
                    Some(l) => out.push(l),
                    None => ok = false,
                }
            }
            ok.then_some(out)
        });
        Some(Publisher {
            name: name?,
            url: url.ok()?,
            follow: follow.ok()?.unwrap_or_default(),
        })
    }

    fn follow_link(&mut self, j: &Json) -> Option<FollowLink> {
        let o = self.object(j, &["network", "url"])?;
        let network = self.req(o, "network", |v, j| {
            let s = v.string(j)?;
            let n = Network::parse(&s);
            if n.is_none() {
                v.err(Problem::UnknownNetwork(s));
            }
            n
        });
        let url = self.req(o, "url", |v, j| v.url(j));
        Some(FollowLink {
            network: network?,
            url: url?,
        })
    }

    fn ad(&mut self, j: &Json) -> Option<AdCreative> {
        let o = self.object(j, &["src", "width", "height"])?;
        let src = self.req(o, "src", |v, j| v.url(j));
        let width = self.req(o, "width", |v, j| v.integer(j, 1, AD_MAX_PX));
        let height = self.req(o, "height", |v, j| v.integer(j, 1, AD_MAX_PX));
        Some(AdCreative {
            src: src?,
            width: width?,
            height: height?,
        })
    }

    fn links(&mut self, j: &Json) -> Option<Vec<Link>> {
        let items = self.array(j, MAX_TRENDING)?;
        let mut out = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let link = self.at(Seg::Index(i), |v| {
                let o = v.object(item, &["title", "url", "lang"])?;
                let title = v.req(o, "title", |v, j| v.text(j));
                let url = v.req(o, "url", |v, j| v.url(j));
                let lang = v.opt(o, "lang", |v, j| v.lang(j));
                Some(Link {
                    title: title?,
                    url: url?,
                    lang: lang.ok()?,
                })
            });
            match link {
                Some(l) => out.push(l),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn translations(&mut self, j: &Json) -> Option<Vec<(LangTag, TranslationSource)>> {
        let Json::Object(entries) = j else {
            self.wrong("an object", j);
            return None;
        };
        if entries.len() > MAX_LANGUAGES {
            self.err(Problem::TooLong { max: MAX_LANGUAGES });
            return None;
        }
        let mut out = Vec::new();
        let mut ok = true;
        for (k, value) in entries {
            let source = self.key(k, |v| {
                let Some(tag) = LangTag::parse(k) else {
                    v.err(Problem::BadLanguageTag(k.clone()));
                    return None;
                };
                let is_ref = matches!(value, Json::Object(e) if e.iter().any(|(k, _)| k == "href"));
                let source = if is_ref {
                    let o = v.object(value, &["href", "machine_translated"])?;
                    let mt = v.opt(o, "machine_translated", |v, j| v.boolean(j));
                    let href = v.req(o, "href", |v, j| {
                        let s = v.string(j)?;
                        if SafeUrl::parse_or_relative(&s).is_none() {
                            v.err(Problem::BadUrl);
                            return None;
                        }
                        Some(s)
                    })?;
                    TranslationSource::Remote {
                        href,
                        machine_translated: mt.ok()?.unwrap_or(false),
                    }
                } else {
                    TranslationSource::Inline(v.translation(value)?)
                };
                Some((tag, source))
            });
            match source {
                Some(s) => out.push(s),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn translation(&mut self, j: &Json) -> Option<Translation> {
        const FIELDS: [&str; 9] = [
            "url",
            "title",
            "lead",
            "category",
            "machine_translated",
            "translated_from",
            "disclaimer",
            "trending",
            "blocks",
        ];
        let o = self.object(j, &FIELDS)?;
        let url = self.opt(o, "url", |v, j| v.url(j));
        let title = self.req(o, "title", |v, j| v.text(j));
        let lead = self.opt(o, "lead", |v, j| v.text(j));
        let category = self.opt(o, "category", |v, j| v.text(j));
        let mt = self.opt(o, "machine_translated", |v, j| v.boolean(j));
        let from = self.opt(o, "translated_from", |v, j| v.lang(j));
        let disclaimer = self.opt(o, "disclaimer", |v, j| v.text(j));
        let trending = self.opt(o, "trending", |v, j| v.links(j));
        let blocks = self.req(o, "blocks", |v, j| v.blocks(j));
        Some(Translation {
            url: url.ok()?,
            title: title?,
            lead: lead.ok()?,
            category: category.ok()?,
            machine_translated: mt.ok()?.unwrap_or(false),
            translated_from: from.ok()?,
            disclaimer: disclaimer.ok()?,
            trending: trending.ok()?,
            blocks: blocks?,
        })
    }

    fn blocks(&mut self, j: &Json) -> Option<Vec<Block>> {
        let items = self.array(j, MAX_BLOCKS)?;
        if items.is_empty() {
            self.err(Problem::Empty);
            return None;
        }
        let mut out = Vec::with_capacity(items.len());
        let mut ids: Vec<String> = Vec::new();
        let mut ads = 0;
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let block = self.at(Seg::Index(i), |v| {
                let b = v.block(item)?;
                if let Some(id) = &b.id {
                    if ids.contains(id) {
                        v.key("id", |v| v.err(Problem::BadId(id.clone())));
                        return None;
                    }
                    ids.push(id.clone());
                }
                if matches!(b.kind, BlockKind::Ad) {
                    ads += 1;
                    if ads > 1 {
                        v.err(Problem::SecondAd);
                        return None;
                    }
                }
                Some(b)
            });
            match block {
                Some(b) => out.push(b),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn block(&mut self, j: &Json) -> Option<Block> {
        let Json::Object(entries) = j else {
            self.wrong("an object", j);
            return None;
        };
        let ty = self.req(entries, "type", |v, j| v.string(j))?;
        let common = ["type", "id", "lang"];
        let fields: &[&str] = match ty.as_str() {
            "heading" => &["level", "text"],
            "paragraph" => &["text"],
            "quote" => &["text", "cite"],
            "list" => &["ordered", "items"],
            "image" => &["src", "alt", "width", "height", "caption"],
            "ad" => &[],
            _ => {
                self.key("type", |v| v.err(Problem::UnknownBlockType(ty.clone())));
                return None;
            }
        };
        let allowed: Vec<&str> = common.iter().chain(fields).copied().collect();
        let o = self.object(j, &allowed)?;
        let id = self.opt(o, "id", |v, j| {
            let s = v.string(j)?;
            let ok = !s.is_empty()
                && s.len() <= MAX_ID_LEN
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !ok {
                v.err(Problem::BadId(s.clone()));
            }
            ok.then_some(s)
        });
        let lang = self.opt(o, "lang", |v, j| v.lang(j));
        let kind = match ty.as_str() {
            "heading" => {
                let level = self.req(o, "level", |v, j| v.integer(j, 2, 4));
                let text = self.req(o, "text", |v, j| v.inlines(j));
                BlockKind::Heading {
                    level: level? as u8,
                    text: text?,
                }
            }
            "paragraph" => BlockKind::Paragraph(self.req(o, "text", |v, j| v.inlines(j))?),
            "quote" => {
                let text = self.req(o, "text", |v, j| v.inlines(j));
                let cite = self.opt(o, "cite", |v, j| v.text(j));
                BlockKind::Quote {
                    text: text?,
                    cite: cite.ok()?,
                }
            }
            "list" => {
                let ordered = self.opt(o, "ordered", |v, j| v.boolean(j));
                let items = self.req(o, "items", |v, j| {
                    let items = v.array(j, MAX_LIST_ITEMS)?;
                    if items.is_empty() {
                        v.err(Problem::Empty);
                        return None;
                    }
                    let parsed: Vec<Option<Vec<Inline>>> = items
                        .iter()
                        .enumerate()
                        .map(|(i, it)| v.at(Seg::Index(i), |v| v.inlines(it)))
                        .collect();
                    parsed.into_iter().collect()
                });
                BlockKind::List {
                    ordered: ordered.ok()?.unwrap_or(false),
                    items: items?,
                }
            }
            "image" => {
                let src = self.req(o, "src", |v, j| v.url_or_relative(j));
                let alt = self.req(o, "alt", |v, j| v.string(j));
                let width = self.req(o, "width", |v, j| v.integer(j, 1, IMAGE_MAX_PX));
                let height = self.req(o, "height", |v, j| v.integer(j, 1, IMAGE_MAX_PX));
                let caption = self.opt(o, "caption", |v, j| v.inlines(j));
                let src = src?;
                let resolved = SafeUrl::parse_or_relative(&resolve(&self.base, src.as_str()))?;
                BlockKind::Image {
                    src: resolved,
                    alt: alt?,
                    width: width?,
                    height: height?,
                    caption: caption.ok()?,
                }
            }
            _ => BlockKind::Ad,
        };
        Some(Block {
            id: id.ok()?,
            lang: lang.ok()?,
            kind,
        })
    }

    fn inlines(&mut self, j: &Json) -> Option<Vec<Inline>> {
        if self.depth >= MAX_INLINE_DEPTH {
            self.err(Problem::TooDeep);
            return None;
        }
        self.depth += 1;
        let r = match j {
            Json::String(_) => self.text(j).map(|s| vec![Inline::Text(s)]),
            Json::Array(items) => {
                if items.is_empty() {
                    self.err(Problem::Empty);
                }
                let parsed: Vec<Option<Inline>> = items
                    .iter()
                    .enumerate()
                    .map(|(i, it)| self.at(Seg::Index(i), |v| v.inline(it)))
                    .collect();
                parsed
                    .into_iter()
                    .collect::<Option<Vec<_>>>()
                    .filter(|v| !v.is_empty())
            }
            other => {
                self.wrong("a string or an array of inlines", other);
                None
            }
        };
        self.depth -= 1;
        r
    }

    fn inline(&mut self, j: &Json) -> Option<Inline> {
        if let Json::String(_) = j {
            return self.string(j).map(Inline::Text);
        }
        let o = self.object(j, &["b", "i", "a", "span", "href", "lang"])?;
        let kinds: Vec<&str> = ["b", "i", "a", "span"]
            .into_iter()
            .filter(|k| o.iter().any(|(key, _)| key == k))
            .collect();
        let [kind] = kinds.as_slice() else {
            self.err(Problem::BadInline);
            return None;
        };
        let has_href = o.iter().any(|(k, _)| k == "href");
        if has_href && *kind != "a" {
            self.key("href", |v| v.err(Problem::UnknownField));
        }
        let span_kind = match *kind {
            "b" => SpanKind::Strong,
            "i" => SpanKind::Emphasis,
            "a" => SpanKind::Link(self.req(o, "href", |v, j| v.url(j))?),
            _ => SpanKind::Plain,
        };
        let lang = self.opt(o, "lang", |v, j| v.lang(j));
        let children = self.req(o, kind, |v, j| v.inlines(j))?;
        if has_href && !matches!(span_kind, SpanKind::Link(_)) {
            return None;
        }
        Some(Inline::Span {
            kind: span_kind,
            lang: lang.ok()?,
            children,
        })
    }
}
