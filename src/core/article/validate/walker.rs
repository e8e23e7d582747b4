//! The walker: goes through a [`Json`] tree keeping the path it is at, reads typed values
//! (strings, text, integers, URLs, language tags …) and records each problem with that path.
//! It knows nothing of the format's fields; the rules (`document`, `blocks`, `inlines`) do.

use super::problem::{Problem, ValidationError};
use crate::core::html::SafeUrl;
use crate::core::json::Json;
use crate::core::lang::LangTag;
use crate::core::limits::{MAX_REPORTED, MAX_TEXT_BYTES};
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
    errors: Vec<ValidationError>,
    base: String,
    /// Inline nesting at this point of the walk.
    pub(super) depth: usize,
}

impl Walker {
    pub(super) fn new(base: &str) -> Walker {
        Walker {
            path: Vec::new(),
            errors: Vec::new(),
            base: base.to_owned(),
            depth: 0,
        }
    }

    /// The value, when the walk found nothing wrong; else every problem found.
    pub(super) fn finish<T>(self, value: Option<T>) -> Result<T, Vec<ValidationError>> {
        match value {
            Some(v) if self.errors.is_empty() => Ok(v),
            _ => Err(self.errors),
        }
    }

    /// Enters a path step that stays for the rest of the walk.
    pub(super) fn push(&mut self, seg: Seg) {
        self.path.push(seg);
    }

    /// Records a problem at the current path (up to [`MAX_REPORTED`]).
    pub(super) fn err(&mut self, problem: Problem) {
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

    /// Reads every item, each at its own path step, reporting the problems of all of them:
    /// the items when all are good, else `None`.
    pub(super) fn all<I, T>(
        &mut self,
        items: impl IntoIterator<Item = (Seg, I)>,
        mut f: impl FnMut(&mut Walker, I) -> Option<T>,
    ) -> Option<Vec<T>> {
        let mut out = Vec::new();
        let mut ok = true;
        for (seg, item) in items {
            match self.at(seg, |w| f(w, item)) {
                Some(t) => out.push(t),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// Reads every item of an array, at its index.
    pub(super) fn each<'j, T>(
        &mut self,
        items: &'j [Json],
        f: impl FnMut(&mut Walker, &'j Json) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.all(items.iter().enumerate().map(|(i, j)| (Seg::Index(i), j)), f)
    }

    pub(super) fn wrong(&mut self, expected: &'static str, found: &Json) {
        self.err(Problem::WrongType {
            expected,
            found: found.kind(),
        });
    }

    /// Checks `j` is an object whose keys are all in `allowed` (or start with `$`).
    pub(super) fn object<'j>(&mut self, j: &'j Json, allowed: &[&str]) -> Option<Obj<'j>> {
        let Json::Object(entries) = j else {
            self.wrong("an object", j);
            return None;
        };
        for (k, _) in entries {
            if !allowed.contains(&k.as_str()) && !k.starts_with('$') {
                self.key(k, |w| w.err(Problem::UnknownField));
            }
        }
        Some(entries)
    }

    /// An array of at most `max` items.
    pub(super) fn array<'j>(&mut self, j: &'j Json, max: usize) -> Option<&'j [Json]> {
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

    /// A string of at most [`MAX_TEXT_BYTES`].
    pub(super) fn string(&mut self, j: &Json) -> Option<String> {
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
        let s = self.string(j)?;
        let u = SafeUrl::parse(&s);
        if u.is_none() {
            self.err(Problem::BadUrl);
        }
        u
    }

    /// A safe URL or relative path, resolved against the document's URL.
    pub(super) fn url_or_relative(&mut self, j: &Json) -> Option<SafeUrl> {
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

    /// A well-formed language tag.
    pub(super) fn lang(&mut self, j: &Json) -> Option<LangTag> {
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
    pub(super) fn req<'j, R>(
        &mut self,
        o: Obj<'j>,
        k: &'static str,
        f: impl FnOnce(&mut Walker, &'j Json) -> Option<R>,
    ) -> Option<R> {
        let j = self.enter(o, k, true)?;
        let r = f(self, j);
        self.path.pop();
        r
    }

    /// An optional field: `Ok(None)` when absent (or null), `Err(())` when present but bad.
    pub(super) fn opt<'j, R>(
        &mut self,
        o: Obj<'j>,
        k: &'static str,
        f: impl FnOnce(&mut Walker, &'j Json) -> Option<R>,
    ) -> Result<Option<R>, ()> {
        let Some(j) = self.enter(o, k, false) else {
            return Ok(None);
        };
        let r = f(self, j);
        self.path.pop();
        r.map(Some).ok_or(())
    }

    /// Resolves a path against the document's URL.
    pub(super) fn resolve(&self, path: &str) -> String {
        resolve(&self.base, path)
    }
}
