//! "Continue reading": the control of a cut article (WAI-ARIA's disclosure pattern). In the
//! widget, a button (`aria-expanded`, `aria-controls` naming the body and the footer), rendered
//! after the body, that the shell moves to the cut once it has measured where (`cut`); on a
//! prerendered page, a native
//! `<details>` whose content is the rest of the article, cut where the publisher's tool
//! estimated, which opens without script. Both read "Continue reading" closed and "Show less"
//! open: two labels, of which the stylesheet shows the one for the state.

use super::{icons, View};
use crate::core::action::Action;
use crate::core::html::Markup;
use crate::core::i18n::Msg;

fn label(m: &mut Markup, v: &View<'_>) {
    m.tag("span")
        .attr("class", "ae-continue-show")
        .text(v.ui.get(Msg::MoreShow));
    m.tag("span")
        .attr("class", "ae-continue-hide")
        .text(v.ui.get(Msg::MoreHide));
    icons::chevron(m);
}

/// The widget's control, after the whole body, where the shell measures it and from where it
/// moves it to the cut (or hides it, when the article is not longer than the height). Only for
/// an embed with a `max-height`.
pub(super) fn control(m: &mut Markup, v: &View<'_>) {
    if v.options.max_height.is_none() {
        return;
    }
    #[cfg(not(target_arch = "wasm32"))]
    if v.options.prerendered {
        return;
    }
    m.tag("div")
        .attr("class", "ae-continue")
        .attr("data-more", "")
        .body(|m| {
            m.tag("button")
                .attr("type", "button")
                .attr("class", "ae-continue-btn")
                .attr(
                    "aria-expanded",
                    if v.state.expanded { "true" } else { "false" },
                )
                .attr("aria-controls", "ae-body ae-foot")
                .attr_opt("lang", v.ui_lang())
                .action(&Action::ToggleMore)
                .body(|m| label(m, v));
        });
}

/// A prerendered page's cut: the rest of the article (`rest`) in a `<details>`.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn disclosure(m: &mut Markup, v: &View<'_>, rest: impl FnOnce(&mut Markup)) {
    m.tag("details")
        .attr("class", "ae-continue-d")
        .attr("data-more", "")
        .body(|m| {
            m.tag("summary")
                .attr("class", "ae-continue-btn")
                .attr_opt("lang", v.ui_lang())
                .body(|m| label(m, v));
            rest(m);
        });
}
