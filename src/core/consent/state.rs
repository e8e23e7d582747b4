//! The page's consent state: who decides, what was decided, which widget shows the banner, and
//! what a decision changes. One value serves every widget on a page; the shell keeps it and
//! supplies what only a browser knows (the stored record, Global Privacy Control, a CMP).

use super::{Banner, Category, Choices, ConsentView, Source};

/// Who decides on this page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Our banner, our record.
    Banner,
    /// The host page passes decisions in through the API; no banner.
    Host,
    /// The host's IAB TCF CMP decides; no banner.
    Tcf,
}

impl Mode {
    /// The mode an embed's `consent` attribute asks for: `host` (the host page manages consent
    /// and passes decisions in); `None` for anything else, which leaves it to the page.
    pub fn from_attribute(value: &str) -> Option<Mode> {
        (value == "host").then_some(Mode::Host)
    }
}

/// The categories a widget uses: advertising where it has both a creative and a slot for it,
/// embedded content where the article it shows has a third party's player.
pub fn used_categories(has_creative: bool, has_slot: bool, has_embeds: bool) -> Vec<Category> {
    let mut used = Vec::new();
    if has_creative && has_slot {
        used.push(Category::Advertising);
    }
    if has_embeds {
        used.push(Category::Media);
    }
    used
}

/// What one decision changed, for the shell to carry out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The choices now in force.
    pub choices: Choices,
    /// Who decided.
    pub source: Source,
    /// The policy revision they hold under.
    pub revision: String,
    /// Whether to store a record: only the reader's own answer in our banner is remembered.
    pub remember: bool,
}

/// The page-wide consent state.
#[derive(Debug, Clone, Default)]
pub struct ConsentState {
    mode: Option<Mode>,
    revision: String,
    choices: Option<Choices>,
    gpc: bool,
    banner_owner: Option<u32>,
    /// Widgets still loading, by id (ids follow the page's order).
    loading: Vec<u32>,
    /// Who passed in a decision before the mode was known, to record once it is.
    unrecorded: Option<Source>,
}

impl ConsentState {
    /// No mode yet, nothing decided.
    pub const fn new() -> ConsentState {
        ConsentState {
            mode: None,
            revision: String::new(),
            choices: None,
            gpc: false,
            banner_owner: None,
            loading: Vec::new(),
            unrecorded: None,
        }
    }

    /// Whether the mode is set (by the first widget that needs consent).
    pub fn is_set(&self) -> bool {
        self.mode.is_some()
    }

    /// Sets the mode once: later calls change nothing. `stored` is the remembered decision
    /// valid under `revision`; a decision already passed in is kept over it, and returned when
    /// it is now to be recorded (it came before the mode and the revision were known).
    pub fn set_mode(
        &mut self,
        mode: Mode,
        revision: &str,
        gpc: bool,
        stored: Option<Choices>,
    ) -> Option<Decision> {
        if self.mode.is_some() {
            return None;
        }
        self.mode = Some(mode);
        self.revision = revision.to_owned();
        self.gpc = gpc;
        if self.choices.is_none() {
            self.choices = stored;
        }
        let source = self.unrecorded.take().filter(|_| mode == Mode::Banner)?;
        Some(Decision {
            choices: self.choices.clone()?,
            source,
            revision: self.revision.clone(),
            remember: true,
        })
    }

    /// The mode, once set.
    pub fn mode(&self) -> Option<Mode> {
        self.mode
    }

    /// Whether a category is granted now (nothing is until someone decides).
    pub fn allows(&self, c: Category) -> bool {
        self.choices.as_ref().is_some_and(|ch| ch.allows(c))
    }

    /// The choices in force (nothing granted until someone decides).
    pub fn choices(&self) -> Choices {
        self.choices.clone().unwrap_or_default()
    }

