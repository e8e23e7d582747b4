//! The UI catalogues, for rendering natively: the same `locales/*.ftl` sources the build
//! compiles into the widget's JSON files (built into the binary by `build.rs`), compiled by the
//! same code (`ftl::compile`, as `compile-catalogs` does) and loaded by the same
//! `Catalog::from_json` as in the browser.

use super::error::{CatalogueFault, PublishError};
use crate::core::i18n::{compiled, ftl, ui_language_for, Catalog};
use crate::core::lang::LangTag;
use ftl::Entry;

/// `(language, strings, CLDR data)` for every catalogue in `locales/`.
const SOURCES: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/catalogue_sources.rs"));

/// The UI catalogue the widget uses for an article language: its own where one exists, else
/// English.
pub fn catalogue_for(article_lang: &LangTag) -> Result<Catalog, PublishError> {
    let ui = ui_language_for(article_lang);
    if ui.as_str() == "en" {
        return Ok(Catalog::english());
    }
    let entries = checked(&ui, ftl::compile)?;
    let json = compiled(&entries);
    Catalog::from_json(ui.clone(), &json).map_err(|e| PublishError::Catalogue {
        lang: ui.as_str().to_owned(),
        cause: CatalogueFault::Load(e),
    })
}

/// The publishing tool's own messages (`ftl::TOOL_PREFIX`) for an article language, in the UI
/// language [`catalogue_for`] picks: what the "Embed this article" page says.
pub fn tool_messages(article_lang: &LangTag) -> Result<(LangTag, Vec<Entry>), PublishError> {
    let ui = ui_language_for(article_lang);
    let entries = checked(&ui, ftl::tool_messages)?;
    Ok((ui, entries))
}

type Pick = fn(&str, &[Entry]) -> Result<Vec<Entry>, ftl::CompileError>;

/// `ui`'s catalogue source checked against English's, and what `pick` takes of it.
fn checked(ui: &LangTag, pick: Pick) -> Result<Vec<Entry>, PublishError> {
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
    pick(&source(ui.as_str()), &en).map_err(|e| fault(CatalogueFault::Compile(e)))
}
