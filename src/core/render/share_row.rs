//! A row of share buttons: plain links for networks, buttons for the in-page actions, and
//! Mastodon's control with its server field (`mastodon`).

use super::network_link::{network_link, share_on};
use super::row::ShareRow;
use super::{icons, mastodon, View};
use crate::core::action::Action;
use crate::core::html::Markup;
use crate::core::i18n::Msg;
use crate::core::share::{share_link, with_params, ShareTarget, Shared};

pub(super) fn share_row(m: &mut Markup, v: &View<'_>, row: ShareRow) {
    let targets: Vec<ShareTarget> = v
        .options
        .share
        .iter()
        .copied()
        .filter(|t| *t != ShareTarget::Native || v.options.native_share)
        .collect();
    if targets.is_empty() {
        return;
    }
    let url = with_params(v.page_url(), &v.options.share_params);
    let shared = Shared {
        url: &url,
        title: &v.translation.title,
    };
    let (label_id, row_name) = row.ids();
    m.tag("div")
        .attr("class", "ae-share")
        .attr("role", "group")
        .attr("aria-labelledby", label_id)
        .attr("data-row", row_name)
        .attr("data-url", &url)
        .body(|m| {
            m.tag("span")
                .attr("class", "ae-share-label")
                .attr("id", label_id)
                .attr_opt("lang", v.ui_lang())
                .text(v.ui.get(row.label()));
            let masto = targets.contains(&ShareTarget::Mastodon);
            m.tag("ul").attr("class", "ae-icons").body(|m| {
                for t in targets {
                    m.tag("li").body(|m| match t {
                        ShareTarget::Mastodon => mastodon::control(m, v, row, &shared),
                        _ => target(m, v, t, &shared),
                    });
                }
            });
            if masto {
                mastodon::field(m, v, row);
            }
        });
}

fn target(m: &mut Markup, v: &View<'_>, t: ShareTarget, shared: &Shared<'_>) {
    let name = match t {
        ShareTarget::Native => v.ui.get(Msg::ShareNative).to_owned(),
        ShareTarget::Email => v.ui.get(Msg::ShareEmail).to_owned(),
        ShareTarget::Copy => v.ui.get(Msg::ShareCopy).to_owned(),
        _ => share_on(v, t),
    };
    let ui_lang = v.ui_lang();
    match share_link(t, shared) {
        Some(href) if t != ShareTarget::Email => network_link(m, v, t, &href),
        Some(href) => {
            m.tag("a")
                .url("href", &href)
                .attr("class", "ae-icon-link")
                .action(&Action::Share(t))
                .body(|m| icon_and_name(m, t, ui_lang, &name));
        }
        None => {
            m.tag("button")
                .attr("type", "button")
                .attr("class", "ae-icon-link")
                .action(&Action::Share(t))
                .body(|m| {
                    icon_and_name(m, t, ui_lang, &name);
                    if t == ShareTarget::Copy {
                        m.tag("span")
                            .attr("class", "ae-copied")
                            .attr("data-copied", "")
                            .attr_opt("lang", ui_lang)
                            .attr("aria-hidden", "true")
                            .flag("hidden", true)
                            .text(v.ui.get(Msg::ShareCopied));
                    }
                });
        }
    }
}

/// A target's icon, and its name for screen readers in the UI's language.
fn icon_and_name(m: &mut Markup, t: ShareTarget, ui_lang: Option<&str>, name: &str) {
    icons::share(m, t);
    m.tag("span")
        .attr("class", "ae-vh")
        .attr_opt("lang", ui_lang)
        .text(name);
}
