//! Every limit and default shared by the validator, the renderer, the wasm shell and the tools,
//! each defined once. The limits bound what a document may ask of a reader's browser (memory,
//! nesting, layout); the defaults are what an embed gets when it says nothing.

/// How long a fetch (article, translation, UI catalogue) may take before it is reported, in ms.
/// The `timeout` attribute overrides it per embed.
pub const FETCH_TIMEOUT_MS: u32 = 10_000;

/// Largest width or height of an ad creative, in CSS px (a sandboxed iframe of that size).
pub const AD_MAX_PX: u32 = 2000;
/// The ad creative's width when the embed gives none (the IAB medium rectangle).
pub const AD_DEFAULT_WIDTH: u32 = 300;
/// The ad creative's height when the embed gives none.
pub const AD_DEFAULT_HEIGHT: u32 = 250;

/// Largest declared width or height of a body image, in CSS px.
pub const IMAGE_MAX_PX: u32 = 10_000;

/// Languages one article may have.
pub const MAX_LANGUAGES: usize = 200;
/// Body blocks in one translation.
pub const MAX_BLOCKS: usize = 2000;
/// Items in one list block.
pub const MAX_LIST_ITEMS: usize = 1000;
/// Nesting of lists: a list, a list in one of its items, and so on, this many deep.
pub const MAX_LIST_DEPTH: usize = 4;
/// Rows of one table (head, body and foot together).
pub const MAX_TABLE_ROWS: usize = 1000;
/// Cells of one table row.
pub const MAX_TABLE_COLUMNS: usize = 50;
/// Columns or rows one table cell may span.
pub const MAX_CELL_SPAN: u32 = 50;
/// Images of one gallery.
pub const MAX_GALLERY_IMAGES: usize = 100;
/// Text tracks of one video.
pub const MAX_TRACKS: usize = 20;
/// Buttons of one buttons block.
pub const MAX_BUTTONS: usize = 10;
/// Notes of one translation.
pub const MAX_NOTES: usize = 500;
/// Follow-us links of a publisher.
pub const MAX_FOLLOW_LINKS: usize = 20;
/// Trending items of an article or translation.
pub const MAX_TRENDING: usize = 50;
/// Bytes of one string field.
pub const MAX_TEXT_BYTES: usize = 100_000;
/// Characters of a block id.
pub const MAX_ID_LEN: usize = 64;
/// Nesting of inline runs (bold inside a link inside italics …). Deeper documents are refused:
/// the renderer recurses once per level.
pub const MAX_INLINE_DEPTH: usize = 8;
/// Nesting converted from a parsed JSON value into the core's tree; deeper values become
/// `null`, which the validator then reports. Far above any valid document's depth.
pub const MAX_JSON_DEPTH: u32 = 64;
/// Problems reported for one document at the most.
pub const MAX_REPORTED: usize = 50;

/// How long "Link copied" stays visible after the last copy, in ms.
pub const COPIED_VISIBLE_MS: u32 = 2500;
/// Delay before a live region announces a message written at render time, in ms: a region
/// filled in the same task as it is inserted is often not read.
pub const ANNOUNCE_DELAY_MS: u32 = 600;
/// Delay before the loading placeholder is shown, in ms: an article shown sooner never flashes
/// a placeholder (and the phone's main thread does not lay one out), and a slower one shows it
/// well within the second a reader waits without doubting.
pub const LOADING_VIEW_DELAY_MS: u32 = 150;
