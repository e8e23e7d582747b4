//! The "Embed this article" page (`embed-page/<lang>.html`): every form's code with its copy
//! button, what it costs and what a host's policy needs, and a live preview of the chosen
//! form with the embedder's options (`www/embed-page.js`).
//!
//! One page per article language, in that language's UI (English where it has no catalogue):
//! its `lang` and `dir` are right without script, and the language choice is a list of links
//! to the sibling pages, which works without script too (the script carries the options over).
//! Without script every form's default code is in the page, escaped, in a read-only field; the
//! preview is the language's snippet. The page's policy is in a `<meta>`: no inline script,
//! its one `<style>` and the snippet's allowed by their hashes.

pub mod forms;
pub mod strings;

use super::csp::{hash_source, sources};
use super::error::PublishError;
use super::oembed::embed_html;
use super::pinned::{EmbedCode, EmbedCodes};
use crate::core::html::{Markup, SafeUrl};
use crate::core::lang::LangTag;
use crate::core::render::View;
use crate::core::share::ShareTarget;
use crate::core::url::{encode_component, resolve};
use forms::{host_csp, origin, Code, Form};
use strings::{Strings, Text};

/// The page's stylesheet (the same bytes on every page: one hash in its policy): light or dark
/// as the reader's system is, in the widget's own colours (the browsers' dark-mode link blue is
/// under 4.5:1 on a dark page), the fields in the system's.
pub const PAGE_CSS: &str = "html{color-scheme:light dark;background:#fff;color:#1b1b1f}\
a{color:#0b57d0}@media (prefers-color-scheme:dark){html{background:#17171b;color:#ececf1}\
a{color:#8ab4f8}}\
body{margin:0;font:1rem/1.5 system-ui,sans-serif}\
main{max-width:60rem;margin:0 auto;padding:1rem}\
fieldset{margin:0 0 1rem;border:1px solid;border-radius:.25rem}\
label{display:block}input[type=text],textarea{width:100%;box-sizing:border-box;font:inherit}\
textarea{font:.8125rem/1.4 ui-monospace,monospace}\
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}\
[aria-current]{font-weight:700}\
#ae-preview{display:block;width:100%;height:36rem;border:1px solid;box-sizing:border-box}\
.ae-form{border-top:1px solid;margin-top:1.5rem}.ae-form[data-chosen]{border-top-width:4px}\
pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.8125rem}";

/// What the page of one language is made from.
pub struct Input<'a> {
    /// The view of the language (its title, URL, languages and their names).
    pub view: &'a View<'a>,
    /// The article document's URL.
    pub src: &'a SafeUrl,
    /// The loader's URL.
    pub loader: &'a SafeUrl,
    /// The language's `snippet/<lang>.html`, as written.
    pub snippet: &'a str,
    /// The article's embed codes (for the loader's line).
    pub codes: &'a EmbedCodes,
    /// This language's codes.
    pub code: &'a EmbedCode,
    /// This language's card page.
    pub card: &'a SafeUrl,
}

/// The loader's embed page (beside the loader) showing the article in `lang`.
fn iframe_src(input: &Input<'_>) -> Option<SafeUrl> {
    let page = resolve(input.loader.as_str(), "embed.html");
    SafeUrl::parse(&format!(
        "{page}?article={}&lang={}",
        encode_component(input.src.as_str()),
        encode_component(input.view.lang.as_str())
    ))
}

