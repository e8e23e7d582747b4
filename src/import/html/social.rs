//! Quoted posts: the blockquote a social network's embed code (or oEmbed answer) holds before
//! its script replaces it. X's and Bluesky's hold the post's text, author, handle, date and
//! link; Instagram's older "captioned" embeds hold the caption; Mastodon's, Threads' and
//! Instagram's current ones hold only a "Post by @…" link (their script fetches the rest).
//! A blockquote with the text becomes a `post` block; one without it a link to the post, with
//! a warning. The network's script, beside it, is dropped like every script.
//!
//! ```html
//! <blockquote class="twitter-tweet"><p lang="en" dir="ltr">The Council met today.</p>&mdash;
//!   EU External Action (@eu_eeas) <a href="https://twitter.com/eu_eeas/status/1?ref_src=twsrc%5Etfw">June 20, 2022</a></blockquote>
//! ```

use super::{has_class, has_text, plain, Mapper};
use crate::core::article::media::{Post, PostNetwork};
use crate::core::article::{Block, BlockKind, DateTime, Inline, SpanKind};
use crate::core::html::SafeUrl;
use crate::core::lang::LangTag;
use crate::import::report::AsLink;
use scraper::ElementRef;

/// Which embed a blockquote is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Quoted {
    Network(PostNetwork),
    /// Another WordPress site's post (`blockquote.wp-embedded-content`): a link to it.
    WordPress,
}

fn quoted(bq: ElementRef) -> Option<Quoted> {
    let n = |c| has_class(bq, c);
    Some(if n("twitter-tweet") || n("twitter-video") {
        Quoted::Network(PostNetwork::X)
    } else if n("bluesky-embed") {
        Quoted::Network(PostNetwork::Bluesky)
    } else if n("mastodon-embed") {
        Quoted::Network(PostNetwork::Mastodon)
    } else if n("text-post-media") {
        Quoted::Network(PostNetwork::Threads)
    } else if n("instagram-media") {
        Quoted::Network(PostNetwork::Instagram)
    } else if n("wp-embedded-content") {
        Quoted::WordPress
    } else {
        return None;
    })
}

/// A URL without its query and fragment (`?ref_src=twsrc%5Etfw`, `?utm_source=ig_embed`).
fn without_query(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
}

/// The day of an English date as the networks write it: `June 20, 2022`, `Jun 1, 2019`,
/// `January 17, 2024 at 5:04 PM`.
pub fn english_date(s: &str) -> Option<DateTime> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let mut words = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let month = words.next()?.to_ascii_lowercase();
    let month = MONTHS.iter().position(|m| month.starts_with(m))? + 1;
    let day: u8 = words.next()?.parse().ok()?;
    let year = words.next()?;
    if year.len() != 4 {
        return None;
    }
    let year: u16 = year.parse().ok()?;
    DateTime::parse_day_or_time(&format!("{year:04}-{month:02}-{day:02}"))
}

/// `Name (@handle)` → the name and the handle.
fn name_and_handle(who: &str) -> (Option<String>, Option<String>) {
    let who = who
        .trim()
        .trim_start_matches(['—', '–', '-'])
        .trim()
        .to_owned();
    let clean = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    match who.rfind(" (").filter(|_| who.ends_with(')')) {
        Some(i) => {
            let handle = clean(&who[i + 2..who.len() - 1]).filter(|h| h.starts_with('@'));
            (clean(&who[..i]), handle)
        }
        None if who.starts_with('@') => (None, clean(&who)),
        None => (clean(&who), None),
    }
}

