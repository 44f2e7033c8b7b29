//! The shipped data sets parse and validate, and keep the facts the story rests on.

use std::fs;

use departures::core::model::{Dataset, Verification};
use departures::core::parse::parse_dataset;

fn load(name: &str) -> Dataset {
    let path = format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_dataset(&text).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("{path} is invalid:\n{}", list.join("\n"))
    })
}

#[test]
fn every_data_file_is_valid() {
    let dir = format!("{}/data", env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let is_dataset = path.extension().is_some_and(|e| e == "json")
            && path.file_name().is_some_and(|n| n != "schema.json");
        if is_dataset {
            load(path.file_name().unwrap().to_str().unwrap());
            checked += 1;
        }
    }
    assert!(checked >= 1, "no data set found in {dir}");
}

#[test]
fn default_data_set_is_the_openai_story_as_of_the_article() {
    let data = load("openai.json");
    assert_eq!(data.as_of.to_string(), "2024-08-19");
    assert_eq!(data.organization, "openai");
    for id in ["sam-altman", "ilya-sutskever", "jan-leike", "john-schulman"] {
        assert!(data.person(id).is_some(), "missing {id}");
    }
}

#[test]
fn steven_bills_stays_unconfirmed() {
    let data = load("openai.json");
    let bills: Vec<_> = data
        .events
        .iter()
        .filter(|e| e.person == "steven-bills")
        .collect();
    assert!(!bills.is_empty());
    assert!(bills
        .iter()
        .all(|e| e.verification == Verification::Unconfirmed));
}

#[test]
fn every_person_id_is_lowercase_ascii_with_hyphens() {
    let data = load("openai.json");
    for person in &data.people {
        assert!(
            person
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{}",
            person.id
        );
    }
}

#[test]
fn default_data_is_the_file_compiled_into_the_build() {
    let compiled = parse_dataset(departures::core::DEFAULT_DATA).expect("compiled data is valid");
    assert_eq!(compiled, load("openai.json"));
}
