//! Inline SVG icons: no icon font, no image request, no third party. Drawn on a 24×24 grid,
//! filled with `currentColor` so they follow the theme and forced-colors mode.

use crate::core::article::Network;
use crate::core::html::Markup;
use crate::core::share::ShareTarget;

macro_rules! svg {
    ($($d:literal),+) => {
        concat!(
            "<svg class=\"ae-i\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\">",
            $("<path d=\"", $d, "\"/>",)+
            "</svg>"
        )
    };
}

const FACEBOOK: &str = svg!("M13.5 21v-7.5h2.6l.4-3h-3V8.6c0-.9.3-1.5 1.5-1.5h1.6V4.4a21 21 0 0 0-2.3-.1c-2.3 0-3.9 1.4-3.9 4v2.2H7.8v3h2.6V21z");
const X: &str = svg!("M3.5 3.5h5.2l4 5.5 4.7-5.5h2l-5.8 6.8 7 10.2h-5.2l-4.4-6.2-5.3 6.2h-2l6.4-7.4zm2.8 1.4 9.5 14.2h2L8.3 4.9z");
const LINKEDIN: &str = svg!("M4 9h3.4v11H4zM5.7 3.6a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM9.5 9h3.3v1.5c.5-.9 1.6-1.8 3.3-1.8 3.5 0 4.2 2.3 4.2 5.3V20h-3.4v-5.3c0-1.3 0-2.9-1.8-2.9s-2.1 1.4-2.1 2.8V20H9.5z");
const WHATSAPP: &str = svg!("M12 3a9 9 0 0 0-7.7 13.6L3 21l4.5-1.2A9 9 0 1 0 12 3zm0 1.7a7.3 7.3 0 1 1-3.7 13.6l-.3-.2-2.6.7.7-2.6-.2-.3A7.3 7.3 0 0 1 12 4.7zm-3 3.2c-.2 0-.5 0-.7.3s-1 1-1 2.3 1 2.7 1.2 2.9c.1.2 2 3.1 4.9 4.3 2.4.9 2.9.8 3.4.7s1.7-.7 1.9-1.4.2-1.3.2-1.4l-.5-.3-1.8-.9c-.2-.1-.4-.1-.6.1l-.8 1c-.1.2-.3.2-.5.1a6 6 0 0 1-3.4-3c-.2-.3 0-.4.1-.5l.4-.5.3-.5v-.5l-.8-2c-.2-.5-.4-.4-.6-.4z");
const TELEGRAM: &str = svg!("M20.7 4.3 2.9 11.2c-1.2.5-1.2 1.2-.2 1.5l4.6 1.4 1.7 5.3c.2.6.5.7.9.7.5 0 .6-.2 1-.5l2.2-2.1 4.6 3.4c.8.5 1.4.2 1.6-.8l3-14.2c.3-1.2-.5-1.8-1.6-1.6zM9.3 13.9l8.3-7.6-9.6 6.1.5 4z");
const REDDIT: &str = svg!("M21 12.1a2 2 0 0 0-3.4-1.4 9.8 9.8 0 0 0-5.2-1.6l.9-4.1 2.9.6a1.4 1.4 0 1 0 .2-1l-3.3-.7c-.3 0-.5.1-.6.4l-1 4.8a9.9 9.9 0 0 0-5.3 1.6A2 2 0 1 0 4 14a3.8 3.8 0 0 0 0 .6c0 3 3.6 5.5 8 5.5s8-2.5 8-5.5v-.6a2 2 0 0 0 1-1.9zM7.5 13.5a1.4 1.4 0 1 1 2.8 0 1.4 1.4 0 0 1-2.8 0zm8 3.7c-1 .9-2.5 1.3-3.5 1.3s-2.5-.4-3.5-1.3a.4.4 0 0 1 .5-.6c.7.6 1.9 1 3 1s2.3-.4 3-1a.4.4 0 0 1 .5.6zm-.3-2.3a1.4 1.4 0 1 1 0-2.8 1.4 1.4 0 0 1 0 2.8z");
const INSTAGRAM: &str = svg!("M12 7.4a4.6 4.6 0 1 0 0 9.2 4.6 4.6 0 0 0 0-9.2zm0 7.6a3 3 0 1 1 0-6 3 3 0 0 1 0 6zm4.8-8.9a1.1 1.1 0 1 0 0 2.2 1.1 1.1 0 0 0 0-2.2zM20.9 8c-.1-1.4-.4-2.7-1.5-3.7S17.1 2.9 15.6 2.9c-1.4-.1-5.8-.1-7.2 0C7 2.9 5.7 3.2 4.6 4.3S3.1 6.6 3 8c-.1 1.4-.1 5.8 0 7.2.1 1.4.4 2.7 1.5 3.7s2.3 1.4 3.7 1.5c1.4.1 5.8.1 7.2 0 1.4-.1 2.7-.4 3.7-1.5s1.4-2.3 1.5-3.7c.1-1.4.1-5.8.3-7.2zm-2 8.9c-.3.8-.9 1.3-1.6 1.6-1.1.4-3.8.3-5.1.3s-4 .1-5.1-.3a2.9 2.9 0 0 1-1.6-1.6c-.4-1.1-.3-3.8-.3-5.1s-.1-4 .3-5.1c.3-.8.9-1.3 1.6-1.6 1.1-.4 3.8-.3 5.1-.3s4-.1 5.1.3c.8.3 1.3.9 1.6 1.6.4 1.1.3 3.8.3 5.1s.1 4-.3 5.1z");
const YOUTUBE: &str = svg!("M21.6 7.2a2.5 2.5 0 0 0-1.8-1.8C18.2 5 12 5 12 5s-6.2 0-7.8.4a2.5 2.5 0 0 0-1.8 1.8C2 8.8 2 12 2 12s0 3.2.4 4.8c.2.9.9 1.5 1.8 1.8 1.6.4 7.8.4 7.8.4s6.2 0 7.8-.4a2.5 2.5 0 0 0 1.8-1.8c.4-1.6.4-4.8.4-4.8s0-3.2-.4-4.8zM10 15V9l5.2 3z");
const RSS: &str = svg!("M5 17a2 2 0 1 0 0 4 2 2 0 0 0 0-4zM3 10v3a8 8 0 0 1 8 8h3A11 11 0 0 0 3 10zm0-6v3a14 14 0 0 1 14 14h3A17 17 0 0 0 3 4z");
const EMAIL: &str = svg!("M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2.4V17h16V7.4l-8 5.3zM5.3 7 12 11.4 18.7 7z");
const LINK: &str = svg!("M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a1 1 0 1 1 1.4 1.4L12 13.4a1 1 0 0 1-1.4 0zM7.8 19.8a4 4 0 0 1-2.8-6.9L7.1 11a1 1 0 0 1 1.4 1.4l-2.1 2.1a2 2 0 0 0 2.8 2.8l2.1-2.1a1 1 0 0 1 1.4 1.4l-2.1 2.1a4 4 0 0 1-2.8 1.1zm8.5-6.4a1 1 0 0 1-.7-1.7l2.1-2.1a2 2 0 0 0-2.8-2.8l-2.1 2.1a1 1 0 0 1-1.4-1.4l2.1-2.1a4 4 0 0 1 5.6 5.6L17 13.1a1 1 0 0 1-.7.3z");
const SHARE: &str = svg!("M18 2.5a3 3 0 0 0-2.9 3.8L8.3 9.8a3 3 0 1 0 0 4.4l6.8 3.5A3 3 0 1 0 16 16l-6.8-3.5a3 3 0 0 0 0-1L16 8a3 3 0 1 0 2-5.5z");
const GLOBE: &str = svg!("M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm7.9 9h-3.4a15 15 0 0 0-1.7-6.5A8 8 0 0 1 19.9 11zM12 4c.9 1 2.3 3.5 2.5 7h-5C9.7 7.5 11.1 5 12 4zM9.2 4.5A15 15 0 0 0 7.5 11H4.1a8 8 0 0 1 5.1-6.5zM4.1 13h3.4a15 15 0 0 0 1.7 6.5A8 8 0 0 1 4.1 13zm7.9 7c-.9-1-2.3-3.5-2.5-7h5c-.2 3.5-1.6 6-2.5 7zm2.8-.5a15 15 0 0 0 1.7-6.5h3.4a8 8 0 0 1-5.1 6.5z");
/// A play triangle, for a player's facade; not mirrored in right-to-left text, as players'
/// own controls are not.
pub const PLAY: &str =
    svg!("M8 5.1v13.8a.6.6 0 0 0 .9.5l10.8-6.9a.6.6 0 0 0 0-1L8.9 4.6a.6.6 0 0 0-.9.5z");
