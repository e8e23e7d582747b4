//! `article-embed validate`: the widget's own validator on files, each problem with its JSON
//! path. A document's translation files next to it are checked too.

use crate::core::article::{
    validate_document, validate_translation, TranslationSource, ValidationError,
};
use crate::core::json::Json;
use crate::core::lang::LangTag;
use std::path::Path;
use std::process::ExitCode;

/// Validates every file; exit status 1 when any is invalid.
pub fn run(files: &[std::path::PathBuf]) -> ExitCode {
    let mut ok = true;
    for f in files {
        ok &= check(f);
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn report(file: &Path, errors: &[ValidationError]) {
    for e in errors {
        println!("{}: {e}", file.display());
    }
}

fn read(file: &Path) -> Option<Json> {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            println!("{}: {e}", file.display());
            return None;
        }
    };
    match serde_json::from_str(&text) {
        Ok(j) => Some(j),
        Err(e) => {
            println!("{}: not JSON ({e})", file.display());
            None
        }
    }
}

fn check(file: &Path) -> bool {
    let Some(json) = read(file) else { return false };
    // No scheme in the base: relative references stay relative, as the format allows.
    let base = file.display().to_string();
    if json.get("format").is_some() {
        match validate_document(&json, &base) {
            Ok(article) => {
                let mut ok = true;
                for (lang, source) in &article.translations {
                    if let TranslationSource::Remote { href, .. } = source {
                        let path = file.parent().unwrap_or(Path::new(".")).join(href);
                        if path.exists() {
                            ok &= check_translation(&path, lang);
                        }
                    }
                }
                if ok {
                    println!("{}: valid", file.display());
                }
                ok
            }
            Err(errors) => {
                report(file, &errors);
                false
            }
        }
    } else {
        let lang = file
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(LangTag::parse);
        match lang {
            Some(lang) => {
                let ok = check_translation(file, &lang);
                if ok {
                    println!("{}: valid", file.display());
                }
                ok
            }
            None => {
                println!(
                    "{}: no \"format\" (not a document) and the name is not <lang>.json",
                    file.display()
                );
                false
            }
        }
    }
}

fn check_translation(file: &Path, lang: &LangTag) -> bool {
    let Some(json) = read(file) else { return false };
    match validate_translation(&json, lang, &file.display().to_string()) {
        Ok(_) => true,
        Err(errors) => {
            report(file, &errors);
            false
        }
    }
}
