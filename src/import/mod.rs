//! The publisher's tool: WordPress posts to `article-embed/1` documents (native only, never in
//! the wasm).
//!
//! The pipeline for one article: fetch or read the post ([`wordpress::rest`]), map it to the
//! core's model ([`wordpress::post`], whose body comes from [`html`]; an untitled post's
//! [`headline`] from its first words), read translations given as REST posts or rendered pages
//! ([`translation`], [`page`]: an unusable one is left out, never the article), align them with
//! the original ([`align`], by [`similarity`] where they are not block for block), tag passages
//! in another language ([`languages`]), check the result with the core's own validator and
//! write it deterministically ([`document`]). Everything dropped on the way is
//! counted in a [`report::Report`]. [`site`] does the same for every post of a site.

pub mod align;
pub mod article;
pub mod document;
pub mod error;
pub mod headline;
pub mod html;
pub mod languages;
pub mod output;
pub mod page;
pub mod part;
pub mod report;
pub mod similarity;
pub mod site;
pub mod translation;
pub mod wordpress;

pub use error::ImportError;
