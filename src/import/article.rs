//! One article from its parts: the original post and its translations, aligned, tagged,
//! checked by the core's own validator, written as the format's files.

use crate::core::article::translation_check::suspect_blocks;
use crate::core::article::BlockType;
use crate::core::article::{
    validate_document, validate_translation, Block, DateTime, Translation, Validated,
    ValidationError,
};
use crate::core::html::SafeUrl;
use crate::core::json::Json;
use crate::core::lang::LangTag;
use crate::core::url::resolve;
use crate::import::align::{align, assign_ids, place_ad};
use crate::import::document::{to_string, translation_json};
use crate::import::headline::headline;
use crate::import::languages::Detector;
use crate::import::part::Part;
use crate::import::report::{Report, Warning};
use crate::import::translation::{fetch, in_their_language, own_media};
use crate::import::wordpress::post::{parse_post, Post};
use crate::import::wordpress::rest::{index_url, parse_json, Client, Source};
use crate::import::ImportError;

/// Where the ad slot goes when `--ad-after` is not given: after the fourth paragraph, below
/// the fold of a phone and before most readers stop (the seed articles place it after the
/// fourth and the seventh).
pub const DEFAULT_AD_AFTER: usize = 4;

/// Choices for one import.
#[derive(Debug, Clone)]
pub struct Options {
    /// The original's language (WordPress does not say).
    pub language: LangTag,
    /// Languages to mark machine translated.
    pub machine_translated: Vec<LangTag>,
    /// Paragraphs before the ad slot; 0 for none.
    pub ad_after: usize,
    /// The publisher's name, instead of the site's.
    pub publisher: Option<String>,
    /// The publisher's newsletter sign-up page (`publisher.newsletter.url`).
    pub newsletter: Option<SafeUrl>,
}

/// The publisher of a site.
#[derive(Debug, Clone)]
pub struct Publisher {
    /// Name shown in the widget.
    pub name: String,
    /// Home page.
    pub url: Option<SafeUrl>,
    /// The newsletter's sign-up page (the import's `--newsletter`).
    pub newsletter: Option<SafeUrl>,
}

impl Publisher {
    /// The site's name and home from the REST API's index (`name`, `home`), else the host of
    /// the post's link.
    pub fn of_site(client: &Client, post: &Source, link: &SafeUrl) -> Publisher {
        let index = match post {
            Source::Url(u) => index_url(u).and_then(|i| client.get(&i).ok()),
            Source::File(_) => None,
        };
        let index = index.and_then(|f| parse_json(&f.body, "").ok());
        Publisher::from_index(index.as_ref(), link)
    }

