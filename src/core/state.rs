//! Widget state, the actions that change it, and its URL form.
//!
//! All interaction is an [`Action`] applied by the pure [`WidgetState::apply`];
//! side effects (writing the URL, fetching data) happen in the UI layer's
//! effects, never here. The URL form uses the same keys as the embed
//! attributes: `lang`, `view`, `reasons`, `q`, `cofounders`, `team`,
//! `person`, `asof`, `theme`, `data`.

use std::borrow::Cow;

use super::date::PartialDate;
use super::filter::{capped_query, Filter, ReasonSet};
use super::lang::Lang;
use super::model::Dataset;
use super::parse::validate::is_person_id;

/// Which view is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// The timeline (the default: the first thing a reader meets).
    #[default]
    Timeline,
    /// The org chart.
    Org,
    /// Timeline and org chart together.
    Both,
    /// The accessible table.
    Table,
}

impl View {
    /// Every view, in menu order.
    pub const ALL: [View; 4] = [View::Timeline, View::Org, View::Both, View::Table];

    /// Reads a URL value.
    pub fn from_code(code: &str) -> Option<View> {
        View::ALL
            .into_iter()
            .find(|v| v.code() == code.trim().to_ascii_lowercase())
    }

    /// The URL value.
    pub fn code(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Org => "org",
            View::Both => "both",
            View::Table => "table",
        }
    }
}

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
}

impl WidgetState {
    /// Applies an action, returning the next state.
    pub fn apply(&self, action: Action) -> WidgetState {
        let mut next = self.clone();
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
            // embedding element's attributes say.
            Action::Replace(state) => {
                next = WidgetState {
                    open: next.open.take(),
                    ..*state
                }
            }
        }
        next
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

    /// The URL parameters that describe this state, in a stable order. Each
    /// key is always written (empty when at its default) so that merging
    /// into the page URL also removes values the reader cleared.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let reasons: Vec<&str> = self.filter.reasons.iter().map(String::as_str).collect();
        vec![
            ("lang", self.lang.code().to_string()),
            ("view", self.view.code().to_string()),
            ("reasons", reasons.join(",")),
            ("q", self.filter.query.clone()),
            (
                "cofounders",
                if self.filter.cofounders_only { "1" } else { "" }.to_string(),
            ),
            ("team", self.filter.team.clone().unwrap_or_default()),
            ("person", self.person.clone().unwrap_or_default()),
            (
                "asof",
                self.as_of.map(|d| d.to_string()).unwrap_or_default(),
            ),
            (
                "theme",
                match self.theme {
                    Theme::Auto => String::new(),
                    other => other.code().to_string(),
                },
            ),
            ("data", self.data_url.clone().unwrap_or_default()),
        ]
    }
}

/// The state a URL asks for, before defaults are filled in, plus warnings for
/// values that were ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlRequest {
    /// `?lang=`, if valid.
    pub lang: Option<Lang>,
    /// `?theme=`, if valid.
    pub theme: Option<Theme>,
    /// `?data=`, as given.
    pub data_url: Option<String>,
    /// `?view=`, if valid.
    pub view: Option<View>,
    /// `?reasons=`: the ids listed (checked against the data once it loads).
    pub reasons: ReasonSet,
    /// `?q=`, its first [`MAX_QUERY_CHARS`](super::filter::MAX_QUERY_CHARS)
    /// characters.
    pub query: String,
    /// `?cofounders=1`.
    pub cofounders_only: bool,
    /// `?team=`, its first 100 characters (checked against the data once
    /// it loads).
    pub team: Option<String>,
    /// `?person=`, if it is a well-formed id.
    pub person: Option<String>,
    /// `?asof=`, if it is a real date.
    pub as_of: Option<PartialDate>,
    /// One line per ignored value, for the console.
    pub warnings: Vec<String>,
}

impl UrlRequest {
    /// Reads the widget's keys from a query string (with or without the
    /// leading `?`). Invalid values are ignored with a warning; empty values
    /// mean "default"; unknown keys are left alone (they may belong to the
    /// host page).
    pub fn from_query(query: &str) -> UrlRequest {
        let mut request = UrlRequest::default();
        for (key, value) in parse_query(query) {
            if value.is_empty() {
                continue;
            }
            // What to do instead, for a value that is ignored.
            let hint: Cow<'static, str> = match key.as_str() {
                "view" => match View::from_code(&value) {
                    Some(view) => {
                        request.view = Some(view);
                        continue;
                    }
                    None => "use timeline, org, both or table".into(),
                },
                "reasons" => {
                    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                        request.reasons.insert(id.to_string());
                    }
                    continue;
                }
                "q" => {
                    request.query = capped_query(&value).to_string();
                    continue;
                }
                "cofounders" => match value.as_str() {
                    "1" | "true" | "yes" => {
                        request.cofounders_only = true;
                        continue;
                    }
                    "0" | "false" | "no" => {
                        request.cofounders_only = false;
                        continue;
                    }
                    _ => "use 1 or 0".into(),
                },
                // Checked against the data once it loads.
                "team" => {
                    request.team = Some(value.chars().take(100).collect());
                    continue;
                }
                "person" if is_person_id(&value) => {
                    request.person = Some(value);
                    continue;
                }
                "person" => "use a person id such as jan-leike".into(),
                "asof" => match PartialDate::parse(&value) {
                    Ok(date) => {
                        request.as_of = Some(date);
                        continue;
                    }
                    Err(e) => e.to_string().into(),
                },
                "lang" => match Lang::from_code(&value) {
                    Some(lang) => {
                        request.lang = Some(lang);
                        continue;
                    }
                    None => "use zh or en".into(),
                },
                // Judged where it is loaded, once the browser has parsed
                // it (web/data-file.js): one that may not be loaded is
                // explained in the widget, not silently replaced.
                "data" => {
                    request.data_url = Some(value);
                    continue;
                }
                "theme" => match Theme::from_code(&value) {
                    Some(theme) => {
                        request.theme = Some(theme);
                        continue;
                    }
                    None => "use light, dark or auto".into(),
                },
                _ => continue,
            };
            request
                .warnings
                .push(format!("ignored {key}=\"{value:.80}\": {hint}"));
        }
        request
    }

    /// The state this request asks for, given the chosen language.
    pub fn into_state(self, lang: Lang) -> WidgetState {
        WidgetState {
            lang,
            theme: self.theme.unwrap_or_default(),
            data_url: self.data_url,
            view: self.view.unwrap_or_default(),
            filter: Filter {
                reasons: self.reasons,
                query: self.query,
                cofounders_only: self.cofounders_only,
                team: self.team,
            },
            person: self.person,
            open: None,
            as_of: self.as_of,
        }
    }
}

