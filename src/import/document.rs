//! The format's JSON, written deterministically: keys in the format's documented order,
//! two-space indentation, only `"`, `\` and control characters escaped (everything else as
//! UTF-8). The same model always gives the same bytes.

use crate::core::article::media::{Embed, Figure, Post, Video};
use crate::core::article::table::{Cell, Table};
use crate::core::article::{Block, BlockKind, Inline, ListItem, SpanKind, Translation};
use crate::core::json::Json;

fn s(v: &str) -> Json {
    Json::String(v.to_owned())
}

fn obj(entries: Vec<(&str, Json)>) -> Json {
    Json::Object(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
}

/// Inlines as the format writes them: one plain string when that is all there is.
pub fn inlines_json(inlines: &[Inline]) -> Json {
    if let [Inline::Text(t)] = inlines {
        return s(t);
    }
    Json::Array(inlines.iter().map(inline_json).collect())
}

fn inline_json(i: &Inline) -> Json {
    match i {
        Inline::Text(t) => s(t),
        Inline::Note(r) => obj(vec![("note", s(&r.id))]),
        Inline::Span {
            kind,
            lang,
            children,
        } => {
            let inner = inlines_json(children);
            let mut e = match kind {
                SpanKind::Strong => vec![("b", inner)],
                SpanKind::Emphasis => vec![("i", inner)],
                SpanKind::Link(url) => vec![("a", inner), ("href", s(url.as_str()))],
                SpanKind::Plain => vec![("span", inner)],
            };
            if let Some(l) = lang {
                e.push(("lang", s(l.as_str())));
            }
            obj(e)
        }
    }
}

/// One block.
pub fn block_json(b: &Block) -> Json {
    let mut e: Vec<(&str, Json)> = Vec::new();
    if let Some(id) = &b.id {
        e.push(("id", s(id)));
    }
    let kind = crate::core::article::BlockType::of(&b.kind).name();
    e.push(("type", s(kind)));
    if let Some(l) = &b.lang {
        e.push(("lang", s(l.as_str())));
    }
    match &b.kind {
        BlockKind::Heading { level, text } => {
            e.push(("level", n(u32::from(*level))));
            e.push(("text", inlines_json(text)));
        }
        BlockKind::Paragraph(text) => e.push(("text", inlines_json(text))),
        BlockKind::Quote { text, cite, pull } => {
            e.push(("text", inlines_json(text)));
            if let Some(c) = cite {
                e.push(("cite", s(c)));
            }
            if *pull {
                e.push(("pull", Json::Bool(true)));
            }
        }
        BlockKind::List { ordered, items } => list_json(&mut e, *ordered, items),
        BlockKind::Image {
            src,
            alt,
            width,
            height,
            caption,
        } => {
            e.push(("src", s(src.as_str())));
            e.push(("alt", s(alt)));
            e.push(("width", n(*width)));
            e.push(("height", n(*height)));
            opt_inlines(&mut e, "caption", caption);
        }
        BlockKind::Ad | BlockKind::Separator => {}
        BlockKind::Table(t) => table_json(&mut e, t),
        BlockKind::Embed(m) => embed_json(&mut e, m),
        BlockKind::Post(p) => post_json(&mut e, p),
        BlockKind::Video(v) => video_json(&mut e, v),
        BlockKind::Audio(a) => {
            e.push(("src", s(a.src.as_str())));
            opt_inlines(&mut e, "caption", &a.caption);
        }
        BlockKind::Gallery(g) => {
            e.push((
                "images",
                Json::Array(g.images.iter().map(figure_json).collect()),
            ));
            opt_inlines(&mut e, "caption", &g.caption);
        }
        BlockKind::Preformatted { variant, text } => {
            e.push(("variant", s(variant.name())));
            e.push(("text", s(text)));
        }
        BlockKind::Buttons(items) => {
            let items = items
                .iter()
                .map(|b| obj(vec![("text", s(&b.text)), ("url", s(b.url.as_str()))]));
            e.push(("items", Json::Array(items.collect())));
        }
        BlockKind::Footnotes(notes) => {
            let notes = notes
                .iter()
                .map(|n| obj(vec![("id", s(&n.id)), ("text", inlines_json(&n.text))]));
            e.push(("notes", Json::Array(notes.collect())));
        }
    }
    obj(e)
}

fn n(v: u32) -> Json {
    Json::Number(f64::from(v))
}

fn opt_inlines(e: &mut Vec<(&str, Json)>, key: &'static str, v: &Option<Vec<Inline>>) {
    if let Some(v) = v {
        e.push((key, inlines_json(v)));
    }
}

fn size(e: &mut Vec<(&str, Json)>, size: Option<(u32, u32)>) {
    if let Some((w, h)) = size {
        e.push(("width", n(w)));
        e.push(("height", n(h)));
    }
}

/// A list's `ordered` (when true) and `items`: an item is its inlines, or `{ text, list }` when
/// it holds a list.
fn list_json(e: &mut Vec<(&str, Json)>, ordered: bool, items: &[ListItem]) {
    if ordered {
        e.push(("ordered", Json::Bool(true)));
    }
    let items = items.iter().map(|i| match &i.list {
        None => inlines_json(&i.text),
        Some(l) => {
            let mut o = Vec::new();
            if !i.text.is_empty() {
                o.push(("text", inlines_json(&i.text)));
            }
            let mut inner = Vec::new();
            list_json(&mut inner, l.ordered, &l.items);
            o.push(("list", obj(inner)));
            obj(o)
        }
    });
    e.push(("items", Json::Array(items.collect())));
}

fn table_json(e: &mut Vec<(&str, Json)>, t: &Table) {
    opt_inlines(e, "caption", &t.caption);
    let rows = |rows: &[Vec<Cell>]| {
        let row = |r: &Vec<Cell>| Json::Array(r.iter().map(cell_json).collect());
        Json::Array(rows.iter().map(row).collect())
    };
    if !t.head.is_empty() {
        e.push(("head", rows(&t.head)));
    }
    e.push(("body", rows(&t.body)));
    if !t.foot.is_empty() {
        e.push(("foot", rows(&t.foot)));
    }
}

/// A cell: its text alone when that is all it has, else an object.
fn cell_json(c: &Cell) -> Json {
    let text = match c.text.as_slice() {
        [] => s(""),
        t => inlines_json(t),
    };
    let plain = !c.header && c.colspan == 1 && c.rowspan == 1 && c.align.is_none();
    if plain && matches!(text, Json::String(_)) {
        return text;
    }
    let mut o = vec![("text", text)];
    if c.header {
        o.push(("header", Json::Bool(true)));
    }
    if c.colspan > 1 {
        o.push(("colspan", n(c.colspan)));
    }
    if c.rowspan > 1 {
        o.push(("rowspan", n(c.rowspan)));
    }
    if let Some(a) = c.align {
        o.push(("align", s(a.name())));
    }
    obj(o)
}

fn embed_json(e: &mut Vec<(&str, Json)>, m: &Embed) {
    e.push(("provider", s(m.provider.name())));
    e.push(("url", s(m.url.as_str())));
    if let Some(t) = &m.title {
        e.push(("title", s(t)));
    }
    opt_inlines(e, "caption", &m.caption);
    if let Some(p) = &m.poster {
        e.push(("poster", s(p.as_str())));
    }
    size(e, m.size);
}

fn post_json(e: &mut Vec<(&str, Json)>, p: &Post) {
    e.push(("network", s(p.network.name())));
    e.push(("url", s(p.url.as_str())));
    e.push(("author", s(&p.author)));
    if let Some(h) = &p.handle {
        e.push(("handle", s(h)));
    }
    if let Some(d) = &p.date {
        e.push(("date", s(d.as_str())));
    }
    e.push(("text", inlines_json(&p.text)));
    if let Some(m) = &p.media {
        e.push(("media", s(m)));
    }
}

fn video_json(e: &mut Vec<(&str, Json)>, v: &Video) {
    e.push(("src", s(v.src.as_str())));
    if let Some(p) = &v.poster {
        e.push(("poster", s(p.as_str())));
    }
    size(e, v.size);
    opt_inlines(e, "caption", &v.caption);
    if !v.tracks.is_empty() {
        let tracks = v.tracks.iter().map(|t| {
            obj(vec![
                ("src", s(t.src.as_str())),
                ("srclang", s(t.srclang.as_str())),
                ("label", s(&t.label)),
                ("kind", s(t.kind.name())),
            ])
        });
        e.push(("tracks", Json::Array(tracks.collect())));
    }
}

fn figure_json(f: &Figure) -> Json {
    let mut e = vec![
        ("src", s(f.src.as_str())),
        ("alt", s(&f.alt)),
        ("width", n(f.width)),
        ("height", n(f.height)),
    ];
    opt_inlines(&mut e, "caption", &f.caption);
    obj(e)
}

/// One translation object (inline in the document, or a language's own file).
pub fn translation_json(t: &Translation) -> Json {
    let mut e: Vec<(&str, Json)> = Vec::new();
    if let Some(u) = &t.url {
        e.push(("url", s(u.as_str())));
    }
    e.push(("title", s(&t.title)));
    if let Some(l) = &t.lead {
        e.push(("lead", s(l)));
    }
    if let Some(c) = &t.category {
        e.push(("category", s(c)));
    }
    if t.machine_translated {
        e.push(("machine_translated", Json::Bool(true)));
    }
    if let Some(f) = &t.translated_from {
        e.push(("translated_from", s(f.as_str())));
    }
    if let Some(d) = &t.disclaimer {
        e.push(("disclaimer", s(d)));
    }
    if let Some(n) = &t.newsletter_notice {
        e.push(("newsletter_notice", s(n)));
    }
    e.push((
        "blocks",
        Json::Array(t.blocks.iter().map(block_json).collect()),
    ));
    obj(e)
}

/// Pretty JSON text with a final newline.
pub fn to_string(j: &Json) -> String {
    let mut out = String::new();
    write(&mut out, j, 0);
    out.push('\n');
    out
}

fn write(out: &mut String, j: &Json, indent: usize) {
    let pad = |out: &mut String, n: usize| {
        for _ in 0..n * 2 {
            out.push(' ');
        }
    };
    match j {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) if n.fract() == 0.0 && n.abs() < 9e15 => {
            out.push_str(&(*n as i64).to_string())
        }
        Json::Number(n) => out.push_str(&n.to_string()),
        Json::String(v) => string(out, v),
        Json::Array(items) if items.is_empty() => out.push_str("[]"),
        Json::Array(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                pad(out, indent + 1);
                write(out, item, indent + 1);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push(']');
        }
        Json::Object(entries) if entries.is_empty() => out.push_str("{}"),
        Json::Object(entries) => {
            out.push_str("{\n");
            for (i, (k, v)) in entries.iter().enumerate() {
                pad(out, indent + 1);
                string(out, k);
                out.push_str(": ");
                write(out, v, indent + 1);
                out.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push('}');
        }
    }
}

/// A JSON string, as serde_json writes it: `"`, `\` and control characters escaped, everything
/// else as UTF-8.
fn string(out: &mut String, v: &str) {
    out.push_str(&serde_json::Value::String(v.to_owned()).to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_like_the_fixtures_and_round_trips() {
        let j = obj(vec![
            ("a", s("x \"q\" \\ æ\n")),
            (
                "n",
                Json::Array(vec![Json::Number(1200.0), Json::Bool(true)]),
            ),
            ("e", Json::Array(vec![])),
        ]);
        let text = to_string(&j);
        assert_eq!(text, "{\n  \"a\": \"x \\\"q\\\" \\\\ æ\\n\",\n  \"n\": [\n    1200,\n    true\n  ],\n  \"e\": []\n}\n");
        let back: Json = serde_json::from_str(&text).unwrap();
        assert_eq!(back, j);
    }

    #[test]
    fn escapes_only_quotes_backslashes_and_control_characters() {
        let mut out = String::new();
        string(&mut out, "\"\\\n\t\u{1}\u{1f}/<>&é\u{2028}");
        assert_eq!(out, "\"\\\"\\\\\\n\\t\\u0001\\u001f/<>&é\u{2028}\"");
    }
}
