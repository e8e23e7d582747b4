//! Small string helpers written for size. std's substring search (two-way) and `join` are
//! fast on long texts but cost kilobytes of wasm; the strings here are short (URLs, a
//! language filter, a passage), so plain loops serve them as well.

/// `s[range]`, or "" where the range is not on character boundaries. Used instead of
/// indexing where the bounds come from a search of the same string (so they always hold):
/// indexing's panic path pulls `char` debug formatting and Unicode tables, ~3 KB of wasm.
pub fn cut<R: std::slice::SliceIndex<str, Output = str>>(s: &str, range: R) -> &str {
    s.get(range).unwrap_or_default()
}

/// Byte offset of the first occurrence of `needle` in `haystack`.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

/// Whether `needle` occurs in `haystack`.
pub fn contains(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

/// How many characters `s` has: its bytes that start one. std's `chars().count()` is a
/// vectorised loop of ~0.8 KB of wasm; the strings counted here are short.
pub fn char_count(s: &str) -> usize {
    s.bytes().filter(|b| b & 0xC0 != 0x80).count()
}

/// The parts joined with `sep` between them.
pub fn join<'a>(parts: impl IntoIterator<Item = &'a str>, sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    out
}

/// The parts one after another (`["ae-cap-", "3"]` → `ae-cap-3`): a loop, where `concat` on a
/// slice of strings costs its own generic copy (1 KB of wasm, measured).
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::new();
    for p in parts {
        out.push_str(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_like_std() {
        for (h, n) in [
            ("https://a", "://"),
            ("abc", "d"),
            ("", "a"),
            ("aaab", "aab"),
            ("é://", "://"),
            ("x", ""),
        ] {
            assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
        }
        assert!(contains("XNUMX", "NUM"));
    }

    #[test]
    fn cut_is_slicing_that_cannot_panic() {
        assert_eq!(cut("https://a", ..5), "https");
        assert_eq!(cut("héllo", 2..), ""); // inside "é": no panic, nothing
        assert_eq!(cut("abc", 5..), "");
    }

    #[test]
    fn counts_characters_like_std() {
        for s in ["", "abc", "tættere", "علاقات «тығыз»", "😀 e\u{301}"] {
            assert_eq!(char_count(s), s.chars().count(), "{s:?}");
        }
    }

    #[test]
    fn cats_like_concat() {
        assert_eq!(cat(&["ae-", "cap", "-3"]), ["ae-", "cap", "-3"].concat());
        assert_eq!(cat(&[]), "");
    }

    #[test]
    fn joins_like_std() {
        assert_eq!(join(["a", "b", "c"], ", "), "a, b, c");
        assert_eq!(join([], "/"), "");
        assert_eq!(join(["", "x"], "/"), "/x");
    }
}
