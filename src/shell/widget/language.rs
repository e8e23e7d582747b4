//! A widget's languages: the list (open, close, filter), switching in place while keeping the
//! reader's place, and fetching a language ahead of a click.

use super::load::{translation_url, LoadError};
use super::Widget;
use crate::core::action::Action;
use crate::core::article::{Translation, TranslationSource};
use crate::core::i18n::{Catalog, Msg};
use crate::core::lang::{best_match, LangTag};
use crate::core::url::resolve;
use crate::shell::effects::{Effect, Effects, HostEvent};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, ShadowRoot};

/// The language button, where focus returns after a switch or when the list closes.
const BUTTON: &str = ".ae-lang-btn";

/// What switching to a language takes.
pub struct SwitchPlan {
    /// The article language that matches the wish.
    pub lang: LangTag,
    /// The file to fetch first (with the timeout), if that language is not here yet.
    pub fetch: Result<Option<(String, u32)>, LoadError>,
    /// The document's URL, for messages.
    pub src: String,
    /// The article's canonical URL (its media's own site).
    pub canonical: String,
}

impl Widget {
    /// Plans a switch to the article language best matching `wanted`; `None` when there is
    /// nothing to switch to.
    pub fn plan_switch(&self, wanted: &LangTag) -> Option<SwitchPlan> {
        let a = self.article.as_ref()?;
        let src = self.options.src.clone()?;
        let lang = best_match(wanted.as_str(), &a.languages)?.clone();
        let timeout = self.options.timeout_ms();
        let fetch = translation_url(a, &lang, &src).map(|u| u.map(|u| (u, timeout)));
        let canonical = a.url.as_str().to_owned();
        Some(SwitchPlan {
            lang,
            fetch,
            src,
            canonical,
        })
    }

    /// Shows `lang` (with its fetched content, when it had to be fetched), keeping the block
    /// the reader was looking at where it stood; focus returns to the language button.
    pub fn apply_switch(
        &mut self,
        lang: LangTag,
        fetched: Option<Translation>,
        ui: Rc<Catalog>,
    ) -> Effects {
        let anchor = scroll_anchor(&self.root);
        if let (Some(t), Some(a)) = (fetched, self.article.as_mut()) {
            a.insert_translation(&lang, t);
        }
        self.lang = Some(lang.clone());
        self.ui = ui;
        self.state.languages_open = false;
        self.state.originals_open.clear();
        // Players and prompts are of the other language's blocks.
        self.state.players.clear();
        self.state.media_asking = None;
        self.render();
        restore_scroll(&self.root, anchor);
        let mut fx = self.focus_first(BUTTON, false);
        fx.push(Effect::RememberLanguage(lang.clone()));
        fx.emit_lang(&self.host, HostEvent::Language, &lang);
        fx
    }

    /// Tells the reader a switch failed; the article stays as it was.
    pub fn switch_failed(&self) {
        let msg = format!(
            "{} {}",
            self.ui.get(Msg::ErrorTitle),
            self.ui.get(Msg::ErrorNetwork)
        );
        self.announce(&msg);
    }

    /// Opens or closes the language list; an opened list's filter takes focus.
    pub fn toggle_languages(&mut self) -> Effects {
        self.state.languages_open = !self.state.languages_open;
        set_languages_open(&self.root, self.state.languages_open);
        if self.state.languages_open {
            self.focus_first("[data-filter]", true)
        } else {
            Effects::none()
        }
    }

    /// Closes the language list, if open; `refocus` puts focus back on its button (Escape).
    pub fn close_languages(&mut self, refocus: bool) -> Effects {
        if !self.state.languages_open {
            return Effects::none();
        }
        self.state.languages_open = false;
        set_languages_open(&self.root, false);
        if refocus {
            self.focus_first(BUTTON, false)
        } else {
            Effects::none()
        }
    }

    /// Filters the language list by name in any script or by code (`query` is lower-cased).
    pub fn filter_languages(&self, query: &str) {
        let Ok(links) = self.root.query_selector_all("#ae-lang-list [data-name]") else {
            return;
        };
        let mut shown = 0;
        for i in 0..links.length() {
            let Some(a) = links.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let name = lower(&a.get_attribute("data-name").unwrap_or_default());
            let hit = crate::core::text::contains(&name, query);
            shown += usize::from(hit);
            if let Some(li) = a.parent_element() {
                let _ = li.toggle_attribute_with_force("hidden", !hit);
            }
        }
        if let Ok(Some(none)) = self.root.query_selector("[data-none]") {
            let _ = none.toggle_attribute_with_force("hidden", shown > 0);
        }
    }

    /// The URL and timeout of a language's file, to fetch ahead of a click on its link.
    pub fn prefetch_url(&self, wanted: &LangTag) -> Option<(String, u32)> {
        let a = self.article.as_ref()?;
        let lang = best_match(wanted.as_str(), &a.languages)?;
        match a.source(lang)? {
            TranslationSource::Remote { href, .. } => Some((
                resolve(self.options.src.as_deref()?, href),
                self.options.timeout_ms(),
            )),
            TranslationSource::Inline(_) => None,
        }
    }

    /// Remembers whether the reader opened a flagged passage's original, so a re-render keeps it.
    pub fn original_toggled(&mut self, block: String, open: bool) {
        let list = &mut self.state.originals_open;
        list.retain(|b| *b != block);
        if open {
            list.push(block);
        }
    }
}

/// The filter's query, lower-cased by the browser: any script, and no Unicode tables in the wasm.
pub fn filter_query(input: &HtmlInputElement) -> String {
    lower(input.value().trim())
}

fn lower(s: &str) -> String {
    String::from(js_sys::JsString::from(s).to_lower_case())
}

fn set_languages_open(root: &ShadowRoot, open: bool) {
    let button = Action::ToggleLanguages.selector();
    if let (Ok(Some(btn)), Ok(Some(pop))) = (
        root.query_selector(&button),
        root.query_selector("#ae-lang-list"),
    ) {
        let _ = btn.set_attribute("aria-expanded", if open { "true" } else { "false" });
        let _ = pop.toggle_attribute_with_force("hidden", !open);
    }
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