    /// From a parsed REST index, or the link's host when it has no name.
    pub fn from_index(index: Option<&Json>, link: &SafeUrl) -> Publisher {
        let get = |k| {
            index
                .and_then(|j| j.get(k))
                .and_then(Json::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let origin = link
            .as_str()
            .splitn(4, '/')
            .take(3)
            .collect::<Vec<_>>()
            .join("/");
        let host = origin.rsplit('/').next().unwrap_or(&origin).to_owned();
        Publisher {
            name: get("name").map_or(host, crate::import::wordpress::post::html_text),
            url: SafeUrl::parse(&get("home").map_or(format!("{origin}/"), |h| {
                format!("{}/", h.trim_end_matches('/'))
            })),
            newsletter: None,
        }
    }
}

/// The files of one article and its report.
#[derive(Debug)]
pub struct Output {
    /// File name (`article.json`, `da.json` …) and contents.
    pub files: Vec<(String, String)>,
    /// What was kept, dropped and warned about.
    pub report: Report,
}

/// Imports one post with its translations (`--post`).
pub fn import_post(
    client: &Client,
    post: &Source,
    translations: &[(LangTag, Source)],
    opts: &Options,
) -> Result<Output, ImportError> {
    let mut report = Report {
        input: post.name(),
        ..Report::default()
    };
    let json = client.post_json(post)?;
    let original = parse_post(&json, &post.name(), opts.language.as_str(), &mut report)?;
    report.modified_gmt.clone_from(&original.modified_gmt);
    let publisher = match &opts.publisher {
        Some(name) => Publisher {
            name: name.clone(),
            url: None,
            newsletter: None,
        },
        None => Publisher::of_site(client, post, &original.link),
    };
    let mut parts = Vec::new();
    for (lang, source) in translations {
        parts.extend(fetch(client, lang, source, &mut report)?);
    }
    assemble(original, parts, &publisher, opts, report)
}

/// Aligns, tags, checks and writes an article: an untitled original gets a [`headline`]; a
/// translation in another language than it is given as is left out; the others are aligned
/// with the original (a warning says how far, for one that is not block for block).
pub fn assemble(
    original: Post,
    translations: Vec<Part>,
    publisher: &Publisher,
    opts: &Options,
    mut report: Report,
) -> Result<Output, ImportError> {
    let link = original.link.clone();
    let published = original.published.clone();
    // WordPress's `modified_gmt`, when it is a valid time after the publication (WordPress
    // writes it equal to `date_gmt` for a post never edited): the document's `modified`.
    let modified = original
        .modified_gmt
        .as_deref()
        .map(|m| {
            if m.ends_with('Z') {
                m.to_owned()
            } else {
                format!("{m}Z")
            }
        })
        .filter(|m| DateTime::parse(m).is_some() && m.as_str() > published.as_str());
    let author = original.author.clone();
    let input = report.input.clone();
    let mut orig = Part::of_post(original, opts.language.clone(), input.clone());
    orig.url = None; // the document's own url
    if orig.title.trim().is_empty() {
        orig.title = headline(&orig.blocks, &published);
        report.warnings.push(Warning::Untitled {
            lang: orig.lang.as_str().into(),
            headline: orig.title.clone(),
        });
    }
    assign_ids(&mut orig.blocks);
    let langs: Vec<LangTag> = std::iter::once(orig.lang.clone())
        .chain(translations.iter().map(|p| p.lang.clone()))
        .collect();
    let detector = Detector::for_languages(&langs);
    let mut parts = in_their_language(translations, detector.as_ref(), &mut report);
    for t in &mut parts {
        own_media(t, link.as_str(), &mut report);
        let a = align(&orig.blocks, &mut t.blocks);
        if !a.exact {
            report.warnings.push(Warning::Realigned {
                lang: t.lang.as_str().into(),
                aligned: a.aligned,
                blocks: a.blocks,
                original: a.original,
            });
        }
    }
    if let Some(detector) = &detector {
        for p in std::iter::once(&mut orig).chain(parts.iter_mut()) {
            for (id, found) in detector.tag_blocks(&mut p.blocks, &p.lang) {
                report.warnings.push(Warning::TaggedLanguage {
                    lang: p.lang.as_str().into(),
                    id,
                    detected: found.as_str().into(),
                });
            }
        }
    }
    for p in &mut parts {
        if p.featured.is_none() {
            if let Some(f) = &orig.featured {
                let mut f = f.clone();
                f.lang = Some(orig.lang.clone());
                p.featured = Some(f);
                report.warnings.push(Warning::FeaturedImageFromOriginal {
                    lang: p.lang.as_str().into(),
                });
            }
        }
    }
    let finish = |p: Part, machine: bool, from: Option<LangTag>| {
        let mut blocks: Vec<Block> = p.featured.into_iter().collect();
        blocks.extend(p.blocks);
        place_ad(&mut blocks, opts.ad_after);
        Translation {
            url: p.url,
            title: p.title,
            lead: p.lead,
            category: p.category,
            machine_translated: machine,
            translated_from: from,
            disclaimer: None,
            newsletter_notice: None,
            trending: None,
            blocks,
        }
    };
    let orig_lang = orig.lang.clone();
    let original = finish(orig, false, None);
    let mut done: Vec<(LangTag, Translation)> = Vec::new();
    for p in parts {
        let lang = p.lang.clone();
        let machine = opts.machine_translated.contains(&lang);
        let t = finish(p, machine, machine.then(|| orig_lang.clone()));
        // The widget checks machine translations; the import warns for every translation.
        let mut check = t.clone();
        check.machine_translated = true;
        for (b, _) in suspect_blocks(&check, &original) {
            let id = b.id.clone().unwrap_or_default();
            report.warnings.push(Warning::SuspectPassage {
                lang: lang.as_str().into(),
                id,
            });
        }
        done.push((lang, t));
    }
    for (lang, t) in
        std::iter::once((&orig_lang, &original)).chain(done.iter().map(|(l, t)| (l, t)))
    {
        let kept = report.kept.entry(lang.as_str().to_owned()).or_default();
        for b in &t.blocks {
            *kept.entry(BlockType::of(&b.kind).name()).or_default() += 1;
        }
    }
    // The sign-up page is the import's to say (`--newsletter`), not the site's.
    let publisher = Publisher {
        newsletter: opts.newsletter.clone(),
        ..publisher.clone()
    };
    let doc = document_json(
        &link,
        &publisher,
        author.as_deref(),
        (&published, modified.as_deref()),
        &orig_lang,
        &original,
        &done,
    );
    let invalid = |errors: Vec<ValidationError>| ImportError::Invalid {
        input: input.clone(),
        count: errors.len(),
        first: errors
            .into_iter()
            .next()
            .expect("a failed validation has a problem"),
    };
    // What the import writes must show whole: a warning (a part the widget would drop) fails
    // it as an error does.
    let whole = |r: Result<Validated<_>, Vec<ValidationError>>| match r {
        Ok(v) if v.warnings.is_empty() => Ok(()),
        Ok(v) => Err(invalid(v.warnings)),
        Err(errors) => Err(invalid(errors)),
    };
    whole(validate_document(&doc, link.as_str()).map(|v| v.map(drop)))?;
    let mut files = vec![("article.json".to_owned(), to_string(&doc))];
    for (lang, t) in &done {
        let name = format!("{}.json", lang.as_str());
        let j = translation_json(t);
        let file = resolve(link.as_str(), &name);
        whole(validate_translation(&j, lang, &file, link.as_str()).map(|v| v.map(drop)))?;
        files.push((name, to_string(&j)));
    }
    Ok(Output { files, report })
}

fn document_json(
    link: &SafeUrl,
    publisher: &Publisher,
    author: Option<&str>,
    (published, modified): (&str, Option<&str>),
    orig_lang: &LangTag,
    original: &Translation,
    others: &[(LangTag, Translation)],
) -> Json {
    let s = |v: &str| Json::String(v.to_owned());
    let mut p = vec![("name".to_owned(), s(&publisher.name))];
    if let Some(u) = &publisher.url {
        p.push(("url".to_owned(), s(u.as_str())));
    }
    if let Some(u) = &publisher.newsletter {
        let url = vec![("url".to_owned(), s(u.as_str()))];
        p.push(("newsletter".to_owned(), Json::Object(url)));
    }
    let mut e = vec![
        (
            "format".to_owned(),
            s(crate::core::article::validate::FORMAT),
        ),
        ("url".to_owned(), s(link.as_str())),
        ("publisher".to_owned(), Json::Object(p)),
    ];
    if let Some(a) = author {
        e.push(("author".to_owned(), s(a)));
    }
    e.push(("published".to_owned(), s(published)));
    if let Some(m) = modified {
        e.push(("modified".to_owned(), s(m)));
    }
    e.push(("original_language".to_owned(), s(orig_lang.as_str())));
    let langs = std::iter::once(orig_lang).chain(others.iter().map(|(l, _)| l));
    e.push((
        "languages".to_owned(),
        Json::Array(langs.map(|l| s(l.as_str())).collect()),
    ));
    let mut tr = vec![(orig_lang.as_str().to_owned(), translation_json(original))];
    for (l, t) in others {
        let mut r = vec![("href".to_owned(), s(&format!("{}.json", l.as_str())))];
        if t.machine_translated {
            r.push(("machine_translated".to_owned(), Json::Bool(true)));
        }
        tr.push((l.as_str().to_owned(), Json::Object(r)));
    }
    e.push(("translations".to_owned(), Json::Object(tr)));
    Json::Object(e)
}
