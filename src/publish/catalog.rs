//! The UI catalogues, for rendering natively: the same `locales/*.ftl` sources the build
//! compiles into the widget's JSON files (built into the binary by `build.rs`), compiled by the
//! same code (`ftl::compile`, as `compile-catalogs` does) and loaded by the same
//! `Catalog::from_json` as in the browser.

use super::error::{CatalogueFault, PublishError};
use crate::core::i18n::{compiled, ftl, ui_language_for, Catalog};
use crate::core::lang::LangTag;

/// `(language, strings, CLDR data)` for every catalogue in `locales/`.
const SOURCES: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/catalogue_sources.rs"));

/// The UI catalogue the widget uses for an article language: its own where one exists, else
/// English.
pub fn catalogue_for(article_lang: &LangTag) -> Result<Catalog, PublishError> {
    let ui = ui_language_for(article_lang);
    if ui.as_str() == "en" {
        return Ok(Catalog::english());
    }
    let fault = |cause| PublishError::Catalogue {
        lang: ui.as_str().to_owned(),
        cause,
    };
    let source = |lang: &str| {
        SOURCES
            .iter()
            .find(|(l, _, _)| *l == lang)
            .map(|(_, strings, cldr)| ftl::catalogue_text(strings, cldr))
            .unwrap_or_default()
    };
    let en = ftl::parse(&source("en"))
        .map_err(|e| fault(CatalogueFault::Compile(ftl::CompileError::Syntax(e))))?;
    let entries =
        ftl::compile(&source(ui.as_str()), &en).map_err(|e| fault(CatalogueFault::Compile(e)))?;
    let json = compiled(&entries);
    Catalog::from_json(ui.clone(), &json).map_err(|e| fault(CatalogueFault::Load(e)))
}
