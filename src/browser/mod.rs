//! Browser services under the components: the page address and history, the
//! console, the clock, fetching data and filling the on-demand panels
//! (Download, Embed) and "Copy link". Above the pure core, below
//! [`crate::ui`] and [`crate::embed`]; nothing here knows about Yew.

pub mod clock;
pub mod console;
pub mod fetch;
pub mod page;
pub mod panels;
