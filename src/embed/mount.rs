//! Mounting the widget into a page.

use web_sys::Element;

use crate::browser::{console, page};
use crate::core::lang::choose_lang;
use crate::core::state::WidgetState;
use crate::core::url::UrlRequest;
use crate::ui::app::{App, AppProps};
use crate::ui::remote::Remote;
use crate::ui::timeline_view::FALLBACK_WIDTH;

/// Id of the element the standalone page mounts into.
pub const MOUNT_ID: &str = "departures";

/// Attribute that marks that element as the widget's own page's (set in
/// `index.html` and kept by `web/boot.template.js`). A host page that loads
/// `embed.js` runs this start-up too, and may well have an element of its
/// own with the id `departures`: without the mark it is left alone.
const PAGE_MARK_ATTRIBUTE: &str = "data-departures-page";

/// Attribute of the mount element naming the page's language: a
/// pre-rendered page is drawn in it, so the widget starts in it too unless
/// the URL asks for another.
const PAGE_LANG_ATTRIBUTE: &str = "data-lang";

/// Attribute of the mount element giving the timeline's width in pixels, as
/// the pre-rendered page measured it (`web/boot.template.js`).
const TIMELINE_WIDTH_ATTRIBUTE: &str = "data-timeline-width";

/// Attribute of the mount element saying that the page has an oEmbed
/// response, which the build writes when it knows the site's address
/// (`scripts/finish-build.mjs`).
const PAGE_OEMBED_ATTRIBUTE: &str = "data-oembed";

/// The initial state asked for by the page URL, the page's language and the
/// browser's languages, in that order.
pub fn initial_state_from_page(root: &Element) -> WidgetState {
    let page_lang = root.get_attribute(PAGE_LANG_ATTRIBUTE);
    state_from_query(&page::current_query(), page_lang.as_deref())
}

/// The state a query string (a page URL's, or an element's attributes) asks
/// for; when it names no language, `default_lang` (the page's) or else the
/// browser's languages decide. Ignored values are logged.
pub fn state_from_query(query: &str, default_lang: Option<&str>) -> WidgetState {
    let request = UrlRequest::from_query(query);
    console::log_warnings(&request.warnings);
    let requested = request.lang.map(|l| l.code()).or(default_lang);
    let lang = choose_lang(requested, &page::preferred_languages());
    request.into_state(lang)
}

/// The page's own address without query or fragment: where snippets point.
fn page_base_url() -> String {
    let href = page::current_href();
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let page = &href[..end];
    // The folder of the page (so `…/index.html` and `…/` give the same base).
    match page.rfind('/') {
        Some(slash) => page[..=slash].to_string(),
        None => page.to_string(),
    }
}

/// Renders the widget into `root`, starting from the state the page asks
/// for (the root may say the page's language).
pub fn mount_into(root: Element) {
    let props = AppProps {
        initial: initial_state_from_page(&root),
        sync_url: true,
        heading_level: 1,
        base_url: Some(page_base_url().into()),
        oembed: root.has_attribute(PAGE_OEMBED_ATTRIBUTE),
        timeline_width: root
            .get_attribute(TIMELINE_WIDTH_ATTRIBUTE)
            // Whole pixels: parsing a float would pull float parsing into
            // the download.
            .and_then(|width| width.parse::<u32>().ok())
            .map_or(FALLBACK_WIDTH, f64::from),
        remote: Remote::default(),
    };
    PAGE_REMOTE.with(|remote| remote.replace(props.remote.clone()));
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

thread_local! {
    /// The way into the widget [`mount_into`] mounted last (a page has one).
    static PAGE_REMOTE: std::cell::RefCell<Remote> = Default::default();
}

/// Shows story step `number` (from 1; 0 leaves the story) in the page's
/// widget: `web/frame.js` calls it for a host page's `departures:step`
/// message.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = showStep)]
pub fn show_step(number: u32) {
    PAGE_REMOTE.with(|remote| remote.borrow().show_step(number));
}

/// Mounts into `#departures` when the page has it, marked as the widget's
/// own (the standalone page and the iframe); in a frame, `web/frame.js`
/// reports its height. On a host page that loads `embed.js` nothing happens, even if
/// the host has an element `#departures`: the custom elements mount
/// themselves, and the host's address and elements are never touched.
pub fn mount_in_page() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let page_root = document
        .get_element_by_id(MOUNT_ID)
        .filter(|root| root.has_attribute(PAGE_MARK_ATTRIBUTE));
    if let Some(root) = page_root {
        mount_into(root);
    }
}
