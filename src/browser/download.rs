//! The Download panel's files. They are made in JavaScript, by
//! `web/download.js`, which the build copies beside the wasm: it is
//! imported only when a reader asks for a file, so the code that makes
//! images and CSV costs nobody else a byte.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::MouseEvent;

// The button a click landed on is handed to download.js by
// web/on-demand.js.
#[wasm_bindgen(module = "/web/on-demand.js")]
extern "C" {
    #[wasm_bindgen(js_name = startDownload)]
    fn start(
        click: &MouseEvent,
        view: &str,
        as_of: &str,
        data_url: &str,
        credit: &str,
        events: &str,
    ) -> js_sys::Promise;
}

/// What a download says about the widget beyond the button pressed.
pub struct DownloadRequest<'a> {
    /// The view shown (its URL value), for the image and the file name.
    pub view: &'a str,
    /// The date the graphic shows (`YYYY-MM-DD`), for file names.
    pub as_of: &'a str,
    /// The `?data=` address; empty for the built-in data set.
    pub data_url: &'a str,
    /// The data set's credit line in the reader's language, under images.
    pub credit: &'a str,
    /// Ids of the events shown, separated by spaces, for the CSV.
    pub events: &'a str,
}

/// Makes the file that the `[data-download]` button under `click` asks for
/// and offers it to the reader; a click elsewhere does nothing. The future
/// fails if the file could not be made.
pub fn download(click: &MouseEvent, request: &DownloadRequest) -> JsFuture {
    JsFuture::from(start(
        click,
        request.view,
        request.as_of,
        request.data_url,
        request.credit,
        request.events,
    ))
}
