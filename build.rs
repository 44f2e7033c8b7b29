//! Compiles the default data set into the build in minified form (no
//! whitespace), so the WebAssembly carries the data and not its indentation.
//! Validation happens at run time and in `tests/data_sets.rs`.

use std::path::PathBuf;
use std::{env, fs};

fn main() {
    let source = "data/openai.json";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let value: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{source} is not valid JSON: {e}"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(
        out.join("default-data.min.json"),
        serde_json::to_string(&value).expect("a JSON value serialises"),
    )
    .expect("OUT_DIR is writable");
}
