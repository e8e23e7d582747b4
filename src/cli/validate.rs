//! `article-embed validate`: the widget's own validator on files, each problem with its JSON
//! path, errors (the widget refuses the document) and warnings (the widget drops that part and
//! shows the rest) apart. A document's translation files next to it are checked too.

use crate::publish::error::FileProblem;
use crate::publish::load::{check, FileReport};
use std::process::ExitCode;

/// The URL of the folder a file stands in for: the widget validates a document against the URL
/// it fetched it from (relative paths resolve there, and it stands in for a bad canonical
/// `url`), so the tool does the same under a reserved name (`.invalid`, RFC 2606) that nothing
/// is read from.
const BASE: &str = "https://document.invalid/";

/// Validates every file; exit status 1 when any has an error (warnings alone pass).
pub fn run(files: &[std::path::PathBuf]) -> ExitCode {
    let mut ok = true;
    for f in files {
        for report in check(f, BASE) {
            ok &= print(&report);
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Prints one file's problems, then its summary line when the validator read it; whether the
/// widget shows it.
fn print(report: &FileReport) -> bool {
    let file = report.path.display();
    match &report.verdict {
        Ok(shown) => {
            for e in &shown.warnings {
                println!("{file}: warning: {e}");
            }
            if shown.unlisted > 0 {
                println!("{file}: warning: and {} more", shown.unlisted);
            }
            match shown.warning_count() {
                0 => println!("{file}: valid"),
                n => println!("{file}: shown, {n} warning(s): those parts are dropped"),
            }
            true
        }
        Err(FileProblem::Refused(errors)) => {
            for e in errors {
                println!("{file}: error: {e}");
            }
            println!("{file}: refused: the widget cannot show it");
            false
        }
        Err(problem) => {
            println!("{file}: error: {problem}");
            false
        }
    }
}
