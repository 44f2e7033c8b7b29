//! Browser services under the components: the page address and history, the
//! console, the clipboard and fetching data. Above the pure core, below
//! [`crate::ui`] and [`crate::embed`]; nothing here knows about Yew.

pub mod clipboard;
pub mod console;
pub mod fetch;
pub mod page;
