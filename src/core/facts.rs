//! One description of an event's facts as every view states them: the
//! person's name in the reader's script and the other one, whether they
//! co-founded the organisation, the role they held on the event's date (the
//! same rule the org chart uses for its date), and the destination's name.
//! The table and the detail panel read it, so they cannot disagree.

use crate::core::lang::Lang;
use crate::core::model::{Dataset, Event};
use crate::core::org::role_on;

/// What the views say about one event's person and destination, in one
/// language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventFacts<'a> {
    /// The person's name in the reader's language (their id if unknown).
    pub name: &'a str,
    /// Their name in the other language, when it differs.
    pub other_name: Option<&'a str>,
    /// Whether they co-founded the organisation.
    pub cofounder: bool,
    /// The title of the role they held on the event's date in the
    /// organisation, or else the latest one they had held by then, or else
    /// their first role anywhere.
    pub role: Option<&'a str>,
    /// The destination organisation's name, if the event names one.
    pub destination: Option<&'a str>,
}

impl<'a> EventFacts<'a> {
    /// The facts of `event` in `lang`.
    pub fn of(data: &'a Dataset, event: &'a Event, lang: Lang) -> EventFacts<'a> {
        let person = data.person(&event.person);
        let name = person.map_or(event.person.as_str(), |p| p.name.get(lang));
        let other_name = person
            .map(|p| p.name.get(lang.other()))
            .filter(|other| *other != name);
        let role = person
            .and_then(|p| role_on(data, p, event.date.first_day()).or(p.roles.first()))
            .map(|r| r.title.get(lang));
        let destination = event
            .to
            .as_deref()
            .and_then(|id| data.organization(id))
            .map(|o| o.name.get(lang));
        EventFacts {
            name,
            other_name,
            cofounder: person.is_some_and(|p| p.cofounder),
            role,
            destination,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::parse_dataset;

    /// Madry's three roles: researcher from 2023, head of Preparedness from
    /// 26 October 2023, AI reasoning research from July 2024; an event on
    /// each side of the change.
    fn madry() -> Dataset {
        parse_dataset(
            r##"{"schema_version": 1, "id": "t", "title": {"zh": "标题", "en": "Title"},
            "subtitle": {"zh": "副标题", "en": "Subtitle"}, "as_of": "2024-08-19", "organization": "openai",
            "reasons": [{"id": "r", "label": {"zh": "原因", "en": "Reason"}, "color": "#000000", "symbol": "circle"}],
            "organizations": [{"id": "openai", "name": {"zh": "OpenAI", "en": "OpenAI"}, "founded": "2015-12-11"},
                              {"id": "mit", "name": {"zh": "麻省理工学院", "en": "MIT"}}],
            "people": [{"id": "aleksander-madry", "name": {"zh": "亚历山大·马蒂", "en": "Aleksander Madry"}, "roles": [
                {"org": "openai", "title": {"zh": "研究员", "en": "Researcher"}, "start": "2023", "end": "2023-10-26"},
                {"org": "openai", "title": {"zh": "准备度团队负责人", "en": "Head of Preparedness"}, "start": "2023-10-26", "end": "2024-07"},
                {"org": "openai", "title": {"zh": "AI 推理研究", "en": "AI reasoning research"}, "start": "2024-07"}]}],
            "events": [
              {"id": "named", "date": "2023-10-26", "person": "aleksander-madry", "kind": "reassignment", "reasons": ["r"],
               "summary": {"zh": "任命", "en": "Named"}, "sources": [{"url": "https://example.org/", "publisher": "E"}], "verification": "confirmed"},
              {"id": "moved", "date": "2024-07-23", "person": "aleksander-madry", "kind": "reassignment", "reasons": ["r"], "to": "mit",
               "summary": {"zh": "调岗", "en": "Moved"}, "sources": [{"url": "https://example.org/", "publisher": "E"}], "verification": "confirmed"}]}"##,
        )
        .unwrap()
    }

    #[test]
    fn the_role_is_the_one_held_on_the_events_date_as_the_org_chart_shows_it() {
        let data = madry();
        for event in &data.events {
            let facts = EventFacts::of(&data, event, Lang::En);
            let chart = role_on(&data, &data.people[0], event.date.first_day())
                .map(|r| r.title.get(Lang::En));
            assert_eq!(facts.role, chart, "{}", event.id);
        }
        assert_eq!(
            EventFacts::of(&data, &data.events[0], Lang::En).role,
            Some("Head of Preparedness")
        );
        assert_eq!(
            EventFacts::of(&data, &data.events[1], Lang::Zh).role,
            Some("AI 推理研究")
        );
    }

    #[test]
    fn names_come_in_both_scripts_and_the_destination_by_name() {
        let data = madry();
        let facts = EventFacts::of(&data, &data.events[1], Lang::Zh);
        assert_eq!(facts.name, "亚历山大·马蒂");
        assert_eq!(facts.other_name, Some("Aleksander Madry"));
        assert_eq!(facts.destination, Some("麻省理工学院"));
        assert!(!facts.cofounder);
    }
}
