//! What the Download and Embed panels hold, and what "Copy link" does. It
//! is made in JavaScript, by
//! `web/panels.js`, which the build copies beside the wasm: it is imported
//! only when a reader first opens one of the panels (and it imports
//! `web/download.js`, which makes the files, only when a reader asks for
//! one), so the snippets, the download buttons and their texts cost nobody
//! else a byte.

use wasm_bindgen::prelude::*;
use web_sys::{Element, MouseEvent};

// web/on-demand.js imports panels.js on first use.
#[wasm_bindgen(module = "/web/on-demand.js")]
extern "C" {
    #[wasm_bindgen(js_name = fillPanel)]
    fn fill_panel(section: &Element) -> js_sys::Promise;

    #[wasm_bindgen(js_name = copyLink)]
    fn copy_link_clicked(click: &MouseEvent) -> js_sys::Promise;
}

/// Fills the panel `section` (`#dp-embed-snippets` or `#dp-download-panel`)
/// from its `data-*` attributes, replacing what it held; see
/// `web/panels.js` for the attributes each panel reads.
pub fn fill(section: &Element) {
    // The promise settles once the panel is filled; a module that could
    // not load is reported in the console by the browser.
    let _ = fill_panel(section);
}

/// Copies the page's address, on a click on "Copy link", and says so in
/// the button's status (`web/panels.js`).
pub fn copy_link(click: &MouseEvent) {
    let _ = copy_link_clicked(click);
}
