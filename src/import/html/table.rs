//! Tables: WordPress's table block (`figure.wp-block-table > table + figcaption`) and any
//! other `<table>` (a classic post's, a custom HTML block's).
//!
//! `thead` rows are the head, `tfoot` rows the foot, the rest the body; a table without a
//! `thead` whose first row is all `<th>` has that row as its head (how classic tables mark
//! theirs). A `<th>` in the body or foot heads its row. `colspan`/`rowspan` are kept within the
//! format's limits; alignment comes from the block editor's `has-text-align-*` classes (or
//! `data-align`) and inline `text-align`, and is turned into the text's direction (`right` is
//! `end` in a left-to-right body and `start` in a right-to-left one), so figures line up where
//! the source put them in every language.

use super::{has_text, normalize, Mapper};
use crate::core::article::table::{Align, Cell, Table};
use crate::core::article::{Block, BlockKind, Inline};
use crate::core::limits::{MAX_CELL_SPAN, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS};
use crate::import::report::Dropped;
use scraper::ElementRef;

/// Which part of the table a row is in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Head,
    Body,
    Foot,
}

impl Mapper<'_> {
    /// A table with the caption of its figure (else its own `<caption>`).
    pub(super) fn table(&mut self, table: ElementRef, caption: Option<Vec<Inline>>) {
        let mut hoisted = Vec::new();
        let caption = caption.or_else(|| {
            super::direct_child(table, "caption")
                .map(|c| self.run(c).inlines)
                .filter(|c| c.iter().any(has_text))
        });
        let mut t = Table {
            caption,
            head: Vec::new(),
            body: Vec::new(),
            foot: Vec::new(),
        };
        let mut rows = 0;
        for (section, tr) in rows_of(table) {
            if rows == MAX_TABLE_ROWS {
                self.report.drop(Dropped::Table, &tr.html());
                continue;
            }
            rows += 1;
            let row = self.row(tr, section, &mut hoisted);
            match section {
                Section::Head => t.head.push(row),
                Section::Body => t.body.push(row),
                Section::Foot => t.foot.push(row),
            }
        }
        let all_th = |r: &Vec<Cell>| !r.is_empty() && r.iter().all(|c| c.header);
        if t.head.is_empty() && t.body.len() > 1 && all_th(&t.body[0]) {
            let mut head = t.body.remove(0);
            for c in &mut head {
                c.header = false;
            }
            t.head.push(head);
        }
        let empty = |rows: &[Vec<Cell>]| rows.iter().flatten().all(|c| c.text.is_empty());
        if t.body.is_empty() && !t.foot.is_empty() {
            t.body = std::mem::take(&mut t.foot);
        }
        if t.body.is_empty() || (empty(&t.head) && empty(&t.body) && empty(&t.foot)) {
            self.report.drop(Dropped::EmptyBlock, &table.html());
        } else {
            self.push(BlockKind::Table(t));
        }
        self.push_all(hoisted);
    }

    fn row(&mut self, tr: ElementRef, section: Section, hoisted: &mut Vec<Block>) -> Vec<Cell> {
        let mut row = Vec::new();
        for td in tr
            .child_elements()
            .filter(|e| matches!(e.value().name(), "td" | "th"))
        {
            if row.len() == MAX_TABLE_COLUMNS {
                self.report.drop(Dropped::Table, &td.html());
                continue;
            }
            let mut text = Vec::new();
            for child in td.children() {
                self.inline(child, &mut text, hoisted, 0);
            }
            normalize(&mut text);
            if !text.iter().any(has_text) {
                text.clear();
            }
            let span = |name| {
                td.attr(name)
                    .and_then(|v| v.trim().parse::<u32>().ok())
                    .map_or(1, |v| v.clamp(1, MAX_CELL_SPAN))
            };
            row.push(Cell {
                text,
                // Head cells are column headers by their place; `header` marks a row's own.
                header: td.value().name() == "th" && section != Section::Head,
                colspan: span("colspan"),
                rowspan: span("rowspan"),
                align: self.align(td),
            });
        }
        row
    }

    /// A cell's alignment in the text's direction, from the block editor's class
    /// (`has-text-align-right`), `data-align`, or an inline `text-align`.
    fn align(&self, td: ElementRef) -> Option<Align> {
        let class = td
            .value()
            .classes()
            .find_map(|c| c.strip_prefix("has-text-align-"));
        let style = td.attr("style").and_then(|s| {
            s.split(';').find_map(|decl| {
                let (k, v) = decl.split_once(':')?;
                (k.trim().eq_ignore_ascii_case("text-align")).then(|| v.trim())
            })
        });
        let v = class
            .or(td.attr("data-align"))
            .or(style)
            .or(td.attr("align"))?;
        let v = v.trim().to_ascii_lowercase();
        let (left, right) = if self.rtl {
            (Align::End, Align::Start)
        } else {
            (Align::Start, Align::End)
        };
        Some(match v.as_str() {
            "left" => left,
            "right" => right,
            "center" => Align::Center,
            "start" => Align::Start,
            "end" => Align::End,
            _ => return None,
        })
    }
}

/// The rows of a table in order, each with its section (a nested table's rows are its own).
fn rows_of(table: ElementRef) -> Vec<(Section, ElementRef)> {
    let mut out = Vec::new();
    for part in table.child_elements() {
        let section = match part.value().name() {
            "thead" => Section::Head,
            "tfoot" => Section::Foot,
            "tbody" => Section::Body,
            "tr" => {
                out.push((Section::Body, part));
                continue;
            }
            _ => continue,
        };
        out.extend(
            part.child_elements()
                .filter(|e| e.value().name() == "tr")
                .map(|tr| (section, tr)),
        );
    }
    // A tfoot written before the body still comes last.
    out.sort_by_key(|(s, _)| match s {
        Section::Head => 0,
        Section::Body => 1,
        Section::Foot => 2,
    });
    out
}
