//! A parser for the subset of Fluent (`.ftl`) the catalogues use.
//!
//! Self-contained (std only) because `build.rs` includes it too, to compile the English
//! catalogue into the binary and to generate the message enum.

/// One message: `key = value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The message id.
    pub key: String,
    /// The value with its placeables as written (`Udgivet { $date }`).
    pub value: String,
    /// 1-based line number, for error messages.
    pub line: usize,
}

/// Why a catalogue does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub kind: FtlErrorKind,
}

/// Kinds of catalogue syntax error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FtlErrorKind {
    /// A line that is neither a comment, a message nor a continuation.
    NotAMessage,
    /// A key with characters outside `a-z 0-9 -`.
    BadKey(String),
    /// The same key twice.
    DuplicateKey(String),
    /// A message with no value.
    EmptyValue(String),
    /// A `{` that does not open a `{ $name }` placeable, or an unmatched brace.
    BadPlaceable(String),
}

impl std::fmt::Display for FtlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: ", self.line)?;
        match &self.kind {
            FtlErrorKind::NotAMessage => f.write_str("not a message"),
            FtlErrorKind::BadKey(k) => write!(f, "bad key \"{k}\""),
            FtlErrorKind::DuplicateKey(k) => write!(f, "duplicate key \"{k}\""),
            FtlErrorKind::EmptyValue(k) => write!(f, "empty value for \"{k}\""),
            FtlErrorKind::BadPlaceable(k) => write!(f, "bad placeable in \"{k}\""),
        }
    }
}

impl std::error::Error for FtlError {}

/// Parses a catalogue. Continuation lines (indented) are joined to the value with a space.
pub fn parse(src: &str) -> Result<Vec<Entry>, FtlError> {
    let mut entries: Vec<Entry> = Vec::new();
    for (i, raw) in src.lines().enumerate() {
        let line = i + 1;
        let err = |kind| Err(FtlError { line, kind });
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        if raw.starts_with(' ') || raw.starts_with('\t') {
            match entries.last_mut() {
                Some(last) => {
                    if !last.value.is_empty() {
                        last.value.push(' ');
                    }
                    last.value.push_str(raw.trim());
                    continue;
                }
                None => return err(FtlErrorKind::NotAMessage),
            }
        }
        let Some((key, value)) = raw.split_once('=') else {
            return err(FtlErrorKind::NotAMessage);
        };
        let key = key.trim();
        let key_ok = key.starts_with(|c: char| c.is_ascii_lowercase())
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !key_ok {
            return err(FtlErrorKind::BadKey(key.to_owned()));
        }
        if entries.iter().any(|e| e.key == key) {
            return err(FtlErrorKind::DuplicateKey(key.to_owned()));
        }
        entries.push(Entry {
            key: key.to_owned(),
            value: value.trim().to_owned(),
            line,
        });
    }
    for e in &entries {
        let fail = |kind| Err(FtlError { line: e.line, kind });
        if e.value.is_empty() {
            return fail(FtlErrorKind::EmptyValue(e.key.clone()));
        }
        if placeholders(&e.value).is_none() {
            return fail(FtlErrorKind::BadPlaceable(e.key.clone()));
        }
    }
    Ok(entries)
}

/// Splits a value into literal text and placeholder names; `None` when a brace is malformed.
pub fn pieces(value: &str) -> Option<Vec<Piece<'_>>> {
    let mut out = Vec::new();
    let mut rest = value;
    while let Some(open) = rest.find(['{', '}']) {
        let (text, from_brace) = rest.split_at_checked(open)?;
        if from_brace.starts_with('}') {
            return None;
        }
        if open > 0 {
            out.push(Piece::Text(text));
        }
        let (inner, after) = from_brace.get(1..)?.split_once('}')?;
        let inner = inner.trim();
        let name = inner.strip_prefix('$')?;
        let ok = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !ok {
            return None;
        }
        out.push(Piece::Var(name));
        rest = after;
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    Some(out)
}

/// A piece of a message value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Literal text.
    Text(&'a str),
    /// A `{ $name }` placeholder.
    Var(&'a str),
}

/// The sorted placeholder names of a value; `None` when a brace is malformed.
pub fn placeholders(value: &str) -> Option<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    for p in pieces(value)? {
        if let Piece::Var(n) = p {
            // A sorted insert keeps a set without pulling a sort routine into the wasm.
            if let Err(at) = names.binary_search_by(|x| x.as_str().cmp(n)) {
                names.insert(at, n.to_owned());
            }
        }
    }
    Some(names)
}

