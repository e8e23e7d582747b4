//! Consent: categories, the stored record, and the one gate everything that needs consent
//! goes through; [`state`], the page's consent state (who decides, which widget shows the
//! banner, what a decision changes).

pub mod state;

/// A purpose that needs the reader's consent. Strictly necessary storage (the remembered
/// language, the consent record itself) needs none and is not a category here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// The ad slot's creative.
    Advertising,
    /// Embedded content: a third party's player, loaded when the reader clicks its facade.
    /// Global Privacy Control does not bear on it (it is about selling and sharing data).
    Media,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 2] = [Category::Advertising, Category::Media];

    /// The id used in storage, attributes and events.
    pub fn id(self) -> &'static str {
        match self {
            Category::Advertising => "advertising",
            Category::Media => "media",
        }
    }

    /// Parses an id.
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == s)
    }
}

/// The reader's decision, per category.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choices {
    granted: Vec<Category>,
}

impl Choices {
    /// Everything in `used` granted.
    pub fn all(used: &[Category]) -> Choices {
        Choices {
            granted: used.to_vec(),
        }
    }

    /// Nothing granted.
    pub fn none() -> Choices {
        Choices::default()
    }

    /// Whether a category is granted.
    pub fn allows(&self, c: Category) -> bool {
        self.granted.contains(&c)
    }

    /// Grants or withdraws one category.
    pub fn set(&mut self, c: Category, on: bool) {
        self.granted.retain(|g| *g != c);
        if on {
            self.granted.push(c);
        }
    }
}

/// Who made a decision. Only the reader, or someone the host page named, may grant anything:
/// a link anyone can send and a page that frames the host's are neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The reader, in our banner or the privacy choices.
    Banner,
    /// The page's IAB TCF CMP.
    Tcf,
    /// The host page's own script (`ArticleEmbed.consent()`).
    Host,
    /// The embedding page's URL (`?article-embed-consent=`), where the page allows it: our embed
    /// page, or a host page with `consent-sources="url"`.
    Url,
    /// An app or embedding frame: a message from the same window (an app's injected script), or
    /// from a parent whose origin the host lists in `consent-origins`.
    App,
}

impl Source {
    const ALL: [Source; 5] = [
        Source::Banner,
        Source::Tcf,
        Source::Host,
        Source::Url,
        Source::App,
    ];

    /// The id used in the event's `source`, the stored record and between loader and shell.
    pub fn id(self) -> &'static str {
        match self {
            Source::Banner => "banner",
            Source::Tcf => "tcf",
            Source::Host => "host",
            Source::Url => "url",
            Source::App => "app",
        }
    }

    /// Reads an id.
    pub fn parse(s: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|x| x.id() == s)
    }

    /// Whether our record keeps such a decision: the reader's own, and what the embedder passed
    /// in (a host or its CMP keeps its own record).
    pub fn is_recorded(self) -> bool {
        matches!(self, Source::Banner | Source::Url | Source::App)
    }
}

/// What is remembered: the choices, who made them, when, under which policy revision, in which
/// language the banner was shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The decision.
    pub choices: Choices,
    /// When, in ms since the epoch.
    pub time_ms: u64,
    /// The policy revision it was given under.
    pub revision: String,
    /// The language the banner was shown in (empty when no banner was).
    pub lang: String,
    /// Who decided.
    pub source: Source,
}

impl Record {
    /// Serialises as `2|<time>|<revision>|<lang>|<source>|<cat>,<cat>` (a line a person can
    /// read in the storage inspector; `|` is removed from the free-text parts).
    pub fn encode(&self) -> String {
        let clean = |s: &str| s.chars().filter(|c| *c != '|').collect::<String>();
        let cats: Vec<&str> = self.choices.granted.iter().map(|c| c.id()).collect();
        format!(
            "2|{}|{}|{}|{}|{}",
            self.time_ms,
            clean(&self.revision),
            clean(&self.lang),
            self.source.id(),
            super::text::join(cats, ",")
        )
    }

    /// Reads a stored record (this version's, or a version 1 record, which only the banner
    /// wrote); `None` for anything it does not recognise (asked again). A category this version
    /// does not know (a later version's) is not granted here, and the rest of the record holds.
    pub fn decode(s: &str) -> Option<Record> {
        let mut parts = s.split('|');
        let version = parts.next()?;
        if version != "1" && version != "2" {
            return None;
        }
        let time_ms = parts.next()?.parse().ok()?;
        let revision = parts.next()?.to_owned();
        let lang = parts.next()?.to_owned();
        let source = if version == "1" {
            Source::Banner
        } else {
            Source::parse(parts.next()?)?
        };
        let cats = parts.next()?;
        if parts.next().is_some() {
            return None;
        }
        let mut choices = Choices::none();
        for c in cats.split(',').filter_map(Category::parse) {
            choices.set(c, true);
        }
        Some(Record {
            choices,
            time_ms,
            revision,
            lang,
            source,
        })
    }

    /// The record's choices if it still holds under `revision`; a new revision asks again.
    pub fn valid_for(&self, revision: &str) -> Option<&Choices> {
        (self.revision == revision).then_some(&self.choices)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_revisions_ask_again() {
        let mut choices = Choices::none();
        choices.set(Category::Advertising, true);
        let r = Record {
            choices,
            time_ms: 1_700_000_000_000,
            revision: "2026-11|x".into(),
            lang: "da".into(),
            source: Source::Url,
        };
        let back = Record::decode(&r.encode()).unwrap();
        assert_eq!(back.revision, "2026-11x");
        assert_eq!(back.source, Source::Url);
        let v1 = Record::decode("1|5|r|da|advertising").unwrap();
        assert_eq!((v1.source, v1.time_ms), (Source::Banner, 5));
        assert!(v1.choices.allows(Category::Advertising));
        assert!(back
            .valid_for("2026-11x")
            .unwrap()
            .allows(Category::Advertising));
        assert!(back.valid_for("2027-01").is_none());
        let media = Record::decode("2|5|r|da|banner|media,advertising").unwrap();
        assert!(
            media.choices.allows(Category::Media) && media.choices.allows(Category::Advertising)
        );
        let later = Record::decode("2|5|r|da|banner|media,holograms").unwrap();
        assert!(
            later.choices.allows(Category::Media),
            "a later category is ignored"
        );
        for bad in [
            "",
            "2|1|r|da|",
            "1|x|r|da|",
            "1|1|r|da||extra",
            "2|1|r|da|someone|",
            "2|1|r|da|banner",
            "3|1|r|da|banner|",
        ] {
            assert!(Record::decode(bad).is_none(), "{bad}");
        }
    }
}

/// What the widgets show of consent, decided by the shell from the page-wide state.
#[derive(Debug, Clone, Default)]
pub struct ConsentView {
    /// Categories this embed actually uses (only these are shown).
    pub used: Vec<Category>,
    /// The current decision (nothing granted until the reader decides).
    pub choices: Choices,
    /// Whether this widget shows the banner, and in which state.
    pub banner: Banner,
    /// The browser sends Global Privacy Control.
    pub gpc: bool,
    /// The reader manages consent here (false when the host page or its CMP does).
    pub manageable: bool,
}

/// The banner's state in one widget.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Banner {
    /// Not shown here.
    #[default]
    Hidden,
    /// The first screen: accept all, reject all, choose.
    Asking,
    /// The choice screen, a toggle per category.
    Choosing,
}
