//! Integration with the host page, at the top of the crate: mounting the
//! widget and the custom element's Rust half. (Inside an iframe, the
//! height is reported by `web/frame.js`, before the WebAssembly loads.)

pub mod element;
pub mod mount;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
