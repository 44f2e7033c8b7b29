//! Heading elements at a level relative to the host page: the widget's
//! title is `h1` on its own page and lower inside an article, and every
//! heading under it follows.

/// The tag of a heading at `level`, kept within HTML's `h1` to `h6`.
pub fn heading_tag(level: u8) -> String {
    format!("h{}", level.clamp(1, 6))
}
