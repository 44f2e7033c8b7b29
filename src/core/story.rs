//! The editor's story: a data set's [`Step`]s as states of the widget. A
//! step is a state plus a caption, so opening one is setting the state it
//! names, keeping what is the reader's own (language, colour scheme, the
//! data set's address); leaving the story keeps that state to explore.

use super::filter::Filter;
use super::model::{Dataset, DateRange, Step};
use super::state::WidgetState;

/// The state `state` becomes when the reader opens `step`: its view,
/// date, reasons, team and person, with the search and "co-founders only"
/// cleared and no details open.
pub fn state_of_step(step: &Step, state: &WidgetState) -> WidgetState {
    WidgetState {
        view: step.view,
        filter: Filter {
            reasons: step.reasons.iter().cloned().collect(),
            query: String::new(),
            cofounders_only: false,
            team: step.team.clone(),
        },
        person: step.person.clone(),
        open: None,
        as_of: step.as_of,
        ..state.clone()
    }
}

/// Of `rows` (indices into the events), those dated within `range`, a
/// step's stretch of time: what the timeline's list form (on a phone)
/// shows of a step, where the drawn timeline frames the range. An event
/// dated only by its year or month counts if it overlaps the range.
pub fn rows_in_range(dataset: &Dataset, rows: &[usize], range: &DateRange) -> Vec<usize> {
    let (from, to) = (range.from.first_day(), range.to.last_day());
    rows.iter()
        .copied()
        .filter(|&i| {
            let date = dataset.events[i].date;
            date.first_day() <= to && date.last_day() >= from
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::core::model::View;
    use crate::core::state::{Action, Theme};
    use crate::core::testing::{date, step};

    #[test]
    fn a_step_sets_what_it_names_and_keeps_the_readers_own() {
        let reader = WidgetState {
            theme: Theme::Dark,
            data_url: Some("data/other.json".into()),
            ..WidgetState::new(Lang::Zh)
        }
        .apply(Action::SetQuery("musk".into()))
        .apply(Action::SetCofoundersOnly(true))
        .apply(Action::SetView(View::Table));
        let shown = state_of_step(&step("one"), &reader);
        assert_eq!(shown.lang, Lang::Zh);
        assert_eq!(shown.theme, Theme::Dark);
        assert_eq!(shown.data_url.as_deref(), Some("data/other.json"));
        assert_eq!(shown.view, View::Org);
        assert_eq!(shown.as_of, Some(date("2018-02-20")));
        assert_eq!(shown.person.as_deref(), Some("ada-lovelace"));
        assert_eq!(shown.filter.team.as_deref(), Some("board"));
        assert!(
            shown.filter.reasons.contains("safety") && shown.filter.reasons.contains("governance")
        );
        assert_eq!(shown.filter.query, "");
        assert!(!shown.filter.cofounders_only);
        assert_eq!(shown.open, None);
    }

    #[test]
    fn a_bare_step_shows_everything_on_the_data_sets_date() {
        let bare = Step {
            view: View::Timeline,
            as_of: None,
            reasons: Vec::new(),
            person: None,
            team: None,
            range: None,
            ..step("bare")
        };
        let reader = WidgetState::new(Lang::En).apply(Action::ToggleReason("safety".into()));
        let shown = state_of_step(&bare, &reader);
        assert!(shown.filter.is_empty());
        assert_eq!(
            (shown.view, shown.as_of, shown.person),
            (View::Timeline, None, None)
        );
    }

    #[test]
    fn a_stretch_of_time_holds_the_events_that_overlap_it() {
        use crate::core::model::EventKind;
        let data = crate::core::testing::DatasetBuilder::new()
            .person("Ada Lovelace", "阿达")
            .event("before", "2023-10-31", EventKind::Departure)
            .event("first-day", "2023-11-01", EventKind::Departure)
            .event("in-the-year", "2023", EventKind::Departure)
            .event("last-day", "2023-11-30", EventKind::Departure)
            .event("after", "2023-12-01", EventKind::Departure)
            .build();
        let range = DateRange {
            from: date("2023-11-01"),
            to: date("2023-11-30"),
        };
        let all: Vec<usize> = (0..data.events.len()).collect();
        let held: Vec<&str> = rows_in_range(&data, &all, &range)
            .into_iter()
            .map(|i| data.events[i].id.as_str())
            .collect();
        assert_eq!(held, ["first-day", "in-the-year", "last-day"]);
        assert!(rows_in_range(&data, &[0, 4], &range).is_empty());
    }
}
