//! What the shell keeps in the reader's `localStorage`: three entries, all strictly necessary
//! (so kept without consent: each is what the reader chose, for what they asked for), read
//! and written here only. Storage that is absent or throws
//! (private modes, blocked) reads as empty and ignores writes: the reader is asked again.

/// Storage key of the reader's remembered language (strictly necessary: the reader chose it).
pub const LANG_KEY: &str = "article-embed:lang";

/// Storage key of the consent record (strictly necessary: it is the reader's answer).
pub const CONSENT_KEY: &str = "article-embed:consent";

/// Storage key of the reader's Mastodon server (strictly necessary: they typed it to share,
/// and it is read back only when they share again).
pub const MASTODON_KEY: &str = "article-embed:mastodon";

/// The reader's remembered Mastodon server, checked again as it is read (the page shares this
/// storage and could have written anything there).
pub fn mastodon() -> Option<crate::core::share::server::ServerName> {
    crate::core::share::server::ServerName::parse(&get(MASTODON_KEY)?).ok()
}

/// Reads an entry; `None` when absent or when storage throws.
pub fn get(key: &str) -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

/// Writes an entry; a storage that throws is ignored. The page may have wrapped `setItem`:
/// call only outside registry borrows.
pub fn set(key: &str, value: &str) {
    if let Some(Ok(Some(s))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = s.set_item(key, value);
    }
}
