//! The walker: goes through a [`Json`] tree keeping the path it is at, reads typed values
//! (strings, text, integers, URLs, language tags …) and records each problem with that path.
//! It knows nothing of the format's fields; the rules (`document`, `blocks`, `inlines`) do.
//!
//! A problem is an error, unless the walk is inside a droppable part ([`Walker::part`]): then
//! the part is dropped and the problem is a warning. A few problems are warnings anywhere
//! ([`Walker::warn`]): an unknown field (ignored), a string or list cut to its limit.

use super::problem::{Problem, ValidationError};
use super::Validated;
use crate::core::html::SafeUrl;
use crate::core::json::Json;
use crate::core::lang::LangTag;
use crate::core::limits::{MAX_ID_LEN, MAX_REPORTED, MAX_TEXT_BYTES};
use crate::core::url::resolve;

/// One step of a path: a field the format names, a key the document chose, or an index.
pub(super) enum Seg {
    Field(&'static str),
    Key(String),
    Index(usize),
}

/// An object's entries, in document order.
pub(super) type Obj<'j> = &'j [(String, Json)];

/// Where the walk is, what it found wrong so far, and what relative URLs resolve against.
pub(super) struct Walker {
    path: Vec<Seg>,
    pub(super) errors: Vec<ValidationError>,
    warnings: Vec<ValidationError>,
    /// Warnings beyond [`MAX_REPORTED`], counted only.
    unlisted: usize,
    /// How many droppable parts the walk is inside.
    soft: u32,
    pub(super) base: String,
    /// Inline nesting at this point of the walk.
    pub(super) depth: usize,
    /// The article's own sites (hosts without `www.`), for first-party media: the document's
    /// and the canonical URL's.
    pub(super) sites: Vec<String>,
    /// The footnote references read in the current body: each note id with its path.
    pub(super) note_refs: Vec<(String, String)>,
}

impl Walker {
    pub(super) fn new(base: &str) -> Walker {
        Walker {
            path: Vec::new(),
            errors: Vec::new(),
            warnings: Vec::new(),
            unlisted: 0,
            soft: 0,
            base: base.to_owned(),
            depth: 0,
            sites: Vec::new(),
            note_refs: Vec::new(),
        }
        .with_site(base)
    }

    /// Counts the site of `url` (its host, without `www.`) as the article's own.
    pub(super) fn with_site(mut self, url: &str) -> Walker {
        self.add_site(url);
        self
    }

    /// The value with its warnings, when the walk found no error; else the errors.
    pub(super) fn finish<T>(
        mut self,
        value: Option<T>,
    ) -> Result<Validated<T>, Vec<ValidationError>> {
        match value {
            Some(value) if self.errors.is_empty() => Ok(Validated {
                value,
                warnings: self.warnings,
                unlisted: self.unlisted,
            }),
            _ => {
                if self.errors.is_empty() {
                    // Every refusal is explained; the rules always say why, this is a guard.
                    self.path.clear();
                    self.problem(false, Problem::NothingToShow);
                }
                Err(self.errors)
            }
        }
    }

    /// Runs `f` as a droppable part: its problems are warnings, and `None` drops it.
    pub(super) fn part<R>(&mut self, f: impl FnOnce(&mut Walker) -> Option<R>) -> Option<R> {
        self.soft += 1;
        let r = f(self);
        self.soft -= 1;
        r
    }

    /// Turns the errors recorded since `mark` (their count then) into warnings: the parts they
    /// belong to were dropped after all.
    pub(super) fn demote(&mut self, mark: usize) {
        let dropped = self.errors.split_off(mark);
        for e in dropped {
            self.record(true, e);
        }
    }

    /// Enters a path step that stays for the rest of the walk.
    pub(super) fn push(&mut self, seg: Seg) {
        self.path.push(seg);
    }

    /// Records a problem at the current path: an error, or a warning inside a droppable part.
    pub(super) fn err(&mut self, problem: Problem) {
        self.problem(self.soft > 0, problem);
    }

    /// Records a warning at the current path, wherever the walk is.
    pub(super) fn warn(&mut self, problem: Problem) {
        self.problem(true, problem);
    }

