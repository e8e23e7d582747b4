//! Languages of passages, detected at import with `lingua` (natively only; the widget never
//! detects anything).
//!
//! Only the languages the widget's UI supports are compiled in (Cargo features of `lingua`: the
//! EU's official languages but Maltese, which lingua lacks, plus kk, ru, uk, tr, ar, sw and zh).
//! Each article gets a detector of its own languages plus English (the usual language left
//! untranslated), so only those models are loaded and a Danish paragraph cannot be "detected"
//! as Norwegian. Passages shorter than [`MIN_LETTERS`] letters are not judged: lingua's own
//! figures show accuracy on single words and short phrases falling well below that of
//! sentences, and a wrong tag is worse than none.

use crate::core::article::{Block, BlockKind, Inline};
use crate::core::lang::LangTag;
use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

/// Letters a passage needs before its language is judged (about one short sentence).
pub const MIN_LETTERS: usize = 40;

/// How far apart the two likeliest languages must be (lingua's relative distance, 0–0.99);
/// closer calls are left untagged.
pub const MIN_RELATIVE_DISTANCE: f64 = 0.1;

/// The text of a block that carries no language of its own: runs already tagged
/// (`<span lang="en">`) are left out, so a Swahili sentence with a tagged English quotation is
/// judged on its Swahili.
pub fn untagged_text(b: &Block) -> String {
    fn walk(out: &mut String, inlines: &[Inline]) {
        for i in inlines {
            match i {
                Inline::Text(t) => out.push_str(t),
                Inline::Span { lang: Some(_), .. } => out.push(' '),
                Inline::Span { children, .. } => walk(out, children),
                Inline::Note(_) => {}
            }
        }
    }
    let mut out = String::new();
    for text in b.inline_texts() {
        walk(&mut out, text);
        out.push('\n');
    }
    out
}

/// A detector restricted to one article's languages.
pub struct Detector {
    inner: LanguageDetector,
    known: Vec<(Language, LangTag)>,
}

fn lingua_language(tag: &LangTag) -> Option<Language> {
    let primary = tag.primary().to_ascii_lowercase();
    Language::all()
        .into_iter()
        .find(|l| l.iso_code_639_1().to_string() == primary)
}

impl Detector {
    /// A detector for these languages plus English; `None` when fewer than two of them are
    /// languages lingua knows here (nothing to tell apart).
    pub fn for_languages(langs: &[LangTag]) -> Option<Detector> {
        let mut known: Vec<(Language, LangTag)> = Vec::new();
        let en = LangTag::parse("en")?;
        for tag in langs.iter().chain(std::iter::once(&en)) {
            if let Some(l) = lingua_language(tag) {
                if !known.iter().any(|(k, _)| *k == l) {
                    known.push((l, tag.clone()));
                }
            }
        }
        if known.len() < 2 {
            return None;
        }
        let languages: Vec<Language> = known.iter().map(|(l, _)| *l).collect();
        let inner = LanguageDetectorBuilder::from_languages(&languages)
            .with_minimum_relative_distance(MIN_RELATIVE_DISTANCE)
            .build();
        Some(Detector { inner, known })
    }

    /// Whether the detector can recognise a language (it is one of the article's, and lingua
    /// knows it here).
    pub fn knows(&self, tag: &LangTag) -> bool {
        lingua_language(tag).is_some_and(|l| self.known.iter().any(|(k, _)| *k == l))
    }

    /// The language of a passage, or `None` when it is too short or too close to call.
    pub fn detect(&self, text: &str) -> Option<&LangTag> {
        if text.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
            return None;
        }
        let l = self.inner.detect_language_of(text)?;
        self.known.iter().find(|(k, _)| *k == l).map(|(_, t)| t)
    }

    /// Tags each text block of a body written in `lang` whose text is detected in another
    /// language; returns the ids (or `#<place>`, from 1, for a block without one) of the tagged
    /// blocks with their language.
    pub fn tag_blocks(&self, blocks: &mut [Block], lang: &LangTag) -> Vec<(String, LangTag)> {
        let mut tagged = Vec::new();
        for (i, b) in blocks.iter_mut().enumerate() {
            if b.lang.is_some() || matches!(b.kind, BlockKind::Image { .. } | BlockKind::Ad) {
                continue;
            }
            let text = untagged_text(b);
            if let Some(found) = self.detect(&text) {
                if found.primary() != lang.primary() {
                    b.lang = Some(found.clone());
                    tagged.push((
                        b.id.clone().unwrap_or_else(|| format!("#{}", i + 1)),
                        found.clone(),
                    ));
                }
            }
        }
        tagged
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::html::blocks_from_fragment;
    use crate::import::report::Report;

    #[test]
    fn a_table_or_a_caption_left_in_english_in_a_translation_is_tagged() {
        let html = r#"<p>Biashara kati ya Umoja wa Ulaya na Kazakhstan ilikua kwa kasi mwaka jana, kwa mujibu wa takwimu rasmi.</p>
<figure class="wp-block-table"><table><thead><tr><th>Year</th><th>Exports to the European Union</th></tr></thead><tbody><tr><td>2022</td><td>Crude oil and natural gas, mostly through the pipeline</td></tr></tbody></table><figcaption>Trade in goods between the two partners, in millions of euros</figcaption></figure>
<figure class="wp-block-video"><video src="/v.webm"></video><figcaption>The ministers arrive at the Council building in Luxembourg this morning</figcaption></figure>"#;
        let mut r = Report::default();
        let mut blocks = blocks_from_fragment(html, "https://news.example/sw/", "sw", &mut r);
        let tags = |l: &[&str]| {
            l.iter()
                .map(|t| LangTag::parse(t).unwrap())
                .collect::<Vec<_>>()
        };
        let detector = Detector::for_languages(&tags(&["en", "sw"])).unwrap();
        let tagged = detector.tag_blocks(&mut blocks, &LangTag::parse("sw").unwrap());
        let found: Vec<_> = tagged.iter().map(|(id, l)| format!("{id}:{l}")).collect();
        assert_eq!(found, ["#2:en", "#3:en"]);
        assert!(blocks[0].lang.is_none());
    }
}
