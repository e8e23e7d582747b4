//! A table: in a scrolling region of its own (focusable, named by the caption), so that a wide
//! table never makes the page scroll sideways and a keyboard reader can scroll it. Header cells
//! say what they head (`scope`); alignment is a class in the text's direction (`end` is left in
//! a right-to-left table), so no inline style is needed under a strict CSP.

use super::element::open;
use super::inlines::{inlines, Refs};
use super::View;
use crate::core::article::table::{Align, Cell, Table};
use crate::core::article::Block;
use crate::core::html::Markup;
use crate::core::i18n::Msg;
use crate::core::text::cat;

/// Which part of the table a row is in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Head,
    Body,
    Foot,
}

pub(super) fn table(m: &mut Markup, v: &View<'_>, (at, b): (usize, &Block), t: &Table, refs: Refs) {
    let caption_id = cat(&["ae-cap-", &at.to_string()]);
    let region = open(m, "div", Some("ae-table"), b)
        .attr("role", "region")
        .attr("tabindex", "0");
    let region = match &t.caption {
        Some(_) => region.attr("aria-labelledby", &caption_id),
        None => region.attr("aria-label", v.ui.get(Msg::Table)),
    };
    region.body(|m| {
        m.tag("table").body(|m| {
            if let Some(c) = &t.caption {
                m.tag("caption")
                    .attr("id", &caption_id)
                    .body(|m| inlines(m, v, c, refs));
            }
            for (tag, section, rows) in [
                ("thead", Section::Head, &t.head),
                ("tbody", Section::Body, &t.body),
                ("tfoot", Section::Foot, &t.foot),
            ] {
                if rows.is_empty() {
                    continue;
                }
                m.tag(tag).body(|m| {
                    for row in rows {
                        m.tag("tr").body(|m| {
                            for c in row {
                                cell(m, v, c, section, refs);
                            }
                        });
                    }
                });
            }
        });
    });
}

/// A cell: a column header in the head (an empty one stays a plain cell: it heads nothing), a
/// row header where the cell says so, else a data cell.
fn cell(m: &mut Markup, v: &View<'_>, c: &Cell, section: Section, refs: Refs) {
    let header = c.header || (section == Section::Head && !c.text.is_empty());
    let scope = match (header, section) {
        (false, _) => None,
        (true, Section::Head) if c.colspan > 1 => Some("colgroup"),
        (true, Section::Head) => Some("col"),
        (true, _) => Some("row"),
    };
    let class = match c.align {
        Some(Align::Center) => Some("ae-c"),
        Some(Align::End) => Some("ae-e"),
        Some(Align::Start) | None => None,
    };
    let span = |n: u32| (n > 1).then(|| n.to_string());
    let (colspan, rowspan) = (span(c.colspan), span(c.rowspan));
    m.tag(if header { "th" } else { "td" })
        .attr_opt("scope", scope)
        .attr_opt("colspan", colspan.as_deref())
        .attr_opt("rowspan", rowspan.as_deref())
        .attr_opt("class", class)
        .body(|m| inlines(m, v, &c.text, refs));
}
