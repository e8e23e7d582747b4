//! Reading one article as the widget would: its document and every translation file it
//! references (read from beside it), each through the widget's own validator, against the URL
//! it will be served from.

use super::error::PublishError;
use crate::core::article::{
    validate_document, validate_translation, Article, TranslationSource, Validated, ValidationError,
};
use crate::core::json::Json;
use crate::core::lang::LangTag;
use crate::core::url::resolve;
use std::path::Path;

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

fn read(path: &Path) -> Result<(String, Json), PublishError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|cause| PublishError::Read {
        path: shown.clone(),
        cause,
    })?;
    let json = serde_json::from_str(&text)
        .map_err(|cause| PublishError::NotJson { path: shown, cause })?;
    Ok((text, json))
}

fn accept<T>(
    path: &Path,
    r: Result<Validated<T>, Vec<ValidationError>>,
) -> Result<(T, usize), PublishError> {
    match r {
        Ok(v) => {
            let n = v.warning_count();
            Ok((v.value, n))
        }
        Err(mut errors) => {
            let more = errors.len().saturating_sub(1);
            Err(PublishError::Refused {
                path: path.display().to_string(),
                first: errors.swap_remove(0),
                more,
            })
        }
    }
}

/// A translation reference the tool can copy beside the document: a plain file name.
fn beside(href: &str) -> bool {
    !href.is_empty() && !href.starts_with('.') && !href.contains(['/', '\\', '?', '#', ':'])
}

/// Reads `path` (an `article.json`) and its translation files. `base`, when given, is the URL
/// of the document or of its folder (ending in `/`); relative URLs in the document resolve
/// against it. Without it they stay relative, as written.
pub fn load(path: &Path, base: Option<&str>) -> Result<Loaded, PublishError> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("article.json")
        .to_owned();
    let doc_url = match base {
        Some(b) => resolve(b, &crate::core::url::encode_component(&name)),
        None => name.clone(),
    };
    let (text, json) = read(path)?;
    let (mut article, mut warnings) = accept(path, validate_document(&json, &doc_url))?;
    let mut files = vec![(name, text)];
    let remote: Vec<(LangTag, String)> = article
        .translations
        .iter()
        .filter_map(|(l, s)| match s {
            TranslationSource::Remote { href, .. } => Some((l.clone(), href.clone())),
            TranslationSource::Inline(_) => None,
        })
        .collect();
    let dir = path.parent().unwrap_or(Path::new("."));
    for (lang, href) in remote {
        if !beside(&href) {
            return Err(PublishError::NotBeside {
                path: path.display().to_string(),
                href,
            });
        }
        let file = dir.join(&href);
        let (text, json) = read(&file)?;
        let url = resolve(&doc_url, &href);
        let (t, n) = accept(
            &file,
            validate_translation(&json, &lang, &url, article.url.as_str()),
        )?;
        warnings += n;
        article.insert_translation(&lang, t);
        files.push((href, text));
    }
    Ok(Loaded {
        article,
        doc_url,
        files,
        warnings,
    })
}