const CHECK: &str = svg!("M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6L20.6 7.9l-1.4-1.4z");
const BLUESKY: &str = svg!("M6.3 4.3C8.6 6 11 9.5 12 11.4c1-1.9 3.4-5.4 5.7-7.1 1.7-1.2 4.3-2.2 4.3.8 0 .6-.3 5-.5 5.7-.7 2.5-3.2 3.1-5.5 2.7 4 .7 5 2.9 2.8 5.2-4.2 4.3-6-1.1-6.5-2.5l-.3-.8-.3.8c-.5 1.4-2.3 6.8-6.5 2.5-2.2-2.3-1.2-4.5 2.8-5.2-2.3.4-4.8-.2-5.5-2.7C2.3 10.1 2 5.7 2 5.1c0-3 2.6-2 4.3-.8z");
const THREADS: &str = svg!("M16.9 11.1C16.5 8.4 14.9 7 12.3 7c-1.6 0-2.9.7-3.7 1.9l1.5 1c.6-.9 1.5-1.1 2.2-1.1.8 0 1.5.3 1.9.7.3.4.5.8.6 1.4a12 12 0 0 0-2.6-.1c-2.7.2-4.4 1.7-4.3 3.8.1 2.1 2.2 3.4 4.3 3.3 1.4-.1 2.5-.6 3.3-1.5.6-.7 1-1.5 1.1-2.6.6.4 1 .8 1.3 1.4.4 1 .4 2.5-.9 3.8-1.1 1.1-2.5 1.6-4.5 1.6-2.2 0-3.9-.7-5.1-2.1C6.1 16.6 5.5 14.6 5.5 12s.6-4.6 1.8-6c1.2-1.4 2.9-2.1 5.1-2.1 2.3 0 4 .7 5.2 2.1.6.7 1 1.6 1.3 2.6l1.8-.5a9 9 0 0 0-1.7-3.3C17.5 3 15.3 2 12.4 2h0C9.5 2 7.3 3 5.8 4.8 4.4 6.5 3.6 8.9 3.6 12s.8 5.4 2.2 7.2C7.3 21 9.5 22 12.4 22h0c2.6 0 4.4-.7 5.9-2.2 2-2 1.9-4.4 1.3-5.9-.5-1.1-1.4-2-2.7-2.6zm-4.6 4.8c-1.1.1-2.3-.4-2.3-1.5-.1-.8.5-1.7 2.4-1.8h.7c.6 0 1.2.1 1.8.2-.2 2.6-1.5 3-2.6 3.1z");
const MASTODON: &str = svg!("M21.3 8.4c0-4.2-2.8-5.5-2.8-5.5C17.1 2.3 14.7 2 12 2h-.1c-2.6 0-5 .3-6.4.9 0 0-2.8 1.3-2.8 5.5v3.3c.1 4.1.7 8.1 4.5 9.1 1.7.5 3.2.6 4.4.5 2.2-.1 3.4-.8 3.4-.8l-.1-1.6s-1.6.5-3.3.4c-1.7 0-3.5-.2-3.8-2.2v-.5s1.7.4 3.8.5c1.3.1 2.5-.1 3.7-.2 2.4-.3 4.4-1.7 4.7-3 .4-2.1.4-5.1.4-5.1zM6.3 13.5V8.2c0-1.5 1-2.4 2.3-2.4 1.2 0 2 .5 2.5 1.4l.9 1.4.9-1.4c.5-.9 1.3-1.4 2.5-1.4 1.3 0 2.3.9 2.3 2.4v5.3h-2.4V8.5c0-.8-.4-1.2-1-1.2-.7 0-1.1.5-1.1 1.4v2.9h-2.4V8.7c0-.9-.4-1.4-1.1-1.4-.6 0-1 .4-1 1.2v5z");
const EDIT: &str = svg!("M3 17.3V21h3.7L17.8 9.9l-3.7-3.7zM20.7 7a1 1 0 0 0 0-1.4l-2.3-2.3a1 1 0 0 0-1.4 0l-1.8 1.8 3.7 3.7z");
const CHEVRON: &str = svg!("M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6z");
const WEB: &str = GLOBE;

