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
pub const ACTION_ATTRIBUTES: [&str; 5] = [
    "data-lang",
    "data-action",
    "data-consent-action",
    "data-share",
    "data-original-of",
];

/// A CSS selector matching every element that carries an action.
pub const ACTION_SELECTOR: &str =
    "[data-lang],[data-action],[data-consent-action],[data-share],[data-original-of]";

impl Action {
    /// The attribute and value that carry this action in the markup.
    pub fn markup(&self) -> (&'static str, &str) {
        match self {
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
        }
    }

    /// Reads an action back from an attribute the renderer wrote; `None` for anything else.
    pub fn parse(attribute: &str, value: &str) -> Option<Action> {
        match attribute {
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
        self.attr(name, value)
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
        for a in all {
            let (name, value) = a.markup();
            assert!(ACTION_ATTRIBUTES.contains(&name), "{name}");
            assert!(ACTION_SELECTOR.contains(&format!("[{name}]")), "{name}");
            assert_eq!(Action::parse(name, value), Some(a));
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
        ] {
            assert_eq!(Action::parse(name, value), None, "{name}={value}");
        }
    }
}
