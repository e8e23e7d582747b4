//! One language of an article before assembly: what the original post, a translation post or a
//! translation's rendered page gives.

use crate::core::article::Block;
use crate::core::html::SafeUrl;
use crate::core::lang::LangTag;
use crate::import::wordpress::post::Post;

/// One language's parts before assembly.
#[derive(Debug, Clone)]
pub struct Part {
    /// Its language.
    pub lang: LangTag,
    /// Its source, for messages.
    pub input: String,
    /// Its own page.
    pub url: Option<SafeUrl>,
    /// Headline.
    pub title: String,
    /// Standfirst.
    pub lead: Option<String>,
    /// Kicker.
    pub category: Option<String>,
    /// Featured image.
    pub featured: Option<Block>,
    /// Body.
    pub blocks: Vec<Block>,
}

impl Part {
    /// The parts of a mapped post.
    pub fn of_post(p: Post, lang: LangTag, input: String) -> Part {
        Part {
            lang,
            input,
            url: Some(p.link),
            title: p.title,
            lead: p.lead,
            category: p.category,
            featured: p.featured,
            blocks: p.blocks,
        }
    }
}