impl Mapper<'_> {
    /// Maps a blockquote when it is a known embed; false for an ordinary quotation.
    pub(super) fn social_post(&mut self, bq: ElementRef) -> bool {
        let Some(kind) = quoted(bq) else {
            return false;
        };
        let block = match kind {
            Quoted::WordPress => {
                let a = super::child_named(bq, &["a"]);
                let url = a.and_then(|a| a.attr("href")).and_then(|h| self.url(h));
                url.map(|url| Block {
                    id: None,
                    lang: None,
                    kind: BlockKind::Paragraph(vec![Inline::Span {
                        kind: SpanKind::Link(url),
                        lang: None,
                        children: vec![Inline::Text(a.map(plain).unwrap_or_default())],
                    }]),
                })
            }
            Quoted::Network(network) => self.post(bq, network),
        };
        match block {
            Some(b) => self.push_all(vec![b]),
            None => self
                .report
                .drop(crate::import::report::Dropped::Embed, &bq.html()),
        }
        true
    }

    /// A `post` block from the blockquote, or a link to the post when it holds no text.
    fn post(&mut self, bq: ElementRef, network: PostNetwork) -> Option<Block> {
        let shared_by = |e: &ElementRef| plain(*e).starts_with("A post shared by");
        let text_p = match network {
            PostNetwork::X | PostNetwork::Bluesky | PostNetwork::Mastodon => {
                super::direct_child(bq, "p")
            }
            PostNetwork::Instagram | PostNetwork::Threads => bq
                .descendent_elements()
                .find(|e| e.value().name() == "p" && !shared_by(e) && !plain(*e).is_empty()),
        };
        // The attribution after the text (X, Bluesky): "— Name (@handle) <a>date</a>".
        let mut who = String::new();
        let mut last_a = None;
        if let Some(p) = text_p.filter(|_| matches!(network, PostNetwork::X | PostNetwork::Bluesky))
        {
            // The last link is the date's; every node before it is the name and handle.
            let mut held: Option<ElementRef> = None;
            for sib in p.next_siblings() {
                if let Some(a) = ElementRef::wrap(sib).filter(|e| e.value().name() == "a") {
                    if let Some(prev) = held.replace(a) {
                        who.push_str(&plain(prev));
                    }
                    continue;
                }
                let t = match ElementRef::wrap(sib) {
                    Some(e) => plain(e),
                    None => sib
                        .value()
                        .as_text()
                        .map_or(String::new(), |t| t.to_string()),
                };
                if !t.trim().is_empty() {
                    if let Some(prev) = held.take() {
                        who.push_str(&plain(prev));
                    }
                }
                who.push_str(&t);
            }
            last_a = held;
        }
        let label = bq
            .descendent_elements()
            .map(plain)
            .filter(|t| t.starts_with("Post by @") || t.starts_with("A post shared by"))
            .last();
        let (mut author, mut handle) = name_and_handle(&who);
        if let Some(l) = &label {
            let rest = l
                .trim_start_matches("Post by ")
                .trim_start_matches("A post shared by ");
            let rest = rest.split(" on ").next().unwrap_or(rest);
            let (a, h) = name_and_handle(rest);
            author = author.or(a);
            handle = handle.or(h);
        }
        let link = match network {
            PostNetwork::Instagram => bq.attr("data-instgrm-permalink"),
            PostNetwork::Threads => bq.attr("data-text-post-permalink"),
            PostNetwork::Mastodon => bq.attr("data-embed-url"),
            _ => None,
        }
        .map(|u| u.trim_end_matches("/embed").to_owned())
        .or_else(|| last_a.and_then(|a| a.attr("href")).map(str::to_owned))
        .or_else(|| {
            super::child_named(bq, &["a"])
                .and_then(|a| a.attr("href"))
                .map(str::to_owned)
        });
        let url = link.and_then(|l| self.url(without_query(&l)))?;
        let date = last_a.and_then(|a| english_date(&plain(a))).or_else(|| {
            super::child_named(bq, &["time"])
                .and_then(|t| t.attr("datetime"))
                .and_then(DateTime::parse_day_or_time)
        });
        // The text, without Bluesky's "[image or embed]" link, which stands for media the
        // text does not describe.
        let mut text = Vec::new();
        let mut hoisted = Vec::new();
        for child in text_p.iter().flat_map(|p| p.children()) {
            let placeholder = ElementRef::wrap(child)
                .is_some_and(|a| a.value().name() == "a" && plain(a).starts_with('['));
            if !placeholder {
                self.inline(child, &mut text, &mut hoisted, 0);
            }
        }
        super::normalize(&mut text);
        let author = author.or_else(|| handle.clone());
        let (true, Some(author)) = (text.iter().any(has_text), author) else {
            let label = label.unwrap_or_else(|| url.as_str().to_owned());
            return Some(self.link_block(url, label, AsLink::NoText));
        };
        let lang = text_p
            .and_then(|p| p.attr("lang"))
            .and_then(LangTag::parse)
            .filter(|l| Some(l.primary()) != self.lang.split('-').next());
        Some(Block {
            id: None,
            lang,
            kind: BlockKind::Post(Post {
                network,
                url: SafeUrl::parse(url.as_str())?,
                author,
                handle,
                date,
                text,
                media: None,
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_attributions_as_the_networks_write_them() {
        let day = |s| english_date(s).map(|d| d.as_str().to_owned());
        assert_eq!(day("June 20, 2022").as_deref(), Some("2022-06-20"));
        assert_eq!(day("Jun 1, 2019").as_deref(), Some("2019-06-01"));
        assert_eq!(
            day("January 17, 2024 at 5:04 PM").as_deref(),
            Some("2024-01-17")
        );
        assert_eq!(day("20. juni 2022"), None);
        assert_eq!(day("February 30, 2024"), None);
        assert_eq!(
            name_and_handle("— EU External Action (@eu_eeas) "),
            (Some("EU External Action".into()), Some("@eu_eeas".into()))
        );
        assert_eq!(name_and_handle("@zuck"), (None, Some("@zuck".into())));
    }
}
