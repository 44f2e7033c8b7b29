//! Fetching a data file with the browser's `fetch`, and reading it with the
//! editor module (`src/editor.rs`), which the build puts in `editor/` and
//! which is fetched the first time a reader's page names a data file.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::core::compact::{decode_outcome, LoadOutcome};
use crate::core::load::LoadFailure;
use crate::core::model::Dataset;

// The editor module is loaded by web/on-demand.js, once.
#[wasm_bindgen(module = "/web/on-demand.js")]
extern "C" {
    #[wasm_bindgen(js_name = readDataFile)]
    fn read_data_file(text: &str) -> js_sys::Promise;
}

/// Fetches `url` and reads it as a data set in any supported format.
pub async fn load_dataset(url: &str) -> Result<Dataset, LoadFailure> {
    let network = || LoadFailure::Network {
        url: url.to_string(),
    };
    let window = web_sys::window().ok_or_else(network)?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| network())?
        .dyn_into()
        .map_err(|_| network())?;
    if !response.ok() {
        return Err(LoadFailure::Http {
            url: url.to_string(),
            status: response.status(),
        });
    }
    let text = JsFuture::from(response.text().map_err(|_| network())?)
        .await
        .map_err(|_| network())?
        .as_string()
        .unwrap_or_default();
    let unavailable = || LoadFailure::ReaderUnavailable {
        url: url.to_string(),
    };
    let answer = JsFuture::from(read_data_file(&text))
        .await
        .map_err(|_| unavailable())?;
    match decode_outcome(&js_sys::Uint8Array::new(&answer).to_vec()) {
        Some(LoadOutcome::Ready(dataset)) => Ok(*dataset),
        Some(LoadOutcome::Invalid(errors)) => Err(LoadFailure::Invalid {
            url: url.to_string(),
            errors,
        }),
        None => Err(unavailable()),
    }
}
