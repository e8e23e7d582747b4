//! The Content-Security-Policy sources the prerendered HTML needs: the hash of each inline
//! `<style>` and `<script>` the page generator writes. They are constants of this version of
//! the tool (no article text is ever inside them), so one list serves every article and
//! language, and a publisher's strict CSP needs no `'unsafe-inline'`.

use super::css::ROOT_SIZE_PROPERTY;
use super::page::{frame_js, shadow_css, Host, PAGE_CSS};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256};

/// A CSP hash source for one inline element's text: `'sha256-<base64>'`.
pub fn hash_source(text: &str) -> String {
    format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

/// What each kind of prerendered HTML needs, as CSP directives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CspSources {
    /// A host page that includes snippets (`render`, `snippet/<lang>.html`): `style-src …`.
    pub snippet: String,
    /// The embed pages (`embed/<lang>.html`): `script-src …; style-src …`.
    pub embed_page: String,
    /// The card pages (`card/<lang>.html`): `script-src …; style-src …`.
    pub card_page: String,
}

/// The sources of this version's snippets and pages.
pub fn sources() -> CspSources {
    let styles = |css: &[&str]| {
        css.iter()
            .map(|c| hash_source(c))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let page = |host| {
        format!(
            "script-src {}; style-src {}",
            hash_source(frame_js()),
            styles(&[PAGE_CSS, ROOT_SIZE_PROPERTY, shadow_css(host)])
        )
    };
    CspSources {
        snippet: format!(
            "style-src {}",
            styles(&[ROOT_SIZE_PROPERTY, shadow_css(Host::Embed)])
        ),
        embed_page: page(Host::Embed),
        card_page: page(Host::Card),
    }
}

/// `csp`'s output: each kind of HTML with the directives to add to its page's policy.
pub fn describe(s: &CspSources) -> String {
    format!(
        "# A page with snippets (render, snippet/<lang>.html): add to its policy\n{}\n\
         # The embed pages (embed/<lang>.html), if served with a policy\n{}\n\
         # The card pages (card/<lang>.html), if served with a policy\n{}\n",
        s.snippet, s.embed_page, s.card_page
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_source_is_the_base64_of_the_sha256_of_the_text() {
        // `printf '' | openssl dgst -sha256 -binary | base64`
        assert_eq!(
            hash_source(""),
            "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
        );
    }

    #[test]
    fn each_kind_names_its_directives() {
        let s = sources();
        assert!(s.snippet.starts_with("style-src 'sha256-"));
        assert_eq!(s.snippet.matches("'sha256-").count(), 2);
        for page in [&s.embed_page, &s.card_page] {
            assert!(page.starts_with("script-src 'sha256-"));
            assert_eq!(page.matches("'sha256-").count(), 4, "{page}");
        }
        assert_ne!(
            s.embed_page, s.card_page,
            "the card's stylesheet has its own rules"
        );
    }
}
