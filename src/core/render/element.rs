//! A block's element: its tag and class with the block's own `lang`, `dir` and id, shared by
//! every block's drawing.

use crate::core::article::Block;
use crate::core::html::{Markup, Open};

/// Opens a block's element with its class and its own `lang`, `dir` and id.
pub(super) fn open<'m>(
    m: &'m mut Markup,
    tag: &'static str,
    class: Option<&str>,
    b: &Block,
) -> Open<'m> {
    m.tag(tag)
        .attr_opt("class", class)
        .attr_opt("lang", b.lang.as_ref().map(|l| l.as_str()))
        .attr_opt("dir", b.lang.as_ref().map(|l| l.dir().as_str()))
        .attr_opt("data-block", b.id.as_deref())
}
