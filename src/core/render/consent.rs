//! The consent banner and the privacy-settings control. The banner sits in the article's flow
//! (never over it, never taking focus on load); "Accept all", "Reject all" and "Choose" are
//! the same kind of button, equally prominent.

use super::View;
use crate::core::action::{Action, ConsentAction};
use crate::core::article::BlockKind;
use crate::core::consent::{Banner, Category};
use crate::core::html::Markup;
use crate::core::i18n::Msg;

fn names(c: Category) -> (Msg, Msg) {
    match c {
        Category::Advertising => (Msg::ConsentAdvertising, Msg::ConsentAdvertisingDesc),
        Category::Media => (Msg::ConsentMedia, Msg::ConsentMediaDesc),
    }
}

/// The providers of the shown translation's players, each once (`YouTube, Vimeo`).
fn providers(v: &View<'_>) -> String {
    let mut names: Vec<&str> = Vec::new();
    for b in &v.translation.blocks {
        if let BlockKind::Embed(e) = &b.kind {
            if !names.contains(&e.provider.label()) {
                names.push(e.provider.label());
            }
        }
    }
    crate::core::text::join(names, ", ")
}

pub(super) fn banner(m: &mut Markup, v: &View<'_>) {
    let c = &v.consent;
    if c.banner == Banner::Hidden || c.used.is_empty() {
        return;
    }
    let choosing = c.banner == Banner::Choosing;
    let publisher = v.article.publisher.name.as_str();
    m.tag("section")
        .attr("class", "ae-consent")
        .attr("aria-labelledby", "ae-consent-h")
        .attr("data-consent", if choosing { "choosing" } else { "asking" })
        .attr_opt("lang", v.ui_lang())
        .body(|m| {
            m.tag("h3")
                .attr("class", "ae-consent-h")
                .attr("id", "ae-consent-h")
                .attr("tabindex", "-1")
                .text(v.ui.get(Msg::ConsentTitle));
            m.tag("p").text(v.ui.get(Msg::ConsentIntro));
            if c.gpc {
                m.tag("p")
                    .attr("class", "ae-gpc")
                    .text(v.ui.get(Msg::ConsentGpc));
            }
            if choosing {
                m.tag("ul").attr("class", "ae-cats").body(|m| {
                    m.tag("li").body(|m| {
                        m.tag("input")
                            .attr("type", "checkbox")
                            .attr("id", "ae-cat-necessary")
                            .attr("aria-describedby", "ae-cat-necessary-d")
                            .flag("checked", true)
                            .flag("disabled", true)
                            .void();
                        m.tag("label").attr("for", "ae-cat-necessary").body(|m| {
                            m.text(v.ui.get(Msg::ConsentNecessary));
                            m.text(" · ");
                            m.tag("span")
                                .attr("class", "ae-muted")
                                .text(v.ui.get(Msg::ConsentAlwaysOn));
                        });
                        m.tag("p")
                            .attr("id", "ae-cat-necessary-d")
                            .text(v.ui.get(Msg::ConsentNecessaryDesc));
                    });
                    for cat in &c.used {
                        let (name, desc) = names(*cat);
                        let id = format!("ae-cat-{}", cat.id());
                        let desc_id = format!("{id}-d");
                        m.tag("li").body(|m| {
                            m.tag("input")
                                .attr("type", "checkbox")
                                .attr("id", &id)
                                .attr("data-category", cat.id())
                                .attr("aria-describedby", &desc_id)
                                .flag("checked", c.choices.allows(*cat))
                                .void();
                            m.tag("label").attr("for", &id).text(v.ui.get(name));
                            let args = match cat {
                                Category::Advertising => [("publisher", publisher.to_owned())],
                                Category::Media => [("providers", providers(v))],
                            };
                            let args = args.each_ref().map(|(k, a)| (*k, a.as_str()));
                            m.tag("p")
                                .attr("id", &desc_id)
                                .text(&v.ui.format(desc, &args));
                        });
                    }
                });
            }
            m.tag("div").attr("class", "ae-consent-actions").body(|m| {
                let button = |m: &mut Markup, action: ConsentAction, label: Msg| {
                    m.tag("button")
                        .attr("type", "button")
                        .attr("class", "ae-btn")
                        .action(&Action::Consent(action))
                        .text(v.ui.get(label));
                };
                button(m, ConsentAction::AcceptAll, Msg::ConsentAcceptAll);
                button(m, ConsentAction::RejectAll, Msg::ConsentRejectAll);
                if choosing {
                    button(m, ConsentAction::Save, Msg::ConsentSave);
                } else {
                    button(m, ConsentAction::Choose, Msg::ConsentChoose);
                }
            });
        });
}

/// The small control that reopens the choices, in every widget that uses a category.
pub(super) fn settings_control(m: &mut Markup, v: &View<'_>) {
    if v.consent.used.is_empty() || !v.consent.manageable {
        return;
    }
    m.tag("p")
        .attr("class", "ae-privacy")
        .attr_opt("lang", v.ui_lang())
        .body(|m| {
            m.tag("button")
                .attr("type", "button")
                .attr("class", "ae-linkbtn")
                .action(&Action::OpenPrivacy)
                .text(v.ui.get(Msg::ConsentSettings));
        });
}