    /// What widget `id` shows for the categories it uses. The first widget that asks while the
    /// reader has not decided takes the banner; every other shows only its settings control.
    pub fn view_for(
        &mut self,
        id: u32,
        used: Vec<Category>,
        open: bool,
        choosing: bool,
    ) -> ConsentView {
        let manageable = self.mode == Some(Mode::Banner);
        let undecided = self.choices.is_none();
        // The banner waits for the widgets before this one on the page: it goes to the first
        // that needs consent, whichever article arrives first.
        let earlier_loading = self.loading.iter().any(|l| *l < id);
        if manageable
            && undecided
            && !used.is_empty()
            && self.banner_owner.is_none()
            && !earlier_loading
        {
            self.banner_owner = Some(id);
        }
        let owner = self.banner_owner == Some(id);
        let banner = if !manageable || used.is_empty() {
            Banner::Hidden
        } else if open || (owner && undecided && choosing) {
            Banner::Choosing
        } else if owner && undecided {
            Banner::Asking
        } else {
            Banner::Hidden
        };
        ConsentView {
            used,
            choices: self.choices.clone().unwrap_or_default(),
            banner,
            gpc: self.gpc,
            manageable,
        }
    }

    /// Forgets a widget that owned the banner (it was unmounted), so another can show it.
    pub fn release(&mut self, id: u32) {
        self.loading.retain(|l| *l != id);
        if self.banner_owner == Some(id) {
            self.banner_owner = None;
        }
    }

    /// Widget `id` is loading its article: a widget after it on the page does not take the
    /// banner until it has rendered (see [`Self::view_for`]).
    pub fn loading(&mut self, id: u32) {
        if !self.loading.contains(&id) {
            self.loading.push(id);
        }
    }

    /// Widget `id` has rendered its article or its error. Whether the banner is still to be
    /// placed (nobody decided, nobody shows it): the widgets after it that need consent should
    /// render again, the first of them to take it.
    pub fn loaded(&mut self, id: u32) -> bool {
        self.loading.retain(|l| *l != id);
        self.banner_owner.is_none() && self.choices.is_none() && self.mode == Some(Mode::Banner)
    }

