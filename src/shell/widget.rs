//! One mounted widget: its state, how it loads, renders and switches language.

use super::browser::{self, obj};
use super::consent;
use super::net::fetch_json;
use super::options::MountOptions;
use super::registry::{self, catalog, Config};
use crate::core::article::{
    validate_document, validate_translation, Article, TranslationSource, ValidationError,
};
use crate::core::consent::Category;
use crate::core::html::SafeUrl;
use crate::core::i18n::{autonym, ui_language_for, Catalog};
use crate::core::lang::{best_match, choose_article_language, LangTag, LanguageWishes};
use crate::core::render::{
    render_article, render_error, render_loading, AdSlot, ErrorKind, UiState, View, ViewOptions,
};
use crate::core::url::resolve;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRoot};

/// Storage key of the reader's remembered language (strictly necessary: the reader chose it).
pub const LANG_KEY: &str = "article-embed:lang";

/// A mounted widget.
pub struct Widget {
    /// Registry id.
    pub id: u32,
    /// The element it is mounted on.
    pub host: Element,
    /// Its shadow root.
    pub root: ShadowRoot,
    /// The options it was mounted with.
    pub options: MountOptions,
    /// Rendering options.
    pub view: ViewOptions,
    /// The article, once loaded.
    pub article: Option<Article>,
    /// The language shown.
    pub lang: Option<LangTag>,
    /// UI strings.
    pub ui: Rc<Catalog>,
    /// Language names, in their own languages.
    pub names: Vec<(LangTag, String)>,
    /// Transient UI state.
    pub state: UiState,
    /// Event listeners; dropping them removes them.
    pub listeners: Vec<gloo_events::EventListener>,
}

impl Widget {
    /// Renders the article view into the shadow root.
    pub fn render(&self) {
        let (Some(article), Some(lang)) = (&self.article, &self.lang) else {
            return;
        };
        let Some(translation) = article.translation(lang) else {
            return;
        };
        let from = translation
            .translated_from
            .as_ref()
            .unwrap_or(&article.original_language);
        let original = (from != lang)
            .then(|| article.translation(from).map(|t| (from, t)))
            .flatten();
        let date = self.ui.date(&article.published);
        // Names from the catalogue's CLDR data; `Intl` only for a language without a catalogue.
        let ui_names: Vec<(LangTag, String)> = article
            .languages
            .iter()
            .map(|l| {
                let name = self.ui.language_name(l).map(str::to_owned);
                (
                    l.clone(),
                    name.unwrap_or_else(|| browser::language_name(l, self.ui.lang())),
                )
            })
            .collect();
        let creative = self.ad_creative();
        let used = self.used_categories();
        let consent_view = consent::view_for(
            self.id,
            used,
            self.state.consent_open,
            self.state.consent_choosing,
        );
        let ad = if consent::allows(Category::Advertising) {
            AdSlot::Allowed
        } else {
            AdSlot::Hidden
        };
        let view = View {
            article,
            lang,
            translation,
            original,
            ui: &self.ui,
            date_text: &date,
            language_names: &self.names,
            ui_language_names: &ui_names,
            options: &self.view,
            ad,
            ad_creative: creative.as_ref(),
            consent: consent_view,
            state: &self.state,
        };
        self.root.set_inner_html(&render_article(&view));
        let _ = self.host.set_attribute("data-state", "mounted");
    }

    /// The ad creative: the embed's, else the article's.
    pub fn ad_creative(&self) -> Option<crate::core::article::AdCreative> {
        self.options
            .ad_creative()
            .or_else(|| self.article.as_ref()?.ad.clone())
    }

    /// The consent categories this widget uses: advertising where a creative and a slot are.
    pub fn used_categories(&self) -> Vec<Category> {
        let has_marker = match (&self.article, &self.lang) {
            (Some(a), Some(l)) => a.translation(l).is_some_and(|t| {
                t.blocks
                    .iter()
                    .any(|b| matches!(b.kind, crate::core::article::BlockKind::Ad))
            }),
            _ => false,
        };
        let slot = self.view.ad_after.map_or(has_marker, |n| n > 0);
        if self.ad_creative().is_some() && slot {
            vec![Category::Advertising]
        } else {
            Vec::new()
        }
    }

    /// Shows an error in place of the article.
    pub fn render_error(&self, kind: ErrorKind) {
        let url = self.article.as_ref().map(|a| a.url.clone()).or_else(|| {
            self.options
                .fallback_url
                .as_deref()
                .and_then(SafeUrl::parse)
        });
        self.root
            .set_inner_html(&render_error(&self.ui, kind, url.as_ref()));
        let _ = self.host.set_attribute("data-state", "error");
    }

