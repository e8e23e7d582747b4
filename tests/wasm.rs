//! The wasm shell in a real browser (wasm-bindgen-test, headless Chromium): mounting into a
//! shadow root, events on the host, errors without throwing, unmounting.
#![cfg(target_arch = "wasm32")]

use article_embed::shell::{mount, mounted_count, unmount};
use js_sys::{Object, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = r#"{"format":"article-embed/1","url":"https://example.test/a/",
"publisher":{"name":"EU Reporter"},"published":"2022-06-21T09:00:00+02:00",
"original_language":"en","languages":["en"],
"translations":{"en":{"title":"Hello <world>","blocks":[{"type":"paragraph","text":"One"},{"type":"paragraph","text":"Two"}]}}}"#;

fn host() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn options(src: Option<&str>) -> JsValue {
    let o = Object::new();
    if let Some(s) = src {
        Reflect::set(&o, &"src".into(), &s.into()).unwrap();
    }
    Reflect::set(&o, &"lang".into(), &"en".into()).unwrap();
    o.into()
}

fn data_url(json: &str) -> String {
    format!(
        "data:application/json,{}",
        String::from(js_sys::encode_uri_component(json))
    )
}

fn count_events(el: &Element, name: &str) -> Rc<Cell<u32>> {
    let n = Rc::new(Cell::new(0));
    let c = n.clone();
    let f = Closure::<dyn FnMut()>::new(move || c.set(c.get() + 1));
    el.add_event_listener_with_callback(name, f.as_ref().unchecked_ref())
        .unwrap();
    f.forget();
    n
}

#[wasm_bindgen_test]
async fn mounts_an_article_into_a_shadow_root_and_says_so() {
    let el = host();
    let mounted = count_events(&el, "article-embed:mounted");
    mount(el.clone(), options(Some(&data_url(ARTICLE)))).await;
    let root = el.shadow_root().expect("a shadow root");
    let title = root.query_selector("#ae-title").unwrap().unwrap();
    assert_eq!(title.text_content().unwrap(), "Hello <world>");
    assert_eq!(root.query_selector_all(".ae-body p").unwrap().length(), 2);
    assert_eq!(el.get_attribute("data-state").as_deref(), Some("mounted"));
    assert_eq!(mounted.get(), 1);
    assert!(unmount(&el));
    assert_eq!(root.child_element_count(), 0);
    assert!(!unmount(&el), "a second unmount finds nothing");
}

#[wasm_bindgen_test]
async fn a_bad_article_shows_an_error_and_does_not_throw() {
    let el = host();
    let errors = count_events(&el, "article-embed:error");
    let bad = ARTICLE.replace("\"paragraph\"", "\"vid\"");
    mount(el.clone(), options(Some(&data_url(&bad)))).await;
    let root = el.shadow_root().unwrap();
    let err = root
        .query_selector("[data-error]")
        .unwrap()
        .expect("error view");
    assert_eq!(err.get_attribute("data-error").as_deref(), Some("invalid"));
    assert_eq!(errors.get(), 1);
    unmount(&el);
}

#[wasm_bindgen_test]
async fn a_missing_src_is_an_error_too() {
    let el = host();
    mount(el.clone(), options(None)).await;
    let root = el.shadow_root().unwrap();
    let err = root
        .query_selector("[data-error]")
        .unwrap()
        .expect("error view");
    assert_eq!(
        err.get_attribute("data-error").as_deref(),
        Some("missing-src")
    );
    unmount(&el);
}

#[wasm_bindgen_test]
async fn one_instance_serves_many_widgets() {
    let before = mounted_count();
    let (a, b) = (host(), host());
    mount(a.clone(), options(Some(&data_url(ARTICLE)))).await;
    mount(b.clone(), options(Some(&data_url(ARTICLE)))).await;
    assert_eq!(mounted_count(), before + 2);
    unmount(&a);
    unmount(&b);
    assert_eq!(mounted_count(), before);
}