    /// Records a decision. A decision from the host makes the host the manager from then on.
    /// The reader's answer and what the embedder passed in are remembered where our banner
    /// manages consent; where the mode is not known yet, once it is (see [`Self::set_mode`]).
    pub fn decide(&mut self, choices: Choices, source: Source) -> Decision {
        if source == Source::Host {
            self.mode = Some(Mode::Host);
        }
        self.choices = Some(choices.clone());
        self.banner_owner = None;
        self.unrecorded = (self.mode.is_none() && source.is_recorded()).then_some(source);
        Decision {
            choices,
            source,
            revision: self.revision.clone(),
            remember: self.mode == Some(Mode::Banner) && source.is_recorded(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ADS: Category = Category::Advertising;

    fn banner_page() -> ConsentState {
        let mut s = ConsentState::new();
        s.set_mode(Mode::Banner, "1", false, None);
        s
    }

    #[test]
    fn the_first_widget_that_needs_consent_owns_the_one_banner() {
        let mut s = banner_page();
        assert_eq!(s.view_for(1, vec![], false, false).banner, Banner::Hidden);
        assert_eq!(
            s.view_for(2, vec![ADS], false, false).banner,
            Banner::Asking
        );
        assert_eq!(
            s.view_for(3, vec![ADS], false, false).banner,
            Banner::Hidden
        );
        assert_eq!(
            s.view_for(2, vec![ADS], false, true).banner,
            Banner::Choosing
        );
        // The privacy settings open the choices in any widget.
        assert_eq!(
            s.view_for(3, vec![ADS], true, false).banner,
            Banner::Choosing
        );
        s.release(2);
        assert_eq!(
            s.view_for(3, vec![ADS], false, false).banner,
            Banner::Asking
        );
    }

    #[test]
    fn the_banner_waits_for_the_widgets_before_it_on_the_page() {
        let mut s = banner_page();
        s.loading(1);
        s.loading(2);
        // Widget 2's article arrives first: widget 1 may still need consent.
        assert_eq!(
            s.view_for(2, vec![ADS], false, false).banner,
            Banner::Hidden
        );
        assert!(
            s.loaded(1),
            "widget 1 needs none: the banner is still to place"
        );
        assert_eq!(s.view_for(1, vec![], false, false).banner, Banner::Hidden);
        assert_eq!(
            s.view_for(2, vec![ADS], false, false).banner,
            Banner::Asking
        );
        // The first widget that needs consent takes it, whichever renders first.
        let mut s = banner_page();
        s.loading(1);
        s.loading(2);
        s.loaded(2);
        assert_eq!(
            s.view_for(2, vec![ADS], false, false).banner,
            Banner::Hidden
        );
        s.loaded(1);
        assert_eq!(
            s.view_for(1, vec![ADS], false, false).banner,
            Banner::Asking
        );
        assert!(!s.loaded(1), "placed");
        // A widget unmounted while loading holds nothing up.
        let mut s = banner_page();
        s.loading(1);
        s.release(1);
        assert_eq!(
            s.view_for(2, vec![ADS], false, false).banner,
            Banner::Asking
        );
    }

    #[test]
    fn a_decision_hides_every_banner_and_only_the_readers_is_remembered() {
        let mut s = banner_page();
        s.view_for(1, vec![ADS], false, false);
        let d = s.decide(Choices::all(&[ADS]), Source::Banner);
        assert!(d.remember && s.allows(ADS));
        assert_eq!(
            s.view_for(1, vec![ADS], false, false).banner,
            Banner::Hidden
        );
        let d = s.decide(Choices::none(), Source::Tcf);
        assert!(!d.remember && !s.allows(ADS));
    }

    #[test]
    fn the_host_takes_over_and_no_banner_is_shown() {
        let mut s = banner_page();
        let d = s.decide(Choices::all(&[ADS]), Source::Host);
        assert!(!d.remember);
        assert_eq!(s.mode(), Some(Mode::Host));
        let v = s.view_for(1, vec![ADS], true, true);
        assert_eq!(v.banner, Banner::Hidden);
        assert!(!v.manageable);
    }

    #[test]
    fn the_mode_is_set_once_and_a_stored_decision_holds() {
        let mut s = ConsentState::new();
        s.set_mode(Mode::Banner, "2", true, Some(Choices::all(&[ADS])));
        s.set_mode(Mode::Tcf, "3", false, None);
        assert_eq!(s.mode(), Some(Mode::Banner));
        assert!(s.allows(ADS));
        let v = s.view_for(1, vec![ADS], false, false);
        assert!(v.gpc);
        assert_eq!(v.banner, Banner::Hidden, "decided: no banner");
        assert_eq!(s.decide(Choices::none(), Source::Banner).revision, "2");
    }

    #[test]
    fn a_decision_passed_in_before_any_widget_is_recorded_under_the_pages_revision() {
        let mut s = ConsentState::new();
        let early = s.decide(Choices::all(&[ADS]), Source::Url);
        assert!(!early.remember, "no revision known yet");
        let later = s
            .set_mode(Mode::Banner, "7", false, None)
            .expect("recorded now");
        assert_eq!((later.source, later.revision.as_str()), (Source::Url, "7"));
        assert!(s.allows(ADS));
        // Under a host or a CMP, their record is the record.
        let mut s = ConsentState::new();
        s.decide(Choices::all(&[ADS]), Source::App);
        assert!(s.set_mode(Mode::Tcf, "1", false, None).is_none());
    }

    #[test]
    fn only_a_creative_with_a_slot_and_an_embedded_player_need_consent() {
        assert_eq!(used_categories(true, true, false), vec![ADS]);
        assert!(used_categories(true, false, false).is_empty());
        assert!(used_categories(false, true, false).is_empty());
        assert_eq!(used_categories(false, false, true), vec![Category::Media]);
        assert_eq!(
            used_categories(true, true, true),
            vec![ADS, Category::Media]
        );
    }

    #[test]
    fn allowing_media_in_place_keeps_the_other_choices() {
        let mut s = banner_page();
        s.decide(Choices::all(&[ADS]), Source::Banner);
        let mut c = s.choices();
        c.set(Category::Media, true);
        let d = s.decide(c, Source::Banner);
        assert!(d.remember && s.allows(ADS) && s.allows(Category::Media));
    }
}
