//! The editor module: a second, small WebAssembly file that the widget
//! fetches only when `?data=` names a file (see `web/read-data.js` and
//! `browser::fetch`). It holds what readers of the built-in story never
//! need: the JSON parser, the decoders of the Departures and TimelineJS
//! formats, validation and the bilingual explanations of every problem.
//! It answers with [`departures::core::compact`]'s bytes. Built without
//! Yew or any browser crate but wasm-bindgen (`--features editor`).

use wasm_bindgen::prelude::*;

/// Reads a data file in any supported format; the answer is a
/// [`departures::core::compact::LoadOutcome`] in compact form.
#[wasm_bindgen]
pub fn read_data_file(text: &str) -> Vec<u8> {
    use departures::core::compact::encode_outcome;
    use departures::core::import::read_data_file;
    encode_outcome(&read_data_file(text))
}

/// Nothing runs on load; the widget calls [`read_data_file`].
fn main() {}
