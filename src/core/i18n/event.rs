//! The texts of every event of a data set at once, for views that draw many
//! events: each mark's label ([`mark_label`]) and its accessible name
//! ([`describe_event_named`]); and the accessible name of a timeline cluster
//! ([`cluster_label`]).
//!
//! Built once per data set and language and shared: the strings are
//! reference-counted, so a view can hand one to each of its marks on every
//! zoom step without copying it.

use std::rc::Rc;

use super::dates::month_range;
use super::{colon, describe_event_named, list_separator, mark_label, Lang};
use crate::core::model::Dataset;

/// How many people a cluster's accessible name names before "…".
pub const CLUSTER_NAMES: usize = 4;

/// The accessible name of a cluster of `events` (indices in date order): how
/// many, when, and the first [`CLUSTER_NAMES`] people inside, named in full
/// as on their marks (two Amodeis are two people):
/// "16个事件，2024年4月至8月：帕维尔·伊斯梅洛夫、利奥波德·阿申布伦纳、伊利亚·苏茨克维尔、扬·雷克……" /
/// "16 events, April–August 2024: Pavel Izmailov, Leopold Aschenbrenner,
/// Ilya Sutskever, Jan Leike, …". A person missing from the data set is
/// named by their id.
pub fn cluster_label(
    data: &Dataset,
    events: &[usize],
    lang: Lang,
    person_of: impl Fn(usize) -> Rc<str>,
) -> String {
    let (Some(&first), Some(&last)) = (events.first(), events.last()) else {
        return String::new();
    };
    let day = |i: usize| data.events[i].date.first_day();
    let mut names: Vec<Rc<str>> = Vec::new();
    for &i in events {
        let name = person_of(i);
        if !names.contains(&name) {
            names.push(name);
        }
        if names.len() > CLUSTER_NAMES {
            break;
        }
    }
    let more = names.len() > CLUSTER_NAMES;
    names.truncate(CLUSTER_NAMES);
    let (n, zh) = (events.len(), lang == Lang::Zh);
    let mut label = n.to_string();
    label += match (zh, n) {
        (true, _) => "个事件，",
        (false, 1) => " event, ",
        _ => " events, ",
    };
    label += &month_range(day(first), day(last), lang);
    label += colon(lang);
    label += &names.join(list_separator(lang));
    if more {
        label += if zh { "……" } else { ", …" };
    }
    label
}

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
    /// The person's name alone, for the clusters' accessible names.
    pub people: Vec<Rc<str>>,
}

impl EventTexts {
    /// The texts of every event of `data` in `lang`. A person missing from
    /// the data set is named by their id. Looks each name up once, in a
    /// table, rather than searching the people for every event.
    pub fn new(data: &Dataset, lang: Lang) -> EventTexts {
        let people = data.person_indices();
        let mut texts = EventTexts {
            names: Vec::with_capacity(data.events.len()),
            labels: Vec::with_capacity(data.events.len()),
            people: Vec::with_capacity(data.events.len()),
        };
        for (i, event) in data.events.iter().enumerate() {
            let person = event.person.as_str();
            let name = people
                .get(person)
                .map_or(person, |&p| data.people[p].name.get(lang));
            texts.names.push(Rc::from(mark_label(name, event, lang)));
            texts
                .labels
                .push(Rc::from(describe_event_named(data, i, lang, name)));
            texts.people.push(Rc::from(name));
        }
        texts
    }

    /// The accessible name of a "+N" cluster of `events` (see
    /// [`cluster_label`]), with the names looked up here rather than among
    /// the people on every zoom step.
    pub fn cluster_label(&self, data: &Dataset, events: &[usize], lang: Lang) -> String {
        cluster_label(data, events, lang, |i| self.people[i].clone())
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
    fn a_cluster_says_how_many_when_and_who() {
        let data = crate::core::parse::parse_dataset(crate::core::DEFAULT_DATA).unwrap();
        let index = |id: &str| data.events.iter().position(|e| e.id == id).unwrap();
        let events: Vec<usize> = [
            "izmailov-fired",
            "aschenbrenner-fired",
            "sutskever-leaves",
            "leike-resigns",
            "leike-joins-anthropic",
            "sutskever-founds-ssi",
            "schulman-leaves",
        ]
        .map(index)
        .to_vec();
        let (en, zh) = (
            EventTexts::new(&data, Lang::En),
            EventTexts::new(&data, Lang::Zh),
        );
        let cluster_label = |data: &Dataset, events: &[usize], lang: Lang| match lang {
            Lang::En => en.cluster_label(data, events, lang),
            Lang::Zh => zh.cluster_label(data, events, lang),
        };
        assert_eq!(
            cluster_label(&data, &events, Lang::En),
            "7 events, April–August 2024: Pavel Izmailov, Leopold Aschenbrenner, Ilya Sutskever, Jan Leike, …"
        );
        assert_eq!(
            cluster_label(&data, &events, Lang::Zh),
            "7个事件，2024年4月至8月：帕维尔·伊斯梅洛夫、利奥波德·阿申布伦纳、伊利亚·苏茨克维尔、扬·雷克……"
        );
        // Four people or fewer: no "…"; one event: no plural.
        assert_eq!(
            cluster_label(&data, &events[2..5], Lang::En),
            "3 events, May 2024: Ilya Sutskever, Jan Leike"
        );
        assert_eq!(
            cluster_label(&data, &events[..1], Lang::En),
            "1 event, April 2024: Pavel Izmailov"
        );
        assert_eq!(cluster_label(&data, &[], Lang::En), "");
    }

    #[test]
    fn there_is_one_text_of_each_kind_per_event_in_data_order() {
        let data = data();
        let texts = EventTexts::new(&data, Lang::En);
        assert_eq!(texts.names.len(), data.events.len());
        assert_eq!(texts.labels.len(), data.events.len());
    }
}
