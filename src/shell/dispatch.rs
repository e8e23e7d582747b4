//! The one place where what a reader or host asks for is carried out. Events become
//! [`Command`]s (a reader's [`Action`] or an event-level step); [`dispatch`] changes the widget
//! inside a registry borrow and runs the resulting effects after it (the borrow rule in
//! `registry`). Consent decisions come here too, from any source, and reach every widget.

use super::consent;
use super::effects::{emit, Effect, Effects, HostEvent};
use super::net::fetch_json;
use super::registry;
use super::storage;
use super::widget::load::fetch_translation;
use super::widget::media::player_selector;
use super::widget::share::{copy_to_clipboard, native_share};
use super::widget::Widget;
use super::{browser, catalogs::catalog};
use crate::core::action::{Action, ConsentAction, EmbedAction};
use crate::core::consent::state::Decision;
use crate::core::consent::{Category, Choices, Source};
use crate::core::i18n::{ui_language_for, Msg};
use crate::core::lang::LangTag;
use crate::core::share::server::ServerName;
use crate::core::share::ShareTarget;
use wasm_bindgen_futures::spawn_local;
use web_sys::Element;

/// What an event asks of a widget.
pub enum Command {
    /// A reader's action on the control `Element`, by pointer or keyboard.
    Act(Action, Element, Via),
    /// Close the language list (a click elsewhere; Escape with `refocus`).
    CloseLanguages {
        /// Put focus back on the language button.
        refocus: bool,
    },
    /// The filter's lower-cased query changed.
    Filter(String),
    /// The reader is about to pick this language (hover, focus): fetch it now.
    Prefetch(LangTag),
    /// A flagged passage's original was opened or closed.
    OriginalToggled(String, bool),
    /// A prerendered page's "Continue reading" was opened or closed.
    MoreToggled(bool),
    /// Enter in Mastodon's server field (this group), as its button.
    SubmitMastodon(Element),
    /// Close Mastodon's server field (Escape), focus back on its control.
    CloseMastodon,
}

/// How the reader activated a control. A keyboard reader follows focus, so focus moved far
/// away is scrolled into view; under a pointer the page does not jump.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// A mouse, pen or touch.
    Pointer,
    /// Enter or Space.
    Keyboard,
}

/// Whether the event that caused a command should have its default action prevented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Default {
    /// Let the browser do what it does (follow a link, toggle a `<details>`).
    Allow,
    /// We handled it.
    Prevent,
}

/// Carries out a command on widget `id`.
pub fn dispatch(id: u32, cmd: Command) -> Default {
    match cmd {
        Command::Act(action, control, via) => return act(id, action, &control, via),
        Command::CloseLanguages { refocus } => run(
            id,
            if refocus {
                |w| w.close_languages(true)
            } else {
                |w| w.close_languages(false)
            },
        ),
        Command::Filter(q) => {
            registry::with(id, |w| w.filter_languages(&q));
        }
        Command::Prefetch(lang) => {
            if let Some(Some((url, timeout))) = registry::with(id, |w| w.prefetch_url(&lang)) {
                spawn_local(async move {
                    let _ = fetch_json(&url, timeout).await;
                });
            }
        }
        Command::OriginalToggled(block, open) => {
            registry::with(id, |w| w.original_toggled(block, open));
        }
        Command::MoreToggled(true) => run(id, Widget::expanded),
        Command::MoreToggled(false) => run(id, Widget::collapsed),
        Command::SubmitMastodon(form) => submit_mastodon(id, &form),
        Command::CloseMastodon => run(id, Widget::close_mastodon),
    }
    Default::Allow
}

/// Runs `f` on the widget, then its effects once the borrow is released. A plain function, not
/// a closure: one instantiation serves every call.
fn run(id: u32, f: fn(&mut Widget) -> Effects) {
    if let Some(fx) = registry::with(id, f) {
        fx.run();
    }
}

