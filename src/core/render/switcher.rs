//! The language switcher: a disclosure (WAI-ARIA disclosure pattern) whose list holds real
//! links (`href`, `hreflang`, `lang`), so it works as links without script and switches in
//! place with it. Nothing switches while the reader merely moves through it (WCAG 3.2.2).

use super::{icons, View};
use crate::core::action::Action;
use crate::core::article::TranslationSource;
use crate::core::html::Markup;
use crate::core::i18n::Msg;

/// More languages than this get a filter box.
pub const FILTER_ABOVE: usize = 10;

pub(super) fn switcher(m: &mut Markup, v: &View<'_>) {
    let langs = &v.article.languages;
    if langs.len() < 2 {
        return;
    }
    #[cfg(not(target_arch = "wasm32"))]
    if v.options.prerendered {
        return disclosure(m, v);
    }
    let open = v.state.languages_open;
    let current = v.language_name(v.lang);
    m.tag("div").attr("class", "ae-lang").body(|m| {
        m.tag("button")
            .attr("type", "button")
            .attr("class", "ae-lang-btn")
            .attr("aria-expanded", if open { "true" } else { "false" })
            .attr("aria-controls", "ae-lang-list")
            .action(&Action::ToggleLanguages)
            .body(|m| {
                icons::globe(m);
                m.tag("span")
                    .attr("class", "ae-vh")
                    .attr_opt("lang", v.ui_lang())
                    .text(&v.ui.format(Msg::LanguageButton, &[("language", current)]));
                m.tag("span").attr("aria-hidden", "true").text(current);
            });
        m.tag("div")
            .attr("class", "ae-lang-pop")
            .attr("id", "ae-lang-list")
            .flag("hidden", !open)
            .body(|m| {
                if langs.len() > FILTER_ABOVE {
                    m.tag("input")
                        .attr("type", "search")
                        .attr("class", "ae-lang-filter")
                        .attr("data-filter", "")
                        .attr("aria-label", v.ui.get(Msg::LanguageFilter))
                        .attr("placeholder", v.ui.get(Msg::LanguageFilter))
                        .attr("autocomplete", "off")
                        .attr_opt("lang", v.ui_lang())
                        .void();
                    m.tag("p")
                        .attr("class", "ae-lang-none")
                        .attr("data-none", "")
                        .attr_opt("lang", v.ui_lang())
                        .flag("hidden", true)
                        .text(v.ui.get(Msg::LanguageNoMatch));
                }
                m.tag("ul")
                    .attr("aria-label", v.ui.get(Msg::LanguageList))
                    .body(|m| {
                        for l in langs {
                            item(m, v, l);
                        }
                    });
            });
    });
}

/// The switcher of a prerendered page: a native disclosure, which opens without script, over
/// the same list of links; no filter box, which would need script.
#[cfg(not(target_arch = "wasm32"))]
fn disclosure(m: &mut Markup, v: &View<'_>) {
    let current = v.language_name(v.lang);
    m.tag("details").attr("class", "ae-lang").body(|m| {
        m.tag("summary").attr("class", "ae-lang-btn").body(|m| {
            icons::globe(m);
            m.tag("span")
                .attr("class", "ae-vh")
                .attr_opt("lang", v.ui_lang())
                .text(&v.ui.format(Msg::LanguageButton, &[("language", current)]));
            m.tag("span").attr("aria-hidden", "true").text(current);
        });
        m.tag("div")
            .attr("class", "ae-lang-pop")
            .attr("id", "ae-lang-list")
            .body(|m| {
                m.tag("ul")
                    .attr("aria-label", v.ui.get(Msg::LanguageList))
                    .body(|m| {
                        for l in &v.article.languages {
                            item(m, v, l);
                        }
                    });
            });
    });
}

fn item(m: &mut Markup, v: &View<'_>, l: &crate::core::lang::LangTag) {
    let (url, mt) = match v.article.source(l) {
        Some(TranslationSource::Inline(t)) => (t.url.as_ref(), t.machine_translated),
        Some(TranslationSource::Remote {
            machine_translated, ..
        }) => (None, *machine_translated),
        None => (None, false),
    };
    let href = url.unwrap_or(&v.article.url);
    let current = l == v.lang;
    let name = v.language_name(l);
    m.tag("li").body(|m| {
        m.tag("a")
            .url("href", href)
            .attr("hreflang", l.as_str())
            .attr("lang", l.as_str())
            .attr("dir", l.dir().as_str())
            .action(&Action::SwitchLanguage(l.clone()))
            .attr("data-name", &format!("{name} {l}"))
            .attr_opt("aria-current", current.then_some("true"))
            .body(|m| {
                m.tag("span").attr("class", "ae-lang-name").text(name);
                if current {
                    icons::check(m);
                    m.tag("span")
                        .attr("class", "ae-vh")
                        .attr("lang", v.ui.lang().as_str())
                        .text(&format!(", {}", v.ui.get(Msg::LanguageCurrent)));
                }
                if mt {
                    m.tag("span")
                        .attr("class", "ae-badge")
                        .attr("lang", v.ui.lang().as_str())
                        .text(v.ui.get(Msg::MachineTranslated));
                }
            });
    });
}
