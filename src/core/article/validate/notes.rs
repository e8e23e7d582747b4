//! Footnote references: `{ "note": "id" }` in any inline content names a note of the
//! translation's footnotes block. Once the whole body is read, each reference gets its note's
//! number; a reference to a note the translation does not have is dropped with a warning at
//! its own path (the text around it stays).

use super::problem::Problem;
use super::walker::Walker;
use crate::core::article::{Block, BlockKind, Inline, NoteRef};
use crate::core::json::Json;

impl Walker {
    /// A reference, numbered once the body is read ([`Walker::resolve_notes`]).
    pub(super) fn note_ref(&mut self, j: &Json) -> Option<Inline> {
        let id = self.id(j)?;
        let path = self.path_string();
        self.note_refs.push((id.clone(), path));
        Some(Inline::Note(NoteRef {
            id,
            number: 0,
            first: false,
        }))
    }

    /// Numbers every reference of `blocks` by its note, marks the first reference to each,
    /// and drops (with a warning) those to notes the body does not have.
    pub(super) fn resolve_notes(&mut self, blocks: &mut [Block]) {
        let mut ids: Vec<String> = Vec::new();
        for b in blocks.iter() {
            if let BlockKind::Footnotes(notes) = &b.kind {
                for n in notes {
                    ids.push(n.id.clone());
                }
            }
        }
        for (id, path) in std::mem::take(&mut self.note_refs) {
            if !ids.contains(&id) {
                self.warn_at(path, Problem::UnknownNote(id));
            }
        }
        let mut seen = vec![false; ids.len()];
        for b in blocks {
            for text in b.inlines_mut() {
                number(text, &ids, &mut seen);
            }
        }
    }
}

fn number(list: &mut Vec<Inline>, ids: &[String], seen: &mut [bool]) {
    list.retain_mut(|i| match i {
        Inline::Note(r) => match ids.iter().position(|id| *id == r.id) {
            Some(n) => {
                r.number = n as u32 + 1;
                r.first = !seen[n];
                seen[n] = true;
                true
            }
            None => false,
        },
        Inline::Span { children, .. } => {
            number(children, ids, seen);
            true
        }
        Inline::Text(_) => true,
    });
}
