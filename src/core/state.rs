//! Widget state, the actions that change it, and its URL form.
//!
//! All interaction is an [`Action`] applied by the pure [`WidgetState::apply`];
//! side effects (writing the URL, fetching data) happen in the UI layer's
//! effects, never here. Its URL form is [`crate::core::url`].

use super::date::PartialDate;
use super::filter::{Filter, ReasonSet};
use super::lang::Lang;
pub use super::model::View;
use super::model::{Dataset, Step};
use super::story::state_of_step;

/// Colour scheme requested by the host page or the URL.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the reader's system (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Reads a URL value; anything other than `light`, `dark` or `auto` is `None`.
    pub fn from_code(code: &str) -> Option<Theme> {
        match code.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The URL value.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Where the detail panel was opened from; focus returns there when it closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Opener {
    /// An event on the timeline or in the list.
    Event,
    /// A person in the org chart or the destinations.
    Person,
}

/// The event whose detail panel is open.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct OpenEvent {
    /// The event's id.
    pub event: String,
    /// Where it was opened from.
    pub from: Opener,
}

/// Everything the reader can change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetState {
    /// Interface and data language.
    pub lang: Lang,
    /// Colour scheme.
    pub theme: Theme,
    /// Address of another data set (`?data=`); `None` for the built-in one.
    pub data_url: Option<String>,
    /// The view shown.
    pub view: View,
    /// What the reader narrowed the data to.
    pub filter: Filter,
    /// The selected person, if any.
    pub person: Option<String>,
    /// The event whose details are open, if any: part of the selection, but
    /// not of the URL.
    pub open: Option<OpenEvent>,
    /// The "as of" date of the org chart; `None` = the data set's own.
    pub as_of: Option<PartialDate>,
    /// The story step shown (its index in the data set's steps), while the
    /// reader follows the story.
    pub step: Option<usize>,
}

impl WidgetState {
    /// The state for a language, with everything else at its default.
    pub fn new(lang: Lang) -> WidgetState {
        WidgetState {
            lang,
            theme: Theme::Auto,
            data_url: None,
            view: View::default(),
            filter: Filter::default(),
            person: None,
            open: None,
            as_of: None,
            step: None,
        }
    }
}

/// A change the reader asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Switch the language.
    SetLang(Lang),
    /// Select a reason if it is not selected, deselect it if it is.
    ToggleReason(String),
    /// Show every reason again.
    ClearReasons,
    /// Set the search text.
    SetQuery(String),
    /// Turn "co-founders only" on or off.
    SetCofoundersOnly(bool),
    /// Keep only the events of one team's people (its id), or all.
    SetTeam(Option<String>),
    /// Clear the whole filter (reasons, search, co-founders only).
    ResetFilter,
    /// Keep only these reason ids (those the data set knows).
    RetainReasons(ReasonSet),
    /// Select a person, or clear the selection.
    SelectPerson(Option<String>),
    /// Select a person and open the details of one of their events (or,
    /// with none, close the details): picking an event selects its person,
    /// picking a person opens the event behind their status.
    Open {
        /// The person's id.
        person: String,
        /// The event's id, if there is one to show.
        event: Option<String>,
        /// Where the reader picked it.
        from: Opener,
    },
    /// Close the details (the person stays selected).
    Close,
    /// Switch the view.
    SetView(View),
    /// Set or clear the "as of" date.
    SetAsOf(Option<PartialDate>),
    /// Start over from another state (an embedding element's attributes changed).
    Replace(Box<WidgetState>),
    /// Show a story step: the state it names ([`WidgetState::at_step`]).
    ShowStep(Box<WidgetState>),
    /// Go to a story step by its index (the host page drives the story):
    /// [`WidgetState::follow_step`] then gives the state it shows.
    GoToStep(usize),
    /// Leave the story, keeping what is shown.
    LeaveStory,
}

