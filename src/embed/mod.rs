//! Integration with the host page, at the top of the crate: mounting the
//! widget, reporting its height inside an iframe, and the custom element's
//! Rust half.

pub mod element;
pub mod frame;
pub mod mount;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
