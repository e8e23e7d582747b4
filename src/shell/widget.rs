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
use crate::core::i18n::{ui_language_for, Catalog};
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
        let date = browser::format_date(
            article.published.as_str(),
            self.ui.lang(),
            article.published.to_string(),
        );
        let ui_names: Vec<(LangTag, String)> = article
            .languages
            .iter()
            .map(|l| (l.clone(), browser::language_name(l, self.ui.lang())))
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
    s.join("; ")
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

/// Mounts a widget: placeholder now, article when loaded, error otherwise. Never fails: a
/// failure is shown in the widget and reported by event and one console warning.
pub async fn mount(host: Element, options: MountOptions, config: Rc<Config>) {
    registry::remove(&host);
    let root = match host.shadow_root() {
        Some(r) => r,
        None => {
            let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
            match host.attach_shadow(&init) {
                Ok(r) => r,
                Err(_) => {
                    browser::warn("this element cannot host a shadow root");
                    return;
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
    // Start the likely catalogue's download alongside the article's.
    let early_ui = catalog(&config, &guess);
    let view = options.view_options(browser::has_web_share());
    let id = registry::insert(Widget {
        id: 0,
        host: host.clone(),
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
    let src = registry::with(id, |w| w.options.src.clone()).flatten();
    let timeout = registry::with(id, |w| w.options.timeout_ms()).unwrap_or(10_000);
    let loaded = load(src.as_deref(), timeout, id).await;
    let ui_for_error = early_ui.await;
    match loaded {
        Ok((article, lang, ui)) => {
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
                .map(|l| (l.clone(), browser::autonym(l)))
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
        Err(e) => {
            let host = registry::with(id, |w| {
                w.ui = ui_for_error;
                w.render_error(e.kind);
                w.host.clone()
            });
            if let Some(host) = host {
                let src = src.unwrap_or_default();
                browser::warn(&format!("{src}: {}: {}", e.kind, e.detail));
                let detail = obj(&[
                    ("kind", e.kind.id().into()),
                    ("message", e.detail.as_str().into()),
                    ("src", src.as_str().into()),
                ]);
                browser::dispatch(&host, "error", &detail, false);
            }
        }
    }
}

async fn load(
    src: Option<&str>,
    timeout: u32,
    id: u32,
) -> Result<(Article, LangTag, Rc<Catalog>), LoadError> {
    let config = registry::config();
    let src = src.ok_or_else(|| LoadError::new(ErrorKind::MissingSrc, "no src given"))?;
    let json = fetch_json(src, timeout)
        .await
        .map_err(|k| LoadError::new(k, "fetching the article failed"))?;
    let mut article = validate_document(&json, src)
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
    let ui = catalog(&config, &ui_language_for(&lang)).await;
    Ok((article, lang, ui))
}

/// Makes sure one language's content is loaded, fetching its file when it is a reference.
async fn ensure_translation(
    article: &mut Article,
    lang: &LangTag,
    src: &str,
    timeout: u32,
) -> Result<(), LoadError> {
    let href = match article.source(lang) {
        Some(TranslationSource::Inline(_)) => return Ok(()),
        Some(TranslationSource::Remote { href, .. }) => href.clone(),
        None => {
            return Err(LoadError::new(
                ErrorKind::Invalid,
                format!("no {lang} translation"),
            ))
        }
    };
    let url = resolve(src, &href);
    let json = fetch_json(&url, timeout)
        .await
        .map_err(|k| LoadError::new(k, format!("fetching {url} failed")))?;
    let t = validate_translation(&json, lang, &url)
        .map_err(|errs| LoadError::new(ErrorKind::Invalid, describe(&errs)))?;
    article.insert_translation(lang, t);
    Ok(())
}

/// Switches a mounted widget to another of its article's languages, in place.
pub async fn switch_language(id: u32, wanted: String) {
    let Some((mut article, src, timeout)) = registry::with(id, |w| {
        (
            w.article.clone(),
            w.options.src.clone(),
            w.options.timeout_ms(),
        )
    }) else {
        return;
    };
    let (Some(a), Some(src)) = (article.as_mut(), src) else {
        return;
    };
    let Some(lang) = best_match(&wanted, &a.languages).cloned() else {
        return;
    };
    if let Err(e) = ensure_translation(a, &lang, &src, timeout).await {
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
    let config = registry::config();
    let ui = catalog(&config, &ui_language_for(&lang)).await;
    let host = registry::with(id, |w| {
        let anchor = scroll_anchor(&w.root);
        w.article = article;
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