impl WidgetState {
    /// Applies an action, returning the next state.
    pub fn apply(&self, action: Action) -> WidgetState {
        let mut next = self.clone();
        // The reader's own change to what is shown leaves the story (and
        // keeps the state it made); a language, the details or the data
        // set's reconciliation do not.
        if !matches!(
            action,
            Action::SetLang(_)
                | Action::Open { .. }
                | Action::Close
                | Action::RetainReasons(_)
                | Action::Replace(_)
                | Action::ShowStep(..)
                | Action::GoToStep(_)
        ) {
            next.step = None;
        }
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::ToggleReason(id) => {
                if !next.filter.reasons.remove(&id) {
                    next.filter.reasons.insert(id);
                }
            }
            Action::ClearReasons => next.filter.reasons.clear(),
            Action::SetQuery(query) => next.filter.query = query,
            Action::SetCofoundersOnly(on) => next.filter.cofounders_only = on,
            Action::SetTeam(team) => next.filter.team = team,
            Action::ResetFilter => next.filter = Filter::default(),
            Action::RetainReasons(known) => next.filter.reasons.retain(|id| known.contains(id)),
            Action::SelectPerson(person) => next.person = person,
            Action::Open {
                person,
                event,
                from,
            } => {
                next.person = Some(person);
                next.open = event.map(|event| OpenEvent { event, from });
            }
            Action::Close => next.open = None,
            Action::SetView(view) => next.view = view,
            Action::SetAsOf(date) => next.as_of = date,
            // The open details stay open: they are not part of what an
            // embedding element's attributes say. While the step they name
            // is shown, it keeps what it shows; language, colour scheme and
            // data are still theirs.
            Action::Replace(state) => {
                next = if state.step.is_some() && state.step == self.step {
                    WidgetState {
                        lang: state.lang,
                        theme: state.theme,
                        data_url: state.data_url,
                        ..next
                    }
                } else {
                    WidgetState {
                        open: next.open.take(),
                        ..*state
                    }
                }
            }
            Action::ShowStep(state) => next = *state,
            Action::GoToStep(index) => next.step = Some(index),
            Action::LeaveStory => {}
        }
        next
    }

    /// The state the story's step `step` (at `index`) shows, from this one.
    pub fn at_step(&self, index: usize, step: &Step) -> WidgetState {
        WidgetState {
            step: Some(index),
            ..state_of_step(step, self)
        }
    }

    /// The actions that bring a URL-made state in line with the loaded data:
    /// reason ids and a person the data set does not have are dropped. Each
    /// drop comes with one warning for the console.
    pub fn reconcile(&self, dataset: &Dataset) -> (Vec<Action>, Vec<String>) {
        let mut actions = Vec::new();
        let mut warnings = Vec::new();
        let known: ReasonSet = dataset.reasons.iter().map(|r| r.id.clone()).collect();
        let unknown: Vec<&String> = self
            .filter
            .reasons
            .iter()
            .filter(|id| !known.contains(id))
            .collect();
        if !unknown.is_empty() {
            warnings.push(format!(
                "ignored reasons {unknown:?}: this data set has {known:?}"
            ));
            actions.push(Action::RetainReasons(known));
        }
        if let Some(person) = &self.person {
            if dataset.person(person).is_none() {
                warnings.push(format!("ignored person={person:?}: not in this data set"));
                actions.push(Action::SelectPerson(None));
            }
        }
        if let Some(team) = &self.filter.team {
            if dataset.team(team).is_none() {
                warnings.push(format!("ignored team={team:?}: not in this data set"));
                actions.push(Action::SetTeam(None));
            }
        }
        if let Some(open) = &self.open {
            if !dataset.events.iter().any(|e| e.id == open.event) {
                actions.push(Action::Close);
            }
        }
        (actions, warnings)
    }

    /// What a step asked for by number (in the URL, by the host page, by
    /// the embedding element) needs once the data is in: the state that
    /// step shows, or leaving the story, with a warning for the console,
    /// when the data set has no such step. `None` when no step is asked
    /// for or it is shown.
    pub fn follow_step(&self, dataset: &Dataset) -> Option<(Action, Option<String>)> {
        let index = self.step?;
        let Some(step) = dataset.steps.get(index) else {
            let warning = format!(
                "ignored step={}: this data set has {} steps",
                index + 1,
                dataset.steps.len()
            );
            return Some((Action::LeaveStory, Some(warning)));
        };
        let shown = self.at_step(index, step);
        (shown != *self).then(|| (Action::ShowStep(Box::new(shown)), None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::url::UrlRequest;

    #[test]
    fn reads_the_filter_selection_and_view() {
        let request = UrlRequest::from_query(
            "reasons=safety,governance&q=%E8%8B%8F&cofounders=1&person=jan-leike&asof=2024-08-19&view=org",
        );
        let state = request.into_state(Lang::En);
        assert_eq!(state.view, View::Org);
        assert_eq!(
            state.filter.reasons.iter().collect::<Vec<_>>(),
            ["governance", "safety"]
        );
        assert_eq!(state.filter.query, "苏");
        assert!(state.filter.cofounders_only);
        assert_eq!(state.person.as_deref(), Some("jan-leike"));
        assert_eq!(state.as_of.unwrap().to_string(), "2024-08-19");
    }

    #[test]
    fn opening_an_event_selects_its_person_and_closing_keeps_the_person() {
        let open = WidgetState::new(Lang::En).apply(Action::Open {
            person: "jan-leike".into(),
            event: Some("leike-resigns".into()),
            from: Opener::Event,
        });
        assert_eq!(open.person.as_deref(), Some("jan-leike"));
        assert_eq!(
            open.open,
            Some(OpenEvent {
                event: "leike-resigns".into(),
                from: Opener::Event
            })
        );
        let closed = open.apply(Action::Close);
        assert_eq!(closed.open, None);
        assert_eq!(closed.person.as_deref(), Some("jan-leike"));
        // Picking a person with no event to show closes the details.
        let none = open.apply(Action::Open {
            person: "bret-taylor".into(),
            event: None,
            from: Opener::Person,
        });
        assert_eq!(none.open, None);
        assert_eq!(none.person.as_deref(), Some("bret-taylor"));
    }

    #[test]
    fn the_open_event_is_not_in_the_url_and_survives_a_replace() {
        let open = WidgetState::new(Lang::En).apply(Action::Open {
            person: "jan-leike".into(),
            event: Some("leike-resigns".into()),
            from: Opener::Person,
        });
        let params = open.to_params();
        assert!(params.iter().all(|(_, v)| !v.contains("leike-resigns")));
        let replaced = open.apply(Action::Replace(Box::new(WidgetState::new(Lang::Zh))));
        assert_eq!(replaced.lang, Lang::Zh);
        assert_eq!(replaced.open, open.open);
    }

    #[test]
    fn toggling_a_reason_twice_deselects_it() {
        let state = WidgetState::new(Lang::En);
        let once = state.apply(Action::ToggleReason("safety".into()));
        assert!(once.filter.reasons.contains("safety"));
        assert_eq!(once.apply(Action::ToggleReason("safety".into())), state);
    }

    #[test]
    fn reconciling_drops_unknown_reasons_and_people_with_a_warning_each() {
        let data = crate::core::testing::DatasetBuilder::new()
            .reason("safety", "Safety & alignment", "安全与对齐")
            .person("Jan Leike", "扬·雷克")
            .build();
        let state = UrlRequest::from_query("reasons=safety,no-such&person=nobody-here")
            .into_state(Lang::En);
        let (actions, warnings) = state.reconcile(&data);
        assert_eq!(warnings.len(), 2);
        let next = actions.into_iter().fold(state, |s, a| s.apply(a));
        assert_eq!(next.filter.reasons.iter().collect::<Vec<_>>(), ["safety"]);
        assert_eq!(next.person, None);
        let (actions, warnings) = next.reconcile(&data);
        assert!(actions.is_empty() && warnings.is_empty());
        // A person the data set has stays selected.
        let known = UrlRequest::from_query("person=jan-leike").into_state(Lang::En);
        assert_eq!(known.reconcile(&data), (Vec::new(), Vec::new()));
    }

    #[test]
    fn set_lang_changes_only_the_language() {
        let state = WidgetState {
            theme: Theme::Dark,
            ..WidgetState::new(Lang::Zh)
        };
        let next = state.apply(Action::SetLang(Lang::En));
        assert_eq!(next.lang, Lang::En);
        assert_eq!(next.theme, Theme::Dark);
    }

    /// A data set with two steps, `one` and `two`.
    fn with_two_steps() -> Dataset {
        let mut data = crate::core::testing::DatasetBuilder::new().build();
        let second = crate::core::model::Step {
            view: View::Table,
            as_of: None,
            ..crate::core::testing::step("two")
        };
        data.steps = vec![crate::core::testing::step("one"), second];
        data
    }

    #[test]
    fn a_step_asked_for_by_number_shows_its_state_once_the_data_is_in() {
        let data = with_two_steps();
        let asked = UrlRequest::from_query("step=2&view=org&q=musk").into_state(Lang::En);
        assert_eq!(asked.step, Some(1));
        let Some((action, None)) = asked.follow_step(&data) else {
            panic!("a step the data has is shown without a warning");
        };
        let shown = asked.apply(action);
        assert_eq!((shown.step, shown.view), (Some(1), View::Table));
        assert_eq!(shown.filter.query, "");
        assert_eq!(shown.person.as_deref(), Some("ada-lovelace"));
        assert_eq!(shown.follow_step(&data), None, "once shown, nothing to do");
        assert_eq!(WidgetState::new(Lang::En).follow_step(&data), None);
    }

    #[test]
    fn a_step_the_data_lacks_leaves_the_story_with_a_warning() {
        let asked = WidgetState::new(Lang::Zh).apply(Action::GoToStep(8));
        assert_eq!(asked.step, Some(8));
        let Some((action, Some(warning))) = asked.follow_step(&with_two_steps()) else {
            panic!("a missing step is refused with a warning");
        };
        assert_eq!(warning, "ignored step=9: this data set has 2 steps");
        assert_eq!(asked.apply(action).step, None);
    }

    #[test]
    fn the_readers_own_change_leaves_the_story_and_keeps_what_it_made() {
        let data = with_two_steps();
        let shown = WidgetState::new(Lang::En).at_step(0, &data.steps[0]);
        for kept in [
            Action::SetLang(Lang::Zh),
            Action::Close,
            Action::Open {
                person: "jan-leike".into(),
                event: None,
                from: Opener::Person,
            },
        ] {
            assert_eq!(shown.apply(kept).step, Some(0));
        }
        let left = shown.apply(Action::SetAsOf(None));
        assert_eq!((left.step, left.view, left.as_of), (None, View::Org, None));
        assert!(
            left.filter.reasons.contains("safety"),
            "the step's filter stays"
        );
        let left = shown.apply(Action::LeaveStory);
        assert_eq!(
            left,
            WidgetState {
                step: None,
                ..shown
            }
        );
    }

    #[test]
    fn new_attributes_keep_the_step_shown_and_take_the_language() {
        let data = with_two_steps();
        let shown = WidgetState::new(Lang::Zh).at_step(0, &data.steps[0]);
        let attributes = UrlRequest::from_query("step=1&theme=dark").into_state(Lang::En);
        let next = shown.apply(Action::Replace(Box::new(attributes.clone())));
        assert_eq!((next.lang, next.theme), (Lang::En, Theme::Dark));
        assert_eq!((next.view, next.as_of), (shown.view, shown.as_of));
        // Attributes naming another step, or none, start over from them.
        let other = WidgetState {
            step: Some(1),
            ..attributes.clone()
        };
        assert_eq!(shown.apply(Action::Replace(Box::new(other.clone()))), other);
        let none = WidgetState {
            step: None,
            ..attributes
        };
        assert_eq!(shown.apply(Action::Replace(Box::new(none.clone()))), none);
    }

    #[test]
    fn the_url_counts_steps_from_one() {
        let state = UrlRequest::from_query("step=3").into_state(Lang::En);
        assert_eq!(state.step, Some(2));
        assert!(state.to_params().contains(&("step", "3".to_string())));
        for bad in ["step=0", "step=two", "step=-1"] {
            let request = UrlRequest::from_query(bad);
            assert_eq!(request.step, None, "{bad}");
            assert_eq!(request.warnings.len(), 1, "{bad}");
        }
        let none = WidgetState::new(Lang::En).to_params();
        assert!(none.contains(&("step", String::new())));
    }
}
