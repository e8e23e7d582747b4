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

// The old paths, until every user names the new ones.
#[doc(hidden)]
pub use article::translation_check;
#[doc(hidden)]
pub use consent::state as consent_state;
