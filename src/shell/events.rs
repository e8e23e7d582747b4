//! Event delegation: a few listeners on each shadow root turn DOM events into [`Command`]s for
//! the dispatcher. The controls say what they do through the attributes the renderer wrote,
//! read back by `Action::parse`. The widget holds its [`Listener`]s, so unmounting removes them.

use super::dispatch::{dispatch, Command, Default, Via};
use super::listener::Listener;
use crate::core::action::{Action, ACTION_ATTRIBUTES, ACTION_SELECTOR};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlDetailsElement, HtmlInputElement, KeyboardEvent, MouseEvent};

/// Attaches the widget's listeners to its shadow root.
pub fn listen(id: u32, root: &web_sys::ShadowRoot) -> Vec<Listener> {
    vec![
        Listener::new(root, "click", false, on_click, id),
        Listener::new(root, "keydown", false, on_keydown, id),
        Listener::new(root, "input", false, on_input, id),
        Listener::new(root, "focusin", false, on_intent, id),
        Listener::new(root, "pointerover", false, on_intent, id),
        // `toggle` does not bubble: caught on its way down.
        Listener::new(root, "toggle", true, on_toggle, id),
    ]
}

fn target_closest(e: &Event, selector: &str) -> Option<Element> {
    let t: Element = e.target()?.dyn_into().ok()?;
    t.closest(selector).ok()?
}

/// The action an element carries, if any.
fn action_of(el: &Element) -> Option<Action> {
    ACTION_ATTRIBUTES
        .iter()
        .find_map(|name| Action::parse(name, &el.get_attribute(name)?))
}

fn on_click(id: u32, e: &Event) {
    let found = target_closest(e, ACTION_SELECTOR).and_then(|el| action_of(&el).map(|a| (el, a)));
    let Some((control, action)) = found else {
        dispatch(id, Command::CloseLanguages { refocus: false });
        return;
    };
    // Let modified clicks on a language link open that language's page, as a link would.
    if matches!(action, Action::SwitchLanguage(_)) && modified(e) {
        return;
    }
    // A click made by Enter or Space has no pointer behind it: `detail` counts pointer clicks.
    let via = match e.dyn_ref::<MouseEvent>() {
        Some(m) if m.detail() > 0 => Via::Pointer,
        _ => Via::Keyboard,
    };
    if dispatch(id, Command::Act(action, control, via)) == Default::Prevent {
        e.prevent_default();
    }
}

fn modified(e: &Event) -> bool {
    e.dyn_ref::<MouseEvent>().is_some_and(|m| {
        m.ctrl_key() || m.meta_key() || m.shift_key() || m.alt_key() || m.button() != 0
    })
}

fn on_keydown(id: u32, e: &Event) {
    let key = e.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key);
    let escape = key.as_deref() == Some("Escape");
    if escape && target_closest(e, ".ae-lang").is_some() {
        dispatch(id, Command::CloseLanguages { refocus: true });
    }
    let Some(field) = target_closest(e, "[data-masto]") else {
        return;
    };
    if escape {
        dispatch(id, Command::CloseMastodon);
    } else if key.as_deref() == Some("Enter") && target_closest(e, "[data-masto-input]").is_some() {
        // Enter in the server field shares, as its button does.
        e.prevent_default();
        dispatch(id, Command::SubmitMastodon(field));
    }
}

/// Filters the language list as the reader types.
fn on_input(id: u32, e: &Event) {
    let input =
        target_closest(e, "[data-filter]").and_then(|i| i.dyn_into::<HtmlInputElement>().ok());
    if let Some(input) = input {
        let q = super::widget::language::filter_query(&input);
        dispatch(id, Command::Filter(q));
    }
}

/// Hover or focus on a language link: fetch that language ahead of the click.
fn on_intent(id: u32, e: &Event) {
    let link = target_closest(e, "#ae-lang-list [data-lang]");
    if let Some(Action::SwitchLanguage(lang)) = link.as_ref().and_then(action_of) {
        dispatch(id, Command::Prefetch(lang));
    }
}

/// A flagged passage's `<details>` opened or closed, or a prerendered page's "Continue
/// reading".
fn on_toggle(id: u32, e: &Event) {
    let Some(details) = e
        .target()
        .and_then(|t| t.dyn_into::<HtmlDetailsElement>().ok())
    else {
        return;
    };
    if let Some(Action::ToggleOriginal(block)) = action_of(&details) {
        dispatch(id, Command::OriginalToggled(block, details.open()));
    } else if details.has_attribute("data-more") {
        dispatch(id, Command::MoreToggled(details.open()));
    }
}
