//! Mounting the widget into a page.

use web_sys::Element;

use crate::core::i18n::choose_lang;
use crate::core::state::{UrlRequest, WidgetState};
use crate::embed::location;
use crate::ui::app::{App, AppProps};

/// Id of the element the standalone page mounts into.
pub const MOUNT_ID: &str = "departures";

/// The initial state asked for by the page URL and the browser's languages.
pub fn initial_state_from_page() -> WidgetState {
    let request = UrlRequest::from_query(&location::current_query());
    location::log_warnings(&request.warnings);
    let preferred = location::preferred_languages();
    let lang = choose_lang(request.lang.map(|l| l.code()), &preferred);
    request.into_state(lang)
}

/// Renders the widget into `root`, starting from the page URL's state.
pub fn mount_into(root: Element) {
    let props = AppProps {
        initial: initial_state_from_page(),
        sync_url: true,
        heading_level: 1,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// Mounts into `#departures`, or into the body if the page has no such element.
pub fn mount_in_page() {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id(MOUNT_ID)
        .unwrap_or_else(|| gloo::utils::body().into());
    mount_into(root);
}
