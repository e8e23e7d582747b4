//! Lists, nested as the source nests them down to the format's depth
//! ([`MAX_LIST_DEPTH`], the block's own list counting as one). A list nested deeper is
//! flattened into the deepest level, in order, with one warning per body.

use super::{has_text, normalize, Mapper};
use crate::core::article::{Block, BlockKind, ListItem, SubList};
use crate::core::limits::{MAX_LIST_DEPTH, MAX_LIST_ITEMS};
use crate::import::report::{Dropped, Warning};
use scraper::ElementRef;

impl Mapper<'_> {
    pub(super) fn list(&mut self, el: ElementRef) {
        let mut hoisted = Vec::new();
        let sub = self.sub_list(el, 1, &mut hoisted);
        if sub.items.is_empty() {
            if hoisted.is_empty() {
                self.report.drop(Dropped::EmptyBlock, &el.html());
            }
        } else {
            // Past the format's limit, the rest goes on in lists of their own.
            let mut items = sub.items;
            while !items.is_empty() {
                let rest = items.split_off(items.len().min(MAX_LIST_ITEMS));
                self.push(BlockKind::List {
                    ordered: sub.ordered,
                    items,
                });
                items = rest;
            }
        }
        self.push_all(hoisted);
    }

    /// The items of a `<ul>`/`<ol>` at nesting `depth`.
    fn sub_list(&mut self, list: ElementRef, depth: usize, hoisted: &mut Vec<Block>) -> SubList {
        let mut items = Vec::new();
        self.items(list, depth, &mut items, hoisted);
        SubList {
            ordered: list.value().name() == "ol",
            items,
        }
    }

    /// Adds the items of `list` at nesting `depth` to `items`.
    fn items(
        &mut self,
        list: ElementRef,
        depth: usize,
        items: &mut Vec<ListItem>,
        hoisted: &mut Vec<Block>,
    ) {
        for li in list.child_elements().filter(|e| e.value().name() == "li") {
            let mut text = Vec::new();
            let mut nested = Vec::new();
            for child in li.children() {
                match ElementRef::wrap(child) {
                    Some(e) if matches!(e.value().name(), "ul" | "ol") => nested.push(e),
                    _ => self.inline(child, &mut text, hoisted, 0),
                }
            }
            normalize(&mut text);
            let text_ok = text.iter().any(has_text);
            if depth < MAX_LIST_DEPTH && !nested.is_empty() {
                // The first nested list is the item's; any further ones join it.
                let mut sub: Option<SubList> = None;
                for n in nested {
                    let s = self.sub_list(n, depth + 1, hoisted);
                    match &mut sub {
                        Some(first) => first.items.extend(s.items),
                        None => sub = Some(s),
                    }
                }
                let sub = sub.filter(|s| !s.items.is_empty());
                if text_ok || sub.is_some() {
                    items.push(ListItem {
                        text: if text_ok { text } else { Vec::new() },
                        list: sub,
                    });
                }
                continue;
            }
            if text_ok {
                items.push(ListItem { text, list: None });
            }
            for n in nested {
                if !self.flattened {
                    self.flattened = true;
                    let lang = self.lang.clone();
                    self.report
                        .warnings
                        .push(Warning::NestedListFlattened { lang });
                }
                self.items(n, depth, items, hoisted);
            }
        }
    }
}
