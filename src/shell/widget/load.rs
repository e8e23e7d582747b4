//! Loading an article: fetch and validate the document, choose the language, fetch that
//! language's file, and its UI catalogue. Touches no widget: the mount flow hands in what it
//! needs and shows the result.

use crate::core::article::{
    validate_document, validate_translation, Article, Translation, TranslationSource, Validated,
    ValidationError,
};
use crate::core::i18n::{ui_language_for, Catalog};
use crate::core::lang::{choose_article_language, LangTag, LanguageWishes};
use crate::core::render::ErrorKind;
use crate::core::url::resolve;
use crate::shell::browser;
use crate::shell::catalogs::{catalog, Catalogues};
use crate::shell::net::fetch_json;
use crate::shell::options::MountOptions;
use crate::shell::storage::{self, LANG_KEY};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// A future boxed behind dynamic dispatch: its state machine is compiled once, out of line,
/// instead of being inlined into every future that awaits it (measured: smaller wasm).
pub type Boxed<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Why loading failed: the reader's message, and the warning for the host's developer.
#[derive(Debug)]
pub struct LoadError {
    /// The reader's message.
    pub kind: ErrorKind,
    /// For the console.
    pub detail: String,
}

impl LoadError {
    fn new(kind: ErrorKind, detail: impl Into<String>) -> LoadError {
        LoadError {
            kind,
            detail: detail.into(),
        }
    }
}

/// What a widget needs to load its article.
pub struct Request {
    /// The document's absolute URL.
    pub src: Option<String>,
    /// The embed's wanted language.
    pub lang: Option<String>,
    /// Fetch timeout in ms.
    pub timeout: u32,
    /// Where the UI catalogues are.
    pub catalogues: Catalogues,
}

impl Request {
    /// The request of an embed with these options.
    pub fn new(options: &MountOptions, catalogues: &Catalogues) -> Request {
        Request {
            src: options.src.clone(),
            lang: options.lang.clone(),
            timeout: options.timeout_ms(),
            catalogues: catalogues.clone(),
        }
    }
}

/// A loaded article, in the language to show, with its UI strings.
pub struct Loaded {
    /// The article, with the shown language's content in it.
    pub article: Article,
    /// The language to show.
    pub lang: LangTag,
    /// The UI strings for it.
    pub ui: Rc<Catalog>,
}

/// The first few problems and how many more: `total` counts those not listed too.
fn describe(errors: &[ValidationError], total: usize) -> String {
    let mut s: Vec<String> = errors.iter().take(3).map(|e| e.to_string()).collect();
    if total > 3 {
        s.push(format!("and {} more", total - 3));
    }
    crate::core::text::join(s.iter().map(String::as_str), "; ")
}

/// The validated value, and what validation dropped from the file at `url`, described for
/// the console ("" when nothing).
fn checked<T>(
    url: &str,
    r: Result<Validated<T>, Vec<ValidationError>>,
) -> Result<(T, String), LoadError> {
    match r {
        Ok(v) => {
            let note = note(url, &v.warnings, v.warning_count());
            Ok((v.value, note))
        }
        Err(e) => Err(invalid(&e)),
    }
}

#[inline(never)]
fn note(url: &str, warnings: &[ValidationError], total: usize) -> String {
    if total == 0 {
        return String::new();
    }
    format!("{url}: {}", describe(warnings, total))
}

/// Adds one file's note to the others of the same load.
#[inline(never)]
fn add_note(notes: &mut String, note: String) {
    if !note.is_empty() {
        if !notes.is_empty() {
            notes.push_str(" | ");
        }
        notes.push_str(&note);
    }
}

/// The one console warning of a load (or a language switch) that dropped anything.
#[inline(never)]
fn warn_dropped(notes: &str) {
    if !notes.is_empty() {
        browser::warn(&format!("shown without what is not valid: {notes}"));
    }
}

#[inline(never)]
fn invalid(errors: &[ValidationError]) -> LoadError {
    LoadError::new(ErrorKind::Invalid, describe(errors, errors.len()))
}

/// The UI language to use before the article is known.
pub fn guess_ui_language(options: &MountOptions) -> LangTag {
    let remembered = storage::get(LANG_KEY);
    let browser = browser::browser_languages();
    let wants = options
        .lang
        .iter()
        .chain(remembered.iter())
        .chain(browser.iter());
    for w in wants {
        if let Some(l) = LangTag::parse(w) {
            let ui = ui_language_for(&l);
            if ui.primary() == l.primary() {
                return ui;
            }
        }
    }
    ui_language_for(&LangTag::parse("en").expect("en"))
}

