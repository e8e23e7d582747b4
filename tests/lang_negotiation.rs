//! Language negotiation against the table of cases in `tests/lang-negotiation.json`, which the
//! glue's mirror of it (`src/shell/requests.js`) runs too (`tests/lang-negotiation.test.mjs`):
//! the two choose alike, so the requests started before the wasm arrives are the ones the
//! shell then reads.

use article_embed::core::lang::{choose_article_language, LanguageWishes};
use serde_json::Value;

/// One row of the table.
struct Case {
    why: String,
    wanted: Vec<String>,
    available: Vec<String>,
    chosen: Option<String>,
}

fn strings(v: &Value, what: &str) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("{what}: not a list"))
        .iter()
        .map(|s| {
            s.as_str()
                .unwrap_or_else(|| panic!("{what}: {s}"))
                .to_owned()
        })
        .collect()
}

fn cases() -> Vec<Case> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lang-negotiation.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let table: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    table["cases"]
        .as_array()
        .expect("a list of cases")
        .iter()
        .map(|c| {
            let why = c["why"].as_str().expect("each case says why").to_owned();
            Case {
                wanted: strings(&c["wanted"], &why),
                available: strings(&c["available"], &why),
                chosen: c["chosen"].as_str().map(str::to_owned),
                why,
            }
        })
        .collect()
}

/// The shell's choice for one case: its wishes as the reader's languages, in order; `None` when
/// it falls back to the article's original language.
fn choice(c: &Case) -> Option<String> {
    let original = String::from("(the original)");
    let wishes = LanguageWishes {
        browser: &c.wanted,
        ..LanguageWishes::default()
    };
    let chosen = choose_article_language(&wishes, &c.available, &original);
    (!std::ptr::eq(chosen, &original)).then(|| chosen.clone())
}

#[test]
fn every_case_of_the_table_chooses_as_it_says() {
    let cases = cases();
    assert!(cases.len() >= 30, "the table has {} cases", cases.len());
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            let got = choice(c);
            (got != c.chosen).then(|| {
                format!(
                    "{}: {:?} of {:?} gave {got:?}, not {:?}",
                    c.why, c.wanted, c.available, c.chosen
                )
            })
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
