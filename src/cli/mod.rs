//! The `article-embed` command line (native only): clap definitions and dispatch.
//!
//! ```text
//! article-embed import wordpress --post <POST> [--translation <LANG>=<SOURCE>]...
//!     [--machine-translated <LANG>]... [--ad-after <N>] [--newsletter <URL>] --out <DIR>
//!     [--report <FILE>]
//! article-embed import wordpress --site <BASE> [--since <DATE>] [--jobs <N>] --out <DIR>
//! article-embed validate <FILE>...
//! article-embed render <article.json> --lang <LANG> [--base <URL>] [--fragment]
//!     [--max-height <PX>] [--newsletter <URL>]
//! article-embed publish <article.json | DIR> --out <DIR> --base <URL> [--loader <URL>]
//!     [--max-height <PX>] [--newsletter <URL>]
//! article-embed csp
//! ```
//!
//! Errors print one line naming the input and the cause, with a non-zero exit status; nothing
//! is written unless everything succeeded.

mod progress;
mod publish;
mod validate;

use crate::core::html::SafeUrl;
use crate::core::lang::LangTag;
use crate::import::article::{import_post, Options, DEFAULT_AD_AFTER};
use crate::import::document::to_string;
use crate::import::output::{write_file, write_files};
use crate::import::site::{import_site, SiteOptions};
use crate::import::wordpress::rest::{Client, Source};
use crate::import::ImportError;
use crate::publish::csp;
use crate::publish::view::PageOptions;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// Article documents for the article-embed widget, from WordPress.
#[derive(Debug, Parser)]
#[command(
    name = "article-embed",
    version,
    about = "The publisher's tool of article-embed: WordPress posts to article documents, the widget's validator, and prerendered articles for any page or static host"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Imports articles from a publishing system.
    Import {
        #[command(subcommand)]
        from: ImportFrom,
    },
    /// Checks article documents and translation files with the widget's own validator.
    Validate {
        /// Documents (`article.json`) or translation files (`<lang>.json`).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Prints an article prerendered as an HTML snippet to paste into any page: the whole
    /// article in a declarative shadow root, with no script.
    Render {
        /// The document (`article.json`); its translation files are read from beside it.
        document: PathBuf,
        /// The language to render.
        #[arg(long, value_name = "LANG", value_parser = parse_lang)]
        lang: LangTag,
        /// The URL the document will be served from, or its folder's (ending in `/`).
        #[arg(long, value_name = "URL")]
        base: Option<String>,
        /// Prints the pinned fragment instead (what the loader paints: the shadow root's
        /// content without its style), as `publish` writes it in `fragment/<lang>.html`.
        #[arg(long)]
        fragment: bool,
        #[command(flatten)]
        pages: PageArgs,
    },
    /// Writes the folder to put on any static host: documents, snippets, pinned fragments and
    /// their embed codes, embed and card pages, oEmbed and its discovery line.
    Publish {
        /// A document, a folder with one, or a folder of article folders.
        input: PathBuf,
        /// Output folder.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The URL the output folder will be served from.
        #[arg(long, value_name = "URL")]
        base: String,
        /// The URL the loader is served from, for the embed codes (default:
        /// `/article-embed/loader.js` on the origin of --base).
        #[arg(long, value_name = "URL")]
        loader: Option<String>,
        #[command(flatten)]
        pages: PageArgs,
    },
    /// Prints the Content-Security-Policy sources the prerendered HTML needs: the hashes of its
    /// inline styles (and the pages' script), the same for every article of this version.
    Csp,
}

/// What the publisher asks of the prerendered pages.
#[derive(Debug, Args)]
struct PageArgs {
    /// "Continue reading": show about this many CSS px of the article (estimated on a 320 px
    /// phone, so less on wider screens), the rest behind a disclosure; the embed's `max-height`.
    #[arg(long, value_name = "PX", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    max_height: Option<u32>,
    /// The newsletter's sign-up page (http or https), shown after the article and written
    /// into the published document.
    #[arg(long, value_name = "URL", value_parser = parse_signup)]
    newsletter: Option<SafeUrl>,
}

impl PageArgs {
    fn options(self) -> PageOptions {
        PageOptions {
            max_height: self.max_height,
            newsletter: self.newsletter,
        }
    }
}

