//! The translations of an article: each read from its source (a REST post or a rendered page)
//! and mapped, or left out with a warning when it cannot be used: no title, no block,
//! password-protected, or written in another language than it is given as. The article is then
//! written with its other languages. Only a source that cannot be read at all (a network error,
//! a missing file, JSON that is not a post) fails the import: the command named something that
//! is not there.

use crate::core::lang::LangTag;
use crate::import::languages::{untagged_text, Detector};
use crate::import::page::parse_page;
use crate::import::part::Part;
use crate::import::report::{LeftOut, Report, Warning};
use crate::import::wordpress::post::parse_post;
use crate::import::wordpress::rest::{parse_json, with_embed, Client, Source};
use crate::import::ImportError;

/// One translation's parts, or `None` (with a warning in the report) when it is unusable.
pub fn fetch(
    client: &Client,
    lang: &LangTag,
    source: &Source,
    report: &mut Report,
) -> Result<Option<Part>, ImportError> {
    let fetched = match source {
        Source::Url(u) if source.is_rest() => Source::Url(with_embed(u)),
        s => s.clone(),
    };
    let name = source.name();
    let text = client.text(&fetched).map_err(|e| e.named(&name))?;
    let part = if text.trim_start().starts_with('{') {
        let j = parse_json(&text, &name)?;
        parse_post(&j, &name, lang.as_str(), report)
            .map(|p| Part::of_post(p, lang.clone(), name.clone()))
    } else {
        parse_page(&text, &name, lang.as_str(), report).map(|page| Part {
            lang: lang.clone(),
            input: name.clone(),
            url: page.url,
            title: page.title,
            lead: None,
            category: None,
            featured: None,
            blocks: page.blocks,
        })
    };
    let reason = match part {
        Ok(p) if p.title.trim().is_empty() => LeftOut::NoTitle,
        Ok(p) => return Ok(Some(p)),
        Err(ImportError::NoContent { .. } | ImportError::NoArticleInPage { .. }) => {
            LeftOut::NoBlock
        }
        Err(ImportError::Protected { .. }) => LeftOut::Protected,
        Err(e) => return Err(e),
    };
    report.warnings.push(Warning::TranslationLeftOut {
        lang: lang.as_str().to_owned(),
        input: name,
        reason,
    });
    Ok(None)
}

/// The translations whose text is in the language they are given as: one that the detector
/// (of the article's languages) confidently reads as another is left out, with a warning. A
/// language the detector does not know is not judged.
pub fn in_their_language(
    parts: Vec<Part>,
    detector: Option<&Detector>,
    report: &mut Report,
) -> Vec<Part> {
    let Some(detector) = detector else {
        return parts;
    };
    parts
        .into_iter()
        .filter(|p| {
            if !detector.knows(&p.lang) {
                return true;
            }
            let text: String = std::iter::once(p.title.clone())
                .chain(p.blocks.iter().map(untagged_text))
                .collect::<Vec<_>>()
                .join("\n");
            match detector.detect(&text) {
                Some(found) if found.primary() != p.lang.primary() => {
                    report.warnings.push(Warning::TranslationLeftOut {
                        lang: p.lang.as_str().to_owned(),
                        input: p.input.clone(),
                        reason: LeftOut::WrongLanguage {
                            detected: found.as_str().to_owned(),
                        },
                    });
                    false
                }
                _ => true,
            }
        })
        .collect()
}

/// Drops from a translation the video and audio (and posters and tracks) that are not on the
/// original's site: the document's media must be first party to the article's canonical URL,
/// and a translation read from another host (a page on a translation service's domain) would
/// bring its own.
pub fn own_media(part: &mut Part, site: &str, report: &mut Report) {
    use crate::core::article::BlockKind;
    use crate::import::html::first_party;
    use crate::import::report::Dropped;
    let ok = |u: &crate::core::html::SafeUrl| first_party(site, u.as_str());
    part.blocks.retain_mut(|b| match &mut b.kind {
        BlockKind::Video(v) if !ok(&v.src) => {
            report.drop(Dropped::Video, v.src.as_str());
            false
        }
        BlockKind::Audio(a) if !ok(&a.src) => {
            report.drop(Dropped::Audio, a.src.as_str());
            false
        }
        BlockKind::Video(v) => {
            if let Some(p) = v.poster.take_if(|p| !ok(p)) {
                report.drop(Dropped::ThirdPartyMedia, p.as_str());
            }
            v.tracks.retain(|t| {
                let keep = ok(&t.src);
                if !keep {
                    report.drop(Dropped::ThirdPartyMedia, t.src.as_str());
                }
                keep
            });
            true
        }
        _ => true,
    });
}