/// Every form's default code, in [`Form::ALL`]'s order.
pub fn codes(input: &Input<'_>) -> Vec<Code> {
    let loader = &input.codes.loader;
    let mut out = Vec::new();
    for form in Form::ALL {
        out.push(match form {
            Form::Snippet => Code::before_first_gt(form, format!("{}{loader}", input.snippet), 0),
            Form::Element => Code::before_first_gt(
                form,
                format!("{loader}\n{}", input.code.element),
                loader.len() + 1,
            ),
            Form::OneTag => Code::before_first_gt(form, input.code.one_tag.clone(), 0),
            Form::Iframe => {
                let mut m = Markup::new();
                let open = m.tag("iframe");
                let open = match iframe_src(input) {
                    Some(src) => open.url("src", &src),
                    None => open,
                };
                open.attr("title", &input.view.translation.title)
                    .attr("width", "100%")
                    .attr("height", "1800")
                    .attr("frameborder", "0")
                    .attr("loading", "lazy")
                    .body(|_| {});
                let text = m.finish();
                // The options go at the end of the URL, before the `src` attribute's quote.
                let at = text
                    .find(" src=\"")
                    .and_then(|i| text[i + 6..].find('"').map(|j| i + 6 + j));
                Code { form, text, at }
            }
            Form::Url => Code {
                form,
                text: input.view.page_url_safe().as_str().to_owned(),
                at: None,
            },
        });
    }
    out
}

fn name(s: &Strings, form: Form) -> &str {
    s.get(match form {
        Form::Snippet => Text::FormSnippet,
        Form::Iframe => Text::FormIframe,
        Form::Element => Text::FormElement,
        Form::OneTag => Text::FormOneTag,
        Form::Url => Text::FormUrl,
    })
}

/// The page's own policy: its script beside the loader, its style and the snippet's by their
/// hashes, the loader's and the article's files for the preview (a `srcdoc` frame, which
/// inherits this policy), and the frames of the iframe and oEmbed forms.
pub fn policy(loader: &SafeUrl, base: &str) -> String {
    let (lo, bo) = (origin(loader.as_str()), origin(base));
    let snippet_styles = sources().snippet.replacen("style-src ", "", 1);
    let origins = if lo == bo {
        lo.to_owned()
    } else {
        format!("{lo} {bo}")
    };
    format!(
        "default-src 'none'; script-src {lo} 'wasm-unsafe-eval'; style-src {} {snippet_styles}; \
         connect-src {origins}; img-src * data:; media-src *; frame-src {origins}; \
         base-uri 'none'; form-action 'none'",
        hash_source(PAGE_CSS)
    )
}

/// The "Embed this article" page of the view's language, in its catalogue's UI language.
pub fn page(input: &Input<'_>, s: &Strings) -> String {
    let v = input.view;
    let lang = v.lang.as_str();
    let script = resolve(input.loader.as_str(), "embed-page.js");
    let mut m = Markup::new();
    m.trusted("<!doctype html>\n");
    m.tag("html")
        .attr("lang", s.lang.as_str())
        .attr("dir", s.lang.dir().as_str())
        .body(|m| {
            m.tag("head").body(|m| {
                m.tag("meta").attr("charset", "utf-8").void();
                m.tag("meta")
                    .attr("name", "viewport")
                    .attr("content", "width=device-width, initial-scale=1")
                    .void();
                m.tag("meta")
                    .attr("name", "color-scheme")
                    .attr("content", "light dark")
                    .void();
                m.tag("meta")
                    .attr("http-equiv", "Content-Security-Policy")
                    .attr("content", &policy(input.loader, input.src.as_str()))
                    .void();
                m.tag("meta")
                    .attr("name", "referrer")
                    .attr("content", "strict-origin-when-cross-origin")
                    .void();
                m.tag("title")
                    .text(&format!("{} — {}", s.get(Text::Title), v.translation.title));
                m.tag("style").body(|m| {
                    m.trusted(PAGE_CSS);
                });
                if let Some(url) = SafeUrl::parse(&script) {
                    m.tag("script")
                        .attr("type", "module")
                        .url("src", &url)
                        .body(|_| {});
                }
            });
            m.tag("body").body(|m| body(m, input, s, lang));
        });
    let mut out = m.finish();
    out.push('\n');
    out
}

