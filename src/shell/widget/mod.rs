//! One mounted widget: its state and how it renders. Loading, language switching, sharing
//! (Mastodon's server field among it), "Continue reading" and embedded players are in the files
//! beside this one. Nothing here calls out to the page (see the borrow rule in
//! `registry`): what must reach the page is returned as [`Effects`].

pub mod language;
pub mod load;
pub mod mastodon;
pub mod media;
pub mod more;
pub mod share;

use super::browser;
use super::consent;
use super::effects::{Effect, Effects, HostEvent};
use super::options::MountOptions;
use super::sink;
use super::storage;
use crate::core::article::{AdCreative, Article, BlockKind};
use crate::core::consent::state::used_categories;
use crate::core::consent::{Banner, Category, Choices};
use crate::core::html::SafeUrl;
use crate::core::i18n::{autonyms, Catalog, Msg};
use crate::core::lang::LangTag;
use crate::core::limits::{ANNOUNCE_DELAY_MS, LOADING_VIEW_DELAY_MS};
use crate::core::render::{
    render_article, render_embed, render_error, render_loading, AdSlot, ErrorKind, UiState, View,
    ViewOptions,
};
use crate::core::text::cat;
use crate::shell::timer::{after, Timeout};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, ShadowRoot};

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
    /// The article's language names, in their own languages (in the article's order).
    pub names: Vec<String>,
    /// Transient UI state.
    pub state: UiState,
    /// What the last render showed of the consent banner.
    pub banner: Banner,
    /// Event listeners; dropping them removes them.
    pub listeners: Vec<crate::shell::listener::Listener>,
    /// A pending announcement; replacing or dropping it cancels it.
    pub announce_timer: Option<Timeout>,
    /// Hides "Link copied"; replacing or dropping it cancels it.
    pub copied_timer: Option<Timeout>,
    /// Shows the loading placeholder if loading takes a while; dropping it cancels it.
    pub loading_timer: Option<Timeout>,
    /// The shadow root shows a prerendered article (a snippet of `article-embed render`, in
    /// the embed's `lang`) and the widget has not rendered yet: hydration keeps those nodes.
    pub prerendered: bool,
    /// "Continue reading": the body block the last render was cut before, if it was cut.
    pub cut_at: Option<u32>,
}

impl Widget {
    /// A widget on `host`, not yet registered or rendered. Reads the reader's Mastodon server
    /// from storage: call outside registry borrows.
    pub fn new(host: Element, root: ShadowRoot, options: MountOptions) -> Widget {
        let view = options.view_options(browser::has_web_share());
        let state = UiState {
            mastodon: storage::mastodon(),
            ..UiState::default()
        };
        Widget {
            id: 0,
            host,
            root,
            options,
            view,
            article: None,
            lang: None,
            ui: Rc::new(Catalog::english()),
            names: Vec::new(),
            state,
            banner: Banner::Hidden,
            listeners: Vec::new(),
            announce_timer: None,
            copied_timer: None,
            loading_timer: None,
            prerendered: false,
            cut_at: None,
        }
    }

    /// Renders the article view into the shadow root.
    pub fn render(&mut self) {
        self.render_part(None);
    }

    /// Renders the article view into the shadow root; with `Some(at)`, only the content of the
    /// embed block at `at` (what a facade's click changes), so that a playing player elsewhere
    /// in the article is left alone.
    pub fn render_part(&mut self, part: Option<usize>) {
        let (Some(article), Some(lang)) = (&self.article, &self.lang) else {
            return;
        };
        // A prerendered page's "Continue reading" the reader opened stays open.
        if self.prerendered
            && matches!(
                self.root.query_selector("details[data-more][open]"),
                Ok(Some(_))
            )
        {
            self.state.expanded = true;
        }
        self.prerendered = false;
        let Some(shown) = article.in_language(lang) else {
            return;
        };
        let mut view = View::new(shown, &self.ui, &self.view);
        // Names from the catalogue's CLDR data; `Intl` only for a language without a catalogue.
        let ui_names = self.ui.language_names(&article.languages, |l| {
            browser::language_name(l, self.ui.lang())
        });
        let creative = self.ad_creative();
        let consent_view = consent::view_for(
            self.id,
            self.used_categories(),
            self.state.consent_open,
            self.state.consent_choosing,
        );
        let ad = if consent::allows(Category::Advertising) {
            AdSlot::Allowed
        } else {
            AdSlot::Hidden
        };
        self.banner = consent_view.banner;
        view.names(&self.names, &ui_names)
            .state(&self.state)
            .consent(consent_view)
            .ad(ad, creative.as_ref());
        if let Some(at) = part {
            let id = cat(&["ae-emb-", &at.to_string()]);
            if let (Some(el), Some(html)) =
                (self.root.get_element_by_id(&id), render_embed(&view, at))
            {
                sink::set_html(&el, &html);
                return;
            }
        }
        sink::set_html(&self.root, &render_article(&view));
        self.apply_cut();
        let _ = self.host.set_attribute("data-state", "mounted");
    }

    /// Whether the prerendered article already shows what a render would: the same language,
    /// nothing that needs consent (so no banner and no ad slot), none of the embed's own
    /// share or ad options, which the publisher's tool did not know, and the height it was cut
    /// for, if the embed asks for one. The controls that only script can work (copy, native
    /// share, Mastodon, the language filter) come with the next render, which also cuts the
    /// article as the widget measures it.
    fn keeps_prerendered(&self) -> bool {
        let o = &self.options;
        self.prerendered
            && self.lang.as_ref().map(LangTag::as_str) == o.lang.as_deref()
            && self.used_categories().is_empty()
            && o.share.is_none()
            && o.share_params.is_none()
            && o.ad_after.is_none()
            && o.max_height.map(|h| h.to_string()) == self.prerendered_height()
    }

