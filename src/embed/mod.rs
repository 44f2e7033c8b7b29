//! Integration with the host page: mounting the widget and reading and writing
//! the page URL. Later: iframe height messages and the custom element.

pub mod fetch;
pub mod location;
pub mod mount;