    /// Shows the loading placeholder.
    pub fn render_loading(&self) {
        self.root.set_inner_html(&render_loading(&self.ui));
        let _ = self.host.set_attribute("data-state", "loading");
    }

    /// Writes to the polite live region.
    pub fn announce(&self, msg: &str) {
        if let Ok(Some(live)) = self.root.query_selector("[data-live]") {
            let same = live.text_content().as_deref() == Some(msg);
            // Re-announce an identical message by making it differ invisibly.
            let text = if same {
                format!("{msg}\u{200b}")
            } else {
                msg.to_owned()
            };
            live.set_text_content(Some(&text));
        }
    }
}

/// Announces politely a moment after render: a live region filled in the same task as it
/// is inserted is often not read.
fn announce_later(id: u32, msg: String) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
        registry::with(id, |w| w.announce(&msg));
    });
    if let Some(win) = web_sys::window() {
        let _ = win.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 600);
    }
}

/// Why loading failed: the reader's message, and the warning for the host's developer.
struct LoadError {
    kind: ErrorKind,
    detail: String,
}

impl LoadError {
    fn new(kind: ErrorKind, detail: impl Into<String>) -> LoadError {
        LoadError {
            kind,
            detail: detail.into(),
        }
    }
}

fn describe(errors: &[ValidationError]) -> String {
    let mut s: Vec<String> = errors.iter().take(3).map(|e| e.to_string()).collect();
    if errors.len() > 3 {
        s.push(format!("and {} more", errors.len() - 3));
    }
    crate::core::text::join(s.iter().map(String::as_str), "; ")
}

