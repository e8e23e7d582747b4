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

/// The numbers in a text, separators removed, sorted and deduplicated.
pub fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let mut n = String::new();
            while i < chars.len() {
                let c = chars[i];
                let sep = matches!(c, ',' | '.' | '\u{a0}' | '\u{202f}' | '\'' | ' ');
                if c.is_ascii_digit() {
                    n.push(c);
                } else if !(sep && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
                    break;
                }
                i += 1;
            }
            // A sorted insert keeps the list a set without pulling a sort into the wasm.
            if let Err(at) = out.binary_search(&n) {
                out.insert(at, n);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Whether a translated passage looks broken next to its original.
pub fn is_suspect(translated: &str, original: &str) -> bool {
    let artifact = translated
        .split(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        .any(is_artifact);
    artifact || numbers(translated) != numbers(original)
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
}
