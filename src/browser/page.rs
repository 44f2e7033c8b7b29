//! The page the widget runs in: its address (read, and rewritten with
//! `history.replaceState`) and the reader's preferred languages.

use gloo::console;
use web_sys::window;

use crate::core::url::merge_query;

/// The page's query string, without the leading `?` (empty if unavailable).
pub fn current_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets `params` in the page URL with `history.replaceState` (no new history
/// entry), keeping every other parameter and the fragment.
pub fn replace_query_params(params: &[(&str, String)]) {
    let Some(window) = window() else { return };
    let location = window.location();
    let query = merge_query(&current_query(), params);
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        if history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            .is_err()
        {
            console::warn!("departures: could not update the page URL");
        }
    }
}

/// The page's full address.
pub fn current_href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}