fn body(m: &mut Markup, input: &Input<'_>, s: &Strings, lang: &str) {
    let v = input.view;
    // The names the share field takes (Threads, not in the default row, among them) and the
    // default row, which needs no attribute.
    let ids = |list: &[ShareTarget]| list.iter().map(|t| t.id()).collect::<Vec<_>>().join(" ");
    m.tag("main")
        .attr("id", "ae-embed-page")
        .attr("data-lang", lang)
        .attr("data-share-names", &ids(&ShareTarget::ALL))
        .attr("data-share-default", &ids(&ShareTarget::DEFAULT))
        .attr("data-copied", s.get(Text::Copied))
        .attr("data-copy-keys", s.get(Text::CopyKeys))
        .body(|m| {
            m.tag("h1").text(s.get(Text::Title));
            m.tag("p").body(|m| {
                m.tag("a")
                    .url("href", v.page_url_safe())
                    .attr("lang", lang)
                    .attr("dir", v.lang.dir().as_str())
                    .text(&v.translation.title);
            });
            m.tag("p").text(s.get(Text::Intro));
            m.tag("noscript").body(|m| {
                m.tag("p").text(s.get(Text::NoScript));
            });
            let names: Vec<&str> = ShareTarget::ALL.iter().map(|t| t.id()).collect();
            options(m, input, s, &names);
            m.tag("section")
                .attr("aria-labelledby", "ae-preview-h")
                .body(|m| {
                    m.tag("h2")
                        .attr("id", "ae-preview-h")
                        .text(s.get(Text::Preview));
                    let snippet = SafeUrl::parse_or_relative(&format!("../snippet/{lang}.html"));
                    let open = m.tag("iframe").attr("id", "ae-preview");
                    let open = match &snippet {
                        Some(u) => open.url("src", u),
                        None => open,
                    };
                    open.attr("title", s.get(Text::Preview)).body(|_| {});
                });
            for code in codes(input) {
                form_section(m, input, s, &code);
            }
        });
}

fn options(m: &mut Markup, input: &Input<'_>, s: &Strings, names: &[&str]) {
    let v = input.view;
    m.tag("nav").attr("aria-labelledby", "ae-lang-h").body(|m| {
        m.tag("h2")
            .attr("id", "ae-lang-h")
            .text(s.get(Text::Language));
        m.tag("ul").body(|m| {
            for (i, l) in v.article.languages.iter().enumerate() {
                let href = SafeUrl::parse_or_relative(&format!("{}.html", l.as_str()));
                let own = v.language_names.get(i).map_or(l.as_str(), String::as_str);
                m.tag("li").body(|m| {
                    let open = m.tag("a");
                    let open = match &href {
                        Some(h) => open.url("href", h),
                        None => open,
                    };
                    let open = open
                        .attr("hreflang", l.as_str())
                        .attr("lang", l.as_str())
                        .attr("dir", l.dir().as_str());
                    let open = if l == v.lang {
                        open.attr("aria-current", "page")
                    } else {
                        open
                    };
                    open.text(own);
                });
            }
        });
    });
    let radios = |m: &mut Markup, legend: Text, name: &'static str, items: Vec<(&str, &str)>| {
        m.tag("fieldset").body(|m| {
            m.tag("legend").text(s.get(legend));
            for (i, (value, label)) in items.into_iter().enumerate() {
                m.tag("label").body(|m| {
                    m.tag("input")
                        .attr("type", "radio")
                        .attr("name", name)
                        .attr("value", value)
                        .flag("checked", i == 0)
                        .void();
                    m.text(" ").text(label);
                });
            }
        });
    };
    let forms = Form::ALL.iter().map(|f| (f.id(), name(s, *f))).collect();
    radios(m, Text::Form, "form", forms);
    let themes = [Text::ThemeAuto, Text::ThemeLight, Text::ThemeDark];
    let themes = forms::Theme::ALL
        .iter()
        .zip(themes)
        .map(|(t, text)| (t.id(), s.get(text)))
        .collect();
    radios(m, Text::Theme, "theme", themes);
    let share_hint = s.fill(Text::ShareHint, &names.join(", "));
    let fields = [
        ("share", Text::Share, share_hint),
        (
            "share-params",
            Text::ShareParams,
            s.get(Text::ShareParamsHint).to_owned(),
        ),
        (
            "max-height",
            Text::MaxHeight,
            s.get(Text::MaxHeightHint).to_owned(),
        ),
    ];
    for (field, label, hint) in fields {
        m.tag("p").body(|m| {
            let id = format!("ae-{field}");
            let hint_id = format!("ae-{field}-hint");
            m.tag("label").attr("for", &id).text(s.get(label));
            m.tag("input")
                .attr("type", "text")
                .attr("id", &id)
                .attr("name", field)
                .attr("aria-describedby", &hint_id)
                .attr(
                    "inputmode",
                    if field == "max-height" {
                        "numeric"
                    } else {
                        "text"
                    },
                )
                .attr("autocomplete", "off")
                .void();
            m.tag("span").attr("id", &hint_id).text(&hint);
        });
    }
}

