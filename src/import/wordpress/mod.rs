//! WordPress: its REST API ([`rest`]) and its posts ([`post`]).

pub mod post;
pub mod rest;
