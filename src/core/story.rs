//! The editor's story: a data set's [`Step`]s as states of the widget. A
//! step is a state plus a caption, so opening one is setting the state it
//! names, keeping what is the reader's own (language, colour scheme, the
//! data set's address); leaving the story keeps that state to explore.

use super::filter::Filter;
use super::model::Step;
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
}
