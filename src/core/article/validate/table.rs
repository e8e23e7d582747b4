//! A table's rules: a caption, `head`, `body` (at least one row) and `foot` rows of cells, at
//! most [`MAX_TABLE_ROWS`] rows and [`MAX_TABLE_COLUMNS`] cells a row.
//!
//! A cell is a string or `{ "text", "header", "colspan", "rowspan", "align" }`. A bad cell keeps
//! its place as an empty cell (the columns after it stay where they are), a bad attribute is
//! dropped alone; a row that is not an array is dropped.

use super::problem::Problem;
use super::walker::{Obj, Walker};
use crate::core::article::table::{Align, Cell, Table};
use crate::core::article::Inline;
use crate::core::json::Json;
use crate::core::limits::{MAX_CELL_SPAN, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS};

impl Walker {
    pub(super) fn table(&mut self, o: Obj<'_>) -> Option<Table> {
        let caption = self.opt(o, "caption", |w, j| w.inlines(j));
        let mut left = MAX_TABLE_ROWS;
        let mut rows = |w: &mut Walker, k: &'static str, required: bool| {
            let read = |w: &mut Walker, j: &Json| {
                let items = w.array(j, left)?;
                Some(w.each(items, |w, row| w.row(row)))
            };
            let r = if required {
                w.req(o, k, read)
            } else {
                w.opt(o, k, read)
            };
            let r = r.unwrap_or_default();
            left -= r.len();
            r
        };
        let head = rows(self, "head", false);
        let body = rows(self, "body", true);
        let foot = rows(self, "foot", false);
        if body.is_empty() {
            self.key("body", |w| w.err(Problem::Empty));
            return None;
        }
        Some(Table {
            caption,
            head,
            body,
            foot,
        })
    }

    fn row(&mut self, j: &Json) -> Option<Vec<Cell>> {
        let cells = self.array(j, MAX_TABLE_COLUMNS)?;
        let mut row = Vec::new();
        for (i, c) in cells.iter().enumerate() {
            let cell = self.at(super::walker::Seg::Index(i), |w| w.part(|w| w.cell(c)));
            row.push(cell.unwrap_or_else(Cell::empty));
        }
        Some(row)
    }

    fn cell(&mut self, j: &Json) -> Option<Cell> {
        if let Json::String(_) = j {
            return Some(Cell {
                text: self.cell_text(j)?,
                ..Cell::empty()
            });
        }
        let o = self.object(j, &["text", "header", "colspan", "rowspan", "align"])?;
        let text = self.opt(o, "text", |w, j| w.cell_text(j));
        let header = self.opt(o, "header", |w, j| w.boolean(j));
        let colspan = self.opt(o, "colspan", |w, j| w.integer(j, 1, MAX_CELL_SPAN));
        let rowspan = self.opt(o, "rowspan", |w, j| w.integer(j, 1, MAX_CELL_SPAN));
        let align = self.opt(o, "align", |w, j| w.name(j, Align::parse));
        Some(Cell {
            text: text.unwrap_or_default(),
            header: header.unwrap_or(false),
            colspan: colspan.unwrap_or(1),
            rowspan: rowspan.unwrap_or(1),
            align,
        })
    }

    /// A cell's content: inlines, or an empty string for an empty cell.
    fn cell_text(&mut self, j: &Json) -> Option<Vec<Inline>> {
        match j {
            Json::String(s) if s.trim().is_empty() => Some(Vec::new()),
            _ => self.inlines(j),
        }
    }
}
