//! Everything a reader can do in the widget, as one type.
//!
//! The renderer writes an action into the markup with [`Action::markup`] (through
//! [`Open::action`]); the shell reads it back from the element the reader clicked with
//! [`Action::parse`]. These two functions are the only place where an action is spelled as text,
//! so a control that renders is a control the shell understands, and a typo is a compile error
//! rather than a dead button. The markup builder knows nothing of actions: this file adds the
//! one method that writes one.

use crate::core::html::Open;
use crate::core::lang::LangTag;
use crate::core::share::ShareTarget;
use crate::core::text::cat;
use std::borrow::Cow;

/// What a reader's click or key press asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Show the article in another of its languages (a language link).
    SwitchLanguage(LangTag),
    /// Open or close the language list.
    ToggleLanguages,
    /// Open the privacy choices (the settings control, the ad placeholder).
    OpenPrivacy,
    /// A button of the consent banner.
    Consent(ConsentAction),
    /// A share button or link.
    Share(ShareTarget),
    /// Open or close the original of a flagged passage (a `<details>`), by block id.
    ToggleOriginal(String),
    /// Show the rest of a cut article, or cut it again ("Continue reading").
    ToggleMore,
    /// Open the Mastodon server field to change the remembered server.
    ChangeMastodon,
    /// Share to the server typed into the Mastodon server field.
    SubmitMastodon,
    /// Close the Mastodon server field without sharing.
    CancelMastodon,
    /// A facade of a third party's player, or its consent prompt, by the embed block's position.
    Embed(EmbedAction, usize),
    /// Go to a footnote from a reference to it, by note id.
    Note(String),
    /// Go back from a footnote to its first reference, by note id.
    NoteBack(String),
}

/// What a reader asks of an embedded player's facade.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedAction {
    /// Play it (the facade itself): loads the player where embedded content is allowed, else
    /// asks for consent in place.
    Play,
    /// "Allow and play" in the consent prompt.
    Allow,
    /// "Not now" in the consent prompt.
    Later,
}

impl EmbedAction {
    const ALL: [EmbedAction; 3] = [EmbedAction::Play, EmbedAction::Allow, EmbedAction::Later];

    fn id(self) -> &'static str {
        match self {
            EmbedAction::Play => "play",
            EmbedAction::Allow => "allow",
            EmbedAction::Later => "later",
        }
    }
}

/// The consent banner's buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentAction {
    /// Grant every category the widget uses.
    AcceptAll,
    /// Grant nothing.
    RejectAll,
    /// Save the per-category choices as ticked.
    Save,
    /// Go to the per-category screen.
    Choose,
}

impl ConsentAction {
    const ALL: [ConsentAction; 4] = [
        ConsentAction::AcceptAll,
        ConsentAction::RejectAll,
        ConsentAction::Save,
        ConsentAction::Choose,
    ];

    fn id(self) -> &'static str {
        match self {
            ConsentAction::AcceptAll => "accept",
            ConsentAction::RejectAll => "reject",
            ConsentAction::Save => "save",
            ConsentAction::Choose => "choose",
        }
    }
}

/// The attributes that carry an action, in the order the shell looks for them.
pub const ACTION_ATTRIBUTES: [&str; 8] = [
    "data-lang",
    "data-action",
    "data-consent-action",
    "data-share",
    "data-original-of",
    "data-embed",
    "data-note",
    "data-note-back",
];

/// A CSS selector matching every element that carries an action.
pub const ACTION_SELECTOR: &str = "[data-lang],[data-action],[data-consent-action],[data-share],\
[data-original-of],[data-embed],[data-note],[data-note-back]";

impl Action {
    /// The attribute and value that carry this action in the markup.
    pub fn markup(&self) -> (&'static str, Cow<'_, str>) {
        let (name, value): (&'static str, &str) = match self {
            Action::Embed(a, n) => return ("data-embed", Cow::Owned(Action::embed_markup(*a, *n))),
            Action::Note(id) => ("data-note", id),
            Action::NoteBack(id) => ("data-note-back", id),
            Action::SwitchLanguage(l) => ("data-lang", l.as_str()),
            Action::ToggleLanguages => ("data-action", "languages"),
            Action::OpenPrivacy => ("data-action", "privacy"),
            Action::ToggleMore => ("data-action", "more"),
            Action::ChangeMastodon => ("data-action", "mastodon-change"),
            Action::SubmitMastodon => ("data-action", "mastodon-submit"),
            Action::CancelMastodon => ("data-action", "mastodon-cancel"),
            Action::Consent(c) => ("data-consent-action", c.id()),
            Action::Share(t) => ("data-share", t.id()),
            Action::ToggleOriginal(id) => ("data-original-of", id),
        };
        (name, Cow::Borrowed(value))
    }