    #[inline(never)]
    fn problem(&mut self, warning: bool, problem: Problem) {
        let path = self.path_string();
        self.record(warning, ValidationError { path, problem });
    }

    /// The current path as the reports write it (`translations.da.blocks[3].text`).
    pub(super) fn path_string(&self) -> String {
        let mut path = String::new();
        for seg in &self.path {
            let k: &str = match seg {
                Seg::Field(k) => k,
                Seg::Key(k) => k,
                Seg::Index(i) => {
                    path.push('[');
                    path.push_str(&i.to_string());
                    path.push(']');
                    continue;
                }
            };
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(k);
        }
        path
    }

    /// Records a warning at a path read earlier ([`Walker::path_string`]).
    pub(super) fn warn_at(&mut self, path: String, problem: Problem) {
        self.record(true, ValidationError { path, problem });
    }

    fn record(&mut self, warning: bool, e: ValidationError) {
        let list = if warning {
            &mut self.warnings
        } else {
            &mut self.errors
        };
        if list.len() < MAX_REPORTED {
            list.push(e);
        } else {
            self.unlisted += usize::from(warning);
        }
    }

    /// Runs `f` one step further down the path.
    pub(super) fn at<R>(&mut self, seg: Seg, f: impl FnOnce(&mut Walker) -> R) -> R {
        self.path.push(seg);
        let r = f(self);
        self.path.pop();
        r
    }

    /// Runs `f` under an object key.
    pub(super) fn key<R>(&mut self, key: &str, f: impl FnOnce(&mut Walker) -> R) -> R {
        self.at(Seg::Key(key.to_owned()), f)
    }

