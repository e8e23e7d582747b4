//! What the shell keeps in the reader's `localStorage`: two entries, both strictly necessary
//! (so kept without consent), read and written here only. Storage that is absent or throws
//! (private modes, blocked) reads as empty and ignores writes: the reader is asked again.

/// Storage key of the reader's remembered language (strictly necessary: the reader chose it).
pub const LANG_KEY: &str = "article-embed:lang";

/// Storage key of the consent record (strictly necessary: it is the reader's answer).
pub const CONSENT_KEY: &str = "article-embed:consent";

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
