//! The media blocks: a third party's player behind its facade, a quoted post, the publisher's
//! own video and audio, galleries.
//!
//! A facade requests nothing from its provider: its poster, if any, is the publisher's (the
//! validator keeps only first-party posters). Its button asks for the player; where embedded
//! content is not allowed yet it asks for consent in place first (`UiState::media_asking`);
//! the player is drawn only for an embed the reader started (`UiState::players`) while
//! embedded content is allowed, so withdrawing consent removes it. Prerendered pages, which
//! run no script, show the facade as a link to the original.

use super::element::open;
use super::inlines::{inlines, Refs};
use super::{icons, View};
use crate::core::action::{Action, EmbedAction};
use crate::core::article::media::{Audio, Embed, Gallery, Post, Video};
use crate::core::article::{Block, Inline};
use crate::core::consent::Category;
use crate::core::html::{Markup, SafeUrl};
use crate::core::i18n::Msg;
use crate::core::text::cat;

/// The player's sandbox: scripts (it is a script), its own origin (the player's storage and
/// requests to its own host need it, and it is the provider's origin, not ours or the host
/// page's), the Presentation API (casting) and popups (its "watch on …" link opens a tab).
/// Not top navigation, forms, modals or downloads.
pub const PLAYER_SANDBOX: &str = "allow-scripts allow-same-origin allow-presentation allow-popups";
/// What the player may use: fullscreen, picture-in-picture and encrypted media. No autoplay:
/// the reader starts the video in the player.
pub const PLAYER_ALLOW: &str = "fullscreen; picture-in-picture; encrypted-media";

/// An image with its intrinsic size, loaded lazily.
pub(super) fn img(m: &mut Markup, src: &SafeUrl, alt: &str, width: u32, height: u32) {
    m.tag("img")
        .url("src", src)
        .attr("alt", alt)
        .attr("width", &width.to_string())
        .attr("height", &height.to_string())
        .attr("loading", "lazy")
        .attr("decoding", "async")
        .void();
}

/// An empty SVG whose view box gives its box the media's aspect ratio: sized without an
/// inline style, which a strict CSP would refuse.
fn ratio(m: &mut Markup, (w, h): (u32, u32)) {
    m.tag("svg")
        .attr("class", "ae-ratio")
        .attr(
            "viewBox",
            &cat(&["0 0 ", &w.to_string(), " ", &h.to_string()]),
        )
        .attr("aria-hidden", "true")
        .body(|_| {});
}

pub(super) fn embed(m: &mut Markup, v: &View<'_>, (at, b): (usize, &Block), e: &Embed, refs: Refs) {
    open(m, "figure", Some("ae-embed"), b)
        .attr("id", &cat(&["ae-emb-", &at.to_string()]))
        .body(|m| embed_inner(m, v, (at, b), e, refs));
}

