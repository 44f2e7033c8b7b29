//! # Departures
//!
//! An embeddable, bilingual (Chinese and English) news graphic of people leaving
//! an organisation: a timeline, an org chart and an accessible table, filterable
//! by departure reason. It is written in Rust with Yew and compiled to
//! WebAssembly with Trunk.
//!
//! The crate has four layers, each importing only from those below it:
//! - [`core`]: pure data model, parsing, state, text and layout. It is
//!   tested natively, and built without the `web` feature, which leaves out
//!   every browser crate, so the compiler refuses one in the core.
//! - [`browser`]: browser services without Yew: the page address and
//!   history, the console, the clock, fetching data, the code fetched on
//!   demand (the Download and Embed panels, "Copy link").
//! - [`ui`]: Yew components, one per file, that map state to HTML and send
//!   actions.
//! - [`embed`]: integration with host pages: mounting, the iframe height
//!   messages and the custom element's Rust half (its JavaScript half is
//!   `web/embed.template.js`).
//!
//! Beside them, native only (never in the WebAssembly): the core's
//! standalone exports (`core::render`), and `raster`, which turns their SVG
//! into PNG for `departures render`.
//!
//! Start reading at [`ui::app::App`] for the widget and at
//! [`core::model::Dataset`] for the data. The README explains the two commands
//! that build and test everything.

#[cfg(feature = "web")]
pub mod browser;
pub mod core;
#[cfg(feature = "web")]
pub mod embed;
#[cfg(not(target_arch = "wasm32"))]
pub mod raster;
#[cfg(feature = "web")]
pub mod ui;
