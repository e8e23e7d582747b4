//! The fuzz targets' seed corpus (`fuzz/seeds/<target>/`), run through the same functions as
//! `cargo fuzz` (`fuzz/harness.rs`), so `cargo test` keeps every seed and every crash found
//! and fixed since passing.

mod common;
#[path = "../fuzz/harness.rs"]
mod harness;

use common::*;

/// Runs every file of `fuzz/seeds/<target>/` through `f`; returns how many there were.
fn run(target: &str, f: fn(&[u8])) -> usize {
    let dir = root().join("fuzz/seeds").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    files.sort();
    for file in &files {
        let data = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let name = file.display().to_string();
        if std::panic::catch_unwind(|| f(&data)).is_err() {
            panic!("{name} fails {target}");
        }
    }
    files.len()
}

#[test]
fn the_validator_takes_every_seed() {
    assert!(run("validate", harness::validate) >= 5);
}

#[test]
fn the_renderer_takes_every_seed() {
    assert!(
        run("render", |data| assert!(
            harness::render(data),
            "the seed validates"
        )) >= 3
    );
}

#[test]
fn the_ftl_parser_takes_every_seed() {
    assert!(run("ftl", harness::ftl) >= 3);
}

#[test]
fn url_resolution_takes_every_seed() {
    assert!(run("url", harness::url) >= 5);
}

#[test]
fn the_importers_html_mapping_takes_every_seed() {
    assert!(run("import_html", harness::import_html) >= 3);
}

#[test]
fn the_fixtures_render_safely_in_every_language() {
    for name in [
        "eu-kazakhstan-closer-ties",
        "eu-kazakhstan-relations",
        "eu-kazakhstan-trade-in-figures",
    ] {
        harness::render_article_everywhere(&load_fixture(name));
    }
}

#[test]
fn the_markup_check_catches_what_it_looks_for() {
    harness::check_markup(r#"<p><a href="https://e.example/?a=1&amp;b=2">x</a></p>"#);
    for bad in [
        r#"<p><script>x</script></p>"#,
        r#"<a href="javascript:alert(1)">x</a>"#,
        r#"<img src="//evil.example/x">"#,
        r#"<video poster="javascript:x"></video>"#,
        r#"<iframe data-player="1" src="https://www.youtube.com/embed/x"></iframe>"#,
        r#"<marquee>x</marquee>"#,
    ] {
        assert!(
            std::panic::catch_unwind(|| harness::check_markup(bad)).is_err(),
            "{bad}"
        );
    }
}
