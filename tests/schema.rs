//! `data/schema.json` is the JSON Schema generated from the Rust types, and
//! stays in sync with them. After changing the model, regenerate it with
//! `UPDATE_SCHEMA=1 cargo test --test schema`.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;

use departures::core::model::Dataset;

fn generated() -> String {
    let mut schema = schemars::schema_for!(Dataset);
    schema.insert(
        "description".into(),
        "A Departures data set: people leaving an organisation, with sourced, bilingual events. \
         Cross-references (ids), dates that exist, and zh/en text are checked by `departures validate`."
            .into(),
    );
    serde_json::to_string_pretty(&schema).unwrap() + "\n"
}

#[test]
fn schema_file_matches_the_rust_types() {
    let path = format!("{}/data/schema.json", env!("CARGO_MANIFEST_DIR"));
    let expected = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        fs::write(&path, &expected).unwrap();
    }
    let on_disk = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == expected,
        "data/schema.json is out of date: run `UPDATE_SCHEMA=1 cargo test --test schema`"
    );
}

#[test]
fn schema_requires_both_languages_and_names_every_event_kind() {
    let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
    let localized = &schema["$defs"]["Localized"];
    assert_eq!(localized["required"], serde_json::json!(["zh", "en"]));
    let text = generated();
    for kind in ["departure", "dismissal", "board-exit", "lawsuit"] {
        assert!(text.contains(&format!("\"{kind}\"")), "{kind}");
    }
}
