//! `article-embed render` and `article-embed publish`: prerendered articles.

use crate::core::lang::LangTag;
use crate::publish::site::{folder_url, jobs, loader_url, publish_article};
use crate::publish::view::PageOptions;
use crate::publish::{render as render_article, PublishError, Rendered};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

fn fail(e: &PublishError) -> ExitCode {
    eprintln!("article-embed: {e}");
    ExitCode::FAILURE
}

/// Prints the snippet of one article in one language, or its pinned fragment.
pub fn render(
    doc: &Path,
    lang: &LangTag,
    base: Option<&str>,
    fragment: bool,
    options: &PageOptions,
) -> ExitCode {
    let what = if fragment {
        Rendered::Fragment
    } else {
        Rendered::Snippet
    };
    match render_article(doc, lang, base, what, options) {
        Ok(html) => {
            let mut out = std::io::stdout().lock();
            match out.write_all(html.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("article-embed: stdout: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(e) => fail(&e),
    }
}

/// Publishes one article or every article of a folder; a failed article is named on its own
/// line and the others are still published. The embed codes name the loader at `loader`.
pub fn publish(
    input: &Path,
    out: &Path,
    base: &str,
    loader: Option<&str>,
    options: &PageOptions,
) -> ExitCode {
    let base = match folder_url(base) {
        Ok(b) => b,
        Err(e) => return fail(&e),
    };
    let loader = match loader_url(&base, loader) {
        Ok(l) => l,
        Err(e) => return fail(&e),
    };
    let list = match jobs(input, out, &base) {
        Ok(l) => l,
        Err(e) => return fail(&e),
    };
    let started = std::time::Instant::now();
    let (mut done, mut failed) = (0usize, 0usize);
    for (doc, dir, url) in &list {
        match publish_article(doc, dir, url, &loader, options) {
            Ok(0) => done += 1,
            Ok(dropped) => {
                done += 1;
                eprintln!(
                    "article-embed: {}: published, {dropped} part(s) dropped by the validator (see `article-embed validate`)",
                    doc.display()
                );
            }
            Err(e) => {
                failed += 1;
                eprintln!("article-embed: {e}");
            }
        }
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "article-embed: {done} published, {failed} failed into {} ({:.0} articles/s)",
        out.display(),
        done as f64 / secs.max(1e-9)
    );
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
