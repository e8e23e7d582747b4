//! Mastodon in a share row. It has no central host, so the widget asks the reader once for
//! their server, in a small form under the row (a disclosure: the Mastodon button says whether
//! it is open and names it), remembers it, and from then on Mastodon is a link to that server's
//! share page, with a control beside it to change the server. Checking and remembering are the
//! shell's (`core::share::server` says what a server name may be); nothing is sent anywhere
//! before the reader shares.

use super::network_link::{network_link, share_on};
use super::row::ShareRow;
use super::{icons, View};
use crate::core::action::Action;
use crate::core::html::Markup;
use crate::core::i18n::Msg;
use crate::core::share::{mastodon_link, ShareTarget, Shared};

/// Mastodon's control in `row`: a link to the remembered server's share page with the "change
/// server" control beside it, or a button that opens the server field.
pub(super) fn control(m: &mut Markup, v: &View<'_>, row: ShareRow, shared: &Shared<'_>) {
    let ids = row.mastodon_ids();
    let open = if v.state.mastodon_open == Some(row) {
        "true"
    } else {
        "false"
    };
    let ui_lang = v.ui_lang();
    let Some(server) = &v.state.mastodon else {
        m.tag("button")
            .attr("type", "button")
            .attr("class", "ae-icon-link")
            .attr("aria-expanded", open)
            .attr("aria-controls", ids.form)
            .action(&Action::Share(ShareTarget::Mastodon))
            .body(|m| {
                icons::share(m, ShareTarget::Mastodon);
                m.tag("span")
                    .attr("class", "ae-vh")
                    .attr_opt("lang", ui_lang)
                    .text(&share_on(v, ShareTarget::Mastodon));
            });
        return;
    };
    network_link(m, v, ShareTarget::Mastodon, &mastodon_link(server, shared));
    // Its visible text is the server's name, which its accessible name contains.
    m.tag("button")
        .attr("type", "button")
        .attr("class", "ae-icon-link ae-masto-change")
        .attr("aria-expanded", open)
        .attr("aria-controls", ids.form)
        .action(&Action::ChangeMastodon)
        .body(|m| {
            icons::edit(m);
            m.tag("span")
                .attr("class", "ae-vh")
                .attr_opt("lang", ui_lang)
                .text(
                    &v.ui
                        .format(Msg::MastodonChange, &[("server", server.as_str())]),
                );
            m.tag("span")
                .attr("aria-hidden", "true")
                .attr("dir", "ltr")
                .text(server.as_str());
        });
}

/// The server field of `row`, hidden until its control opens it: a labelled group, not a
/// `<form>`, so that nothing can submit the host page (Enter in the field and the button are
/// the shell's). The field's value is the remembered server, to change.
pub(super) fn field(m: &mut Markup, v: &View<'_>, row: ShareRow) {
    let ids = row.mastodon_ids();
    let ui_lang = v.ui_lang();
    let remembered = v.state.mastodon.as_ref().map_or("", |s| s.as_str());
    m.tag("div")
        .attr("class", "ae-masto")
        .attr("id", ids.form)
        .attr("role", "group")
        .attr("aria-labelledby", ids.label)
        .attr("data-masto", "")
        .attr_opt("lang", ui_lang)
        .flag("hidden", v.state.mastodon_open != Some(row))
        .body(|m| {
            m.tag("label")
                .attr("id", ids.label)
                .attr("for", ids.input)
                .text(v.ui.get(Msg::MastodonServer));
            m.tag("div").attr("class", "ae-masto-row").body(|m| {
                m.tag("input")
                    .attr("id", ids.input)
                    .attr("type", "text")
                    .attr("inputmode", "url")
                    .attr("autocomplete", "off")
                    .attr("autocapitalize", "none")
                    .attr("spellcheck", "false")
                    .attr("dir", "ltr")
                    .attr("aria-describedby", ids.hint)
                    .attr("data-masto-input", "")
                    .attr("value", remembered)
                    .void();
                m.tag("button")
                    .attr("type", "button")
                    .attr("class", "ae-btn")
                    .action(&Action::SubmitMastodon)
                    .text(&share_on(v, ShareTarget::Mastodon));
                m.tag("button")
                    .attr("type", "button")
                    .attr("class", "ae-linkbtn")
                    .action(&Action::CancelMastodon)
                    .text(v.ui.get(Msg::MastodonCancel));
            });
            m.tag("p")
                .attr("class", "ae-masto-hint")
                .attr("id", ids.hint)
                .text(v.ui.get(Msg::MastodonHint));
            m.tag("p")
                .attr("class", "ae-masto-err")
                .attr("id", ids.error)
                .attr("data-masto-error", "")
                .flag("hidden", true)
                .text(v.ui.get(Msg::MastodonInvalid));
        });
}