/// Loads the document, the language to show and its catalogue. The original is shown when the
/// chosen translation cannot be had.
pub async fn load(req: &Request) -> Result<Loaded, LoadError> {
    let src = req
        .src
        .as_deref()
        .ok_or_else(|| LoadError::new(ErrorKind::MissingSrc, "no src given"))?;
    let json: Boxed<'_, _> = Box::pin(fetch_json(src, req.timeout));
    let json = json
        .await
        .map_err(|k| LoadError::new(k, "fetching the article failed"))?;
    let (mut article, wanted, mut notes) = negotiate(&json, src, req.lang.as_deref())?;
    let lang = match ensure_translation(&mut article, &wanted, src, req.timeout).await {
        Ok(note) => {
            add_note(&mut notes, note);
            wanted
        }
        Err(e) if wanted != article.original_language => {
            browser::warn(&format!(
                "{src}: {wanted}: {}; showing the original",
                e.detail
            ));
            let original = article.original_language.clone();
            let note = ensure_translation(&mut article, &original, src, req.timeout).await?;
            add_note(&mut notes, note);
            original
        }
        Err(e) => return Err(e),
    };
    // One warning for the document and the shown language's file together.
    warn_dropped(&notes);
    let ui: Boxed<'_, _> = Box::pin(catalog(&req.catalogues, &ui_language_for(&lang)));
    Ok(Loaded {
        article,
        lang,
        ui: ui.await,
    })
}

/// Validates the document and picks the language to show. Out of line: kept out of the async
/// state machine, which in wasm grows with everything inlined into it.
#[inline(never)]
fn negotiate(
    json: &crate::core::json::Json,
    src: &str,
    requested: Option<&str>,
) -> Result<(Article, LangTag, String), LoadError> {
    let (article, note) = checked(src, validate_document(json, src))?;
    let remembered = storage::get(LANG_KEY);
    let browser_langs = browser::browser_languages();
    let wishes = LanguageWishes {
        requested,
        remembered: remembered.as_deref(),
        browser: &browser_langs,
    };
    let wanted =
        choose_article_language(&wishes, &article.languages, &article.original_language).clone();
    Ok((article, wanted, note))
}

/// Makes sure one language's content is loaded, fetching its file when it is a reference;
/// what validation dropped from that file.
async fn ensure_translation(
    article: &mut Article,
    lang: &LangTag,
    src: &str,
    timeout: u32,
) -> Result<String, LoadError> {
    let Some(url) = translation_url(article, lang, src)? else {
        return Ok(String::new());
    };
    let canonical = article.url.as_str().to_owned();
    let (t, note) = fetch_checked(url, lang.clone(), timeout, canonical).await?;
    article.insert_translation(lang, t);
    Ok(note)
}

/// Where a language's content still has to come from: `None` when it is already in the
/// article, an error when the article does not have that language.
pub fn translation_url(
    article: &Article,
    lang: &LangTag,
    src: &str,
) -> Result<Option<String>, LoadError> {
    match article.source(lang) {
        Some(TranslationSource::Inline(_)) => Ok(None),
        Some(TranslationSource::Remote { href, .. }) => Ok(Some(resolve(src, href))),
        None => Err(LoadError::new(
            ErrorKind::Invalid,
            format!("no {lang} translation"),
        )),
    }
}

/// Fetches and validates one translation file (for a language switch), warning once of what
/// it dropped. `canonical`: the article's canonical URL.
pub fn fetch_translation(
    url: String,
    lang: LangTag,
    timeout: u32,
    canonical: String,
) -> Boxed<'static, Result<Translation, LoadError>> {
    Box::pin(async move {
        let (t, note) = fetch_checked(url, lang, timeout, canonical).await?;
        warn_dropped(&note);
        Ok(t)
    })
}

/// Fetches and validates one translation file: its content and what was dropped from it.
/// Boxed: it is awaited from three places, and one out-of-line state machine is smaller than
/// three inlined copies.
fn fetch_checked(
    url: String,
    lang: LangTag,
    timeout: u32,
    canonical: String,
) -> Boxed<'static, Result<(Translation, String), LoadError>> {
    Box::pin(async move {
        let json = fetch_json(&url, timeout)
            .await
            .map_err(|k| LoadError::new(k, format!("fetching {url} failed")))?;
        checked(&url, validate_translation(&json, &lang, &url, &canonical))
    })
}
