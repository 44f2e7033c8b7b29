//! The texts of every event of a data set at once, for views that draw many
//! events: each mark's label ([`mark_label`]) and its accessible name
//! ([`describe_event_named`]).
//!
//! Built once per data set and language and shared: the strings are
//! reference-counted, so a view can hand one to each of its marks on every
//! zoom step without copying it.

use std::collections::HashMap;
use std::rc::Rc;

use super::{describe_event_named, mark_label, Lang};
use crate::core::model::Dataset;

/// Per-event texts in one language, by event index in the data set. `Eq`,
/// so that an `Rc` of it compares by pointer first rather than string by
/// string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventTexts {
    /// The label on the timeline: the person's name (and the date, when it
    /// is an estimate).
    pub names: Vec<Rc<str>>,
    /// The accessible name: person, what happened, date, reasons and, unless
    /// confirmed, the verification.
    pub labels: Vec<Rc<str>>,
}

impl EventTexts {
    /// The texts of every event of `data` in `lang`. A person missing from
    /// the data set is named by their id. Looks each name up once, in a
    /// table, rather than searching the people for every event.
    pub fn new(data: &Dataset, lang: Lang) -> EventTexts {
        let people: HashMap<&str, &str> = data
            .people
            .iter()
            .map(|p| (p.id.as_str(), p.name.get(lang)))
            .collect();
        let (names, labels) = data
            .events
            .iter()
            .enumerate()
            .map(|(i, event)| {
                let person = event.person.as_str();
                let name = people.get(person).copied().unwrap_or(person);
                (
                    Rc::from(mark_label(name, event, lang)),
                    Rc::from(describe_event_named(data, i, lang, name)),
                )
            })
            .unzip();
        EventTexts { names, labels }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two events of Alice (one dated approximately, one unconfirmed) and
    /// one of someone the data set does not list.
    fn data() -> Dataset {
        let event = |id: &str, person: &str, date: &str, extra: &str| {
            format!(
                r#"{{"id":"{id}","date":"{date}","person":"{person}","kind":"departure",
                "reasons":["safety"],"summary":{{"zh":"走","en":"left"}},"sources":[]{extra}}}"#
            )
        };
        let events = [
            event("a", "alice", "2024-05-14", r#","verification":"confirmed""#),
            event(
                "b",
                "alice",
                "2017",
                r#","verification":"confirmed","dating":"approximate""#,
            ),
            event("c", "carol", "2024-06", r#","verification":"unconfirmed""#),
        ];
        serde_json::from_str(&format!(
            r##"{{"schema_version":1,"id":"t","title":{{"zh":"t","en":"t"}},
            "subtitle":{{"zh":"s","en":"s"}},"as_of":"2024-08-19","organization":"acme",
            "reasons":[{{"id":"safety","label":{{"zh":"安全","en":"Safety"}},
                "color":"#D55E00","symbol":"triangle"}}],
            "organizations":[],
            "people":[{{"id":"alice","name":{{"zh":"爱丽丝","en":"Alice"}}}}],
            "events":[{}]}}"##,
            events.join(",")
        ))
        .unwrap()
    }

    #[test]
    fn each_event_gets_its_label_and_accessible_name_in_the_language_asked_for() {
        let data = data();
        let en = EventTexts::new(&data, Lang::En);
        assert_eq!(&*en.names[0], "Alice");
        assert_eq!(&*en.labels[0], "Alice — left — 14 May 2024 — Safety");
        let zh = EventTexts::new(&data, Lang::Zh);
        assert_eq!(&*zh.names[0], "爱丽丝");
        assert_eq!(&*zh.labels[0], "爱丽丝 — 离职 — 2024年5月14日 — 安全");
    }

    #[test]
    fn an_estimated_date_shows_in_the_label_too() {
        let texts = EventTexts::new(&data(), Lang::En);
        assert_eq!(&*texts.names[1], "Alice (c. 2017)");
        assert!(texts.labels[1].contains("c. 2017"), "{}", texts.labels[1]);
    }

    #[test]
    fn a_person_missing_from_the_data_set_is_named_by_their_id() {
        let texts = EventTexts::new(&data(), Lang::En);
        assert_eq!(&*texts.names[2], "carol");
        assert!(texts.labels[2].starts_with("carol — "));
        assert!(texts.labels[2].ends_with(" — unconfirmed"));
    }

    #[test]
    fn there_is_one_text_of_each_kind_per_event_in_data_order() {
        let data = data();
        let texts = EventTexts::new(&data, Lang::En);
        assert_eq!(texts.names.len(), data.events.len());
        assert_eq!(texts.labels.len(), data.events.len());
    }
}
