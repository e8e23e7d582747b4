//! The widget's stylesheet as a prerendered page carries it: sized in the widget's own rem, not
//! the host page's.
//!
//! `www/widget.css` is written in `rem`, which is the host page's root font size: a page with
//! `html { font-size: 62.5% }` would shrink a snippet to 10 px text. So each `<n>rem` becomes
//! `calc(<n> * var(--ae-rem))`, with `--ae-rem` computed on the host from `font-size: medium`,
//! the reader's own default size. This module is the one rewrite: the browser build takes its
//! stylesheet from it too (`tools/root-sized-css.rs`, run by `scripts/build.mjs`), so the
//! snippet and the widget that hydrates it size everything the same. In the browser the loader
//! registers `--ae-rem` as an inherited length (`www/loader.js`, with the stylesheet, before a
//! pinned fragment is painted or a widget mounted); a snippet has no script, so an `@property`
//! rule does, which a shadow tree ignores: it goes beside the template, in the light DOM, where
//! it applies to the whole document ([`ROOT_SIZE_PROPERTY`]).

use std::sync::OnceLock;

/// The widget's stylesheet, as `www/widget.css` has it.
pub const WIDGET_CSS: &str = include_str!("../../www/widget.css");

/// Registers `--ae-rem` for the whole document (as the loader's `CSS.registerProperty` does).
pub const ROOT_SIZE_PROPERTY: &str =
    "@property --ae-rem{syntax:\"<length>\";inherits:true;initial-value:16px}";

/// The host's own size, whatever the page says, and `--ae-rem` computed from it.
const ROOT_SIZE_HOST: &str = ":host{font-size:medium!important;--ae-rem:1em}\n";

/// [`WIDGET_CSS`] sized in the widget's own rem, made once.
pub fn root_sized_widget_css() -> &'static str {
    static CSS: OnceLock<String> = OnceLock::new();
    CSS.get_or_init(|| format!("{ROOT_SIZE_HOST}{}", root_sized(WIDGET_CSS)))
}

/// Every `<number>rem` of `css` as `calc(<number>*var(--ae-rem))`, a sign kept inside; the rest
/// as it is (a `rem` inside a name, `.h2rem` or `--x-1rem`, is not a length).
pub fn root_sized(css: &str) -> String {
    let b = css.as_bytes();
    let in_name = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
    let mut out = String::with_capacity(css.len() + css.len() / 4);
    let (mut copied, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        // A sign after a name character is a hyphen in that name (`a-1rem`, `--x-1rem`).
        let signed = i > 0 && matches!(b[i - 1], b'-' | b'+') && (i < 2 || !in_name(b[i - 2]));
        let mid_name = i > 0 && !signed && (in_name(b[i - 1]) || b[i - 1] == b'.');
        if !(c.is_ascii_digit() || c == b'.') || mid_name {
            i += 1;
            continue;
        }
        let mut start = i;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
            i += 1;
        }
        let unit = i + 3;
        let is_rem = css.get(i..unit) == Some("rem") && b.get(unit).is_none_or(|&c| !in_name(c));
        if !is_rem {
            continue;
        }
        if signed {
            start -= 1;
        }
        out.push_str(&css[copied..start]);
        out.push_str("calc(");
        out.push_str(&css[start..i]);
        out.push_str("*var(--ae-rem))");
        i = unit;
        copied = i;
    }
    out.push_str(&css[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rem_is_the_widgets_own() {
        assert_eq!(
            root_sized("a{margin:1rem .5rem 0;padding:1.25rem}"),
            "a{margin:calc(1*var(--ae-rem)) calc(.5*var(--ae-rem)) 0;padding:calc(1.25*var(--ae-rem))}"
        );
        assert_eq!(
            root_sized("b{gap:-2rem;width:calc(100% - 3rem)}"),
            "b{gap:calc(-2*var(--ae-rem));width:calc(100% - calc(3*var(--ae-rem)))}"
        );
    }

    #[test]
    fn anything_else_stays_as_it_is() {
        for css in [
            "a{font-size:1em;line-height:1.5;width:2px}",
            ".h2rem{x:1}",
            "a{x:1remx}",
            "#ae-1rem{color:red}",
            "--x-1rem:0",
            "@media (min-width:40em){a{b:c}}",
        ] {
            assert_eq!(root_sized(css), css);
        }
    }

    #[test]
    fn the_widget_stylesheet_has_no_rem_left() {
        let css = root_sized_widget_css();
        assert!(css.starts_with(":host{font-size:medium!important;--ae-rem:1em}"));
        let left = css.match_indices("rem").filter(|(i, _)| {
            css.as_bytes()
                .get(i.saturating_sub(1))
                .is_some_and(u8::is_ascii_digit)
        });
        assert_eq!(left.count(), 0, "a rem the rewrite missed");
        assert!(WIDGET_CSS.contains("rem"), "the source is written in rem");
    }
}