/// What an embed's figure holds: its player, its consent prompt or its facade, then its
/// caption and a link to the original. Drawn alone when only this embed changes
/// ([`super::render_embed`]), so that the article's other players keep playing.
pub(super) fn embed_inner(
    m: &mut Markup,
    v: &View<'_>,
    (at, b): (usize, &Block),
    e: &Embed,
    refs: Refs,
) {
    let provider = e.provider.label();
    // A prerendered page runs no script: its facade is a link, whatever the state says.
    let pre = v.prerendered();
    let allowed = !pre && v.consent.choices.allows(Category::Media);
    let playing = allowed && v.state.players.contains(&at);
    let asking = !pre && !playing && v.state.media_asking == Some(at);
    let size = e.size.unwrap_or((16, 9));
    let ui = v.ui_lang_in(b);
    if playing {
        let title = match &e.title {
            Some(t) => t.clone(),
            None => v.ui.format(Msg::EmbedVideo, &[("provider", provider)]),
        };
        m.tag("div").attr("class", "ae-frame").body(|m| {
            ratio(m, size);
            m.tag("iframe")
                .url("src", &e.provider.player(&e.media))
                .attr("title", &title)
                .attr("data-player", &at.to_string())
                .attr("sandbox", PLAYER_SANDBOX)
                .attr("allow", PLAYER_ALLOW)
                .attr("referrerpolicy", "strict-origin-when-cross-origin")
                .body(|_| {});
        });
    } else if asking {
        ask(m, v, (at, b), e);
    } else {
        m.tag("div").attr("class", "ae-frame").body(|m| {
            ratio(m, size);
            if let Some(p) = &e.poster {
                m.tag("img")
                    .url("src", p)
                    .attr("alt", "")
                    .attr("class", "ae-poster")
                    .attr("loading", "lazy")
                    .attr("decoding", "async")
                    .void();
            }
            let control = if pre {
                m.tag("a")
                    .url("href", &e.url)
                    .attr("target", "_blank")
                    .attr("rel", "noopener noreferrer")
            } else {
                m.tag("button")
                    .attr("type", "button")
                    .action(&Action::Embed(EmbedAction::Play, at))
            };
            let label = if pre { Msg::EmbedOpen } else { Msg::EmbedPlay };
            control.attr("class", "ae-facade").body(|m| {
                m.tag("span")
                    .attr("class", "ae-play")
                    .attr_opt("lang", ui.map(|u| u.0))
                    .attr_opt("dir", ui.map(|u| u.1))
                    .body(|m| {
                        m.trusted(icons::PLAY);
                        m.text(&v.ui.format(label, &[("provider", provider)]));
                    });
                if let Some(t) = &e.title {
                    m.tag("span").attr("class", "ae-embed-title").text(t);
                }
            });
        });
    }
    if e.caption.is_none() && pre {
        return;
    }
    m.tag("figcaption").body(|m| {
        if let Some(c) = &e.caption {
            inlines(m, v, c, refs);
        }
        if !pre {
            m.tag("a")
                .url("href", &e.url)
                .attr("class", "ae-embed-link")
                .attr("target", "_blank")
                .attr("rel", "noopener noreferrer")
                .attr_opt("lang", ui.map(|u| u.0))
                .attr_opt("dir", ui.map(|u| u.1))
                .body(|m| {
                    m.text(&v.ui.format(Msg::EmbedOpen, &[("provider", provider)]));
                    m.tag("span")
                        .attr("class", "ae-vh")
                        .text(&cat(&[" ", v.ui.get(Msg::ShareNewTab)]));
                });
        }
    });
}

/// The consent prompt in a facade: what loads from whom, "Allow and play" and "Not now"; where
/// the host page manages consent, only that embedded videos are off and "Not now".
fn ask(m: &mut Markup, v: &View<'_>, (at, b): (usize, &Block), e: &Embed) {
    let provider = e.provider.label();
    let ui = v.ui_lang_in(b);
    let id = cat(&["ae-ask-", &at.to_string()]);
    m.tag("div")
        .attr("class", "ae-ask")
        .attr("role", "group")
        .attr("aria-labelledby", &id)
        .attr_opt("lang", ui.map(|u| u.0))
        .attr_opt("dir", ui.map(|u| u.1))
        .body(|m| {
            m.tag("p")
                .attr("class", "ae-ask-h")
                .attr("id", &id)
                .attr("tabindex", "-1")
                .text(&v.ui.format(Msg::EmbedAsk, &[("provider", provider)]));
            let detail = if v.consent.manageable {
                v.ui.format(Msg::EmbedAskDetail, &[("host", e.provider.player_host())])
            } else {
                v.ui.get(Msg::EmbedManaged).to_owned()
            };
            m.tag("p").text(&detail);
            m.tag("div").attr("class", "ae-consent-actions").body(|m| {
                let button = |m: &mut Markup, a: EmbedAction, label: Msg| {
                    m.tag("button")
                        .attr("type", "button")
                        .attr("class", "ae-btn")
                        .action(&Action::Embed(a, at))
                        .text(v.ui.get(label));
                };
                if v.consent.manageable {
                    button(m, EmbedAction::Allow, Msg::EmbedAllow);
                }
                button(m, EmbedAction::Later, Msg::EmbedLater);
            });
        });
}

