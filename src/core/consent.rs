//! Consent: categories, the stored record, and the one gate everything that needs consent
//! goes through.

/// A purpose that needs the reader's consent. Strictly necessary storage (the remembered
/// language, the consent record itself) needs none and is not a category here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// The ad slot's creative.
    Advertising,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 1] = [Category::Advertising];

    /// The id used in storage, attributes and events.
    pub fn id(self) -> &'static str {
        match self {
            Category::Advertising => "advertising",
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

/// What is remembered: the choices, when, under which policy revision, in which language the
/// banner was shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The decision.
    pub choices: Choices,
    /// When, in ms since the epoch.
    pub time_ms: u64,
    /// The policy revision it was given under.
    pub revision: String,
    /// The language the banner was shown in.
    pub lang: String,
}

impl Record {
    /// Serialises as `1|<time>|<revision>|<lang>|<cat>,<cat>` (a line a person can read in
    /// the storage inspector; `|` is removed from the free-text parts).
    pub fn encode(&self) -> String {
        let clean = |s: &str| s.chars().filter(|c| *c != '|').collect::<String>();
        let cats: Vec<&str> = self.choices.granted.iter().map(|c| c.id()).collect();
        format!(
            "1|{}|{}|{}|{}",
            self.time_ms,
            clean(&self.revision),
            clean(&self.lang),
            super::text::join(cats, ",")
        )
    }

    /// Reads a stored record; `None` for anything it does not recognise (asked again).
    pub fn decode(s: &str) -> Option<Record> {
        let mut parts = s.split('|');
        if parts.next()? != "1" {
            return None;
        }
        let time_ms = parts.next()?.parse().ok()?;
        let revision = parts.next()?.to_owned();
        let lang = parts.next()?.to_owned();
        let cats = parts.next()?;
        if parts.next().is_some() {
            return None;
        }
        let mut choices = Choices::none();
        for c in cats.split(',').filter(|c| !c.is_empty()) {
            choices.set(Category::parse(c)?, true);
        }
        Some(Record {
            choices,
            time_ms,
            revision,
            lang,
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
        };
        let back = Record::decode(&r.encode()).unwrap();
        assert_eq!(back.revision, "2026-11x");
        assert!(back
            .valid_for("2026-11x")
            .unwrap()
            .allows(Category::Advertising));
        assert!(back.valid_for("2027-01").is_none());
        for bad in [
            "",
            "2|1|r|da|",
            "1|x|r|da|",
            "1|1|r|da|bogus",
            "1|1|r|da||extra",
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
