//! Bluesky, Threads and Mastodon in the share rows: their links, the default set, Mastodon's
//! control before and after the reader's server is known with its labelled field (a group,
//! not a form: nothing can submit the host page), and the
//! prerendered pages, which leave Mastodon out (its field needs script).

mod common;
use article_embed::core::i18n::Catalog;
use article_embed::core::render::{render_article, ShareRow, UiState, View, ViewOptions};
use article_embed::core::share::server::ServerName;
use article_embed::core::share::ShareTarget;
use common::*;
use std::process::Command;

fn render(share: &[ShareTarget], state: &UiState) -> String {
    let a = load_fixture("eu-kazakhstan-closer-ties");
    let ui = Catalog::english();
    let lang = tag("en");
    let options = ViewOptions {
        share: share.to_vec(),
        ..ViewOptions::default()
    };
    let mut view = View::new(a.in_language(&lang).unwrap(), &ui, &options);
    view.state(state);
    render_article(&view)
}

/// The markup of the share row `name`: its `<div>` to the matching end tag.
fn row(html: &str, name: &str) -> String {
    let at = html
        .find(&format!("data-row=\"{name}\""))
        .unwrap_or_else(|| panic!("no {name} row"));
    let start = html[..at].rfind("<div").unwrap();
    let (mut depth, mut i) = (0, start);
    loop {
        let open = html[i..].find("<div").map(|o| i + o);
        let close = i + html[i..].find("</div>").expect("the row closes");
        match open {
            Some(o) if o < close => {
                depth += 1;
                i = o + 4;
            }
            _ => {
                depth -= 1;
                i = close + 6;
                if depth == 0 {
                    return html[start..i].to_owned();
                }
            }
        }
    }
}

#[test]
fn the_default_row_has_bluesky_and_mastodon_and_threads_only_when_asked() {
    let ids = |html: &str| -> Vec<String> {
        html.match_indices("data-share=\"")
            .map(|(i, _)| {
                let rest = &html[i + 12..];
                rest[..rest.find('"').unwrap()].to_owned()
            })
            .collect()
    };
    let html = render(&ShareTarget::DEFAULT, &UiState::default());
    let top = row(&html, "top");
    assert_eq!(
        ids(&top),
        [
            "facebook", "x", "linkedin", "whatsapp", "telegram", "reddit", "bluesky", "mastodon",
            "email", "copy"
        ],
        "the default set (no native share without the API)"
    );
    assert!(top.contains("href=\"https://bsky.app/intent/compose?text="));
    assert!(!html.contains("threads.com"));
    let asked = render(
        &ShareTarget::parse_list("threads, bluesky"),
        &UiState::default(),
    );
    assert_eq!(ids(&row(&asked, "top")), ["threads", "bluesky"]);
    assert!(asked.contains("href=\"https://www.threads.com/intent/post?text=EU%20and%20Kazakhstan"));
    assert!(asked.contains(">Share on \u{2068}Threads\u{2069} (opens in a new tab)</span>"));
}

#[test]
fn mastodon_asks_for_the_server_in_a_labelled_field_under_its_row() {
    let html = render(&[ShareTarget::Mastodon], &UiState::default());
    for (name, ids) in [("top", ShareRow::Top), ("bottom", ShareRow::Bottom)] {
        let r = row(&html, name);
        let ids = ids.mastodon_ids();
        // A button that says it opens the field, and names it.
        assert!(r.contains(&format!("<button type=\"button\" class=\"ae-icon-link\" aria-expanded=\"false\" aria-controls=\"{}\" data-share=\"mastodon\">", ids.form)), "{r}");
        assert!(
            r.contains(">Share on \u{2068}Mastodon\u{2069}</span></button>"),
            "no new tab yet: {r}"
        );
        // The field, hidden until opened: labelled, described, for host names.
        assert!(
            r.contains(&format!(
                "<div class=\"ae-masto\" id=\"{}\" role=\"group\" aria-labelledby=\"{}\" data-masto=\"\" hidden>",
                ids.form, ids.label
            )),
            "{r}"
        );
        assert!(r.contains(&format!(
            "<label id=\"{}\" for=\"{}\">Your Mastodon server</label>",
            ids.label, ids.input
        )));
        assert!(
            !r.contains("<form"),
            "nothing that can submit the host page"
        );
        assert!(r.contains(&format!("<input id=\"{}\" type=\"text\" inputmode=\"url\" autocomplete=\"off\" autocapitalize=\"none\" spellcheck=\"false\" dir=\"ltr\" aria-describedby=\"{}\" data-masto-input=\"\" value=\"\">", ids.input, ids.hint)), "{r}");
        assert!(r.contains(&format!(
            "<p class=\"ae-masto-hint\" id=\"{}\">Its name only, for example mastodon.social</p>",
            ids.hint
        )));
        assert!(r.contains(&format!(
            "id=\"{}\" data-masto-error=\"\" hidden>",
            ids.error
        )));
        assert!(r.contains(
            "<button type=\"button\" class=\"ae-btn\" data-action=\"mastodon-submit\">Share on \u{2068}Mastodon\u{2069}</button>"
        ));
        assert!(r.contains("data-action=\"mastodon-cancel\">Cancel</button>"));
    }
    // Open in the bottom row only.
    let open = render(
        &[ShareTarget::Mastodon],
        &UiState {
            mastodon_open: Some(ShareRow::Bottom),
            ..UiState::default()
        },
    );
    assert!(row(&open, "top").contains("data-masto=\"\" hidden>"));
    assert!(row(&open, "bottom").contains("data-masto=\"\">"));
    assert!(
        row(&open, "bottom").contains("aria-expanded=\"true\" aria-controls=\"ae-masto-bottom\"")
    );
}

#[test]
fn a_remembered_server_is_linked_with_a_control_to_change_it() {
    let state = UiState {
        mastodon: Some(ServerName::parse("Social.Example").unwrap()),
        ..UiState::default()
    };
    let html = render(&[ShareTarget::Mastodon], &state);
    let r = row(&html, "top");
    assert!(
        r.contains("<a href=\"https://social.example/share?text=EU%20and%20Kazakhstan"),
        "{r}"
    );
    assert!(r.contains("target=\"_blank\" rel=\"noopener noreferrer\""));
    assert!(r.contains(">Share on \u{2068}Mastodon\u{2069} (opens in a new tab)</span></a>"));
    // Beside it: its visible text is the server, its name says what it does.
    assert!(r.contains("data-action=\"mastodon-change\""), "{r}");
    assert!(r.contains("<span class=\"ae-vh\">Change Mastodon server: \u{2068}social.example\u{2069}</span><span aria-hidden=\"true\" dir=\"ltr\">social.example</span>"), "{r}");
    // The field holds the server, to change it.
    assert!(r.contains("data-masto-input=\"\" value=\"social.example\">"));
}

#[test]
fn the_prerendered_pages_have_bluesky_but_not_mastodon() {
    let doc = root().join("www/articles/eu-kazakhstan-closer-ties/article.json");
    let out = Command::new(env!("CARGO_BIN_EXE_article-embed"))
        .args(["render", doc.to_str().unwrap(), "--lang", "da"])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("data-share=\"bluesky\""));
    for absent in [
        "data-share=\"mastodon\"",
        "data-masto",
        "threads",
        "data-share=\"copy\"",
    ] {
        assert!(!html.contains(absent), "{absent}");
    }
}