#[derive(Debug, Subcommand)]
enum ImportFrom {
    /// From WordPress's REST API: one post with its translations, or a whole site.
    Wordpress(Box<WordpressArgs>),
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("what").required(true).args(["post", "site"]))]
struct WordpressArgs {
    /// A REST post URL (`…/wp-json/wp/v2/posts/<id>` or `…/?rest_route=/wp/v2/posts/<id>`)
    /// or a saved file of that JSON.
    #[arg(long, value_name = "POST")]
    post: Option<String>,
    /// Every published post of the site at this home URL, one folder per slug.
    #[arg(long, value_name = "BASE", conflicts_with_all = ["translation", "report"])]
    site: Option<String>,
    /// A translation: a REST post in that language, or the URL or file of its rendered page.
    #[arg(long, value_name = "LANG=SOURCE", value_parser = parse_translation)]
    translation: Vec<(LangTag, String)>,
    /// Marks a translation as machine made.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    machine_translated: Vec<LangTag>,
    /// The ad slot after this many paragraphs; 0 for none.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_AD_AFTER)]
    ad_after: usize,
    /// The language the posts are written in.
    #[arg(long, value_name = "LANG", value_parser = parse_lang, default_value = "en")]
    language: LangTag,
    /// The publisher's name (default: the site's name from its REST index).
    #[arg(long, value_name = "NAME")]
    publisher: Option<String>,
    /// The newsletter's sign-up page (http or https), written into each document.
    #[arg(long, value_name = "URL", value_parser = parse_signup)]
    newsletter: Option<SafeUrl>,
    /// Only posts published after this date (`YYYY-MM-DD`), with --site.
    #[arg(long, value_name = "DATE", requires = "site")]
    since: Option<String>,
    /// Pages of posts fetched and imported at once, with --site.
    #[arg(long, value_name = "N", default_value_t = 4, requires = "site")]
    jobs: usize,
    /// Seconds a request may take, connection to last byte.
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    timeout: f64,
    /// Output folder.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Also write the report as JSON here (--post).
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
}

fn parse_lang(s: &str) -> Result<LangTag, String> {
    LangTag::parse(s).ok_or_else(|| format!("not a language tag: {s:?}"))
}

/// A sign-up page: an absolute http or https URL, as the URL policy has it.
fn parse_signup(s: &str) -> Result<SafeUrl, String> {
    SafeUrl::parse(s)
        .filter(|u| u.as_str().starts_with("http"))
        .ok_or_else(|| format!("not an http or https URL: {s:?}"))
}

fn parse_translation(s: &str) -> Result<(LangTag, String), String> {
    let (lang, source) = s
        .split_once('=')
        .ok_or("expected LANG=SOURCE, e.g. da=https://…")?;
    Ok((parse_lang(lang)?, source.to_owned()))
}

/// Runs the command line; the binary's `main`.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Validate { files } => validate::run(&files),
        Command::Render {
            document,
            lang,
            base,
            fragment,
            pages,
        } => publish::render(
            &document,
            &lang,
            base.as_deref(),
            fragment,
            &pages.options(),
        ),
        Command::Publish {
            input,
            out,
            base,
            loader,
            pages,
        } => publish::publish(&input, &out, &base, loader.as_deref(), &pages.options()),
        Command::Csp => {
            print!("{}", csp::describe(&csp::sources()));
            ExitCode::SUCCESS
        }
        Command::Import {
            from: ImportFrom::Wordpress(args),
        } => match wordpress(args) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("article-embed: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

fn wordpress(a: Box<WordpressArgs>) -> Result<ExitCode, ImportError> {
    if !(a.timeout > 0.0 && a.timeout.is_finite()) {
        return Err(ImportError::Usage(format!(
            "--timeout {}: must be a positive number of seconds",
            a.timeout
        )));
    }
    let client = Client::new(Duration::from_secs_f64(a.timeout));
    let options = Options {
        language: a.language,
        machine_translated: a.machine_translated,
        ad_after: a.ad_after,
        publisher: a.publisher,
        newsletter: a.newsletter,
    };
    if let Some(base) = a.site {
        let so = SiteOptions {
            base,
            since: a.since,
            out: a.out,
            jobs: a.jobs,
            article: options,
        };
        let bar = progress::Progress::new();
        let summary = import_site(&client, &so, &|n| bar.total(n), &|o| bar.post(o))?;
        bar.finish();
        eprintln!(
            "article-embed: {} imported, {} unchanged, {} failed",
            summary.imported,
            summary.unchanged,
            summary.failed.len()
        );
        return Ok(if summary.failed.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        });
    }
    let post = Source::parse(a.post.as_deref().unwrap_or_default());
    let translations: Vec<(LangTag, Source)> = a
        .translation
        .into_iter()
        .map(|(l, s)| (l, Source::parse(&s)))
        .collect();
    for l in &options.machine_translated {
        if !translations.iter().any(|(t, _)| t == l) {
            return Err(ImportError::Usage(format!(
                "--machine-translated {l}: no --translation {l}=…",
                l = l.as_str()
            )));
        }
    }
    let out = import_post(&client, &post, &translations, &options)?;
    eprint!("{}", out.report.to_text());
    write_files(&a.out, &out.files)?;
    if let Some(path) = &a.report {
        write_file(path, &to_string(&out.report.to_json()))?;
    }
    Ok(ExitCode::SUCCESS)
}
