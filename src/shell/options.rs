//! The options of one embed, as the loader passes them (from attributes or `mount()`).

use crate::core::article::AdCreative;
use crate::core::consent::state::Mode;
use crate::core::html::SafeUrl;
use crate::core::limits::{AD_DEFAULT_HEIGHT, AD_DEFAULT_WIDTH, AD_MAX_PX, FETCH_TIMEOUT_MS};
use crate::core::render::ViewOptions;
use crate::core::share::ShareTarget;
use js_sys::Reflect;
use wasm_bindgen::JsValue;

/// Options of one embed. Every field is optional.
#[derive(Debug, Default)]
pub struct MountOptions {
    /// Absolute URL of the article document.
    pub src: Option<String>,
    /// Wanted language.
    pub lang: Option<String>,
    /// Share targets, comma separated.
    pub share: Option<String>,
    /// Query parameters added to shared URLs (`utm_source=x&utm_medium=y`).
    pub share_params: Option<String>,
    /// Ad slot after this many paragraphs (0: none).
    pub ad_after: Option<u32>,
    /// "Continue reading" after about this many CSS px.
    pub max_height: Option<u32>,
    /// Fetch timeout in ms.
    pub timeout: Option<u32>,
    /// The fallback link's URL, for error messages before the document is known.
    pub fallback_url: Option<String>,
    /// An ad creative URL that replaces the article's.
    pub ad_src: Option<String>,
    /// Its width in CSS px (default 300).
    pub ad_width: Option<u32>,
    /// Its height in CSS px (default 250).
    pub ad_height: Option<u32>,
    /// `"host"`: the host page manages consent and passes decisions in.
    pub consent: Option<String>,
    /// The consent policy revision; a new one asks the reader again.
    pub consent_revision: Option<String>,
}

impl MountOptions {
    /// Reads the options object the loader passes. Read with plain getters rather than a
    /// serde derive: a derive's error paths pull float formatting (~14 KB) into the wasm.
    /// A field of the wrong type is ignored, as an unknown attribute would be.
    pub fn from_js(o: &JsValue) -> MountOptions {
        let get = |k: &str| Reflect::get(o, &JsValue::from_str(k)).ok();
        let text = |k: &str| get(k).and_then(|v| v.as_string()).filter(|s| !s.is_empty());
        let num = |k: &str| {
            get(k)
                .and_then(|v| v.as_f64())
                .filter(|n| *n >= 0.0 && *n <= u32::MAX as f64)
                .map(|n| n as u32)
        };
        MountOptions {
            src: text("src"),
            lang: text("lang"),
            share: text("share"),
            share_params: text("shareParams"),
            ad_after: num("adAfter"),
            max_height: num("maxHeight").filter(|h| *h > 0),
            timeout: num("timeout"),
            fallback_url: text("fallbackUrl"),
            ad_src: text("adSrc"),
            ad_width: num("adWidth"),
            ad_height: num("adHeight"),
            consent: text("consent"),
            consent_revision: text("consentRevision"),
        }
    }

    /// The rendering options these give, for a browser with or without Web Share.
    pub fn view_options(&self, native_share: bool) -> ViewOptions {
        ViewOptions {
            share: ShareTarget::parse_list(self.share.as_deref().unwrap_or("")),
            share_params: parse_query(self.share_params.as_deref().unwrap_or("")),
            ad_after: self.ad_after.map(|n| n as usize),
            native_share,
            max_height: self.max_height,
        }
    }

    /// The embed's own ad creative, when it gives one.
    pub fn ad_creative(&self) -> Option<AdCreative> {
        let src = SafeUrl::parse(self.ad_src.as_deref()?)?;
        let size = |v: Option<u32>, d: u32| v.filter(|n| (1..=AD_MAX_PX).contains(n)).unwrap_or(d);
        Some(AdCreative {
            src,
            width: size(self.ad_width, AD_DEFAULT_WIDTH),
            height: size(self.ad_height, AD_DEFAULT_HEIGHT),
        })
    }

    /// Whether the host page manages consent.
    pub fn host_manages_consent(&self) -> bool {
        self.consent.as_deref().and_then(Mode::from_attribute) == Some(Mode::Host)
    }

    /// The consent policy revision (default `"1"`).
    pub fn revision(&self) -> &str {
        self.consent_revision.as_deref().unwrap_or("1")
    }

    /// The fetch timeout.
    pub fn timeout_ms(&self) -> u32 {
        self.timeout.filter(|t| *t > 0).unwrap_or(FETCH_TIMEOUT_MS)
    }
}

/// Splits `a=1&b=two` into pairs, decoding `+` and percent-escapes.
fn parse_query(q: &str) -> Vec<(String, String)> {
    q.trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let s: String = s.chars().map(|c| if c == '+' { ' ' } else { c }).collect();
    js_sys::decode_uri_component(&s)
        .ok()
        .and_then(|d| d.as_string())
        .unwrap_or(s)
}