    /// The `data-embed` value of an embed's action: what, then the block's position
    /// (`play 7`).
    fn embed_markup(a: EmbedAction, block: usize) -> String {
        cat(&[a.id(), " ", &block.to_string()])
    }

    /// Reads an action back from an attribute the renderer wrote; `None` for anything else.
    pub fn parse(attribute: &str, value: &str) -> Option<Action> {
        match attribute {
            "data-embed" => {
                let (a, n) = value.split_once(' ')?;
                let a = EmbedAction::ALL.into_iter().find(|e| e.id() == a)?;
                Some(Action::Embed(a, n.parse().ok()?))
            }
            "data-note" if !value.is_empty() => Some(Action::Note(value.to_owned())),
            "data-note-back" if !value.is_empty() => Some(Action::NoteBack(value.to_owned())),
            "data-lang" => LangTag::parse(value).map(Action::SwitchLanguage),
            "data-action" => match value {
                "languages" => Some(Action::ToggleLanguages),
                "privacy" => Some(Action::OpenPrivacy),
                "more" => Some(Action::ToggleMore),
                "mastodon-change" => Some(Action::ChangeMastodon),
                "mastodon-submit" => Some(Action::SubmitMastodon),
                "mastodon-cancel" => Some(Action::CancelMastodon),
                _ => None,
            },
            "data-consent-action" => ConsentAction::ALL
                .into_iter()
                .find(|c| c.id() == value)
                .map(Action::Consent),
            "data-share" => ShareTarget::parse(value).map(Action::Share),
            "data-original-of" if !value.is_empty() => {
                Some(Action::ToggleOriginal(value.to_owned()))
            }
            _ => None,
        }
    }

    /// A CSS selector for the element carrying this action (tests and focus restoring).
    pub fn selector(&self) -> String {
        let (name, value) = self.markup();
        format!("[{name}=\"{value}\"]")
    }
}

impl Open<'_> {
    /// Marks the element as the control of a reader's action (see [`Action::markup`]).
    pub fn action(self, action: &Action) -> Self {
        let (name, value) = action.markup();
        self.attr(name, &value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_as_itself() {
        let mut all = vec![
            Action::SwitchLanguage(LangTag::parse("pt-BR").unwrap()),
            Action::ToggleLanguages,
            Action::OpenPrivacy,
            Action::ToggleOriginal("p07".into()),
            Action::ToggleMore,
            Action::ChangeMastodon,
            Action::SubmitMastodon,
            Action::CancelMastodon,
        ];
        all.extend(ConsentAction::ALL.map(Action::Consent));
        all.extend(ShareTarget::ALL.map(Action::Share));
        all.extend([Action::Note("n1".into()), Action::NoteBack("n-2".into())]);
        for a in all {
            let (name, value) = a.markup();
            assert!(ACTION_ATTRIBUTES.contains(&name), "{name}");
            assert!(ACTION_SELECTOR.contains(&format!("[{name}]")), "{name}");
            assert_eq!(Action::parse(name, &value), Some(a));
        }
        for a in EmbedAction::ALL {
            let value = Action::embed_markup(a, 12);
            assert_eq!(
                Action::parse("data-embed", &value),
                Some(Action::Embed(a, 12))
            );
            let sel = Action::Embed(a, 12).selector();
            assert_eq!(sel, format!("[data-embed=\"{value}\"]"));
        }
    }

    #[test]
    fn anything_else_is_no_action() {
        for (name, value) in [
            ("data-action", "explode"),
            ("data-consent-action", "ACCEPT"),
            ("data-share", "myspace"),
            ("data-lang", "not a tag"),
            ("class", "languages"),
            ("data-embed", "play"),
            ("data-embed", "play x"),
            ("data-embed", "stop 1"),
            ("data-note", ""),
        ] {
            assert_eq!(Action::parse(name, value), None, "{name}={value}");
        }
    }
}
