//! `article-embed validate`: the widget's own validator on files, each problem with its JSON
//! path, errors (the widget refuses the document) and warnings (the widget drops that part and
//! shows the rest) apart. A document's translation files next to it are checked too.

use crate::core::article::Validated;
use crate::core::article::{
    validate_document, validate_translation, TranslationSource, ValidationError,
};
use crate::core::json::Json;
use crate::core::lang::LangTag;
use std::path::Path;
use std::process::ExitCode;

/// Validates every file; exit status 1 when any has an error (warnings alone pass).
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

/// What one file's check found, for its summary line.
enum Outcome {
    /// Shown, dropping this many parts.
    Shown { warnings: usize },
    /// Refused.
    Refused,
}

fn list(file: &Path, severity: &str, problems: &[ValidationError]) {
    for e in problems {
        println!("{}: {severity}: {e}", file.display());
    }
}

/// Prints a result's problems; the outcome.
fn report<T>(file: &Path, r: &Result<Validated<T>, Vec<ValidationError>>) -> Outcome {
    match r {
        Ok(v) => {
            list(file, "warning", &v.warnings);
            if v.unlisted > 0 {
                println!("{}: warning: and {} more", file.display(), v.unlisted);
            }
            Outcome::Shown {
                warnings: v.warning_count(),
            }
        }
        Err(errors) => {
            list(file, "error", errors);
            Outcome::Refused
        }
    }
}

fn summary(file: &Path, outcome: &Outcome) -> bool {
    match outcome {
        Outcome::Shown { warnings: 0 } => println!("{}: valid", file.display()),
        Outcome::Shown { warnings } => println!(
            "{}: shown, {warnings} warning(s): those parts are dropped",
            file.display()
        ),
        Outcome::Refused => println!("{}: refused: the widget cannot show it", file.display()),
    }
    matches!(outcome, Outcome::Shown { .. })
}

fn read(file: &Path) -> Option<Json> {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            println!("{}: error: {e}", file.display());
            return None;
        }
    };
    match serde_json::from_str(&text) {
        Ok(j) => Some(j),
        Err(e) => {
            println!("{}: error: not JSON ({e})", file.display());
            None
        }
    }
}

/// The URL the file stands in for: the widget validates a document against the URL it fetched
/// it from (relative paths resolve there, and it stands in for a bad canonical `url`), so the
/// tool does the same under a reserved name (`.invalid`, RFC 2606) that nothing is read from.
/// The canonical URL of the article a translation file belongs to, from the `article.json`
/// beside it (its media may come from that site); else the file's own stand-in URL.
fn canonical_beside(file: &Path) -> String {
    let doc = std::fs::read_to_string(file.with_file_name("article.json")).ok();
    let doc: Option<Json> = doc.and_then(|t| serde_json::from_str(&t).ok());
    doc.and_then(|d| d.get("url")?.as_str().map(str::to_owned))
        .unwrap_or_else(|| base(file))
}

fn base(file: &Path) -> String {
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("article.json");
    format!(
        "https://document.invalid/{}",
        crate::core::url::encode_component(name)
    )
}

fn check(file: &Path) -> bool {
    let Some(json) = read(file) else { return false };
    let base = base(file);
    if json.get("format").is_some() {
        let r = validate_document(&json, &base);
        let outcome = report(file, &r);
        let mut ok = summary(file, &outcome);
        if let Ok(article) = &r {
            for (lang, source) in &article.value.translations {
                if let TranslationSource::Remote { href, .. } = source {
                    let path = file.parent().unwrap_or(Path::new(".")).join(href);
                    if path.exists() {
                        ok &= check_translation(&path, lang);
                    }
                }
            }
        }
        ok
    } else {
        let lang = file
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(LangTag::parse);
        match lang {
            Some(lang) => check_translation(file, &lang),
            None => {
                println!(
                    "{}: error: no \"format\" (not a document) and the name is not <lang>.json",
                    file.display()
                );
                false
            }
        }
    }
}

fn check_translation(file: &Path, lang: &LangTag) -> bool {
    let Some(json) = read(file) else { return false };
    let r = validate_translation(&json, lang, &base(file), &canonical_beside(file));
    let outcome = report(file, &r);
    summary(file, &outcome)
}
