//! The pure core: data model, parsing, state and text.
//!
//! Nothing in here imports yew, web-sys, js-sys, gloo or wasm-bindgen; it all
//! compiles and is tested natively with `cargo test`. A test
//! (`tests/core_is_pure.rs`) fails the build if that rule is broken.

pub mod date;
pub mod filter;
pub mod i18n;
pub mod import;
pub mod lang;
pub mod lint;
pub mod load;
pub mod model;
pub mod org;
pub mod parse;
pub mod scale;
pub mod snippet;
pub mod state;
pub mod stats;
pub mod synthetic;
pub mod text_fit;
pub mod timeline;
pub mod tree;

/// The default data set (`data/openai.json`, minified by `build.rs`), compiled
/// into the build so it needs no request.
pub const DEFAULT_DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/default-data.min.json"));