fn act(id: u32, action: Action, control: &Element, via: Via) -> Default {
    match action {
        Action::SwitchLanguage(lang) => {
            spawn_local(switch_language(id, lang));
            Default::Prevent
        }
        Action::ToggleLanguages => {
            run(id, Widget::toggle_languages);
            Default::Allow
        }
        Action::OpenPrivacy | Action::Consent(ConsentAction::Choose) => {
            run(id, Widget::open_choices);
            Default::Allow
        }
        Action::Consent(c) => {
            reader_decides(id, c, via);
            Default::Allow
        }
        Action::Share(target) => share(id, target, control),
        Action::ToggleMore => {
            run(id, Widget::toggle_more);
            Default::Allow
        }
        Action::ChangeMastodon => {
            ask_mastodon(id, control, None);
            Default::Allow
        }
        Action::SubmitMastodon => {
            submit_mastodon(id, control);
            Default::Allow
        }
        Action::CancelMastodon => {
            run(id, Widget::close_mastodon);
            Default::Allow
        }
        // Its state is taken from the `<details>`' own toggle event, once it is known.
        Action::ToggleOriginal(_) => {
            run(id, |w| w.close_languages(false));
            Default::Allow
        }
        Action::Embed(EmbedAction::Allow, at) => {
            allow_media(id, at, via);
            Default::Allow
        }
        Action::Embed(a, at) => {
            let fx = registry::with(id, |w| match a {
                EmbedAction::Later => w.not_now(at),
                _ => w.play(at),
            });
            fx.unwrap_or_default().run();
            Default::Allow
        }
        // A fragment link in a shadow root would go to the host page's fragment: followed here.
        Action::Note(ref n) | Action::NoteBack(ref n) => {
            let back = matches!(action, Action::NoteBack(_));
            let fx = registry::with(id, |w| w.follow_note(n, back));
            fx.unwrap_or_default().run();
            Default::Prevent
        }
    }
}

/// "Allow and play" in the consent prompt of widget `id`'s embed at `at`: the reader's
/// decision (embedded content allowed, every other choice as it was), recorded as the
/// banner's is; then that player, and only that one, with focus in it.
fn allow_media(id: u32, at: usize, via: Via) {
    let Some(ui_lang) = registry::with(id, |w| {
        w.start_player(at);
        w.ui.lang().as_str().to_owned()
    }) else {
        return;
    };
    let mut choices = consent::choices();
    choices.set(Category::Media, true);
    let focus = player_selector(at);
    apply_consent(choices, Source::Banner, Some((id, &ui_lang, via, &focus)));
}

/// The reader's answer in the banner or the choices of widget `id`.
fn reader_decides(id: u32, c: ConsentAction, via: Via) {
    let Some((used, ticked, ui_lang)) = registry::with(id, |w| {
        (
            w.used_categories(),
            w.ticked_choices(),
            w.ui.lang().as_str().to_owned(),
        )
    }) else {
        return;
    };
    let choices = match c {
        ConsentAction::AcceptAll => Choices::all(&used),
        ConsentAction::RejectAll => Choices::none(),
        ConsentAction::Save | ConsentAction::Choose => ticked,
    };
    // Focus goes to where the choice can be changed again (the ad placeholder or "Privacy
    // settings").
    let focus = Action::OpenPrivacy.selector();
    apply_consent(choices, Source::Banner, Some((id, &ui_lang, via, &focus)));
}

/// A decision from the host page or app (`ArticleEmbed.consent()`), or the page's CMP.
pub fn consent_from(choices: Choices, source: Source) {
    apply_consent(choices, source, None);
}

/// Where a reader's decision was made: the widget, its UI language, how, and where focus goes
/// in it afterwards (a CSS selector).
type From<'a> = (u32, &'a str, Via, &'a str);

/// Records a decision, renders every widget with it, and tells the host. `from`: the widget
/// where the reader decided (focus goes to the element given, into view for a keyboard
/// reader).
fn apply_consent(choices: Choices, source: Source, from: Option<From<'_>>) {
    let decision = consent::decide(choices, source, from.map_or("", |(_, l, _, _)| l));
    let hosts = registry::each(|w| {
        w.after_decision();
        (w.id, w.host.clone())
    });
    let from_id = from.map(|(id, _, _, _)| id);
    let mut fx = Effects::none();
    if let Some((id, _, via, to)) = from {
        let focus = registry::with(id, |w| {
            w.announce(w.ui.get(Msg::ConsentSaved));
            w.focus_first(to, via == Via::Keyboard)
        });
        fx = fx.then(focus.unwrap_or_default());
    }
    let target = hosts
        .iter()
        .find(|(id, _)| Some(*id) == from_id)
        .or(hosts.first());
    match target {
        Some((_, host)) => fx.push(Effect::Emit(
            host.clone(),
            HostEvent::Consent,
            consent_detail(&decision),
        )),
        // Passed in before any widget mounted: told on the first that does.
        None => UNTOLD.with(|u| *u.borrow_mut() = Some(decision)),
    }
    fx.run();
}

