//! How alike a translated block and an original block are, from what survives translation:
//! their place in the body, their numbers, the URLs they link or show, the names and other
//! words they share (proper names, acronyms, loanwords), and their length. Each signal is
//! 0–1; one that neither block has says nothing and is left out of the mean. Place and length
//! weigh least: most paragraphs of an article are alike in both, so alone they would pair
//! unrelated passages; what a translation keeps (figures, links, names) weighs most.

use crate::core::article::translation_check::numbers;
use crate::core::article::{Block, BlockKind, Inline, SpanKind};

/// Weights of the signals in the mean.
const PLACE: f64 = 1.0;
const NUMBERS: f64 = 2.0;
const URLS: f64 = 3.0;
const WORDS: f64 = 2.0;
const LENGTH: f64 = 0.5;

/// What one block offers for comparison, computed once per block.
#[derive(Debug, Clone)]
pub struct Features {
    /// Its place in its body, 0–1 (the middle of its slot).
    place: f64,
    numbers: Vec<String>,
    urls: Vec<String>,
    words: Vec<String>,
    chars: usize,
}

impl Features {
    /// The features of the `i`-th of `n` blocks.
    pub fn of(b: &Block, i: usize, n: usize) -> Features {
        let text = b.text_units().join("\n");
        let mut urls = Vec::new();
        media_urls(b, &mut urls);
        for t in b.inline_texts() {
            hrefs(t, &mut urls);
        }
        urls.sort();
        urls.dedup();
        let mut words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| {
                let caps = w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
                w.chars().count() >= 4 || caps && w.chars().count() >= 2
            })
            .map(str::to_lowercase)
            .collect();
        words.sort();
        words.dedup();
        let mut numbers = numbers(&text);
        numbers.sort();
        Features {
            place: (i as f64 + 0.5) / n.max(1) as f64,
            numbers,
            urls,
            words,
            chars: text.chars().filter(|c| !c.is_whitespace()).count(),
        }
    }

    /// How alike two blocks of the same kind are, 0–1.
    pub fn similarity(&self, other: &Features) -> f64 {
        let mut sum = PLACE * (1.0 - 3.0 * (self.place - other.place).abs()).max(0.0);
        let mut weight = PLACE;
        let mut add = |w: f64, v: Option<f64>| {
            if let Some(v) = v {
                sum += w * v;
                weight += w;
            }
        };
        add(NUMBERS, overlap(&self.numbers, &other.numbers));
        add(URLS, overlap(&self.urls, &other.urls));
        add(WORDS, overlap(&self.words, &other.words));
        let (a, b) = (self.chars.min(other.chars), self.chars.max(other.chars));
        add(LENGTH, (b > 0).then(|| a as f64 / b as f64));
        sum / weight
    }
}

impl Features {
    /// Whether two blocks are surely the same passage wherever they stand: they show or link
    /// the very same URLs (an image, a video, a quoted post), or hold the very same figures,
    /// at least [`ANCHOR_NUMBERS`] of them (a table of figures).
    pub fn same_content(&self, other: &Features) -> bool {
        (!self.urls.is_empty() && self.urls == other.urls)
            || (self.numbers.len() >= ANCHOR_NUMBERS && self.numbers == other.numbers)
    }
}

/// Figures two blocks must share, all of them, to be the same passage by their figures alone.
pub const ANCHOR_NUMBERS: usize = 3;

/// Shared items over all items (Jaccard) of two sorted sets; `None` when both are empty.
fn overlap(a: &[String], b: &[String]) -> Option<f64> {
    if a.is_empty() && b.is_empty() {
        return None;
    }
    let shared = a.iter().filter(|x| b.binary_search(x).is_ok()).count();
    Some(shared as f64 / (a.len() + b.len() - shared) as f64)
}

fn media_urls(b: &Block, out: &mut Vec<String>) {
    let mut push = |u: &crate::core::html::SafeUrl| out.push(u.as_str().to_owned());
    match &b.kind {
        BlockKind::Image { src, .. } => push(src),
        BlockKind::Embed(e) => push(&e.url),
        BlockKind::Post(p) => push(&p.url),
        BlockKind::Video(v) => push(&v.src),
        BlockKind::Audio(a) => push(&a.src),
        BlockKind::Gallery(g) => g.images.iter().for_each(|f| push(&f.src)),
        BlockKind::Buttons(items) => items.iter().for_each(|i| push(&i.url)),
        _ => {}
    }
}

fn hrefs(inlines: &[Inline], out: &mut Vec<String>) {
    for i in inlines {
        if let Inline::Span { kind, children, .. } = i {
            if let SpanKind::Link(u) = kind {
                out.push(u.as_str().to_owned());
            }
            hrefs(children, out);
        }
    }
}
