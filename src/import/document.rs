//! The format's JSON, written deterministically: keys in the format's documented order,
//! two-space indentation, only `"`, `\` and control characters escaped (everything else as
//! UTF-8). The same model always gives the same bytes.

use crate::core::article::{Block, BlockKind, Inline, SpanKind, Translation};
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
            e.push(("level", Json::Number(f64::from(*level))));
            e.push(("text", inlines_json(text)));
        }
        BlockKind::Paragraph(text) => e.push(("text", inlines_json(text))),
        BlockKind::Quote { text, cite } => {
            e.push(("text", inlines_json(text)));
            if let Some(c) = cite {
                e.push(("cite", s(c)));
            }
        }
        BlockKind::List { ordered, items } => {
            if *ordered {
                e.push(("ordered", Json::Bool(true)));
            }
            e.push((
                "items",
                Json::Array(items.iter().map(|i| inlines_json(i)).collect()),
            ));
        }
        BlockKind::Image {
            src,
            alt,
            width,
            height,
            caption,
        } => {
            e.push(("src", s(src.as_str())));
            e.push(("alt", s(alt)));
            e.push(("width", Json::Number(f64::from(*width))));
            e.push(("height", Json::Number(f64::from(*height))));
            if let Some(c) = caption {
                e.push(("caption", inlines_json(c)));
            }
        }
        BlockKind::Ad => {}
    }
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
