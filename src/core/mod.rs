//! The pure core: data model, parsing, state and text.
//!
//! Nothing in here imports yew, web-sys, js-sys, gloo or wasm-bindgen; it all
//! compiles and is tested natively with `cargo test`. The compiler keeps it
//! so: `./dev.sh test` also builds the crate without its `web` feature,
//! which leaves those crates out.

pub mod calendar;
pub mod compact;
pub mod date;
pub mod facts;
pub mod filter;
pub mod i18n;
pub mod import;
pub mod lang;
pub mod lint;
pub mod load;
pub mod model;
pub mod num;
pub mod org;
pub mod parse;
// Native only: exports are made by the command line and the build. Left out
// of the WebAssembly, they cannot sway how the widget's code is generated
// (their calls into the functions they share with it would).
#[cfg(not(target_arch = "wasm32"))]
pub mod render;
pub mod scale;
pub mod snippet;
pub mod state;
pub mod stats;
pub mod story;
pub mod synthetic;
#[cfg(test)]
pub(crate) mod testing;
pub mod text_fit;
pub mod timeline;
pub mod tree;
pub mod url;

/// The default data set (`data/openai.json`, minified by `build.rs`), for
/// the native tools and tests; the widget reads [`DEFAULT_COMPACT`].
pub const DEFAULT_DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/default-data.min.json"));

/// The default data set in its [`compact`] form (written by `build.rs`),
/// compiled into the build so it needs no request and no JSON parser.
pub const DEFAULT_COMPACT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default-data.dpc"));
