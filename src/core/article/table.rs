//! A table block: a caption and rows of cells in a head, a body and a foot.

use super::inline::Inline;

/// A table.
#[derive(Debug, Clone)]
pub struct Table {
    /// Its caption, which also names its scrolling region.
    pub caption: Option<Vec<Inline>>,
    /// Header rows (their cells are column headers).
    pub head: Vec<Vec<Cell>>,
    /// Body rows, at least one.
    pub body: Vec<Vec<Cell>>,
    /// Footer rows (totals and the like).
    pub foot: Vec<Vec<Cell>>,
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Its content (empty for an empty cell).
    pub text: Vec<Inline>,
    /// A header cell: of its column in the head, of its row in the body or foot.
    pub header: bool,
    /// Columns it spans (1 or more).
    pub colspan: u32,
    /// Rows it spans (1 or more).
    pub rowspan: u32,
    /// How its text is aligned, where the source says.
    pub align: Option<Align>,
}

impl Cell {
    /// An empty cell, one column wide and one row high.
    pub fn empty() -> Cell {
        Cell {
            text: Vec::new(),
            header: false,
            colspan: 1,
            rowspan: 1,
            align: None,
        }
    }
}

/// A cell's alignment, in the direction of the text: `End` is right in a left-to-right table
/// and left in a right-to-left one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// The start of the line.
    Start,
    /// The middle.
    Center,
    /// The end of the line (where numbers usually go).
    End,
}

impl Align {
    /// Reads the format's name.
    pub fn parse(s: &str) -> Option<Align> {
        Some(match s {
            "start" => Align::Start,
            "center" => Align::Center,
            "end" => Align::End,
            _ => return None,
        })
    }

    /// The format's name.
    pub fn name(self) -> &'static str {
        match self {
            Align::Start => "start",
            Align::Center => "center",
            Align::End => "end",
        }
    }
}
