//! The system clipboard.

use web_sys::window;

/// Writes `text` to the clipboard; `false` if the browser refused.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
