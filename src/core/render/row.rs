//! The two share rows, above the body and after it: which is which, and the ids and selectors
//! of their parts (the shell finds a row's controls by them).

use crate::core::i18n::Msg;

/// Which of the two rows: above the body or below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareRow {
    /// Under the headline.
    Top,
    /// After the body.
    Bottom,
}

impl ShareRow {
    /// The message that names the row.
    pub(super) fn label(self) -> Msg {
        match self {
            ShareRow::Top => Msg::ShareTop,
            ShareRow::Bottom => Msg::ShareBottom,
        }
    }

    /// The id of the row's label, and the row's name in `data-row`.
    pub(super) fn ids(self) -> (&'static str, &'static str) {
        match self {
            ShareRow::Top => ("ae-share-top", "top"),
            ShareRow::Bottom => ("ae-share-bottom", "bottom"),
        }
    }

    /// The row's name in `data-row`.
    pub fn name(self) -> &'static str {
        self.ids().1
    }

    /// A CSS selector for the row's element (the shell finds its controls in it).
    pub fn selector(self) -> &'static str {
        match self {
            ShareRow::Top => ".ae-share[data-row=\"top\"]",
            ShareRow::Bottom => ".ae-share[data-row=\"bottom\"]",
        }
    }

    /// The row a control is in, by its `data-row` (the shell reads it back).
    pub fn parse(name: &str) -> Option<ShareRow> {
        [ShareRow::Top, ShareRow::Bottom]
            .into_iter()
            .find(|r| r.ids().1 == name)
    }
}

/// The ids of one row's server field: its group, its label, the field, its hint and its error.
pub struct FieldIds {
    /// The group (what the Mastodon control opens).
    pub form: &'static str,
    /// The label, which names the group too.
    pub label: &'static str,
    /// The server field.
    pub input: &'static str,
    /// The hint under it.
    pub hint: &'static str,
    /// The error, shown when the name is refused.
    pub error: &'static str,
    /// What describes the field once a name was refused: the hint and the error.
    pub described: &'static str,
}

impl ShareRow {
    /// The ids of this row's Mastodon form.
    pub fn mastodon_ids(self) -> FieldIds {
        match self {
            ShareRow::Top => FieldIds {
                form: "ae-masto-top",
                label: "ae-masto-top-label",
                input: "ae-masto-top-in",
                hint: "ae-masto-top-hint",
                error: "ae-masto-top-err",
                described: "ae-masto-top-hint ae-masto-top-err",
            },
            ShareRow::Bottom => FieldIds {
                form: "ae-masto-bottom",
                label: "ae-masto-bottom-label",
                input: "ae-masto-bottom-in",
                hint: "ae-masto-bottom-hint",
                error: "ae-masto-bottom-err",
                described: "ae-masto-bottom-hint ae-masto-bottom-err",
            },
        }
    }
}
