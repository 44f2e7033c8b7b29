//! Compiles the default data set (`data/openai.json`) into the build in the
//! compact form the widget reads (`src/core/compact.rs`), so the WebAssembly
//! carries neither the JSON text nor a JSON parser. It also writes the JSON
//! minified, for the native tools and tests.
//!
//! The data model and the compact form are the crate's own files, included
//! here by path. Only the types are checked here (serde); the data set is
//! validated in full by `tests/data_sets.rs`, and the compact bytes are
//! checked against the validated data set by `core::compact`'s tests.

use std::path::PathBuf;
use std::{env, fs};

/// The parts of the crate's core the build needs, compiled into the build
/// script itself (an inline module resolves its files by its own path, so
/// `src::core::model` is `src/core/model.rs`).
#[allow(dead_code)]
mod src {
    /// The crate's `core`, in part.
    pub mod core {
        pub mod calendar;
        pub mod compact;
        pub mod date;
        pub mod lang;
        pub mod model;
    }
}
// The included files name each other as `crate::core::…`.
use src::core;

fn main() {
    let source = "data/openai.json";
    println!("cargo:rerun-if-changed={source}");
    for part in [
        "calendar",
        "compact",
        "compact/model_types",
        "date",
        "lang",
        "model",
    ] {
        println!("cargo:rerun-if-changed=src/core/{part}.rs");
    }
    let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let value: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{source} is not valid JSON: {e}"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(
        out.join("default-data.min.json"),
        serde_json::to_string(&value).expect("a JSON value serialises"),
    )
    .expect("OUT_DIR is writable");
    let dataset: core::model::Dataset = serde_json::from_value(value)
        .unwrap_or_else(|e| panic!("{source} does not fit the data model: {e}"));
    fs::write(
        out.join("default-data.dpc"),
        core::compact::encode_dataset(&core::compact::as_built_in(&dataset)),
    )
    .expect("OUT_DIR is writable");
}
