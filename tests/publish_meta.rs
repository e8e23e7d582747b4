//! What a shared link of a published embed or card page previews as (`publish::meta`): the
//! JSON-LD `NewsArticle` parses as JSON with the article's fields, says which original a
//! translation is based on, and cannot be broken out of by a hostile title; the description is
//! the lead, else the first paragraph, cut at a sentence or a word; `modified` is read, and a
//! bad one dropped with a warning. (tests/link-previews.test.mjs reads every published page of
//! both demo articles back with a real metadata parser.)

mod common;
use article_embed::core::article::Translation;
use article_embed::publish::meta::{description, DESCRIPTION_MAX};
use common::*;
use serde_json::Value;

const BASE: &str = "https://cdn.example/a/";

/// The one JSON-LD block of a page, parsed.
fn json_ld(page: &str) -> Value {
    let start = page
        .find(r#"<script type="application/ld+json">"#)
        .expect("a JSON-LD block");
    let body = &page[start..];
    let body = &body[body.find('>').unwrap() + 1..body.find("</script>").unwrap()];
    assert_eq!(page.matches("application/ld+json").count(), 1, "one block");
    serde_json::from_str(body).unwrap_or_else(|e| panic!("JSON-LD parses: {e}: {body}"))
}

/// Publishes `doc` (a document's text) and reads back its published file `file`.
fn published(test: &str, doc: &str, file: &str) -> String {
    let dir = scratch("publish_meta", test);
    let input = write_file(&dir.join("in"), "article.json", doc);
    let out = dir.join("out");
    let (code, err) = run_publish(&input, &out, BASE);
    assert_eq!(code, 0, "{err}");
    std::fs::read_to_string(out.join(file)).expect("published")
}

#[test]
fn the_json_ld_is_a_news_article_and_a_translation_names_its_original() {
    let dir = scratch("publish_meta", "fixture");
    let input = root().join("www/articles/eu-kazakhstan-closer-ties");
    let (code, err) = run_publish(&input, &dir, BASE);
    assert_eq!(code, 0, "{err}");
    let en_page = "https://www.eureporter.co/world/kazakhstan/2022/06/21/eu-and-kazakhstan-aim-to-create-ever-closer-ties/";
    for kind in ["embed", "card"] {
        let en = json_ld(&std::fs::read_to_string(dir.join(kind).join("en.html")).unwrap());
        assert_eq!(en["@context"], "https://schema.org");
        assert_eq!(en["@type"], "NewsArticle");
        assert_eq!(
            en["headline"],
            "EU and Kazakhstan aim to create \"ever closer\" ties"
        );
        assert_eq!(en["author"]["@type"], "Person");
        assert_eq!(en["author"]["name"], "Martin Banks");
        assert_eq!(en["publisher"]["@type"], "Organization");
        assert_eq!(en["publisher"]["name"], "EU Reporter");
        assert_eq!(en["datePublished"], "2022-06-21T09:00:00+02:00");
        assert_eq!(
            en["dateModified"], "2022-06-21T09:00:00+02:00",
            "no modified: the publish date"
        );
        assert_eq!(en["inLanguage"], "en");
        assert_eq!(en["url"], en_page);
        assert_eq!(en["mainEntityOfPage"]["@id"], en_page);
        assert_eq!(
            en["image"][0]["url"],
            "https://cdn.example/img/council-map.svg"
        );
        assert_eq!(en["image"][0]["width"], 1200);
        assert!(en["description"]
            .as_str()
            .unwrap()
            .starts_with("The EU and Kazakhstan have agreed"));
        assert!(
            en.get("isBasedOn").is_none(),
            "the original is based on nothing"
        );

        let da = json_ld(&std::fs::read_to_string(dir.join(kind).join("da.html")).unwrap());
        assert_eq!(da["inLanguage"], "da");
        assert!(
            da["url"].as_str().unwrap().contains("/da/"),
            "{}",
            da["url"]
        );
        assert_eq!(da["isBasedOn"], en_page);
        assert_eq!(da["translationOfWork"]["url"], en_page);
        assert_eq!(da["translationOfWork"]["inLanguage"], "en");
    }
}

#[test]
fn a_title_that_closes_the_script_stays_inside_it() {
    let hostile = r#"</script><script>document.title='owned'</script><!--"#;
    let doc = doc(
        "",
        r#"{ "type": "paragraph", "text": "Body </script> & <b>" }"#,
    )
    .edit(
        r#""title": "T""#,
        &format!("\"title\": {}", serde_json::to_string(hostile).unwrap()),
    );
    for file in ["embed/en.html", "card/en.html"] {
        let page = published("hostile", &doc, file);
        let head = &page[..page.find("</head>").expect("a head")];
        // The frame script and the JSON-LD block: no third script, and each closes once.
        assert_eq!(head.matches("<script").count(), 2, "{file}: {head}");
        assert_eq!(head.matches("</script>").count(), 2, "{file}");
        let ld = json_ld(&page);
        assert_eq!(
            ld["headline"], hostile,
            "{file}: the title reads back whole"
        );
        assert_eq!(ld["description"], "Body </script> & <b>");
    }
}

#[test]
fn modified_is_read_and_a_bad_one_is_dropped_with_a_warning() {
    let page = published(
        "modified",
        &doc(
            r#""modified": "2022-06-22T10:30:00Z","#,
            r#"{ "type": "paragraph", "text": "x" }"#,
        ),
        "embed/en.html",
    );
    assert_eq!(json_ld(&page)["dateModified"], "2022-06-22T10:30:00Z");
    assert!(
        page.contains(r#"<meta property="article:modified_time" content="2022-06-22T10:30:00Z">"#)
    );

    let dir = scratch("publish_meta", "bad-modified");
    let input = write_file(
        &dir.join("in"),
        "article.json",
        &doc(
            r#""modified": "yesterday","#,
            r#"{ "type": "paragraph", "text": "x" }"#,
        ),
    );
    let (code, err) = run_publish(&input, &dir.join("out"), BASE);
    assert_eq!(
        code, 0,
        "a bad modified date is dropped, not refused: {err}"
    );
    assert!(err.contains("modified"), "the warning names it: {err}");
    let page = std::fs::read_to_string(dir.join("out/embed/en.html")).unwrap();
    assert_eq!(json_ld(&page)["dateModified"], "2022-06-21T09:00:00+02:00");
    assert!(!page.contains("article:modified_time"));
}

/// A translation whose lead and first paragraph are as given.
fn translation(lead: Option<&str>, first: &str) -> Translation {
    let lead = lead.map_or(String::new(), |l| {
        format!(r#""lead": {},"#, serde_json::to_string(l).unwrap())
    });
    let text = doc(
        "",
        &format!(
            r#"{{ "type": "paragraph", "text": {} }}"#,
            serde_json::to_string(first).unwrap()
        ),
    )
    .edit(r#""title": "T","#, &format!(r#""title": "T", {lead}"#));
    let dir = scratch("publish_meta", "translation");
    let article = load_whole(&write_file(&dir, "article.json", &text), BASE);
    article.translation(&tag("en")).expect("inline").clone()
}

#[test]
fn the_description_is_the_lead_else_the_first_paragraph_cut_at_a_sentence_or_a_word() {
    assert_eq!(
        description(&translation(Some("The lead."), "A paragraph.")).unwrap(),
        "The lead."
    );
    assert_eq!(
        description(&translation(None, "A  short\n paragraph.")).unwrap(),
        "A short paragraph."
    );
    // Long: cut at the last sentence end past half the limit.
    let sentence = "Economic relations between the EU and Kazakhstan have been robust for years. ";
    let long = sentence.repeat(4);
    let cut = description(&translation(None, &long)).unwrap();
    assert!(cut.chars().count() <= DESCRIPTION_MAX, "{cut}");
    assert!(cut.ends_with("years."), "{cut}");
    assert!(cut.chars().count() > DESCRIPTION_MAX / 2, "{cut}");
    // No sentence end to cut at: after a word, with an ellipsis.
    let words = "word, ".repeat(60);
    let cut = description(&translation(None, &words)).unwrap();
    assert!(cut.chars().count() <= DESCRIPTION_MAX, "{cut}");
    assert!(cut.ends_with("word…"), "{cut}");
}
