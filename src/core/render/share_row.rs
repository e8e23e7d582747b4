//! A row of share buttons: plain links for networks, buttons for the in-page actions, and
//! Mastodon's control with its server field (`mastodon`).

use super::{icons, mastodon, View};
use crate::core::action::Action;
use crate::core::html::{Markup, SafeUrl};
use crate::core::i18n::Msg;
use crate::core::share::{share_link, with_params, ShareTarget, Shared};

/// Which of the two rows: above the body or below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareRow {
    /// Under the headline.
    Top,
    /// After the body.
    Bottom,
}

impl ShareRow {
    fn label(self) -> Msg {
        match self {
            ShareRow::Top => Msg::ShareTop,
            ShareRow::Bottom => Msg::ShareBottom,
        }
    }

    /// The id of the row's label, and the row's name in `data-row`.
    fn ids(self) -> (&'static str, &'static str) {
        match self {
            ShareRow::Top => ("ae-share-top", "top"),
            ShareRow::Bottom => ("ae-share-bottom", "bottom"),
        }
    }

    /// The row's name in `data-row`.
    pub fn name(self) -> &'static str {
        self.ids().1
    }

    /// A CSS selector for the row's element (the shell finds its controls in it).
    pub fn selector(self) -> &'static str {
        match self {
            ShareRow::Top => ".ae-share[data-row=\"top\"]",
            ShareRow::Bottom => ".ae-share[data-row=\"bottom\"]",
        }
    }

    /// The row a control is in, by its `data-row` (the shell reads it back).
    pub fn parse(name: &str) -> Option<ShareRow> {
        [ShareRow::Top, ShareRow::Bottom]
            .into_iter()
            .find(|r| r.ids().1 == name)
    }
}

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

/// A network's name in "Share on …".
pub(super) fn share_on(v: &View<'_>, t: ShareTarget) -> String {
    v.ui.format(Msg::ShareOn, &[("network", t.brand())])
}

/// A network's link: its icon, and its name with "(opens in a new tab)" for screen readers.
pub(super) fn network_link(m: &mut Markup, v: &View<'_>, t: ShareTarget, href: &SafeUrl) {
    m.tag("a")
        .url("href", href)
        .attr("class", "ae-icon-link")
        .action(&Action::Share(t))
        .attr("target", "_blank")
        .attr("rel", "noopener noreferrer")
        .body(|m| {
            icons::share(m, t);
            m.tag("span")
                .attr("class", "ae-vh")
                .attr_opt("lang", v.ui_lang())
                .body(|m| {
                    m.text(&share_on(v, t));
                    m.text(" ");
                    m.text(v.ui.get(Msg::ShareNewTab));
                });
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
                .body(|m| {
                    icons::share(m, t);
                    m.tag("span")
                        .attr("class", "ae-vh")
                        .attr_opt("lang", ui_lang)
                        .text(&name);
                });
        }
        None => {
            m.tag("button")
                .attr("type", "button")
                .attr("class", "ae-icon-link")
                .action(&Action::Share(t))
                .body(|m| {
                    icons::share(m, t);
                    m.tag("span")
                        .attr("class", "ae-vh")
                        .attr_opt("lang", ui_lang)
                        .text(&name);
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
