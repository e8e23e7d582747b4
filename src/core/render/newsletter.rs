//! The publisher's newsletter: a call to action after the article that opens the publisher's
//! own sign-up page in a new tab, where their form, consent and double opt-in apply. The widget
//! never asks for an e-mail address: a host page should not collect addresses for a third
//! party. The publisher's notice for the shown language follows it, as the publisher wrote it.

use super::View;
use crate::core::html::Markup;
use crate::core::i18n::Msg;

pub(super) fn call_to_action(m: &mut Markup, v: &View<'_>) {
    let Some(url) = &v.article.publisher.newsletter else {
        return;
    };
    let ui_lang = v.ui_lang();
    m.tag("aside")
        .attr("class", "ae-newsletter")
        .attr("aria-labelledby", "ae-newsletter-h")
        .body(|m| {
            m.tag("h3")
                .attr("class", "ae-small-h")
                .attr("id", "ae-newsletter-h")
                .attr_opt("lang", ui_lang)
                .text(v.ui.get(Msg::NewsletterHeading));
            m.tag("p").body(|m| {
                m.tag("a")
                    .url("href", url)
                    .attr("class", "ae-cta")
                    .attr("target", "_blank")
                    .attr("rel", "noopener noreferrer")
                    .attr_opt("lang", ui_lang)
                    .body(|m| {
                        m.tag("span").text(&v.ui.format(
                            Msg::NewsletterSignup,
                            &[("publisher", &v.article.publisher.name)],
                        ));
                        m.tag("span").attr("class", "ae-vh").body(|m| {
                            m.text(" ");
                            m.text(v.ui.get(Msg::ShareNewTab));
                        });
                    });
            });
            if let Some(notice) = &v.translation.newsletter_notice {
                m.tag("p")
                    .attr("class", "ae-newsletter-notice")
                    .text(notice);
            }
        });
}
