//! Build tool: compiles `locales/*.ftl` into one small JSON file per language (its values as an
//! array in message order, `core::i18n::compiled`), after checking each against English: same
//! keys, same placeholders. English itself is built into the wasm and gets no file.
//!
//! Usage: `compile-catalogs <locales-dir> <out-dir>`

#[cfg(not(target_arch = "wasm32"))]
use article_embed::core::i18n::ftl;
#[cfg(not(target_arch = "wasm32"))]
use std::path::Path;
#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

/// Nothing to run in a browser: the tool is native only (its catalogue code is too).
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let [_, dir, out] = args.as_slice() else {
        eprintln!("usage: compile-catalogs <locales-dir> <out-dir>");
        return ExitCode::FAILURE;
    };
    let parse = |lang: &str| {
        ftl::read_catalogue(Path::new(dir), lang)
            .and_then(|s| ftl::parse(&s).map_err(|e| format!("{dir}/{lang}: {e}")))
    };
    let en = match parse("en") {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("{out}: {e}");
        return ExitCode::FAILURE;
    }
    let mut entries: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
        Err(e) => {
            eprintln!("{dir}: {e}");
            return ExitCode::FAILURE;
        }
    };
    entries.sort();
    let mut failed = false;
    let mut count = 0;
    for path in entries {
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") || stem == "en" {
            continue;
        }
        let cat = match ftl::read_catalogue(Path::new(dir), stem)
            .map_err(|e| e.to_string())
            .and_then(|src| ftl::compile(&src, &en).map_err(|e| e.to_string()))
        {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                failed = true;
                continue;
            }
        };
        // `core::i18n::compiled`: the values in message order, as `Catalog::from_json` reads them.
        let values = cat.iter().map(|e| e.value.as_str().into()).collect();
        let body = serde_json::Value::Array(values).to_string();
        if let Err(e) = std::fs::write(Path::new(out).join(format!("{stem}.json")), body) {
            eprintln!("{e}");
            failed = true;
        }
        count += 1;
    }
    if failed {
        return ExitCode::FAILURE;
    }
    println!("compiled {count} catalogues into {out}");
    ExitCode::SUCCESS
}