fn form_section(m: &mut Markup, input: &Input<'_>, s: &Strings, code: &Code) {
    let id = code.form.id();
    let (lo, bo) = (origin(input.loader.as_str()), origin(input.src.as_str()));
    let open = m
        .tag("section")
        .attr("class", "ae-form")
        .attr("id", &format!("ae-form-{id}"))
        .attr("data-form", id)
        .attr("aria-labelledby", &format!("ae-h-{id}"));
    let open = match (code.form.syntax(), code.at_utf16()) {
        (Some(syntax), Some(at)) => open
            .attr("data-syntax", syntax.id())
            .attr("data-at", &at.to_string()),
        _ => open,
    };
    let open = if code.form == Form::Url {
        let page = input.view.page_url_safe();
        open.attr(
            "data-oembed",
            &embed_html(input.view.translation, page, input.card),
        )
    } else {
        open
    };
    open.body(|m| {
        m.tag("h2")
            .attr("id", &format!("ae-h-{id}"))
            .text(name(s, code.form));
        if code.form == Form::Url {
            m.tag("p").text(s.get(Text::UrlNote));
        }
        let (field, label) = (format!("ae-code-{id}"), format!("ae-cl-{id}"));
        m.tag("label")
            .attr("for", &field)
            .attr("id", &label)
            .text(s.get(Text::Code));
        // The newline after the start tag is the parser's to drop, so a code's own first line
        // is kept.
        m.tag("textarea")
            .attr("id", &field)
            .attr("aria-labelledby", &format!("{label} ae-h-{id}"))
            .flag("readonly", true)
            .attr("rows", if code.form == Form::Url { "2" } else { "8" })
            .attr("spellcheck", "false")
            .text(&format!("\n{}", code.text));
        // Named with its form ("Copy the code, Iframe"): five buttons, each its own name.
        m.tag("button")
            .attr("type", "button")
            .attr("class", "ae-copy")
            .attr("id", &format!("ae-copy-{id}"))
            .attr("aria-labelledby", &format!("ae-copy-{id} ae-h-{id}"))
            .attr("data-for", &field)
            .flag("hidden", true)
            .text(s.get(Text::Copy));
        m.tag("p")
            .attr("class", "ae-status")
            .attr("role", "status")
            .body(|_| {});
        m.tag("p").text(&match code.form.cost() {
            Some(ratio) => s.fill(Text::Cost, ratio),
            None => s.get(Text::CostUnmeasured).to_owned(),
        });
        m.tag("h3").text(s.get(Text::Csp));
        m.tag("pre").text(&host_csp(code.form, lo, bo).join("\n"));
    });
}

/// The page's file: `embed-page/<lang>.html` and its bytes.
pub fn file(input: &Input<'_>) -> Result<(String, String), PublishError> {
    let s = Strings::for_article_language(input.view.lang)?;
    s.check()?;
    Ok((path(input.view.lang), page(input, &s)))
}

/// Where the page of `lang` goes, in the article's output folder.
pub fn path(lang: &LangTag) -> String {
    format!("embed-page/{}.html", lang.as_str())
}

/// The line `discovery.html` adds for the article page's body: a link to this page in the
/// original language, commented out (the rest of the file goes in the `<head>`).
pub fn discovery_link(page: &SafeUrl, s: &Strings) -> String {
    let mut m = Markup::new();
    m.tag("a").url("href", page).text(s.get(Text::Title));
    format!(
        "<!-- For the article page's body, an \"Embed\" link to the embed page: {} -->\n",
        m.finish()
    )
}