/// The UI language to use before the article is known.
fn guess_ui_language(options: &MountOptions) -> LangTag {
    let remembered = browser::storage_get(LANG_KEY);
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

/// A future boxed behind dynamic dispatch: its state machine is compiled once, out of line,
/// instead of being inlined into every future that awaits it (measured: smaller wasm).
type Boxed<'a, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + 'a>>;

/// Mounts a widget: placeholder now, article when loaded, error otherwise. Never fails: a
/// failure is shown in the widget and reported by event and one console warning.
/// The synchronous steps (`begin`, `show`, `fail`, `negotiate`) are `#[inline(never)]`, kept
/// out of the async state machines, which in wasm grow with everything inlined into them.
pub async fn mount(host: Element, options: MountOptions, config: Rc<Config>) {
    let Some((id, early_ui)) = begin(host, options, &config) else {
        return;
    };
    let src = registry::with(id, |w| w.options.src.clone()).flatten();
    let timeout = registry::with(id, |w| w.options.timeout_ms())
        .unwrap_or(crate::core::limits::FETCH_TIMEOUT_MS);
    let loaded: Boxed<'_, _> = Box::pin(load(src.as_deref(), timeout, id));
    let loaded = loaded.await;
    let ui_for_error = early_ui.await;
    match loaded {
        Ok((article, lang, ui)) => show(id, article, lang, ui),
        Err(e) => fail(id, e, ui_for_error, src.unwrap_or_default()),
    }
}

/// Attaches the shadow root, registers the widget, shows the placeholder and starts the likely
/// UI catalogue's download alongside the article's.
#[inline(never)]
fn begin(
    host: Element,
    options: MountOptions,
    config: &Config,
) -> Option<(u32, Boxed<'static, Rc<Catalog>>)> {
    registry::remove(&host);
    let root = match host.shadow_root() {
        Some(r) => r,
        None => {
            let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
            match host.attach_shadow(&init) {
                Ok(r) => r,
                Err(_) => {
                    browser::warn("this element cannot host a shadow root");
                    return None;
                }
            }
        }
    };
    if let Some(sheet) = &config.sheet {
        let _ = js_sys::Reflect::set(
            &root,
            &"adoptedStyleSheets".into(),
            &js_sys::Array::of1(sheet),
        );
    }
    let guess = guess_ui_language(&options);
    let early_ui: Boxed<'static, _> = Box::pin(catalog(config, &guess));
    let view = options.view_options(browser::has_web_share());
    let id = registry::insert(Widget {
        id: 0,
        host,
        root,
        options,
        view,
        article: None,
        lang: None,
        ui: Rc::new(Catalog::english()),
        names: Vec::new(),
        state: UiState::default(),
        listeners: Vec::new(),
    });
    registry::with(id, |w| w.render_loading());
    Some((id, early_ui))
}

/// Shows the loaded article, wires the events and fires `mounted`.
#[inline(never)]
fn show(id: u32, article: Article, lang: LangTag, ui: Rc<Catalog>) {
    if let Some((host_managed, revision)) = registry::with(id, |w| {
        (
            w.options.host_manages_consent(),
            w.options.revision().to_owned(),
        )
    }) {
        consent::init(host_managed, &revision);
    }
    let names = article
        .languages
        .iter()
        .map(|l| {
            let name = autonym(l).map(str::to_owned);
            (l.clone(), name.unwrap_or_else(|| browser::autonym(l)))
        })
        .collect();
    let done = registry::with(id, |w| {
        w.article = Some(article);
        w.lang = Some(lang.clone());
        w.ui = ui;
        w.names = names;
        w.render();
        w.listeners = super::events::listen(w.id, &w.root);
        if let Ok(Some(_)) = w.root.query_selector("section.ae-consent") {
            announce_later(
                w.id,
                w.ui.get(crate::core::i18n::Msg::ConsentTitle).to_owned(),
            );
        }
        w.host.clone()
    });
    if let Some(host) = done {
        let detail = obj(&[("lang", lang.as_str().into())]);
        browser::dispatch(&host, "mounted", &detail, false);
    }
}

/// Shows the error message, warns once and fires `error`.
#[inline(never)]
fn fail(id: u32, e: LoadError, ui: Rc<Catalog>, src: String) {
    let host = registry::with(id, |w| {
        w.ui = ui;
        w.render_error(e.kind);
        w.host.clone()
    });
    if let Some(host) = host {
        browser::warn(&format!("{src}: {}: {}", e.kind, e.detail));
        let detail = obj(&[
            ("kind", e.kind.id().into()),
            ("message", e.detail.as_str().into()),
            ("src", src.as_str().into()),
        ]);
        browser::dispatch(&host, "error", &detail, false);
    }
}

async fn load(
    src: Option<&str>,
    timeout: u32,
    id: u32,
) -> Result<(Article, LangTag, Rc<Catalog>), LoadError> {
    let src = src.ok_or_else(|| LoadError::new(ErrorKind::MissingSrc, "no src given"))?;
    let json: Boxed<'_, _> = Box::pin(fetch_json(src, timeout));
    let json = json
        .await
        .map_err(|k| LoadError::new(k, "fetching the article failed"))?;
    let (mut article, wanted) = negotiate(&json, src, id)?;
    let lang = match ensure_translation(&mut article, &wanted, src, timeout).await {
        Ok(()) => wanted,
        Err(e) if wanted != article.original_language => {
            // Show the original rather than nothing.
            browser::warn(&format!(
                "{src}: {wanted}: {}; showing the original",
                e.detail
            ));
            let original = article.original_language.clone();
            ensure_translation(&mut article, &original, src, timeout).await?;
            original
        }
        Err(e) => return Err(e),
    };
    let ui: Boxed<'_, _> = Box::pin(catalog(&registry::config(), &ui_language_for(&lang)));
    Ok((article, lang, ui.await))
}

/// Validates the document and picks the language to show.
#[inline(never)]
fn negotiate(
    json: &crate::core::json::Json,
    src: &str,
    id: u32,
) -> Result<(Article, LangTag), LoadError> {
    let article = validate_document(json, src)
        .map_err(|errs| LoadError::new(ErrorKind::Invalid, describe(&errs)))?;
    let requested = registry::with(id, |w| w.options.lang.clone()).flatten();
    let remembered = browser::storage_get(LANG_KEY);
    let browser_langs = browser::browser_languages();
    let wishes = LanguageWishes {
        requested: requested.as_deref(),
        remembered: remembered.as_deref(),
        browser: &browser_langs,
    };
    let wanted =
        choose_article_language(&wishes, &article.languages, &article.original_language).clone();
    Ok((article, wanted))
}

/// Makes sure one language's content is loaded, fetching its file when it is a reference.
async fn ensure_translation(
    article: &mut Article,
    lang: &LangTag,
    src: &str,
    timeout: u32,
) -> Result<(), LoadError> {
    if let Some(url) = translation_url(article, lang, src)? {
        let t = fetch_translation(url, lang.clone(), timeout).await?;
        article.insert_translation(lang, t);
    }
    Ok(())
}

/// Where a language's content still has to come from: `None` when it is already in the
/// article, an error when the article does not have that language.
fn translation_url(
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

/// Fetches and validates one translation file. Boxed: it is awaited from three places, and
/// one out-of-line state machine is smaller than three inlined copies.
fn fetch_translation(
    url: String,
    lang: LangTag,
    timeout: u32,
) -> Boxed<'static, Result<crate::core::article::Translation, LoadError>> {
    Box::pin(async move {
        let json = fetch_json(&url, timeout)
            .await
            .map_err(|k| LoadError::new(k, format!("fetching {url} failed")))?;
        validate_translation(&json, &lang, &url)
            .map_err(|errs| LoadError::new(ErrorKind::Invalid, describe(&errs)))
    })
}

/// Switches a mounted widget to another of its article's languages, in place. The article
/// stays in the widget while a translation is fetched; only the new file is added to it.
pub async fn switch_language(id: u32, wanted: String) {
    let Some(Some((lang, needed, src))) = registry::with(id, |w| {
        let a = w.article.as_ref()?;
        let src = w.options.src.clone()?;
        let lang = best_match(&wanted, &a.languages)?.clone();
        let needed =
            translation_url(a, &lang, &src).map(|url| url.map(|u| (u, w.options.timeout_ms())));
        Some((lang, needed, src))
    }) else {
        return;
    };
    let fetched = match needed {
        Ok(None) => Ok(None),
        Ok(Some((url, timeout))) => fetch_translation(url, lang.clone(), timeout)
            .await
            .map(Some),
        Err(e) => Err(e),
    };
    let t = match fetched {
        Ok(t) => t,
        Err(e) => {
            browser::warn(&format!("{src}: {lang}: {}", e.detail));
            registry::with(id, |w| {
                let msg = format!(
                    "{} {}",
                    w.ui.get(crate::core::i18n::Msg::ErrorTitle),
                    w.ui.get(crate::core::i18n::Msg::ErrorNetwork)
                );
                w.announce(&msg);
            });
            return;
        }
    };
    let config = registry::config();
    let ui = catalog(&config, &ui_language_for(&lang)).await;
    let host = registry::with(id, |w| {
        let anchor = scroll_anchor(&w.root);
        if let (Some(t), Some(a)) = (t, w.article.as_mut()) {
            a.insert_translation(&lang, t);
        }
        w.lang = Some(lang.clone());
        w.ui = ui;
        w.state.languages_open = false;
        w.state.originals_open.clear();
        w.render();
        if let Ok(Some(btn)) = w.root.query_selector(".ae-lang-btn") {
            browser::focus_in_place(&btn);
        }
        restore_scroll(&w.root, anchor);
        w.host.clone()
    });
    browser::storage_set(LANG_KEY, lang.as_str());
    if let Some(host) = host {
        browser::dispatch(
            &host,
            "language",
            &obj(&[("lang", lang.as_str().into())]),
            false,
        );
    }
}

/// Starts fetching a language's file ahead of a click (hover or focus on its link).
pub fn prefetch(id: u32, wanted: &str) {
    let Some(Some((href, src, timeout))) = registry::with(id, |w| {
        let a = w.article.as_ref()?;
        let lang = best_match(wanted, &a.languages)?;
        match a.source(lang)? {
            TranslationSource::Remote { href, .. } => {
                Some((href.clone(), w.options.src.clone()?, w.options.timeout_ms()))
            }
            TranslationSource::Inline(_) => None,
        }
    }) else {
        return;
    };
    let url = resolve(&src, &href);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = fetch_json(&url, timeout).await;
    });
}

/// The first body block in view and its distance from the viewport's top.
fn scroll_anchor(root: &ShadowRoot) -> Option<(String, f64)> {
    let list = root.query_selector_all("[data-block]").ok()?;
    for i in 0..list.length() {
        let el: Element = list.item(i)?.dyn_into().ok()?;
        let top = el.get_bounding_client_rect().top();
        if top >= 0.0 {
            return Some((el.get_attribute("data-block")?, top));
        }
    }
    None
}

/// Scrolls so the anchor block stands where it stood before a re-render.
fn restore_scroll(root: &ShadowRoot, anchor: Option<(String, f64)>) {
    let Some((id, before)) = anchor else {
        return;
    };
    let sel = format!("[data-block=\"{id}\"]");
    if let (Ok(Some(el)), Some(w)) = (root.query_selector(&sel), web_sys::window()) {
        let after = el.get_bounding_client_rect().top();
        if (after - before).abs() > 1.0 {
            w.scroll_by_with_x_and_y(0.0, after - before);
        }
    }
}
