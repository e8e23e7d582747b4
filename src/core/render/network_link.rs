//! A network's link in a share row: its icon, and its name ("Share on …", "(opens in a new
//! tab)") for screen readers.

use super::{icons, View};
use crate::core::action::Action;
use crate::core::html::{Markup, SafeUrl};
use crate::core::i18n::Msg;
use crate::core::share::ShareTarget;

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
