//! Fetching a data file with the browser's `fetch`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::core::import::parse_any_json;
use crate::core::load::LoadFailure;
use crate::core::model::Dataset;

/// Fetches `url` and parses it as a data set in any supported format.
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
    parse_any_json(&text)
        .map(|(dataset, _format)| dataset)
        .map_err(|errors| LoadFailure::Invalid {
            url: url.to_string(),
            errors,
        })
}
