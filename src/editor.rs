//! The editor module: a second, small WebAssembly file that the widget
//! fetches only when `?data=` names a file (see `web/on-demand.js` and
//! `browser::fetch`). It holds what readers of the built-in story never
//! need: the JSON parser, the decoders of the Departures and TimelineJS
//! formats, validation and the bilingual explanations of every problem,
//! including a file that could not be fetched.
//! It answers with [`departures::core::compact`]'s bytes. Built without
//! Yew or any browser crate but wasm-bindgen (`--features editor`).

use departures::core::compact::{encode_answer, LoadOutcome};
use departures::core::load::LoadFailure;
use wasm_bindgen::prelude::*;

/// Reads the data file at `url` (its `text`, in any supported format); the
/// answer is the data set or the problem worded in both languages, in
/// [`departures::core::compact`]'s form.
#[wasm_bindgen]
pub fn read_data_file(text: &str, url: &str) -> Vec<u8> {
    let answer = match departures::core::import::read_data_file(text) {
        LoadOutcome::Ready(dataset) => Ok(*dataset),
        LoadOutcome::Invalid { errors, total } => Err(LoadFailure::Invalid {
            url: url.to_string(),
            errors,
            total,
        }
        .problem()),
    };
    encode_answer(&answer)
}

/// Words a failed fetch of `url` (a `kind` from `web/data-file.js`, with
/// the HTTP `status` for `"http"`) in both languages, in the same form.
#[wasm_bindgen]
pub fn explain_failure(kind: &str, status: u16, url: &str) -> Vec<u8> {
    encode_answer(&Err(LoadFailure::from_kind(kind, status, url).problem()))
}

/// Nothing runs on load; the widget calls [`read_data_file`].
fn main() {}
