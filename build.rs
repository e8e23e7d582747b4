//! Compiles `locales/en.ftl` into the binary: the `Msg` enum (one variant per key, so a
//! missing key is a compile error) and the English fallback table; lists the UI languages
//! that have a catalogue.

#[path = "src/core/i18n/ftl.rs"]
#[allow(dead_code)]
mod ftl;

use std::fmt::Write as _;

fn variant(key: &str) -> String {
    key.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/core/i18n/ftl.rs");
    let dir = std::path::Path::new("locales");
    let src = ftl::read_catalogue(dir, "en").unwrap_or_else(|e| panic!("{e}"));
    let entries = ftl::parse(&src).unwrap_or_else(|e| panic!("locales/en.ftl: {e}"));
    // The publishing tool's own messages stay out of the widget (`ftl::TOOL_PREFIX`).
    let entries: Vec<_> = entries
        .into_iter()
        .filter(|e| ftl::is_widget_key(&e.key))
        .collect();
    let mut langs: Vec<String> = std::fs::read_dir("locales")
        .expect("locales/")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".ftl")
                .map(str::to_owned)
        })
        .collect();
    langs.sort();

    let mut out = String::new();
    out.push_str("/// Every UI message, one per key of `locales/en.ftl`.\n");
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum Msg {\n");
    for e in &entries {
        writeln!(out, "    /// `{}`: {:?}", e.key, e.value).unwrap();
        writeln!(out, "    {},", variant(&e.key)).unwrap();
    }
    out.push_str("}\n\nimpl Msg {\n    /// Every message, in catalogue order.\n");
    writeln!(out, "    pub const ALL: [Msg; {}] = [", entries.len()).unwrap();
    for e in &entries {
        writeln!(out, "        Msg::{},", variant(&e.key)).unwrap();
    }
    out.push_str("    ];\n\n    /// The catalogue key.\n    pub fn key(self) -> &'static str {\n        KEYS[self as usize]\n    }\n}\n\n");
    writeln!(out, "const KEYS: [&str; {}] = [", entries.len()).unwrap();
    for e in &entries {
        writeln!(out, "    {:?},", e.key).unwrap();
    }
    out.push_str("];\n\n/// The English values, built in as the fallback.\n");
    writeln!(
        out,
        "pub(crate) const ENGLISH: [&str; {}] = [",
        entries.len()
    )
    .unwrap();
    for e in &entries {
        writeln!(out, "    {:?},", e.value).unwrap();
    }
    out.push_str("];\n\n/// Languages with a UI catalogue (file stems of `locales/`).\n");
    writeln!(out, "pub const UI_LANGUAGES: [&str; {}] = [", langs.len()).unwrap();
    for l in &langs {
        writeln!(out, "    {l:?},").unwrap();
    }
    out.push_str(
        "];\n\n/// Each UI language's name in itself, `code:name|…` (CLDR, `locales/cldr/`).\n",
    );
    let mut autonyms = Vec::new();
    for l in &langs {
        let src = ftl::read_catalogue(dir, l).unwrap_or_else(|e| panic!("{e}"));
        let cat = ftl::parse(&src).unwrap_or_else(|e| panic!("locales/{l}: {e}"));
        let names = cat
            .iter()
            .find(|e| e.key == "languages")
            .map(|e| e.value.as_str());
        let name = names.and_then(|n| ftl::lookup(n, l));
        let name = name.unwrap_or_else(|| panic!("locales/cldr/{l}.ftl does not name {l}"));
        autonyms.push(format!("{l}:{name}"));
    }
    writeln!(out, "pub const AUTONYMS: &str = {:?};", autonyms.join("|")).unwrap();
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("messages.rs"), out).unwrap();

    // For the native tool only (`publish::catalog`): every catalogue's two source files, built
    // into the binary so that it renders in any language wherever it runs.
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let mut sources = String::from("&[\n");
    for l in &langs {
        let strings = root.join("locales").join(format!("{l}.ftl"));
        let cldr = root.join("locales/cldr").join(format!("{l}.ftl"));
        writeln!(
            sources,
            "    ({l:?}, include_str!({:?}), include_str!({:?})),",
            strings.display().to_string(),
            cldr.display().to_string()
        )
        .unwrap();
    }
    sources.push_str("]\n");
    std::fs::write(out_dir.join("catalogue_sources.rs"), sources).unwrap();
}
