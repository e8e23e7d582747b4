//! Reading one article as the widget would: its document and every translation file it
//! references (read from beside it), each through the widget's own validator, against the URL
//! it will be served from.
//!
//! In two modes: [`load`] stops at the first problem, since `render` and `publish` need every
//! file of the article whole; [`check`] reads on and reports each file's problems, so that
//! `validate` shows a publisher everything that is wrong at once.

use super::error::{FileProblem, PublishError};
use crate::core::article::{
    validate_document, validate_translation, Article, Translation, TranslationSource, Validated,
};
use crate::core::json::Json;
use crate::core::lang::LangTag;
use crate::core::url::{encode_component, resolve};
use std::path::{Path, PathBuf};

/// One article, validated, with the files it came from.
#[derive(Debug)]
pub struct Loaded {
    /// Every language's content, inline.
    pub article: Article,
    /// The URL the document is served from (or its file name, when no base is given).
    pub doc_url: String,
    /// The document's and the translation files' names and bytes, as read.
    pub files: Vec<(String, String)>,
    /// Parts the validator dropped (the widget shows the rest, and so does the output).
    pub warnings: usize,
}

/// One file as [`check`] found it.
#[derive(Debug)]
pub struct FileReport {
    /// The file: as given, or the document's folder joined with a translation's reference.
    pub path: PathBuf,
    /// Shown, with the parts the validator dropped; or why not.
    pub verdict: Result<Validated<()>, FileProblem>,
}

/// Reads a file and parses it: its text and its JSON.
fn read(path: &Path) -> Result<(String, Json), FileProblem> {
    let text = std::fs::read_to_string(path).map_err(FileProblem::Read)?;
    let json = serde_json::from_str(&text).map_err(FileProblem::NotJson)?;
    Ok((text, json))
}

/// Reads one translation file of `lang` served from `url`, of the article whose canonical URL
/// is `canonical`: its text and the translation.
fn read_translation(
    path: &Path,
    lang: &LangTag,
    url: &str,
    canonical: &str,
) -> Result<(String, Validated<Translation>), FileProblem> {
    let (text, json) = read(path)?;
    let t = validate_translation(&json, lang, url, canonical).map_err(FileProblem::Refused)?;
    Ok((text, t))
}

/// The canonical URL of the article a translation file checked on its own belongs to, from the
/// `article.json` beside it (its media may come from that site); else the file's own URL.
fn canonical_beside(path: &Path, url: &str) -> String {
    let doc = read(&path.with_file_name("article.json")).ok();
    doc.and_then(|(_, d)| d.get("url")?.as_str().map(str::to_owned))
        .unwrap_or_else(|| url.to_owned())
}

/// The translations the article keeps in files of their own: each language and its reference.
fn referenced(article: &Article) -> Vec<(LangTag, String)> {
    article
        .translations
        .iter()
        .filter_map(|(l, s)| match s {
            TranslationSource::Remote { href, .. } => Some((l.clone(), href.clone())),
            TranslationSource::Inline(_) => None,
        })
        .collect()
}

/// A file's name, as it is served.
fn file_name(path: &Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("article.json")
        .to_owned()
}

/// The URL a file is served from: its name under `base` (the URL of a document or of its
/// folder, ending in `/`), or the name alone without one.
fn served_at(name: &str, base: Option<&str>) -> String {
    match base {
        Some(b) => resolve(b, &encode_component(name)),
        None => name.to_owned(),
    }
}

/// The file a translation reference names, beside the document.
fn beside_document(path: &Path, href: &str) -> PathBuf {
    path.parent().unwrap_or(Path::new(".")).join(href)
}

/// A translation reference the tool can copy beside the document: a plain file name.
fn beside(href: &str) -> bool {
    !href.is_empty() && !href.starts_with('.') && !href.contains(['/', '\\', '?', '#', ':'])
}

/// Reads `path` (an `article.json`) and its translation files, stopping at the first problem.
/// `base`, when given, is the URL of the document or of its folder (ending in `/`); relative
/// URLs in the document resolve against it. Without it they stay relative, as written.
pub fn load(path: &Path, base: Option<&str>) -> Result<Loaded, PublishError> {
    let failed = |path: &Path| {
        let path = path.display().to_string();
        move |problem| PublishError::File { path, problem }
    };
    let name = file_name(path);
    let doc_url = served_at(&name, base);
    let (text, json) = read(path).map_err(failed(path))?;
    let doc = validate_document(&json, &doc_url)
        .map_err(FileProblem::Refused)
        .map_err(failed(path))?;
    let mut warnings = doc.warning_count();
    let mut article = doc.value;
    let mut files = vec![(name, text)];
    let canonical = article.url.as_str().to_owned();
    for (lang, href) in referenced(&article) {
        if !beside(&href) {
            return Err(PublishError::NotBeside {
                path: path.display().to_string(),
                href,
            });
        }
        let file = beside_document(path, &href);
        let url = resolve(&doc_url, &href);
        let (text, t) = read_translation(&file, &lang, &url, &canonical).map_err(failed(&file))?;
        warnings += t.warning_count();
        article.insert_translation(&lang, t.value);
        files.push((href, text));
    }
    Ok(Loaded {
        article,
        doc_url,
        files,
        warnings,
    })
}

/// Checks `path` and reports every problem, file by file: a document (it has a `"format"`)
/// and then each of its translation files that is there (one not written yet is not checked),
/// or a translation file on its own, named `<lang>.json`. `base` is the URL of the file's
/// folder, ending in `/`.
pub fn check(path: &Path, base: &str) -> Vec<FileReport> {
    let url = served_at(&file_name(path), Some(base));
    let report = |path: &Path, verdict| FileReport {
        path: path.to_owned(),
        verdict,
    };
    let json = match read(path) {
        Ok((_, json)) => json,
        Err(problem) => return vec![report(path, Err(problem))],
    };
    if json.get("format").is_none() {
        let lang = path
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(LangTag::parse);
        let verdict = match lang {
            Some(lang) => validate_translation(&json, &lang, &url, &canonical_beside(path, &url))
                .map(|t| t.map(|_| ()))
                .map_err(FileProblem::Refused),
            None => Err(FileProblem::NotArticle),
        };
        return vec![report(path, verdict)];
    }
    let doc = validate_document(&json, &url).map_err(FileProblem::Refused);
    let translations = doc.as_ref().map_or(Vec::new(), |d| referenced(&d.value));
    let canonical = doc
        .as_ref()
        .map_or(String::new(), |d| d.value.url.as_str().to_owned());
    let mut reports = vec![report(path, doc.map(|d| d.map(|_| ())))];
    for (lang, href) in translations {
        let file = beside_document(path, &href);
        if file.exists() {
            let verdict = read_translation(&file, &lang, &resolve(&url, &href), &canonical);
            reports.push(report(&file, verdict.map(|(_, t)| t.map(|_| ()))));
        }
    }
    reports
}
