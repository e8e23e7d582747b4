//! A WordPress REST post (with `_embed`) → the parts of an article: title, link, date, author,
//! category, featured image, lead and body blocks. Tags are counted as dropped: the format has
//! no field for them.

use crate::core::article::{Block, BlockKind, DateTime};
use crate::core::html::SafeUrl;
use crate::core::json::Json;
use crate::import::html::blocks_from_fragment;
use crate::import::report::{Dropped, Report};
use crate::import::ImportError;
use scraper::Html;

/// What the importer takes from one post.
#[derive(Debug, Clone)]
pub struct Post {
    /// `slug`, the folder name in `--site` mode.
    pub slug: String,
    /// `link`, the canonical URL.
    pub link: SafeUrl,
    /// `title.rendered`, entities decoded.
    pub title: String,
    /// The excerpt, when the author wrote one.
    pub lead: Option<String>,
    /// The first category (not "Uncategorized").
    pub category: Option<String>,
    /// The author's display name.
    pub author: Option<String>,
    /// `date_gmt` with zone `Z`.
    pub published: String,
    /// `modified_gmt`, for resuming.
    pub modified_gmt: Option<String>,
    /// The featured image as a block.
    pub featured: Option<Block>,
    /// The body.
    pub blocks: Vec<Block>,
}

fn get<'a>(j: &'a Json, path: &[&str]) -> Option<&'a Json> {
    path.iter().try_fold(j, |j, k| j.get(k))
}

fn first(j: Option<&Json>) -> Option<&Json> {
    match j? {
        Json::Array(items) => items.first(),
        _ => None,
    }
}

/// Text of an HTML snippet (titles, excerpts, term names), entities decoded, whitespace
/// collapsed.
pub fn html_text(html: &str) -> String {
    let doc = Html::parse_fragment(html);
    let text: String = doc.root_element().text().collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Maps a post. `lang` names the body in warnings.
pub fn parse_post(
    j: &Json,
    input: &str,
    lang: &str,
    report: &mut Report,
) -> Result<Post, ImportError> {
    let missing = |field| ImportError::NotAPost {
        input: input.to_owned(),
        field,
    };
    let str_at = |path: &[&str], field| {
        get(j, path)
            .and_then(Json::as_str)
            .ok_or_else(|| missing(field))
    };
    let rendered = str_at(&["content", "rendered"], "content.rendered")?;
    if matches!(get(j, &["content", "protected"]), Some(Json::Bool(true))) {
        return Err(ImportError::Protected {
            input: input.to_owned(),
        });
    }
    let link = str_at(&["link"], "link")?;
    let link = SafeUrl::parse(link).ok_or_else(|| missing("http(s) link"))?;
    let date = str_at(&["date_gmt"], "date_gmt")?;
    let published = if date.ends_with('Z') {
        date.to_owned()
    } else {
        format!("{date}Z")
    };
    DateTime::parse(&published).ok_or_else(|| missing("valid date_gmt"))?;
    let title = html_text(str_at(&["title", "rendered"], "title.rendered")?);
    let slug = j
        .get("slug")
        .and_then(Json::as_str)
        .unwrap_or("")
        .to_owned();
    let modified_gmt = j
        .get("modified_gmt")
        .and_then(Json::as_str)
        .map(str::to_owned);

    let blocks = blocks_from_fragment(rendered, link.as_str(), lang, report);
    if blocks.is_empty() {
        return Err(ImportError::NoContent {
            input: input.to_owned(),
        });
    }
    let embedded = j.get("_embedded");
    let author = first(embedded.and_then(|e| e.get("author")))
        .and_then(|a| a.get("name"))
        .and_then(Json::as_str)
        .map(html_text)
        .filter(|a| !a.is_empty());
    let mut category = None;
    if let Some(Json::Array(groups)) = embedded.and_then(|e| e.get("wp:term")) {
        for term in groups
            .iter()
            .filter_map(|g| match g {
                Json::Array(t) => Some(t),
                _ => None,
            })
            .flatten()
        {
            let name = term
                .get("name")
                .and_then(Json::as_str)
                .map(html_text)
                .unwrap_or_default();
            match term.get("taxonomy").and_then(Json::as_str) {
                Some("category")
                    if category.is_none()
                        && term.get("slug").and_then(Json::as_str) != Some("uncategorized") =>
                {
                    category = Some(name);
                }
                Some("post_tag") => report.drop(Dropped::Tag, &name),
                _ => {}
            }
        }
    }
    let featured = first(embedded.and_then(|e| e.get("wp:featuredmedia")))
        .and_then(|m| featured(m, &link, report));
    let lead = excerpt(j, &blocks);
    Ok(Post {
        slug,
        link,
        title,
        lead,
        category,
        author,
        published,
        modified_gmt,
        featured,
        blocks,
    })
}

/// The featured image (`source_url`, `alt_text`, `media_details.width/height`).
fn featured(m: &Json, link: &SafeUrl, report: &mut Report) -> Option<Block> {
    let src = m.get("source_url").and_then(Json::as_str)?;
    let url = crate::core::url::resolve(link.as_str(), src.trim());
    let Some(src) = SafeUrl::parse(&url) else {
        report.drop(Dropped::UnsafeImage, src);
        return None;
    };
    let dim = |k| match get(m, &["media_details", k]) {
        Some(Json::Number(n)) if *n >= 1.0 && n.fract() == 0.0 => Some(*n as u32),
        _ => None,
    };
    let (Some(width), Some(height)) = (dim("width"), dim("height")) else {
        report.drop(Dropped::ImageWithoutSize, src.as_str());
        return None;
    };
    let alt = m
        .get("alt_text")
        .and_then(Json::as_str)
        .unwrap_or("")
        .trim()
        .to_owned();
    let caption = m
        .get("caption")
        .and_then(|c| c.get("rendered"))
        .and_then(Json::as_str)
        .map(html_text)
        .filter(|c| !c.is_empty())
        .map(|c| vec![crate::core::article::Inline::Text(c)]);
    Some(Block {
        id: Some("featured".into()),
        lang: None,
        kind: BlockKind::Image {
            src,
            alt,
            width,
            height,
            caption,
        },
    })
}

/// The excerpt as a lead, unless WordPress made it from the content itself (it then ends in
/// `[…]`, or is the start of the body's text).
fn excerpt(j: &Json, blocks: &[Block]) -> Option<String> {
    let raw = get(j, &["excerpt", "rendered"]).and_then(Json::as_str)?;
    let text = html_text(raw);
    let body: String = blocks
        .iter()
        .flat_map(|b| b.text_units())
        .collect::<Vec<_>>()
        .join(" ");
    let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
    let auto = text.ends_with("[…]")
        || text.ends_with("[&hellip;]")
        || body.starts_with(text.trim_end_matches('…').trim_end());
    (!text.is_empty() && !auto).then_some(text)
}