    /// The height a prerendered article was cut for (`render --max-height`), as written.
    fn prerendered_height(&self) -> Option<String> {
        let article = self
            .root
            .query_selector("article[data-max-height]")
            .ok()??;
        article.get_attribute("data-max-height")
    }

    /// The ad creative: the embed's, else the article's.
    pub fn ad_creative(&self) -> Option<AdCreative> {
        self.options
            .ad_creative()
            .or_else(|| self.article.as_ref()?.ad.clone())
    }

    /// The consent categories this widget uses: advertising where a creative and a slot are,
    /// embedded content where the shown language has a third party's player.
    pub fn used_categories(&self) -> Vec<Category> {
        let shown = match (&self.article, &self.lang) {
            (Some(a), Some(l)) => a.translation(l),
            _ => None,
        };
        let slot = shown.is_some_and(|t| self.view.has_ad_slot(t));
        let embeds = shown.is_some_and(|t| {
            t.blocks
                .iter()
                .any(|b| matches!(b.kind, BlockKind::Embed(_)))
        });
        used_categories(self.ad_creative().is_some(), slot, embeds)
    }

    /// Shows an error in place of the article.
    pub fn render_error(&self, kind: ErrorKind) {
        let url = self.article.as_ref().map(|a| a.url.clone()).or_else(|| {
            self.options
                .fallback_url
                .as_deref()
                .and_then(SafeUrl::parse)
        });
        sink::set_html(&self.root, &render_error(&self.ui, kind, url.as_ref()));
        let _ = self.host.set_attribute("data-state", "error");
    }

    /// Marks the widget loading, and shows the loading placeholder only if the article has not
    /// been shown within [`LOADING_VIEW_DELAY_MS`]. When the article's files are in before the
    /// wasm (the usual first render, see `requests.js`), a placeholder drawn at once would be
    /// laid out and painted for one frame and thrown away: tens of ms of a phone's main thread
    /// before the article, and a flash.
    pub fn render_loading_later(&mut self) {
        let _ = self.host.set_attribute("data-state", "loading");
        let (root, host, ui) = (self.root.clone(), self.host.clone(), self.ui.clone());
        self.loading_timer = Some(after(
            LOADING_VIEW_DELAY_MS,
            Box::new(move || {
                if host.get_attribute("data-state").as_deref() == Some("loading") {
                    sink::set_html(&root, &render_loading(&ui));
                }
            }),
        ));
    }

    /// Writes to the polite live region now.
    pub fn announce(&self, msg: &str) {
        announce_in(&self.root, msg);
    }

    /// Announces a moment from now: a live region filled in the same task as it is inserted is
    /// often not read. A later announcement replaces a pending one.
    pub fn announce_later(&mut self, msg: String) {
        let root = self.root.clone();
        self.announce_timer = Some(after(
            ANNOUNCE_DELAY_MS,
            Box::new(move || announce_in(&root, &msg)),
        ));
    }

    /// Shows the article that has loaded; announces the banner when it is shown.
    pub fn show(&mut self, article: Article, lang: LangTag, ui: Rc<Catalog>) -> Effects {
        let names = autonyms(&article.languages, browser::autonym);
        self.article = Some(article);
        self.lang = Some(lang.clone());
        self.ui = ui;
        self.names = names;
        if self.keeps_prerendered() {
            let _ = self.host.set_attribute("data-state", "mounted");
        } else {
            self.render();
        }
        if self.banner != Banner::Hidden {
            self.announce_later(self.ui.get(Msg::ConsentTitle).to_owned());
        }
        let mut fx = Effects::none();
        fx.emit_lang(&self.host, HostEvent::Mounted, &lang);
        fx
    }

    /// Opens the privacy choices here, with focus on the first choice.
    pub fn open_choices(&mut self) -> Effects {
        self.state.consent_open = true;
        self.state.consent_choosing = true;
        self.render();
        self.focus_first("[data-category]", true)
    }

    /// The per-category choices as the reader ticked them.
    pub fn ticked_choices(&self) -> Choices {
        let mut chosen = Choices::none();
        let Ok(list) = self.root.query_selector_all("[data-category]") else {
            return chosen;
        };
        for i in 0..list.length() {
            let Some(input) = list
                .item(i)
                .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
            else {
                continue;
            };
            let cat = input
                .get_attribute("data-category")
                .and_then(|c| Category::parse(&c));
            if let Some(cat) = cat {
                chosen.set(cat, input.checked());
            }
        }
        chosen
    }

    /// Closes the consent screens and renders again (a decision applies to every widget). A
    /// decision that withdraws embedded content removes the players; one that allows it closes
    /// the facades' prompts.
    pub fn after_decision(&mut self) {
        self.state.consent_open = false;
        self.state.consent_choosing = false;
        if consent::allows(Category::Media) {
            self.state.media_asking = None;
        } else {
            self.state.players.clear();
        }
        self.render();
    }

    /// A focus move to the first element matching `selector` in this widget: into view when
    /// the reader just opened it, else in place.
    pub fn focus_first(&self, selector: &str, into_view: bool) -> Effects {
        let mut fx = Effects::none();
        if let Ok(Some(el)) = self.root.query_selector(selector) {
            fx.push(if into_view {
                Effect::FocusInto(el)
            } else {
                Effect::Focus(el)
            });
        }
        fx
    }
}

fn announce_in(root: &ShadowRoot, msg: &str) {
    if let Ok(Some(live)) = root.query_selector("[data-live]") {
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