    /// Reads every item of an array at its index, each a droppable part: the good ones.
    pub(super) fn each<'j, T>(
        &mut self,
        items: &'j [Json],
        mut f: impl FnMut(&mut Walker, &'j Json) -> Option<T>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if let Some(t) = self.at(Seg::Index(i), |w| w.part(|w| f(w, item))) {
                out.push(t);
            }
        }
        out
    }

    pub(super) fn wrong(&mut self, expected: &'static str, found: &Json) {
        self.err(Problem::WrongType {
            expected,
            found: found.kind(),
        });
    }

    /// Checks `j` is an object; keys not in `allowed` (nor starting with `$`) are ignored, with
    /// a warning.
    pub(super) fn object<'j>(&mut self, j: &'j Json, allowed: &[&str]) -> Option<Obj<'j>> {
        let Json::Object(entries) = j else {
            self.wrong("an object", j);
            return None;
        };
        for (k, _) in entries {
            if !allowed.contains(&k.as_str()) && !k.starts_with('$') {
                self.key(k, |w| w.warn(Problem::UnknownField));
            }
        }
        Some(entries)
    }

    /// An array, cut to its first `max` items.
    pub(super) fn array<'j>(&mut self, j: &'j Json, max: usize) -> Option<&'j [Json]> {
        match j {
            Json::Array(items) if items.len() > max => {
                self.warn(Problem::TooLong { max });
                items.get(..max)
            }
            Json::Array(items) => Some(items),
            other => {
                self.wrong("an array", other);
                None
            }
        }
    }

    /// A string as it is, for values that cannot be cut (URLs, tags, names).
    pub(super) fn raw<'j>(&mut self, j: &'j Json) -> Option<&'j str> {
        match j {
            Json::String(s) if s.len() > MAX_TEXT_BYTES => {
                self.err(Problem::TooLong {
                    max: MAX_TEXT_BYTES,
                });
                None
            }
            Json::String(s) => Some(s),
            other => {
                self.wrong("a string", other);
                None
            }
        }
    }

    /// A text string, cut to [`MAX_TEXT_BYTES`] (at a character boundary) when longer.
    pub(super) fn string(&mut self, j: &Json) -> Option<String> {
        let Json::String(s) = j else {
            self.wrong("a string", j);
            return None;
        };
        let mut end = s.len().min(MAX_TEXT_BYTES);
        if end < s.len() {
            self.warn(Problem::TooLong {
                max: MAX_TEXT_BYTES,
            });
            while !s.is_char_boundary(end) {
                end -= 1;
            }
        }
        Some(s.get(..end).unwrap_or_default().to_owned())
    }

    /// A string with something in it besides white space.
    pub(super) fn text(&mut self, j: &Json) -> Option<String> {
        let s = self.string(j)?;
        if s.trim().is_empty() {
            self.err(Problem::Empty);
            return None;
        }
        Some(s)
    }

    pub(super) fn boolean(&mut self, j: &Json) -> Option<bool> {
        match j {
            Json::Bool(b) => Some(*b),
            other => {
                self.wrong("a boolean", other);
                None
            }
        }
    }

    /// A whole number in `min..=max`.
    pub(super) fn integer(&mut self, j: &Json, min: u32, max: u32) -> Option<u32> {
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

    /// An absolute http(s) or mailto URL.
    pub(super) fn url(&mut self, j: &Json) -> Option<SafeUrl> {
        let s = self.raw(j)?;
        let u = SafeUrl::parse(s);
        if u.is_none() {
            self.err(Problem::BadUrl);
        }
        u
    }

    /// A safe URL or relative path, resolved against the document's URL.
    pub(super) fn url_or_relative(&mut self, j: &Json) -> Option<SafeUrl> {
        let s = self.raw(j)?;
        match SafeUrl::parse_or_relative(s)
            .and_then(|_| SafeUrl::parse_or_relative(&resolve(&self.base, s)))
        {
            Some(u) => Some(u),
            None => {
                self.err(Problem::BadUrl);
                None
            }
        }
    }

    /// One of a few names, read by `parse`.
    pub(super) fn name<T>(&mut self, j: &Json, parse: fn(&str) -> Option<T>) -> Option<T> {
        let s = self.raw(j)?;
        let v = parse(s);
        if v.is_none() {
            self.err(Problem::UnknownValue(s.to_owned()));
        }
        v
    }

    /// An id: letters, digits, `-` and `_`, at most [`MAX_ID_LEN`] of them.
    pub(super) fn id(&mut self, j: &Json) -> Option<String> {
        let s = self.raw(j)?;
        let ok = !s.is_empty()
            && s.len() <= MAX_ID_LEN
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !ok {
            self.err(Problem::BadId(s.to_owned()));
        }
        ok.then(|| s.to_owned())
    }

    /// A well-formed language tag.
    pub(super) fn lang(&mut self, j: &Json) -> Option<LangTag> {
        let s = self.raw(j)?;
        let t = LangTag::parse(s);
        if t.is_none() {
            self.err(Problem::BadLanguageTag(s.to_owned()));
        }
        t
    }

    /// Looks a field up and enters it in the path (an optional one as a droppable part);
    /// reports it missing when `required`. Kept out of line, like [`Walker::leave`]: they are
    /// the shared part of every `req`/`opt` call.
    #[inline(never)]
    fn enter<'j>(&mut self, o: Obj<'j>, k: &'static str, required: bool) -> Option<&'j Json> {
        let found = o.iter().find(|(key, _)| key == k).map(|(_, j)| j);
        let found = found.filter(|j| required || !matches!(j, Json::Null));
        self.path.push(Seg::Field(k));
        if found.is_none() {
            if required {
                self.err(Problem::Missing);
            }
            self.path.pop();
        } else if !required {
            self.soft += 1;
        }
        found
    }

    /// Leaves the field [`Walker::enter`] entered.
    #[inline(never)]
    fn leave(&mut self, required: bool) {
        self.path.pop();
        if !required {
            self.soft -= 1;
        }
    }

    /// A required field.
    pub(super) fn req<'j, R>(
        &mut self,
        o: Obj<'j>,
        k: &'static str,
        f: impl FnOnce(&mut Walker, &'j Json) -> Option<R>,
    ) -> Option<R> {
        let j = self.enter(o, k, true)?;
        let r = f(self, j);
        self.leave(true);
        r
    }

    /// An optional field, dropped (with a warning) when bad: `None` when absent, null or bad.
    pub(super) fn opt<'j, R>(
        &mut self,
        o: Obj<'j>,
        k: &'static str,
        f: impl FnOnce(&mut Walker, &'j Json) -> Option<R>,
    ) -> Option<R> {
        let j = self.enter(o, k, false)?;
        let r = f(self, j);
        self.leave(false);
        r
    }
}
