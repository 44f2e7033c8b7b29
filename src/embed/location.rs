//! The page URL and browser preferences, read and written through web-sys.

use gloo::console;
use web_sys::window;

use crate::core::load::LoadFailure;
use crate::core::state::merge_query;

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

/// Logs a load failure to the console: the summary, then every data error.
pub fn log_load_failure(failure: &LoadFailure) {
    console::error!(format!(
        "departures: {}",
        failure.summary(crate::core::i18n::Lang::En)
    ));
    for error in failure.errors() {
        console::error!(format!("  {error}"));
    }
}

/// Logs one warning per ignored URL value.
pub fn log_warnings(warnings: &[String]) {
    for warning in warnings {
        console::warn!(format!("departures: {warning}"));
    }
}

/// The page's full address.
pub fn current_href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Writes `text` to the clipboard; `false` if the browser refused.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Focuses the first element matching `selector` inside the element `root`
/// refers to (HTML or SVG).
pub fn focus_within(root: &yew::NodeRef, selector: &str) {
    use wasm_bindgen::JsCast;
    let Some(element) = root
        .cast::<web_sys::Element>()
        .and_then(|r| r.query_selector(selector).ok().flatten())
    else {
        return;
    };
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    }
}
