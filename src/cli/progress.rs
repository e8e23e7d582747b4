//! `--site` progress: a bar on a terminal, one plain line per post otherwise (logs, CI).

use crate::import::site::Outcome;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;

/// Where progress goes.
pub enum Progress {
    /// An interactive terminal.
    Bar(ProgressBar),
    /// Anything else.
    Lines,
}

impl Progress {
    /// A bar when stderr is a terminal.
    pub fn new() -> Progress {
        if std::io::stderr().is_terminal() {
            let bar = ProgressBar::new(0);
            if let Ok(style) =
                ProgressStyle::with_template("{bar:40} {pos}/{len} posts, {per_sec}, {msg}")
            {
                bar.set_style(style);
            }
            Progress::Bar(bar)
        } else {
            Progress::Lines
        }
    }

    /// The number of posts, once known.
    pub fn total(&self, n: usize) {
        match self {
            Progress::Bar(b) => b.set_length(n as u64),
            Progress::Lines => eprintln!("article-embed: {n} posts"),
        }
    }

    /// One post done.
    pub fn post(&self, o: &Outcome) {
        let line = match o {
            Outcome::Imported(slug) => format!("imported {slug}"),
            Outcome::Unchanged(slug) => format!("unchanged {slug}"),
            Outcome::Failed(e) => format!("failed: {e}"),
        };
        match self {
            Progress::Bar(b) => {
                b.inc(1);
                if let Outcome::Failed(_) = o {
                    b.println(line);
                } else {
                    b.set_message(line);
                }
            }
            Progress::Lines => eprintln!("article-embed: {line}"),
        }
    }

    /// Clears the bar.
    pub fn finish(&self) {
        if let Progress::Bar(b) = self {
            b.finish_and_clear();
        }
    }
}