/// Splits a query string into decoded key/value pairs (`+` is a space, `%XX` a byte).
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

/// Returns `query` with each of `params` set (replacing earlier values of the
/// same key, keeping every other key and its order); a param with an empty
/// value removes its key. The result has no leading `?`.
pub fn merge_query(query: &str, params: &[(&str, String)]) -> String {
    let mut pairs: Vec<(String, String)> = parse_query(query)
        .into_iter()
        .filter(|(key, _)| !params.iter().any(|(k, _)| k == key))
        .collect();
    pairs.extend(
        params
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k.to_string(), v.clone())),
    );
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a query value: everything but unreserved characters and `,`.
pub(crate) fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_q_is_cut_to_200_characters() {
        let query = format!("q={}", "%E8%8B%8F+".repeat(100_000));
        let request = UrlRequest::from_query(&query);
        assert_eq!(request.query.chars().count(), 200);
        assert!(request.query.starts_with("苏 苏"));
    }

    #[test]
    fn reads_lang_and_theme_from_the_query() {
        let request = UrlRequest::from_query("?lang=en&theme=dark");
        assert_eq!(request.lang, Some(Lang::En));
        assert_eq!(request.theme, Some(Theme::Dark));
        assert!(request.warnings.is_empty());
    }

    #[test]
    fn ignores_invalid_values_with_one_warning_each() {
        let request = UrlRequest::from_query("lang=fr&theme=neon&utm_source=x&view=tree");
        assert_eq!(request.lang, None);
        assert_eq!(request.theme, None);
        assert_eq!(request.view, None);
        assert_eq!(request.warnings.len(), 3);
    }

    #[test]
    fn warnings_quote_a_long_value_cut_short() {
        let request = UrlRequest::from_query(&format!("view={}", "x".repeat(1_000_000)));
        assert_eq!(request.warnings.len(), 1);
        assert!(
            request.warnings[0].len() < 400,
            "{}",
            request.warnings[0].len()
        );
    }

    #[test]
    fn merge_replaces_own_keys_and_keeps_the_hosts() {
        let merged = merge_query("?utm_source=feed&lang=zh", &[("lang", "en".into())]);
        assert_eq!(merged, "utm_source=feed&lang=en");
    }

    #[test]
    fn decoding_handles_utf8_plus_and_stray_percent() {
        let pairs = parse_query("q=%E8%8B%8F+x&bad=100%&odd=%zz");
        assert_eq!(pairs[0], ("q".into(), "苏 x".into()));
        assert_eq!(pairs[1], ("bad".into(), "100%".into()));
        assert_eq!(pairs[2], ("odd".into(), "%zz".into()));
    }

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
    fn cleared_values_leave_the_url() {
        let state = WidgetState::new(Lang::En).apply(Action::ToggleReason("safety".into()));
        let with = merge_query("utm=1", &state.to_params());
        assert!(with.contains("reasons=safety"));
        let cleared = state.apply(Action::ClearReasons);
        let without = merge_query(&with, &cleared.to_params());
        assert!(!without.contains("reasons"), "{without}");
        assert!(without.starts_with("utm=1"));
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
    fn invalid_selection_values_are_ignored_with_warnings() {
        let request =
            UrlRequest::from_query("view=map&person=Jan%20Leike&asof=2024-02-30&cofounders=maybe");
        assert_eq!(request.view, None);
        assert_eq!(request.person, None);
        assert_eq!(request.as_of, None);
        assert!(!request.cofounders_only);
        assert_eq!(request.warnings.len(), 4);
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

    #[test]
    fn state_survives_a_url_round_trip() {
        for lang in Lang::ALL {
            for theme in [Theme::Auto, Theme::Light, Theme::Dark] {
                for data_url in [None, Some("data/x y.json?v=2&z=1".to_string())] {
                    let state = WidgetState {
                        theme,
                        data_url: data_url.clone(),
                        ..WidgetState::new(lang)
                    };
                    let query = merge_query("", &state.to_params());
                    let back = UrlRequest::from_query(&query);
                    assert_eq!(back.lang, Some(lang));
                    assert_eq!(back.clone().into_state(lang), state);
                    assert!(back.warnings.is_empty());
                }
            }
        }
    }
}
