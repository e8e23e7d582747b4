//! The pure core: everything that can be decided without a browser.

pub mod action;
pub mod article;
pub mod consent;
pub mod html;
pub mod i18n;
pub mod json;
pub mod lang;
pub mod limits;
pub mod render;
pub mod share;
pub mod text;
pub mod url;