/// The icon of a follow-us network.
pub fn follow(m: &mut Markup, n: Network) {
    m.trusted(match n {
        Network::Facebook => FACEBOOK,
        Network::X => X,
        Network::LinkedIn => LINKEDIN,
        Network::Instagram => INSTAGRAM,
        Network::YouTube => YOUTUBE,
        Network::Telegram => TELEGRAM,
        Network::Rss => RSS,
        Network::Email => EMAIL,
        Network::Web => WEB,
    });
}

/// The icon of a share target.
pub fn share(m: &mut Markup, t: ShareTarget) {
    m.trusted(match t {
        ShareTarget::Native => SHARE,
        ShareTarget::Facebook => FACEBOOK,
        ShareTarget::X => X,
        ShareTarget::LinkedIn => LINKEDIN,
        ShareTarget::WhatsApp => WHATSAPP,
        ShareTarget::Telegram => TELEGRAM,
        ShareTarget::Reddit => REDDIT,
        ShareTarget::Bluesky => BLUESKY,
        ShareTarget::Threads => THREADS,
        ShareTarget::Mastodon => MASTODON,
        ShareTarget::Email => EMAIL,
        ShareTarget::Copy => LINK,
    });
}

/// The globe of the language switcher.
pub fn globe(m: &mut Markup) {
    m.trusted(GLOBE);
}

/// A check mark (copied, current language).
pub fn check(m: &mut Markup) {
    m.trusted(CHECK);
}

/// A pencil (change the remembered Mastodon server).
pub fn edit(m: &mut Markup) {
    m.trusted(EDIT);
}

/// A chevron pointing down ("Continue reading"; turned up once open).
pub fn chevron(m: &mut Markup) {
    m.trusted(CHEVRON);
}
