//! `publish`: one article's folder for a static host, and a folder of many articles.
//!
//! For each article, into its output folder (served at its base URL):
//! `article.json` and its translation files as read, and per language `snippet/<lang>.html`,
//! `fragment/<lang>.html`, `embed/<lang>.html`, `card/<lang>.html` and the "Embed this article"
//! page `embed-page/<lang>.html`; then `embed-codes.json` (every language's codes pinning its
//! fragment), and `oembed.json` and `discovery.html` (with a link to the embed page) for the
//! original language. Each article is written all or nothing.

use super::embed_page;
use super::error::{FileProblem, PublishError};
use super::load::{load, Loaded};
use super::oembed;
use super::page::{page, snippet, Host};
use super::pinned::{pin, EmbedCodes};
use super::view::{PageOptions, Parts};
use crate::core::html::SafeUrl;
use crate::core::json::Json;
use crate::core::render::{article_markup, card_markup};
use crate::core::url::{encode_component, resolve};
use crate::import::document::to_string;
use crate::import::output::write_files;
use std::path::{Path, PathBuf};

/// Checks `--base` and gives it a trailing `/`: the URL of the output folder.
pub fn folder_url(base: &str) -> Result<String, PublishError> {
    let bad = || PublishError::Base(base.to_owned());
    let url = SafeUrl::parse(base).ok_or_else(bad)?;
    if !url.as_str().starts_with("http") || base.contains(['?', '#']) {
        return Err(bad());
    }
    Ok(if base.ends_with('/') {
        base.to_owned()
    } else {
        format!("{base}/")
    })
}

fn url(base: &str, rel: &str) -> Result<SafeUrl, PublishError> {
    SafeUrl::parse(&resolve(base, rel)).ok_or_else(|| PublishError::Base(base.to_owned()))
}

/// Where the loader is served, for the embed codes: `--loader`, an absolute http(s) URL, else
/// `/article-embed/loader.js` on the origin of `base` (the output folder's URL).
pub fn loader_url(base: &str, loader: Option<&str>) -> Result<SafeUrl, PublishError> {
    match loader {
        Some(l) => SafeUrl::parse(l)
            .filter(|u| u.as_str().starts_with("http"))
            .ok_or_else(|| PublishError::Loader(l.to_owned())),
        None => url(base, "/article-embed/loader.js"),
    }
}

/// Where the fragment of `lang` is served, under `base`.
fn fragment_path(lang: &str) -> String {
    format!("fragment/{lang}.html")
}

/// The embed codes of one loaded article whose folder is served at `base` (ending in `/`),
/// with the loader at `loader` and the publisher's `options`: what `embed-codes.json` holds.
pub fn embed_codes(
    loaded: &Loaded,
    base: &str,
    loader: &SafeUrl,
    path: &str,
    options: &PageOptions,
) -> Result<EmbedCodes, PublishError> {
    let a = &loaded.article;
    let src = url(base, "article.json")?;
    let mut codes = EmbedCodes::new(loader);
    for lang in &a.languages {
        let parts = Parts::new(a, lang, path, options)?;
        let at = url(base, &fragment_path(lang.as_str()))?;
        codes
            .languages
            .push(pin(&parts.view(a), &src, at, loader).code);
    }
    Ok(codes)
}

