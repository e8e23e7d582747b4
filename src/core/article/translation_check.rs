//! Honest translations: finds machine-translated passages that are probably broken, by
//! comparing each with the block of the same id in the original.
//!
//! Two signals, both cheap and language-independent:
//! - the placeholder artifact some MT pipelines leave for numbers (`XNUMX`, `NUMX`, …);
//! - numbers that differ from the original's, after normalising separators (`27,000`,
//!   `27.000` and `27 000` are the same number; `68.44 %` and `68.44%` too).
//!
//! The widget never "repairs" a translation: it offers the original passage next to it.

use super::{Block, Translation};

/// Whether a token is an MT number placeholder: an all-caps ASCII word containing `NUM`.
fn is_artifact(token: &str) -> bool {
    token.len() >= 4
        && crate::core::text::contains(token, "NUM")
        && token.chars().all(|c| c.is_ascii_uppercase())
}

/// The numbers in a text, separators removed, each once, in the order they first appear.
pub fn numbers(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(first) = chars.next() {
        if !first.is_ascii_digit() {
            continue;
        }
        let mut n = String::from(first);
        while let Some(c) = chars.next() {
            let sep = matches!(c, ',' | '.' | '\u{a0}' | '\u{202f}' | '\'' | ' ');
            if c.is_ascii_digit() {
                n.push(c);
            } else if !(sep && chars.peek().is_some_and(|d| d.is_ascii_digit())) {
                break;
            }
        }
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// Whether two texts hold the same numbers, in any order. Compared as sets, so that no sort
/// is pulled into the wasm.
fn same_numbers(a: &str, b: &str) -> bool {
    let (a, b) = (numbers(a), numbers(b));
    a.len() == b.len() && a.iter().all(|n| b.contains(n))
}

/// Whether a translated passage looks broken next to its original.
pub fn is_suspect(translated: &str, original: &str) -> bool {
    let artifact = translated
        .split(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        .any(is_artifact);
    artifact || !same_numbers(translated, original)
}

/// The suspect blocks of a machine translation, each with the original block of the same id.
pub fn suspect_blocks<'a>(
    translation: &'a Translation,
    original: &'a Translation,
) -> Vec<(&'a Block, &'a Block)> {
    if !translation.machine_translated {
        return Vec::new();
    }
    translation
        .blocks
        .iter()
        .filter_map(|b| {
            let id = b.id.as_ref()?;
            let o = original.blocks.iter().find(|o| o.id.as_ref() == Some(id))?;
            let (t, ot) = (join_units(b), join_units(o));
            (b.lang.is_none() && !t.is_empty() && is_suspect(&t, &ot)).then_some((b, o))
        })
        .collect()
}

fn join_units(b: &Block) -> String {
    crate::core::text::join(b.text_units().iter().map(String::as_str), "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_danish_xnumx_sentence_is_flagged() {
        let da = "Kasakhstans løfte om at nå CO2060-neutralitet velkommen inden XNUMX velkommen.";
        let en = "Kazakhstan's pledge to achieve carbon neutrality by 2060.";
        assert!(is_suspect(da, en));
    }

    #[test]
    fn separators_do_not_matter_but_values_do() {
        let en = "An estimated 27,000 companies; turnout of 68.44%.";
        assert!(!is_suspect(
            "Det anslås, at 27,000 virksomheder; 68.44 %.",
            en
        ));
        assert!(!is_suspect(
            "Det anslås, at 27.000 virksomheder; 68,44 %.",
            en
        ));
        assert!(is_suspect(
            "Det anslås, at 28,000 virksomheder; 68.44 %.",
            en
        ));
    }

    #[test]
    fn the_same_numbers_in_another_order_or_repeated_are_not_suspect() {
        let en = "From 1,200 to 300 in 2022.";
        assert!(!is_suspect("I 2022: fra 1.200 til 300, 300.", en));
        assert!(is_suspect("I 2022: fra 1.200 til 30.", en));
        assert_eq!(numbers(en), ["1200", "300", "2022"]);
    }
}