/// A quoted post: its text as a quotation, then who posted it, when, and a link to it. The
/// network's own embed (its script) is never loaded.
pub(super) fn post(m: &mut Markup, v: &View<'_>, b: &Block, p: &Post, refs: Refs) {
    let ui = v.ui_lang_in(b);
    open(m, "figure", Some("ae-quote ae-post"), b).body(|m| {
        m.tag("blockquote").url("cite", &p.url).body(|m| {
            m.tag("p").body(|m| inlines(m, v, &p.text, refs));
            if let Some(media) = &p.media {
                m.tag("p")
                    .attr("class", "ae-post-media")
                    .attr_opt("lang", ui.map(|u| u.0))
                    .attr_opt("dir", ui.map(|u| u.1))
                    .text(&v.ui.format(Msg::PostMedia, &[("description", media)]));
            }
        });
        m.tag("figcaption").body(|m| {
            m.tag("cite")
                .attr("class", "ae-post-author")
                .text(&p.author);
            if let Some(h) = &p.handle {
                m.text(" ");
                m.tag("span")
                    .attr("class", "ae-muted")
                    .attr("dir", "ltr")
                    .text(h);
            }
            if let Some(d) = &p.date {
                m.text(" · ");
                m.tag("time")
                    .attr("datetime", d.as_str())
                    .attr_opt("lang", ui.map(|u| u.0))
                    .attr_opt("dir", ui.map(|u| u.1))
                    .text(&v.ui.date(d));
            }
            m.text(" · ");
            m.tag("a")
                .url("href", &p.url)
                .attr("target", "_blank")
                .attr("rel", "noopener noreferrer")
                .attr_opt("lang", ui.map(|u| u.0))
                .attr_opt("dir", ui.map(|u| u.1))
                .text(
                    &v.ui
                        .format(Msg::PostView, &[("network", p.network.label())]),
                );
        });
    });
}

/// The publisher's own video: the browser's player, nothing loaded before play but the poster.
pub(super) fn video(m: &mut Markup, v: &View<'_>, b: &Block, video: &Video, refs: Refs) {
    open(m, "figure", Some("ae-figure ae-video"), b).body(|m| {
        let size = video.size.map(|(w, h)| (w.to_string(), h.to_string()));
        let el = m.tag("video").url("src", &video.src);
        let el = match &video.poster {
            Some(p) => el.url("poster", p),
            None => el,
        };
        el.flag("controls", true)
            .attr("preload", "none")
            .flag("playsinline", true)
            .attr_opt("width", size.as_ref().map(|s| s.0.as_str()))
            .attr_opt("height", size.as_ref().map(|s| s.1.as_str()))
            .body(|m| {
                for t in &video.tracks {
                    m.tag("track")
                        .url("src", &t.src)
                        .attr("kind", t.kind.name())
                        .attr("srclang", t.srclang.as_str())
                        .attr("label", &t.label)
                        .void();
                }
            });
        caption(m, v, &video.caption, refs);
    });
}

/// The publisher's own audio.
pub(super) fn audio(m: &mut Markup, v: &View<'_>, b: &Block, a: &Audio, refs: Refs) {
    open(m, "figure", Some("ae-figure ae-audio"), b).body(|m| {
        m.tag("audio")
            .url("src", &a.src)
            .flag("controls", true)
            .attr("preload", "none")
            .body(|_| {});
        caption(m, v, &a.caption, refs);
    });
}

/// Images in a responsive grid (CSS), each with its caption; the gallery's caption last.
pub(super) fn gallery(m: &mut Markup, v: &View<'_>, b: &Block, g: &Gallery, refs: Refs) {
    open(m, "figure", Some("ae-gallery"), b).body(|m| {
        let list = m.tag("ul");
        let list = match g.caption {
            Some(_) => list,
            None => list.attr("aria-label", v.ui.get(Msg::Gallery)),
        };
        list.body(|m| {
            for i in &g.images {
                m.tag("li").body(|m| {
                    m.tag("figure").attr("class", "ae-figure").body(|m| {
                        img(m, &i.src, &i.alt, i.width, i.height);
                        caption(m, v, &i.caption, refs);
                    });
                });
            }
        });
        caption(m, v, &g.caption, refs);
    });
}

fn caption(m: &mut Markup, v: &View<'_>, c: &Option<Vec<Inline>>, refs: Refs) {
    if let Some(c) = c {
        m.tag("figcaption").body(|m| inlines(m, v, c, refs));
    }
}