/// Every output file of one loaded article whose folder is served at `base` (ending in `/`),
/// with the publisher's `options` (applied to the article already: [`PageOptions::apply`]); the
/// embed codes name the loader at `loader`.
pub fn article_files(
    loaded: &Loaded,
    base: &str,
    loader: &SafeUrl,
    path: &str,
    options: &PageOptions,
) -> Result<Vec<(String, String)>, PublishError> {
    let a = &loaded.article;
    let src = url(base, "article.json")?;
    let mut files = loaded.files.clone();
    if let Some(signup) = &options.newsletter {
        // The widget reads the document: it names the sign-up page the pages show.
        let (name, text) = &files[0];
        let text = with_newsletter(text, signup).map_err(|problem| PublishError::File {
            path: path.to_owned(),
            problem,
        })?;
        files[0] = (name.clone(), text);
    }
    let mut codes = EmbedCodes::new(loader);
    for lang in &a.languages {
        let parts = Parts::new(a, lang, path, options)?;
        let v = parts.view(a);
        let l = lang.as_str();
        let whole = snippet(&v, &src, article_markup(&v), Host::Embed).finish() + "\n";
        let pinned = pin(&v, &src, url(base, &fragment_path(l))?, loader);
        files.push(embed_page::file(&embed_page::Input {
            view: &v,
            src: &src,
            loader,
            snippet: &whole,
            codes: &codes,
            code: &pinned.code,
            card: &url(base, &format!("card/{l}.html"))?,
        })?);
        files.push((format!("snippet/{l}.html"), whole));
        files.push((fragment_path(l), pinned.bytes));
        codes.languages.push(pinned.code);
        let whole = snippet(&v, &src, article_markup(&v), Host::Embed);
        files.push((format!("embed/{l}.html"), page(&v, whole)));
        let card = snippet(&v, &src, card_markup(&v), Host::Card);
        files.push((format!("card/{l}.html"), page(&v, card)));
    }
    files.push(("embed-codes.json".to_owned(), codes.to_json()));
    let lang = &a.original_language;
    let t = a
        .translation(lang)
        .or_else(|| a.languages.first().and_then(|l| a.translation(l)))
        .ok_or_else(|| PublishError::NoLanguage {
            path: path.to_owned(),
            lang: lang.as_str().to_owned(),
        })?;
    let card_lang = if a.translation(lang).is_some() {
        lang
    } else {
        &a.languages[0]
    };
    let card = url(base, &format!("card/{}.html", card_lang.as_str()))?;
    let page_url = t.url.as_ref().unwrap_or(&a.url);
    files.push((
        "oembed.json".to_owned(),
        oembed::response(a, t, page_url, &card),
    ));
    let embed = url(base, &embed_page::path(card_lang))?;
    let strings = embed_page::strings::Strings::for_article_language(card_lang)?;
    files.push((
        "discovery.html".to_owned(),
        oembed::discovery(t, &url(base, "oembed.json")?)
            + &embed_page::discovery_link(&embed, &strings),
    ));
    Ok(files)
}

/// The document's text with `publisher.newsletter.url` set to `signup`, written again in the
/// importer's deterministic form.
fn with_newsletter(text: &str, signup: &SafeUrl) -> Result<String, FileProblem> {
    let mut doc: Json = serde_json::from_str(text).map_err(FileProblem::NotJson)?;
    let url = Json::Object(vec![(
        "url".to_owned(),
        Json::String(signup.as_str().to_owned()),
    )]);
    if let Json::Object(fields) = &mut doc {
        if let Some((_, Json::Object(publisher))) =
            fields.iter_mut().find(|(k, _)| k == "publisher")
        {
            match publisher.iter_mut().find(|(k, _)| k == "newsletter") {
                Some((_, v)) => *v = url,
                None => publisher.push(("newsletter".to_owned(), url)),
            }
        }
    }
    Ok(to_string(&doc))
}

/// Publishes one `article.json` into `out`, served at `base` (ending in `/`), with the
/// publisher's `options`, its embed codes naming the loader at `loader`. Returns the number of
/// parts the validator dropped.
pub fn publish_article(
    doc: &Path,
    out: &Path,
    base: &str,
    loader: &SafeUrl,
    options: &PageOptions,
) -> Result<usize, PublishError> {
    let mut loaded = load(doc, Some(base))?;
    options.apply(&mut loaded.article);
    let files = article_files(&loaded, base, loader, &doc.display().to_string(), options)?;
    write_files(out, &files)?;
    Ok(loaded.warnings)
}

/// What `publish` found to do: each document with its output folder and base URL.
pub fn jobs(
    input: &Path,
    out: &Path,
    base: &str,
) -> Result<Vec<(PathBuf, PathBuf, String)>, PublishError> {
    if input.is_file() {
        return Ok(vec![(input.to_owned(), out.to_owned(), base.to_owned())]);
    }
    let own = input.join("article.json");
    if own.is_file() {
        return Ok(vec![(own, out.to_owned(), base.to_owned())]);
    }
    let shown = input.display().to_string();
    let entries = std::fs::read_dir(input).map_err(|cause| PublishError::File {
        path: shown.clone(),
        problem: FileProblem::Read(cause),
    })?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.join("article.json").is_file())
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        return Err(PublishError::NoArticles(shown));
    }
    Ok(dirs
        .into_iter()
        .map(|d| {
            let slug = d
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let sub = format!("{base}{}/", encode_component(&slug));
            (d.join("article.json"), out.join(&slug), sub)
        })
        .collect())
}