/// The catalogue source of one language: `<dir>/<lang>.ftl` (the translated UI strings) and
/// `<dir>/cldr/<lang>.ftl` (date format, month and language names generated from CLDR by
/// `scripts/cldr.mjs`), as one text.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_catalogue(dir: &std::path::Path, lang: &str) -> Result<String, String> {
    let read = |p: std::path::PathBuf| {
        std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))
    };
    let strings = read(dir.join(format!("{lang}.ftl")))?;
    let cldr = read(dir.join("cldr").join(format!("{lang}.ftl")))?;
    Ok(catalogue_text(&strings, &cldr))
}

#[cfg(not(target_arch = "wasm32"))]
/// One language's catalogue source from its two parts (see [`read_catalogue`]).
pub fn catalogue_text(strings: &str, cldr: &str) -> String {
    let mut text = String::with_capacity(strings.len() + cldr.len() + 1);
    text.push_str(strings);
    text.push('\n');
    text.push_str(cldr);
    text
}

#[cfg(not(target_arch = "wasm32"))]
/// Why a catalogue cannot be compiled against English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompileError {
    /// It does not parse.
    Syntax(FtlError),
    /// Its keys are not English's, in English's order.
    Keys,
    /// A message's placeholders differ from English (1-based line, key).
    Placeholders(usize, String),
}

#[cfg(not(target_arch = "wasm32"))]
impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CompileError::Syntax(e) => e.fmt(f),
            CompileError::Keys => f.write_str("keys differ from en.ftl"),
            CompileError::Placeholders(line, key) => {
                write!(f, "line {line}: placeholders of {key} differ from English")
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl std::error::Error for CompileError {}

#[cfg(not(target_arch = "wasm32"))]
/// Parses one language's catalogue source and checks it against English's entries: the same
/// keys in the same order, the same placeholders. The widget's messages of it (the tool's own
/// left out): what `compile-catalogs` writes as JSON and what the native tool renders with.
pub fn compile(src: &str, en: &[Entry]) -> Result<Vec<Entry>, CompileError> {
    let cat = check(src, en)?;
    Ok(cat.into_iter().filter(|e| is_widget_key(&e.key)).collect())
}

#[cfg(not(target_arch = "wasm32"))]
/// The publishing tool's own messages of one language's catalogue source ([`TOOL_PREFIX`]),
/// checked against English's entries as [`compile`] checks the widget's.
pub fn tool_messages(src: &str, en: &[Entry]) -> Result<Vec<Entry>, CompileError> {
    let cat = check(src, en)?;
    Ok(cat.into_iter().filter(|e| !is_widget_key(&e.key)).collect())
}

/// The key prefix of the publishing tool's own messages (the "Embed this article" page that
/// `publish` writes): in every catalogue and checked like the rest, but never in the widget's
/// (`build.rs` leaves them out of `Msg`, [`compile`] out of the compiled catalogues), so the
/// wasm and the catalogues a reader downloads do not grow with them.
pub const TOOL_PREFIX: &str = "embed-page-";

/// Whether `key` is one of the widget's messages, not one of the publishing tool's.
pub fn is_widget_key(key: &str) -> bool {
    !key.starts_with(TOOL_PREFIX)
}

#[cfg(not(target_arch = "wasm32"))]
/// Every message of `src`, checked against English's: the same keys in the same order, the
/// same placeholders.
fn check(src: &str, en: &[Entry]) -> Result<Vec<Entry>, CompileError> {
    let cat = parse(src).map_err(CompileError::Syntax)?;
    if !cat.iter().map(|e| &e.key).eq(en.iter().map(|e| &e.key)) {
        return Err(CompileError::Keys);
    }
    for (e, reference) in cat.iter().zip(en) {
        if placeholders(&e.value) != placeholders(&reference.value) {
            return Err(CompileError::Placeholders(e.line, e.key.clone()));
        }
    }
    Ok(cat)
}

/// In a `code:name|code:name` list, the name for `code`.
pub fn lookup<'a>(list: &'a str, code: &str) -> Option<&'a str> {
    list.split('|').find_map(|item| {
        let (c, name) = item.split_once(':')?;
        (c == code).then_some(name)
    })
}
