//! Loading a data file: `web/data-file.js` fetches it within its limits
//! (where from, how long, how big), and the editor module
//! (`src/editor.rs`, which the build puts in `editor/`) reads it. Both are
//! fetched the first time a page names a data file.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::core::compact::{decode_answer, LoadProblem};
use crate::core::i18n::errors::reader_unavailable;
use crate::core::model::Dataset;

#[wasm_bindgen(module = "/web/on-demand.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadDataFile)]
    fn load_data_file(address: &str) -> js_sys::Promise;
}

/// A data set as loaded, with where it came from.
pub struct Loaded {
    /// The data set.
    pub dataset: Dataset,
    /// The file's host (`example.org`, with a port if it has one) when it
    /// is not on the page's own origin; otherwise empty.
    pub host: String,
}

/// A data file being loaded; dropping it does not stop it, [`cancel`] does.
///
/// [`cancel`]: DataLoad::cancel
pub struct DataLoad {
    url: String,
    promise: js_sys::Promise,
}

impl DataLoad {
    /// Starts loading the data file at `url` (as the page or element gave it).
    pub fn start(url: &str) -> DataLoad {
        DataLoad {
            url: url.to_string(),
            promise: load_data_file(url),
        }
    }

    /// Stops the download, if it is still going.
    pub fn cancel(&self) {
        if let Ok(cancel) = js_sys::Reflect::get(&self.promise, &JsValue::from_str("cancel")) {
            if let Some(cancel) = cancel.dyn_ref::<js_sys::Function>() {
                let _ = cancel.call0(&self.promise);
            }
        }
    }

    /// The data set, or why it cannot be shown (worded by the editor
    /// module, unless that could not be loaded).
    pub async fn finish(&self) -> Result<Loaded, LoadProblem> {
        let unavailable = || reader_unavailable(&self.url);
        let answer = JsFuture::from(self.promise.clone())
            .await
            .map_err(|_| unavailable())?;
        let host = js_sys::Reflect::get(&answer, &JsValue::from_str("host"))
            .ok()
            .and_then(|host| host.as_string())
            .unwrap_or_default();
        let bytes = js_sys::Reflect::get(&answer, &JsValue::from_str("answer"))
            .map(|bytes| js_sys::Uint8Array::new(&bytes).to_vec())
            .unwrap_or_default();
        match decode_answer(&bytes) {
            Some(Ok(dataset)) => Ok(Loaded { dataset, host }),
            Some(Err(problem)) => Err(problem),
            None => Err(unavailable()),
        }
    }
}
