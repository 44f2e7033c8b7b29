//! The shipped data sets parse and validate, and keep the facts the story rests on.

use std::fs;

use departures::core::calendar::NaiveDate;
use departures::core::date::PartialDate;
use departures::core::i18n::org::headline;
use departures::core::import::spreadsheet::standard_reasons;
use departures::core::lang::Lang;
use departures::core::model::{Dataset, Verification};
use departures::core::org::{EventsByPerson, OrgChart, Snapshot};
use departures::core::parse::parse_dataset;
use departures::core::stats::stats;

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

/// A date of the story, as the first day it stands for.
fn day(text: &str) -> NaiveDate {
    PartialDate::parse(text).unwrap().first_day()
}

/// The organisation on `date`.
fn snapshot(data: &Dataset, date: &str) -> Snapshot {
    Snapshot::on(data, &EventsByPerson::new(data), day(date))
}

#[test]
fn three_of_eleven_cofounders_remain_on_the_articles_date() {
    let data = load("openai.json");
    let snapshot = snapshot(&data, "2024-08-19");
    assert_eq!(snapshot.cofounders, 11);
    assert_eq!(snapshot.cofounders_remaining, 3);
}

#[test]
fn all_eleven_cofounders_remain_before_the_first_departure() {
    let data = load("openai.json");
    let snapshot = snapshot(&data, "2016-06-01");
    assert_eq!(snapshot.cofounders_remaining, 11);
    assert_eq!(snapshot.departed, 0);
}

#[test]
fn anthropic_is_a_destination_with_schulman_and_leike() {
    let data = load("openai.json");
    let snapshot = snapshot(&data, "2024-08-19");
    let anthropic = snapshot
        .destinations
        .iter()
        .find(|(org, _)| org == "anthropic")
        .expect("Anthropic is a destination");
    let names: Vec<&str> = anthropic
        .1
        .iter()
        .map(|&p| data.people[p].id.as_str())
        .collect();
    assert!(names.contains(&"john-schulman"), "{names:?}");
    assert!(names.contains(&"jan-leike"), "{names:?}");
    assert!(snapshot.destinations.iter().any(|(org, _)| org == "ssi"));
    // Earlier, Schulman had not gone anywhere yet.
    let before = self::snapshot(&data, "2024-08-04");
    assert!(!before
        .destinations
        .iter()
        .any(|(_, people)| people.iter().any(|&p| data.people[p].id == "john-schulman")));
    // A departure known only from a role's end still finds where they went.
    let perplexity = snapshot
        .destinations
        .iter()
        .find(|(org, _)| org == "perplexity");
    assert!(perplexity.is_some_and(|(_, people)| people
        .iter()
        .any(|&p| data.people[p].id == "aravind-srinivas")));
    // Most people first.
    let counts: Vec<usize> = snapshot.destinations.iter().map(|d| d.1.len()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
}

#[test]
fn the_openai_chart_opens_completely_at_first() {
    let chart = OrgChart::new(&load("openai.json"));
    assert!(chart.initially_collapsed(60).is_empty());
}

#[test]
fn the_traitorous_eight_have_all_left_by_1968() {
    let data = load("traitorous-eight.json");
    let after = snapshot(&data, "1968-01-01");
    assert_eq!(after.cofounders, 0);
    assert_eq!(headline(&after, Lang::En), "All 8 have left");
    assert_eq!(headline(&after, Lang::Zh), "8人已全部离开");
}

#[test]
fn standard_reasons_match_the_openai_data_set() {
    assert_eq!(standard_reasons(), load("openai.json").reasons);
}

#[test]
fn the_openai_data_set_counts_its_safety_departures() {
    let data = load("openai.json");
    let stats = stats(&data);
    assert_eq!(stats.people, data.people.len());
    assert_eq!(stats.events, data.events.len());
    assert!(stats.reason_count("safety") >= 3);
    let by_year_total: usize = stats.by_year.iter().map(|&(_, n)| n).sum();
    assert_eq!(by_year_total, stats.events);
}
