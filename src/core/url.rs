//! The widget state's URL form: the query a state writes (the same keys as
//! the embed attributes), the request a query makes before the data loads,
//! and merging into the host page's own query, percent-coded.

use std::borrow::Cow;

use super::date::PartialDate;
use super::filter::{capped_query, Filter, ReasonSet};
use super::lang::Lang;
use super::parse::validate::is_person_id;
use super::state::{Theme, View, WidgetState};

impl WidgetState {
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
            (
                "step",
                self.step.map(|i| (i + 1).to_string()).unwrap_or_default(),
            ),
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
    /// `?step=`, as an index (the URL counts from 1; checked against the
    /// data once it loads).
    pub step: Option<usize>,
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
                "step" => match value.trim().parse::<u32>() {
                    Ok(number) if number > 0 => {
                        request.step = Some(number as usize - 1);
                        continue;
                    }
                    _ => "use a step number from 1".into(),
                },
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
            step: self.step,
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
    use crate::core::state::Action;

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
