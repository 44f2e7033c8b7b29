//! `src/core` must not import a browser crate: it is compiled and tested natively.

use std::fs;
use std::path::Path;

const BROWSER_CRATES: [&str; 6] = [
    "yew",
    "web_sys",
    "js_sys",
    "gloo",
    "wasm_bindgen",
    "web-sys",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn core_imports_no_browser_crate() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core"),
        &mut files,
    );
    assert!(!files.is_empty());
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for krate in BROWSER_CRATES {
                let used = code.contains(&format!("{krate}::"))
                    || code.contains(&format!("extern crate {krate}"));
                assert!(
                    !used,
                    "{}:{} uses {krate}: the core must stay pure",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}