thread_local! {
    /// The last decision made while no widget was mounted to fire its event on.
    static UNTOLD: std::cell::RefCell<Option<Decision>> = const { std::cell::RefCell::new(None) };
}

/// The `consent` event of a decision made before any widget mounted, to fire on `host`.
pub fn untold_consent(host: &Element) -> Option<Effect> {
    let d = UNTOLD.with(|u| u.borrow_mut().take())?;
    Some(Effect::Emit(
        host.clone(),
        HostEvent::Consent,
        consent_detail(&d),
    ))
}

/// A share click: the host or app may take it over by cancelling the `share` event; else
/// links open by themselves and the in-page targets run here.
fn share(id: u32, target: ShareTarget, control: &Element) -> Default {
    let Some(shared) = registry::with(id, |w| w.shared(control, target)) else {
        return Default::Allow;
    };
    if !emit(&shared.host, HostEvent::Share, &shared.detail, true) {
        return Default::Prevent;
    }
    match target {
        ShareTarget::Copy => spawn_local(async move {
            let ok = copy_to_clipboard(&shared.url).await;
            registry::with(id, |w| w.copied(ok, &shared.url));
        }),
        ShareTarget::Native => spawn_local(native_share(shared.title, shared.url)),
        // The button (no server known yet): the server the reader chose in another widget
        // since, else the field that asks for it.
        ShareTarget::Mastodon if control.get_attribute("href").is_none() => {
            ask_mastodon(id, control, storage::mastodon());
        }
        _ => {}
    }
    Default::Allow
}

/// Mastodon's control in the row of `control`: shares to `remembered` (a server the reader
/// chose, maybe in another widget since), else opens the row's field to ask for one.
fn ask_mastodon(id: u32, control: &Element, remembered: Option<ServerName>) {
    let Some(row) = Widget::row_of(control) else {
        return;
    };
    let fx = registry::with(id, |w| match remembered {
        Some(server) => w.mastodon_chosen(server, row, true),
        None => w.open_mastodon(row),
    });
    fx.unwrap_or_default().run();
}

/// Mastodon's server field submitted (`control` is in it): a refused name is said in the
/// field; an accepted one is shared to. When the reader was changing a remembered server,
/// this is where they share, so the `share` event goes now (when they first shared, it went
/// with their first click).
fn submit_mastodon(id: u32, control: &Element) {
    let Some(Some((server, changing))) = registry::with(id, |w| {
        Some((w.typed_server()?, w.state.mastodon.is_some()))
    }) else {
        return;
    };
    let Some(row) = Widget::row_of(control) else {
        return;
    };
    let mut open = true;
    if changing {
        if let Some(shared) = registry::with(id, |w| w.shared(control, ShareTarget::Mastodon)) {
            open = emit(&shared.host, HostEvent::Share, &shared.detail, true);
        }
    }
    if let Some(fx) = registry::with(id, |w| w.mastodon_chosen(server, row, open)) {
        fx.run();
    }
}

/// Switches widget `id` to another of its article's languages, in place. The article stays in
/// the widget while a translation is fetched; only the new file is added to it.
async fn switch_language(id: u32, wanted: LangTag) {
    let Some(Some(plan)) = registry::with(id, |w| w.plan_switch(&wanted)) else {
        return;
    };
    let fetched = match plan.fetch {
        Ok(None) => Ok(None),
        Ok(Some((url, timeout))) => {
            fetch_translation(url, plan.lang.clone(), timeout, plan.canonical)
                .await
                .map(Some)
        }
        Err(e) => Err(e),
    };
    let fetched = match fetched {
        Ok(t) => t,
        Err(e) => {
            browser::warn(&format!("{}: {}: {}", plan.src, plan.lang, e.detail));
            registry::with(id, |w| w.switch_failed());
            return;
        }
    };
    let at = registry::config().catalogues.clone();
    let ui = catalog(&at, &ui_language_for(&plan.lang)).await;
    if let Some(fx) = registry::with(id, |w| w.apply_switch(plan.lang, fetched, ui)) {
        fx.run();
    }
}

/// The `consent` event's detail: `{ advertising, media, source, revision }`.
fn consent_detail(d: &Decision) -> js_sys::Object {
    browser::obj(&[
        (
            "advertising",
            d.choices.allows(Category::Advertising).into(),
        ),
        ("media", d.choices.allows(Category::Media).into()),
        ("source", d.source.id().into()),
        ("revision", d.revision.as_str().into()),
    ])
}
