//! `--site`: every published post of a site, one folder per slug, resumable, in parallel.
//!
//! The posts come from the REST collection with `_embed`, 100 per page (`X-WP-TotalPages`
//! pages), so one request brings a hundred posts with their authors, terms and featured media.
//! `--jobs` pages are fetched and imported at once. A post whose `modified_gmt` equals the one
//! in its folder's `report.json` is skipped. A bad post is reported and skipped; the others
//! are imported.

use crate::core::json::Json;
use crate::import::article::{assemble, Options, Publisher};
use crate::import::output::write_files;
use crate::import::report::Report;
use crate::import::wordpress::post::parse_post;
use crate::import::wordpress::rest::{parse_json, posts_url, Client, Fetched};
use crate::import::ImportError;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Posts per REST page (WordPress's maximum).
pub const PER_PAGE: usize = 100;

/// What `--site` was asked.
#[derive(Debug, Clone)]
pub struct SiteOptions {
    /// The site's home URL.
    pub base: String,
    /// Only posts published after this date (`YYYY-MM-DD` or a full ISO date-time).
    pub since: Option<String>,
    /// Where the folders go.
    pub out: PathBuf,
    /// Pages fetched at once.
    pub jobs: usize,
    /// Per-article options.
    pub article: Options,
}

/// What happened to one post.
#[derive(Debug)]
pub enum Outcome {
    /// Imported into its folder.
    Imported(String),
    /// Not changed since the last run.
    Unchanged(String),
    /// Reported and skipped.
    Failed(ImportError),
}

/// Totals of a run.
#[derive(Debug, Default)]
pub struct Summary {
    /// Posts imported.
    pub imported: usize,
    /// Posts skipped as unchanged.
    pub unchanged: usize,
    /// Posts that failed, with why.
    pub failed: Vec<ImportError>,
}

/// Imports a site. `progress` is told the number of posts once, then each outcome.
pub fn import_site(
    client: &Client,
    so: &SiteOptions,
    on_total: &(dyn Fn(usize) + Sync),
    on_post: &(dyn Fn(&Outcome) + Sync),
) -> Result<Summary, ImportError> {
    let base = so.base.trim_end_matches('/').to_owned();
    let since = so.since.as_deref().map(|s| {
        if s.len() == 10 {
            format!("{s}T00:00:00")
        } else {
            s.to_owned()
        }
    });
    // Pretty permalinks give /wp-json/; without them only ?rest_route= works.
    let mut pretty = true;
    let first = match client.get(&posts_url(&base, true, 1, PER_PAGE, since.as_deref())) {
        Ok(f) if f.body.trim_start().starts_with('[') => f,
        _ => {
            pretty = false;
            client.get(&posts_url(&base, false, 1, PER_PAGE, since.as_deref()))?
        }
    };
    let index = client
        .get(&if pretty {
            format!("{base}/wp-json/")
        } else {
            format!("{base}/?rest_route=/")
        })
        .ok()
        .and_then(|f| parse_json(&f.body, "").ok());
    let pages = first.total_pages.unwrap_or(1).max(1);
    on_total(first.total.unwrap_or(0));
    let summary = Mutex::new(Summary::default());
    let next = AtomicUsize::new(2);
    let first = Mutex::new(Some(first));
    let publisher = Mutex::new(None::<Publisher>);
    let work = || -> Result<(), ImportError> {
        loop {
            let fetched: Fetched = match first.lock().expect("no panics while held").take() {
                Some(f) => f,
                None => {
                    let page = next.fetch_add(1, Ordering::SeqCst);
                    if page > pages {
                        return Ok(());
                    }
                    client.get(&posts_url(&base, pretty, page, PER_PAGE, since.as_deref()))?
                }
            };
            let url = posts_url(&base, pretty, 1, PER_PAGE, since.as_deref());
            let posts = match parse_json(&fetched.body, &url)? {
                Json::Array(items) => items,
                _ => {
                    return Err(ImportError::NotAPost {
                        input: url,
                        field: "list of posts",
                    })
                }
            };
            for post in &posts {
                let outcome = import_one(post, &base, index.as_ref(), &publisher, so);
                on_post(&outcome);
                let mut s = summary.lock().expect("no panics while held");
                match outcome {
                    Outcome::Imported(_) => s.imported += 1,
                    Outcome::Unchanged(_) => s.unchanged += 1,
                    Outcome::Failed(e) => s.failed.push(e),
                }
            }
        }
    };
    let results: Vec<Result<(), ImportError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..so.jobs.max(1)).map(|_| scope.spawn(work)).collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("an import thread panicked"))
            .collect()
    });
    results.into_iter().collect::<Result<(), _>>()?;
    Ok(summary.into_inner().expect("no panics while held"))
}

fn import_one(
    post: &Json,
    base: &str,
    index: Option<&Json>,
    publisher: &Mutex<Option<Publisher>>,
    so: &SiteOptions,
) -> Outcome {
    let slug = post
        .get("slug")
        .and_then(Json::as_str)
        .unwrap_or("")
        .to_owned();
    let id = match post.get("id") {
        Some(Json::Number(n)) => format!("{n}"),
        _ => "?".into(),
    };
    let input = format!("{base} post {id} ({slug})");
    if slug.is_empty() || slug.contains(['/', '\\']) || slug.starts_with('.') {
        return Outcome::Failed(ImportError::NotAPost {
            input,
            field: "usable slug",
        });
    }
    let dir = so.out.join(&slug);
    let modified = post.get("modified_gmt").and_then(Json::as_str);
    if modified.is_some()
        && previous_modified(&dir).as_deref() == modified
        && dir.join("article.json").exists()
    {
        return Outcome::Unchanged(slug);
    }
    let mut report = Report {
        input: input.clone(),
        modified_gmt: modified.map(str::to_owned),
        ..Report::default()
    };
    let result =
        parse_post(post, &input, so.article.language.as_str(), &mut report).and_then(|p| {
            let publisher = publisher
                .lock()
                .expect("no panics while held")
                .get_or_insert_with(|| Publisher::from_index(index, &p.link))
                .clone();
            assemble(p, Vec::new(), &publisher, &so.article, report)
        });
    match result {
        Ok(mut out) => {
            let report = crate::import::document::to_string(&out.report.to_json());
            out.files.push(("report.json".into(), report));
            match write_files(&dir, &out.files) {
                Ok(()) => Outcome::Imported(slug),
                Err(e) => Outcome::Failed(e),
            }
        }
        Err(e) => Outcome::Failed(e),
    }
}

/// The `modified_gmt` recorded by the last import into a folder.
fn previous_modified(dir: &std::path::Path) -> Option<String> {
    let text = std::fs::read_to_string(dir.join("report.json")).ok()?;
    let j: Json = serde_json::from_str(&text).ok()?;
    j.get("modified_gmt")
        .and_then(Json::as_str)
        .map(str::to_owned)
}
