//! What an event says: its kind as a verb ([`kind_label`]), its mark's label
//! ([`mark_label`]) and its accessible name ([`describe_event`]); the texts
//! of every event of a data set at once, for views that draw many events
//! ([`EventTexts`]); and the accessible name of a timeline cluster
//! ([`cluster_label`]).
//!
//! Built once per data set and language and shared: the strings are
//! reference-counted, so a view can hand one to each of its marks on every
//! zoom step without copying it.

use std::rc::Rc;

use super::dates::month_range;
use super::{colon, format_event_date, list_separator, t, Lang, Text};
use crate::core::model::{Dataset, Dating, Event, EventKind, Verification};

/// What an event of a kind did, as a short verb phrase.
pub fn kind_label(kind: EventKind, lang: Lang) -> &'static str {
    use EventKind::*;
    match (kind, lang) {
        (Departure, Lang::Zh) => "离职",
        (Departure, Lang::En) => "left",
        (Dismissal, Lang::Zh) => "被解雇",
        (Dismissal, Lang::En) => "dismissed",
        (Return, Lang::Zh) => "回归",
        (Return, Lang::En) => "returned",
        (Leave, Lang::Zh) => "休假",
        (Leave, Lang::En) => "took leave",
        (Reassignment, Lang::Zh) => "调岗",
        (Reassignment, Lang::En) => "reassigned",
        (Joined, Lang::Zh) => "加入",
        (Joined, Lang::En) => "joined",
        (Founded, Lang::Zh) => "创立",
        (Founded, Lang::En) => "founded",
        (BoardExit, Lang::Zh) => "退出董事会",
        (BoardExit, Lang::En) => "left the board",
        (Lawsuit, Lang::Zh) => "起诉",
        (Lawsuit, Lang::En) => "sued",
    }
}

/// The label of an event's mark on the timeline: the person's name, with the
/// date when it is only an estimate, since the mark's place then claims more
/// than is known ("特雷弗·布莱克韦尔（约2017年）" / "Trevor Blackwell (c. 2017)").
pub fn mark_label(name: &str, event: &Event, lang: Lang) -> String {
    match (event.dating, lang) {
        (Some(Dating::Approximate), Lang::Zh) => {
            format!("{name}（{}）", format_event_date(event, lang))
        }
        (Some(Dating::Approximate), Lang::En) => {
            format!("{name} ({})", format_event_date(event, lang))
        }
        _ => name.to_string(),
    }
}

/// The accessible name of an event: "Jan Leike — left — 14 May 2024 —
/// Safety & alignment", with its verification when it is not confirmed
/// ("… — unconfirmed", "… — disputed"), so a screen reader hears what the
/// hollow or "!" mark shows.
pub fn describe_event(data: &Dataset, index: usize, lang: Lang) -> String {
    let event = &data.events[index];
    let name = data
        .person(&event.person)
        .map_or(event.person.as_str(), |p| p.name.get(lang));
    describe_event_named(data, index, lang, name)
}

/// [`describe_event`] with the person's name already looked up (for callers
/// describing many events).
pub fn describe_event_named(data: &Dataset, index: usize, lang: Lang, name: &str) -> String {
    let event = &data.events[index];
    let reasons: Vec<&str> = event
        .reasons
        .iter()
        .filter_map(|id| data.reason(id))
        .map(|r| r.label.get(lang))
        .collect();
    let separator = if lang == Lang::Zh { "，" } else { ", " };
    let mut description = format!(
        "{name} — {} — {} — {}",
        kind_label(event.kind, lang),
        format_event_date(event, lang),
        reasons.join(separator)
    );
    let status = match event.verification {
        Verification::Confirmed => None,
        Verification::Unconfirmed => Some(Text::Unconfirmed),
        Verification::Disputed => Some(Text::Disputed),
    };
    if let Some(status) = status {
        description.push_str(" — ");
        description.push_str(&t(lang, status).to_ascii_lowercase());
    }
    description
}

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

#[cfg(test)]
mod describe_tests {
    use super::*;
    use crate::core::model::{Dataset, Dating, EventKind, Verification};
    use crate::core::testing::DatasetBuilder;

    /// Five departures: one plain, one unconfirmed, one disputed and
    /// reported, one approximate, one reported.
    fn departures() -> Dataset {
        DatasetBuilder::new()
            .reason("safety", "Safety & alignment", "安全与对齐")
            .person("Jan Leike", "扬·雷克")
            .event("leike-resigns", "2024-05-14", EventKind::Departure)
            .reasons(&["safety"])
            .person("Steven Bills", "史蒂文·比尔斯")
            .event("bills-leaves", "2024-07", EventKind::Departure)
            .verification(
                Verification::Unconfirmed,
                "Only the article reports it.",
                "仅见于该文章。",
            )
            .person("Peter Deng", "彼得·邓")
            .event("deng-leaves", "2024-08-05", EventKind::Departure)
            .dating(Dating::Reported)
            .verification(
                Verification::Disputed,
                "Sources disagree.",
                "各方说法不一。",
            )
            .person("Trevor Blackwell", "特雷弗·布莱克韦尔")
            .event("blackwell-leaves", "2017", EventKind::Departure)
            .dating(Dating::Approximate)
            .person("Pavel Izmailov", "帕维尔·伊斯梅洛夫")
            .event("izmailov-fired", "2024-04-11", EventKind::Dismissal)
            .dating(Dating::Reported)
            .build()
    }

    #[test]
    fn an_event_is_described_by_name_kind_date_and_reasons() {
        let data = departures();
        assert_eq!(
            describe_event(&data, 0, Lang::En),
            "Jan Leike — left — 14 May 2024 — Safety & alignment"
        );
        assert_eq!(
            describe_event(&data, 0, Lang::Zh),
            "扬·雷克 — 离职 — 2024年5月14日 — 安全与对齐"
        );
    }

    #[test]
    fn an_unconfirmed_or_disputed_event_says_so_in_its_name() {
        let data = departures();
        let index = |id: &str| data.events.iter().position(|e| e.id == id).unwrap();
        let bills = describe_event(&data, index("bills-leaves"), Lang::En);
        assert!(bills.ends_with(" — unconfirmed"), "{bills}");
        assert!(describe_event(&data, index("bills-leaves"), Lang::Zh).ends_with(" — 未证实"));
        let deng = describe_event(&data, index("deng-leaves"), Lang::En);
        assert!(deng.ends_with(" — disputed"), "{deng}");
        assert!(deng.contains("5 August 2024 (reported)"), "{deng}");
        // A confirmed event says nothing of it.
        assert!(describe_event(&data, index("leike-resigns"), Lang::En).ends_with("alignment"));
    }

    #[test]
    fn an_approximate_or_reported_date_says_so() {
        let data = departures();
        let event = |id: &str| data.events.iter().find(|e| e.id == id).unwrap();
        assert_eq!(
            format_event_date(event("blackwell-leaves"), Lang::En),
            "c. 2017"
        );
        assert_eq!(
            format_event_date(event("blackwell-leaves"), Lang::Zh),
            "约2017年"
        );
        assert_eq!(
            format_event_date(event("izmailov-fired"), Lang::Zh),
            "2024年4月11日报道"
        );
        assert_eq!(
            format_event_date(event("leike-resigns"), Lang::En),
            "14 May 2024"
        );
    }
}

// The exports' own words, native only as the exports are (see
// `crate::core::render`). Declared last, so that no line above moves: the
// panic locations of this file are in the WebAssembly.
