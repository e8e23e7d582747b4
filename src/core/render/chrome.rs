//! The article's chrome around the body: follow-us, kicker, headline, byline and date,
//! machine-translation notice, disclaimer and trending list.

use super::{icons, View};
use crate::core::action::Action;
use crate::core::article::Link;
use crate::core::html::Markup;
use crate::core::i18n::Msg;

pub(super) fn follow_us(m: &mut Markup, v: &View<'_>) {
    let links = &v.article.publisher.follow;
    if links.is_empty() {
        return;
    }
    let label = v.ui.get(Msg::FollowUs);
    m.tag("nav")
        .attr("class", "ae-follow")
        .attr("aria-label", label)
        .attr_opt("lang", v.ui_lang())
        .body(|m| {
            m.tag("span")
                .attr("class", "ae-follow-label")
                .attr("aria-hidden", "true")
                .text(label);
            m.tag("ul").attr("class", "ae-icons").body(|m| {
                for l in links {
                    m.tag("li").body(|m| {
                        m.tag("a")
                            .url("href", &l.url)
                            .attr("target", "_blank")
                            .attr("rel", "noopener noreferrer")
                            .attr("class", "ae-icon-link")
                            .body(|m| {
                                icons::follow(m, l.network);
                                m.tag("span").attr("class", "ae-vh").text(l.network.label());
                            });
                    });
                }
            });
        });
}

pub(super) fn headline(m: &mut Markup, v: &View<'_>) {
    let t = v.translation;
    if let Some(c) = &t.category {
        m.tag("p").attr("class", "ae-kicker").text(c);
    }
    m.tag("h2")
        .attr("class", "ae-title")
        .attr("id", "ae-title")
        .text(&t.title);
    if let Some(lead) = &t.lead {
        m.tag("p").attr("class", "ae-lead").text(lead);
    }
    m.tag("p")
        .attr("class", "ae-meta")
        .attr_opt("lang", v.ui_lang())
        .body(|m| {
            if let Some(author) = &v.article.author {
                m.tag("span")
                    .attr("class", "ae-byline")
                    .text(&v.ui.format(Msg::Byline, &[("author", author)]));
            }
            m.tag("time")
                .attr("class", "ae-date")
                .attr("datetime", v.article.published.as_str())
                .text(&v.ui.format(Msg::Published, &[("date", &v.date_text)]));
        });
}

pub(super) fn mt_notice(m: &mut Markup, v: &View<'_>) {
    if !v.translation.machine_translated {
        return;
    }
    let from = v.article.translated_from(v.translation);
    m.tag("p")
        .attr("class", "ae-mt")
        .attr("role", "note")
        .attr_opt("lang", v.ui_lang())
        .body(|m| {
            m.text(
                &v.ui
                    .format(Msg::MtNotice, &[("language", v.language_name_in_ui(from))]),
            );
            if from != v.lang && v.article.languages.contains(from) {
                m.text(" ");
                m.tag("a")
                    .url("href", original_url(v, from))
                    .attr("hreflang", from.as_str())
                    .action(&Action::SwitchLanguage(from.clone()))
                    .attr("class", "ae-link")
                    .text(v.ui.get(Msg::MtShowOriginal));
            }
        });
}

fn original_url<'a>(
    v: &'a View<'_>,
    lang: &crate::core::lang::LangTag,
) -> &'a crate::core::html::SafeUrl {
    v.article
        .translation(lang)
        .and_then(|t| t.url.as_ref())
        .unwrap_or(&v.article.url)
}

pub(super) fn disclaimer(m: &mut Markup, v: &View<'_>) {
    let Some(text) = &v.translation.disclaimer else {
        return;
    };
    m.tag("aside")
        .attr("class", "ae-disclaimer")
        .attr("aria-labelledby", "ae-disclaimer-h")
        .body(|m| {
            m.tag("h3")
                .attr("class", "ae-small-h")
                .attr("id", "ae-disclaimer-h")
                .attr_opt("lang", v.ui_lang())
                .text(v.ui.get(Msg::DisclaimerHeading));
            m.tag("p").text(text);
        });
}

pub(super) fn trending(m: &mut Markup, v: &View<'_>) {
    let items: &[Link] = v
        .translation
        .trending
        .as_deref()
        .unwrap_or(&v.article.trending);
    if items.is_empty() {
        return;
    }
    m.tag("nav")
        .attr("class", "ae-trending")
        .attr("aria-labelledby", "ae-trending-h")
        .body(|m| {
            m.tag("h3")
                .attr("class", "ae-small-h")
                .attr("id", "ae-trending-h")
                .attr_opt("lang", v.ui_lang())
                .text(v.ui.get(Msg::Trending));
            m.tag("ol").body(|m| {
                for item in items {
                    let lang = item
                        .lang
                        .as_ref()
                        .filter(|l| *l != v.lang)
                        .map(|l| l.as_str());
                    m.tag("li").attr_opt("lang", lang).body(|m| {
                        m.tag("a")
                            .url("href", &item.url)
                            .attr("target", "_blank")
                            .attr("rel", "noopener noreferrer")
                            .text(&item.title);
                    });
                }
            });
        });
}
