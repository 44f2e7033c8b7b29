//! Browser services under the components: the page address and history, the
//! console, the clipboard, the clock, fetching data and downloads. Above the
//! pure core, below [`crate::ui`] and [`crate::embed`]; nothing here knows
//! about Yew.

pub mod clipboard;
pub mod clock;
pub mod console;
pub mod download;
pub mod fetch;
pub mod page;
