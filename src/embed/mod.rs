//! Integration with the host page: mounting the widget, reading and writing
//! the page URL, fetching data, reporting the height inside an iframe, and
//! the custom element's Rust half.

pub mod element;
pub mod fetch;
pub mod frame;
pub mod location;
pub mod mount;
